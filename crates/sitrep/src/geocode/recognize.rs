//! Toponym recognition: capitalised token sequences matched against the gazetteer's name
//! index, then filtered by context so persons, organisations and common words that share a
//! place's name are dropped.

use super::fold::{fold_into, is_apostrophe};
use super::gazetteer::{Gazetteer, NameKind, Row};
use std::collections::HashSet;

/// Longest name, in tokens, tried against the index.
const MAX_TOKENS: usize = 6;

/// A word of the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// First letter is uppercase.
    pub cap: bool,
    /// First word of a sentence (its capital says nothing).
    pub sent_start: bool,
}

/// Splits text into words: runs of alphanumerics, with inner apostrophes kept ("Sana'a") but
/// a possessive "'s" left out ("Mali's" gives "Mali").
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                chars.next();
            } else if is_apostrophe(d) {
                let rest = &text[j + d.len_utf8()..];
                let mut after = rest.chars();
                let next = after.next();
                let possessive = matches!(next, Some('s' | 'S'))
                    && !after.next().is_some_and(char::is_alphanumeric);
                if possessive || !next.is_some_and(char::is_alphabetic) {
                    break;
                }
                chars.next();
            } else {
                break;
            }
        }
        let word = &text[i..end];
        let cap = c.is_uppercase();
        toks.push(Tok { start: i, end, text: word, cap, sent_start: false });
    }
    for k in 0..toks.len() {
        let before = &text[..toks[k].start];
        let prev = if k > 0 { Some(toks[k - 1]) } else { None };
        toks[k].sent_start = is_sentence_start(before, prev);
    }
    toks
}

fn is_sentence_start(before: &str, prev: Option<Tok<'_>>) -> bool {
    let trimmed = before.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '-' | '—' | '–' | '*')
    });
    if trimmed.len() < before.len() && before[trimmed.len()..].contains('\n') {
        return true;
    }
    match trimmed.chars().next_back() {
        None => true,
        Some('!' | '?' | ':' | ';' | '”' | '|') => true,
        Some('.') => {
            // "St. Louis", "Mr. Smith", "U.S. troops": a period after an abbreviation does not
            // end the sentence.
            prev.is_none_or(|p| !is_abbreviation(p.text))
        }
        _ => false,
    }
}

fn is_abbreviation(w: &str) -> bool {
    w.chars().count() == 1
        || matches!(
            w,
            "St" | "Ste"
                | "Mt"
                | "Ft"
                | "Pt"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Dr"
                | "Gen"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Capt"
                | "Gov"
                | "Sen"
                | "Rep"
                | "Prof"
                | "Rev"
                | "Jr"
                | "Sr"
                | "Co"
                | "Inc"
                | "Ltd"
                | "Corp"
                | "No"
                | "Vs"
                | "vs"
        )
}

/// Lowercase words that may sit inside a multi-word place name.
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "de"
            | "del"
            | "la"
            | "le"
            | "les"
            | "el"
            | "al"
            | "du"
            | "des"
            | "da"
            | "do"
            | "dos"
            | "das"
            | "di"
            | "upon"
            | "on"
            | "the"
            | "sur"
            | "en"
            | "am"
            | "an"
            | "der"
            | "bin"
            | "ibn"
            | "y"
            | "and"
    )
}

/// Whether tokens `a` and `b` (consecutive) may be read as parts of one name.
fn joinable(text: &str, a: Tok<'_>, b: Tok<'_>) -> bool {
    let gap = &text[a.end..b.start];
    match gap {
        " " | "-" | "‐" => true,
        "." => a.text.chars().count() == 1 && b.text.chars().count() == 1,
        ". " => matches!(a.text, "St" | "Ste" | "Mt" | "Ft" | "Pt"),
        _ => gap.len() <= 3 && gap.chars().all(|c| c == ' ' || c == '\u{a0}'),
    }
}

/// Words that name no place in news text although some village carries them.
pub(crate) fn is_stop(key: &str) -> bool {
    STOP.contains(&key)
}

