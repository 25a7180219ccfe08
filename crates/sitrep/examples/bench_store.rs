//! Store benchmark: ingest rate (documents/s) and query latency on a large database.
//!
//! The events are generated from real records: the ACLED notes of Mali in
//! `../shared/data/events` (or the seed article) are coded once, then each is copied with
//! its date shifted by whole days and its place moved among the real places, until N events
//! exist; every copy is its own document, its text two real notes paired anew each round. Usage:
//!   cargo run --release -p sitrep --example bench_store -- N DB_PATH

#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use sitrep::events::EventCoder;
use sitrep::extract::{DocDefaults, article};
use sitrep::geocode::Geoparser;
use sitrep::ingest::{Body, RawDocument};
use sitrep::store::{Filter, Store};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let db = args.get(2).cloned().unwrap_or_else(|| "/tmp/sitrep-bench.db".into());
    let _ = std::fs::remove_file(&db);
    let notes =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/events/acled_mali.dev.jsonl");
    let coder = EventCoder::new(Geoparser::load().expect("gazetteer")).expect("model");
    let mut base = Vec::new();
    for line in std::fs::read_to_string(notes).unwrap_or_default().lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let raw = RawDocument {
            input: "bench".into(),
            id: None,
            url: None,
            source: Some("ACLED note".into()),
            published: v["labels"]["event_date"].as_str().map(str::to_string),
            title: None,
            body: Body::ArticleText(v["text"].as_str().unwrap_or_default().to_string()),
            extra: Default::default(),
        };
        let doc = article(raw, &DocDefaults::default());
        let events = coder.code(&doc);
        if events.iter().all(|e| e.latitude.is_some() && e.event_date.is_some())
            && !events.is_empty()
        {
            base.push((doc, events));
        }
    }
    let places: Vec<(String, f64, f64)> = base
        .iter()
        .flat_map(|(_, es)| {
            es.iter().map(|e| {
                (
                    e.location.clone().unwrap_or_default(),
                    e.latitude.unwrap_or(0.0),
                    e.longitude.unwrap_or(0.0),
                )
            })
        })
        .collect();
    println!("{} real coded documents, {} real places", base.len(), places.len());
    let mut store = Store::open(std::path::Path::new(&db)).expect("open");
    let start = Instant::now();
    let mut events_written = 0usize;
    let mut i = 0usize;
    while events_written < n {
        let (doc, events) = &base[i % base.len()];
        let shift = (i / base.len()) as i64;
        let mut doc = doc.clone();
        doc.id = format!("{}-{i}", doc.id);
        // Two real notes per document, paired differently in every round, so documents are
        // not copies of each other (MinHash similarity well below 0.8).
        let other = &base[(i / base.len() + i * 31) % base.len()].0.text;
        doc.text = format!("{}\n\n{other}", doc.text);
        let events: Vec<_> = events
            .iter()
            .map(|e| {
                let mut e = e.clone();
                let d = chrono::NaiveDate::parse_from_str(
                    e.event_date.as_deref().unwrap_or("2020-01-01"),
                    "%Y-%m-%d",
                )
                .unwrap();
                e.event_date = Some((d + chrono::Duration::days(shift * 3)).to_string());
                let (name, lat, lon) = &places[(i * 7919) % places.len()];
                e.location = Some(name.clone());
                e.latitude = Some(*lat);
                e.longitude = Some(*lon);
                e.event_id = format!("{}-{i}", e.event_id);
                e.doc_id = doc.id.clone();
                e
            })
            .collect();
        store.ingest(&doc, &events).expect("ingest");
        events_written += events.len();
        i += 1;
        if i % 50_000 == 0 {
            println!(
                "  {i} documents, {:.0} documents/s",
                i as f64 / start.elapsed().as_secs_f64()
            );
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let stats = store.stats().expect("stats");
    println!(
        "ingest: {i} documents, {} events in the store, {:.1} s, {:.0} documents/s",
        stats.events,
        secs,
        i as f64 / secs
    );
    let queries: Vec<(&str, Filter)> = vec![
        (
            "country + month",
            Filter {
                country: Some("Mali".into()),
                from: Some("2019-03-01".into()),
                to: Some("2019-03-31".into()),
                ..Default::default()
            },
        ),
        (
            "event type + year",
            Filter {
                event_type: Some("Battles".into()),
                from: Some("2020-01-01".into()),
                to: Some("2020-12-31".into()),
                ..Default::default()
            },
        ),
        (
            "actor substring",
            Filter {
                actor: Some("JNIM".into()),
                from: Some("2018-06-01".into()),
                to: Some("2018-06-30".into()),
                ..Default::default()
            },
        ),
        (
            "bbox + week",
            Filter {
                bbox: Some([-4.5, 13.5, -3.0, 15.0]),
                from: Some("2019-03-01".into()),
                to: Some("2019-03-07".into()),
                ..Default::default()
            },
        ),
    ];
    for (name, f) in queries {
        let t = Instant::now();
        let rows = store.query(&f).expect("query").len();
        println!("query {name}: {rows} events in {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    }
}
