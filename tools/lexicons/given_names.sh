#!/usr/bin/env bash
# Rebuilds data/lexicons/given_names.txt: the common given names of the 1990 US Census name
# lists (public domain), as shipped in the PyPI package `names` 0.3.0 (MIT), pinned by hash.
# A name is kept when at least 0.01 % of the people of its sex carry it (1,555 names); the
# rarer ones are mostly names that are places too. Deterministic; commit the output.
# Usage: tools/lexicons/given_names.sh   (from the repository root; needs pip and python3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pip download --quiet --no-deps --no-binary :all: -d "$T" names==0.3.0
(cd "$T" && echo "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671  names-0.3.0.tar.gz" > SUMS && sha256sum -c SUMS >/dev/null) || {
  echo "given_names.sh: names-0.3.0.tar.gz does not match the pinned hash" >&2; exit 1; }
tar xzf "$T/names-0.3.0.tar.gz" -C "$T"
python3 - "$T/names-0.3.0/names" "$root/data/lexicons/given_names.txt" <<'PY'
import sys
src, out = sys.argv[1], sys.argv[2]
names = set()
for f in ("dist.male.first", "dist.female.first"):
    for line in open(f"{src}/{f}", encoding="ascii"):
        name, freq = line.split()[:2]
        if float(freq) >= 0.01:
            names.add(name.lower())
with open(out, "w", encoding="utf-8") as w:
    w.write("# Common given names (1990 US Census lists, >= 0.01 % of their sex), lower case.\n")
    w.write("# Built by tools/lexicons/given_names.sh from the PyPI package names 0.3.0; do not edit.\n")
    for n in sorted(names):
        w.write(n + "\n")
print(f"{out}: {len(names)} names")
PY
