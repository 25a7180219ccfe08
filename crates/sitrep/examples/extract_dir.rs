//! Runs the HTML extractor over a directory of pages and reports its speed.
//!
//! Usage: `extract_dir IN_DIR OUT_DIR`. Reads every `*.html` and `*.html.gz` in `IN_DIR`,
//! writes `OUT_DIR/<id>.txt` (paragraphs joined by a blank line) and prints pages/s and MB/s
//! of extraction time alone (reading, decompressing and writing are not timed).

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        return Err("usage: extract_dir IN_DIR OUT_DIR [REPEAT]".into());
    };
    let repeat: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(1).max(1);
    std::fs::create_dir_all(output)?;
    let mut pages = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(input)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let path = e.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        let (id, gz) = if let Some(id) = name.strip_suffix(".html.gz") {
            (id.to_owned(), true)
        } else if let Some(id) = name.strip_suffix(".html") {
            (id.to_owned(), false)
        } else {
            continue;
        };
        let bytes = std::fs::read(&path)?;
        let bytes = if gz {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out)?;
            out
        } else {
            bytes
        };
        pages.push((id, String::from_utf8_lossy(&bytes).into_owned()));
    }
    let mut elapsed = Duration::ZERO;
    let mut total_bytes = 0usize;
    for round in 0..repeat {
        for (id, page) in &pages {
            let t = Instant::now();
            let article = sitrep::html::extract_article(page);
            elapsed += t.elapsed();
            total_bytes += page.len();
            if round == 0 {
                let text: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
                std::fs::write(Path::new(output).join(format!("{id}.txt")), text.join("\n\n"))?;
            }
        }
    }
    let secs = elapsed.as_secs_f64().max(1e-9);
    let n = pages.len() * repeat;
    eprintln!(
        "{n} pages, {:.1} MB in {:.3} s: {:.0} pages/s, {:.1} MB/s",
        total_bytes as f64 / 1e6,
        secs,
        n as f64 / secs,
        total_bytes as f64 / 1e6 / secs
    );
    Ok(())
}
