//! Running a command over a stream of documents: parallel batches, ordered output, progress,
//! per-input errors and the end-of-run summary.

use crate::InputArgs;
use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use sitrep::export::{EventFormat, EventWriter};
use sitrep::extract::DocDefaults;
use sitrep::ingest::{Ingest, IngestOptions, RawDocument};
use sitrep::{Document, Span};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Documents handled per parallel batch: large enough to keep every core busy, small enough
/// to keep memory flat on archives of any size.
const BATCH: usize = 64;

/// Counts for the end-of-run summary and the exit code.
#[derive(Default, Debug)]
pub struct Outcome {
    pub read: u64,
    pub failed: u64,
    pub written: u64,
}

impl Outcome {
    pub fn exit_code(&self) -> ExitCode {
        if self.failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
    }
}

pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {elapsed_precise} {pos} documents ({per_sec}) {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar
}

/// Streams documents through `work` in parallel batches and hands the results, in input
/// order, to `emit`. Errors of single inputs are printed and counted; the run goes on.
fn drive<T: Send>(
    args: &InputArgs,
    work: impl Fn(Document) -> std::result::Result<T, String> + Sync,
    mut emit: impl FnMut(T, &mut Outcome) -> Result<()>,
) -> Result<Outcome> {
    if let Some(jobs) = args.jobs {
        // Only the first call configures the global pool; later calls are harmless.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs.max(1)).build_global();
    }
    let options = IngestOptions { format: args.input_format, max_doc_bytes: args.max_doc_bytes };
    let defaults = DocDefaults { published: args.published, source: args.source.clone() };
    let mut ingest = Ingest::new(args.inputs.iter().cloned(), options);
    let bar = progress_bar(args.quiet);
    let started = Instant::now();
    let mut outcome = Outcome::default();
    let mut bytes: u64 = 0;
    loop {
        let mut batch: Vec<RawDocument> = Vec::with_capacity(BATCH);
        for item in ingest.by_ref() {
            match item {
                Ok(raw) => {
                    bytes += raw.body.as_str().len() as u64;
                    batch.push(raw);
                    if batch.len() == BATCH {
                        break;
                    }
                }
                Err(e) => {
                    outcome.read += 1;
                    outcome.failed += 1;
                    bar.suspend(|| eprintln!("sitrep: {e}"));
                }
            }
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<(String, std::result::Result<T, String>)> = batch
            .into_par_iter()
            .map(|raw| {
                let input = raw.input.clone();
                let doc = sitrep::extract::article(raw, &defaults);
                (input, work(doc))
            })
            .collect();
        for (input, result) in results {
            outcome.read += 1;
            bar.inc(1);
            match result {
                Ok(value) => emit(value, &mut outcome)?,
                Err(message) => {
                    outcome.failed += 1;
                    bar.suspend(|| eprintln!("sitrep: {input}: {message}"));
                }
            }
        }
        bar.set_message(format!("{:.1} MB", bytes as f64 / 1e6));
    }
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    if !args.quiet {
        eprintln!(
            "sitrep: {} documents read, {} failed, {} written ({:.1} MB in {:.2} s)",
            outcome.read,
            outcome.failed,
            outcome.written,
            bytes as f64 / 1e6,
            secs
        );
    }
    Ok(outcome)
}

fn stdout() -> BufWriter<std::io::StdoutLock<'static>> {
    BufWriter::with_capacity(1 << 16, std::io::stdout().lock())
}

pub fn text(args: &InputArgs, format: &str) -> Result<Outcome> {
    let mut out = stdout();
    let jsonl = format == "jsonl";
    let mut first = true;
    let outcome = drive(args, Ok, |doc, outcome| {
        if jsonl {
            let line = serde_json::json!({
                "doc_id": doc.id,
                "input": doc.input,
                "title": doc.title,
                "published": doc.published.map(|d| d.to_string()),
                "url": doc.url,
                "sources": doc.sources,
                "text": doc.text,
            });
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
        } else {
            if !first {
                out.write_all(b"\n")?;
            }
            out.write_all(doc.text.as_bytes())?;
            out.write_all(b"\n")?;
        }
        first = false;
        outcome.written += 1;
        Ok(())
    })?;
    out.flush()?;
    Ok(outcome)
}

/// Documents written to the store per transaction: one commit per document cost most of
/// the ingest time; a run killed mid-batch loses the batch, which the next run stores again.
const STORE_BATCH: usize = 128;

/// What ingesting into the store did, summed over batches.
#[derive(Default)]
struct StoreTally {
    stored: u64,
    skipped: u64,
    copies: u64,
    merged: u64,
    new_events: u64,
}

impl StoreTally {
    fn flush(
        &mut self,
        store: &mut sitrep::store::Store,
        pending: &mut Vec<(Document, Vec<sitrep::events::EventRecord>)>,
    ) -> Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        for report in store.ingest_batch(pending)? {
            if !report.stored {
                self.skipped += 1;
                continue;
            }
            self.stored += 1;
            self.copies += u64::from(report.duplicate_of.is_some());
            self.merged += report.merged as u64;
            self.new_events += report.new_events as u64;
        }
        pending.clear();
        Ok(())
    }
}

