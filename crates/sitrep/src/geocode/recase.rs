//! Capitals for text written in lower case.
//!
//! Recognition reads capitals: "Ahmedabad" is a name, "ahmedabad" is not. Some sources strip
//! them (the Times of India archive of IndiaPoliceEvents: "ahmedabad: the police on
//! saturday ..."), and there every place would be lost. A text whose words are almost all in
//! lower case is given back with capitals on the names of well-known places (a country, a
//! demonym, a first-level unit, a capital, a town of 50,000 or more) that are no common
//! English word, and on the first word of each sentence. A text written all in capitals
//! ("GUNMEN KILLED 12 VILLAGERS IN SOLHAN"), where every word looks like an acronym, is put in
//! lower case but for its short non-words ("JNIM"), then given capitals on its sentences, on
//! every place the gazetteer knows, and on every other word no English list has (most likely
//! a name). Only letters whose other case has the same UTF-8 length change, so every byte
//! offset into the result is one into the input.

use super::fold::fold_into;
use super::gazetteer::{Gazetteer, NameKind};
use super::recognize::{Tok, is_stop, is_strong, tokenize};
use crate::mentions::dates::is_lowercase_calendar_word;

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
/// Population from which a town's name in a lower-case text is given a capital (smaller
/// towns' names are more often words: "reading", "bath").
const MIN_POPULATION: u32 = 50_000;
/// Longest place name, in words, given capitals.
const MAX_NAME_WORDS: usize = 3;

/// Share of upper-case letters from which a text is written in capitals ("GUNMEN KILLED 12
/// VILLAGERS IN SOLHAN"): every word then looks like an acronym or a dateline.
const SHOUTED_SHARE: f64 = 0.8;
/// Fewest letters for that reading.
const SHOUTED_MIN_LETTERS: usize = 60;

/// The text with capitals restored, or `None` when it is cased already (or too short to
/// tell). A text in capitals is first put in lower case.
pub(crate) fn recase(gaz: &Gazetteer, text: &str) -> Option<String> {
    // A first look at the bytes, so that cased text (nearly all of it) costs no tokenising:
    // the letters in upper case, and the words after a space (sentence openers included)
    // with a capital.
    let (mut letters, mut upper) = (0usize, 0usize);
    for b in text.bytes().filter(u8::is_ascii_alphabetic) {
        letters += 1;
        upper += usize::from(b.is_ascii_uppercase());
    }
    if letters >= SHOUTED_MIN_LETTERS && upper as f64 >= SHOUTED_SHARE * letters as f64 {
        // Short words that are no English word and no place are acronyms, and stay so
        // ("JNIM", "ISGS", "FAMA"); every other letter goes to lower case.
        // A word of a place's name of two is no acronym ("BURKINA FASO").
        let mut lower = text.to_string();
        let toks = tokenize(text);
        for (k, t) in toks.iter().enumerate() {
            let key = super::fold::fold(t.text);
            let in_pair = |a: &Tok<'_>, b: &Tok<'_>| {
                text[a.end..b.start] == *" "
                    && !gaz.lookup(&super::fold::fold(&text[a.start..b.end])).is_empty()
            };
            let acronym = t.text.chars().count() <= 5
                && t.text.chars().all(|c| c.is_ascii_uppercase())
                && !gaz.is_common_word(&key)
                && !is_stop(&key)
                && gaz.lookup(&key).is_empty()
                && !(k > 0 && in_pair(&toks[k - 1], t))
                && !toks.get(k + 1).is_some_and(|n| in_pair(t, n));
            if !acronym {
                for (at, _) in t.text.char_indices() {
                    set_case(&mut lower, t.start + at, false);
                }
            }
        }
        // Capitals say nothing here: any place the gazetteer knows is given one.
        return Some(restore_capitals(gaz, &lower, 0, true));
    }
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
        calendar |= is_lowercase_calendar_word(t.text);
    }
    let share = capped as f64 / n.max(1) as f64;
    let bare = n >= BARE_MIN_WORDS && share < BARE_SHARE;
    if n < MIN_WORDS || share >= CASED_SHARE || !(calendar || bare) {
        return None;
    }
    // (Not every other word: Indian reports in lower case are full of words no English list
    // has, "shila pujan", "godhra"; IndiaPoliceEvents placed fewer events in their city.)
    Some(restore_capitals(gaz, text, MIN_POPULATION, false))
}

/// Capitals on the first word of each sentence and on the names of places of `min_population`
/// or more (and of countries, demonyms, first-level units, capitals) that are no common word.
fn restore_capitals(gaz: &Gazetteer, text: &str, min_population: u32, names_too: bool) -> String {
    let toks = tokenize(text);
    let mut out = text.to_string();
    let mut key = String::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].sent_start {
            set_case(&mut out, toks[i].start, true);
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
            if names_a_known_place(gaz, &key, min_population) {
                matched = len;
                break;
            }
        }
        for t in &toks[i..i + matched] {
            set_case(&mut out, t.start, true);
        }
        if matched == 0 && names_too && is_name_like(gaz, &toks[i]) {
            set_case(&mut out, toks[i].start, true);
        }
        i += matched.max(1);
    }
    out
}

/// A word of three letters or more that is no English word: in a text that was all capitals,
/// most likely a name ("solhan", "koglweogo").
fn is_name_like(gaz: &Gazetteer, t: &Tok<'_>) -> bool {
    let key = super::fold::fold(t.text);
    t.text.chars().nth(2).is_some()
        && t.text.chars().all(char::is_alphabetic)
        && !gaz.is_common_word(&key)
        && !is_stop(&key)
}

/// A word of two letters or more (not a number).
fn is_word(t: &Tok<'_>) -> bool {
    t.text.chars().nth(1).is_some() && t.text.chars().all(char::is_alphabetic)
}

/// Whether `key` (folded) names a well-known place and no common word: "ahmedabad",
/// "new delhi", "gujarat", "indian"; not "reading", "mobile" or "police".
fn names_a_known_place(gaz: &Gazetteer, key: &str, min_population: u32) -> bool {
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
    // A common word, alone or ending a longer name ("the village"), is no place's name here.
    let last = key.rsplit(' ').next().unwrap_or(key);
    if (gaz.is_common_word(key) || gaz.is_common_word(last) || is_stop(last)) && !country_like {
        return false;
    }
    country_like
        || is_strong(gaz, &cands)
        || cands.iter().any(|&(row, kind)| {
            kind == NameKind::Exact && gaz.place(row).population >= min_population
        })
}

/// Gives the letter at byte `at` its capital (or its small letter) when that keeps the byte
/// length.
fn set_case(s: &mut String, at: usize, upper: bool) {
    let Some(c) = s[at..].chars().next() else { return };
    // One char for one char, without allocating ("ß" capitalises to two).
    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }
    let changed = if upper { single(c.to_uppercase()) } else { single(c.to_lowercase()) };
    let Some(u) = changed else { return };
    if u != c && u.len_utf8() == c.len_utf8() {
        let mut buf = [0u8; 4];
        s.replace_range(at..at + c.len_utf8(), u.encode_utf8(&mut buf));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changing_case_keeps_byte_offsets() {
        let mut s = "émeutes à gao".to_string();
        set_case(&mut s, 0, true);
        set_case(&mut s, "émeutes à ".len(), true);
        assert_eq!(s, "Émeutes à Gao");
        // A letter whose capital is longer in UTF-8 stays as it is ("ı" -> "I" is 2 -> 1).
        let mut t = "ıstanbul".to_string();
        set_case(&mut t, 0, true);
        assert_eq!(t, "ıstanbul");
    }
}
