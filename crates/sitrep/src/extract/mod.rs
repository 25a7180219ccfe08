//! Article text: from a [`RawDocument`] to a [`Document`] whose `text` is the article body.
//!
//! HTML goes through [`crate::html::extract_article`]; plain text loses its banner lines
//! (cookie notices, share prompts); both lose their source lines, which become the document's
//! `sources`. Text given as article text (JSON Lines `text`) is kept byte for byte: its
//! source lines are only listed in `Document::excluded`. Paragraphs are joined by a blank
//! line and the [`OffsetMap`] records where each paragraph came from.

pub mod source_line;

use crate::document::{Document, content_id, parse_published};
use crate::ingest::{Body, RawDocument};
use crate::span::{OffsetMap, Span};
use std::sync::OnceLock;

/// Values the user gives for documents that do not state them.
#[derive(Clone, Debug, Default)]
pub struct DocDefaults {
    /// Publication date used when the input gives none.
    pub published: Option<chrono::NaiveDate>,
    /// Publisher used when the input names none.
    pub source: Option<String>,
}

/// A paragraph on its way into the article text, with its anchors into the raw input.
struct Piece {
    text: String,
    anchors: Vec<(usize, usize)>,
}

/// Builds the document: article text, metadata, sources and offset map.
pub fn article(raw: RawDocument, defaults: &DocDefaults) -> Document {
    let RawDocument { input, id, url, source, published, title, body, extra } = raw;
    let id = id.unwrap_or_else(|| content_id(body.as_str()));
    let mut doc = Document {
        id,
        input,
        url,
        source: source.or_else(|| defaults.source.clone()),
        published: published.as_deref().and_then(parse_published),
        title,
        byline: None,
        raw: String::new(),
        text: String::new(),
        offsets: OffsetMap::default(),
        sources: Vec::new(),
        excluded: Vec::new(),
        extra,
    };
    match body {
        Body::ArticleText(text) => {
            let mut start = 0;
            for line in text.split_inclusive('\n') {
                if let Some(found) = source_line::source_line(line) {
                    add_sources(&mut doc.sources, found);
                    doc.excluded.push(Span::new(start, start + line.trim_end().len()));
                }
                start += line.len();
            }
            doc.offsets = OffsetMap::identity();
            doc.text = text.clone();
            doc.raw = text;
        }
        Body::Text(text) => {
            let pieces = text_paragraphs(&text);
            assemble(&mut doc, pieces);
            doc.raw = text;
        }
        Body::Html(page) => {
            let found = crate::html::extract_article(&page);
            doc.title = doc.title.or(found.title);
            doc.byline = found.byline;
            if doc.url.is_none() {
                doc.url = found.canonical_url;
            }
            if doc.published.is_none() {
                doc.published = found.published.as_deref().and_then(parse_published);
            }
            if doc.source.is_none() {
                doc.source = found.site_name;
            }
            let pieces = found
                .paragraphs
                .into_iter()
                .map(|p| Piece { text: p.text, anchors: p.anchors })
                .collect();
            assemble(&mut doc, pieces);
            doc.raw = page;
        }
    }
    if doc.published.is_none() {
        doc.published = doc
            .url
            .as_deref()
            .and_then(date_in_url)
            .or_else(|| {
                doc.extra.get("crawl_date").and_then(|v| v.as_str()).and_then(parse_published)
            })
            .or(defaults.published);
    }
    if let Some(publisher) = &doc.source
        && !doc.sources.contains(publisher)
    {
        doc.sources.insert(0, publisher.clone());
    }
    doc
}

fn add_sources(into: &mut Vec<String>, found: Vec<String>) {
    for s in found {
        if !into.contains(&s) {
            into.push(s);
        }
    }
}

