//! Boilerplate removal: choose the element that holds the article, then keep its blocks.
//!
//! Every text block gets a weight: long, sentence-like text with few links is *good*,
//! link lists and short fragments are *bad*. Weights are summed up the tree in one reverse
//! pass over the arena; text under a boilerplate element (navigation, comments, share bars...)
//! counts as bad for every ancestor above that element. The container is the element with the
//! largest `good - bad`: it grows to take in all the article's paragraphs as long as what it
//! adds is more article than clutter. Its blocks are then kept unless they sit in a
//! boilerplate element inside it or look like link lists or headlines.

use super::tokenizer::Tag;
use super::tree::{BODY, Block, Doc, NEG, NONE, POS};

/// How much a byte of bad text costs against a byte of good text.
const BAD_COST: f32 = 1.0;

/// How fast good text loses weight as its share of link text grows.
const LINK_PENALTY: f32 = 2.0;

/// Factor on the score of container candidates inside a boilerplate element.
const NEG_DISCOUNT: f32 = 0.25;

/// A declared article body wins when it scores at least this share of the best container.
const BODY_SHARE: f32 = 0.5;

/// Declared article bodies scoring below this share of the best container are ignored.
const BODY_MIN_SHARE: f32 = 0.05;

/// Blocks with fewer words than this are dropped after the last prose block of the article.
const EDGE_WORDS: usize = 8;

/// Share of the page's prose above which a boilerplate mark is not believed.
const SPURIOUS_SHARE: f32 = 0.5;

/// Counts of sentence punctuation, used to tell prose from labels.
fn punctuation(t: &str) -> usize {
    t.bytes().filter(|&b| matches!(b, b'.' | b',' | b'!' | b'?' | b';' | b':')).count()
}

/// Escaped markup shown as text (`&lt;img src=...&gt;` from a `<noscript>` serialized as
/// text) is not prose.
fn looks_like_markup(t: &str) -> bool {
    let b = t.as_bytes();
    b.first() == Some(&b'<')
        && b.get(1).is_some_and(|c| c.is_ascii_alphabetic() || *c == b'/')
        && t.contains("=\"")
}

/// The block's weight: positive for article-like text, negative for clutter.
fn weight(doc: &Doc, b: &Block) -> f32 {
    let t = doc.block_text(b);
    let len = t.len() as f32;
    if len == 0.0 {
        return 0.0;
    }
    let link = b.link_len as f32;
    if link * 2.0 > len {
        return -len;
    }
    if looks_like_markup(t) {
        return 0.0;
    }
    let tag = doc.nodes.get(b.owner as usize).map_or(Tag::Root, |n| n.tag);
    if tag.heading_level() > 0 {
        return 0.0;
    }
    let eff = len - link;
    let punct = punctuation(t);
    if eff >= 150.0 || (eff >= 60.0 && punct > 0) {
        // Prose with many links is more likely a teaser (linked headline plus summary).
        eff * (1.0 - LINK_PENALTY * link / len).max(0.0)
    } else if eff >= 30.0 || matches!(tag, Tag::Td | Tag::Th) {
        // Data tables are made of short cells: neither prose nor clutter.
        0.0
    } else {
        -0.5 * len
    }
}

/// Per-node sums of good and bad block weight over each subtree, and which boilerplate
/// marks are believed.
struct Scores {
    good: Vec<f32>,
    bad: Vec<f32>,
    /// Nearest believed boilerplate ancestor-or-self, or [`NONE`].
    neg: Vec<u32>,
}

fn score(doc: &Doc) -> Scores {
    let n = doc.nodes.len();
    let mut good = vec![0f32; n];
    let mut bad = vec![0f32; n];
    for b in &doc.blocks {
        let w = weight(doc, b);
        let o = b.owner as usize;
        if o < n {
            if w > 0.0 {
                good[o] += w;
            } else {
                bad[o] -= w;
            }
        }
    }
    // Children come after parents in the arena, so one reverse pass sums every subtree.
    // First without boilerplate marks, to see how much of the page's prose each node holds.
    let mut raw = good.clone();
    let mut content_inside = vec![false; n];
    for i in (1..n).rev() {
        let p = doc.nodes[i].parent as usize;
        if p < n {
            raw[p] += raw[i];
            let f = doc.nodes[i].flags;
            content_inside[p] |= content_inside[i] || (f & (POS | BODY) != 0 && f & NEG == 0);
        }
    }
    // A boilerplate mark on an element that wraps a content element and most of the page's
    // prose is a layout name (`content-with-sidebar`), not boilerplate.
    let limit = SPURIOUS_SHARE * raw[0];
    let believed =
        |i: usize| doc.nodes[i].flags & NEG != 0 && !(content_inside[i] && raw[i] > limit);
    let mut neg = vec![NONE; n];
    for i in 1..n {
        let p = doc.nodes[i].parent as usize;
        neg[i] = if believed(i) {
            i as u32
        } else if p < n {
            neg[p]
        } else {
            NONE
        };
    }
    for i in (1..n).rev() {
        let p = doc.nodes[i].parent as usize;
        if p >= n {
            continue;
        }
        if believed(i) {
            bad[p] += good[i] + bad[i];
        } else {
            good[p] += good[i];
            bad[p] += bad[i];
        }
    }
    Scores { good, bad, neg }
}

