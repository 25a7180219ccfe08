//! The SQLite store end to end: idempotent ingest, copies linked, merges, queries, and a run
//! killed half-way then resumed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sitrep(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sitrep")).args(args).output().unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = sitrep(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn seed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/kidal/article.txt")
}

fn stats(db: &Path) -> serde_json::Value {
    serde_json::from_str(&ok(&["stats", "--db", db.to_str().unwrap(), "--format", "json"])).unwrap()
}

fn events(db: &Path) -> Vec<serde_json::Value> {
    ok(&["query", "--db", db.to_str().unwrap()])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The seed page with other page furniture around it, as another outlet would serve it.
fn copy_of_seed(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(seed()).unwrap();
    let body: Vec<&str> = text.lines().skip(1).collect();
    let copy = format!(
        "Accept all cookies to continue reading.\n{}\nShare this article on Facebook\nRead more: Mali junta marks anniversary\n",
        body.join("\n")
    );
    let path = dir.join("copy.txt");
    std::fs::write(&path, copy).unwrap();
    path
}

#[test]
fn seed_twice_then_a_copy_gives_one_event_with_three_sources() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("events.db");
    let (d, s) = (db.to_str().unwrap(), seed());
    ok(&["extract", "-q", "--db", d, "--published", "2023-11-14", s.to_str().unwrap()]);
    ok(&["ingest", "-q", "--db", d, "--published", "2023-11-14", s.to_str().unwrap()]);
    assert_eq!(stats(&db)["documents"], 1, "the same document twice is stored once");
    let copy = copy_of_seed(dir.path());
    ok(&[
        "ingest",
        "-q",
        "--db",
        d,
        "--published",
        "2023-11-14",
        "--source",
        "Sahel Daily",
        copy.to_str().unwrap(),
    ]);
    let st = stats(&db);
    assert_eq!(st["documents"], 2);
    assert_eq!(st["duplicates"], 1, "the copy is linked to the first document");
    assert_eq!(st["events"], 1);
    assert_eq!(st["mentions"], 2);
    let ev = events(&db);
    assert_eq!(ev.len(), 1);
    assert_eq!(
        ev[0]["sources"],
        serde_json::json!(["Agence France Presse", "Reuters", "Sahel Daily"])
    );
    assert_eq!(ev[0]["sub_event_type"], "Government regains territory");
    // Each report says why it belongs to the event.
    let with_reports = ok(&["query", "--db", d, "--reports"]);
    let v: serde_json::Value = serde_json::from_str(with_reports.lines().next().unwrap()).unwrap();
    let reasons: Vec<&str> =
        v["reports"].as_array().unwrap().iter().map(|r| r["reason"].as_str().unwrap()).collect();
    assert_eq!(reasons.len(), 2);
    assert!(reasons.contains(&"first report"), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.starts_with("copy of the original report")), "{reasons:?}");
}

#[test]
fn queries_filter_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("q.db");
    let d = db.to_str().unwrap();
    let notes = dir.path().join("notes.jsonl");
    std::fs::write(
        &notes,
        "{\"id\":\"n1\",\"text\":\"On 3 May 2020, suspected JNIM militants attacked villagers in Boni, killing 4 civilians.\",\"published\":\"2020-05-05\"}\n\
         {\"id\":\"n2\",\"text\":\"On 20 June 2020, hundreds of protesters marched peacefully in Bamako to demand the resignation of the president.\",\"published\":\"2020-06-21\"}\n",
    )
    .unwrap();
    ok(&["ingest", "-q", "--db", d, notes.to_str().unwrap()]);
    assert_eq!(stats(&db)["events"], 2);
    let june_out = ok(&["query", "--db", d, "--from", "2020-06-01"]);
    let june: Vec<&str> = june_out.lines().collect();
    assert_eq!(june.len(), 1);
    assert!(june[0].contains("Protests"));
    let vac = ok(&[
        "query",
        "--db",
        d,
        "--event-type",
        "Violence against civilians",
        "--format",
        "acled-csv",
    ]);
    assert_eq!(vac.lines().count(), 2, "header and one row: {vac}");
    assert!(vac.lines().nth(1).unwrap().contains("JNIM"));
    let by_actor = ok(&["query", "--db", d, "--actor", "JNIM"]);
    assert_eq!(by_actor.lines().count(), 1);
    let out = dir.path().join("all.geojson");
    ok(&["query", "--db", d, "--format", "geojson", "--out", out.to_str().unwrap()]);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out).unwrap()).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    assert_eq!(
        sitrep(&["query", "--db", dir.path().join("none.db").to_str().unwrap()]).status.code(),
        Some(2)
    );
    assert_eq!(sitrep(&["query", "--db", d, "--bbox", "1,2,3"]).status.code(), Some(2));
}