/// Joins paragraphs into the article text, dropping source lines (they become sources) and
/// cutting datelines' agency credit into sources as well (the dateline text stays).
fn assemble(doc: &mut Document, pieces: Vec<Piece>) {
    let mut text = String::new();
    let mut offsets = OffsetMap::default();
    for piece in pieces {
        if let Some(found) = source_line::source_line(&piece.text) {
            add_sources(&mut doc.sources, found);
            continue;
        }
        if let Some((_, agencies)) = source_line::dateline(&piece.text) {
            add_sources(&mut doc.sources, agencies);
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let base = text.len();
        for &(t, r) in &piece.anchors {
            offsets.push(base + t, r);
        }
        text.push_str(&piece.text);
    }
    doc.text = text;
    doc.offsets = offsets;
}

fn boilerplate_patterns() -> &'static [&'static str] {
    static PATTERNS: OnceLock<Vec<&'static str>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        include_str!("../../../../data/lexicons/boilerplate_lines.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// True when a line of a plain-text page is page furniture (a cookie banner, a share prompt).
pub fn is_boilerplate_line(line: &str) -> bool {
    if line.split_whitespace().count() >= 80 {
        return false;
    }
    let lower = line.to_lowercase();
    boilerplate_patterns().iter().any(|p| lower.contains(p))
}

/// The paragraphs of a plain-text page (non-empty lines), without furniture lines.
fn text_paragraphs(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        if !trimmed.is_empty() && !is_boilerplate_line(trimmed) {
            pieces.push(Piece { text: trimmed.to_string(), anchors: vec![(0, start + lead)] });
        }
        start += line.len();
    }
    pieces
}

/// The publication date news sites put in their URLs ("/2019/11/19/"), for pages whose
/// metadata gives none (or a placeholder such as "0001-01-01").
fn date_in_url(url: &str) -> Option<chrono::NaiveDate> {
    let parts: Vec<&str> = url.split('/').collect();
    parts.windows(3).find_map(|w| {
        let (y, m, d) = (w[0], w[1], w[2]);
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return None;
        }
        parse_published(&format!("{y}-{m}-{d}"))
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn publication_date_from_the_url() {
        let url =
            "https://www.detroitnews.com/story/news/nation/2019/11/19/thousands-teachers/40651467/";
        assert_eq!(date_in_url(url), chrono::NaiveDate::from_ymd_opt(2019, 11, 19));
        assert_eq!(date_in_url("https://example.com/2019/13/45/x"), None);
        assert_eq!(date_in_url("https://example.com/news/12345/"), None);
    }

    use super::*;

    fn raw(body: Body) -> RawDocument {
        RawDocument {
            input: "t".into(),
            id: None,
            url: None,
            source: None,
            published: None,
            title: None,
            body,
            extra: Default::default(),
        }
    }

    const SEED: &str = include_str!("../../../../fixtures/kidal/article.txt");

    #[test]
    fn seed_page_text() {
        let doc = article(raw(Body::Text(SEED.into())), &DocDefaults::default());
        assert!(
            doc.text
                .starts_with("Mali’s army said Tuesday it has retaken the northern city of Kidal")
        );
        assert!(!doc.text.contains("cookies"));
        assert!(!doc.text.contains("Some information in this report"));
        assert!(doc.text.ends_with("territories vacated by the U.N."));
        assert_eq!(doc.sources, vec!["Agence France Presse", "Reuters"]);
        // Offsets map back to the same bytes of the raw page.
        let i = doc.text.find("Kidal").unwrap();
        let r = doc.offsets.to_raw(i);
        assert_eq!(&doc.raw[r..r + 5], "Kidal");
        let j = doc.text.find("Bamako").unwrap();
        let r = doc.offsets.to_raw(j);
        assert_eq!(&doc.raw[r..r + 6], "Bamako");
    }

    #[test]
    fn same_input_same_id_and_publisher_first() {
        let d = DocDefaults { published: None, source: Some("Sahel Daily".into()) };
        let a = article(raw(Body::Text(SEED.into())), &d);
        let b = article(raw(Body::Text(SEED.into())), &d);
        assert_eq!(a.id, b.id);
        assert_eq!(a.sources, vec!["Sahel Daily", "Agence France Presse", "Reuters"]);
    }

    #[test]
    fn article_text_is_kept_unchanged() {
        let text =
            "On 3 May, JNIM attacked Boni.\nSome information in this report was taken from AFP.";
        let doc = article(raw(Body::ArticleText(text.into())), &DocDefaults::default());
        assert_eq!(doc.text, text);
        assert_eq!(doc.sources, vec!["Agence France Presse"]);
        assert_eq!(doc.excluded.len(), 1);
        assert!(doc.excluded[0].get(&doc.text).unwrap().starts_with("Some information"));
    }
}
