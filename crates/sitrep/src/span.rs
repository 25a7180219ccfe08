//! Byte spans into a document's article text and the map from article text back to the raw input.
//!
//! Every offset sitrep reports is a half-open range of UTF-8 byte offsets into
//! [`Document::text`](crate::Document::text). [`OffsetMap`] carries each text offset back to
//! the decoded raw input, so a reader can check any field against the page it came from.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// A half-open range of UTF-8 byte offsets, `start <= end`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`; the two are swapped if given in the wrong order.
    pub fn new(start: usize, end: usize) -> Span {
        let (a, b) = if start <= end { (start, end) } else { (end, start) };
        Span { start: to_u32(a), end: to_u32(b) }
    }

    /// The span as a `Range<usize>` for slicing.
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers, or `None` when it is out of bounds or not on char boundaries.
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }
}

/// At most `len` bytes of `text` from byte `start`, cut back to a char boundary (empty when
/// `start` is out of bounds or inside a char): the words right after an offset, read without
/// copying or lowercasing the rest of a long document.
pub fn window_after(text: &str, start: usize, len: usize) -> &str {
    let Some(rest) = text.get(start..) else { return "" };
    let mut end = rest.len().min(len);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    &rest[..end]
}

/// At most `len` bytes of `text` before byte `end`, cut forward to a char boundary (empty when
/// `end` is out of bounds or inside a char).
pub fn window_before(text: &str, end: usize, len: usize) -> &str {
    let Some(head) = text.get(..end) else { return "" };
    let mut start = end.saturating_sub(len);
    while !head.is_char_boundary(start) {
        start += 1;
    }
    &head[start..]
}

/// `s` in lower case, byte for byte aligned with `s`, so that an offset into one is the same
/// offset into the other. A character whose lower case takes another number of bytes ("İ",
/// U+0130, lowers to "i" and a combining dot; "Ⱥ" to a three-byte "ⱥ") is kept as written:
/// a sentence naming İzmir still has its other words read.
pub fn lowercase_aligned(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

fn to_u32(n: usize) -> u32 {
    // Documents are capped far below 4 GiB at ingest, so this never saturates in practice.
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Maps byte offsets of a derived text (the article text) to byte offsets of the raw input.
///
/// Stored as anchors `(text_offset, raw_offset)` sorted by text offset: between two anchors the
/// text was copied from the raw input byte for byte, so an offset maps linearly from the anchor
/// before it (clamped to the next anchor's raw offset, which covers decoded entities).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap {
    anchors: Vec<(u32, u32)>,
}

impl OffsetMap {
    /// The identity map (text is the raw input).
    pub fn identity() -> OffsetMap {
        OffsetMap { anchors: vec![(0, 0)] }
    }

    /// Records that text offset `text` comes from raw offset `raw`. Calls must come in
    /// increasing `text` order.
    pub fn push(&mut self, text: usize, raw: usize) {
        let (t, r) = (to_u32(text), to_u32(raw));
        match self.anchors.last_mut() {
            Some(last) if last.0 == t => last.1 = r,
            _ => self.anchors.push((t, r)),
        }
    }

    /// The raw offset a text offset comes from.
    pub fn to_raw(&self, text: usize) -> usize {
        let t = to_u32(text);
        let i = self.anchors.partition_point(|a| a.0 <= t);
        if i == 0 {
            return text;
        }
        let (at, ar) = self.anchors[i - 1];
        let mapped = ar as usize + (t - at) as usize;
        match self.anchors.get(i) {
            Some(&(_, next_raw)) if (next_raw as usize) < mapped && next_raw >= ar => {
                next_raw as usize
            }
            _ => mapped,
        }
    }

    /// Maps a whole span to the raw input.
    pub fn span_to_raw(&self, span: Span) -> Span {
        Span::new(self.to_raw(span.start as usize), self.to_raw(span.end as usize))
    }

    /// Number of anchors (for tests and diagnostics).
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    /// True when the map has no anchor.
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_stop_at_char_boundaries() {
        let text = "Kidal — Ménaka";
        assert_eq!(window_after(text, 0, 7), "Kidal ");
        assert_eq!(window_after(text, 6, 2), "");
        assert_eq!(window_after(text, 9, 100), " Ménaka");
        assert_eq!(window_after(text, 999, 5), "");
        assert_eq!(window_before(text, 9, 3), "—");
        assert_eq!(window_before(text, 9, 2), "");
        assert_eq!(window_before(text, 5, 100), "Kidal");
        assert_eq!(window_before(text, 7, 5), "");
    }

    #[test]
    fn span_orders_and_slices() {
        let s = Span::new(5, 2);
        assert_eq!(s, Span { start: 2, end: 5 });
        assert_eq!(s.get("abcdefg"), Some("cde"));
        assert_eq!(Span::new(0, 100).get("abc"), None);
        assert_eq!(format!("{s:?}"), "2..5");
    }

    #[test]
    fn offset_map_piecewise() {
        // raw: "<p>ab</p><p>cd</p>"  text: "ab\n\ncd"
        let mut m = OffsetMap::default();
        m.push(0, 3);
        m.push(4, 12);
        assert_eq!(m.to_raw(0), 3);
        assert_eq!(m.to_raw(1), 4);
        assert_eq!(m.to_raw(4), 12);
        assert_eq!(m.to_raw(5), 13);
    }

    #[test]
    fn lower_case_keeps_offsets() {
        assert_eq!(lowercase_aligned("Attack in İzmir"), "attack in İzmir");
        assert_eq!(lowercase_aligned("ÉTAT Ⱥ"), "état Ⱥ");
        assert_eq!(lowercase_aligned("KIDAL"), "kidal");
    }

    proptest::proptest! {
        #[test]
        fn identity_round_trip(n in 0usize..100_000) {
            proptest::prop_assert_eq!(OffsetMap::identity().to_raw(n), n);
        }

        #[test]
        fn lower_case_is_aligned_with_the_text(s in "\\PC{0,40}") {
            let lower = lowercase_aligned(&s);
            proptest::prop_assert_eq!(lower.len(), s.len());
            for (i, _) in s.char_indices() {
                proptest::prop_assert!(lower.is_char_boundary(i));
            }
        }
    }
}
