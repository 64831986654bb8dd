#!/usr/bin/env bash
# Regenerates the screenshots of README.md and docs/exports.md: GraphPageIT drives headless Chromium on
# the bundled example articles and on a store of the whole BBC corpus (ingested into $STORE on first
# use, about half a minute), takes the pictures into target/screenshots/ and prints the page's opening
# time on the corpus store; the pictures the documents show are then copied into docs/.
#   scripts/screenshots.sh [STORE]        (default /tmp/newskg-bbc-store)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
store="${1:-/tmp/newskg-bbc-store}"
corpus=../shared/corpus/bbc
if [ ! -d "$store" ]; then
  [ -d "$corpus" ] || { echo "screenshots: no store at $store and no corpus at $corpus" >&2; exit 2; }
  ./newskg ingest --db "$store" "$corpus"
fi
rm -f target/screenshots/*.png
mkdir -p target
status=0
./mvnw -q -B test -Dtest=GraphPageIT -Dsurefire.failIfNoSpecifiedTests=false -Dnewskg.corpusStore="$store" \
  > target/screenshots.log 2>&1 || status=$?
grep -E '^graph page on ' target/screenshots.log || true
for shot in graph-page graph-page-corpus graph-page-story query-page; do
  [ -f "target/screenshots/$shot.png" ] || { echo "screenshots: no $shot.png; see target/screenshots.log" >&2; exit 1; }
  cp "target/screenshots/$shot.png" "docs/$shot.png"
done
echo "screenshots: docs/{graph-page,graph-page-corpus,graph-page-story,query-page}.png"
# the pictures are taken before the timing is checked: a slow opening still fails the run
[ "$status" = 0 ] || echo "screenshots: GraphPageIT failed; see target/screenshots.log" >&2
exit "$status"
