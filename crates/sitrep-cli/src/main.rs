//! `sitrep`: the command-line tool. Thin glue over the `sitrep` library: parse flags, stream
//! documents through the pipeline in parallel batches, write results in input order, report
//! failures per input and map the outcome to an exit code (0 ok, 1 some inputs failed,
//! 2 usage or fatal error; a closed stdout pipe ends quietly with 0).

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod run;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Turn raw news into geolocated, ACLED-style political-violence and protest events.
#[derive(Parser, Debug)]
#[command(name = "sitrep", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the article text of each document (boilerplate and source lines removed).
    Text(TextArgs),
    /// Code events from each document (to stdout, or into a database with --db).
    Extract(ExtractArgs),
    /// Code events into a database: `extract --db PATH`.
    Ingest(IngestArgs),
    /// Events from a database, filtered.
    Query(QueryArgs),
    /// Counts of a database by country, event type, month and source.
    Stats(StatsArgs),
    /// Find and resolve place names in each document.
    Geoparse(GeoparseArgs),
    /// Train the event-type classifier from labelled JSON Lines (see tools/train_events.sh).
    TrainEvents(TrainArgs),
    /// Train the country model (which country a text is about) from JSON Lines labelled
    /// with `labels.country` (see tools/train_countries.sh).
    TrainCountries(TrainArgs),
}

#[derive(Args, Debug)]
struct TrainArgs {
    /// Where to write the model (gzip text).
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
    /// Leave out records whose id hashes to 0 modulo K (a held-out split for evaluation).
    #[arg(long, value_name = "K")]
    holdout: Option<u8>,
    /// Which part of the `--holdout K` split is left out: 0 (the default, the split
    /// `tools/train_events.sh --eval` scores) to K-1 (`--eval-all` scores every part).
    #[arg(long, value_name = "P", default_value_t = 0, requires = "holdout")]
    part: u8,
    /// Write the held-out records (JSON Lines, unchanged) here.
    #[arg(long, value_name = "PATH", requires = "holdout")]
    write_holdout: Option<PathBuf>,
    /// Train the news gate instead (train-events only): two classes, "Event" for every
    /// labelled report and "None" for the sentences of ordinary news
    /// (tools/event_negatives.py), which keeps trigger-less news sentences from being coded.
    #[arg(long)]
    gate: bool,
    /// K-fold cross-validation of the classifier alone (part 0 is the `--holdout K` split);
    /// prints the figures and writes no model.
    #[arg(long, value_name = "K")]
    cv: Option<u8>,
    /// Training epochs (default: the shipped model's).
    #[arg(long)]
    epochs: Option<usize>,
    /// Character 4-grams: 1 or 0 (default: the shipped model's).
    #[arg(long, value_name = "0|1")]
    char_ngrams: Option<u8>,
    /// Sublinear term frequency: 1 or 0.
    #[arg(long, value_name = "0|1")]
    sublinear_tf: Option<u8>,
    /// Event type first, then sub-event type: 1 or 0.
    #[arg(long, value_name = "0|1")]
    hierarchical: Option<u8>,
    /// Multiclass hinge loss instead of softmax: 1 or 0.
    #[arg(long, value_name = "0|1")]
    hinge: Option<u8>,
    /// Averaged SGD: 1 or 0.
    #[arg(long, value_name = "0|1")]
    average: Option<u8>,
    /// Class weight power (inverse class frequency).
    #[arg(long)]
    class_weight_power: Option<f32>,
    /// Initial learning rate.
    #[arg(long)]
    lr: Option<f32>,
    /// Minimum document frequency of a feature.
    #[arg(long)]
    min_df: Option<u32>,
    /// Weights below this are not written.
    #[arg(long)]
    prune: Option<f32>,
    /// Labelled files: {"id","text","labels":{"sub_event_type"}} a line.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
}

/// Inputs and how to read them (shared by every command).
#[derive(Args, Debug, Clone)]
struct InputArgs {
    /// Files, directories (read recursively) or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Force the input format instead of detecting it: txt, html, jsonl, warc, feed.
    #[arg(long, value_name = "FORMAT")]
    input_format: Option<sitrep::ingest::InputFormat>,
    /// Publication date (YYYY-MM-DD) for documents that do not state one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<chrono::NaiveDate>,
    /// Publisher for documents that do not name one.
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// Largest document read, in bytes (decompressed).
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    max_doc_bytes: u64,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar.
    #[arg(long, short = 'q')]
    quiet: bool,
}

#[derive(Args, Debug)]
struct TextArgs {
    /// Output format: txt (the text, documents separated by a blank line) or jsonl.
    #[arg(long, default_value = "txt", value_parser = ["txt", "jsonl"])]
    format: String,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args, Debug)]
