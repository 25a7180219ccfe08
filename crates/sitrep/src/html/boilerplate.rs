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
use super::tree::{BODY, Block, Doc, NEG, NONE};

/// How much a byte of bad text costs against a byte of good text.
const BAD_COST: f32 = 1.0;

/// Counts of sentence punctuation, used to tell prose from labels.
fn punctuation(t: &str) -> usize {
    t.bytes().filter(|&b| matches!(b, b'.' | b',' | b'!' | b'?' | b';' | b':')).count()
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
    let tag = doc.nodes.get(b.owner as usize).map_or(Tag::Root, |n| n.tag);
    if tag.heading_level() > 0 {
        return 0.0;
    }
    let eff = len - link;
    let punct = punctuation(t);
    if eff >= 150.0 || (eff >= 60.0 && punct > 0) {
        eff
    } else if eff >= 30.0 {
        0.0
    } else {
        -0.5 * len
    }
}

/// Indices of the blocks that make up the article, in document order.
pub(crate) fn select(doc: &Doc, title: Option<&str>) -> Vec<usize> {
    let n = doc.nodes.len();
    if n == 0 || doc.blocks.is_empty() {
        return Vec::new();
    }
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
    for i in (1..n).rev() {
        let node = &doc.nodes[i];
        let p = node.parent as usize;
        if p >= n {
            continue;
        }
        if node.flags & NEG != 0 {
            bad[p] += good[i] + bad[i];
        } else {
            good[p] += good[i];
            bad[p] += bad[i];
        }
    }
    let mut best = 0;
    let mut best_score = f32::MIN;
    for i in 0..n {
        let s = good[i] - BAD_COST * bad[i];
        if s > best_score {
            best_score = s;
            best = i;
        }
    }
    // A declared article body that holds most of the chosen text is the better container.
    for (i, node) in doc.nodes.iter().enumerate() {
        if node.flags & BODY != 0 && good[i] >= 0.8 * good[best] && good[i] > 0.0 {
            best = i;
            break;
        }
    }
    let end = doc.nodes[best].end as usize;
    let inside = |i: usize| i >= best && i < end;
    let mut out = Vec::new();
    for (k, b) in doc.blocks.iter().enumerate() {
        let o = b.owner as usize;
        if !inside(o) {
            continue;
        }
        let node = &doc.nodes[o];
        if node.neg != NONE && (node.neg as usize) > best && inside(node.neg as usize) {
            continue;
        }
        let t = doc.block_text(b);
        if b.link_len * 2 > t.len() {
            continue;
        }
        if node.tag == Tag::H1 {
            continue;
        }
        if title.is_some_and(|x| x == t) {
            continue;
        }
        out.push(k);
    }
    out
}
