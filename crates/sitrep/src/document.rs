//! The document model: one news report, its article text and where that text came from.

use crate::span::{OffsetMap, Span};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A stable document id: the input's own id when it names one, else a content hash.
pub type DocId = String;

/// The content hash id of a raw input: 16 hex digits of BLAKE3 over the bytes.
pub fn content_id(raw: &str) -> DocId {
    let hash = blake3::hash(raw.as_bytes());
    hash.to_hex()[..16].to_string()
}

/// One report after text extraction.
#[derive(Clone, Debug, Serialize)]
pub struct Document {
    /// Stable id (see [`content_id`]).
    pub id: DocId,
    /// The input it came from: `path`, `path:line`, `path@offset`, `-`.
    pub input: String,
    /// URL of the page, when known.
    pub url: Option<String>,
    /// Publisher (outlet) named by the user or the input.
    pub source: Option<String>,
    /// Publication date, when known.
    pub published: Option<NaiveDate>,
    /// Headline, when known.
    pub title: Option<String>,
    /// Author line, when known.
    pub byline: Option<String>,
    /// The decoded raw input (HTML source or plain text).
    #[serde(skip)]
    pub raw: String,
    /// The article body; every span sitrep reports is a byte range of this text.
    pub text: String,
    /// Maps offsets of `text` to offsets of `raw`.
    #[serde(skip)]
    pub offsets: OffsetMap,
    /// News agencies and outlets credited by the document's source lines.
    pub sources: Vec<String>,
    /// Spans of `text` that are not event text (source lines left in place).
    pub excluded: Vec<Span>,
    /// Fields of a JSON input that sitrep does not interpret, kept for commands that need
    /// them (for instance gold `toponyms` for `geoparse --resolve-only`).
    #[serde(skip)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Parses a publication date written as ISO 8601 (`2023-11-14`, `2023-11-14T08:00:00Z`),
/// RFC 2822 (`Tue, 14 Nov 2023 08:00:00 GMT`) or a WARC/HTTP date.
pub fn parse_published(s: &str) -> Option<NaiveDate> {
    // Placeholders such as Go's zero time "0001-01-01T00:00:00Z" are no publication date.
    parse_any_date(s).filter(|d| (1900..=2100).contains(&d.year()))
}

fn parse_any_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.len() >= 10
        && let Some(prefix) = s.get(..10)
        && let Ok(d) = NaiveDate::parse_from_str(prefix, "%Y-%m-%d")
    {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    // "14 Nov 2023", "November 14, 2023"
    for fmt in ["%d %b %Y", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%Y/%m/%d", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(d);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_publication_dates_are_none() {
        assert_eq!(parse_published("0001-01-01T00:00:00Z"), None);
        assert_eq!(parse_published("2019-11-20T08:00:00Z"), NaiveDate::from_ymd_opt(2019, 11, 20));
    }

    #[test]
    fn content_id_is_stable() {
        assert_eq!(content_id("abc"), content_id("abc"));
        assert_ne!(content_id("abc"), content_id("abd"));
        assert_eq!(content_id("abc").len(), 16);
    }

    #[test]
    fn published_formats() {
        let d = NaiveDate::from_ymd_opt(2023, 11, 14);
        assert_eq!(parse_published("2023-11-14"), d);
        assert_eq!(parse_published("2023-11-14T08:00:00+01:00"), d);
        assert_eq!(parse_published("Tue, 14 Nov 2023 08:00:00 GMT"), d);
        assert_eq!(parse_published("November 14, 2023"), d);
        assert_eq!(parse_published("yesterday"), None);
    }
}
