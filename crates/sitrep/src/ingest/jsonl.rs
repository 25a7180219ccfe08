//! JSON Lines: one object a line, `{"id", "text" | "html", "published", "url", "source", "title"}`.

use super::{Body, RawDocument, io_kind};
use crate::error::{Error, ErrorKind, Result};
use serde_json::Value;
use std::io::BufRead;

/// Streams the records of a JSON Lines input; blank lines are skipped.
pub struct JsonlReader<R> {
    name: String,
    reader: R,
    line_no: usize,
    limit: u64,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(name: String, reader: R, limit: u64) -> Self {
        JsonlReader { name, reader, line_no: 0, limit, buf: Vec::new(), done: false }
    }

    fn at(&self) -> String {
        format!("{}:{}", self.name, self.line_no)
    }

    /// Reads one line, at most `limit` bytes kept; returns false at end of input.
    fn read_line(&mut self) -> Result<bool> {
        self.buf.clear();
        let mut too_long = false;
        loop {
            let chunk = self
                .reader
                .fill_buf()
                .map_err(|e| Error::new(format!("{}:{}", self.name, self.line_no), io_kind(e)))?;
            if chunk.is_empty() {
                return Ok(!self.buf.is_empty() || too_long);
            }
            let (take, found) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if (self.buf.len() + take) as u64 > self.limit + 1 {
                    too_long = true;
                    self.buf.clear();
                } else {
                    self.buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(take);
            if found {
                break;
            }
        }
        if too_long {
            return Err(Error::new(self.at(), ErrorKind::TooLarge { limit: self.limit }));
        }
        Ok(true)
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<RawDocument>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.line_no += 1;
            match self.read_line() {
                Ok(false) => self.done = true,
                Ok(true) => {
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(parse_record(self.at(), &self.buf));
                }
                Err(e) => {
                    // A read error (truncated gzip) ends the stream; a long line does not.
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

fn string_field(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Parses one JSON Lines record.
pub fn parse_record(at: String, line: &[u8]) -> Result<RawDocument> {
    let value: Value = serde_json::from_slice(line)
        .map_err(|e| Error::new(at.clone(), ErrorKind::Json(format!("not JSON: {e}"))))?;
    let Value::Object(mut obj) = value else {
        return Err(Error::new(at, ErrorKind::Json("a line must be a JSON object".into())));
    };
    let body = match (obj.remove("text"), obj.remove("html")) {
        (Some(Value::String(t)), _) if !t.trim().is_empty() => Body::ArticleText(t),
        (_, Some(Value::String(h))) if !h.trim().is_empty() => Body::Html(h),
        _ => {
            return Err(Error::new(
                at,
                ErrorKind::Json("no non-empty \"text\" or \"html\" string field".into()),
            ));
        }
    };
    let mut doc = RawDocument::new(at, body);
    doc.id = string_field(obj.get("id"));
    doc.url = string_field(obj.get("url"));
    doc.source = string_field(obj.get("source"));
    doc.published = string_field(obj.get("published"));
    doc.title = string_field(obj.get("title"));
    for key in ["id", "url", "source", "published", "title"] {
        obj.remove(key);
    }
    doc.extra = obj;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Vec<Result<RawDocument>> {
        JsonlReader::new("t.jsonl".into(), input.as_bytes(), 1000).collect()
    }

    #[test]
    fn good_bad_and_blank_lines() {
        let got = read(
            "{\"id\": 7, \"text\": \"Gao attack.\", \"published\": \"2020-01-02\", \"toponyms\": []}\n\
             \n\
             not json\n\
             [1,2]\n\
             {\"html\": \"<p>x</p>\", \"url\": \"https://a.b/c\"}\n\
             {\"text\": \"\"}",
        );
        assert_eq!(got.len(), 5);
        let first = got[0].as_ref().unwrap();
        assert_eq!(first.id.as_deref(), Some("7"));
        assert_eq!(first.body, Body::ArticleText("Gao attack.".into()));
        assert!(first.extra.contains_key("toponyms"));
        let e = got[1].as_ref().unwrap_err();
        assert_eq!(e.input(), "t.jsonl:3");
        assert!(e.to_string().contains("not JSON"));
        assert!(got[2].as_ref().unwrap_err().to_string().contains("t.jsonl:4"));
        assert!(matches!(got[3].as_ref().unwrap().body, Body::Html(_)));
        assert!(got[4].as_ref().unwrap_err().to_string().contains("t.jsonl:6"));
    }

    #[test]
    fn long_line_is_an_error_and_reading_goes_on() {
        let input = format!("{{\"text\": \"{}\"}}\n{{\"text\": \"ok\"}}\n", "a".repeat(5000));
        let got = read(&input);
        assert!(matches!(got[0].as_ref().unwrap_err().kind(), ErrorKind::TooLarge { .. }));
        assert_eq!(got[1].as_ref().unwrap().body, Body::ArticleText("ok".into()));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,200}") {
            let _ = read(&s);
        }
    }
}
