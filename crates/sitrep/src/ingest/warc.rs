//! WARC (ISO 28500) reader: `response` and `resource` records holding HTML become documents.
//!
//! Records are read one at a time from a (possibly gzip-decompressed) stream; errors name the
//! record's byte offset in the decompressed stream.

use super::{Body, RawDocument, decode, io_kind};
use crate::error::{Error, ErrorKind, Result};
use std::io::{BufRead, Read};

/// Streams the HTML documents of a WARC file.
pub struct WarcReader<R> {
    name: String,
    reader: R,
    offset: u64,
    limit: u64,
    done: bool,
}

/// One WARC record's headers and content.
struct Record {
    headers: Vec<(String, String)>,
    content: Vec<u8>,
}

impl Record {
    fn header(&self, key: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v.as_str())
    }
}

impl<R: BufRead> WarcReader<R> {
    pub fn new(name: String, reader: R, limit: u64) -> Self {
        WarcReader { name, reader, offset: 0, limit, done: false }
    }

    fn at(&self, record_start: u64) -> String {
        format!("{}@{}", self.name, record_start)
    }

    fn read_line(&mut self, line: &mut Vec<u8>) -> std::io::Result<usize> {
        line.clear();
        // Header lines are short; a cap keeps a garbage file from growing one line forever.
        let n = (&mut self.reader).take(64 * 1024).read_until(b'\n', line)?;
        self.offset += n as u64;
        Ok(n)
    }

    /// Reads the next record; `Ok(None)` at a clean end of input.
    fn read_record(&mut self, start: &mut u64) -> Result<Option<Record>> {
        let mut line = Vec::new();
        // Skip blank lines between records.
        loop {
            *start = self.offset;
            let n =
                self.read_line(&mut line).map_err(|e| Error::new(self.at(*start), io_kind(e)))?;
            if n == 0 {
                return Ok(None);
            }
            if !line.iter().all(u8::is_ascii_whitespace) {
                break;
            }
        }
        let at = self.at(*start);
        if !line.starts_with(b"WARC/") {
            return Err(Error::new(at, ErrorKind::Warc("expected a WARC/1.x version line".into())));
        }
        let mut headers = Vec::new();
        loop {
            let n = self.read_line(&mut line).map_err(|e| Error::new(at.clone(), io_kind(e)))?;
            if n == 0 {
                return Err(Error::new(at, ErrorKind::Warc("truncated in the headers".into())));
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                break;
            }
            if let Some((k, v)) = text.split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        let length: u64 = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.parse().ok())
            .ok_or_else(|| {
                Error::new(at.clone(), ErrorKind::Warc("no valid Content-Length".into()))
            })?;
        if length > self.limit {
            // Skip the content so the next record can still be read.
            let skipped = std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink())
                .map_err(|e| Error::new(at.clone(), io_kind(e)))?;
            self.offset += skipped;
            if skipped < length {
                self.done = true;
            }
            return Err(Error::new(at, ErrorKind::TooLarge { limit: self.limit }));
        }
        let mut content = Vec::with_capacity(length as usize);
        let got = (&mut self.reader)
            .take(length)
            .read_to_end(&mut content)
            .map_err(|e| Error::new(at.clone(), io_kind(e)))?;
        self.offset += got as u64;
        if (got as u64) < length {
            return Err(Error::new(
                at,
                ErrorKind::Warc(format!("truncated: content has {got} of {length} bytes")),
            ));
        }
        Ok(Some(Record { headers, content }))
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<RawDocument>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let mut start = self.offset;
            match self.read_record(&mut start) {
                Ok(None) => self.done = true,
                Ok(Some(record)) => {
                    if let Some(doc) = to_document(self.at(start), &record) {
                        return Some(doc);
                    }
                }
                Err(e) => {
                    if !matches!(e.kind(), ErrorKind::TooLarge { .. }) {
                        self.done = true;
                    }
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

/// A document for an HTML response/resource record; `None` for other records.
fn to_document(at: String, record: &Record) -> Option<Result<RawDocument>> {
    let kind = record.header("WARC-Type")?.to_ascii_lowercase();
    let content_type = record.header("Content-Type").unwrap_or("").to_ascii_lowercase();
    let (media_type, charset, body) = match kind.as_str() {
        "response" if content_type.contains("application/http") => {
            match split_http(&record.content) {
                Some((status, headers, body)) => {
                    if !(200..300).contains(&status) {
                        return None;
                    }
                    let ct = http_header(headers, "content-type").unwrap_or_default();
                    (ct.to_ascii_lowercase(), charset_of(&ct), body)
                }
                None => {
                    return Some(Err(Error::new(at, ErrorKind::Warc("bad HTTP response".into()))));
                }
            }
        }
        "resource" | "response" => {
            (content_type.clone(), charset_of(&content_type), record.content.as_slice())
        }
        _ => return None,
    };
    if !(media_type.is_empty() || media_type.contains("html")) {
        return None;
    }
    let (text, _) = decode(body, true, charset.as_deref());
    if text.trim().is_empty() {
        return None;
    }
    let mut doc = RawDocument::new(at, Body::Html(text));
    doc.url = record.header("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string());
    if let Some(date) = record.header("WARC-Date") {
        doc.extra.insert("crawl_date".into(), serde_json::Value::String(date.to_string()));
    }
    Some(Ok(doc))
}

/// Splits an HTTP response into status, header block and body.
fn split_http(content: &[u8]) -> Option<(u16, &[u8], &[u8])> {
    let end = memchr::memmem::find(content, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(content, b"\n\n").map(|i| (i, i + 2)))?;
    let head = &content[..end.0];
    let status_line = head.split(|&b| b == b'\n').next()?;
    let status = std::str::from_utf8(status_line).ok()?.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, head, &content[end.1..]))
}

fn http_header(head: &[u8], key: &str) -> Option<String> {
    String::from_utf8_lossy(head).lines().skip(1).find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(key).then(|| v.trim().to_string())
    })
}

