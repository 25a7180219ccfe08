//! The seed page, end to end: the record a careful human coder writes for it
//! (fixtures/kidal/EXPECTED.md), field by field.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::Command;

fn events() -> (String, Vec<serde_json::Value>) {
    let article =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/kidal/article.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["extract", "-q", "--published", "2023-11-14", "--format", "jsonl"])
        .arg(&article)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["text", "-q"])
        .arg(&article)
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap().trim_end_matches('\n').to_string();
    let events = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (text, events)
}

fn span_text<'a>(text: &'a str, e: &serde_json::Value, role: &str) -> Vec<&'a str> {
    e["spans"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["role"] == role)
        .map(|s| &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize])
        .collect()
}

#[test]
fn seed_page_gives_the_hand_coded_record() {
    let (text, events) = events();
    let main: Vec<&serde_json::Value> =
        events.iter().filter(|e| e["sub_event_type"] == "Government regains territory").collect();
    assert_eq!(main.len(), 1, "exactly one capture of Kidal: {events:#?}");
    let e = main[0];
    assert_eq!(e["event_date"], "2023-11-14");
    assert_eq!(e["time_precision"], 1);
    assert_eq!(e["disorder_type"], "Political violence");
    assert_eq!(e["event_type"], "Battles");
    assert_eq!(e["actor1"], "Military Forces of Mali (2021-)");
    assert_eq!(e["inter1"], 1);
    assert!(e["actor2"].as_str().unwrap().contains("Tuareg"), "{}", e["actor2"]);
    assert_eq!(e["inter2"], 2);
    assert_eq!(e["interaction"], 12);
    assert_eq!(e["country"], "Mali");
    assert_eq!(e["fatalities"], 10);
    assert_eq!(e["claim_status"], "unconfirmed");
    assert_eq!(e["claimed_by"], "Military Forces of Mali (2021-)");
    assert_eq!(e["sources"], serde_json::json!(["Agence France Presse", "Reuters"]));
    assert_eq!(e["cameo_code"], "192");
    assert_eq!(e["plover_type"], "ASSAULT");
    // Provenance: every span is a valid range of the article text and says what it holds.
    for s in e["spans"].as_array().unwrap() {
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert!(text.get(a..b).is_some(), "span {a}..{b} out of the text");
    }
    assert!(
        span_text(&text, e, "sentence")[0].starts_with("Mali’s army said Tuesday it has retaken")
    );
    assert_eq!(span_text(&text, e, "date"), vec!["Tuesday"]);
    assert_eq!(span_text(&text, e, "actor1"), vec!["army"]);
    assert_eq!(span_text(&text, e, "fatalities"), vec!["many"]);
    assert_eq!(span_text(&text, e, "claim"), vec!["not confirmed"]);
    // History is not news of the day.
    for other in &events {
        if other["event_date"] == "2023-11-14" {
            assert!(
                other == e || other["event_type"] == "Strategic developments",
                "background coded as a 2023-11-14 event: {other:#}"
            );
        }
    }
}

/// The whole record, reviewed by hand, with each span shown next to the text it covers.
/// Explicit assertions above come first; this catches any other change.
#[test]
fn seed_page_record_snapshot() {
    let (text, events) = events();
    let mut out = String::new();
    for e in &events {
        let mut fields = e.as_object().unwrap().clone();
        let spans = fields.remove("spans").unwrap();
        for (k, v) in &fields {
            out.push_str(&format!("{k}: {v}\n"));
        }
        out.push_str("spans:\n");
        for s in spans.as_array().unwrap() {
            let (a, b) =
                (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            let shown: String = text[a..b].chars().take(70).collect();
            out.push_str(&format!("  {}: {:?} @ {a}..{b}\n", s["role"].as_str().unwrap(), shown));
        }
    }
    insta::assert_snapshot!(out);
}
