#!/usr/bin/env bash
# Rebuilds data/models/events.tsv.gz, the event-type classifier, from the labelled data in
# ../shared/data/events (ACLED notes of Mali, Burkina Faso and Benin in the current taxonomy,
# and CASE 2021 snippets). Deterministic: the same files give the same model, byte for byte.
#   tools/train_events.sh            # the shipped model, trained on all of them
#   tools/train_events.sh --eval     # train on 4/5, score the held-out 1/5 with score_events.py
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/events}
FILES=("$DATA"/acled_mali.dev.jsonl "$DATA"/acled_burkina_faso.dev.jsonl "$DATA"/acled_benin.dev.jsonl "$DATA"/case2021_task2.dev.jsonl)
cargo build --release -q -p sitrep-cli
BIN=${CARGO_TARGET_DIR:-target}/release/sitrep
if [[ "${1:-}" == "--eval" ]]; then
  T=$(mktemp -d)
  $BIN train-events --holdout 5 --write-holdout "$T/holdout.jsonl" --out "$T/model.tsv.gz" "${FILES[@]}"
  # The country model too, without the held-out notes.
  tools/train_countries.sh --holdout "$T/countries.tsv.gz"
  export SITREP_COUNTRY_MODEL="$T/countries.tsv.gz"
  grep -E '"dataset": "acled_(mali|burkina_faso|benin)"' "$T/holdout.jsonl" > "$T/holdout_acled.jsonl" || true
  grep '"dataset": "case2021' "$T/holdout.jsonl" > "$T/holdout_case.jsonl" || true
  echo "== held-out ACLED notes (Mali, Burkina Faso, Benin)"
  SITREP_EVENT_MODEL="$T/model.tsv.gz" python3 ../shared/tools/score_events.py $BIN "$T/holdout_acled.jsonl"
  echo "== event-type confusion on the held-out ACLED notes"
  SITREP_EVENT_MODEL="$T/model.tsv.gz" python3 tools/confusion.py $BIN "$T/holdout_acled.jsonl"
  echo "== held-out CASE 2021 snippets"
  SITREP_EVENT_MODEL="$T/model.tsv.gz" python3 ../shared/tools/score_events.py $BIN "$T/holdout_case.jsonl"
  rm -rf "$T"
else
  $BIN train-events --out data/models/events.tsv.gz "${FILES[@]}"
fi
