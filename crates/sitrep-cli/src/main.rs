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
    /// Code events from each document.
    Extract(ExtractArgs),
    /// Find and resolve place names in each document.
    Geoparse(GeoparseArgs),
    /// Train the event-type classifier from labelled JSON Lines (see tools/train_events.sh).
    TrainEvents(TrainArgs),
}

#[derive(Args, Debug)]
struct TrainArgs {
    /// Where to write the model (gzip text).
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
    /// Leave out records whose id hashes to 0 modulo K (a held-out split for evaluation).
    #[arg(long, value_name = "K")]
    holdout: Option<u8>,
    /// Write the held-out records (JSON Lines, unchanged) here.
    #[arg(long, value_name = "PATH", requires = "holdout")]
    write_holdout: Option<PathBuf>,
    /// Training epochs.
    #[arg(long, default_value_t = 12)]
    epochs: usize,
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
        Command::Geoparse(args) => run::geoparse(&args.input, args.resolve_only),
        Command::TrainEvents(args) => run::train_events(
            &args.out,
            args.holdout,
            args.write_holdout.as_deref(),
            args.epochs,
            &args.files,
        ),
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
