#!/usr/bin/env bash
# Issue 15 benchmark (docs/scale-out.md): on this machine, side by side,
#   1. `newskg ingest` of a corpus into a fresh TDB2 store (transactional, one writer);
#   2. ExtractJob in Spark local mode (spark-submit's own entry point, with Spark's jars and the job jar,
#      as a Spark 4.2.0 distribution runs it) writing N-Quads shards;
#   3. `newskg load` of those shards into a fresh store (TDB2 bulk loader).
# With REPLICAS=K, then the corpus K times as JSON Lines (a line "(replica K.i)" appended to each text, so
# content hashes differ) through 2 and 3.
# Usage: scripts/spark-bench.sh [CORPUS]   (default ../shared/corpus/bbc; needs python3 for REPLICAS)
# Settings: BENCH_DIR (default /tmp/newskg-spark-bench, emptied first), MASTER (local[2]), REPLICAS (0),
#           STAGES ("corpus replicated"), JOB_HEAP (4g), LOAD_HEAP (2g)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
. .ci/jdk.sh
newskg_find_jdk
corpus="${1:-../shared/corpus/bbc}"
work="${BENCH_DIR:-/tmp/newskg-spark-bench}"
master="${MASTER:-local[2]}"
replicas="${REPLICAS:-0}"
java="$JAVA_HOME/bin/java"

./mvnw -q -B -DskipTests -Dspotless.check.skip=true install
./mvnw -q -B -f spark/pom.xml -DskipTests -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark.cp
spark_cp="$(cat spark/target/spark.cp)"
flags="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' spark/pom.xml)"

rm -rf "$work" && mkdir -p "$work"
stages="${STAGES:-corpus replicated}"
measure() { # label, command...: wall time and peak resident memory of the command
  local label="$1"; shift
  /usr/bin/time -f "$label: %e s wall, max RSS %M KB" -o "$work/$label.time" "$@" >"$work/$label.out" 2>"$work/$label.err" || true
  cat "$work/$label.time"; grep -hE "^(ingest|extract|load):" "$work/$label.out" || tail -5 "$work/$label.err"
}
# spark-submit, as bin/spark-submit runs it: SparkSubmit on Spark's class path, the job jar its argument
# shellcheck disable=SC2206
submit=("$java" -Xmx"${JOB_HEAP:-4g}" $flags -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit
  --master "$master" --conf spark.ui.enabled=false --class org.newskg.spark.ExtractJob spark/target/newskg-spark.jar)
load=("$java" -Xmx"${LOAD_HEAP:-2g}" -jar target/newskg.jar load)

if [[ " $stages " == *" corpus "* ]]; then
echo "== corpus $corpus ($(find "$corpus" -name '*.txt' | wc -l) files), $master, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure ingest "$java" -Xmx2g -jar target/newskg.jar ingest --db "$work/ingest-db" "$corpus"
measure job "${submit[@]}" --input "$corpus" --output "$work/shards"
measure load "${load[@]}" --db "$work/load-db" "$work/shards"
du -sh "$work/ingest-db" "$work/load-db" "$work/shards"
rm -rf "$work/ingest-db" "$work/load-db"
fi

if [ "$replicas" -gt 0 ] && [[ " $stages " == *" replicated "* ]]; then
  mkdir -p "$work/replicated"
  python3 - "$corpus" "$work/replicated" "$replicas" <<'PY'
import json, os, sys
corpus, out, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
texts = [(f, open(os.path.join(corpus, f), encoding="utf-8", errors="replace").read()) for f in files]
for c in range(k):
    with open(os.path.join(out, "replica-%03d.jsonl" % c), "w", encoding="utf-8") as o:
        for i, (f, t) in enumerate(texts):
            o.write(json.dumps({"id": "%s-%d" % (f[:-4], c), "text": t.rstrip() + "\n\n(replica %d.%d)\n" % (c, i)}) + "\n")
PY
  echo "== replicated: $replicas x the corpus as JSON Lines ($(cat "$work"/replicated/*.jsonl | wc -l) articles, $(du -sh "$work/replicated" | cut -f1))"
  measure job-replicated "${submit[@]}" --input "$work/replicated" --output "$work/shards-replicated" --shards 8
  measure load-replicated "${load[@]}" --db "$work/load-replicated-db" "$work/shards-replicated"
  du -sh "$work/load-replicated-db" "$work/shards-replicated"
fi
