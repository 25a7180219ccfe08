//! Ingest: files, directories, stdin, gzip, JSON Lines, WARC and feeds to [`RawDocument`]s.
//!
//! Streaming: one document at a time, never a whole archive in memory. Each input is read
//! through a capped reader ([`IngestOptions::max_doc_bytes`] per document). A bad record
//! yields an `Err` naming the input and the record (`path:line`, `path@offset`) and the
//! iterator goes on with the next one, so one broken line never loses the rest.

mod decode;
mod feed;
mod jsonl;
mod warc;

pub use decode::{decode, looks_binary};

use crate::error::{Error, ErrorKind, Result};
use flate2::bufread::MultiGzDecoder;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The body of a raw document, before article extraction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// Plain text (a saved page, a note), to be cleaned of banner and source lines.
    Text(String),
    /// Text given as the article text already (JSON Lines `text`): used unchanged.
    ArticleText(String),
    /// An HTML page.
    Html(String),
}

impl Body {
    /// The decoded body.
    pub fn as_str(&self) -> &str {
        match self {
            Body::Text(s) | Body::ArticleText(s) | Body::Html(s) => s,
        }
    }
}

/// One document as read from an input, before article extraction.
#[derive(Clone, Debug, PartialEq)]
pub struct RawDocument {
    /// Names the input and the record: `path`, `path:line`, `path@offset`, `-:line`.
    pub input: String,
    /// An id named by the input (JSON `id`), if any.
    pub id: Option<String>,
    /// URL of the page.
    pub url: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Publication date as written by the input.
    pub published: Option<String>,
    /// Title as given by the input (feeds, JSON).
    pub title: Option<String>,
    /// The decoded body.
    pub body: Body,
    /// Fields of a JSON record that ingest does not interpret.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl RawDocument {
    fn new(input: String, body: Body) -> RawDocument {
        RawDocument {
            input,
            id: None,
            url: None,
            source: None,
            published: None,
            title: None,
            body,
            extra: serde_json::Map::new(),
        }
    }
}

/// Input formats sitrep reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text, one document a file.
    Txt,
    /// An HTML page, one document a file.
    Html,
    /// JSON Lines: `{"id", "text" | "html", "published", "url", "source"}` a line.
    Jsonl,
    /// WARC (response records holding HTML).
    Warc,
    /// An RSS or Atom feed; each item is a document.
    Feed,
}

impl std::str::FromStr for InputFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "txt" | "text" => Ok(InputFormat::Txt),
            "html" => Ok(InputFormat::Html),
            "jsonl" | "ndjson" => Ok(InputFormat::Jsonl),
            "warc" => Ok(InputFormat::Warc),
            "feed" | "rss" | "atom" => Ok(InputFormat::Feed),
            _ => Err(format!("unknown input format {s:?} (txt, html, jsonl, warc, feed)")),
        }
    }
}

/// Ingest settings.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Force a format instead of detecting it.
    pub format: Option<InputFormat>,
    /// The largest document (decompressed bytes) read; larger ones are an error.
    pub max_doc_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { format: None, max_doc_bytes: 64 * 1024 * 1024 }
    }
}

type DocIter = Box<dyn Iterator<Item = Result<RawDocument>> + Send>;

/// Reads documents from paths (files, directories, `-` for stdin) one at a time.
pub struct Ingest {
    pending: VecDeque<PathBuf>,
    current: Option<DocIter>,
    options: IngestOptions,
}

impl Ingest {
    /// Documents from these inputs, in order; directories are walked recursively in name order.
    pub fn new(inputs: impl IntoIterator<Item = PathBuf>, options: IngestOptions) -> Ingest {
        Ingest { pending: inputs.into_iter().collect(), current: None, options }
    }

