//! A light arena tree built in one pass over the tokens, with text already cut into blocks.
//!
//! Nodes are stored in document (pre-)order, so a node's subtree is the index range
//! `node..node.end` and every pass over the tree is a loop, never a recursion: 100k nested
//! `<div>`s cost 100k nodes and nothing else. End tags are matched against a bounded window of
//! the open-element stack, and the implied end tags HTML relies on most (`p`, `li`, `td`,
//! `tr`, `dt`/`dd`, `option`, headings, nested `a`) are applied, so tag soup still gives a
//! sensible tree.
//!
//! Text is not stored per text node: while building, inline text is appended to the current
//! *block* (the paragraph-level run between two block-level boundaries), entities decoded and
//! whitespace collapsed, with anchors back to page offsets.

use super::entities;
use super::tokenizer::{AttrSpan, Tag, Token, Tokenizer};
use std::sync::OnceLock;

/// "No node".
pub(crate) const NONE: u32 = u32::MAX;

/// Text inside is not rendered content (scripts, forms, hidden elements...). Inherited.
pub(crate) const DROP: u16 = 1;
/// Inside a link. Inherited.
pub(crate) const IN_LINK: u16 = 2;
/// Boilerplate by tag, role or class/id (navigation, comments, share bars...).
pub(crate) const NEG: u16 = 4;
/// Content by tag, role or class/id (article, main, story body...).
pub(crate) const POS: u16 = 8;
/// Declared article body (`itemprop=articleBody`).
pub(crate) const BODY: u16 = 16;
/// Inside SVG or MathML, where `<x/>` closes itself. Inherited.
const FOREIGN: u16 = 32;

/// How far up the open-element stack an end tag or implied end tag looks for its element.
/// Bounding this keeps pathological nesting linear; real pages rarely need more than a few.
const SCAN_LIMIT: usize = 256;

/// One element.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub tag: Tag,
    /// Name hash, for [`Tag::Other`] only.
    pub hash: u32,
    pub parent: u32,
    /// One past the index of the last node of this subtree.
    pub end: u32,
    pub flags: u16,
    /// Nearest block-level ancestor-or-self: the node a block of text belongs to.
    pub block: u32,
    /// Nearest [`NEG`] ancestor-or-self, or [`NONE`].
    pub neg: u32,
    /// Page offset of the start tag.
    pub start: u32,
}

/// A paragraph-level run of text.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// The block-level element holding this text.
    pub owner: u32,
    /// Range in [`Doc::text`].
    pub text: (usize, usize),
    /// Range in [`Doc::anchors`].
    pub anchors: (usize, usize),
    /// Bytes of the text that are inside links.
    pub link_len: usize,
}

/// Metadata read while parsing; [`super::meta`] chooses among candidates.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawMeta {
    pub title_tag: Option<String>,
    pub og_title: Option<String>,
    pub twitter_title: Option<String>,
    pub og_url: Option<String>,
    pub site_name: Option<String>,
    pub canonical: Option<String>,
    pub authors: Vec<String>,
    pub rel_author: Option<String>,
    pub published_meta: Option<String>,
    pub date_meta: Option<String>,
    pub time_pub: Option<String>,
    pub time_any: Option<String>,
    /// Byte ranges of `application/ld+json` scripts.
    pub json_ld: Vec<(usize, usize)>,
}

/// The parsed page.
#[derive(Debug, Default)]
pub(crate) struct Doc {
    pub nodes: Vec<Node>,
    pub blocks: Vec<Block>,
    /// All blocks' text, back to back.
    pub text: String,
    /// `(offset in text, offset in page)`, offsets into [`Doc::text`].
    pub anchors: Vec<(usize, usize)>,
    pub meta: RawMeta,
}

impl Doc {
    /// The text of a block.
    pub(crate) fn block_text(&self, b: &Block) -> &str {
        self.text.get(b.text.0..b.text.1).unwrap_or("")
    }
}

