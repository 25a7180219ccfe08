#!/usr/bin/env bash
# Rebuilds data/models/countries.tsv.gz, the country model (which country a text is about
# when it names none), from the labelled data in ../shared/data: ACLED, UCDP and
# IndiaPoliceEvents records (their `country` label) and four geoparsing corpora (labelled with
# the country most of their gold toponyms resolve to, tools/country_labels.py).
# Deterministic: the same files give the same model, byte for byte.
#   tools/train_countries.sh                 # the shipped model, trained on all of them
#   tools/train_countries.sh --cv            # 5-fold cross-validation, prints the figures
#   tools/train_countries.sh --holdout OUT [P]  # trained without part P (default 0) of the
#                                               # 1/5 split tools/train_events.sh scores, to OUT
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data}
E=$DATA/events
cargo build --release -q -p sitrep-cli
BIN=${CARGO_TARGET_DIR:-target}/release/sitrep
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# (Not TUD-Loc-2013: CC BY-NC-SA, for evaluation use only, its SOURCE.md says.)
python3 tools/country_labels.py "$BIN" "$DATA"/geo/{gwn,lgl,trnews,geovirus}.dev.jsonl > "$T/geo_country.jsonl"
FILES=("$E"/acled_mali.dev.jsonl "$E"/acled_burkina_faso.dev.jsonl "$E"/acled_benin.dev.jsonl
  "$E"/acled_mali_legacy.dev.jsonl "$E"/acled_asia_2015.dev.jsonl "$E"/acled_africa_2016_sample.dev.jsonl
  "$E"/ucdp_ged_sample.dev.jsonl "$E"/indiapoliceevents_docs.dev.jsonl "$T/geo_country.jsonl")
case "${1:-}" in
  --cv) $BIN train-countries --cv 5 --out /dev/null "${FILES[@]}" ;;
  --holdout) $BIN train-countries --holdout 5 --part "${3:-0}" --out "$2" "${FILES[@]}" ;;
  *) $BIN train-countries --out data/models/countries.tsv.gz "${FILES[@]}" ;;
esac
