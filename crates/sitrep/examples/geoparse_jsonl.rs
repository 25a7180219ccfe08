//! Dev tool until `sitrep geoparse` lands: reads JSONL `{"id","text","toponyms"?}` from stdin
//! and prints `{"doc_id","toponyms":[...]}` per line. `--resolve-only` resolves the given
//! `toponyms` spans instead of finding them.
#![allow(clippy::print_stdout)]

use serde_json::{Value, json};
use sitrep::Span;
use sitrep::geocode::Geoparser;
use std::io::{BufRead, BufWriter, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let resolve_only = std::env::args().any(|a| a == "--resolve-only");
    let geo = Geoparser::load()?;
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        // One bad line is reported and skipped, not fatal for the batch.
        let doc: Value = match serde_json::from_str(&line) {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("skipping a line: {e}");
                continue;
            }
        };
        let text = doc["text"].as_str().unwrap_or_default();
        let toponyms = if resolve_only {
            let spans: Vec<Span> = doc["toponyms"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|t| {
                            Some(Span::new(
                                t["start"].as_u64()? as usize,
                                t["end"].as_u64()? as usize,
                            ))
                        })
                        .collect()
                })
                .unwrap_or_default();
            geo.resolve_spans(text, &spans)
        } else {
            geo.geoparse(text)
        };
        let list: Vec<Value> = toponyms
            .iter()
            .map(|t| {
                json!({"start": t.span.start, "end": t.span.end, "name": t.name, "lat": t.lat,
                       "lon": t.lon, "geonameid": t.geonameid, "country": t.country,
                       "admin1": t.admin1, "feature": t.feature})
            })
            .collect();
        writeln!(out, "{}", json!({"doc_id": doc["id"], "toponyms": list}))?;
    }
    out.flush()?;
    Ok(())
}
