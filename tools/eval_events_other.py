#!/usr/bin/env python3
"""What the other labelled sets in ../shared/data/events allow us to measure of `sitrep extract`.

- IndiaPoliceEvents (Halterman et al. 2021): document-level detection of police actions in
  Times of India articles. A document is predicted positive for
    police_any_action when some event has a Police Forces actor,
    police_kill       when such an event has fatalities > 0,
    police_arrest     when such an event is Arrests or one of its trigger words is arrest/detain.
  Precision, recall and F1 over documents.
- PLOVER gold-standard records: the PLOVER event type of the best-matching event, on records
  whose gold type is one sitrep codes (ASSAULT, PROTEST, COERCE, MOBILIZE, AGREE), and the
  share of cooperation records (CONSULT, AID, COOPERATE, SUPPORT, ...) coded as no event.
Usage: tools/eval_events_other.py target/release/sitrep [DATA_DIR]
"""
import json, subprocess, sys

def run(binary, records):
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"], **({"published": r["published"]} if r.get("published") else {})}) + "\n" for r in records)
    out = subprocess.run([binary, "extract", "-q", "--format", "jsonl", "-"], input=inp, capture_output=True, text=True, timeout=3600)
    pred = {}
    for line in out.stdout.splitlines():
        e = json.loads(line)
        pred.setdefault(e["doc_id"], []).append(e)
    return pred

def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

def main():
    binary = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/events"
    ipe = [json.loads(l) for l in open(f"{data}/indiapoliceevents_docs.dev.jsonl", encoding="utf-8")]
    pred = run(binary, ipe)
    print(f"IndiaPoliceEvents (n={len(ipe)} documents)")
    for label in ("police_any_action", "police_kill", "police_arrest"):
        tp = fp = fn = 0
        for r in ipe:
            text = r["text"]
            police = [e for e in pred.get(r["id"], []) if "Police Forces" in (e.get("actor1") or "") + (e.get("actor2") or "")]
            if label == "police_any_action":
                guess = bool(police)
            elif label == "police_kill":
                guess = any(e["fatalities"] > 0 for e in police)
            else:
                guess = any(e.get("sub_event_type") == "Arrests" or any(
                    s["role"] == "trigger" and text.encode()[s["start"]:s["end"]].decode(errors="ignore").lower().startswith(("arrest", "detain"))
                    for s in e["spans"]) for e in police)
            gold = bool(r["labels"].get(label))
            tp += guess and gold; fp += guess and not gold; fn += gold and not guess
        p, rr, f = prf(tp, fp, fn)
        print(f"  {label:18s} P {p:.3f} R {rr:.3f} F1 {f:.3f}  (gold positives {tp + fn})")
    gsr = [json.loads(l) for l in open(f"{data}/plover_gsr.dev.jsonl", encoding="utf-8")]
    pred = run(binary, gsr)
    coded = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "AGREE"}
    hit = n = quiet = coop = 0
    for r in gsr:
        gold = r["labels"].get("plover_event")
        types = {e.get("plover_type") for e in pred.get(r["id"], [])}
        if gold in coded:
            n += 1; hit += gold in types
        elif gold in {"CONSULT", "AID", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT", "REQUEST"}:
            coop += 1; quiet += not types
    print(f"PLOVER GSR: type accuracy on {n} records of coded types {hit / max(n, 1):.3f}; "
          f"cooperation records with no event {quiet}/{coop} = {quiet / max(coop, 1):.3f}")

if __name__ == "__main__":
    main()
