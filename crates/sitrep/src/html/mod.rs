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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Read;

    /// Checks the anchor contract: anchors start at 0, increase, sit on char boundaries, and
    /// each segment between anchors is a byte-for-byte copy of the page, except a decoded
    /// entity (the page has `&` there) or one collapsed space (the page has whitespace or a
    /// tag such as `<br>` there).
    fn check_anchors(page: &str, art: &HtmlArticle) {
        for p in &art.paragraphs {
            assert!(!p.text.is_empty());
            assert_eq!(p.anchors.first().map(|a| a.0), Some(0), "{:?}", p.text);
            for w in p.anchors.windows(2) {
                assert!(w[0].0 < w[1].0 && w[0].1 < w[1].1, "anchors not increasing: {w:?}");
            }
            for (k, &(t, r)) in p.anchors.iter().enumerate() {
                assert!(p.text.is_char_boundary(t) && t < p.text.len());
                assert!(page.is_char_boundary(r) && r < page.len());
                let next = p.anchors.get(k + 1).map_or(p.text.len(), |a| a.0);
                let seg = &p.text[t..next];
                let at = &page[r..];
                let first = at.chars().next().unwrap();
                if first == '&' {
                    continue;
                }
                if seg.starts_with(' ') && !at.starts_with(seg) {
                    assert!(first.is_whitespace() || first == '<', "space from {first:?}");
                    let rest = &seg[1..];
                    assert!(rest.is_empty(), "text after a collapsed space needs an anchor");
                    continue;
                }
                assert!(at.starts_with(seg), "segment {seg:?} not copied from {:?}", &at[..20]);
                assert_eq!(seg.chars().next(), Some(first));
            }
        }
    }

    fn dev_pages() -> Vec<String> {
        let dir = std::path::Path::new("/work/shared/data/extraction/dev/html");
        let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
        let mut out = Vec::new();
        for e in entries.flatten() {
            let bytes = std::fs::read(e.path()).unwrap();
            let mut s = String::new();
            flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut s).unwrap();
            out.push(s);
        }
        out
    }

    #[test]
    fn anchors_map_to_page_on_real_pages() {
        for page in dev_pages() {
            let art = extract_article(&page);
            check_anchors(&page, &art);
        }
    }

    const PAGE: &str = r##"<!DOCTYPE html>
<html><head>
<title>Clashes in Gao | Sahel Daily</title>
<meta property="og:title" content="Clashes in Gao leave five dead">
<meta property="og:site_name" content="Sahel Daily">
<meta property="og:url" content="https://example.org/og">
<meta name="author" content="Aminata Traor&eacute;">
<meta property="article:published_time" content="2023-11-14T08:30:00Z">
<link rel="canonical" href="https://example.org/2023/11/clashes-gao?a=1&amp;b=2">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-13",
 "author":{"@type":"Person","name":"Someone Else"},"publisher":{"name":"SD"}}</script>
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept them.</p></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news today</a></li></ul></nav>
<article>
<header><h1>Clashes in Gao leave five dead</h1><p class="byline">By <a rel="author" href="/a">Aminata Traoré</a></p></header>
<p>GAO, Mali &mdash; Gunmen attacked a market in Gao on Sunday, killing at least five people
and wounding a dozen others, local officials said.</p>
<figure><img src="x.jpg"><figcaption>The market in Gao, photographed in 2020 by a local journalist.</figcaption></figure>
<p>The attack came two days after &quot;heavy fighting&quot; near the town, witnesses told reporters.<br>
No group has claimed responsibility so far, according to the regional governor's office.</p>
<h2>Calls for calm</h2>
<p>The governor called for calm and announced a curfew from 8 p.m., adding that patrols would be reinforced.</p>
<div class="share-buttons"><a href="#top">Share on Facebook</a> <a href="#top">Tweet this article</a></div>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Five things to know about the Sahel crisis and its history</a></li></ul></aside>
<div id="comments"><p>This is a long reader comment that goes on and on about things, with opinions, commas, and more.</p></div>
<footer><p>Copyright 2023 Sahel Daily. All rights reserved. Contact us at our office in Bamako, Mali.</p></footer>
</body></html>"##;

    #[test]
    fn handwritten_page_body_and_metadata() {
        let a = extract_article(PAGE);
        let texts: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 4, "{texts:#?}");
        assert!(texts[0].starts_with("GAO, Mali — Gunmen attacked a market"));
        assert!(texts[0].contains("people and wounding"), "newline collapsed");
        assert!(texts[1].contains("\"heavy fighting\""));
        assert!(texts[1].contains("town, witnesses told reporters. No group"), "br is a space");
        assert_eq!(texts[2], "Calls for calm");
        assert!(texts[3].starts_with("The governor called"));
        assert_eq!(a.title.as_deref(), Some("Clashes in Gao leave five dead"));
        assert_eq!(a.byline.as_deref(), Some("Aminata Traoré"));
        assert_eq!(a.published.as_deref(), Some("2023-11-14T08:30:00Z"));
        assert_eq!(
            a.canonical_url.as_deref(),
            Some("https://example.org/2023/11/clashes-gao?a=1&b=2")
        );
        assert_eq!(a.site_name.as_deref(), Some("Sahel Daily"));
        check_anchors(PAGE, &a);
    }

    #[test]
    fn metadata_fallbacks() {
        let page = r#"<html><head><title>Only &amp; title</title>
<script type="application/ld+json">[{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
{"@type":["NewsArticle"],"datePublished":"2024-01-02T03:04:05+01:00","headline":"LD headline",
"author":[{"name":"A. One"},{"name":"B. Two"}],"publisher":{"@type":"Organization","name":"LD Pub"}}]}]</script>
</head><body><p>Text that is long enough to count as prose, with a comma, and a full stop at the end.</p>
<time datetime="2020-01-01">Jan 1</time></body></html>"#;
        let a = extract_article(page);
        assert_eq!(a.title.as_deref(), Some("LD headline"));
        assert_eq!(a.byline.as_deref(), Some("A. One, B. Two"));
        assert_eq!(a.published.as_deref(), Some("2024-01-02T03:04:05+01:00"));
        assert_eq!(a.site_name.as_deref(), Some("LD Pub"));
        assert_eq!(a.canonical_url, None);

        let page = r#"<title>Tab title</title><link rel="author" href="/x"><h1>The <b>H1</b></h1>