/// Common capitalised words (titles, days, months, institutions, pronouns, news terms)
/// that GeoNames also has as some small place's name or alternate name.
const STOP: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "ago",
    "air",
    "all",
    "also",
    "am",
    "america s",
    "an",
    "and",
    "another",
    "any",
    "april",
    "are",
    "army",
    "around",
    "art",
    "as",
    "at",
    "august",
    "aviation",
    "back",
    "bank",
    "bar",
    "be",
    "beach",
    "because",
    "before",
    "best",
    "big",
    "bill",
    "black",
    "blue",
    "board",
    "both",
    "boy",
    "brown",
    "but",
    "by",
    "calm",
    "camp",
    "can",
    "capital",
    "center",
    "central",
    "centre",
    "chief",
    "children",
    "christmas",
    "church",
    "city",
    "civil",
    "club",
    "coast",
    "college",
    "come",
    "commerce",
    "common",
    "community",
    "congress",
    "council",
    "county",
    "court",
    "cross",
    "day",
    "dead",
    "december",
    "democrat",
    "democrats",
    "department",
    "did",
    "district",
    "do",
    "does",
    "during",
    "each",
    "early",
    "earth",
    "east",
    "easter",
    "eastern",
    "economy",
    "education",
    "election",
    "energy",
    "even",
    "every",
    "fair",
    "faith",
    "fall",
    "family",
    "february",
    "federal",
    "field",
    "fire",
    "first",
    "for",
    "forest",
    "fort",
    "freedom",
    "friday",
    "from",
    "gas",
    "general",
    "god",
    "gold",
    "golden",
    "good",
    "government",
    "governor",
    "grand",
    "great",
    "green",
    "guard",
    "had",
    "hall",
    "happy",
    "has",
    "have",
    "he",
    "health",
    "her",
    "here",
    "high",
    "highway",
    "his",
    "home",
    "hope",
    "hospital",
    "house",
    "how",
    "i",
    "if",
    "in",
    "independence",
    "interior",
    "is",
    "island",
    "islands",
    "it",
    "its",
    "january",
    "jesus",
    "job",
    "july",
    "june",
    "just",
    "justice",
    "key",
    "king",
    "lake",
    "last",
    "late",
    "law",
    "liberty",
    "library",
    "life",
    "light",
    "like",
    "little",
    "long",
    "lord",
    "love",
    "main",
    "man",
    "many",
    "march",
    "marine",
    "market",
    "may",
    "mayor",
    "me",
    "media",
    "memorial",
    "middle",
    "mine",
    "ministry",
    "mission",
    "monday",
    "more",
    "most",
    "mount",
    "mountain",
    "much",
    "my",
    "national",
    "navy",
    "new",
    "news",
    "next",
    "no",
    "none",
    "north",
    "northern",
    "not",
    "november",
    "now",
    "ocean",
    "october",
    "of",
    "office",
    "oil",
    "old",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "page",
    "palace",
    "park",
    "parliament",
    "party",
    "peace",
    "people",
    "plaza",
    "police",
    "port",
    "post",
    "power",
    "president",
    "press",
    "prime",
    "prince",
    "public",
    "queen",
    "red",
    "republic",
    "republican",
    "republicans",
    "rescue",
    "river",
    "road",
    "rock",
    "rose",
    "royal",
    "sale",
    "saturday",
    "school",
    "sea",
    "second",
    "security",
    "senate",
    "september",
    "she",
    "since",
    "so",
    "some",
    "south",
    "southern",
    "spring",
    "square",
    "star",
    "state",
    "station",
    "still",
    "street",
    "such",
    "summer",
    "sunday",
    "sunset",
    "supreme",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thursday",
    "to",
    "today",
    "town",
    "trade",
    "tuesday",
    "twitter",
    "under",
    "union",
    "united",
    "university",
    "up",
    "valley",
    "victoria s",
    "victory",
    "village",
    "war",
    "was",
    "water",
    "we",
    "wednesday",
    "welcome",
    "well",
    "were",
    "west",
    "western",
    "what",
    "when",
    "where",
    "which",
    "while",
    "white",
    "who",
    "why",
    "will",
    "winter",
    "with",
    "world",
    "year",
    "yes",
    "yet",
    "you",
    "your",
    "youth",
    "zone",
];

