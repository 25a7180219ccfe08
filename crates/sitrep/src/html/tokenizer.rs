//! A tolerant, single-pass HTML tokenizer over a `&str`.
//!
//! It yields start tags, end tags, text runs and raw-text element contents as byte ranges into
//! the page; it never allocates per token (attribute spans go into one reused buffer). It
//! follows the HTML5 tokenizer where it matters for text extraction (comments, raw-text
//! elements, quoted attribute values, `<` that starts no tag is text) and simplifies the rest.
//! Every step moves forward, so the work is linear in the page size.

use memchr::{memchr, memmem};

/// Declares the element names the extractor knows, with a lookup from a lowercase name.
macro_rules! tags {
    ($($variant:ident = $name:literal),* $(,)?) => {
        /// An element name the extractor treats specially; anything else is [`Tag::Other`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Tag {
            $($variant,)*
            /// Any other element (custom elements included); told apart by name hash.
            Other,
            /// The synthetic root of the tree.
            Root,
        }

        impl Tag {
            /// The tag for a lowercase element name.
            fn from_lower(name: &[u8]) -> Tag {
                match name {
                    $($name => Tag::$variant,)*
                    _ => Tag::Other,
                }
            }
        }
    };
}

tags! {
    A = b"a", Abbr = b"abbr", Address = b"address", Area = b"area", Article = b"article",
    Aside = b"aside", Audio = b"audio", B = b"b", Base = b"base", Blockquote = b"blockquote",
    Body = b"body", Br = b"br", Button = b"button", Canvas = b"canvas", Caption = b"caption",
    Center = b"center", Col = b"col", Dd = b"dd", Details = b"details", Dialog = b"dialog",
    Div = b"div", Dl = b"dl", Dt = b"dt", Em = b"em", Embed = b"embed", Fieldset = b"fieldset",
    Figcaption = b"figcaption", Figure = b"figure", Footer = b"footer", Form = b"form",
    H1 = b"h1", H2 = b"h2", H3 = b"h3", H4 = b"h4", H5 = b"h5", H6 = b"h6", Head = b"head",
    Header = b"header", Hr = b"hr", Html = b"html", I = b"i", Iframe = b"iframe", Img = b"img",
    Input = b"input", Label = b"label", Legend = b"legend", Li = b"li", Link = b"link",
    Main = b"main", Math = b"math", Menu = b"menu", Meta = b"meta", Nav = b"nav",
    Noembed = b"noembed", Noframes = b"noframes", Noscript = b"noscript", Object = b"object",
    Ol = b"ol", Optgroup = b"optgroup", Option = b"option", P = b"p", Param = b"param",
    Picture = b"picture", Plaintext = b"plaintext", Pre = b"pre", Script = b"script",
    Section = b"section", Select = b"select", Source = b"source", Span = b"span",
    Strong = b"strong", Style = b"style", Summary = b"summary", Svg = b"svg", Table = b"table",
    Tbody = b"tbody", Td = b"td", Template = b"template", Textarea = b"textarea",
    Tfoot = b"tfoot", Th = b"th", Thead = b"thead", Time = b"time", Title = b"title",
    Tr = b"tr", Track = b"track", U = b"u", Ul = b"ul", Video = b"video", Wbr = b"wbr",
    Xmp = b"xmp",
}

impl Tag {
    /// Elements that never have content or an end tag.
    pub(crate) fn is_void(self) -> bool {
        matches!(
            self,
            Tag::Area
                | Tag::Base
                | Tag::Br
                | Tag::Col
                | Tag::Embed
                | Tag::Hr
                | Tag::Img
                | Tag::Input
                | Tag::Link
                | Tag::Meta
                | Tag::Param
                | Tag::Source
                | Tag::Track
                | Tag::Wbr
        )
    }

    /// Elements whose content is not markup: the tokenizer skips to their end tag.
    fn is_raw_text(self) -> bool {
        matches!(
            self,
            Tag::Script
                | Tag::Style
                | Tag::Textarea
                | Tag::Title
                | Tag::Xmp
                | Tag::Iframe
                | Tag::Noembed
                | Tag::Noframes
                | Tag::Noscript
                | Tag::Plaintext
        )
    }