struct Cur {
    owner: u32,
    text_start: usize,
    anchor_start: usize,
    link_len: usize,
}

struct Builder<'a> {
    page: &'a str,
    doc: Doc,
    stack: Vec<u32>,
    cur: Option<Cur>,
    /// Whitespace waiting to be written as one space: its page offset and whether it was a
    /// lone `' '` (then the space is a byte-for-byte copy).
    pending_space: Option<(usize, bool)>,
    /// Page offset the next copied byte must have to continue without a new anchor.
    expected: usize,
    head_open: bool,
    /// The last content was a `<br>`: a second one in a row ends the paragraph.
    after_br: bool,
    /// Capturing the text of a `rel=author` link: its node and the text so far.
    author: Option<(u32, String)>,
    /// The raw-text element just opened is a JSON-LD script.
    json_ld_next: bool,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\t' | b'\r' | b'\x0c')
}

/// Parses `page` into a [`Doc`].
pub(crate) fn parse(page: &str) -> Doc {
    let mut b = Builder {
        page,
        doc: Doc::default(),
        stack: Vec::with_capacity(64),
        cur: None,
        pending_space: None,
        expected: usize::MAX,
        head_open: false,
        after_br: false,
        author: None,
        json_ld_next: false,
    };
    // Rough capacities from typical news pages, to avoid regrowing in the hot loop.
    b.doc.nodes.reserve(page.len() / 80);
    b.doc.text.reserve(page.len() / 8);
    b.doc.anchors.reserve(page.len() / 64);
    b.doc.nodes.push(Node {
        tag: Tag::Root,
        hash: 0,
        parent: NONE,
        end: 1,
        flags: 0,
        block: 0,
        neg: NONE,
        start: 0,
    });
    b.stack.push(0);
    let mut tok = Tokenizer::new(page);
    while let Some(t) = tok.next_token() {
        match t {
            Token::Text { start, end } => b.text(start, end),
            Token::Start { tag, hash, start, self_closing } => {
                b.start(tag, hash, start, self_closing, tok.attrs());
            }
            Token::End { tag, hash, start } => b.end(tag, hash, start),
            Token::Raw { start, end } => b.raw(start, end),
        }
    }
    b.pop_to(1);
    b.flush();
    let n = b.doc.nodes.len() as u32;
    if let Some(root) = b.doc.nodes.first_mut() {
        root.end = n;
    }
    b.doc
}

fn attr_is(page: &str, a: &AttrSpan, name: &str) -> bool {
    page.get(a.name.0..a.name.1).is_some_and(|n| n.eq_ignore_ascii_case(name))
}

fn attr_value<'p>(page: &'p str, a: &AttrSpan) -> &'p str {
    page.get(a.value.0..a.value.1).unwrap_or("")
}

/// Attribute value with entities decoded and whitespace trimmed.
fn decoded_value(page: &str, a: &AttrSpan) -> String {
    html_escape::decode_html_entities(attr_value(page, a)).trim().to_owned()
}

/// The attributes the builder reads.
enum Attr {
    Id,
    Class,
    Role,
    Itemprop,
    Hidden,
    AriaHidden,
    Style,
    Type,
    Rel,
    Href,
    Name,
    Property,
    Content,
    Datetime,
    Pubdate,
    Other,
}

fn attr_kind(name: &str) -> Attr {
    let is = |n: &str| name.eq_ignore_ascii_case(n);
    match name.len() {
        2 if is("id") => Attr::Id,
        5 if is("class") => Attr::Class,
        4 if is("role") => Attr::Role,
        8 if is("itemprop") => Attr::Itemprop,
        6 if is("hidden") => Attr::Hidden,
        11 if is("aria-hidden") => Attr::AriaHidden,
        5 if is("style") => Attr::Style,
        4 if is("type") => Attr::Type,
        3 if is("rel") => Attr::Rel,
        4 if is("href") => Attr::Href,
        4 if is("name") => Attr::Name,
        8 if is("property") => Attr::Property,
        7 if is("content") => Attr::Content,
        8 if is("datetime") => Attr::Datetime,
        7 if is("pubdate") => Attr::Pubdate,
        _ => Attr::Other,
    }
}

