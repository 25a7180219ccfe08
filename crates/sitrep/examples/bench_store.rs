//! Store benchmark: ingest rate (documents/s), distinct events, and query latency on a large
//! database.
//!
//! Usage: `cargo run --release -p sitrep --example bench_store -- N DB_PATH [SKIP_QUERIES]`
//! (any third argument skips the in-process queries at the end).
//!
//! How the reports are generated, so that N distinct events end up in the store:
//! - Real material: the ACLED notes of `../shared/data/events` (Mali, Mali legacy, Burkina
//!   Faso, Benin, the 2016 Africa sample, Asia 2015) are coded once by the event coder; notes
//!   whose events all have a date, a type and coordinates are the base reports. The places
//!   are the distinct ACLED-coded locations of those files (country, admin1, admin2, name,
//!   coordinates), thinned so that any two kept places are more than 10 km apart (the
//!   merge rule's same-place distance).
//! - Event k (k = 0, 1, ...) takes a base report's coded event (type, sub-event type, actors,
//!   fatalities, spans; base report k*31 mod the number of base reports), is dated on day
//!   floor(k * D / N) of 2014-01-01 + D days (D = 3,652: ten years, filled in date order as
//!   a news feed would), minus a jitter of 0-2 days, and is placed at kept place
//!   k*7,919 mod P (P kept places; iso3 is cleared as the place may be in another country).
//!   Events of the same day therefore sit at different places more than 10 km apart and do
//!   not merge; the run still counts the events the store ends up with rather than assuming.
//! - Every document is one base note (its event's) followed by 100 words drawn
//!   pseudo-randomly from the vocabulary of all notes, so that documents sharing a note are
//!   not near-copies (estimated Jaccard similarity about 0.2, far below 0.8).
//! - Multi-report events: every 10th document is another outlet's report of the event
//!   of five documents earlier (same note, other filler, one more death, source "Other
//!   outlet"): it merges by the same-event rule. Every 25th document is a syndicated copy of
//!   the previous document (same text plus a credit line, source "Syndicate"): it is linked
//!   as a copy by MinHash and its event merges as a copy's report.
//! - Documents are written 256 per transaction ([`Store::ingest_batch`]).
//!
//! Generation stops when the store holds N events (counted from the ingest reports).

#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use sitrep::Document;
use sitrep::events::{EventCoder, EventRecord};
use sitrep::extract::{DocDefaults, article};
use sitrep::geocode::Geoparser;
use sitrep::ingest::{Body, RawDocument};
use sitrep::store::merge::haversine_km;
use sitrep::store::{Filter, Store};
use std::time::Instant;

const FILES: &[&str] = &[
    "acled_mali",
    "acled_mali_legacy",
    "acled_burkina_faso",
    "acled_benin",
    "acled_africa_2016_sample",
    "acled_asia_2015",
];
const DAYS: usize = 3652;
const FILLER_WORDS: usize = 100;
const BATCH: usize = 256;

#[derive(Clone)]
struct Place {
    country: Option<String>,
    admin1: Option<String>,
    admin2: Option<String>,
    location: Option<String>,
    lat: f64,
    lon: f64,
}

fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn text_field(v: &serde_json::Value, key: &str) -> Option<String> {
    v[key].as_str().map(str::to_string)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let db = args.get(2).cloned().unwrap_or_else(|| "/tmp/sitrep-bench.db".into());
    let skip_queries = args.get(3).is_some();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{db}{suffix}"));
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/events");
    let coder = EventCoder::new(Geoparser::load().expect("gazetteer")).expect("model");
    let mut base: Vec<(Document, EventRecord)> = Vec::new();
    let mut places: Vec<Place> = Vec::new();
    let mut vocabulary: Vec<String> = Vec::new();
    for file in FILES {
        let path = format!("{dir}/{file}.dev.jsonl");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            let l = &v["labels"];
            if let (Some(lat), Some(lon)) = (l["latitude"].as_f64(), l["longitude"].as_f64()) {
                places.push(Place {
                    country: text_field(l, "country"),
                    admin1: text_field(l, "admin1"),
                    admin2: text_field(l, "admin2"),
                    location: text_field(l, "location"),
                    lat,
                    lon,
                });
            }
            let note = v["text"].as_str().unwrap_or_default().to_string();
            vocabulary.extend(
                note.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 2)
                    .map(str::to_string),
            );
            let raw = RawDocument {
                input: "bench".into(),
                id: None,
                url: None,
                source: Some("ACLED note".into()),
                published: l["event_date"].as_str().map(str::to_string),
                title: None,
                body: Body::ArticleText(note),
                extra: Default::default(),
            };
            let doc = article(raw, &DocDefaults::default());
            let events = coder.code(&doc);
            if let [e] = &events[..]
                && e.latitude.is_some()
                && e.event_date.is_some()
                && e.event_type.is_some()
            {
                let e = e.clone();
                base.push((doc, e));
            }
        }
    }
    vocabulary.sort();
    vocabulary.dedup();
    // Keep places more than 10 km from every place kept before them (in file order).
    places.sort_by(|a, b| a.lat.total_cmp(&b.lat).then(a.lon.total_cmp(&b.lon)));
    let mut kept: Vec<Place> = Vec::new();
    for p in places {
        // Sorted by latitude: only kept places within 0.1 degree of latitude can be close.
        let near = kept
            .iter()
            .rev()
            .take_while(|q| p.lat - q.lat < 0.1)
            .any(|q| haversine_km(p.lat, p.lon, q.lat, q.lon) <= 10.0);
        if !near {
            kept.push(p);
        }
    }
    let places = kept;
    println!(
        "{} base reports with one located event, {} places more than 10 km apart, {} words",
        base.len(),
        places.len(),
        vocabulary.len()
    );
    let start_day = chrono::NaiveDate::from_ymd_opt(2014, 1, 1).unwrap();
    let filler = |seed: u64| -> String {
        (0..FILLER_WORDS as u64)
            .map(|j| {
                vocabulary[(splitmix64(seed.wrapping_mul(1_000).wrapping_add(j)) as usize)
                    % vocabulary.len()]
                .as_str()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut store = Store::open(std::path::Path::new(&db)).expect("open");
    let started = Instant::now();
    let (mut events_stored, mut merged, mut copies, mut unmatched) = (0usize, 0usize, 0, 0);
    // Documents generated so far, and event number k of the next new event.
    let (mut docs_done, mut k) = (0usize, 0usize);
    // The last few generated (document, event) pairs, for other outlets' reports and copies.
    let mut recent: std::collections::VecDeque<(Document, EventRecord)> = Default::default();
    let mut batch: Vec<(Document, Vec<EventRecord>)> = Vec::with_capacity(BATCH);
    let mut next_report = 50_000;
    while events_stored < n {
        while batch.len() < BATCH {
            let i = docs_done + batch.len();
            let (doc, event) = if i % 25 == 24 && !recent.is_empty() {
                let (orig, e) = recent.back().unwrap();
                let mut doc = orig.clone();
                doc.id = format!("{}-copy", orig.id);
                doc.source = Some("Syndicate".into());
                doc.text = format!("{}\n\nDistributed by Syndicate Wire.", orig.text);
                let mut e = e.clone();
                e.event_id = format!("{}-copy", e.event_id);
                e.doc_id = doc.id.clone();
                e.sources = vec!["Syndicate".into()];
                (doc, e)
            } else if i % 10 == 9 && recent.len() >= 5 {
                let (orig, e) = &recent[recent.len() - 5];
                let mut doc = orig.clone();
                doc.id = format!("{}-other-{i}", orig.id);
                doc.source = Some("Other outlet".into());
                let note = orig.text.split("\n\n").next().unwrap_or_default();
                doc.text = format!("{note}\n\n{}", filler(i as u64 ^ 0x5555));
                let mut e = e.clone();
                e.event_id = format!("{}-other-{i}", e.event_id);
                e.doc_id = doc.id.clone();
                e.fatalities += 1;
                e.sources = vec!["Other outlet".into()];
                (doc, e)
            } else {
                let (bdoc, be) = &base[(k * 31) % base.len()];
                let day = k * DAYS / n.max(1);
                let jitter = (splitmix64(k as u64) % 3) as usize;
                let date = start_day + chrono::Duration::days(day.saturating_sub(jitter) as i64);
                let place = &places[(k * 7919) % places.len()];
                let mut doc = bdoc.clone();
                doc.id = format!("{}-{k}", bdoc.id);
                doc.text = format!("{}\n\n{}", bdoc.text, filler(k as u64));
                let mut e = be.clone();
                e.event_id = format!("{}-{k}", be.event_id);
                e.doc_id = doc.id.clone();
                e.event_date = Some(date.to_string());
                e.country = place.country.clone();
                e.admin1 = place.admin1.clone();
                e.admin2 = place.admin2.clone();
                e.location = place.location.clone();
                e.latitude = Some(place.lat);
                e.longitude = Some(place.lon);
                e.iso3 = None;
                k += 1;
                (doc, e)
            };
            recent.push_back((doc.clone(), event.clone()));
            if recent.len() > 8 {
                recent.pop_front();
            }
            batch.push((doc, vec![event]));
        }
        for r in store.ingest_batch(&batch).expect("ingest") {
            events_stored += r.new_events;
            merged += r.merged;
            copies += usize::from(r.duplicate_of.is_some());
            unmatched += r.unmatched_copies;
        }
        docs_done += batch.len();
        batch.clear();
        if docs_done >= next_report {
            next_report += 50_000;
            println!(
                "  {docs_done} documents, {events_stored} events, {:.0} documents/s",
                docs_done as f64 / started.elapsed().as_secs_f64()
            );
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let stats = store.stats().expect("stats");
    println!(
        "ingest: {docs_done} documents ({copies} copies, {merged} reports merged, {unmatched} \
         unmatched copy reports), {} events in the store, {} mentions, {secs:.1} s, {:.0} documents/s",
        stats.events,
        stats.mentions,
        docs_done as f64 / secs
    );
    drop(store);
    let size: u64 = ["", "-wal"]
        .iter()
        .filter_map(|s| std::fs::metadata(format!("{db}{s}")).ok())
        .map(|m| m.len())
        .sum();
    println!("database size {:.2} GB", size as f64 / 1e9);
    if skip_queries {
        return;
    }
    let store = Store::open(std::path::Path::new(&db)).expect("open");
    for (name, f) in queries() {
        for run in ["first", "again"] {
            let t = Instant::now();
            let rows = store.query(&f).expect("query").len();
            println!(
                "query {name} ({run}): {rows} events in {:.1} ms",
                t.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
}

/// The benchmark's queries (the same as the CLI commands in docs/EVALUATION.md).
fn queries() -> Vec<(&'static str, Filter)> {
    let range = |from: &str, to: &str| Filter {
        from: Some(from.into()),
        to: Some(to.into()),
        ..Default::default()
    };
    vec![
        (
            "country + month",
            Filter { country: Some("Mali".into()), ..range("2019-03-01", "2019-03-31") },
        ),
        (
            "event type + year",
            Filter { event_type: Some("Battles".into()), ..range("2020-01-01", "2020-12-31") },
        ),
        (
            "actor + month",
            Filter { actor: Some("JNIM".into()), ..range("2018-06-01", "2018-06-30") },
        ),
        (
            "bbox + week",
            Filter { bbox: Some([-4.5, 13.5, -3.0, 15.0]), ..range("2019-03-01", "2019-03-07") },
        ),
        ("bbox, no dates", Filter { bbox: Some([-4.5, 13.5, -3.0, 15.0]), ..Default::default() }),
        ("year (many rows)", range("2021-01-01", "2021-12-31")),
    ]
}
