//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry becomes a document.

use super::{Body, RawDocument, decode};
use crate::error::{Error, ErrorKind, Result};
use quick_xml::events::Event;

#[derive(Default)]
struct Item {
    title: String,
    link: Option<String>,
    id: Option<String>,
    summary: String,
    content: String,
    published: Option<String>,
    author: Option<String>,
}

/// Parses a whole feed (feeds are small; the caller caps the size).
pub fn parse_feed(name: &str, bytes: &[u8]) -> Result<Vec<RawDocument>> {
    let declared = xml_encoding(bytes);
    let (text, _) = decode(bytes, false, declared.as_deref());
    let mut reader = quick_xml::Reader::from_str(&text);
    reader.config_mut().trim_text(true);
    let mut stack: Vec<String> = Vec::new();
    let mut item: Option<Item> = None;
    let mut items: Vec<(usize, Item)> = Vec::new();
    let mut channel_title: Option<String> = None;
    let mut saw_root = false;
    loop {
        let pos = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| {
            Error::new(
                format!("{name}@{}", reader.buffer_position()),
                ErrorKind::Feed(e.to_string()),
            )
        })?;
        match event {
            Event::Start(e) => {
                let local = String::from_utf8_lossy(e.local_name().as_ref()).to_ascii_lowercase();
                if !saw_root {
                    if !matches!(local.as_str(), "rss" | "feed" | "rdf") {
                        return Err(Error::new(
                            name.to_string(),
                            ErrorKind::Feed(format!(
                                "root element <{local}> is not rss, feed or rdf"
                            )),
                        ));
                    }
                    saw_root = true;
                }
                if matches!(local.as_str(), "item" | "entry") {
                    item = Some(Item::default());
                    items.push((pos, Item::default()));
                }
                if local == "link"
                    && let Some(it) = item.as_mut()
                    && let Some(href) = link_href(&e)
                {
                    it.link.get_or_insert(href);
                }
                stack.push(local);
            }
            Event::Empty(e) => {
                let local = String::from_utf8_lossy(e.local_name().as_ref()).to_ascii_lowercase();
                if local == "link"
                    && let Some(it) = item.as_mut()
                    && let Some(href) = link_href(&e)
                {
                    it.link.get_or_insert(href);
                }
            }
            Event::End(_) => {
                let local = stack.pop().unwrap_or_default();
                if matches!(local.as_str(), "item" | "entry")
                    && let (Some(done), Some(last)) = (item.take(), items.last_mut())
                {
                    last.1 = done;
                }
            }
            Event::Text(t) => {
                let value = t.unescape().map(|c| c.into_owned()).unwrap_or_else(|_| {
                    html_escape::decode_html_entities(&String::from_utf8_lossy(&t)).into_owned()
                });
                assign(&stack, &mut item, &mut channel_title, value);
            }
            Event::CData(c) => {
                let value = String::from_utf8_lossy(&c).into_owned();
                assign(&stack, &mut item, &mut channel_title, value);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err(Error::new(name.to_string(), ErrorKind::Feed("no rss or feed element".into())));
    }
    let mut docs = Vec::new();
    for (pos, it) in items {
        let at = format!("{name}@{pos}");
        let body = if !it.content.trim().is_empty() {
            it.content
        } else if !it.summary.trim().is_empty() {
            it.summary
        } else if !it.title.trim().is_empty() {
            html_escape::encode_text(&it.title).into_owned()
        } else {
            continue;
        };
        let mut doc = RawDocument::new(at, Body::Html(format!("<article><p>{body}</p></article>")));
        if body.contains('<') {
            doc.body = Body::Html(format!("<article>{body}</article>"));
        }
        doc.title = (!it.title.trim().is_empty()).then(|| it.title.trim().to_string());
        doc.url = it.link.map(|l| l.trim().to_string());
        doc.id = None;
        doc.published = it.published;
        doc.source = channel_title.clone();
        if let Some(guid) = it.id {
            doc.extra.insert("guid".into(), serde_json::Value::String(guid));
        }
        if let Some(author) = it.author {
            doc.extra.insert("author".into(), serde_json::Value::String(author));
        }
        docs.push(doc);
    }
    Ok(docs)
}

fn assign(
    stack: &[String],
    item: &mut Option<Item>,
    channel_title: &mut Option<String>,
    value: String,
) {
    let Some(field) = stack.last() else { return };
    let Some(it) = item.as_mut() else {
        // The feed's own title names the publisher.
        if field == "title" && channel_title.is_none() && stack.len() >= 2 {
            *channel_title = Some(value.trim().to_string());
        }
        return;
    };
    // Only direct children of the item count (not <source><title> etc.).
    let depth =
        stack.iter().rposition(|s| s == "item" || s == "entry").map_or(0, |i| stack.len() - i - 1);
    if depth != 1 {
        return;
    }
    match field.as_str() {
        "title" => it.title.push_str(&value),
        "link" => {
            it.link.get_or_insert(value);
        }
        "guid" | "id" => it.id = Some(value),
        "description" | "summary" => it.summary.push_str(&value),
        "encoded" | "content" => it.content.push_str(&value),
        "pubdate" | "published" | "date" | "issued" => it.published = Some(value),
        "updated" | "modified" => {
            it.published.get_or_insert(value);
        }
        "creator" | "author" | "name" => it.author = Some(value),
        _ => {}
    }
}

fn link_href(e: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    let mut href = None;
    let mut rel = None;
    for attr in e.attributes().flatten() {
        let value = attr.unescape_value().ok()?.into_owned();
        match attr.key.local_name().as_ref() {
            b"href" => href = Some(value),
            b"rel" => rel = Some(value),
            _ => {}
        }
    }
    match rel.as_deref() {
        None | Some("alternate") => href,
        _ => None,
    }
}

fn xml_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(200)];
    let i = memchr::memmem::find(head, b"encoding=")?;
    let rest = &head[i + 9..];
    let quote = *rest.first()?;
    let end = rest[1..].iter().position(|&b| b == quote)?;
    Some(String::from_utf8_lossy(&rest[1..1 + end]).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items() {
        let feed = br#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Sahel Wire</title>
<item><title>Army retakes Kidal</title><link>https://sahel.example/kidal</link>
<pubDate>Tue, 14 Nov 2023 09:30:00 GMT</pubDate>
<description><![CDATA[<p>Mali&#8217;s army said Tuesday it has retaken Kidal.</p>]]></description></item>
<item><title>Only a title &amp; nothing else</title></item>
</channel></rss>"#;
        let docs = parse_feed("f.rss", feed).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].title.as_deref(), Some("Army retakes Kidal"));
        assert_eq!(docs[0].url.as_deref(), Some("https://sahel.example/kidal"));
        assert_eq!(docs[0].source.as_deref(), Some("Sahel Wire"));
        assert_eq!(docs[0].published.as_deref(), Some("Tue, 14 Nov 2023 09:30:00 GMT"));
        assert!(docs[0].body.as_str().contains("retaken Kidal"));
        assert!(docs[1].body.as_str().contains("Only a title &amp; nothing else"));
    }

    #[test]
    fn atom_entries() {
        let feed = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Protest in Bamako</title><link rel="alternate" href="https://x.org/p"/>
<id>urn:1</id><published>2023-11-15T08:00:00Z</published>
<summary type="html">Hundreds marched in Bamako.</summary></entry></feed>"#;
        let docs = parse_feed("a.atom", feed).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].url.as_deref(), Some("https://x.org/p"));
        assert_eq!(docs[0].published.as_deref(), Some("2023-11-15T08:00:00Z"));
    }

    #[test]
    fn malformed_feeds_are_errors() {
        assert!(parse_feed("bad.rss", b"<rss><channel><item><title>x</channel>").is_err());
        let err = parse_feed("x.xml", b"<html><body/></html>").unwrap_err();
        assert!(err.to_string().contains("x.xml"));
    }
}
