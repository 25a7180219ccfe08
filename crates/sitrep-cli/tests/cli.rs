//! End-to-end tests of the `sitrep` binary over real fixtures and malformed inputs.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures").join(rel)
}

fn sitrep(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sitrep");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.unwrap_or_default().to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn seed_page_text_drops_banner_and_source_line() {
    let path = fixture("kidal/article.txt");
    let out = sitrep(&["text", "--format", "jsonl", path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    let text = docs[0]["text"].as_str().unwrap();
    assert!(text.starts_with("Mali’s army said Tuesday it has retaken the northern city of Kidal"));
    assert!(!text.to_lowercase().contains("cookie"));
    assert!(!text.contains("Some information in this report"));
    assert_eq!(docs[0]["sources"], serde_json::json!(["Agence France Presse", "Reuters"]));
    // Plain output: the same text.
    let plain = sitrep(&["text", path.to_str().unwrap()], None);
    assert_eq!(stdout(&plain).trim_end(), text);
    // The id is stable across runs.
    let again = json_lines(&sitrep(&["text", "--format", "jsonl", path.to_str().unwrap()], None));
    assert_eq!(again[0]["doc_id"], docs[0]["doc_id"]);
}

/// Share of the expected text's words found in the output (bag of words).
fn word_recall(expected: &str, got: &str) -> f64 {
    let mut have: std::collections::HashMap<&str, i32> = std::collections::HashMap::new();
    for w in got.split_whitespace() {
        *have.entry(w).or_default() += 1;
    }
    let words: Vec<&str> = expected.split_whitespace().collect();
    let mut hit = 0;
    for w in &words {
        if let Some(n) = have.get_mut(w)
            && *n > 0
        {
            *n -= 1;
            hit += 1;
        }
    }
    hit as f64 / words.len().max(1) as f64
}

#[test]
fn real_html_pages_give_their_article_text() {
    for name in ["jpost-stabbing", "detroitnews-teachers-rally", "panarmenian-news"] {
        let page = fixture(&format!("html/{name}.html.gz"));
        let expected =
            std::fs::read_to_string(fixture(&format!("html/{name}.expected.txt"))).unwrap();
        let out = sitrep(&["text", "--format", "jsonl", page.to_str().unwrap()], None);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let docs = json_lines(&out);
        let text = docs[0]["text"].as_str().unwrap();
        let recall = word_recall(&expected, text);
        let precision = word_recall(text, &expected);
        assert!(recall >= 0.9, "{name}: recall {recall:.2}\n{text}");
        assert!(precision >= 0.7, "{name}: precision {precision:.2}\n{text}");
    }
}

#[test]
fn warc_response_record_becomes_one_document() {
    let warc = fixture("warc/cc-news-jpost.warc.gz");
    let out = sitrep(&["text", "--format", "jsonl", warc.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1, "warcinfo and request records are not documents");
    assert!(docs[0]["url"].as_str().unwrap().starts_with("https://www.jpost.com/"));
    assert!(docs[0]["text"].as_str().unwrap().contains("was stabbed to death"));
    assert!(docs[0]["published"].as_str().is_some());
}

#[test]
fn rss_items_become_documents_with_dates_links_and_sources() {
    let feed = fixture("feed/sahel-news.rss");
    let out = sitrep(&["text", "--format", "jsonl", feed.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["published"], "2023-11-14");
    assert_eq!(
        docs[0]["url"],
        "https://sahel-monitor.example/africa/2023/11/14/mali-army-retakes-kidal"
    );
    assert_eq!(
        docs[0]["sources"],
        serde_json::json!(["Sahel Monitor - Africa", "Agence France Presse", "Reuters"])
    );
    assert!(!docs[0]["text"].as_str().unwrap().contains("Some information"));
    assert_eq!(docs[1]["published"], "2023-08-20");
    assert!(docs[1]["text"].as_str().unwrap().contains("Thousands of people rallied in Niamey"));
}

#[test]
fn stdin_jsonl_is_detected_and_bad_lines_are_named() {
    let input = b"{\"id\":\"a\",\"text\":\"Gunmen attacked Gao.\",\"published\":\"2020-01-05\"}\nnot json\n{\"id\":\"b\",\"html\":\"<p>Protest in Bamako.</p>\"}\n";
    let out = sitrep(&["text", "--format", "jsonl", "-"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("-:2: bad JSON record"), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 2, "the good lines are still processed");
    assert_eq!(docs[0]["doc_id"], "a");
    assert_eq!(docs[0]["published"], "2020-01-05");
    assert_eq!(docs[1]["doc_id"], "b");
}

#[test]
fn truncated_gzip_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(fixture("html/panarmenian-news.html.gz")).unwrap();
    let cut = dir.path().join("cut.html.gz");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let good = fixture("kidal/article.txt");
    let out = sitrep(&["text", cut.to_str().unwrap(), good.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cut.html.gz: bad gzip data"), "{}", stderr(&out));
    assert!(stdout(&out).contains("Mali’s army said Tuesday"), "the next input is still read");
}

#[test]
fn latin1_text_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(&path, b"L'arm\xe9e malienne a repris Kidal mardi.\n").unwrap();
    let out = sitrep(&["text", path.to_str().unwrap()], None);
    assert!(out.status.success());
    assert_eq!(stdout(&out), "L'armée malienne a repris Kidal mardi.\n");
}

#[test]
fn fifty_megabyte_html_page_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.html");
    let mut f = std::fs::File::create(&path).unwrap();
    f.write_all(b"<html><body>").unwrap();
    let block = "<div class=\"x\"><p>Police fired tear gas at protesters in Nairobi, witnesses said.</p><a href=\"/l\">link</a></div>\n";
    for _ in 0..(50_000_000 / block.len()) {
        f.write_all(block.as_bytes()).unwrap();
    }
    drop(f);
    let start = std::time::Instant::now();
    let out = sitrep(&["text", "--format", "jsonl", path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(start.elapsed().as_secs() < 120, "no hang");
    // With a lower limit the same page is a clear error.
    let out = sitrep(&["text", "--max-doc-bytes", "1000000", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("big.html: larger than the limit"), "{}", stderr(&out));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(sitrep(&["text"], None).status.code(), Some(2));
    assert_eq!(sitrep(&["frobnicate"], None).status.code(), Some(2));
    assert_eq!(sitrep(&["text", "--input-format", "pdf", "x"], None).status.code(), Some(2));
    assert_eq!(sitrep(&["extract", "--published", "14/11/2023", "x"], None).status.code(), Some(2));
    let version = sitrep(&["--version"], None);
    assert!(stdout(&version).starts_with("sitrep "));
}

#[test]
fn extract_formats_are_well_formed() {
    let path = fixture("kidal/article.txt");
    let p = path.to_str().unwrap();
    let csv = sitrep(&["extract", "--published", "2023-11-14", "--format", "acled-csv", p], None);
    assert!(csv.status.success(), "{}", stderr(&csv));
    assert!(stdout(&csv).starts_with("event_id_cnty,event_date,year,time_precision,disorder_type"));
    let geo = sitrep(&["extract", "--published", "2023-11-14", "--format", "geojson", p], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&geo)).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let jsonl = sitrep(&["extract", "--published", "2023-11-14", "--format", "jsonl", p], None);
    assert!(jsonl.status.success());
    for line in stdout(&jsonl).lines() {
        let e: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(e["doc_id"].is_string());
    }
}

#[test]
fn missing_input_is_named() {
    let out = sitrep(&["text", "/nonexistent/report.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/nonexistent/report.txt"));
}

#[test]
fn holdout_parts_split_the_records_once_each() {
    // Short notes of the shapes the classifier is trained on, two classes.
    let dir = std::env::temp_dir().join(format!("sitrep-parts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let labelled = dir.join("notes.jsonl");
    let mut lines = String::new();
    for i in 0..40 {
        let (text, sub) = if i % 2 == 0 {
            (
                format!("Residents of town {i} protested peacefully against power cuts."),
                "Peaceful protest",
            )
        } else {
            (format!("Gunmen attacked village {i} and killed two civilians."), "Attack")
        };
        let record = serde_json::json!({"id": format!("t:{i}"), "dataset": "test", "text": text,
            "labels": {"sub_event_type": sub}});
        lines.push_str(&format!("{record}\n"));
    }
    std::fs::write(&labelled, lines).unwrap();
    let mut seen: Vec<String> = Vec::new();
    for part in ["0", "1"] {
        let held = dir.join(format!("held{part}.jsonl"));
        let model = dir.join(format!("model{part}.tsv.gz"));
        let out = sitrep(
            &["train-events", "--holdout", "2", "--part", part, "--write-holdout"]
                .into_iter()
                .chain([held.to_str().unwrap(), "--out", model.to_str().unwrap()])
                .chain([labelled.to_str().unwrap()])
                .collect::<Vec<_>>(),
            None,
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let text = std::fs::read_to_string(&held).unwrap();
        let ids: Vec<String> = text
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
            .collect();
        assert!(!ids.is_empty() && ids.len() < 40, "part {part}: {} held out", ids.len());
        seen.extend(ids);
    }
    seen.sort();
    let before = seen.len();
    seen.dedup();
    assert_eq!((before, seen.len()), (40, 40), "every record in exactly one part");
    // A part outside the split is an error, not an empty held-out set.
    let bad = sitrep(
        &["train-events", "--holdout", "2", "--part", "2", "--out"]
            .into_iter()
            .chain([dir.join("x.gz").to_str().unwrap(), labelled.to_str().unwrap()])
            .collect::<Vec<_>>(),
        None,
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--part 2"), "{}", stderr(&bad));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_corrupt_or_missing_model_file_is_an_error_naming_it() {
    let dir = std::env::temp_dir().join(format!("sitrep-models-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("gate.tsv.gz");
    std::fs::write(&bad, b"\x1f\x8b not really gzip").unwrap();
    let missing = dir.join("missing.tsv.gz");
    for var in ["SITREP_GATE_MODEL", "SITREP_EVENT_MODEL"] {
        for path in [&bad, &missing] {
            let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
                .args(["extract", "-"])
                .env(var, path)
                .stdin(Stdio::null())
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{var}={}: {out:?}", path.display());
            let err = stderr(&out);
            assert!(err.contains(&path.display().to_string()), "{var}: {err}");
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn documents_not_in_english_are_counted_not_lost_silently() {
    let french = r#"{"id":"fr1","published":"2024-03-12","text":"Au moins douze civils ont été tués dimanche dans une attaque de jihadistes présumés contre le village d'Ogossagou, dans le centre du Mali, a indiqué lundi un responsable local."}"#;
    let english = r#"{"id":"en1","published":"2024-03-12","text":"Suspected jihadists killed at least 12 civilians in an attack on the village of Ogossagou in central Mali on Sunday, a local official said."}"#;
    let input = format!("{french}\n{english}\n");
    let out = sitrep(&["extract", "--format", "jsonl", "-"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let events = json_lines(&out);
    assert!(events.iter().all(|e| e["doc_id"] == "en1"), "{events:#?}");
    assert!(!events.is_empty());
    assert!(stderr(&out).contains("1 documents not in English"), "{}", stderr(&out));
}