/// Boilerplate words in class/id names. Matched as substrings of each lowercase name, so
/// `article-comments` and `relatedLinks` are caught; kept specific enough not to hit
/// content wrappers.
const NEG_WORDS: &[&str] = &[
    "comment",
    "disqus",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "newsletter",
    "subscri",
    "cookie",
    "consent",
    "gdpr",
    "banner",
    "popup",
    "modal",
    "promo",
    "advert",
    "sponsor",
    "outbrain",
    "taboola",
    "breadcrumb",
    "sidebar",
    "footer",
    "masthead",
    "byline",
    "caption",
    "toolbar",
    "signup",
    "sign-up",
    "visually-hidden",
    "sr-only",
    "screen-reader",
    "navbar",
    "navigation",
    "menu",
    "widget",
    "author",
    "trending",
    "popular",
    "most-read",
    "read-more",
    "readmore",
    "more-stories",
    "recirc",
    "pagination",
    "pager",
    "skip",
    "login",
    "timestamp",
    "dateline",
    "credit",
    "gallery",
    "header",
    "tags",
    "meta",
    "rating",
    "print",
    "noscript",
    "slideshow",
];

/// Class/id names (substrings) that declare the article body itself.
const BODY_NAMES: &[&str] = &[
    "articlebody",
    "article-body",
    "article--body",
    "article-content",
    "articlecontent",
    "article-text",
    "articletext",
    "story-body",
    "storybody",
    "story-content",
    "story-text",
    "entry-content",
    "entry-body",
    "post-content",
    "post-body",
    "body-text",
    "bodytext",
];

/// Content words in class/id names.
const POS_WORDS: &[&str] =
    &["article", "story", "content", "entry", "post", "body", "main", "text", "prose"];

/// The words of [`NEG_WORDS`] and [`POS_WORDS`] grouped by first byte, so a class name is
/// scanned once instead of once per word.
struct WordTable {
    by_first: Vec<Vec<(&'static [u8], bool)>>,
}

fn word_table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_first = vec![Vec::new(); 256];
        for (words, neg) in [(NEG_WORDS, true), (POS_WORDS, false)] {
            for w in words {
                let b = w.as_bytes();
                if let Some(&f) = b.first() {
                    by_first[usize::from(f)].push((b, neg));
                }
            }
        }
        WordTable { by_first }
    })
}

/// Which word kinds occur in a lowercase name: `(negative, positive)`.
fn scan_words(s: &[u8], table: &WordTable) -> (bool, bool) {
    let mut pos = false;
    for i in 0..s.len() {
        let Some(cands) = table.by_first.get(usize::from(s[i])) else { continue };
        for &(w, is_neg) in cands {
            if s[i..].starts_with(w) {
                if is_neg {
                    return (true, pos);
                }
                pos = true;
            }
        }
    }
    (false, pos)
}

/// Classifies one class or id value: `(negative, positive, article body)`.
fn class_semantics(value: &str, buf: &mut Vec<u8>) -> (bool, bool, bool) {
    let (mut neg, mut pos, mut body) = (false, false, false);
    let table = word_table();
    for name in value.split_ascii_whitespace() {
        buf.clear();
        buf.extend(name.bytes().map(|b| if b == b'_' { b'-' } else { b.to_ascii_lowercase() }));
        let s = buf.as_slice();
        let (word_neg, word_pos) = scan_words(s, table);
        let is_neg = word_neg
            || s == b"nav"
            || s == b"hidden"
            || s.starts_with(b"nav-")
            || s.ends_with(b"-nav")
            || s.split(|&b| b == b'-').any(|t| t == b"ad" || t == b"ads" || t == b"nav");
        if is_neg {
            neg = true;
        } else if word_pos {
            pos = true;
            if BODY_NAMES.iter().any(|w| memchr::memmem::find(s, w.as_bytes()).is_some()) {
                body = true;
            }
        }
    }
    // A declared body that also carries a behaviour class (`js-share-enabled`) is content.
    (neg && !body, pos, body)
}

