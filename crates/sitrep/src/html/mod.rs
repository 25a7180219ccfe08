//! HTML pages to article text: a tolerant tokenizer, a light tree and boilerplate removal.
//!
//! Input: one decoded HTML page (`&str`). Output: [`HtmlArticle`], the article body as
//! paragraphs, each with anchors back to byte offsets of the page, plus metadata (title,
//! byline, date, canonical URL) when the page declares it.

mod boilerplate;
mod entities;
mod meta;
mod tokenizer;
mod tree;

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
///
/// # Examples
/// ```
/// let page = "<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav>\
///     <article><h1>Gunmen attack market</h1><p>Gunmen attacked a market in Gao on Sunday, \
///     killing at least five people, officials said.</p></article></body></html>";
/// let a = sitrep::html::extract_article(page);
/// assert_eq!(a.paragraphs.len(), 1);
/// assert!(a.paragraphs[0].text.starts_with("Gunmen attacked"));
/// assert_eq!(a.title.as_deref(), Some("Gunmen attack market"));
/// ```
pub fn extract_article(page: &str) -> HtmlArticle {
    let doc = tree::parse(page);
    let ld = meta::json_ld(page, &doc.meta.json_ld);
    let h1 = doc
        .blocks
        .iter()
        .find(|b| doc.nodes.get(b.owner as usize).is_some_and(|n| n.tag == tokenizer::Tag::H1))
        .map(|b| doc.block_text(b).to_owned());
    let chosen = meta::choose(&doc.meta, &ld, h1);
    let selected = boilerplate::select(&doc, chosen.title.as_deref());
    let mut paragraphs = Vec::with_capacity(selected.len());
    for k in selected {
        let Some(b) = doc.blocks.get(k) else { continue };
        let base = b.text.0;
        let anchors = doc
            .anchors
            .get(b.anchors.0..b.anchors.1)
            .unwrap_or_default()
            .iter()
            .map(|&(t, p)| (t - base, p))
            .collect();
        paragraphs.push(Paragraph { text: doc.block_text(b).to_owned(), anchors });
    }
    HtmlArticle {
        title: chosen.title,
        byline: chosen.byline,
        published: chosen.published,
        canonical_url: chosen.canonical_url,
        site_name: chosen.site_name,
        paragraphs,
    }
}

/// A human-readable report of how the extractor scored a page's containers and blocks.
/// A tuning aid for the `extract_dir` example; the format is not stable.
#[doc(hidden)]
pub fn explain(page: &str) -> String {
    let doc = tree::parse(page);
    boilerplate::explain(&doc, page)
}
