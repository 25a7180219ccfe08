//! Throughput of event coding (sentences, mentions, geoparsing, classification, record
//! building) and of geoparsing alone, in documents per second on one thread.
//!
//! Runs over the ACLED notes of `../shared/data/events` next to the repository when present
//! (the first 500), else over the seed article.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sitrep::events::EventCoder;
use sitrep::extract::{DocDefaults, article};
use sitrep::geocode::Geoparser;
use sitrep::ingest::{Body, RawDocument};

const NOTES: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/events/acled_mali.dev.jsonl");
const SEED: &str = include_str!("../../../fixtures/kidal/article.txt");

fn documents() -> Vec<sitrep::Document> {
    let texts: Vec<(String, Option<String>)> = match std::fs::read_to_string(NOTES) {
        Ok(s) => s
            .lines()
            .take(500)
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| {
                let text = v["text"].as_str()?.to_string();
                let date = v["labels"]["event_date"].as_str().map(str::to_string);
                Some((text, date))
            })
            .collect(),
        Err(_) => vec![(SEED.to_string(), Some("2023-11-14".to_string()))],
    };
    texts
        .into_iter()
        .map(|(text, published)| {
            let raw = RawDocument {
                input: "bench".into(),
                id: None,
                url: None,
                source: None,
                published,
                title: None,
                body: Body::ArticleText(text),
                extra: Default::default(),
            };
            article(raw, &DocDefaults::default())
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = documents();
    let coder = EventCoder::new(Geoparser::load().expect("gazetteer")).expect("model");
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.sample_size(10);
    group.bench_function("events", |b| {
        b.iter(|| docs.iter().map(|d| coder.code(d).len()).sum::<usize>());
    });
    group.bench_function("geoparse", |b| {
        b.iter(|| docs.iter().map(|d| coder.geoparser().geoparse(&d.text).len()).sum::<usize>());
    });
    group.finish();
    // One long document (a book-length dump of 20,000 sentences, 80,000 mentions of five
    // names): its time must grow with its length, not with its square (a scan of every
    // mention per mention once made this 45 s).
    let long: String = "Fighting in the town of Gao and the states of Texas and Georgia was \
                        reported near Kidal. "
        .repeat(20_000);
    let mut group = c.benchmark_group("long_document");
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.sample_size(10);
    group.bench_function("geoparse", |b| {
        b.iter(|| coder.geoparser().geoparse(&long).len());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