    fn open_next(&mut self) -> Option<Result<DocIter>> {
        let path = self.pending.pop_front()?;
        let name = path.display().to_string();
        if name == "-" {
            let stdin = Box::new(std::io::stdin());
            return Some(open_stream("-".into(), stdin, None, &self.options));
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Err(Error::new(name, ErrorKind::Io(e)))),
        };
        if meta.is_dir() {
            match list_dir(&path) {
                Ok(children) => {
                    for child in children.into_iter().rev() {
                        self.pending.push_front(child);
                    }
                    return Some(Ok(Box::new(std::iter::empty())));
                }
                Err(e) => return Some(Err(Error::new(name, ErrorKind::Io(e)))),
            }
        }
        let file = match File::open(&path) {
            Ok(f) => f,
            Err(e) => return Some(Err(Error::new(name, ErrorKind::Io(e)))),
        };
        Some(open_stream(name, Box::new(file), format_from_name(&path), &self.options))
    }
}

impl Iterator for Ingest {
    type Item = Result<RawDocument>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(it) = self.current.as_mut() {
                if let Some(item) = it.next() {
                    return Some(item);
                }
                self.current = None;
            }
            match self.open_next()? {
                Ok(it) => self.current = Some(it),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

/// Files of a directory tree in name order; hidden entries are skipped.
fn list_dir(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
        .collect();
    entries.sort();
    Ok(entries)
}

/// The format a file name implies (`.gz` looked through), if any.
pub fn format_from_name(path: &Path) -> Option<InputFormat> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "txt" | "text" => Some(InputFormat::Txt),
        "html" | "htm" | "xhtml" => Some(InputFormat::Html),
        "jsonl" | "ndjson" | "json" => Some(InputFormat::Jsonl),
        "warc" | "arc" => Some(InputFormat::Warc),
        "rss" | "atom" => Some(InputFormat::Feed),
        _ => None,
    }
}

/// Detects the format from the first bytes of a stream.
pub fn sniff_format(head: &[u8]) -> InputFormat {
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = &head[start..];
    if head.starts_with(b"WARC/") {
        return InputFormat::Warc;
    }
    if head.starts_with(b"{") {
        return InputFormat::Jsonl;
    }
    if head.starts_with(b"<") {
        let lower: Vec<u8> =
            head[..head.len().min(2048)].iter().map(u8::to_ascii_lowercase).collect();
        let has = |pat: &[u8]| memchr::memmem::find(&lower, pat).is_some();
        if (has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf")) && !has(b"<html") {
            return InputFormat::Feed;
        }
        return InputFormat::Html;
    }
    InputFormat::Txt
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Opens one stream (a file or stdin): looks through gzip, picks the format and returns the
/// stream's documents.
fn open_stream(
    name: String,
    reader: Box<dyn Read + Send>,
    by_name: Option<InputFormat>,
    options: &IngestOptions,
) -> Result<DocIter> {
    let mut buffered: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(1 << 16, reader));
    let head = buffered.fill_buf().map_err(|e| Error::new(name.clone(), ErrorKind::Io(e)))?;
    let gzipped = head.starts_with(&GZIP_MAGIC);
    if gzipped {
        let decoder = MultiGzDecoder::new(buffered);
        buffered = Box::new(BufReader::with_capacity(1 << 16, GzErrors(decoder)));
    }
    let head = buffered.fill_buf().map_err(|e| Error::new(name.clone(), io_kind(e)))?;
    let format = options.format.or(by_name).unwrap_or_else(|| sniff_format(head));
    let limit = options.max_doc_bytes;
    match format {
        InputFormat::Jsonl => Ok(Box::new(jsonl::JsonlReader::new(name, buffered, limit))),
        InputFormat::Warc => Ok(Box::new(warc::WarcReader::new(name, buffered, limit))),
        InputFormat::Feed => {
            let bytes = read_capped(&name, buffered, limit)?;
            let items = feed::parse_feed(&name, &bytes)?;
            Ok(Box::new(items.into_iter().map(Ok)))
        }
        InputFormat::Txt | InputFormat::Html => {
            let bytes = read_capped(&name, buffered, limit)?;
            let html = format == InputFormat::Html;
            Ok(Box::new(std::iter::once(single_document(name, &bytes, html))))
        }
    }
}

fn single_document(name: String, bytes: &[u8], html: bool) -> Result<RawDocument> {
    if looks_binary(bytes) {
        return Err(Error::new(name, ErrorKind::NoText("binary data, not text or HTML".into())));
    }
    let (text, _) = decode(bytes, html, None);
    if text.trim().is_empty() {
        return Err(Error::new(name, ErrorKind::NoText("empty input".into())));
    }
    let body = if html { Body::Html(text) } else { Body::Text(text) };
    Ok(RawDocument::new(name, body))
}

