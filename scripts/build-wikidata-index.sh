#!/usr/bin/env bash
# Rebuilds src/main/resources/org/newskg/link/wikidata-index.tsv.gz from the Wikidata-derived
# tables (default ../shared/wikidata). Usage: scripts/build-wikidata-index.sh [wikidata-dir] [out-file]
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/wikidata}
out=${2:-src/main/resources/org/newskg/link/wikidata-index.tsv.gz}

java_ok() { # $1 = JAVA_HOME candidate; true if it has java and javac of version >= 21
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]
}
jdk=""
if [ -n "${JAVA_HOME:-}" ] && java_ok "$JAVA_HOME"; then
  jdk=$JAVA_HOME
else
  for d in $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
    if java_ok "$d"; then jdk=$d; break; fi
  done
fi
[ -n "$jdk" ] || { echo "no JDK >= 21 found (set JAVA_HOME)" >&2; exit 1; }
export JAVA_HOME=$jdk

classes=target/classes
if [ ! -f $classes/org/newskg/link/build/IndexBuilder.class ] \
   || [ -n "$(find src/main/java/org/newskg/link -newer $classes/org/newskg/link/build/IndexBuilder.class -name '*.java' 2>/dev/null)" ]; then
  if ! ./mvnw -q -o compile; then
    # the rest of the tree may be mid-change: compile the builder and what it uses (found on the source path)
    echo "full compile failed; compiling the index builder alone" >&2
    classes=$(mktemp -d)
    "$JAVA_HOME/bin/javac" --release 21 -d "$classes" -sourcepath src/main/java \
      src/main/java/org/newskg/link/build/IndexBuilder.java
    cp -r src/main/resources/org "$classes/" # its word lists
  fi
fi
"$JAVA_HOME/bin/java" -cp "$classes" org.newskg.link.build.IndexBuilder "$src" "$out"