<p>Body text long enough to be kept as the article, with commas, and a full stop.</p>
<span><time datetime="2021-05-06T07:00">May 6</time></span>
<a rel="author" href="/me">Jane  Doe</a><meta property="og:url" content="https://e.org/u">"#;
        let a = extract_article(page);
        assert_eq!(a.title.as_deref(), Some("The H1"));
        assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(a.published.as_deref(), Some("2021-05-06T07:00"));
        assert_eq!(a.canonical_url.as_deref(), Some("https://e.org/u"));
        assert_eq!(a.site_name, None);
        let a = extract_article("<title>Tab title</title><p>x</p>");
        assert_eq!(a.title.as_deref(), Some("Tab title"));
    }

    const PROSE: &str = "Officials said the attack killed five people, and witnesses described \
        heavy gunfire in the market for more than an hour on Sunday.";

    #[test]
    fn broken_markup_still_gives_text() {
        let cases = [
            format!("<p>{PROSE}<p>{PROSE}"),
            format!("<div><p>{PROSE}</div></span></p></p><p>{PROSE}"),
            format!("<body><p>{PROSE} 3 < 5 and a<3 </p>"),
            format!("<p>{PROSE} &bogus; &#xZZ; &#99999999999; &amp &</p>"),
            format!("<table><tr><td><p>{PROSE}<td>{PROSE}</table>"),
            format!("<p title='{}'>{PROSE}</p>", "x".repeat(1 << 20)),
            format!("<!-- unclosed comment <p>{PROSE}</p>"),
            format!("<p>{PROSE}</p><script>var s = '</p>';"),
            format!("<p>{PROSE}<a href=x>unclosed link"),
            format!("<svg><p/><title>t</title></svg><p>{PROSE}</p>"),
        ];
        for page in &cases {
            let a = extract_article(page);
            check_anchors(page, &a);
            let all: String = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
            if !page.starts_with("<!--") {
                assert!(all.contains("Officials said"), "{page:.80}: {all:?}");
            }
        }
        let a = extract_article(&cases[2]);
        assert!(a.paragraphs[0].text.ends_with("3 < 5 and a<3"), "{:?}", a.paragraphs);
        let a = extract_article(&cases[3]);
        assert!(a.paragraphs[0].text.contains("&bogus; &#xZZ; \u{fffd} & &"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let n = 100_000;
        let page = format!("{}<p>{PROSE}</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let a = extract_article(&page);
        assert_eq!(a.paragraphs.len(), 1);
        let page = format!("{}{PROSE}", "<span><b><li><td><a>".repeat(n));
        let _ = extract_article(&page);
        let page = "<div>".repeat(n);
        assert!(extract_article(&page).paragraphs.is_empty());
    }

    #[test]
    fn huge_page_is_linear() {
        // 50 MB; quadratic behaviour would not finish.
        let unit = format!("<div class=\"story\"><p>{PROSE}</p><a href=\"/x\">link</a></div>\n");
        let page = unit.repeat(50_000_000 / unit.len());
        let a = extract_article(&page);
        assert!(!a.paragraphs.is_empty());
        for pathological in ["<a ", "<!--", "</", "&#", "<p", "<li>", "<div class='"] {
            let page = pathological.repeat(5_000_000 / pathological.len());
            let _ = extract_article(&page);
        }
    }

    #[test]
    fn empty_and_binary_input() {
        assert_eq!(extract_article(""), HtmlArticle::default());
        let _ = extract_article("\u{0}\u{fffd}<\u{0}>&#0;");
    }

    proptest! {
        #[test]
        fn never_panics_and_anchors_hold(s in "(<(/?)(p|div|a|br|script|li|td|b|title|svg)( [a-z]+(=('[^']*'|\"x\"|[a-z]+))?)*(/?)>|&[a-z#0-9x]{0,6};?|[a-zé’ <>&=\"'\n\t]{1,12}|<!--|-->){0,40}") {
            let a = extract_article(&s);
            check_anchors(&s, &a);
        }

        #[test]
        fn arbitrary_strings_never_panic(s in any::<String>()) {
            let a = extract_article(&s);
            check_anchors(&s, &a);
        }
    }
}
