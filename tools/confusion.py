#!/usr/bin/env python3
"""Event-type confusion table (markdown) of `sitrep extract` on gold ACLED-style files.

Same protocol as ../shared/tools/score_events.py: texts without a publication date are sent as
published three days after the gold event date; for each text the predicted event that agrees
best on event_type is compared; a text with no event counts as "(none)".
Usage: tools/confusion.py target/release/sitrep GOLD.jsonl [GOLD.jsonl ...]
"""
import datetime, json, subprocess, sys
from collections import Counter

def main():
    binary, files = sys.argv[1], sys.argv[2:]
    gold = [json.loads(l) for f in files for l in open(f, encoding="utf-8") if l.strip()]
    inp = ""
    for g in gold:
        d = {"id": g["id"], "text": g["text"]}
        ev = g["labels"].get("event_date")
        if g.get("published"):
            d["published"] = g["published"]
        elif ev:
            d["published"] = (datetime.date.fromisoformat(ev[:10]) + datetime.timedelta(days=3)).isoformat()
        inp += json.dumps(d) + "\n"
    out = subprocess.run([binary, "extract", "-q", "--format", "jsonl", "-"], input=inp, capture_output=True, text=True)
    pred = {}
    for line in out.stdout.splitlines():
        e = json.loads(line)
        pred.setdefault(e["doc_id"], []).append(e)
    conf = Counter()
    sub = Counter()
    for g in gold:
        gs = g["labels"].get("sub_event_type")
        if gs:
            ps = pred.get(g["id"], [])
            best = max(ps, key=lambda p: (p.get("event_type") == g["labels"].get("event_type"), p.get("sub_event_type") == gs), default={})
            sub[(gs, best.get("sub_event_type") or "(none)")] += 1
        gt = g["labels"].get("event_type")
        if not gt:
            continue
        ps = pred.get(g["id"], [])
        best = max(ps, key=lambda p: p.get("event_type") == gt, default={})
        conf[(gt, best.get("event_type") or "(none)")] += 1
    types = sorted({a for a, _ in conf})
    cols = types + ["(none)"]
    short = {t: t.replace("Explosions/Remote violence", "E/RV").replace("Violence against civilians", "VAC").replace("Strategic developments", "SD") for t in cols}
    print("| gold \\ predicted | " + " | ".join(short[c] for c in cols) + " | recall |")
    print("|---|" + "---:|" * (len(cols) + 1))
    for t in types:
        row = [conf[(t, c)] for c in cols]
        print(f"| {short[t]} | " + " | ".join(str(x) for x in row) + f" | {conf[(t, t)] / max(sum(row), 1):.3f} |")

    if sub:
        labels = sorted({a for a, _ in sub})
        f1s = []
        for lab in labels:
            tp = sub[(lab, lab)]
            fp = sum(n for (a, b), n in sub.items() if b == lab and a != lab)
            fn = sum(n for (a, b), n in sub.items() if a == lab and b != lab)
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        acc = sum(sub[(l, l)] for l in labels) / max(sum(sub.values()), 1)
        print(f"\nsub_event_type: accuracy {acc:.3f}, macro-F1 {sum(f1s) / len(f1s):.3f} over {len(labels)} gold classes")

if __name__ == "__main__":
    main()