impl Builder<'_> {
    fn current(&self) -> u32 {
        self.stack.last().copied().unwrap_or(0)
    }

    fn flags(&self, n: u32) -> u16 {
        self.doc.nodes.get(n as usize).map_or(0, |n| n.flags)
    }

    fn tag(&self, n: u32) -> Tag {
        self.doc.nodes.get(n as usize).map_or(Tag::Root, |n| n.tag)
    }

    /// Ends the current block, if it has text.
    fn flush(&mut self) {
        self.pending_space = None;
        self.expected = usize::MAX;
        self.after_br = false;
        if let Some(c) = self.cur.take()
            && self.doc.text.len() > c.text_start
        {
            self.doc.blocks.push(Block {
                owner: c.owner,
                text: (c.text_start, self.doc.text.len()),
                anchors: (c.anchor_start, self.doc.anchors.len()),
                link_len: c.link_len,
            });
        }
    }

    /// Pops open elements until `len` remain, closing blocks as block elements end.
    fn pop_to(&mut self, len: usize) {
        let len = len.max(1);
        let mut block_closed = false;
        let n = self.doc.nodes.len() as u32;
        while self.stack.len() > len {
            let Some(i) = self.stack.pop() else { break };
            if let Some(node) = self.doc.nodes.get_mut(i as usize) {
                node.end = n;
                block_closed |= node.tag.is_block() || node.block == i;
                if node.tag == Tag::Head {
                    self.head_open = false;
                }
            }
            if self.author.as_ref().is_some_and(|(a, _)| *a == i)
                && let Some((_, text)) = self.author.take()
                && self.doc.meta.rel_author.is_none()
            {
                let t = text.trim();
                if !t.is_empty() {
                    self.doc.meta.rel_author = Some(t.to_owned());
                }
            }
        }
        if block_closed {
            self.flush();
        }
    }

    /// Index in the stack of the nearest open element matching `want`, looking no further
    /// than a scope boundary (`stop`) or [`SCAN_LIMIT`] elements.
    fn find_open(&self, want: impl Fn(Tag) -> bool, stop: impl Fn(Tag) -> bool) -> Option<usize> {
        for (k, &i) in self.stack.iter().enumerate().rev().take(SCAN_LIMIT) {
            let t = self.tag(i);
            if want(t) {
                return Some(k);
            }
            if stop(t) || t == Tag::Root {
                return None;
            }
        }
        None
    }

    fn close_if_open(&mut self, want: impl Fn(Tag) -> bool, stop: impl Fn(Tag) -> bool) {
        if let Some(k) = self.find_open(want, stop) {
            self.pop_to(k);
        }
    }

    fn close_head(&mut self) {
        if self.head_open {
            self.close_if_open(|t| t == Tag::Head, |_| false);
            self.head_open = false;
        }
    }

    fn start(&mut self, tag: Tag, hash: u32, start: usize, self_closing: bool, attrs: &[AttrSpan]) {
        let page = self.page;
        if self.head_open
            && !matches!(
                tag,
                Tag::Title
                    | Tag::Meta
                    | Tag::Link
                    | Tag::Script
                    | Tag::Style
                    | Tag::Noscript
                    | Tag::Base
                    | Tag::Template
            )
        {
            self.close_head();
        }
        let cell = |t: Tag| matches!(t, Tag::Td | Tag::Th | Tag::Table | Tag::Caption);
        match tag {
            Tag::Br => {
                if self.after_br {
                    self.flush();
                } else {
                    self.space(start, false);
                    self.after_br = self.cur.is_some();
                }
                return;
            }
            Tag::Li => self.close_if_open(
                |t| t == Tag::Li,
                |t| matches!(t, Tag::Ul | Tag::Ol | Tag::Menu) || cell(t),
            ),
            Tag::Dt | Tag::Dd => {
                self.close_if_open(|t| matches!(t, Tag::Dt | Tag::Dd), |t| t == Tag::Dl || cell(t));
            }
            Tag::Td | Tag::Th => self.close_if_open(
                |t| matches!(t, Tag::Td | Tag::Th),
                |t| matches!(t, Tag::Tr | Tag::Table),
            ),
            Tag::Tr => self.close_if_open(|t| t == Tag::Tr, |t| t == Tag::Table),
            Tag::Tbody | Tag::Thead | Tag::Tfoot => self.close_if_open(
                |t| matches!(t, Tag::Tbody | Tag::Thead | Tag::Tfoot),
                |t| t == Tag::Table,
            ),
            Tag::Option | Tag::Optgroup => {
                if matches!(self.tag(self.current()), Tag::Option) {
                    let l = self.stack.len() - 1;
                    self.pop_to(l);
                }
            }
            Tag::A => self.close_if_open(|t| t == Tag::A, cell),
            _ => {}
        }
        if tag.heading_level() > 0 && self.tag(self.current()).heading_level() > 0 {
            let l = self.stack.len() - 1;
            self.pop_to(l);
        }
        if tag.is_block()
            && !matches!(
                tag,
                Tag::Td
                    | Tag::Th
                    | Tag::Tr
                    | Tag::Tbody
                    | Tag::Thead
                    | Tag::Tfoot
                    | Tag::Caption
                    | Tag::Option
                    | Tag::Body
                    | Tag::Html
                    | Tag::Head
            )
        {
            // Block elements close an open paragraph (HTML's "button scope").
            self.close_if_open(|t| t == Tag::P, |t| cell(t) || t == Tag::Button);
        }

        let parent = self.current();
        let (pflags, pblock, pneg) =
            self.doc.nodes.get(parent as usize).map_or((0, 0, NONE), |p| (p.flags, p.block, p.neg));
        let mut flags = pflags & (DROP | IN_LINK | FOREIGN);
        match tag {
            Tag::Script
            | Tag::Style
            | Tag::Noscript
            | Tag::Template
            | Tag::Head
            | Tag::Title
            | Tag::Select
            | Tag::Button
            | Tag::Textarea
            | Tag::Iframe
            | Tag::Object
            | Tag::Embed
            | Tag::Canvas
            | Tag::Video
            | Tag::Audio
            | Tag::Option
            | Tag::Input
            | Tag::Noembed
            | Tag::Noframes
            | Tag::Xmp
            | Tag::Plaintext
            | Tag::Dialog => flags |= DROP,
            Tag::Svg | Tag::Math => flags |= DROP | FOREIGN,
            Tag::A => flags |= IN_LINK,
            Tag::Nav | Tag::Aside | Tag::Footer | Tag::Header | Tag::Figure | Tag::Figcaption => {
                flags |= NEG;
            }
            Tag::Article | Tag::Main => flags |= POS,
            _ => {}
        }
        let generic_wrapper = matches!(tag, Tag::Html | Tag::Body);
        let mut buf = Vec::new();
        let mut is_ld_json = false;
        let mut rel_author = false;
        let mut meta_key: Option<String> = None;
        let mut meta_content: Option<String> = None;
        let mut href: Option<&AttrSpan> = None;
        let mut rel_canonical = false;
        let mut datetime: Option<String> = None;
        let mut date_pub = false;
        for a in attrs {
            let Some(name) = page.get(a.name.0..a.name.1) else { continue };
            let value = attr_value(page, a);
            match attr_kind(name) {
                Attr::Id | Attr::Class if !generic_wrapper => {
                    let (n, p, b) = class_semantics(value, &mut buf);
                    flags |= if n { NEG } else { 0 } | if p { POS } else { 0 };
                    flags |= if b { BODY } else { 0 };
                }
                Attr::Role => match value.trim().to_ascii_lowercase().as_str() {
                    "navigation" | "banner" | "contentinfo" | "complementary" | "dialog"
                    | "alert" | "alertdialog" | "search" | "menu" | "menubar" | "toolbar"
                    | "tooltip" => flags |= NEG,
                    "main" | "article" => flags |= POS,
                    _ => {}
                },
                Attr::Itemprop => {
                    let v = value.trim();
                    if v.eq_ignore_ascii_case("articleBody") {
                        flags |= BODY | POS;
                    } else if v.eq_ignore_ascii_case("datePublished") {
                        date_pub = true;
                        meta_key.get_or_insert_with(|| "datepublished".to_owned());
                    } else if v.eq_ignore_ascii_case("author") {
                        flags |= NEG;
                    }
                }
                Attr::Hidden => flags |= DROP,
                Attr::AriaHidden if value.trim().eq_ignore_ascii_case("true") => flags |= DROP,
                Attr::Style if hides(value, &mut buf) => flags |= DROP,
                Attr::Type
                    if tag == Tag::Script && value.to_ascii_lowercase().contains("ld+json") =>
                {
                    is_ld_json = true;
                }
                Attr::Rel => {
                    let v = value.to_ascii_lowercase();
                    rel_author |= v.split_ascii_whitespace().any(|w| w == "author");
                    rel_canonical |= v.split_ascii_whitespace().any(|w| w == "canonical");
                }
                Attr::Href => href = Some(a),
                Attr::Name | Attr::Property if tag == Tag::Meta => {
                    meta_key = Some(value.trim().to_ascii_lowercase());
                }
                Attr::Content if tag == Tag::Meta || date_pub => {
                    meta_content = Some(decoded_value(page, a));
                }
                Attr::Datetime => datetime = Some(decoded_value(page, a)),
                Attr::Pubdate => date_pub = true,
                _ => {}
            }
        }
        // An `itemprop=datePublished` may come before or after its `content`.
        if date_pub && meta_content.is_none() && tag == Tag::Meta {
            meta_content =
                attrs.iter().find(|a| attr_is(page, a, "content")).map(|a| decoded_value(page, a));
        }
        self.metadata(tag, meta_key, meta_content, href, rel_canonical, datetime, date_pub);
        if matches!(tag, Tag::Html | Tag::Body) {
            flags &= !NEG;
        }

        let idx = self.doc.nodes.len() as u32;
        // Boilerplate inline elements (a caption `<span>`, a share `<a>` bar) get blocks of
        // their own, so that they can be dropped without the text around them.
        let acts_block = tag.is_block() || (flags & NEG != 0 && flags & DROP == 0);
        if acts_block {
            self.flush();
        }
        let block = if acts_block { idx } else { pblock };
        let neg = if flags & NEG != 0 { idx } else { pneg };
        self.doc.nodes.push(Node {
            tag,
            hash,
            parent,
            end: idx + 1,
            flags,
            block,
            neg,
            start: start as u32,
        });
        if tag.is_void() || (self_closing && flags & FOREIGN != 0) {
            return;
        }
        self.stack.push(idx);
        if tag == Tag::Head {
            self.head_open = true;
        }
        if rel_author && tag == Tag::A && self.author.is_none() {
            self.author = Some((idx, String::new()));
        }
        self.json_ld_next = is_ld_json;
    }

    #[allow(clippy::too_many_arguments)]
    fn metadata(
        &mut self,
        tag: Tag,
        key: Option<String>,
        content: Option<String>,
        href: Option<&AttrSpan>,
        rel_canonical: bool,
        datetime: Option<String>,
        date_pub: bool,
    ) {
        let m = &mut self.doc.meta;
        match tag {
            Tag::Meta => {
                let (Some(key), Some(content)) = (key, content) else { return };
                if content.is_empty() {
                    return;
                }
                let slot = match key.as_str() {
                    "og:title" => &mut m.og_title,
                    "twitter:title" => &mut m.twitter_title,
                    "og:url" => &mut m.og_url,
                    "og:site_name" => &mut m.site_name,
                    "article:published_time" | "og:article:published_time" => &mut m.published_meta,
                    "datepublished"
                    | "date"
                    | "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "publish_date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "dcterms.created"
                    | "dcterms.date"
                    | "sailthru.date"
                    | "parsely-pub-date"
                    | "og:published_time"
                    | "published_time"
                    | "publication_date"
                    | "citation_publication_date"
                    | "originalpublicationdate"
                    | "article.published"
                    | "cxenseparse:recs:publishtime" => &mut m.date_meta,
                    "author" | "article:author" | "dc.creator" | "sailthru.author"
                    | "parsely-author" | "byl" => {
                        if !content.starts_with("http") && !m.authors.contains(&content) {
                            m.authors.push(content);
                        }
                        return;
                    }
                    _ => return,
                };
                if slot.is_none() {
                    *slot = Some(content);
                }
            }
            Tag::Link => {
                if rel_canonical
                    && m.canonical.is_none()
                    && let Some(h) = href
                {
                    let v = decoded_value(self.page, h);
                    if !v.is_empty() {
                        m.canonical = Some(v);
                    }
                }
            }
            _ => {
                if let Some(dt) = datetime.filter(|d| !d.is_empty()) {
                    if date_pub && m.time_pub.is_none() {
                        m.time_pub = Some(dt);
                    } else if m.time_any.is_none() && tag == Tag::Time {
                        m.time_any = Some(dt);
                    }
                } else if date_pub
                    && m.time_pub.is_none()
                    && let Some(c) = content.filter(|c| !c.is_empty())
                {
                    m.time_pub = Some(c);
                }
            }
        }
    }

    fn end(&mut self, tag: Tag, hash: u32, start: usize) {
        match tag {
            Tag::Br => {
                self.start(Tag::Br, 0, start, false, &[]);
                return;
            }
            Tag::Body | Tag::Html => return,
            Tag::Head => {
                self.close_head();
                return;
            }
            _ => {}
        }
        let boundary = |t: Tag| {
            matches!(t, Tag::Td | Tag::Th | Tag::Table | Tag::Caption | Tag::Html | Tag::Template)
        };
        let stop = |t: Tag| boundary(t) || (tag == Tag::Li && matches!(t, Tag::Ul | Tag::Ol));
        let mut found = None;
        for (k, &i) in self.stack.iter().enumerate().rev().take(SCAN_LIMIT) {
            let Some(n) = self.doc.nodes.get(i as usize) else { break };
            // Unknown elements must also match by name.
            if n.tag == tag && (tag != Tag::Other || n.hash == hash) {
                found = Some(k);
                break;
            }
            if n.tag == Tag::Root || stop(n.tag) {
                break;
            }
        }
        match found {
            Some(k) => self.pop_to(k),
            // A stray `</p>` still ends a paragraph, as browsers render it.
            None if tag == Tag::P => self.flush(),
            None => {}
        }
    }

    fn raw(&mut self, start: usize, end: usize) {
        let node = self.current();
        let tag = self.tag(node);
        let flags = self.flags(node);
        if tag == Tag::Title && flags & FOREIGN == 0 && self.doc.meta.title_tag.is_none() {
            let raw = self.page.get(start..end).unwrap_or("");
            let t = collapse(&html_escape::decode_html_entities(raw));
            if !t.is_empty() {
                self.doc.meta.title_tag = Some(t);
            }
        } else if tag == Tag::Script && self.json_ld_next {
            self.doc.meta.json_ld.push((start, end));
        }
        self.json_ld_next = false;
    }

    fn text(&mut self, start: usize, end: usize) {
        let page = self.page;
        let bytes = page.as_bytes();
        if self.head_open {
            if bytes.get(start..end).is_some_and(|s| s.iter().all(|&b| is_ws(b))) {
                return;
            }
            self.close_head();
        }
        let node = self.current();
        let flags = self.flags(node);
        if flags & DROP != 0 {
            return;
        }
        let in_link = flags & IN_LINK != 0;
        let end = end.min(bytes.len());
        let mut i = start;
        while i < end {
            let b = bytes[i];
            if is_ws(b) {
                let s = i;
                while i < end && is_ws(bytes[i]) {
                    i += 1;
                }
                self.space(s, i - s == 1 && b == b' ');
                continue;
            }
            if b == b'&'
                && let Some(d) = page.get(i..end).and_then(entities::decode)
            {
                self.decoded(i, &d.text, in_link, node);
                i += d.len;
                continue;
            }
            let s = i;
            i += 1;
            while i < end && !is_ws(bytes[i]) && bytes[i] != b'&' {
                i += 1;
            }
            self.literal(s, i, in_link, node);
        }
    }

    fn space(&mut self, at: usize, plain: bool) {
        if self.cur.is_none() {
            return;
        }
        match &mut self.pending_space {
            None => self.pending_space = Some((at, plain)),
            Some(p) => p.1 = false,
        }
    }

    /// Starts a block if none is open and writes any pending space.
    fn before_content(&mut self, node: u32) {
        self.after_br = false;
        if self.cur.is_none() {
            let owner = self.doc.nodes.get(node as usize).map_or(0, |n| n.block);
            self.cur = Some(Cur {
                owner,
                text_start: self.doc.text.len(),
                anchor_start: self.doc.anchors.len(),
                link_len: 0,
            });
            self.pending_space = None;
            self.expected = usize::MAX;
        }
        if let Some((at, plain)) = self.pending_space.take() {
            if !(plain && self.expected == at) {
                self.doc.anchors.push((self.doc.text.len(), at));
            }
            self.doc.text.push(' ');
            self.expected = if plain { at + 1 } else { usize::MAX };
            if let Some((_, t)) = &mut self.author {
                t.push(' ');
            }
        }
    }

    fn literal(&mut self, s: usize, e: usize, in_link: bool, node: u32) {
        let Some(piece) = self.page.get(s..e) else { return };
        self.before_content(node);
        if self.expected != s {
            self.doc.anchors.push((self.doc.text.len(), s));
        }
        self.doc.text.push_str(piece);
        self.expected = e;
        if let Some(c) = &mut self.cur
            && in_link
        {
            c.link_len += e - s;
        }
        if let Some((_, t)) = &mut self.author {
            t.push_str(piece);
        }
    }

    fn decoded(&mut self, at: usize, d: &entities::DecodedText, in_link: bool, node: u32) {
        let mut buf = [0u8; 4];
        let s = d.as_str(&mut buf);
        match s {
            // Entities for spaces join the surrounding whitespace.
            "\u{a0}" | "\u{2009}" | "\u{2002}" | "\u{2003}" => {
                self.space(at, false);
                return;
            }
            // Invisible characters are dropped; the next copied text needs a new anchor.
            "\u{ad}" | "\u{200c}" => {
                self.expected = usize::MAX;
                return;
            }
            _ => {}
        }
        self.before_content(node);
        self.doc.anchors.push((self.doc.text.len(), at));
        self.doc.text.push_str(s);
        self.expected = usize::MAX;
        if let Some(c) = &mut self.cur
            && in_link
        {
            c.link_len += s.len();
        }
        if let Some((_, t)) = &mut self.author {
            t.push_str(s);
        }
    }
}

/// True when an inline style hides the element.
fn hides(style: &str, buf: &mut Vec<u8>) -> bool {
    if !style.contains(':') {
        return false;
    }
    buf.clear();
    buf.extend(style.bytes().filter(|b| !is_ws(*b)).map(|b| b.to_ascii_lowercase()));
    memchr::memmem::find(buf, b"display:none").is_some()
        || memchr::memmem::find(buf, b"visibility:hidden").is_some()
}

/// Collapses runs of whitespace to one space and trims.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