/// Reads a whole stream, failing when it exceeds `limit` bytes.
fn read_capped(name: &str, reader: impl Read, limit: u64) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::new(name.to_string(), io_kind(e)))?;
    if bytes.len() as u64 > limit {
        return Err(Error::new(name.to_string(), ErrorKind::TooLarge { limit }));
    }
    Ok(bytes)
}

/// Marks errors raised while decompressing so they are reported as gzip errors.
struct GzErrors<R>(R);

#[derive(Debug)]
struct GzFailure(std::io::Error);

impl std::fmt::Display for GzFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::error::Error for GzFailure {}

impl<R: Read> Read for GzErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf).map_err(|e| {
            let message = if e.kind() == std::io::ErrorKind::UnexpectedEof {
                std::io::Error::new(e.kind(), "truncated gzip stream")
            } else {
                e
            };
            std::io::Error::other(GzFailure(message))
        })
    }
}

/// Maps an I/O error to the error kind, unwrapping gzip failures.
pub(crate) fn io_kind(e: std::io::Error) -> ErrorKind {
    if let Some(gz) = e.get_ref().and_then(|inner| inner.downcast_ref::<GzFailure>()) {
        return ErrorKind::Gzip(gz.0.to_string());
    }
    ErrorKind::Io(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docs(path: &Path) -> Vec<Result<RawDocument>> {
        Ingest::new([path.to_path_buf()], IngestOptions::default()).collect()
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff_format(b"  {\"id\":1}"), InputFormat::Jsonl);
        assert_eq!(sniff_format(b"WARC/1.0\r\n"), InputFormat::Warc);
        assert_eq!(sniff_format(b"<?xml version='1.0'?><rss>"), InputFormat::Feed);
        assert_eq!(sniff_format(b"<!doctype html><html>"), InputFormat::Html);
        assert_eq!(sniff_format(b"Mali's army said"), InputFormat::Txt);
        assert_eq!(format_from_name(Path::new("a/b.warc.gz")), Some(InputFormat::Warc));
        assert_eq!(format_from_name(Path::new("x.HTML")), Some(InputFormat::Html));
        assert_eq!(format_from_name(Path::new("noext")), None);
    }

    #[test]
    fn gz_text_and_directory_walk() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("a.txt"), "First report.").unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<html><body><p>Second report.</p></body></html>").unwrap();
        std::fs::write(dir.path().join("sub/b.html.gz"), gz.finish().unwrap()).unwrap();
        let got: Vec<RawDocument> = docs(dir.path()).into_iter().map(|d| d.unwrap()).collect();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].body, Body::Text("First report.".into()));
        assert!(matches!(&got[1].body, Body::Html(h) if h.contains("Second report")));
    }

    #[test]
    fn truncated_gzip_is_a_named_gzip_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all("Some text that is long enough. ".repeat(200).as_bytes()).unwrap();
        let bytes = gz.finish().unwrap();
        let path = dir.path().join("cut.txt.gz");
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        let got = docs(&path);
        assert_eq!(got.len(), 1);
        let err = got.into_iter().next().unwrap().unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Gzip(_)), "{err}");
        assert!(err.to_string().contains("cut.txt.gz"), "{err}");
    }

    #[test]
    fn too_large_and_binary_and_missing() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        std::fs::write(&big, "x".repeat(2000)).unwrap();
        let opts = IngestOptions { format: None, max_doc_bytes: 1000 };
        let err = Ingest::new([big], opts).next().unwrap().unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::TooLarge { limit: 1000 }));
        let bin = dir.path().join("bin.txt");
        std::fs::write(&bin, b"\x7fELF\x00\x00\x01").unwrap();
        assert!(matches!(docs(&bin)[0].as_ref().unwrap_err().kind(), ErrorKind::NoText(_)));
        let missing = dir.path().join("nope.txt");
        let err = docs(&missing).into_iter().next().unwrap().unwrap_err();
        assert!(err.to_string().contains("nope.txt"));
    }
}