/// Titles and roles that put a person's name right after them.
fn is_title(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Dr"
            | "President"
            | "Gov"
            | "Governor"
            | "Sen"
            | "Senator"
            | "Rep"
            | "Representative"
            | "Judge"
            | "Justice"
            | "Sheriff"
            | "Officer"
            | "Sgt"
            | "Sergeant"
            | "Capt"
            | "Captain"
            | "Gen"
            | "General"
            | "Lt"
            | "Lieutenant"
            | "Col"
            | "Colonel"
            | "Maj"
            | "Major"
            | "Prof"
            | "Professor"
            | "Rev"
            | "Reverend"
            | "Father"
            | "Pastor"
            | "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Pope"
            | "Coach"
            | "Chief"
            | "Deputy"
            | "Detective"
            | "Trooper"
            | "Mayor"
            | "Minister"
            | "Secretary"
            | "Sir"
            | "Lady"
            | "Lord"
            | "Saint"
            | "Brother"
            | "Sister"
            | "Commissioner"
            | "Councilman"
            | "Councilwoman"
            | "Superintendent"
            | "Principal"
            | "Director"
            | "Attorney"
            | "Agent"
            | "Dean"
            | "Imam"
            | "Sheikh"
            | "Emir"
            | "Sultan"
            | "Ayatollah"
            | "Chancellor"
            | "Premier"
            | "Speaker"
            | "Cardinal"
            | "Bishop"
            | "Archbishop"
            | "Uncle"
            | "Aunt"
            | "Mrs."
            | "Madam"
            | "Mme"
            | "Mister"
            | "Senior"
            | "Junior"
            | "Warden"
            | "Constable"
            | "Inspector"
            | "Ambassador"
            | "Commander"
            | "Admiral"
            | "Marshal"
            | "Sgt."
    )
}

/// Words before a place name that do not make it part of a person's or an organisation's name.
fn is_place_prefix(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Upper"
            | "Lower"
            | "Greater"
            | "Downtown"
            | "Metro"
            | "Inner"
            | "Outer"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            | "Northeastern"
            | "Northwestern"
            | "Southeastern"
            | "Southwestern"
            | "The"
            | "In"
            | "At"
            | "From"
            | "To"
            | "Of"
            | "And"
            | "Near"
            | "For"
            | "By"
            | "On"
            | "With"
            | "Across"
            | "Rural"
            | "Urban"
            | "Coastal"
            | "Mainland"
            | "Occupied"
            | "Outside"
            | "Inside"
    )
}

/// Words after a place name that make the name a region's ("the Kidal region").
pub(crate) fn is_admin_suffix(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "region"
            | "province"
            | "state"
            | "governorate"
            | "district"
            | "county"
            | "department"
            | "prefecture"
            | "oblast"
            | "regions"
            | "provinces"
            | "states"
            | "cercle"
            | "parish"
            | "territory"
            | "municipality"
            | "area"
    )
}

/// A recognised toponym: token range, span and its gazetteer candidates.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub first_tok: usize,
    pub last_tok: usize,
    pub key: String,
    pub cands: Vec<(Row, NameKind)>,
}

/// True when a candidate is a well-known place: a country, continent, first-level unit,
/// capital or big city. Such names are kept even in weak contexts.
pub(crate) fn is_strong(gaz: &Gazetteer, cands: &[(Row, NameKind)]) -> bool {
    cands.iter().any(|&(row, kind)| {
        let p = &gaz.places[row as usize];
        let f = gaz.feature(p);
        kind == NameKind::Demonym
            || f.starts_with("PCL")
            || f == "CONT"
            || (kind == NameKind::Exact && (f == "ADM1" || f == "PPLC" || p.population >= 200_000))
            || p.population >= 1_000_000
    })
}

/// Finds the toponyms of a text.
pub(crate) fn recognize(gaz: &Gazetteer, text: &str) -> Vec<Mention> {
    let toks = tokenize(text);
    let lower_words: HashSet<&str> =
        toks.iter().filter(|t| !t.cap && !t.sent_start).map(|t| t.text).collect();
    let persons = person_names(gaz, text, &toks);
    let mut out: Vec<Mention> = Vec::new();
    let mut key = String::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if !t.cap || t.text.chars().next().is_some_and(|c| c.is_numeric()) {
            i += 1;
            continue;
        }
        let mut best: Option<(usize, usize, String, Vec<(Row, NameKind)>)> = None;
        let max = MAX_TOKENS.min(toks.len() - i);
        'len: for len in (1..=max).rev() {
            let j = i + len - 1;
            if !toks[j].cap {
                continue;
            }
            for k in i + 1..=j {
                if !joinable(text, toks[k - 1], toks[k]) {
                    continue 'len;
                }
                if k < j && !toks[k].cap && !is_connector(toks[k].text) {
                    continue 'len;
                }
            }
            key.clear();
            for tok in &toks[i..=j] {
                fold_into(tok.text, &mut key);
            }
            // Abbreviations are indexed with their period ("Kan.", "U.S."): try that first.
            if text[toks[j].end..].starts_with('.') {
                key.push('.');
                let cands = gaz.lookup(&key);
                if !cands.is_empty() {
                    best = Some((j, toks[j].end + 1, key.clone(), cands));
                    break;
                }
                key.pop();
            }
            let cands = gaz.lookup(&key);
            if !cands.is_empty() {
                best = Some((j, toks[j].end, key.clone(), cands));
                break;
            }
        }
        let Some((j, end, k, cands)) = best else {
            i += 1;
            continue;
        };
        let m = Mention { start: t.start, end, first_tok: i, last_tok: j, key: k, cands };
        if keep(gaz, text, &toks, &m, &lower_words, &persons, out.last()) {
            out.push(m);
        }
        i = j + 1;
    }
    out
}

