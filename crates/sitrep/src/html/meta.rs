//! Page metadata: Open Graph and other `<meta>` tags, `<link rel=canonical>`, `<time>`, and
//! schema.org JSON-LD, with a fixed order of preference per field.

use super::tree::{RawMeta, collapse};
use serde_json::Value;

/// What the page's JSON-LD says about its article.
#[derive(Clone, Debug, Default)]
pub(crate) struct LdInfo {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    /// `articleBody`, as decoded JSON text.
    pub article_body: Option<String>,
}

/// How many JSON values one page's JSON-LD may make us visit; a bound for hostile input.
const VISIT_LIMIT: usize = 10_000;

/// Reads every JSON-LD script; malformed ones are skipped.
pub(crate) fn json_ld(page: &str, ranges: &[(usize, usize)]) -> LdInfo {
    let mut info = LdInfo::default();
    for &(s, e) in ranges {
        let Some(raw) = page.get(s..e) else { continue };
        let raw = raw.trim();
        // Some pages wrap JSON-LD in HTML comments or CDATA markers.
        let raw = raw.trim_start_matches("<!--").trim_end_matches("-->").trim();
        let Ok(v) = serde_json::from_str::<Value>(raw) else { continue };
        let mut stack = vec![&v];
        let mut visits = 0;
        while let Some(v) = stack.pop() {
            visits += 1;
            if visits > VISIT_LIMIT {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if let Some(g) = map.get("@graph") {
                        stack.push(g);
                    }
                    if is_article(map.get("@type")) || map.contains_key("articleBody") {
                        read_article(map, &mut info);
                    }
                    if let Some(m) = map.get("mainEntity") {
                        stack.push(m);
                    }
                }
                _ => {}
            }
        }
    }
    info
}

fn is_article(t: Option<&Value>) -> bool {
    let one = |s: &str| {
        s.ends_with("Article")
            || s.contains("Posting")
            || matches!(s, "Report" | "LiveBlogPosting" | "AnalysisNewsArticle")
    };
    match t {
        Some(Value::String(s)) => one(s),
        Some(Value::Array(a)) => a.iter().any(|v| v.as_str().is_some_and(one)),
        _ => false,
    }
}

fn text_of(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.as_str(),
        Value::Array(a) => return a.iter().find_map(|x| text_of(Some(x))),
        _ => return None,
    };
    let t = collapse(&html_escape::decode_html_entities(s));
    (!t.is_empty()).then_some(t)
}

fn names(v: Option<&Value>, out: &mut Vec<String>) {
    match v {
        Some(Value::String(s)) => {
            let t = collapse(s);
            if !t.is_empty() && !t.starts_with("http") && !out.contains(&t) {
                out.push(t);
            }
        }
        Some(Value::Object(m)) => names(m.get("name"), out),
        Some(Value::Array(a)) => {
            for x in a.iter().take(20) {
                names(Some(x), out);
            }
        }
        _ => {}
    }
}

fn read_article(map: &serde_json::Map<String, Value>, info: &mut LdInfo) {
    if info.headline.is_none() {
        info.headline = text_of(map.get("headline"));
    }
    if info.date_published.is_none() {
        info.date_published = text_of(map.get("datePublished"));
    }
    if info.authors.is_empty() {
        names(map.get("author"), &mut info.authors);
    }
    if info.publisher.is_none()
        && let Some(Value::Object(p)) = map.get("publisher")
    {
        info.publisher = text_of(p.get("name"));
    }
    if info.article_body.is_none()
        && let Some(Value::String(b)) = map.get("articleBody")
        && !b.trim().is_empty()
    {
        info.article_body = Some(b.clone());
    }
}

/// The chosen metadata fields.
pub(crate) struct Chosen {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub canonical_url: Option<String>,
    pub site_name: Option<String>,
}

/// Picks each field from its sources in order of reliability.
pub(crate) fn choose(m: &RawMeta, ld: &LdInfo, h1: Option<String>) -> Chosen {
    let clean = |s: &Option<String>| s.as_deref().map(collapse).filter(|s| !s.is_empty());
    let title = clean(&m.og_title)
        .or_else(|| ld.headline.clone())
        .or(h1)
        .or_else(|| clean(&m.twitter_title))
        .or_else(|| clean(&m.title_tag));
    let byline = if !m.authors.is_empty() {
        Some(m.authors.join(", "))
    } else {
        m.rel_author.clone().or_else(|| (!ld.authors.is_empty()).then(|| ld.authors.join(", ")))
    };
    let published = clean(&m.published_meta)
        .or_else(|| ld.date_published.clone())
        .or_else(|| clean(&m.time_pub))
        .or_else(|| clean(&m.date_meta))
        .or_else(|| clean(&m.time_any));
    let canonical_url = clean(&m.canonical).or_else(|| clean(&m.og_url));
    let site_name = clean(&m.site_name).or_else(|| ld.publisher.clone());
    Chosen { title, byline: byline.map(|b| collapse(&b)), published, canonical_url, site_name }
}