pub fn extract(args: &InputArgs, format: EventFormat, db: Option<&Path>) -> Result<Outcome> {
    let geoparser = sitrep::geocode::Geoparser::load().context("loading the gazetteer")?;
    let coder = sitrep::events::EventCoder::new(geoparser).context("loading the event model")?;
    if let Some(db) = db {
        let mut store = sitrep::store::Store::open(db)?;
        let mut tally = StoreTally::default();
        let mut pending: Vec<(Document, Vec<sitrep::events::EventRecord>)> = Vec::new();
        let mut outcome = drive(
            args,
            |doc| {
                let events = coder.code(&doc);
                Ok((doc, events))
            },
            |item, outcome| {
                pending.push(item);
                if pending.len() >= STORE_BATCH {
                    tally.flush(&mut store, &mut pending)?;
                    // drive's own summary counts what is committed so far; the store
                    // line below gives the final figures.
                    outcome.written = tally.new_events;
                }
                Ok(())
            },
        )?;
        tally.flush(&mut store, &mut pending)?;
        outcome.written = tally.new_events;
        if !args.quiet {
            eprintln!(
                "sitrep: {}: {} documents stored ({} copies of earlier ones), {} already there; {} new events, {} reports merged into events",
                db.display(),
                tally.stored,
                tally.copies,
                tally.skipped,
                tally.new_events,
                tally.merged
            );
        }
        return Ok(outcome);
    }
    let mut writer = EventWriter::new(stdout(), format);
    let outcome = drive(
        args,
        |doc| Ok(coder.code(&doc)),
        |events, outcome| {
            for e in &events {
                writer.write(e)?;
                outcome.written += 1;
            }
            Ok(())
        },
    )?;
    writer.finish().context("writing events")?.flush()?;
    Ok(outcome)
}

pub fn parse_bbox(s: &str) -> std::result::Result<[f64; 4], String> {
    let parts: Vec<f64> = s
        .split(',')
        .map(|p| p.trim().parse::<f64>().map_err(|_| format!("{p:?} is not a number")))
        .collect::<std::result::Result<_, _>>()?;
    match parts[..] {
        [w, south, e, n] if w <= e && south <= n => Ok([w, south, e, n]),
        _ => Err("expected min_lon,min_lat,max_lon,max_lat with min <= max".into()),
    }
}

pub fn query(
    db: &Path,
    filter: &sitrep::store::Filter,
    format: &str,
    out: Option<&Path>,
    reports: bool,
) -> Result<Outcome> {
    if reports && format != "jsonl" {
        bail!("--reports needs --format jsonl");
    }
    if !db.exists() {
        bail!("{}: no such database", db.display());
    }
    let store = sitrep::store::Store::open(db)?;
    let events = store.query(filter)?;
    if format == "parquet" && out.is_none() && std::io::stdout().is_terminal() {
        bail!("--format parquet writes binary data: give --out FILE or redirect stdout");
    }
    let sink: Box<dyn Write + Send> = match out {
        Some(path) => Box::new(BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout())),
    };
    if reports {
        let mut sink = sink;
        for e in &events {
            let mut value = serde_json::to_value(e)?;
            let list: Vec<serde_json::Value> = store
                .mentions(&e.event_id)?
                .into_iter()
                .map(|(doc_id, reason)| serde_json::json!({"doc_id": doc_id, "reason": reason}))
                .collect();
            value["reports"] = serde_json::Value::Array(list);
            serde_json::to_writer(&mut sink, &value)?;
            sink.write_all(b"\n")?;
        }
        sink.flush()?;
    } else if format == "parquet" {
        sitrep::export::write_parquet(&events, sink).context("writing Parquet")?;
    } else {
        let format: EventFormat = format.parse().map_err(anyhow::Error::msg)?;
        let mut writer = EventWriter::new(sink, format);
        for e in &events {
            writer.write(e)?;
        }
        writer.finish()?.flush()?;
    }
    Ok(Outcome { read: 0, failed: 0, written: events.len() as u64 })
}

pub fn stats(db: &Path, format: &str) -> Result<Outcome> {
    if !db.exists() {
        bail!("{}: no such database", db.display());
    }
    let stats = sitrep::store::Store::open(db)?.stats()?;
    let mut out = stdout();
    if format == "json" {
        serde_json::to_writer_pretty(&mut out, &stats)?;
        out.write_all(b"\n")?;
    } else {
        writeln!(
            out,
            "documents {} ({} copies)\nevents {}\nmentions {}",
            stats.documents, stats.duplicates, stats.events, stats.mentions
        )?;
        for (title, rows) in [
            ("by country", &stats.by_country),
            ("by event type", &stats.by_event_type),
            ("by month", &stats.by_month),
            ("by source", &stats.by_source),
        ] {
            writeln!(out, "\n{title}")?;
            for (k, n) in rows {
                writeln!(out, "  {n:>8}  {k}")?;
            }
        }
    }
    out.flush()?;
    Ok(Outcome::default())
}

