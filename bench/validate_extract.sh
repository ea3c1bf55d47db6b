#!/bin/bash
# The merge check of an extraction change, in one command (notes/DECISION-20.md point 5):
#   bench/validate_extract.sh TREE START_TREE START_TEXTS BASELINE OUT
# TREE: the changed checkout; START_TREE: the start code's checkout; START_TEXTS: the start
# code's texts (`bench_sets.py run START_TEXTS --tree START_TREE`); BASELINE: trafilatura's
# texts (copied into OUT, never written); OUT: a new folder for the texts and the figures.
# Prints (b)/(c) every seed against the start, (a) the 181 real pages' F1 / CV1 / CV2 (the
# per-rule ablation rows that follow are slow and skipped), (d) the paired cost on J 901 and
# D 301 (one run each: take the median of three where one is near the bar).
set -eu
TREE=$(realpath "$1"); START=$(realpath "$2"); TEXTS=$(realpath "$3"); BASE=$4; OUT=$5
PY=${PY:-$(dirname "$(realpath "$0")")/../.venv/bin/python}
mkdir -p "$OUT"; OUT=$(realpath "$OUT")
cp "$BASE" "$OUT/traf.json.gz"
cd "$TREE"
PYTHONPATH=$TREE "$PY" bench/bench_sets.py run "$OUT/texts.json.gz" --tree "$TREE" \
  --baseline "$OUT/traf.json.gz" 2> "$OUT/run.log"
"$PY" bench/bench_sets.py compare "$TEXTS" "$OUT/texts.json.gz" --baseline "$OUT/traf.json.gz" \
  > "$OUT/compare.txt" 2>&1
tail -1 "$OUT/compare.txt"
PYTHONUNBUFFERED=1 PYTHONPATH=$TREE "$PY" bench/bench_extract.py --workers 2 --repeat 1 \
  > "$OUT/181.txt" 2>&1 &
pid=$!
while kill -0 $pid 2>/dev/null; do
  if grep -q "all rules (shipped)" "$OUT/181.txt"; then sleep 2; kill $pid; break; fi
  sleep 5
done
grep -E "^digest|all rules" "$OUT/181.txt" | head -2
for s in "j 901" "d 301"; do
  # shellcheck disable=SC2086
  PYTHONPATH=$TREE "$PY" bench/bench_sets.py cost $s --old "$START" --new "$TREE" --repeat 5
done | tee "$OUT/cost.txt"
