#!/usr/bin/env bash
# Article-text accuracy and speed of `sitrep text` on ../shared/data/extraction/dev (the
# scrapinghub article-extraction-benchmark pages), scored by the benchmark's metric.
#   tools/eval_extraction.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/extraction/dev}
cargo build --release -q -p sitrep-cli
OUT=$(mktemp -d)
# One core, as the published figures of the peers.
start=$(date +%s.%N)
target/release/sitrep text -j 1 -q --format jsonl "$DATA/html" > "$OUT/all.jsonl"
end=$(date +%s.%N)
python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
for line in open(os.path.join(out, "all.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    name = os.path.basename(d["input"]).split(".")[0]
    open(os.path.join(out, name + ".txt"), "w", encoding="utf-8").write(d["text"])
PY
python3 ../shared/tools/extraction_score.py --truth "$DATA/ground-truth.json" --pred "$OUT"
n=$(ls "$DATA/html" | wc -l)
secs=$(python3 -c "print(round($end - $start, 3))")
echo "end to end (read, gunzip, decode, extract, JSON out; one thread): $n pages in $secs s"
rm -rf "$OUT"
