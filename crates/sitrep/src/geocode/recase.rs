//! Capitals for text written in lower case.
//!
//! Recognition reads capitals: "Ahmedabad" is a name, "ahmedabad" is not. Some sources strip
//! them (the Times of India archive of IndiaPoliceEvents: "ahmedabad: the police on
//! saturday ..."), and there every place would be lost. A text whose words are almost all in
//! lower case is given back with capitals on the names of well-known places (a country, a
//! demonym, a first-level unit, a capital, a town of 50,000 or more) that are no common
//! English word, and on the first word of each sentence. Only letters whose capital has the
//! same UTF-8 length change, so every byte offset into the result is one into the input.

use super::fold::fold_into;
use super::gazetteer::{Gazetteer, NameKind};
use super::recognize::{Tok, is_stop, is_strong, tokenize};

/// Fewer than this share of mid-sentence words with a capital may make a text uncased...
const CASED_SHARE: f64 = 0.03;
/// ... when it also writes a day or a month in lower case, which no cased English text does
/// ("on saturday"), or when it is long and has almost no capital at all. Short cased reports
/// with few names ("Teachers hold sit-ins across the country to demand better conditions")
/// have a capital share under 3 % too: 96 of the dev texts of the event and geo corpora.
const BARE_SHARE: f64 = 0.01;
const BARE_MIN_WORDS: usize = 150;
/// Texts with fewer mid-sentence words say too little to tell.
const MIN_WORDS: usize = 20;
/// Days and months (not "may" and "march", which are words too).
const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Longest place name, in words, given capitals.
const MAX_NAME_WORDS: usize = 3;

/// The text with capitals restored, or `None` when it is cased already (or too short to
/// tell).
pub(crate) fn recase(gaz: &Gazetteer, text: &str) -> Option<String> {
    // A first look at the bytes, so that cased text (nearly all of it) costs no tokenising:
    // the words after a space, sentence openers included, with a capital.
    let (mut spaced, mut spaced_caps) = (0usize, 0usize);
    for w in text.as_bytes().windows(2).filter(|w| w[0] == b' ') {
        spaced += usize::from(w[1].is_ascii_alphabetic());
        spaced_caps += usize::from(w[1].is_ascii_uppercase());
    }
    if spaced_caps as f64 >= CASED_SHARE * spaced as f64 {
        return None;
    }
    let toks = tokenize(text);
    let words = toks.iter().filter(|t| !t.sent_start && is_word(t));
    let (mut n, mut capped, mut calendar) = (0usize, 0usize, false);
    for t in words {
        n += 1;
        capped += usize::from(t.cap);
        calendar |= CALENDAR.contains(&t.text);
    }
    let share = capped as f64 / n.max(1) as f64;
    let bare = n >= BARE_MIN_WORDS && share < BARE_SHARE;
    if n < MIN_WORDS || share >= CASED_SHARE || !(calendar || bare) {
        return None;
    }
    let mut out = text.to_string();
    let mut key = String::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].sent_start {
            capitalise(&mut out, toks[i].start);
        }
        let mut matched = 0;
        for len in (1..=MAX_NAME_WORDS.min(toks.len() - i)).rev() {
            let run = &toks[i..i + len];
            if run.windows(2).any(|w| &text[w[0].end..w[1].start] != " ") {
                continue;
            }
            key.clear();
            for t in run {
                fold_into(t.text, &mut key);
            }
            if names_a_known_place(gaz, &key) {
                matched = len;
                break;
            }
        }
        for t in &toks[i..i + matched] {
            capitalise(&mut out, t.start);
        }
        i += matched.max(1);
    }
    Some(out)
}

/// A word of two letters or more (not a number).
fn is_word(t: &Tok<'_>) -> bool {
    t.text.chars().nth(1).is_some() && t.text.chars().all(char::is_alphabetic)
}

/// Whether `key` (folded) names a well-known place and no common word: "ahmedabad",
/// "new delhi", "gujarat", "indian"; not "reading", "mobile" or "police".
fn names_a_known_place(gaz: &Gazetteer, key: &str) -> bool {
    if key.len() < 4 || is_stop(key) {
        return false;
    }
    let cands = gaz.lookup(key);
    if cands.is_empty() {
        return false;
    }
    let country_like = cands.iter().any(|&(row, kind)| {
        kind == NameKind::Demonym || gaz.feature(&gaz.place(row)).starts_with("PCL")
    });
    if gaz.is_common_word(key) && !country_like {
        return false;
    }
    country_like
        || is_strong(gaz, &cands)
        || cands
            .iter()
            .any(|&(row, kind)| kind == NameKind::Exact && gaz.place(row).population >= 50_000)
}

/// Gives the letter at byte `at` its capital when that keeps the byte length.
fn capitalise(s: &mut String, at: usize) {
    let Some(c) = s[at..].chars().next() else { return };
    let mut up = c.to_uppercase();
    let (Some(u), None) = (up.next(), up.next()) else { return };
    if u != c && u.len_utf8() == c.len_utf8() {
        let mut buf = [0u8; 4];
        s.replace_range(at..at + c.len_utf8(), u.encode_utf8(&mut buf));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalising_keeps_byte_offsets() {
        let mut s = "émeutes à gao".to_string();
        capitalise(&mut s, 0);
        capitalise(&mut s, "émeutes à ".len());
        assert_eq!(s, "Émeutes à Gao");
        // A letter whose capital is longer in UTF-8 stays as it is ("ı" -> "I" is 2 -> 1).
        let mut t = "ıstanbul".to_string();
        capitalise(&mut t, 0);
        assert_eq!(t, "ıstanbul");
    }
}
