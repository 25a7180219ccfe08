#!/usr/bin/env python3
"""Writes sentences of ordinary news that report no event, as negative examples ("None") for
the news gate (sitrep train-events --gate): sentences of the geoparsing corpora's articles
(../shared/data/geo: GeoWebNews, LGL, TR-News, GeoVirus) with no trigger word of
data/lexicons/triggers.txt and no word of violence, protest or security forces. Deterministic:
the same files give the same sentences, in the same order (so a change to triggers.txt
changes them: retrain with tools/train_events.sh).
Usage: tools/event_negatives.py GEO_DIR > negatives.jsonl
"""
import glob, hashlib, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Words that may tell of violence, protest or the forces even where no trigger is: a sentence
# with one is left out rather than risk a mislabelled negative.
RISKY = re.compile(r"\b(polic|army|armed|troop|soldier|militan|rebel|milit|gun|weapon|war\b|"
                   r"dead|die|death|wound|injur|victim|arrest|detain|prison|jail|custody|"
                   r"violen|terror|jihad|insurg|crowd|march|rall|strik|fire|flee|fled|refugee|"
                   r"hostage|secur|conflict|fight|threat|curfew|coup|ceasefire|peace|sanction)",
                   re.I)
MAX_SENTENCES = 1500

def triggers():
    plain, prefix, excluded = set(), [], []
    for line in open(os.path.join(ROOT, "data/lexicons/triggers.txt"), encoding="utf-8"):
        t = line.strip()
        if not t or t.startswith("#"):
            continue
        target = excluded if t.startswith("!") else None
        t = t.lstrip("!")
        if target is not None:
            excluded.append(t)
        elif t.endswith("*"):
            prefix.append(t[:-1])
        else:
            plain.add(t)
    return plain, prefix, excluded

def has_trigger(sentence, plain, prefix, excluded):
    lower = sentence.lower()
    words = re.findall(r"[a-z0-9][a-z0-9-]*", lower)
    text = " ".join(words)
    for w in words:
        if any(w == e or (e.endswith("*") and w.startswith(e[:-1])) for e in excluded):
            continue
        if w in plain or any(w.startswith(p) for p in prefix if " " not in p):
            return True
    return any(" " in t and f" {t} " in f" {text} " for t in plain) or \
        any(" " in p and f" {p}" in f" {text}" for p in prefix)

def main():
    plain, prefix, excluded = triggers()
    out = []
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.jsonl"))):
        # TUD-Loc-2013 is CC BY-NC-SA, for evaluation use only (its SOURCE.md): no weights
        # are trained from it.
        if os.path.basename(path).startswith("tudloc"):
            continue
        for line in open(path, encoding="utf-8"):
            doc = json.loads(line)
            for k, s in enumerate(re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", doc["text"])):
                s = " ".join(s.split())
                n = len(s.split())
                if not 8 <= n <= 60 or RISKY.search(s) or has_trigger(s, plain, prefix, excluded):
                    continue
                key = hashlib.sha1(f"{doc['id']}:{k}".encode()).hexdigest()
                out.append((key, {"id": f"news_negatives:{doc['id']}:{k}", "dataset": "news_negatives",
                                  "text": s, "labels": {"sub_event_type": "None"}}))
    out.sort(key=lambda x: x[0])
    for _, r in out[:MAX_SENTENCES]:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == "__main__":
    main()
