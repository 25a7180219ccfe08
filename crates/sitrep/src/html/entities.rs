//! Character references (`&amp;`, `&#8217;`, `&rsquo;`...) decoded one at a time.
//!
//! The common names are a `match`; rarer ones fall back to `html-escape`'s full table, so the
//! hot path allocates nothing.

use std::borrow::Cow;

/// A decoded reference: its text and how many page bytes it used.
pub(crate) struct Decoded {
    pub text: DecodedText,
    pub len: usize,
}

/// The text a reference stands for, kept without allocating when possible.
pub(crate) enum DecodedText {
    Char(char),
    Static(&'static str),
    Owned(String),
}

impl DecodedText {
    /// The decoded text as a `&str` (a char is encoded into `buf`).
    pub(crate) fn as_str<'b>(&'b self, buf: &'b mut [u8; 4]) -> &'b str {
        match self {
            DecodedText::Char(c) => c.encode_utf8(buf),
            DecodedText::Static(s) => s,
            DecodedText::Owned(s) => s,
        }
    }
}

/// Decodes the reference at the start of `s` (which starts with `&`), or `None` when `s` does
/// not start with a valid reference (the `&` is then literal text).
pub(crate) fn decode(s: &str) -> Option<Decoded> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        return numeric(b);
    }
    let mut i = 1;
    while i < b.len() && i <= 32 && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == 1 {
        return None;
    }
    let name = s.get(1..i)?;
    let semi = b.get(i) == Some(&b';');
    if let Some(t) = common(name) {
        return Some(Decoded { text: DecodedText::Static(t), len: i + usize::from(semi) });
    }
    if !semi {
        return None;
    }
    let whole = s.get(..=i)?;
    match html_escape::decode_html_entities(whole) {
        Cow::Owned(t) if t != whole => Some(Decoded { text: DecodedText::Owned(t), len: i + 1 }),
        _ => None,
    }
}

fn numeric(b: &[u8]) -> Option<Decoded> {
    let (hex, mut i) = match b.get(2) {
        Some(b'x' | b'X') => (true, 3),
        _ => (false, 2),
    };
    let digits_start = i;
    let mut v: u32 = 0;
    while i < b.len() {
        let d = match b[i] {
            c @ b'0'..=b'9' => u32::from(c - b'0'),
            c @ b'a'..=b'f' if hex => u32::from(c - b'a' + 10),
            c @ b'A'..=b'F' if hex => u32::from(c - b'A' + 10),
            _ => break,
        };
        // Saturate: huge numbers are invalid code points and become U+FFFD.
        v = v.saturating_mul(if hex { 16 } else { 10 }).saturating_add(d);
        i += 1;
    }
    if i == digits_start {
        return None;
    }
    if b.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match v {
        // Windows-1252 code points pages often send as numeric references.
        0x80 => '€',
        0x85 => '…',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x96 => '–',
        0x97 => '—',
        0 => '\u{fffd}',
        _ => char::from_u32(v).unwrap_or('\u{fffd}'),
    };
    Some(Decoded { text: DecodedText::Char(c), len: i })
}

fn common(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "rsquo" => "’",
        "lsquo" => "‘",
        "rdquo" => "”",
        "ldquo" => "“",
        "mdash" => "—",
        "ndash" => "–",
        "hellip" => "…",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "eacute" => "é",
        "bull" => "•",
        "middot" => "·",
        "laquo" => "«",
        "raquo" => "»",
        "shy" => "\u{ad}",
        "zwnj" => "\u{200c}",
        "thinsp" => "\u{2009}",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::decode;

    fn d(s: &str) -> Option<(String, usize)> {
        decode(s).map(|x| (x.text.as_str(&mut [0; 4]).to_owned(), x.len))
    }

    #[test]
    fn decodes_named_numeric_and_rejects_junk() {
        assert_eq!(d("&amp;x"), Some(("&".into(), 5)));
        assert_eq!(d("&amp x"), Some(("&".into(), 4)));
        assert_eq!(d("&#8217;s"), Some(("’".into(), 7)));
        assert_eq!(d("&#x2019;"), Some(("’".into(), 8)));
        assert_eq!(d("&#146;"), Some(("’".into(), 6)));
        assert_eq!(d("&#99999999999;"), Some(("\u{fffd}".into(), 14)));
        assert_eq!(d("&#xD800;"), Some(("\u{fffd}".into(), 8)));
        assert_eq!(d("&Aacute;"), Some(("Á".into(), 8)));
        assert_eq!(d("&notanentity;"), None);
        assert_eq!(d("& b"), None);
        assert_eq!(d("&#;"), None);
        assert_eq!(d("&"), None);
    }
}
