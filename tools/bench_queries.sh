#!/usr/bin/env bash
# Query latency through the CLI on a benchmark database (see crates/sitrep/examples/bench_store.rs):
# cold (page cache dropped first; needs root, else the first run is only "first") and warm
# (third run). Usage: tools/bench_queries.sh DB [SITREP_BINARY]
set -euo pipefail
DB=${1:?usage: tools/bench_queries.sh DB [SITREP_BINARY]}
BIN=${2:-target/release/sitrep}
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
run() {
  local name="$1"; shift
  sync; (echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null || true
  local t0 t1 t2 t3
  t0=$(date +%s.%N); "$BIN" query --db "$DB" "$@" --out "$OUT"; t1=$(date +%s.%N)
  "$BIN" query --db "$DB" "$@" --out "$OUT"
  t2=$(date +%s.%N); "$BIN" query --db "$DB" "$@" --out "$OUT"; t3=$(date +%s.%N)
  printf "%-20s rows %7d  cold %6s s  warm %6s s   (%s)\n" "$name" "$(wc -l < "$OUT")" "$(secs "$t0" "$t1")" "$(secs "$t2" "$t3")" "$*"
}
run "country+month" --country Mali --from 2016-03-01 --to 2016-03-31
run "event type+year" --event-type Battles --from 2016-01-01 --to 2016-12-31
run "actor+month" --actor JNIM --from 2015-06-01 --to 2015-06-30
run "bbox+week" --bbox=-4.5,13.5,-3.0,15.0 --from 2016-03-01 --to 2016-03-07
run "bbox, no dates" --bbox=-4.5,13.5,-3.0,15.0
run "year (many rows)" --from 2015-01-01 --to 2015-12-31
