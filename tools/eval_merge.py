#!/usr/bin/env python3
"""Merge precision and recall of the store on real reports of the same events.

Reports: the ACLED notes of Mali in ../shared/data/events twice over, from two ACLED
downloads (acled_mali and acled_mali_legacy): 778 events appear in both, 72 of them with
reworded notes (revised by ACLED coders), the rest verbatim. Every note becomes a document
(published three days after its event), all are ingested into one database with
`sitrep ingest`, and document pairs that share an event are compared with the truth (same
ACLED event id). Different events of the same day and place (ACLED codes one event per actor
pair) are the look-alikes a merge must keep apart: they count against precision.
Usage: tools/eval_merge.py target/release/sitrep [DATA_DIR]
"""
import datetime, itertools, json, os, sqlite3, subprocess, sys, tempfile
from collections import defaultdict

def main():
    binary = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/events"
    docs, truth, texts = [], {}, defaultdict(dict)
    for name, tag in (("acled_mali", "cur"), ("acled_mali_legacy", "leg")):
        for line in open(f"{data}/{name}.dev.jsonl", encoding="utf-8"):
            r = json.loads(line)
            eid = r["labels"]["event_id_cnty"]
            pub = datetime.date.fromisoformat(r["labels"]["event_date"][:10]) + datetime.timedelta(days=3)
            doc_id = f"{tag}:{eid}"
            docs.append({"id": doc_id, "text": r["text"], "published": pub.isoformat(), "source": tag})
            truth[doc_id] = eid
            texts[eid][tag] = r["text"].strip()
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "docs.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d) + "\n")
        db = os.path.join(tmp, "merge.db")
        subprocess.run([binary, "ingest", "-q", "--db", db, inp], check=True)
        con = sqlite3.connect(db)
        by_event = defaultdict(set)
        for event_id, doc_id in con.execute("SELECT event_id, doc_id FROM mentions"):
            by_event[event_id].add(doc_id)
        copies = {d: o for d, o in con.execute("SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL")}
    together = set()
    for members in by_event.values():
        for a, b in itertools.combinations(sorted(members), 2):
            together.add((a, b))
    coded = {d for m in by_event.values() for d in m}
    gold = {tuple(sorted((f"cur:{e}", f"leg:{e}"))) for e, t in texts.items() if len(t) == 2}
    gold_coded = {p for p in gold if p[0] in coded and p[1] in coded}
    tp = len(together & gold)
    fp = len(together - gold)
    fn = len(gold_coded - together)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    reworded = {p_ for p_ in gold_coded if texts[truth[p_[0]]]["cur"] != texts[truth[p_[0]]]["leg"]}
    r_reworded = len(together & reworded) / len(reworded) if reworded else 0.0
    wrong = [pair for pair in together - gold][:5]
    print(f"merge: {len(docs)} reports, {len(gold_coded)} same-event pairs where both reports were coded "
          f"({len(reworded)} reworded); pairs merged {len(together)}")
    print(f"merge: precision {p:.3f} recall {r:.3f} (reworded pairs: recall {r_reworded:.3f}); "
          f"documents linked as copies {len(copies)}")
    # A note ACLED split into several events (a clash and the attack on civilians in it) is
    # one text: its pairs are "wrong" merges no text-level coder can avoid. Say how many.
    doc_text = {d["id"]: d["text"].strip() for d in docs}
    same_text = sum(1 for a, b in together - gold if doc_text[a] == doc_text[b])
    p_split = tp / (tp + fp - same_text) if tp + fp - same_text else 0.0
    print(f"merge: of {fp} wrongly merged pairs, {same_text} are one identical text ACLED split into "
          f"several events; precision without them {p_split:.3f}")
    for a, b in wrong:
        print(f"  wrongly merged: {a} / {b}")

if __name__ == "__main__":
    main()
