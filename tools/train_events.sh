#!/usr/bin/env bash
# Rebuilds data/models/events.tsv.gz, the event-type classifier, from the labelled data in
# ../shared/data/events (ACLED notes of Mali, Burkina Faso and Benin in the current taxonomy,
# and CASE 2021 snippets), and data/models/gate.tsv.gz, the news gate (those reports against
# sentences of ordinary news from ../shared/data/geo, tools/event_negatives.py).
# Deterministic: the same files give the same models, byte for byte.
#   tools/train_events.sh            # the shipped model, trained on all of them
#   tools/train_events.sh --eval     # train on 4/5, score the held-out 1/5 with score_events.py
#   tools/train_events.sh --eval-all # the same for each of the five parts in turn, and the
#                                    # figures over all ACLED notes and CASE snippets (5-fold)
#   STRESS=upper tools/train_events.sh --eval-all   # the same with every held-out text
#                                    # upper-cased (or STRESS=lower: lower-cased)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/events}
cargo build --release -q -p sitrep-cli
# Sentences of ordinary news that report no event: the "None" class.
NEG=$(mktemp)
trap 'rm -f "$NEG"' EXIT
python3 tools/event_negatives.py "${GEO:-$DATA/../geo}" > "$NEG"
FILES=("$DATA"/acled_mali.dev.jsonl "$DATA"/acled_burkina_faso.dev.jsonl "$DATA"/acled_benin.dev.jsonl "$DATA"/case2021_task2.dev.jsonl)
BIN=${CARGO_TARGET_DIR:-target}/release/sitrep
if [[ "${1:-}" == "--eval" ]]; then
  T=$(mktemp -d)
  $BIN train-events --holdout 5 --write-holdout "$T/holdout.jsonl" --out "$T/model.tsv.gz" "${FILES[@]}"
  $BIN train-events --gate --holdout 5 --out "$T/gate.tsv.gz" "${FILES[@]}" "$NEG" 2>/dev/null
  export SITREP_GATE_MODEL="$T/gate.tsv.gz"
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
elif [[ "${1:-}" == "--eval-all" ]]; then
  if [[ -n "${STRESS:-}" && "$STRESS" != "upper" && "$STRESS" != "lower" ]]; then
    echo "train_events.sh: STRESS must be upper or lower, not '$STRESS'" >&2
    exit 2
  fi
  # Five-fold evaluation of the whole pipeline: every note is scored by models (event and
  # country) trained without its part. Slower than --eval, and five times the notes.
  T=$(mktemp -d)
  for P in 0 1 2 3 4; do
    $BIN train-events --holdout 5 --part $P --write-holdout "$T/holdout$P.jsonl" --out "$T/model$P.tsv.gz" "${FILES[@]}" 2>/dev/null
    $BIN train-events --gate --holdout 5 --part $P --out "$T/gate$P.tsv.gz" "${FILES[@]}" "$NEG" 2>/dev/null
    tools/train_countries.sh --holdout "$T/countries$P.tsv.gz" $P 2>/dev/null
    grep -E '"dataset": "acled_(mali|burkina_faso|benin)"' "$T/holdout$P.jsonl" > "$T/acled$P.jsonl" || true
    grep '"dataset": "case2021' "$T/holdout$P.jsonl" > "$T/case$P.jsonl" || true
    if [[ -n "${STRESS:-}" ]]; then
      for S in acled case; do
        python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l); r["text"] = getattr(r["text"], sys.argv[2])(); print(json.dumps(r))' \
          "$T/$S$P.jsonl" "$STRESS" > "$T/$S$P.stress" && mv "$T/$S$P.stress" "$T/$S$P.jsonl"
      done
    fi
    for S in acled case; do
      SITREP_EVENT_MODEL="$T/model$P.tsv.gz" SITREP_COUNTRY_MODEL="$T/countries$P.tsv.gz" \
        SITREP_GATE_MODEL="$T/gate$P.tsv.gz" \
        python3 ../shared/tools/score_events.py $BIN "$T/$S$P.jsonl" > "$T/$S$P.out"
    done
    echo "part $P: $(tail -n 1 "$T/acled$P.out")"
  done
  for S in acled case; do
    echo "== all five parts, $S (each field weighted by its n)"
    python3 tools/pool_scores.py "$T/$S"[0-4].out
  done
  rm -rf "$T"
else
  $BIN train-events --out data/models/events.tsv.gz "${FILES[@]}"
  $BIN train-events --gate --out data/models/gate.tsv.gz "${FILES[@]}" "$NEG"
fi