/// The gold spans of a `--resolve-only` record, checked against the text.
fn given_spans(doc: &Document) -> std::result::Result<Vec<Span>, String> {
    let Some(list) = doc.extra.get("toponyms") else {
        return Err("--resolve-only needs a \"toponyms\" list in each record".into());
    };
    let list = list.as_array().ok_or("\"toponyms\" must be a list")?;
    list.iter()
        .map(|t| {
            let start = t.get("start").and_then(serde_json::Value::as_u64);
            let end = t.get("end").and_then(serde_json::Value::as_u64);
            match (start, end) {
                (Some(s), Some(e)) if s <= e && doc.text.get(s as usize..e as usize).is_some() => {
                    Ok(Span::new(s as usize, e as usize))
                }
                _ => Err(format!("toponym span {t} is not a valid byte range of the text")),
            }
        })
        .collect()
}

pub fn geoparse(args: &InputArgs, resolve_only: bool) -> Result<Outcome> {
    let geoparser = sitrep::geocode::Geoparser::load().context("loading the gazetteer")?;
    let mut out = stdout();
    let outcome = drive(
        args,
        |doc| {
            let toponyms = if resolve_only {
                geoparser.resolve_spans(&doc.text, &given_spans(&doc)?)
            } else {
                geoparser.geoparse(&doc.text)
            };
            let list: Vec<serde_json::Value> = toponyms
                .iter()
                .map(|t| {
                    serde_json::json!({
                        "start": t.span.start, "end": t.span.end, "name": t.name,
                        "lat": t.lat, "lon": t.lon, "geonameid": t.geonameid,
                        "country": t.country, "admin1": t.admin1, "feature": t.feature,
                    })
                })
                .collect();
            Ok(serde_json::json!({"doc_id": doc.id, "toponyms": list}))
        },
        |line, outcome| {
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
            outcome.written += 1;
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(outcome)
}

/// True when a record id falls in the held-out split (`k` parts, part 0 held out).
fn held_out(id: &str, k: u8) -> bool {
    k > 0 && blake3::hash(id.as_bytes()).as_bytes()[0] % k == 0
}

pub fn train_events(
    out: &Path,
    holdout: Option<u8>,
    write_holdout: Option<&Path>,
    epochs: usize,
    files: &[std::path::PathBuf],
) -> Result<Outcome> {
    let mut examples = Vec::new();
    let mut held = Vec::new();
    let mut outcome = Outcome::default();
    for file in files {
        let text =
            std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            outcome.read += 1;
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    outcome.failed += 1;
                    eprintln!("sitrep: {}:{}: bad JSON record: {e}", file.display(), n + 1);
                    continue;
                }
            };
            let id = value["id"].as_str().unwrap_or_default();
            let label = value["labels"]["sub_event_type"].as_str();
            let (Some(text), Some(label)) = (value["text"].as_str(), label) else { continue };
            if sitrep::events::taxonomy::sub_event(label).is_none() {
                continue;
            }
            if holdout.is_some_and(|k| held_out(id, k)) {
                held.push(line.to_string());
            } else {
                examples.push((text.to_string(), label.to_string()));
            }
        }
    }
    if examples.is_empty() {
        bail!("no labelled records with a known sub_event_type in the given files");
    }
    let model = sitrep::events::classify::Classifier::train(&examples, epochs);
    let file = std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?;
    model.save(BufWriter::new(file)).with_context(|| format!("writing {}", out.display()))?;
    if !held.is_empty() {
        // The classifier alone on the held-out texts (the pipeline adds event detection,
        // grouping and rules on top).
        let (mut sub_ok, mut type_ok, mut n) = (0, 0, 0);
        for line in &held {
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
            let (Some(text), Some(gold)) =
                (v["text"].as_str(), v["labels"]["sub_event_type"].as_str())
            else {
                continue;
            };
            let predicted = model.predict(text).first().map(|p| p.0.clone()).unwrap_or_default();
            let ty = |s: &str| sitrep::events::taxonomy::sub_event(s).map(|t| t.event_type.clone());
            n += 1;
            sub_ok += usize::from(predicted == gold);
            type_ok += usize::from(ty(&predicted) == ty(gold));
        }
        eprintln!(
            "sitrep: classifier alone on {n} held-out texts: sub_event_type {:.3}, event_type {:.3}",
            sub_ok as f64 / n.max(1) as f64,
            type_ok as f64 / n.max(1) as f64
        );
    }
    if let Some(path) = write_holdout {
        std::fs::write(path, held.join("\n") + "\n")
            .with_context(|| format!("writing {}", path.display()))?;
    }
    eprintln!(
        "sitrep: trained on {} records ({} held out), {} classes -> {}",
        examples.len(),
        held.len(),
        model.classes().len(),
        out.display()
    );
    outcome.written = examples.len() as u64;
    Ok(outcome)
}
