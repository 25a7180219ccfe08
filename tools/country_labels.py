#!/usr/bin/env python3
"""Labels the geoparsing corpora's texts with the country they are about, for the country
model (tools/train_countries.sh): the country most of a text's gold toponyms resolve to
(`sitrep geoparse --resolve-only` on the gold spans), when it holds at least half of them.
Texts whose toponyms do not agree, or resolve to nothing, are left out.
Usage: tools/country_labels.py SITREP_BINARY GEO_FILE... > labelled.jsonl
"""
import json, subprocess, sys
from collections import Counter


def main():
    binary, files = sys.argv[1], sys.argv[2:]
    docs = [json.loads(l) for f in files for l in open(f, encoding="utf-8") if l.strip()]
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"],
                                "toponyms": [{"start": t["start"], "end": t["end"]}
                                             for t in d.get("toponyms", [])]}) + "\n" for d in docs)
    out = subprocess.run([binary, "geoparse", "--resolve-only", "-"], input=lines,
                         capture_output=True, text=True, check=True).stdout
    countries = {}
    for line in out.splitlines():
        o = json.loads(line)
        c = Counter(t["country"] for t in o["toponyms"] if t.get("country"))
        if c:
            best, n = c.most_common(1)[0]
            if 2 * n >= sum(c.values()):
                countries[o["doc_id"]] = best
    kept = 0
    for d in docs:
        if d["id"] in countries:
            kept += 1
            print(json.dumps({"id": d["id"], "dataset": d.get("dataset", ""), "text": d["text"],
                              "labels": {"country": countries[d["id"]]}}))
    print(f"country_labels: {kept} of {len(docs)} texts labelled", file=sys.stderr)


if __name__ == "__main__":
    main()