/// Surnames of the persons named in the text: the last word of a run of two or three
/// capitalised words that is not a place ("Hillary Clinton" makes a later "Clinton" a person).
fn person_names(gaz: &Gazetteer, text: &str, toks: &[Tok<'_>]) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut i = 0;
    while i < toks.len() {
        let mut j = i;
        while j + 1 < toks.len()
            && toks[j + 1].cap
            && toks[j].cap
            && joinable(text, toks[j], toks[j + 1])
        {
            j += 1;
        }
        let len = j + 1 - i;
        if toks[i].cap && (2..=3).contains(&len) {
            let first = toks[i];
            let last = toks[j];
            let whole = super::fold::fold(&text[first.start..last.end]);
            let first_key = super::fold::fold(first.text);
            let first_is_place = {
                let c = gaz.lookup(&first_key);
                !c.is_empty() && is_strong(gaz, &c)
            };
            let last_is_suffix =
                is_admin_suffix(last.text) || is_stop(&super::fold::fold(last.text));
            if gaz.lookup(&whole).is_empty()
                && !first_is_place
                && !last_is_suffix
                && !is_place_prefix(first.text)
                && !is_title(first.text)
                && first.text.chars().count() > 1
                && last.text.chars().count() > 1
                && last.text.chars().skip(1).all(|c| c.is_lowercase())
            {
                out.insert(super::fold::fold(last.text));
            }
        }
        i = j + 1;
    }
    out
}

fn keep(
    gaz: &Gazetteer,
    text: &str,
    toks: &[Tok<'_>],
    m: &Mention,
    lower_words: &HashSet<&str>,
    persons: &HashSet<String>,
    prev_mention: Option<&Mention>,
) -> bool {
    let first = toks[m.first_tok];
    let single = m.first_tok == m.last_tok;
    if is_stop(&m.key) {
        return false;
    }
    let strong = is_strong(gaz, &m.cands);
    let only_alt = m.cands.iter().all(|c| c.1 != NameKind::Exact);
    // "Mr. Jackson", "President Lincoln".
    if m.first_tok > 0 && is_title(toks[m.first_tok - 1].text) {
        return false;
    }
    // "John Jackson": a capitalised word right before that is neither a place nor a
    // sentence opener makes this a surname.
    if m.first_tok > 0 {
        let p = toks[m.first_tok - 1];
        let prev_is_place = prev_mention.is_some_and(|pm| pm.last_tok == m.first_tok - 1);
        if p.cap
            && !prev_is_place
            && !is_place_prefix(p.text)
            && joinable(text, p, first)
            && !(p.sent_start && lower_words.contains(p.text.to_lowercase().as_str()))
            && !strong
        {
            return false;
        }
    }
    // "Jordan Henderson", "Paris Hilton": a capitalised word right after, which is not a
    // region word, makes the match a first name, unless the place is a well-known one.
    if single && m.last_tok + 1 < toks.len() {
        let n = toks[m.last_tok + 1];
        if n.cap && joinable(text, toks[m.last_tok], n) && !is_admin_suffix(n.text) && !strong {
            let n_key = super::fold::fold(n.text);
            if persons.contains(&n_key) {
                return false;
            }
        }
    }
    if single && persons.contains(&m.key) && !strong {
        return false;
    }
    // All-caps words are acronyms ("AP", "UN") unless a country's name.
    let all_caps = first.text.chars().count() > 1 && first.text.chars().all(|c| !c.is_lowercase());
    if single
        && all_caps
        && !m.cands.iter().any(|c| gaz.feature(&gaz.places[c.0 as usize]).starts_with("PCL"))
    {
        return false;
    }
    // A word the text also uses in lowercase is a common word ("Reading", "Mobile").
    if single && lower_words.contains(first.text.to_lowercase().as_str()) && !strong {
        return false;
    }
    if single && first.sent_start && !strong {
        return false;
    }
    if only_alt && !strong {
        // Alternate names of small places are mostly noise ("Gao" as a Cuban alt name).
        let big = m.cands.iter().any(|&(r, _)| gaz.places[r as usize].population >= 20_000);
        if !big {
            return false;
        }
    }
    true
}