/// Distinct reports, so that the order of ingest could matter.
fn reports(dir: &Path, n: usize) -> PathBuf {
    let places = ["Boni", "Gao", "Mopti", "Djibo", "Kidal", "Menaka", "Timbuktu", "Sevare"];
    let mut lines = String::new();
    for i in 0..n {
        let day = 1 + i % 28;
        let place = places[i % places.len()];
        let killed = 1 + i % 7;
        lines.push_str(&format!(
            "{{\"id\":\"r{i}\",\"text\":\"On {day} March 2020, suspected JNIM militants attacked villagers in {place}, killing {killed} civilians. Report {i}.\",\"published\":\"2020-04-02\"}}\n"
        ));
    }
    let path = dir.join(format!("reports-{n}.jsonl"));
    std::fs::write(&path, lines).unwrap();
    path
}

#[test]
fn ingest_order_does_not_change_the_events() {
    let dir = tempfile::tempdir().unwrap();
    let input = reports(dir.path(), 40);
    let text = std::fs::read_to_string(&input).unwrap();
    let mut reversed: Vec<&str> = text.lines().collect();
    reversed.reverse();
    let rev = dir.path().join("reversed.jsonl");
    std::fs::write(&rev, reversed.join("\n") + "\n").unwrap();
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    ok(&["ingest", "-q", "--db", a.to_str().unwrap(), input.to_str().unwrap()]);
    ok(&["ingest", "-q", "--db", b.to_str().unwrap(), rev.to_str().unwrap()]);
    assert_eq!(events(&a), events(&b));
    assert_eq!(stats(&a), stats(&b));
}

#[test]
fn killed_ingest_resumed_equals_a_clean_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = reports(dir.path(), 3000);
    let clean = dir.path().join("clean.db");
    ok(&["ingest", "-q", "-j", "1", "--db", clean.to_str().unwrap(), input.to_str().unwrap()]);
    let killed = dir.path().join("killed.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args([
            "ingest",
            "-q",
            "-j",
            "1",
            "--db",
            killed.to_str().unwrap(),
            input.to_str().unwrap(),
        ])
        .spawn()
        .unwrap();
    // Kill only once a batch is committed, so the kill lands mid-run rather than during
    // start-up (a kill before any write would test nothing).
    let started = std::time::Instant::now();
    let committed = || {
        Command::new(env!("CARGO_BIN_EXE_sitrep"))
            .args(["stats", "--db", killed.to_str().unwrap(), "--format", "json"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| serde_json::from_slice::<serde_json::Value>(&o.stdout).ok())
            .and_then(|v| v["documents"].as_u64())
            .unwrap_or(0)
    };
    while !killed.exists() || committed() == 0 {
        assert!(started.elapsed().as_secs() < 120, "the ingest never committed a batch");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.kill().unwrap(); // SIGKILL: no cleanup runs
    child.wait().unwrap();
    let partial = stats(&killed)["documents"].as_u64().unwrap();
    let total = stats(&clean)["documents"].as_u64().unwrap();
    assert!(partial >= 1);
    if partial == total {
        eprintln!("note: the ingest finished before the kill landed");
    }
    ok(&["ingest", "-q", "-j", "1", "--db", killed.to_str().unwrap(), input.to_str().unwrap()]);
    assert_eq!(stats(&killed), stats(&clean));
    assert_eq!(events(&killed), events(&clean));
}

/// Parquet from `query` opens in DuckDB (a real reader outside this project). CI installs
/// DuckDB and sets SITREP_REQUIRE_PY_READERS=1, so there the test cannot skip.
#[test]
fn parquet_export_reads_in_duckdb() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    let (d, s) = (db.to_str().unwrap(), seed());
    ok(&["ingest", "-q", "--db", d, "--published", "2023-11-14", s.to_str().unwrap()]);
    let parquet = dir.path().join("events.parquet");
    ok(&["query", "--db", d, "--format", "parquet", "--out", parquet.to_str().unwrap()]);
    let script = format!(
        "import duckdb; print(duckdb.sql(\"select count(*), min(event_date), min(actor1), sum(fatalities) from '{}'\").fetchall())",
        parquet.display()
    );
    let out = Command::new("python3").args(["-c", &script]).output();
    let has_duckdb = out.as_ref().is_ok_and(|o| o.status.success());
    if !has_duckdb {
        assert!(
            std::env::var_os("SITREP_REQUIRE_PY_READERS").is_none(),
            "DuckDB is required here: {:?}",
            out.map(|o| String::from_utf8_lossy(&o.stderr).to_string())
        );
        eprintln!("skipped: python3 -c 'import duckdb' failed");
        return;
    }
    let printed = String::from_utf8(out.unwrap().stdout).unwrap();
    assert_eq!(
        printed.trim(),
        "[(1, datetime.date(2023, 11, 14), 'Military Forces of Mali (2021-)', 10)]"
    );
}
