#!/usr/bin/env bash
# ExtractJob without a Spark installation: Spark in local mode inside one JVM, on all cores, with Spark's
# jars from the local Maven repository (downloaded by the first build). The same job and the same output as
# spark-submit; for a cluster, see docs/scale-out.md.
#   scripts/spark-local.sh --input ../shared/corpus/bbc --output /tmp/bbc-shards
#   ./newskg load --db ./newskg-data /tmp/bbc-shards
# NEWSKG_SPARK_JAVA_OPTS: JVM options (default -Xmx4g); add -Dspark.master=local[N] for N cores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/.ci/jdk.sh"
newskg_find_jdk || exit 2
jar="$here/spark/target/newskg-spark.jar"
cp="$here/spark/target/spark.cp"
if [ ! -f "$jar" ] || [ ! -f "$cp" ] \
   || [ -n "$(find "$here/src/main" "$here/pom.xml" "$here/spark/src/main" "$here/spark/pom.xml" -newer "$jar" -type f -print -quit)" ]; then
  echo "spark-local: building the core and the job jar ..." >&2
  (cd "$here" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true install >&2 \
    && ./mvnw -q -B -f spark/pom.xml -DskipTests -Dspotless.check.skip=true package \
         dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark.cp >&2) || {
    echo "spark-local: the build failed; see the messages above." >&2
    exit 2
  }
fi
flags="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$here/spark/pom.xml")"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" ${NEWSKG_SPARK_JAVA_OPTS:--Xmx4g} $flags -cp "$jar:$(cat "$cp")" org.newskg.spark.ExtractJob "$@"