    /// Elements rendered as blocks: their start and end break paragraphs.
    pub(crate) fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Root
                | Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Body
                | Tag::Caption
                | Tag::Center
                | Tag::Dd
                | Tag::Details
                | Tag::Dialog
                | Tag::Div
                | Tag::Dl
                | Tag::Dt
                | Tag::Fieldset
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Form
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::Head
                | Tag::Header
                | Tag::Hr
                | Tag::Html
                | Tag::Legend
                | Tag::Li
                | Tag::Main
                | Tag::Menu
                | Tag::Nav
                | Tag::Ol
                | Tag::Option
                | Tag::P
                | Tag::Pre
                | Tag::Section
                | Tag::Summary
                | Tag::Table
                | Tag::Tbody
                | Tag::Td
                | Tag::Tfoot
                | Tag::Th
                | Tag::Thead
                | Tag::Tr
                | Tag::Ul
        )
    }

    /// Heading level 1..=6, or 0.
    pub(crate) fn heading_level(self) -> u8 {
        match self {
            Tag::H1 => 1,
            Tag::H2 => 2,
            Tag::H3 => 3,
            Tag::H4 => 4,
            Tag::H5 => 5,
            Tag::H6 => 6,
            _ => 0,
        }
    }
}

/// One attribute of the last start tag: byte ranges of its name and (raw) value.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AttrSpan {
    pub name: (usize, usize),
    pub value: (usize, usize),
}

/// One token; all offsets are byte offsets into the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token {
    /// `<name ...>`; its attributes are in [`Tokenizer::attrs`] until the next token.
    Start { tag: Tag, hash: u32, start: usize, self_closing: bool },
    /// `</name>`.
    End { tag: Tag, hash: u32, start: usize },
    /// Character data, entities not yet decoded.
    Text { start: usize, end: usize },
    /// The whole content of a raw-text element (script, style, title...), right after its start.
    Raw { start: usize, end: usize },
}

/// The tokenizer: call [`Tokenizer::next_token`] until it returns `None`.
pub(crate) struct Tokenizer<'a> {
    page: &'a str,
    pos: usize,
    /// A raw-text element was just opened: its name's length and tag, to find its end tag.
    raw: Option<(Tag, usize, usize)>,
    /// End tag to emit after a raw-text element's content.
    pending_end: Option<Token>,
    attrs: Vec<AttrSpan>,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\t' | b'\r' | b'\x0c')
}