/// A node's worth as the container. Text inside comments, sidebars and the like can be long
/// and clean (a reader's comment outgrows a short news item), so candidates inside a
/// boilerplate element are discounted.
fn candidate_score(sc: &Scores, i: usize) -> f32 {
    let s = sc.good[i] - BAD_COST * sc.bad[i];
    if sc.neg[i] != NONE { s * NEG_DISCOUNT } else { s }
}

/// The nearest common ancestor of two nodes, by walking up from `a` (bounded: the root is
/// returned for absurdly deep trees).
fn common_ancestor(doc: &Doc, a: u32, b: u32) -> u32 {
    let mut x = a;
    for _ in 0..10_000 {
        let Some(n) = doc.nodes.get(x as usize) else { return 0 };
        if x <= b && b < n.end {
            return x;
        }
        x = n.parent;
    }
    0
}

/// The container: the node with the largest candidate score.
fn container(doc: &Doc, sc: &Scores) -> usize {
    let n = doc.nodes.len();
    let mut best = 0;
    let mut best_score = f32::MIN;
    for i in 0..n {
        let s = candidate_score(sc, i);
        if s > best_score {
            best_score = s;
            best = i;
        }
    }
    // Declared article bodies (one, or several split by ads and embeds) are the better
    // container when they hold a fair share of the best candidate's text: their common
    // ancestor is taken so that no part is lost.
    let mut lca = NONE;
    for (i, node) in doc.nodes.iter().enumerate() {
        if node.flags & BODY == 0 || candidate_score(sc, i) < BODY_MIN_SHARE * best_score {
            continue;
        }
        lca = if lca == NONE { i as u32 } else { common_ancestor(doc, lca, i as u32) };
    }
    if lca != NONE && candidate_score(sc, lca as usize) >= BODY_SHARE * best_score {
        best = lca as usize;
    }
    best
}

/// Indices of the blocks that make up the article, in document order.
pub(crate) fn select(doc: &Doc, title: Option<&str>) -> Vec<usize> {
    if doc.nodes.is_empty() || doc.blocks.is_empty() {
        return Vec::new();
    }
    let sc = score(doc);
    let best = container(doc, &sc);
    let end = doc.nodes[best].end as usize;
    let inside = |i: usize| i >= best && i < end;
    let mut out = Vec::new();
    for (k, b) in doc.blocks.iter().enumerate() {
        let o = b.owner as usize;
        if !inside(o) {
            continue;
        }
        let node = &doc.nodes[o];
        let neg = sc.neg[o] as usize;
        if sc.neg[o] != NONE && neg > best && inside(neg) {
            continue;
        }
        let t = doc.block_text(b);
        if b.link_len * 2 > t.len() {
            continue;
        }
        if node.tag == Tag::H1 || looks_like_markup(t) {
            continue;
        }
        if title.is_some_and(|x| x == t) {
            continue;
        }
        out.push(k);
    }
    trim_edges(doc, &mut out);
    out
}

/// Drops short fragments after the last prose block: "Advert", "Tell us what you think",
/// "comments" labels. Short lines between prose blocks (subheadings, list items) are kept,
/// and so are those before the first one: measured, they are more often the article's
/// opening line than clutter.
fn trim_edges(doc: &Doc, out: &mut Vec<usize>) {
    let prose = |k: &usize| doc.blocks.get(*k).is_some_and(|b| weight(doc, b) > 0.0);
    let Some(last) = out.iter().rposition(prose) else { return };
    let short = |k: usize| {
        doc.blocks.get(k).is_some_and(|b| doc.block_text(b).split_whitespace().count() < EDGE_WORDS)
    };
    let mut keep = Vec::with_capacity(out.len());
    for (pos, &k) in out.iter().enumerate() {
        if pos > last && short(k) {
            continue;
        }
        keep.push(k);
    }
    *out = keep;
}

/// A report of the best container candidates, for tuning by hand.
pub(crate) fn explain(doc: &Doc, page: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if doc.nodes.is_empty() {
        return out;
    }
    let sc = score(doc);
    let best = container(doc, &sc);
    let mut idx: Vec<usize> = (0..doc.nodes.len()).collect();
    idx.sort_by(|&a, &b| {
        let sa = candidate_score(&sc, a);
        let sb = candidate_score(&sc, b);
        sb.total_cmp(&sa)
    });
    for &i in idx.iter().take(12) {
        let node = &doc.nodes[i];
        let s = node.start as usize;
        let tag: String = page.get(s..).unwrap_or("").chars().take(120).collect();
        let _ = writeln!(
            out,
            "{}{i} good={:.0} bad={:.0} flags={} {}",
            if i == best { "*" } else { " " },
            sc.good[i],
            sc.bad[i],
            node.flags,
            tag.replace('\n', " ")
        );
    }
    for b in &doc.blocks {
        let t = doc.block_text(b);
        let o = b.owner as usize;
        let inside = o >= best && o < doc.nodes[best].end as usize;
        let _ = writeln!(
            out,
            "{} w={:.0} owner={} neg={} {}",
            if inside { "IN " } else { "   " },
            weight(doc, b),
            b.owner,
            sc.neg[o] as i64,
            t.chars().take(100).collect::<String>()
        );
    }
    out
}