fn charset_of(content_type: &str) -> Option<String> {
    let lower = content_type.to_ascii_lowercase();
    let i = lower.find("charset=")?;
    let value = lower[i + 8..].split([';', ' ']).next()?.trim_matches(['"', '\'']);
    (!value.is_empty()).then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, payload: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2023-11-14T10:00:00Z\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        )
    }

    fn read(input: &[u8]) -> Vec<Result<RawDocument>> {
        WarcReader::new("t.warc".into(), input, 1 << 20).collect()
    }

    #[test]
    fn reads_html_responses_only() {
        let html = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Gao</p>";
        let img = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG";
        let input = format!(
            "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n{}{}",
            record("response", "https://x.org/a", html),
            record("response", "https://x.org/b.png", img)
        );
        let got = read(input.as_bytes());
        assert_eq!(got.len(), 1);
        let doc = got[0].as_ref().unwrap();
        assert_eq!(doc.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(doc.body, Body::Html("<p>Gao</p>".into()));
        assert!(doc.input.starts_with("t.warc@"));
    }

    #[test]
    fn truncated_record_is_an_error_with_offset() {
        let html = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Gao</p>";
        let full = record("response", "https://x.org/a", html);
        let input = format!("{full}{}", &full[..full.len() - 20]);
        let got = read(input.as_bytes());
        assert_eq!(got.len(), 2);
        let err = got[1].as_ref().unwrap_err();
        assert!(err.to_string().contains(&format!("t.warc@{}", full.len())), "{err}");
        assert!(err.to_string().contains("truncated"), "{err}");
    }

    #[test]
    fn garbage_is_an_error() {
        let got = read(b"this is not a warc file\n");
        assert_eq!(got.len(), 1);
        assert!(got[0].as_ref().unwrap_err().to_string().contains("WARC/1.x"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
            let mut input = b"WARC/1.0\r\n".to_vec();
            input.extend(bytes);
            let _ = read(&input);
        }
    }
}