/// FNV-1a over a lowercase name: tells unknown elements apart for end-tag matching.
fn name_hash(name: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in name {
        h ^= u32::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Classifies a tag name (any case); the hash is 0 for known tags.
fn classify(name: &[u8]) -> (Tag, u32) {
    let mut buf = [0u8; 12];
    if name.len() <= buf.len() {
        for (d, s) in buf.iter_mut().zip(name) {
            *d = s.to_ascii_lowercase();
        }
        let tag = Tag::from_lower(&buf[..name.len()]);
        if tag != Tag::Other {
            return (tag, 0);
        }
    }
    (Tag::Other, name_hash(name))
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer at the start of `page`.
    pub(crate) fn new(page: &'a str) -> Tokenizer<'a> {
        Tokenizer { page, pos: 0, raw: None, pending_end: None, attrs: Vec::with_capacity(16) }
    }

    /// Attributes of the last start tag.
    pub(crate) fn attrs(&self) -> &[AttrSpan] {
        &self.attrs
    }

    /// The next token, or `None` at the end of the page.
    pub(crate) fn next_token(&mut self) -> Option<Token> {
        if let Some(t) = self.pending_end.take() {
            return Some(t);
        }
        if let Some((tag, name_start, name_len)) = self.raw.take() {
            return Some(self.raw_text(tag, name_start, name_len));
        }
        let bytes = self.page.as_bytes();
        loop {
            let pos = self.pos;
            if pos >= bytes.len() {
                return None;
            }
            if bytes[pos] != b'<' {
                let end = memchr(b'<', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
                self.pos = end;
                return Some(Token::Text { start: pos, end });
            }
            let next = bytes.get(pos + 1).copied().unwrap_or(0);
            if next.is_ascii_alphabetic() {
                match self.start_tag(pos) {
                    Some(t) => return Some(t),
                    None => continue,
                }
            } else if next == b'/' {
                let n2 = bytes.get(pos + 2).copied().unwrap_or(0);
                if n2.is_ascii_alphabetic() {
                    return Some(self.end_tag(pos));
                }
                // `</>` is dropped, `</3` and the like are bogus comments up to `>`.
                self.skip_to_gt(pos + 2);
                continue;
            } else if next == b'!' {
                if bytes[pos..].starts_with(b"<!--") {
                    // An unclosed comment runs to the end of the page, as in HTML5.
                    let from = pos + 4;
                    self.pos =
                        memmem::find(&bytes[from..], b"-->").map_or(bytes.len(), |i| from + i + 3);
                    // `<!-->` closes at once.
                    if bytes.get(from) == Some(&b'>') {
                        self.pos = from + 1;
                    } else if bytes[from..].starts_with(b"->") {
                        self.pos = from + 2;
                    }
                } else {
                    self.skip_to_gt(pos + 2);
                }
                continue;
            } else if next == b'?' {
                self.skip_to_gt(pos + 2);
                continue;
            } else {
                // A `<` that opens no tag is text, up to the next `<`.
                let end = memchr(b'<', &bytes[pos + 1..]).map_or(bytes.len(), |i| pos + 1 + i);
                self.pos = end;
                return Some(Token::Text { start: pos, end });
            }
        }
    }

    fn skip_to_gt(&mut self, from: usize) {
        let bytes = self.page.as_bytes();
        let from = from.min(bytes.len());
        self.pos = memchr(b'>', &bytes[from..]).map_or(bytes.len(), |i| from + i + 1);
    }

    fn name_end(&self, from: usize) -> usize {
        let bytes = self.page.as_bytes();
        let mut i = from;
        while i < bytes.len() && !is_ws(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
            i += 1;
        }
        i
    }

    fn start_tag(&mut self, pos: usize) -> Option<Token> {
        let bytes = self.page.as_bytes();
        let name_start = pos + 1;
        let name_end = self.name_end(name_start);
        let (tag, hash) = classify(&bytes[name_start..name_end]);
        self.attrs.clear();
        let mut i = name_end;
        let mut self_closing = false;
        loop {
            while i < bytes.len() && is_ws(bytes[i]) {
                i += 1;
            }
            if i >= bytes.len() {
                // A tag cut by the end of the page is dropped, as in HTML5.
                self.pos = bytes.len();
                return None;
            }
            match bytes[i] {
                b'>' => {
                    i += 1;
                    break;
                }
                b'/' => {
                    i += 1;
                    if bytes.get(i) == Some(&b'>') {
                        self_closing = true;
                        i += 1;
                        break;
                    }
                    continue;
                }
                _ => {}
            }
            let an_start = i;
            // The first character may be `=` (a parse error HTML5 keeps in the name).
            i += 1;
            while i < bytes.len() && !is_ws(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            let an_end = i;
            while i < bytes.len() && is_ws(bytes[i]) {
                i += 1;
            }
            let mut value = (i, i);
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while i < bytes.len() && is_ws(bytes[i]) {
                    i += 1;
                }
                match bytes.get(i) {
                    Some(&q) if q == b'"' || q == b'\'' => {
                        let vs = i + 1;
                        match memchr(q, &bytes[vs..]) {
                            Some(k) => {
                                value = (vs, vs + k);
                                i = vs + k + 1;
                            }
                            None => {
                                self.pos = bytes.len();
                                return None;
                            }
                        }
                    }
                    _ => {
                        let vs = i;
                        while i < bytes.len() && !is_ws(bytes[i]) && bytes[i] != b'>' {
                            i += 1;
                        }
                        value = (vs, i);
                    }
                }
            }
            self.attrs.push(AttrSpan { name: (an_start, an_end), value });
        }
        self.pos = i;
        if tag.is_raw_text() {
            self.raw = Some((tag, name_start, name_end - name_start));
        }
        Some(Token::Start { tag, hash, start: pos, self_closing })
    }

    fn end_tag(&mut self, pos: usize) -> Token {
        let bytes = self.page.as_bytes();
        let name_start = pos + 2;
        let name_end = self.name_end(name_start);
        let (tag, hash) = classify(&bytes[name_start..name_end]);
        // Attributes on end tags are ignored, but quoted `>` must not end the tag early.
        let mut i = name_end;
        let mut quote = 0u8;
        while i < bytes.len() {
            let b = bytes[i];
            if quote != 0 {
                if b == quote {
                    quote = 0;
                }
            } else if b == b'>' {
                break;
            } else if (b == b'"' || b == b'\'') && bytes.get(i.wrapping_sub(1)) == Some(&b'=') {
                quote = b;
            }
            i += 1;
        }
        self.pos = (i + 1).min(bytes.len());
        Token::End { tag, hash, start: pos }
    }

    /// Content of a raw-text element up to its end tag (or the end of the page).
    fn raw_text(&mut self, tag: Tag, name_start: usize, name_len: usize) -> Token {
        let bytes = self.page.as_bytes();
        let start = self.pos;
        if tag == Tag::Plaintext {
            self.pos = bytes.len();
            return Token::Raw { start, end: bytes.len() };
        }
        let name = &bytes[name_start..name_start + name_len];
        let finder = memmem::Finder::new(b"</");
        let mut from = start;
        while let Some(k) = finder.find(&bytes[from..]) {
            let at = from + k;
            let ns = at + 2;
            let ne = ns + name_len;
            if ne <= bytes.len()
                && bytes[ns..ne].eq_ignore_ascii_case(name)
                && bytes.get(ne).is_none_or(|&b| is_ws(b) || b == b'/' || b == b'>')
            {
                self.pos = at;
                let end_tok = self.end_tag(at);
                self.pending_end = Some(end_tok);
                return Token::Raw { start, end: at };
            }
            from = at + 2;
        }
        self.pos = bytes.len();
        Token::Raw { start, end: bytes.len() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(page: &str) -> Vec<Token> {
        let mut t = Tokenizer::new(page);
        let mut out = Vec::new();
        while let Some(tok) = t.next_token() {
            out.push(tok);
        }
        out
    }

    #[test]
    fn basic_tags_and_text() {
        let t = toks("<p class=a>Hi <b>x</b></p>");
        assert!(matches!(t[0], Token::Start { tag: Tag::P, .. }));
        assert_eq!(t[1], Token::Text { start: 11, end: 14 });
        assert!(matches!(t[2], Token::Start { tag: Tag::B, .. }));
        assert!(matches!(t[5], Token::End { tag: Tag::P, .. }));
    }

    #[test]
    fn script_is_raw() {
        let page = "<script>if (a<b) x='</p>';</SCRIPT >after";
        let t = toks(page);
        assert!(matches!(t[0], Token::Start { tag: Tag::Script, .. }));
        let Token::Raw { start, end } = t[1] else { panic!("{t:?}") };
        assert_eq!(&page[start..end], "if (a<b) x='</p>';");
        assert!(matches!(t[2], Token::End { tag: Tag::Script, .. }));
        assert!(matches!(t[3], Token::Text { .. }));
    }

    #[test]
    fn lone_lt_is_text_and_comments_skip() {
        let page = "a < b <!-- <p> --> c <3 <!-->d";
        let texts: String = toks(page)
            .into_iter()
            .filter_map(|t| match t {
                Token::Text { start, end } => Some(&page[start..end]),
                _ => None,
            })
            .collect();
        assert_eq!(texts, "a < b  c <3 d");
    }

    #[test]
    fn quoted_gt_in_attribute() {
        let page = "<a title='x > y' href=\"/a\">t</a>";
        let mut t = Tokenizer::new(page);
        assert!(matches!(t.next_token(), Some(Token::Start { tag: Tag::A, .. })));
        assert_eq!(t.attrs().len(), 2);
        let v = t.attrs()[0].value;
        assert_eq!(&page[v.0..v.1], "x > y");
        assert_eq!(t.next_token(), Some(Token::Text { start: 27, end: 28 }));
    }

    #[test]
    fn unterminated_things_end() {
        for page in ["<div class=\"", "<!-- x", "<script>x", "<a href=x", "</", "<", "&"] {
            let _ = toks(page);
        }
    }
}