struct ExtractArgs {
    /// Output format: jsonl, csv, acled-csv, geojson.
    #[arg(long, default_value = "jsonl")]
    format: sitrep::export::EventFormat,
    /// SQLite database to store documents and events in.
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args, Debug)]
struct IngestArgs {
    /// SQLite database to store documents and events in (created if missing).
    #[arg(long, value_name = "PATH")]
    db: PathBuf,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args, Debug)]
struct QueryArgs {
    /// SQLite database written by `extract --db` or `ingest`.
    #[arg(long, value_name = "PATH")]
    db: PathBuf,
    /// Country name.
    #[arg(long)]
    country: Option<String>,
    /// Admin-1 name.
    #[arg(long)]
    admin1: Option<String>,
    /// First event date, inclusive.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<chrono::NaiveDate>,
    /// Last event date, inclusive.
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<chrono::NaiveDate>,
    /// ACLED event type ("Battles", "Protests", ...).
    #[arg(long)]
    event_type: Option<String>,
    /// Text that actor 1 or actor 2 contains.
    #[arg(long)]
    actor: Option<String>,
    /// Bounding box: min_lon,min_lat,max_lon,max_lat.
    #[arg(long, value_name = "W,S,E,N", value_parser = run::parse_bbox)]
    bbox: Option<[f64; 4]>,
    /// Output format: jsonl, csv, acled-csv, geojson, parquet.
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "acled-csv", "geojson", "parquet"])]
    format: String,
    /// Write to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// With jsonl: add each event's reports, `"reports":[{"doc_id","reason"}]`, saying why
    /// each report was merged into the event.
    #[arg(long)]
    reports: bool,
}

#[derive(Args, Debug)]
struct StatsArgs {
    /// SQLite database written by `extract --db` or `ingest`.
    #[arg(long, value_name = "PATH")]
    db: PathBuf,
    /// Output format: txt or json.
    #[arg(long, default_value = "txt", value_parser = ["txt", "json"])]
    format: String,
}

#[derive(Args, Debug)]
struct GeoparseArgs {
    /// Output format (jsonl).
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl"])]
    format: String,
    /// Only resolve the spans given in each JSON record's `toponyms` ([{"start","end"}]).
    #[arg(long)]
    resolve_only: bool,
    #[command(flatten)]
    input: InputArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Text(args) => run::text(&args.input, &args.format),
        Command::Extract(args) => run::extract(&args.input, args.format, args.db.as_deref()),
        Command::Ingest(args) => {
            run::extract(&args.input, sitrep::export::EventFormat::Jsonl, Some(&args.db))
        }
        Command::Query(args) => run::query(
            &args.db,
            &sitrep::store::Filter {
                country: args.country,
                admin1: args.admin1,
                from: args.from.map(|d| d.to_string()),
                to: args.to.map(|d| d.to_string()),
                event_type: args.event_type,
                actor: args.actor,
                bbox: args.bbox,
            },
            &args.format,
            args.out.as_deref(),
            args.reports,
        ),
        Command::Stats(args) => run::stats(&args.db, &args.format),
        Command::Geoparse(args) => run::geoparse(&args.input, args.resolve_only),
        Command::TrainEvents(args) => {
            let config = train_config(&args, sitrep::events::classify::TrainConfig::default());
            let config = sitrep::events::classify::TrainConfig {
                hierarchical: config.hierarchical && !args.gate,
                ..config
            };
            run::train_events(
                &args.out,
                args.holdout.map(|k| (k, args.part)),
                args.write_holdout.as_deref(),
                args.cv,
                args.gate,
                &config,
                &args.files,
            )
        }
        Command::TrainCountries(args) => {
            let config =
                train_config(&args, sitrep::events::classify::TrainConfig::country_model());
            run::train_countries(
                &args.out,
                args.holdout.map(|k| (k, args.part)),
                args.cv,
                &config,
                &args.files,
            )
        }
    };
    match result {
        Ok(outcome) => outcome.exit_code(),
        Err(e) => {
            if run::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("sitrep: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The training configuration: `d` with the options the command line sets.
fn train_config(
    args: &TrainArgs,
    d: sitrep::events::classify::TrainConfig,
) -> sitrep::events::classify::TrainConfig {
    let flag = |v: Option<u8>, default: bool| v.map_or(default, |v| v != 0);
    sitrep::events::classify::TrainConfig {
        epochs: args.epochs.unwrap_or(d.epochs),
        char_ngrams: flag(args.char_ngrams, d.char_ngrams),
        sublinear_tf: flag(args.sublinear_tf, d.sublinear_tf),
        hierarchical: flag(args.hierarchical, d.hierarchical),
        hinge: flag(args.hinge, d.hinge),
        average: flag(args.average, d.average),
        class_weight_power: args.class_weight_power.unwrap_or(d.class_weight_power),
        lr: args.lr.unwrap_or(d.lr),
        min_df: args.min_df.unwrap_or(d.min_df),
        prune: args.prune.unwrap_or(d.prune),
    }
}
