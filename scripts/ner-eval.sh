#!/usr/bin/env bash
# Name-finder measurement (issue 13, docs/ner-evaluation.md): builds the test classes with the
# ner-eval profile (which adds the Emory toolkits as test dependencies, outside the default build)
# and runs one finder per JVM:
#   scripts/ner-eval.sh rules|nlp4j|nlp4j-fast|nlp4j-dep|clearnlp|silver [--bench N] [--shared DIR]
#   scripts/ner-eval.sh combine rules nlp4j | rescore ID | probe-nlp4j
# Results: target/ner-eval/<id>.txt (per article), <id>.mentions.tsv and summary.tsv.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. .ci/jdk.sh
newskg_find_jdk
if [ ! -d ../shared/eval/gold/dev ] && [[ " $* " != *" --shared "* ]]; then
  echo "ner-eval: ../shared is absent; skipped"
  exit 0
fi
if [ ! -f target/ner-eval.cp ] || [ -n "$(find pom.xml src/main src/test src/ner-eval -newer target/ner-eval.cp -type f -print -quit)" ]; then
  ./mvnw -q -B ${NER_EVAL_MVN_OPTS:-} -Pner-eval test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/ner-eval.cp -Dmdep.includeScope=test
fi
exec "$JAVA_HOME/bin/java" ${NER_EVAL_JAVA_OPTS:--Xmx4g} -cp "target/classes:target/test-classes:$(cat target/ner-eval.cp)" \
  org.newskg.nereval.NerEval "$@"
