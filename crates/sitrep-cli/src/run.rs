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
    let coder = sitrep::events::EventCoder::new(geoparser).context("loading the event models")?;
    // Events are coded from English text: a document in another language is read, but yields
    // none, and the summary says how many there were rather than losing them silently.
    let not_english = std::sync::atomic::AtomicU64::new(0);
    let code = |doc: &Document| {
        if !sitrep::geocode::reads_as_english(&doc.text) {
            not_english.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        coder.code(doc)
    };
    let report_languages = || {
        let n = not_english.load(std::sync::atomic::Ordering::Relaxed);
        if n > 0 && !args.quiet {
            eprintln!(
                "sitrep: {n} documents not in English (French, Spanish or Portuguese by their \
                 function words): events are coded from English text only"
            );
        }
    };
    if let Some(db) = db {
        let mut store = sitrep::store::Store::open(db)?;
        let mut tally = StoreTally::default();
        let mut pending: Vec<(Document, Vec<sitrep::events::EventRecord>)> = Vec::new();
        let mut outcome = drive(
            args,
            |doc| {
                let events = code(&doc);
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
        report_languages();
        return Ok(outcome);
    }
    let mut writer = EventWriter::new(stdout(), format);
    let outcome = drive(
        args,
        |doc| Ok(code(&doc)),
        |events, outcome| {
            for e in &events {
                writer.write(e)?;
                outcome.written += 1;
            }
            Ok(())
        },
    )?;
    writer.finish().context("writing events")?.flush()?;
    report_languages();
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

/// The key a record's split is drawn from: its id, with ACLED's legacy Mali export keyed as
/// the current one (the same events, recoded), so one event is on the same side in both.
fn split_key(id: &str) -> String {
    match id.strip_prefix("acled_mali_legacy:") {
        Some(native) => format!("acled_mali:{native}"),
        None => id.to_string(),
    }
}

/// The part (0..k) a record falls in; part 0 is the held-out split.
fn part(id: &str, k: u8) -> u8 {
    blake3::hash(split_key(id).as_bytes()).as_bytes()[0] % k.max(1)
}

/// A `(parts, part)` split must leave a part out.
fn check_split(holdout: Option<(u8, u8)>) -> Result<()> {
    match holdout {
        Some((k, p)) if k < 2 || p >= k => {
            bail!("--holdout {k} --part {p}: need at least 2 parts and a part below {k}")
        }
        _ => Ok(()),
    }
}

/// Whether a record is in the held-out part of a `(parts, part)` split.
fn held_out(id: &str, (k, p): (u8, u8)) -> bool {
    k > 0 && part(id, k) == p
}

/// The sub-event types a record may have: its `sub_event_type`, or for ACLED rows coded in
/// the pre-2019 taxonomy (event type only) every current sub-event type that type covers.
fn label_set(dataset: &str, labels: &serde_json::Value) -> Option<Vec<String>> {
    use sitrep::events::taxonomy;
    if let Some(s) = labels["sub_event_type"].as_str() {
        // Sentences of ordinary news that report no event (tools/event_negatives.py).
        if dataset == "news_negatives" && s == sitrep::events::classify::NO_EVENT {
            return Some(vec![s.to_string()]);
        }
        return taxonomy::sub_event(s).map(|t| vec![t.name.clone()]);
    }
    if !dataset.starts_with("acled_") {
        return None;
    }
    let old = labels["event_type"].as_str()?.to_lowercase();
    let of_types = |types: &[&str]| -> Vec<String> {
        taxonomy::sub_event_types()
            .iter()
            .filter(|t| types.contains(&t.event_type.as_str()))
            .map(|t| t.name.clone())
            .collect()
    };
    let set = match old.as_str() {
        "battle-no change of territory" => vec!["Armed clash".to_string()],
        "battle-government regains territory" => vec!["Government regains territory".into()],
        "battle-non-state actor overtakes territory" => {
            vec!["Non-state actor overtakes territory".into()]
        }
        "non-violent transfer of territory" => vec!["Non-violent transfer of territory".into()],
        "headquarters or base established" => vec!["Headquarters or base established".into()],
        "remote violence" => of_types(&["Explosions/Remote violence"]),
        "violence against civilians" => of_types(&["Violence against civilians"]),
        "riots/protests" => of_types(&["Protests", "Riots"]),
        "strategic development" => of_types(&["Strategic developments"]),
        _ => return None,
    };
    Some(set)
}

/// A labelled record read for training.
struct Labelled {
    id: String,
    dataset: String,
    text: String,
    classes: Vec<String>,
    line: String,
}

/// The datasets held-out figures are reported on (ACLED notes in the current taxonomy).
const ACLED_EVAL: [&str; 3] = ["acled_mali", "acled_burkina_faso", "acled_benin"];

#[derive(Default)]
struct Tally {
    n: usize,
    sub_ok: usize,
    type_ok: usize,
    /// (gold, predicted) sub-event pairs.
    pairs: Vec<(String, String)>,
}

impl Tally {
    fn add(&mut self, gold: &str, predicted: &str) {
        let ty = |s: &str| sitrep::events::taxonomy::sub_event(s).map(|t| t.event_type.clone());
        self.n += 1;
        self.sub_ok += usize::from(predicted == gold);
        self.type_ok += usize::from(ty(predicted) == ty(gold));
        self.pairs.push((gold.to_string(), predicted.to_string()));
    }

    /// Macro-F1 over the gold classes (as tools/confusion.py).
    fn macro_f1(&self) -> f64 {
        let mut labels: Vec<&str> = self.pairs.iter().map(|(g, _)| g.as_str()).collect();
        labels.sort_unstable();
        labels.dedup();
        let f1s: Vec<f64> = labels
            .iter()
            .map(|l| {
                let tp = self.pairs.iter().filter(|(g, p)| g == l && p == l).count() as f64;
                let fp = self.pairs.iter().filter(|(g, p)| g != l && p == l).count() as f64;
                let fn_ = self.pairs.iter().filter(|(g, p)| g == l && p != l).count() as f64;
                if tp == 0.0 { 0.0 } else { 2.0 * tp / (2.0 * tp + fp + fn_) }
            })
            .collect();
        f1s.iter().sum::<f64>() / f1s.len().max(1) as f64
    }

    fn line(&self) -> String {
        let n = self.n.max(1) as f64;
        format!(
            "n {} event_type {:.3} sub_event_type {:.3} macro-F1 {:.3}",
            self.n,
            self.type_ok as f64 / n,
            self.sub_ok as f64 / n,
            self.macro_f1()
        )
    }
}

/// Reads labelled JSON Lines records; `label` gives a record's classes from its dataset
/// name and labels (`None`: the record is not used). Bad lines are counted and named.
fn read_labelled(
    files: &[std::path::PathBuf],
    outcome: &mut Outcome,
    label: impl Fn(&str, &serde_json::Value) -> Option<Vec<String>>,
) -> Result<Vec<Labelled>> {
    let mut records = Vec::new();
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
            let dataset = value["dataset"].as_str().unwrap_or_default();
            let (Some(text), Some(classes)) =
                (value["text"].as_str(), label(dataset, &value["labels"]))
            else {
                continue;
            };
            records.push(Labelled {
                id: value["id"].as_str().unwrap_or_default().to_string(),
                dataset: dataset.to_string(),
                text: text.to_string(),
                classes,
                line: line.to_string(),
            });
        }
    }
    Ok(records)
}

/// The news gate's class of texts that report an event.
const GATE_EVENT: &str = "Event";

pub fn train_events(
    out: &Path,
    holdout: Option<(u8, u8)>,
    write_holdout: Option<&Path>,
    cv: Option<u8>,
    gate: bool,
    config: &sitrep::events::classify::TrainConfig,
    files: &[std::path::PathBuf],
) -> Result<Outcome> {
    use sitrep::events::classify::{Classifier, Example, NO_EVENT};
    check_split(holdout)?;
    let mut outcome = Outcome::default();
    let mut records = read_labelled(files, &mut outcome, label_set)?;
    if gate {
        // The news gate: every report is an "Event", the ordinary news sentences "None".
        for r in &mut records {
            if r.classes != [NO_EVENT] {
                r.classes = vec![GATE_EVENT.to_string()];
            }
        }
    } else {
        // The event model knows kinds of events only.
        records.retain(|r| r.classes != [NO_EVENT]);
    }
    if records.is_empty() {
        bail!("no labelled records with a known sub_event_type in the given files");
    }
    let example = |r: &Labelled| Example { text: r.text.clone(), classes: r.classes.clone() };
    if let Some(k) = cv {
        // K-fold cross-validation of the classifier alone: every part is scored by a model
        // trained on the others (part 0 is the `--holdout K` split).
        let (mut acled, mut case, mut first) =
            (Tally::default(), Tally::default(), Tally::default());
        let mut per_part = Vec::new();
        for p in 0..k {
            let train: Vec<Example> =
                records.iter().filter(|r| part(&r.id, k) != p).map(example).collect();
            let model = Classifier::train(&train, config);
            let mut this = Tally::default();
            for r in records.iter().filter(|r| part(&r.id, k) == p && r.classes.len() == 1) {
                let predicted =
                    model.predict(&r.text).first().map(|x| x.0.clone()).unwrap_or_default();
                let gold = &r.classes[0];
                if ACLED_EVAL.contains(&r.dataset.as_str()) {
                    if predicted != *gold && std::env::var_os("SITREP_CV_ERRORS").is_some() {
                        println!("{}\t{gold}\t{predicted}\t{}", r.id, r.text);
                    }
                    acled.add(gold, &predicted);
                    this.add(gold, &predicted);
                    if p == 0 {
                        first.add(gold, &predicted);
                    }
                } else if r.dataset.starts_with("case2021") {
                    case.add(gold, &predicted);
                }
            }
            per_part.push(format!("{:.3}", this.type_ok as f64 / this.n.max(1) as f64));
        }
        eprintln!("sitrep: {k}-fold CV, classifier alone, ACLED: {}", acled.line());
        eprintln!("sitrep:   part 0 (the held-out split): {}", first.line());
        eprintln!("sitrep:   event_type per part: {}", per_part.join(" "));
        eprintln!("sitrep:   CASE 2021: {}", case.line());
        outcome.written = records.len() as u64;
        return Ok(outcome);
    }
    let (held, train): (Vec<&Labelled>, Vec<&Labelled>) =
        records.iter().partition(|r| holdout.is_some_and(|h| held_out(&r.id, h)));
    let examples: Vec<Example> = train.iter().map(|r| example(r)).collect();
    let model = Classifier::train(&examples, config);
    let file = std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?;
    model.save(BufWriter::new(file)).with_context(|| format!("writing {}", out.display()))?;
    // Only records with a current sub-event type are scored.
    let held: Vec<&Labelled> = held.into_iter().filter(|r| r.classes.len() == 1).collect();
    if !held.is_empty() && !gate {
        // The classifier alone on the held-out texts (the pipeline adds event detection,
        // grouping and rules on top).
        let mut tally = Tally::default();
        for r in held.iter().filter(|r| ACLED_EVAL.contains(&r.dataset.as_str())) {
            let predicted = model.predict(&r.text).first().map(|p| p.0.clone()).unwrap_or_default();
            tally.add(&r.classes[0], &predicted);
        }
        eprintln!("sitrep: classifier alone on held-out ACLED notes: {}", tally.line());
    }
    if let Some(path) = write_holdout {
        let lines: Vec<&str> = held.iter().map(|r| r.line.as_str()).collect();
        std::fs::write(path, lines.join("\n") + "\n")
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

/// Countries with fewer labelled texts than this are pooled as "elsewhere".
const MIN_COUNTRY_TEXTS: usize = 20;

/// Trains the country model: which country a text is about, from its words, the shapes of
/// its names and its actors (see tools/train_countries.sh). Records are labelled with
/// `labels.country` (a country name as the datasets write it; names the gazetteer cannot
/// place are skipped). Classes are ISO3 codes.
pub fn train_countries(
    out: &Path,
    holdout: Option<(u8, u8)>,
    cv: Option<u8>,
    config: &sitrep::events::classify::TrainConfig,
    files: &[std::path::PathBuf],
) -> Result<Outcome> {
    use sitrep::events::classify::{Classifier, Example};
    check_split(holdout)?;
    let geoparser = sitrep::geocode::Geoparser::load()?;
    let unknown = std::cell::RefCell::new(std::collections::BTreeMap::<String, u32>::new());
    let mut outcome = Outcome::default();
    let records = read_labelled(files, &mut outcome, |_, labels| {
        let name = labels["country"].as_str()?;
        match geoparser.iso3_of_country_name(name) {
            Some(iso3) => Some(vec![iso3.to_string()]),
            None => {
                *unknown.borrow_mut().entry(name.to_string()).or_default() += 1;
                None
            }
        }
    })?;
    for (name, n) in unknown.borrow().iter() {
        eprintln!("sitrep: country {name:?} unknown to the gazetteer: {n} records skipped");
    }
    if records.is_empty() {
        bail!("no records with a known labels.country in the given files");
    }
    // Countries with few texts are one class, "elsewhere": the model can say a text is about
    // none of the countries it knows well (and stays small).
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for r in &records {
        *counts.entry(r.classes[0].as_str()).or_default() += 1;
    }
    let rare: std::collections::HashSet<String> = counts
        .iter()
        .filter(|(_, n)| **n < MIN_COUNTRY_TEXTS)
        .map(|(c, _)| c.to_string())
        .collect();
    let mut records = records;
    for r in &mut records {
        if rare.contains(&r.classes[0]) {
            r.classes = vec![sitrep::events::country::ELSEWHERE.to_string()];
        }
    }
    // The model reads names only (see sitrep::events::country::names_of).
    for r in &mut records {
        r.text = sitrep::events::country::names_of(&geoparser, &r.text);
    }
    let example = |r: &Labelled| Example { text: r.text.clone(), classes: r.classes.clone() };
    if let Some(k) = cv {
        // Every part scored by a model trained on the others: accuracy of the best country,
        // and at each confidence threshold how many texts get a country and how many of
        // those are right, for the ACLED notes and for the other sets apart.
        const THRESHOLDS: [f32; 6] = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9];
        // Per set (the three ACLED sets together): texts, and per threshold (given, right).
        let mut tallies: std::collections::BTreeMap<String, (u32, Vec<(u32, u32)>)> =
            std::collections::BTreeMap::new();
        for p in 0..k {
            let train: Vec<Example> =
                records.iter().filter(|r| part(&r.id, k) != p).map(example).collect();
            let model = Classifier::train(&train, config);
            for r in records.iter().filter(|r| part(&r.id, k) == p) {
                let Some((predicted, prob)) = model.predict(&r.text).into_iter().next() else {
                    continue;
                };
                let set = if ACLED_EVAL.contains(&r.dataset.as_str()) {
                    "ACLED (Mali, Burkina Faso, Benin)".to_string()
                } else {
                    r.dataset.clone()
                };
                let (n, tally) =
                    tallies.entry(set).or_insert_with(|| (0, vec![(0, 0); THRESHOLDS.len()]));
                *n += 1;
                for (t, slot) in THRESHOLDS.iter().zip(tally.iter_mut()) {
                    if prob >= *t {
                        slot.0 += 1;
                        slot.1 += u32::from(predicted == r.classes[0]);
                    }
                }
            }
        }
        eprintln!(
            "sitrep: {k}-fold CV; per set, at each threshold: share given a country, share right"
        );
        for (name, (n, tally)) in &tallies {
            let cells: Vec<String> = THRESHOLDS
                .iter()
                .zip(tally)
                .map(|(t, (given, right))| {
                    format!(
                        ">={t}: {:.3} {:.3}",
                        f64::from(*given) / f64::from((*n).max(1)),
                        f64::from(*right) / f64::from((*given).max(1))
                    )
                })
                .collect();
            eprintln!("sitrep:   {name} (n={n}): {}", cells.join("; "));
        }
        outcome.written = records.len() as u64;
        return Ok(outcome);
    }
    let examples: Vec<Example> = records
        .iter()
        .filter(|r| !holdout.is_some_and(|h| held_out(&r.id, h)))
        .map(example)
        .collect();
    let model = Classifier::train(&examples, config);
    let file = std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?;
    model.save(BufWriter::new(file)).with_context(|| format!("writing {}", out.display()))?;
    eprintln!(
        "sitrep: trained on {} records ({} held out), {} countries -> {}",
        examples.len(),
        records.len() - examples.len(),
        model.classes().len(),
        out.display()
    );
    outcome.written = examples.len() as u64;
    Ok(outcome)
}
