# Sourced by ./newskg and .ci/run: sets JAVA_HOME to a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*),
# or explains what is missing and fails.
newskg_java_major() {
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1)
  case "$v" in 1.*) v=${v#1.}; v=${v%%.*} ;; esac
  echo "${v:-0}"
}

newskg_find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(newskg_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  {
    echo "newskg: no JDK 21 or newer found."
    echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}) and /usr/lib/jvm/*."
    echo "  Install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ build) or set JAVA_HOME to it."
  } >&2
  return 1
}
