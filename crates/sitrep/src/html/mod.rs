//! HTML pages to article text: a tolerant tokenizer, a light tree and boilerplate removal.
//!
//! Input: one decoded HTML page (`&str`). Output: [`HtmlArticle`], the article body as
//! paragraphs, each with anchors back to byte offsets of the page, plus metadata (title,
//! byline, date, canonical URL) when the page declares it.

use std::ops::Range;

/// One paragraph of article text and where its bytes came from in the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's text, entities decoded, whitespace collapsed.
    pub text: String,
    /// `(offset in text, offset in page)` pairs, increasing; the first is at text offset 0.
    pub anchors: Vec<(usize, usize)>,
}

/// The article found in a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    /// Headline from metadata or `<title>`/`<h1>`.
    pub title: Option<String>,
    /// Byline (author) from metadata.
    pub byline: Option<String>,
    /// Publication date/time as the page states it (ISO 8601 when from metadata).
    pub published: Option<String>,
    /// Canonical URL (`<link rel=canonical>` or `og:url`).
    pub canonical_url: Option<String>,
    /// Site name (`og:site_name`), a publisher hint.
    pub site_name: Option<String>,
    /// The article body, paragraph by paragraph.
    pub paragraphs: Vec<Paragraph>,
}

/// Extracts the article from an HTML page. Never fails: broken markup gives what can be read.
pub fn extract_article(page: &str) -> HtmlArticle {
    // Naive placeholder: text of <p> elements.
    let mut out = HtmlArticle::default();
    let lower = page.to_ascii_lowercase();
    let mut pos = 0;
    while let Some(i) = lower[pos..].find("<p") {
        let start = pos + i;
        let Some(gt) = lower[start..].find('>') else { break };
        let body = start + gt + 1;
        let end = lower[body..].find("</p").map_or(lower.len(), |e| body + e);
        let text = strip_tags(&page[body..end]);
        if !text.is_empty() {
            out.paragraphs.push(Paragraph { text, anchors: vec![(0, body)] });
        }
        pos = end.max(body);
    }
    out
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = html_escape::decode_html_entities(&out);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[allow(dead_code)]
fn _unused(_: Range<usize>) {}
