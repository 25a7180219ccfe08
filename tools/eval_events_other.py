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
- ConfliBERT CAMEO PentaClass sentences (Hu et al. 2022): detection of material conflict
  (CAMEO roots 14-20: protest, force posture, coercion, assault, fight, mass violence). A
  sentence is predicted positive when some event's cameo_code has such a root. Precision,
  recall, F1, and the share of sentences of each other class (statements, cooperation, verbal
  conflict such as threats and accusations) that sitrep codes as such an event.
- PETRARCH2 unit-test records: CAMEO root accuracy on records whose gold events have a root
  in 14-20 (a record counts as right when one of its predicted events has a gold root), and
  the share of the other records (cooperation, statements, no event) given no such event.
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
    cameo(binary, data)

def conflict_roots(events):
    """CAMEO roots 14-20 among predicted events' codes."""
    roots = set()
    for e in events:
        code = str(e.get("cameo_code") or "")
        if code[:2].isdigit() and 14 <= int(code[:2]) <= 20:
            roots.add(code[:2])
    return roots

def cameo(binary, data):
    penta = [json.loads(l) for l in open(f"{data}/conflibert_cameo_pentaclass.dev.jsonl", encoding="utf-8")]
    pred = run(binary, penta)
    tp = fp = fn = 0
    coded = {}
    for r in penta:
        cls = r["labels"]["cameo_pentaclass"]
        guess = bool(conflict_roots(pred.get(r["id"], [])))
        gold = cls == 4
        tp += guess and gold; fp += guess and not gold; fn += gold and not guess
        n, k = coded.get(cls, (0, 0))
        coded[cls] = (n + 1, k + guess)
    p, rr, f = prf(tp, fp, fn)
    print(f"ConfliBERT CAMEO PentaClass (n={len(penta)} sentences): material conflict (14-20) "
          f"P {p:.3f} R {rr:.3f} F1 {f:.3f} (gold positives {tp + fn})")
    names = {0: "neutral", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict"}
    print("  coded as conflict events: " + ", ".join(
        f"{names[c]} {coded[c][1]}/{coded[c][0]}" for c in sorted(names) if c in coded))
    petr = [json.loads(l) for l in open(f"{data}/petrarch2_unittest.dev.jsonl", encoding="utf-8")]
    pred = run(binary, petr)
    hit = n = quiet = others = 0
    for r in petr:
        events = r["labels"].get("cameo_events")
        gold = conflict_roots(events if isinstance(events, list) else [])
        got = conflict_roots(pred.get(r["id"], []))
        if gold:
            n += 1; hit += bool(gold & got)
        else:
            others += 1; quiet += not got
    print(f"PETRARCH2 unit tests: CAMEO root on {n} records with roots 14-20 {hit / max(n, 1):.3f}; "
          f"other records with no such event {quiet}/{others} = {quiet / max(others, 1):.3f}")

if __name__ == "__main__":
    main()
