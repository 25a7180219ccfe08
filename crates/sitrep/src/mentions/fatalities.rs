//! Fatality counts in a sentence, by ACLED's conservative rules.
//!
//! Exact numbers ("killed 5", "Two soldiers were killed"), coordinated counts ("two soldiers
//! and a civilian were killed" = 3), ranges and bounds take the lowest ("10 to 15", "at least
//! 10" = 10), words ("two dozen" = 24), vague words by ACLED's values ("dozens" 12, "tens" 10,
//! "hundreds" 100, "thousands" 1000, "many" 10, "several"/"a few" 3) and a plural with no
//! number ("killed civilians") 3 (our reading of ACLED's "3 or 10"). Negations ("no
//! casualties", "no one was killed") give 0. Injuries are never counted.

use crate::span::Span;

/// A fatality count found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FatalityMention {
    /// Where the count (or the death word, for implied counts) is.
    pub span: Span,
    /// The count.
    pub count: u32,
    /// True for a vague count (a word like "many" or a bare plural).
    pub vague: bool,
}

const DEATH_AFTER: &[&str] = &[
    "killed",
    "dead",
    "died",
    "die",
    "dies",
    "perished",
    "slain",
    "murdered",
    "executed",
    "massacred",
    "beheaded",
    "assassinated",
    "lynched",
    "succumbed",
    "drowned",
    "lifeless",
    "deaths",
    "death",
    "fatalities",
    "bodies",
    "corpses",
    "casualties-killed",
];

const DEATH_BEFORE: &[&str] = &[
    "killed",
    "killing",
    "kill",
    "kills",
    "massacred",
    "massacring",
    "executed",
    "executing",
    "murdered",
    "murdering",
    "assassinated",
    "assassinating",
    "beheaded",
    "beheading",
    "lynched",
    "lynching",
    "slaughtered",
    "slaughtering",
];

/// Death words that, with a single person as subject ("the driver was killed", "a man
/// died"), count one.
const ONE_DEATH_WORDS: &[&str] = &[
    "killed",
    "died",
    "dead",
    "executed",
    "assassinated",
    "beheaded",
    "lynched",
    "murdered",
    "succumbed",
];

/// Words skipped between a count and the death word ("were reportedly killed").
const GLUE: &[&str] = &[
    "were",
    "was",
    "been",
    "have",
    "has",
    "had",
    "are",
    "is",
    "be",
    "being",
    "reportedly",
    "also",
    "all",
    "allegedly",
    "later",
    "were",
    "subsequently",
    "shot",
    "found",
    "left",
    "confirmed",
    "reported",
    "said",
    "feared",
    "presumed",
    "believed",
    "to",
    "have",
    "of",
    "the",
    "them",
    "people",
    "persons",
];

/// Words that end the noun phrase of a count going leftwards.
const STOP: &[&str] = &[
    "said", "that", "after", "when", "which", "who", "in", "on", "at", "near", "during", "wounded",
    "injured", "wounding", "injuring", "by", "from", "with", "while", "attacked", "attack", "raid",
    "clash", "clashes", "where", "whom", "as", "killed", "killing",
];

fn small_number(w: &str) -> Option<u32> {
    let n = match w {
        "one" | "a" | "an" | "single" => 1,
        "two" | "both" | "couple" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" | "dozen" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "thousand" => 1000,
        _ => return None,
    };
    Some(n)
}

/// Vague quantity words and ACLED's values for them.
fn vague_number(w: &str) -> Option<u32> {
    match w {
        "dozens" => Some(12),
        "tens" => Some(10),
        "scores" => Some(20),
        "hundreds" => Some(100),
        "thousands" => Some(1000),
        "many" | "numerous" | "countless" => Some(10),
        "several" | "few" | "some" | "multiple" | "number" | "unspecified" | "unknown" => Some(3),
        _ => None,
    }
}

/// The value of a quantity word: digits, number words ("twenty-five"), "dozen".
fn number_value(w: &str) -> Option<u32> {
    let digits: String = w.chars().filter(|c| *c != ',').collect();
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        return digits.parse().ok();
    }
    if let Some((a, b)) = w.split_once('-') {
        // "twenty-five"; "10-15" is a range: the lowest.
        if let (Some(x), Some(y)) = (number_value(a), number_value(b)) {
            return Some(if x >= 20 && y < 10 { x + y } else { x.min(y) });
        }
    }
    small_number(w)
}

#[derive(Clone, Copy, Debug)]
struct W<'a> {
    lower: &'a str,
    start: usize,
    end: usize,
}

/// Reads a quantity ending at word `i` (inclusive), going left: returns (count, vague, first
/// word index). Handles "two dozen", "a dozen", "at least 10", "10 to 15" (lowest).
fn quantity_at(ws: &[W<'_>], i: usize) -> Option<(u32, bool, usize)> {
    // (Past the last word: "... and killed another" ends the sentence.)
    let w = ws.get(i)?.lower;
    if is_age(ws, i) {
        return None;
    }
    if let Some(v) = number_value(w) {
        let mut value = v;
        let mut first = i;
        if w == "dozen" {
            if let Some(p) = i.checked_sub(1).and_then(|k| number_value(ws[k].lower)) {
                value = p * 12;
                first = i - 1;
            }
        } else if matches!(w, "hundred" | "thousand") {
            if let Some(p) =
                i.checked_sub(1).and_then(|k| number_value(ws[k].lower)).filter(|p| *p < 100)
            {
                value = p * v;
                first = i - 1;
            }
        }
        // "10 to 15" read from the right: keep the lower bound.
        if first >= 2
            && matches!(ws[first - 1].lower, "to" | "and" | "or")
            && let Some(low) = number_value(ws[first - 2].lower)
            && low < value
        {
            value = low;
            first -= 2;
        }
        // "a" and "an" count only before a singular noun (checked by the caller).
        return Some((value, false, first));
    }
    vague_number(w).map(|v| {
        let first = if w == "few" && i > 0 && ws[i - 1].lower == "a" { i - 1 } else { i };
        (v, true, first)
    })
}

/// True when word `k` is an age ("the 10-year-old patient died", "a 50 year old man"), not
/// a count.
fn is_age(ws: &[W<'_>], k: usize) -> bool {
    let next = |d: usize| ws.get(k + d).map_or("", |w| w.lower);
    let unit = next(1).trim_end_matches("-old");
    matches!(unit, "year" | "years" | "month" | "months")
        && (next(1).ends_with("-old") || next(2) == "old" || next(2).starts_with("old"))
}

/// The index of the word before word `h` (`h > 0`), past an age written before it ("the
/// 10-year-old patient" gives "the").
fn before_age(ws: &[W<'_>], h: usize) -> usize {
    let mut p = h - 1;
    if p > 0 && ws[p].lower == "old" {
        p -= 1;
    }
    let unit = ws[p].lower.starts_with("year") || ws[p].lower.starts_with("month");
    if unit && p >= 2 && is_age(ws, p - 1) {
        return p - 2;
    }
    p
}

/// True when word `k` is a year ("December 2020", "in 2019"), not a count.
fn is_year(ws: &[W<'_>], k: usize) -> bool {
    let w = ws[k].lower;
    w.len() == 4
        && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
        && k.checked_sub(1).is_none_or(|p| {
            let prev = ws[p].lower;
            prev.len() >= 3 && crate::mentions::dates::is_month_word(prev)
                || matches!(prev, "in" | "since" | "of" | "until" | "by" | "from")
                || prev.chars().all(|c| c.is_ascii_digit())
        })
}

/// True when word `k` is the day of a date ("November 18", "18 November"), not a count.
fn is_day_of_month(ws: &[W<'_>], k: usize) -> bool {
    let is_day = ws[k].lower.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    let month = |j: usize| {
        ws.get(j)
            .is_some_and(|w| w.lower.len() >= 3 && crate::mentions::dates::is_month_word(w.lower))
    };
    is_day && (k.checked_sub(1).is_some_and(month) || month(k + 1))
}

/// Nouns that are events, not people: "the attack killed", "the explosion killed".
const NOT_A_PERSON: &[&str] = &[
    "attack",
    "explosion",
    "blast",
    "ambush",
    "operation",
    "incident",
    "fighting",
    "violence",
    "shooting",
    "raid",
    "clash",
    "assault",
    "strike",
    "airstrike",
    "bombing",
    "fire",
    "ied",
    "mine",
    "device",
    "accident",
    "crash",
    "unrest",
    "riot",
    "protest",
    "conflict",
];

/// One reading of a death word, for the event's toll.
#[derive(Clone, Copy, Debug)]
struct Found {
    m: FatalityMention,
    /// Byte offset of the death word the count was read for.
    death: usize,
    /// The victims' noun ("soldiers" in "killed 10 soldiers"), when read.
    noun: Option<Span>,
}

/// The best reading of a sentence so far, and (for the event's toll) every reading.
struct Acc<'v> {
    best: Option<FatalityMention>,
    found: Option<&'v mut Vec<Found>>,
}

impl Acc<'_> {
    fn add(&mut self, m: FatalityMention, death: usize, noun: Option<Span>) {
        let b = self.best;
        if b.is_none_or(|b| m.count > b.count && (b.vague || !m.vague) || b.vague && !m.vague) {
            self.best = Some(m);
        }
        if let Some(f) = self.found.as_deref_mut() {
            f.push(Found { m, death, noun });
        }
    }
}

/// The victims' noun after a count at word `j`: the first plural noun among the next four
/// words ("killed 10 Dogon militiamen"), else the next word.
fn noun_after(ws: &[W<'_>], j: usize) -> Option<Span> {
    let end = (j + 5).min(ws.len());
    ws.get(j + 1..end)?
        .iter()
        .find(|n| is_plural_noun(n.lower))
        .or_else(|| ws.get(j + 1))
        .map(|n| Span::new(n.start, n.end))
}

/// The words of `lower` (lowercased text starting at byte `base`): letters and digits, with
/// inner hyphens ("twenty-five") and thousands separators ("1,000").
/// With `full`, a range of digits is one word ("6-8 killed": 6).
fn words(lower: &str, base: usize, full: bool) -> Vec<W<'_>> {
    let mut ws: Vec<W<'_>> = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices().chain(std::iter::once((lower.len(), ' '))) {
        let part = c.is_alphanumeric()
            || (c == '-' || c == ',')
                && start.is_some_and(|s: usize| {
                    let digits = lower[s..i].chars().all(|x| x.is_ascii_digit());
                    (digits == (c == ',')
                        || full
                            && digits
                            && lower[i + 1..].starts_with(|n: char| n.is_ascii_digit()))
                        && lower[i + 1..].starts_with(|n: char| n.is_alphanumeric())
                });
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                ws.push(W { lower: &lower[s..i], start: base + s, end: base + i });
                start = None;
            }
            _ => {}
        }
    }
    ws
}

/// How a coder's note states the coding of the toll.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stated {
    /// "Fatalities coded as 12", "(coded as 15 fatalities)": the whole toll.
    Total(u32),
    /// "Unknown JNIM fatalities coded as 10", "Unknown fatalities in the ranks of the
    /// assailants coded at low estimate of 3": the part no source counted.
    Unknown(u32),
}

/// A note's statement of the count it coded, in one sentence.
fn stated_coding(ws: &[W<'_>]) -> Option<(Stated, Span)> {
    for (k, w) in ws.iter().enumerate() {
        if w.lower != "coded" {
            continue;
        }
        let next = |d: usize| ws.get(k + d).map(|n| n.lower);
        // "coded as 15 fatalities".
        if next(1) == Some("as")
            && let Some(n) = next(2).and_then(|n| n.parse::<u32>().ok())
            && matches!(next(3), Some("fatalities" | "fatality"))
        {
            return Some((Stated::Total(n), Span::new(ws[k + 2].start, ws[k + 2].end)));
        }
        // "fatalities coded as 10", "fatalities ... coded at low estimate of 3".
        let fatalities =
            (k.saturating_sub(8)..k).find(|&f| matches!(ws[f].lower, "fatalities" | "fatality"))?;
        let n = (k + 1..(k + 6).min(ws.len()))
            .take_while(|&d| {
                matches!(ws[d].lower, "as" | "at" | "a" | "low" | "lowest" | "estimate" | "of")
                    || ws[d].lower.parse::<u32>().is_ok()
            })
            .find_map(|d| ws[d].lower.parse::<u32>().ok().map(|n| (n, d)))?;
        let unknown = ws[fatalities.saturating_sub(4)..fatalities]
            .iter()
            .any(|p| matches!(p.lower, "unknown" | "unspecified" | "unreported" | "undetermined"));
        let span = Span::new(ws[n.1].start, ws[n.1].end);
        return Some((if unknown { Stated::Unknown(n.0) } else { Stated::Total(n.0) }, span));
    }
    None
}

/// "Fatalities split across two events", "fatalities split between (3) events", "spread
/// across the two events": how many events a note divides the toll between.
fn split_between(ws: &[W<'_>]) -> Option<u32> {
    let k = ws.iter().position(|w| matches!(w.lower, "split" | "spread" | "divided"))?;
    let window = &ws[k + 1..(k + 6).min(ws.len())];
    window.iter().enumerate().find_map(|(d, w)| {
        let n = number_value(w.lower).filter(|n| (2..=20).contains(n))?;
        window
            .get(d + 1)
            .is_some_and(|u| {
                matches!(
                    u.lower,
                    "events" | "dates" | "days" | "locations" | "villages" | "separate"
                )
            })
            .then_some(n)
    })
}

/// The share of the event's place in a note that gives each place its share in brackets:
/// "(4) in Sankoro, (4) in Bidi, and (4) in Kourouni", "coded as Yoro (2) and Kindi (1)",
/// "(28) fatalities for Boulikessi and (27) for Mondoro"; else, when all shares are equal,
/// that share ("split across two events (1,1)"). `piece` is the sentence, at byte `base`.
fn place_share(piece: &str, base: usize, ws: &[W<'_>], places: &[&str]) -> Option<u32> {
    let raw = |w: &W<'_>| piece.get(w.start - base..w.end - base).unwrap_or("");
    let before = |w: &W<'_>| piece[..w.start - base].trim_end().chars().next_back();
    let after = |w: &W<'_>| piece[w.end - base..].trim_start().chars().next();
    let capitalised = |w: &W<'_>| raw(w).starts_with(|c: char| c.is_uppercase());
    let mut shares: Vec<(u32, Option<usize>)> = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        let Ok(n) = w.lower.parse::<u32>() else { continue };
        // A bracketed number, alone ("(4)") or in a list ("(1,2)"), not "(2) events".
        let opens = matches!(before(w), Some('(' | ','));
        let closes = matches!(after(w), Some(')' | ','));
        let bracketed = opens && closes && piece[..w.start - base].contains('(');
        if !bracketed || ws.get(k + 1).is_some_and(|n| n.lower == "events") {
            continue;
        }
        // "(4) in Sankoro", "(28) fatalities for Boulikessi": the place after; "Kindi (1)":
        // the place before.
        let mut j = k + 1;
        if ws.get(j).is_some_and(|n| n.lower.starts_with("fatalit")) {
            j += 1;
        }
        let place = if ws.get(j).is_some_and(|n| matches!(n.lower, "in" | "for" | "at"))
            && after(w) == Some(')')
        {
            ws.get(j + 1).filter(|n| capitalised(n)).map(|_| j + 1)
        } else {
            k.checked_sub(1).filter(|&p| capitalised(&ws[p]) && before(w) == Some('('))
        };
        shares.push((n, place));
    }
    if shares.len() < 2 {
        return None;
    }
    let named = |p: usize| {
        places.iter().any(|name| {
            name.split_whitespace()
                .next()
                .is_some_and(|first| first.eq_ignore_ascii_case(raw(&ws[p])))
        })
    };
    if let Some((n, _)) = shares.iter().find(|(_, p)| p.is_some_and(named)) {
        return Some(*n);
    }
    let first = shares[0].0;
    shares.iter().all(|(n, _)| *n == first).then_some(first)
}

/// The side a victim noun names, for adding the deaths of different sides: state forces (0),
/// their attackers (1), militias, self-defence groups and volunteer fighters (2), civilians
/// (3). `None` for
/// nouns that could be anyone ("people", "men", "individuals").
fn side_of(noun: &str) -> Option<u8> {
    let n = noun.trim_end_matches('s');
    Some(match n {
        "soldier" | "gendarme" | "policemen" | "policeman" | "police" | "officer" | "troop"
        | "guard" | "peacekeeper" | "fama" | "vdp" | "personnel" | "customs" | "ranger" => 0,
        "militant" | "assailant" | "attacker" | "jihadist" | "jihadi" | "insurgent"
        | "terrorist" | "gunmen" | "gunman" | "bandit" | "rebel" | "aggressor" | "islamist" => 1,
        "militiamen" | "militiaman" | "dozo" | "koglweogo" | "hunter" | "combatant" | "fighter" => {
            2
        }
        "civilian" | "villager" | "resident" | "passenger" | "farmer" | "herder"
        | "pastoralist" | "women" | "woman" | "children" | "child" => 3,
        _ => return None,
    })
}

/// Deaths of different sides reported apart add up (codebook 1.6: an event's fatalities are
/// all its dead): "killed four soldiers ... Two militants were reportedly killed" = 6, "two
/// soldiers were killed and ten wounded, and nine militants were also killed" = 11. One
/// exact count per death word and, per side, the highest: a restatement does not add, nor
/// do victims whose side the noun does not tell ("a man", "people", "the victim"). Not when
/// the report gives a toll or a total.
fn distinct_sum(text: &str, sentences: &[Span], found: &[Found]) -> Option<FatalityMention> {
    // The best exact reading of each death word.
    let mut per_death: Vec<Found> = Vec::new();
    for f in found.iter().filter(|f| !f.m.vague && f.m.count > 0) {
        match per_death.iter_mut().find(|p| p.death == f.death) {
            Some(p) if f.m.count > p.m.count => *p = *f,
            Some(_) => {}
            None => per_death.push(*f),
        }
    }
    if per_death.len() < 2 {
        return None;
    }
    if states_total(text, sentences) {
        return None;
    }
    let mut by_side = [0u32; 4];
    for f in &per_death {
        let side = f
            .noun
            .and_then(|n| n.get(text))
            .and_then(|n| side_of(&n.to_ascii_lowercase()))
            .or_else(|| {
                // "JNIM acknowledged three dead in its ranks", "admits 1 dead in own ranks":
                // an armed group's own dead.
                let after = text.get(f.death..(f.death + 30).min(text.len()))?;
                let after = after.to_ascii_lowercase();
                ["in its ranks", "in own ranks", "in their ranks", "in its own ranks"]
                    .iter()
                    .any(|c| after.contains(c))
                    .then_some(1)
            });
        let Some(side) = side else {
            // A victim of no known side may be anyone already counted.
            return None;
        };
        let c = &mut by_side[usize::from(side)];
        *c = (*c).max(f.m.count);
    }
    if by_side.iter().filter(|c| **c > 0).count() < 2 {
        return None;
    }
    Some(FatalityMention { span: per_death[0].m.span, count: by_side.iter().sum(), vague: false })
}

/// True when the sentences give a toll or a total ("the toll rose to 12", "in all"): the
/// counts they also give are parts of it, not deaths to add.
fn states_total(text: &str, sentences: &[Span]) -> bool {
    sentences.iter().filter_map(|s| s.get(text)).any(|t| {
        let t = t.to_ascii_lowercase();
        ["toll", "total", "in all", "altogether", "overall", "bringing", "rose to"]
            .iter()
            .any(|c| t.contains(c))
    })
}

/// True when the death word at byte `at` tells of wounded who died after the event: "2 later
/// died of their injuries", "2 more died at the hospital", "a senior militant commander
/// succumbed to his wounds", "One peacekeeper died of his wounds". Not one of those already
/// counted: "one of whom later died", "including a soldier who later died".
fn later_death(text: &str, at: usize) -> bool {
    let before = crate::span::window_before(text, at, 40).to_ascii_lowercase();
    // (Within the death word's clause.)
    let before = before.rsplit(['.', ';', ':']).next().unwrap_or_default();
    let after = crate::span::window_after(text, at, 50).to_ascii_lowercase();
    let death_word: String = after.chars().take_while(char::is_ascii_alphabetic).collect();
    let rest = &after[death_word.len()..];
    let last_words: Vec<&str> =
        before.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let near = &last_words[last_words.len().saturating_sub(2)..];
    // ("Three witnesses said the man died at the hospital": the one already counted; "a
    // gendarme allegedly wounded would have succumbed": a hedge.)
    let restated_or_hedged = last_words[last_words.len().saturating_sub(3)..].iter().any(|w| {
        matches!(*w, "the" | "this" | "that" | "he" | "she" | "would" | "may" | "might" | "could")
    });
    if restated_or_hedged
        || ["whom", "them", "including", "among"].iter().any(|w| last_words.contains(w))
    {
        return false;
    }
    let from_wounds = ["of his ", "of her ", "of their ", "from his ", "from her ", "from their "]
        .iter()
        .any(|p| {
            rest.trim_start().starts_with(p)
                && ["wound", "injur"].iter().any(|n| rest.trim_start()[p.len()..].starts_with(n))
        })
        || ["in hospital", "at the hospital", "in the hospital"]
            .iter()
            .any(|p| rest.trim_start().starts_with(p));
    matches!(death_word.as_str(), "died" | "succumbed" | "succumbing")
        && (death_word.starts_with("succumb")
            || from_wounds
            || near.iter().any(|w| matches!(*w, "later" | "subsequently" | "more" | "afterwards")))
}

/// The dead of the event and the wounded who died after it, when a report gives both ("5
/// soldiers injured and 1 killed. 2 later died of their injuries" = 3, "two soldiers were
/// killed ..., a senior militant commander later succumbed to his wounds" = 3): the highest
/// exact count of the first, plus each later death word's count. Not when the report gives a
/// toll or a total.
fn with_later_deaths(text: &str, sentences: &[Span], found: &[Found]) -> Option<FatalityMention> {
    // Each exact reading, with whether its death word tells of a later death (read once).
    let exact: Vec<(&Found, bool)> = found
        .iter()
        .filter(|f| !f.m.vague && f.m.count > 0)
        .map(|f| (f, later_death(text, f.death)))
        .collect();
    let first_later = exact.iter().filter(|(_, l)| *l).map(|(f, _)| f.death).min()?;
    let at_first = exact
        .iter()
        .filter(|(f, l)| !l && f.death < first_later)
        .map(|(f, _)| f)
        .max_by_key(|f| f.m.count)?;
    if states_total(text, sentences) {
        return None;
    }
    // The highest count of each later death word, summed.
    let mut later: Vec<(usize, u32)> = Vec::new();
    for (f, _) in exact.iter().filter(|(_, l)| *l) {
        match later.iter_mut().find(|(d, _)| *d == f.death) {
            Some((_, c)) => *c = (*c).max(f.m.count),
            None => later.push((f.death, f.m.count)),
        }
    }
    let later_sum = later.iter().map(|(_, c)| c).sum::<u32>();
    // "killed 17 ... 14 were killed by summary execution while 3 succumbed from wounds": a
    // count the parts add up to is the whole.
    let parts = exact
        .iter()
        .filter(|(_, l)| !l)
        .any(|(p, _)| exact.iter().any(|(w, _)| w.m.count == p.m.count + later_sum));
    if parts {
        return None;
    }
    let count = at_first.m.count + later_sum;
    Some(FatalityMention { span: at_first.m.span, count, vague: false })
}

/// The toll of one event, from its sentences (`sentences`) and the coder's notes that follow
/// them (`after`, the next sentences of the document): the highest count a sentence gives
/// (a later sentence usually restates or updates the toll); a note's own coding ("Fatalities
/// coded as 12" is the toll; "Unknown JNIM fatalities coded as 10" adds to the counted
/// deaths); and a toll the note divides between several events, evenly with the extra
/// deaths to the first (ACLED's rule), so the share most events get: 30 over four events is
/// 8, 28 over three is 9.
///
/// When the note gives each place its share ("as (4) in Sankoro, (4) in Bidi", "coded as Yoro
/// (2) and Kindi (1)"), the share of the event's place (`places`: its names in the text and
/// the gazetteer), else the share when all are equal ("split across two events (1,1)").
pub fn event_toll(
    text: &str,
    sentences: &[Span],
    after: &[Span],
    places: &[&str],
) -> Option<FatalityMention> {
    let (mut toll, split, share) = toll_parts(text, sentences, after, places);
    if let (Some(t), Some(n)) = (toll.as_mut(), share) {
        t.count = n;
    } else if let (Some(t), Some(n)) = (toll.as_mut(), split) {
        t.count = (2 * t.count + n) / (2 * n);
    }
    toll
}

/// The whole toll a note divides between events and the number of events, when it states a
/// split and no per-place shares ("killed 20 ... in Yira, Dien, and Dissa. Fatalities are
/// split across 3 events" = (20, 3)): the coder gives each of the events it writes, one per
/// place, its own share.
pub fn split_toll(text: &str, sentences: &[Span], after: &[Span]) -> Option<(u32, u32)> {
    match toll_parts(text, sentences, after, &[]) {
        (Some(t), Some(n), None) => Some((t.count, n)),
        _ => None,
    }
}

/// The toll before any split, the number of events a note divides it between, and the share
/// it gives the event's place (see [`event_toll`]).
fn toll_parts(
    text: &str,
    sentences: &[Span],
    after: &[Span],
    places: &[&str],
) -> (Option<FatalityMention>, Option<u32>, Option<u32>) {
    // A side's claim the note says could not be verified is no reported death (codebook 1.6,
    // rule 1: reported fatalities): "ISGS claimed to have killed six JNIM fighters ... The
    // information could not be independently verified" = 0.
    let lower_of = |s: &Span| s.get(text).map(str::to_ascii_lowercase).unwrap_or_default();
    let unverified = sentences.iter().chain(after.iter().take(1)).any(|s| {
        let t = lower_of(s);
        ["not be independently verified", "not be verified", "not verified", "unverified"]
            .iter()
            .any(|c| t.contains(c))
    });
    // A report the sentence itself says was denied or retracted: "an elderly man was
    // reportedly killed, although this was formally denied by the police", "Two gendarmes were
    // initially reported to have been killed, but this information was later retracted".
    let denied = |s: &Span| {
        let t = lower_of(s);
        let ws = words(&t, 0, false);
        ws.windows(2).any(|p| {
            matches!(p[0].lower, "was" | "were" | "been" | "later" | "formally" | "officially")
                && matches!(p[1].lower, "denied" | "retracted")
        })
    };
    let kept: Vec<Span> = sentences
        .iter()
        .filter(|s| !unverified || !lower_of(s).contains("claim"))
        .filter(|s| !denied(s))
        .copied()
        .collect();
    // A side's claim of what it killed, when a source's own count is told too: "a car bomb
    // ... killing at least seven soldiers, a military officer said. Al-Shabaab claimed
    // responsibility ..., saying it had killed 20 soldiers" = 7 (rule 2: the lowest of
    // conflicting reports; the side's claim is the highest).
    // Another source's figure for the same dead ("A police spokesman confirmed the attack but
    // said 12 people had died", "civil society leaders put the death toll at 42"): the
    // lowest of the figures is coded (rule 2), not the largest.
    // (Each sentence is lower-cased once for both readings.)
    let tagged: Vec<(Span, bool, bool)> = kept
        .iter()
        .map(|s| {
            let lower = lower_of(s);
            (*s, is_side_claim_of_kills(&lower), is_another_figure(&lower))
        })
        .collect();
    let counted_by_others = tagged.iter().any(|t| t.1)
        && tagged.iter().any(|t| !t.1 && fatalities(text, t.0).is_some_and(|f| f.count > 0));
    let read_here = |t: &&(Span, bool, bool)| !(counted_by_others && t.1);
    let lowest_other = tagged
        .iter()
        .filter(read_here)
        .filter(|t| t.2)
        .filter_map(|t| fatalities(text, t.0))
        .filter(|f| f.count > 0 && !f.vague)
        .min_by_key(|f| f.count);
    let sentences_read: Vec<Span> =
        tagged.iter().filter(read_here).filter(|t| !t.2).map(|t| t.0).collect();
    let sentences_read: &[Span] = &sentences_read;
    let mut found = Vec::new();
    let mut counted = sentences_read
        .iter()
        .filter_map(|s| read(text, *s, true, Some(&mut found)))
        .max_by_key(|f| (f.count, !f.vague));
    if let Some(sum) = distinct_sum(text, sentences_read, &found)
        && counted.is_some_and(|c| sum.count > c.count)
    {
        counted = Some(sum);
    }
    if let Some(sum) = with_later_deaths(text, sentences_read, &found)
        && counted.is_some_and(|c| sum.count > c.count)
    {
        counted = Some(sum);
    }
    // Notes right after the event's sentences, before any sentence reporting deaths itself.
    let notes = after.iter().take(3).take_while(|s| {
        s.get(text).is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            t.contains("fatalit") || fatalities(text, **s).is_none_or(|f| f.count == 0)
        })
    });
    let notes: Vec<Span> = notes.copied().collect();
    let mut stated = None;
    let mut split = None;
    let mut share = None;
    let mut unnumbered_split = false;
    for s in sentences.iter().chain(&notes) {
        let Some(piece) = s.get(text) else { continue };
        let lower = piece.to_ascii_lowercase();
        let ws = words(&lower, s.start as usize, true);
        if stated.is_none() {
            stated = stated_coding(&ws);
        }
        if ws.iter().any(|w| w.lower.starts_with("fatalit"))
            && ws.iter().any(|w| matches!(w.lower, "split" | "spread" | "divided"))
        {
            if split.is_none() {
                split = split_between(&ws);
                unnumbered_split |= split.is_none();
            }
            if share.is_none() {
                share = place_share(piece, s.start as usize, &ws, places);
            }
        }
    }
    // "fatalities split between events" without a number: the events the note states ("coded
    // as four events"), else the places it lists ("in Foube and Mognaba", "the areas
    // Tongomayel and Kelbo", "respectively coded as Tin Abaw and Tissalatene").
    if split.is_none() && unnumbered_split {
        let mut in_events = None;
        let mut listed = None;
        for s in sentences.iter().chain(&notes) {
            let Some(piece) = s.get(text) else { continue };
            let lower = piece.to_ascii_lowercase();
            let ws = words(&lower, s.start as usize, true);
            if in_events.is_none() {
                in_events = ws.windows(2).find_map(|p| {
                    (p[1].lower == "events")
                        .then(|| number_value(p[0].lower))
                        .flatten()
                        .filter(|n| (2..=20).contains(n))
                });
            }
            if listed.is_none() {
                listed = listed_places(piece, &lower, s.start as usize, &ws);
            }
        }
        split = in_events.or(listed);
    }
    if let Some(other) = lowest_other {
        counted = match counted {
            Some(c) if c.count > 0 && c.count <= other.count => Some(c),
            _ => Some(other),
        };
    }
    let toll = match stated {
        Some((Stated::Total(n), span)) => Some(FatalityMention { span, count: n, vague: false }),
        Some((Stated::Unknown(n), span)) => {
            // The deaths a source counted, plus the coded unknown ones.
            // (Not a side's claim, which the unknown count replaces: "Islamic State claimed
            // to have killed 70 JNIM militants ... Unknown JNIM fatalities coded as 10".)
            let known = sentences
                .iter()
                .filter(|s| !s.contains(span))
                .filter(|s| s.get(text).is_some_and(|t| !t.contains("claim")))
                .filter_map(|s| fatalities(text, *s))
                .filter(|f| !f.vague)
                .map(|f| f.count)
                .max()
                .unwrap_or(0);
            Some(FatalityMention { span, count: n + known, vague: false })
        }
        None => counted,
    };
    (toll, split, share)
}

/// True when a (lower-cased) sentence gives another source's figure for deaths already
/// counted: "but said 12 people had died", "put the death toll at 42".
fn is_another_figure(lower: &str) -> bool {
    [
        "but said",
        "put the death toll at",
        "put the toll at",
        "put the number of dead at",
        "put the number of deaths at",
        "gave a toll of",
    ]
    .iter()
    .any(|c| lower.contains(c))
        // A side's account of what the other did: "The RSF said in a statement that the army
        // had killed more than 40 innocent civilians", "accused the army of killing 40".
        || (lower.contains("had killed")
            && ["statement that", "said that", "accused"].iter().any(|c| lower.contains(c)))
        || (lower.contains("accused") && lower.contains("of killing"))
}

/// True when a (lower-cased) sentence tells a side's claim of the people it killed ("claimed
/// responsibility, saying it had killed 20 soldiers", "claimed to have killed 70").
fn is_side_claim_of_kills(lower: &str) -> bool {
    // "The NRF said on Tuesday its fighters had killed 12 Taliban members": a side's own
    // fighters' toll is its claim, however it is told.
    let own_fighters =
        ["its fighters had killed", "its fighters killed", "its fighters have killed"];
    if own_fighters.iter().any(|c| lower.contains(c)) {
        return true;
    }
    lower.contains("claim")
        && ([
            "to have killed",
            "it had killed",
            "it has killed",
            "it killed",
            "they had killed",
            "they killed",
            "having killed",
        ]
        .iter()
        .any(|c| lower.contains(c))
            // "claimed responsibility in a statement, saying its fighters had detonated a
            // device and killed seven soldiers".
            || ["saying its fighters", "saying its men", "saying its militants", "saying it"]
                .iter()
                .any(|c| lower.contains(c))
                && lower.contains("killed"))
}

/// "fatalities coded as 10": an ACLED note states the count it coded.
fn coded_count(ws: &[W<'_>]) -> Option<FatalityMention> {
    ws.windows(4).find_map(|w| {
        let stated = matches!(w[0].lower, "fatalities" | "fatality")
            && w[1].lower == "coded"
            && w[2].lower == "as";
        let n = w[3].lower.parse::<u32>().ok().filter(|_| stated)?;
        Some(FatalityMention { span: Span::new(w[3].start, w[3].end), count: n, vague: false })
    })
}

/// True when the death at word `i` is named as the cause or the topic of the event, not as its
/// toll: "protested against the killing of a student", "to discuss the alleged killing of 51
/// civilians"; with `full`, also a reaction to it ("in reaction to the killing of a youth",
/// "following the death of a prisoner", "accused of causing the death of their father",
/// "revenged the killing of an elderly woman"). Only the noun counts: "clashed with two
/// peacekeepers, killing one" reports a death.
fn named_as_cause(lower: &str, base: usize, ws: &[W<'_>], i: usize, full: bool) -> bool {
    let w = ws[i].lower;
    if !matches!(w, "death" | "deaths" | "killing" | "killings" | "murder" | "assassination") {
        return false;
    }
    if full
        && matches!(w, "killing" | "killings")
        && ws.get(i + 1).is_none_or(|n| n.lower != "of")
        && i.checked_sub(1).is_none_or(|p| !matches!(ws[p].lower, "the" | "a" | "this" | "that"))
    {
        // The verb: "killing one and wounding the other".
        return false;
    }
    let window = i.saturating_sub(5);
    ws[window..i].iter().enumerate().any(|(k, p)| {
        matches!(
            p.lower,
            "against"
                | "over"
                | "protest"
                | "protested"
                | "protesting"
                | "protests"
                | "denounce"
                | "denounced"
                | "denouncing"
                | "condemn"
                | "condemned"
                | "condemning"
                | "mourn"
                | "mourning"
                | "remembrance"
                | "investigation"
                | "investigate"
                | "alleged"
                | "discuss"
                | "justice"
                | "anniversary"
        ) || full
            && matches!(
                p.lower,
                "reaction"
                    | "response"
                    | "following"
                    | "after"
                    | "revenge"
                    | "revenged"
                    | "avenge"
                    | "avenged"
                    | "avenging"
                    | "retaliation"
                    | "reprisal"
                    | "wake"
                    | "accused"
                    | "accusing"
                    | "responsible"
                    | "blamed"
                    | "tribute"
                    | "memory"
                    | "investigating"
                    | "investigations"
                    | "inquiry"
                    | "autopsy"
            )
            // ("Police arrested 30 people after a mob beat to death a man": the arrests are
            // the sequel, the death the event.)
            && !(matches!(p.lower, "after" | "following")
                && ws[i - 1].lower == "to"
                && arrests_before(lower, base, ws, window + k))
    })
}

/// True when the text between two byte offsets (absolute, `base` is where `lower` starts)
/// breaks the phrase: a comma, semicolon, colon, full stop or bracket.
fn has_break(lower: &str, base: usize, from: usize, to: usize) -> bool {
    lower
        .get(from.saturating_sub(base)..to.saturating_sub(base))
        .is_some_and(|g| g.contains([',', ';', ':', '.', '(', ')', '[', ']', '&']))
}

/// True when the text between two byte offsets holds a dash standing alone (" - ", " – ").
fn has_dash(lower: &str, base: usize, from: usize, to: usize) -> bool {
    lower
        .get(from.saturating_sub(base)..to.saturating_sub(base))
        .is_some_and(|g| g.contains(['-', '\u{2013}', '\u{2014}']))
}

/// When a dash closes an aside right before word `k` ("Three people - a council member, an
/// imam and an old man - were killed"), the first word inside the aside: the aside is words
/// `open..k`, and the subject ends at word `open - 1`. The aside spans at most sixteen words.
fn dash_aside_start(lower: &str, base: usize, ws: &[W<'_>], k: usize) -> Option<usize> {
    if k == 0 || !has_dash(lower, base, ws[k - 1].end, ws[k].start) {
        return None;
    }
    (k.saturating_sub(16).max(1)..k - 1)
        .rev()
        .find(|&q| has_dash(lower, base, ws[q - 1].end, ws[q].start))
}

/// Death words read only by [`fatalities`] (see [`fatality_feature`]): "a demonstrator later
/// succumbing to his wounds", "decapitated a healer", "was hanged", "1 fatality".
const DEATH_AFTER_MORE: &[&str] =
    &["fatality", "succumbing", "decapitated", "hanged", "hung", "gunned"];

/// The auxiliary before the death word at `i`, past adverbs: "was reportedly killed" gives
/// "was".
fn preceding_glue<'a>(ws: &[W<'a>], i: usize) -> Option<&'a str> {
    let mut k = i;
    while k > 0 {
        k -= 1;
        let w = ws[k].lower;
        // ("was reportedly shot dead": "was".)
        if w.ends_with("ly")
            || matches!(w, "also" | "later" | "then" | "subsequently" | "shot" | "found")
        {
            continue;
        }
        return Some(w);
    }
    None
}

/// True when a word is or ends with a year ("1998", "13-december-1998").
fn has_year(w: &str) -> bool {
    let tail = w.rsplit('-').next().unwrap_or(w);
    tail.len() == 4 && tail.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// "Three people including a man, a woman, and a girl were killed": the count before an
/// "including" at most eight words left of word `k`, where a counted subject ended.
fn total_before_including(ws: &[W<'_>], k: usize) -> Option<u32> {
    let p = (k.saturating_sub(8)..=k)
        .rev()
        .take_while(|&p| !STOP.contains(&ws[p].lower) || ws[p].lower == "including")
        .find(|&p| ws[p].lower == "including")?;
    (p.saturating_sub(2)..p)
        .rev()
        .find_map(|q| quantity_at(ws, q).filter(|_| !matches!(ws[q].lower, "a" | "an")))
        .map(|(v, _, _)| v)
}

/// True when word `w` starts with a capital in the original text (`orig` starts at `base`).
fn is_capitalised(orig: &str, base: usize, w: &W<'_>) -> bool {
    orig.get(w.start.saturating_sub(base)..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
}

/// With `full`, a death word that is the background of the event, not its toll: an accusation
/// ("accused of killing a villager"), a death before the event ("after gendarmes mistakenly
/// killed a resident", "a pastoralist man assassinated earlier", "succumbed to her wounds two
/// days ago").
fn background_death(lower: &str, base: usize, ws: &[W<'_>], i: usize) -> bool {
    let w = ws[i].lower;
    let death =
        DEATH_BEFORE.contains(&w) || DEATH_AFTER.contains(&w) || DEATH_AFTER_MORE.contains(&w);
    if !death {
        return false;
    }
    // (An "after" clause is read eight words back, "a day after three young girls were
    // stabbed to death"; an accusation six.)
    let before = &ws[i.saturating_sub(8)..i];
    let near = &ws[i.saturating_sub(6)..i];
    let accused = near.iter().enumerate().any(|(d, p)| {
        matches!(p.lower, "accused" | "accusing")
            || p.lower == "suspected" && near.get(d + 1).is_some_and(|n| n.lower == "of")
    });
    // "after" starting a clause whose subject comes before the death word (not "after his
    // arrest was executed"; not "after provocations left two people dead", a result).
    // (Not after arrests that answer it: "Police arrested 30 people after a mob beat to death
    // a man" tells the killing as the event, the arrests as its sequel.)
    let after = w != "dead"
        && before.iter().rposition(|p| p.lower == "after").is_some_and(|d| {
            !has_break(lower, base, before[d].end, ws[i].start)
                && before.len() - d >= 2
                && !matches!(
                    before[d + 1].lower,
                    "his" | "her" | "their" | "its" | "being" | "having" | "which"
                )
                && !arrests_before(lower, base, ws, i - before.len() + d)
        });
    let earlier =
        ws[i + 1..(i + 7).min(ws.len())].iter().any(|n| matches!(n.lower, "earlier" | "ago"));
    // "in retaliation for a drone attack that killed three US soldiers": the deaths of the
    // event answered, told in a clause on it.
    let answered = i >= 1
        && matches!(ws[i - 1].lower, "that" | "which")
        && ws[i.saturating_sub(9)..i].iter().any(|p| {
            matches!(p.lower, "retaliation" | "response" | "revenge" | "reprisal" | "avenge")
        });
    accused || after || earlier || answered
}

/// True when the clause before the word at `k` (an "after") tells arrests: "Police arrested
/// 30 people after ...", "detained two men after ...".
fn arrests_before(lower: &str, base: usize, ws: &[W<'_>], k: usize) -> bool {
    ws[k.saturating_sub(10)..k]
        .iter()
        .rev()
        .take_while(|p| {
            !lower.get(p.end.saturating_sub(base)..).is_some_and(|g| g.starts_with(['.', ';']))
        })
        .any(|p| matches!(p.lower, "arrested" | "detained" | "apprehended" | "arrests"))
}

/// True when the death at word `i` is a court's sentence: "sentenced 37 people, including
/// three Americans, to death" kills no one.
fn sentenced_to_death(ws: &[W<'_>], i: usize) -> bool {
    ws[i].lower == "death"
        && i >= 1
        && ws[i - 1].lower == "to"
        && ws[i.saturating_sub(12)..i].iter().any(|p| {
            matches!(p.lower, "sentenced" | "sentence" | "sentences" | "sentencing" | "condemned")
        })
}

/// True when a year follows the death word at `i` within five words ("assassinated in 1998",
/// "killed on 13-December-1998"): a death of the past.
fn past_year(ws: &[W<'_>], i: usize) -> bool {
    ws[i + 1..(i + 6).min(ws.len())]
        .iter()
        .enumerate()
        .any(|(d, n)| has_year(n.lower) && (n.lower.contains('-') || ws[i + d].lower == "in"))
}

/// True for a headline whose subject is one person, named first without an article, and
/// dies within its first ten words without an object: "Marabout killed and an apprentice
/// abducted", "Village chief of Tem abducted and executed by presumed Ansaroul Islam
/// members", "Sahel Eco (NGO) coordinator found dead".
fn headline_single(orig: &str, lower: &str, base: usize, ws: &[W<'_>]) -> bool {
    let Some(first) = ws.first() else { return false };
    if !is_capitalised(orig, base, first)
        || is_plural_noun(first.lower)
        || quantity_at(ws, 0).is_some()
        || GLUE.contains(&first.lower)
        || STOP.contains(&first.lower)
        || matches!(first.lower, "the" | "this" | "these" | "those" | "they" | "he" | "she")
    {
        return false;
    }
    let Some(i) = (1..ws.len().min(11)).find(|&i| ONE_DEATH_WORDS.contains(&ws[i].lower)) else {
        return false;
    };
    !starts_object(orig, lower, base, ws, i)
        && !past_year(ws, i)
        && ws[1..i].iter().all(|w| {
            (!is_plural_noun(w.lower) || is_capitalised(orig, base, w))
                && number_value(w.lower).is_none()
        })
}

/// True when an object follows the verb at word `i` ("killed a man", "killed 5 soldiers",
/// "executed Imouchag notable", "killed civilians"): the verb is active and its subject is
/// the killer, not the dead.
fn starts_object(orig: &str, lower: &str, base: usize, ws: &[W<'_>], i: usize) -> bool {
    let Some(n) = ws.get(i + 1) else {
        return false;
    };
    if has_break(lower, base, ws[i].end, n.start) {
        return false;
    }
    // "killed and burned more than a dozen sheep": the shared object; "killed about 58 oxen":
    // past the approximation.
    let mut i = i;
    if n.lower == "and" && ws.get(i + 2).is_some_and(|v| v.lower.ends_with("ed")) {
        i += 2;
    }
    while ws.get(i + 1).is_some_and(|n| {
        matches!(n.lower, "about" | "more" | "than" | "over" | "nearly" | "around" | "roughly")
            || n.lower == "approximately"
    }) {
        i += 1;
    }
    let Some(n) = ws.get(i + 1) else {
        return false;
    };
    let capitalised = is_capitalised(orig, base, n);
    matches!(
        n.lower,
        "a" | "an"
            | "the"
            | "his"
            | "her"
            | "their"
            | "its"
            | "him"
            | "them"
            | "himself"
            | "herself"
            | "another"
            | "at"
    ) || quantity_at(ws, i + 1).is_some() && !other_fate_after(lower, base, ws, i + 1, false)
        || is_plural_noun(n.lower)
        || ANIMALS.contains(&n.lower)
        || capitalised
}

/// The count of the people a pronoun before word `i` refers to: the nearest quantity with a
/// plural noun at most three words after it ("abducted six Fulani men, executed them" gives
/// 6), at most 25 words back.
fn antecedent_count(ws: &[W<'_>], i: usize) -> Option<(u32, bool)> {
    (i.saturating_sub(25)..i).rev().find_map(|k| {
        if is_year(ws, k) || is_day_of_month(ws, k) || matches!(ws[k].lower, "a" | "an" | "one") {
            return None;
        }
        let (v, vague, _) = quantity_at(ws, k)?;
        ws[k + 1..(k + 4).min(i)].iter().any(|n| is_plural_noun(n.lower)).then_some((v, vague))
    })
}

/// The exact number of fighters put out of action by the verb at word `i`: "neutralized ten
/// militants" (after it) or "Twenty jihadists were neutralised" (before it): (count, the
/// count's word, the noun).
fn neutralized_count<'a>(ws: &[W<'a>], i: usize) -> Option<(u32, usize, W<'a>)> {
    let fighters = |n: &str| {
        side_of(n).is_some()
            || matches!(n, "elements" | "individuals" | "suspects" | "members" | "people" | "men")
    };
    let exact = |k: usize| {
        quantity_at(ws, k)
            .filter(|(_, vague, _)| !vague && !matches!(ws[k].lower, "a" | "an" | "one"))
            .filter(|_| !is_year(ws, k) && !is_day_of_month(ws, k))
            .map(|(v, _, _)| v)
    };
    // After: "neutralized (at least) ten (suspected) militants".
    let mut j = i + 1;
    while ws.get(j).is_some_and(|n| matches!(n.lower, "at" | "least" | "some" | "about")) {
        j += 1;
    }
    if let Some(v) = ws.get(j).and_then(|_| exact(j))
        && let Some(n) = ws[j + 1..(j + 4).min(ws.len())].iter().find(|n| is_plural_noun(n.lower))
        && fighters(n.lower)
    {
        return Some((v, j, *n));
    }
    // Before: "Twenty jihadists were (reportedly) neutralised".
    let mut k = i;
    while k > 0 && (GLUE.contains(&ws[k - 1].lower) || ws[k - 1].lower.ends_with("ly")) {
        k -= 1;
    }
    let noun = k.checked_sub(1).map(|n| ws[n]).filter(|n| fighters(n.lower))?;
    let q = (k.saturating_sub(3)..k - 1).rev().find(|&q| exact(q).is_some())?;
    Some((exact(q)?, q, noun))
}

/// The count of a death word at `i` ("died", "succumbed") that is a second verb whose subject
/// is one person: "a student was allegedly shot by police and later died in hospital". The
/// nearest auxiliary before it, within fifteen words, is the singular "was".
/// With the plural "were", the count named before it: "Two soldiers were wounded by the blast
/// and later died" = 2.
fn later_died(ws: &[W<'_>], i: usize) -> Option<(u32, bool)> {
    if !matches!(ws[i].lower, "died" | "succumbed") || preceding_glue(ws, i) != Some("and") {
        return None;
    }
    let from = i.saturating_sub(15);
    let aux = (from..i)
        .rev()
        .find(|&p| matches!(ws[p].lower, "was" | "were" | "are" | "is" | "have" | "has"))?;
    match ws[aux].lower {
        "was" => Some((1, false)),
        "were" => antecedent_count(ws, aux + 1).filter(|(_, vague)| !vague),
        _ => None,
    }
}

/// True when words `j` and `j + 1` name the weapon of an active verb and its object follows:
/// "killed by machete a pastoralist man" (not a passive's agent: "killed by gunmen", "killed
/// by the army a day after").
fn instrument_before_object(orig: &str, base: usize, ws: &[W<'_>], j: usize) -> bool {
    let (Some(by), Some(tool), Some(obj)) = (ws.get(j), ws.get(j + 1), ws.get(j + 2)) else {
        return false;
    };
    by.lower == "by"
        && tool.lower.chars().all(char::is_alphabetic)
        && !is_plural_noun(tool.lower)
        && !is_capitalised(orig, base, tool)
        && !matches!(tool.lower, "the" | "a" | "an" | "his" | "her" | "their" | "unknown")
        && (matches!(obj.lower, "a" | "an") || number_value(obj.lower).is_some())
        && ws.get(j + 3).is_none_or(|n| {
            !matches!(
                n.lower.trim_end_matches('s'),
                "day" | "week" | "month" | "year" | "hour" | "night" | "few"
            )
        })
}

/// The count of a single victim at word `j` (after the death word) and the people joined to
/// them: "killed a combatant and his father" = 2, "killed the driver and two passengers" = 3,
/// "a member of Dan Na Ambassagou, his son and wounded two others" = 2, "killing the unit
/// commander and the deputy mayor" = 2, "a village chief of the Ikorchatan (Bellah) community
/// and his three sons" = 4, "a religious leader and at least three of his family members" =
/// 4, "a prominent business man with his driver and bodyguard" = 3, "a woman, her baby, and
/// young man" = 3. `None` when no one is joined.
fn joined_people(lower: &str, base: usize, ws: &[W<'_>], j: usize) -> Option<u32> {
    let end = (j + 11).min(ws.len());
    let ends = |w: &str| {
        STOP.contains(&w) && !matches!(w, "with" | "in" | "of")
            || matches!(w, "including" | "but" | "and" | "while")
            || OTHER_FATE.contains(&w)
    };
    let mut a = j + 1;
    while a < end {
        let w = ws[a].lower;
        let broken = has_break(lower, base, ws[a - 1].end, ws[a].start);
        let link = w == "and"
            || w == "with"
                && ws.get(a + 1).is_some_and(|n| matches!(n.lower, "his" | "her" | "their"))
            || broken && matches!(w, "his" | "her" | "their");
        if !link {
            if STOP.contains(&w) && !matches!(w, "with" | "in" | "of") || w == "who" {
                return None;
            }
            a += 1;
            continue;
        }
        let mut b = if matches!(w, "and" | "with") { a + 1 } else { a };
        while ws.get(b).is_some_and(|n| matches!(n.lower, "at" | "least")) {
            b += 1;
        }
        let n = ws.get(b)?;
        // Another fate for the joined ones: "killed a man and a woman was injured" (up to the
        // next "and" or break: "a member of Dan Na Ambassagou, his son and wounded two others").
        let fate = (b..(b + 5).min(ws.len()))
            .take_while(|&c| {
                c == b
                    || ws[c].lower != "and" && !has_break(lower, base, ws[c - 1].end, ws[c].start)
            })
            .any(|c| OTHER_FATE.contains(&ws[c].lower));
        if fate {
            return None;
        }
        let mut count =
            if let Some(v) = number_value(n.lower).filter(|_| !matches!(n.lower, "a" | "an")) {
                return Some(1 + v);
            } else if matches!(n.lower, "his" | "her" | "their") {
                if let Some(v) = ws.get(b + 1).and_then(|x| number_value(x.lower)) {
                    return Some(1 + v);
                }
                2
            } else if matches!(n.lower, "a" | "an" | "one" | "another")
                || n.lower == "the"
                    && ws
                        .get(b + 1)
                        .is_some_and(|p| !is_plural_noun(p.lower) && !p.lower.ends_with("ed"))
            {
                2
            } else {
                // ("killing a civilian, and burning a vehicle and two motorbikes".)
                return None;
            };
        // One more at the end of a list: "a woman, her baby, and young man", "with his driver
        // and bodyguard".
        let tail = (b + 1..(b + 5).min(ws.len())).find(|&c| ws[c].lower == "and");
        if let Some(c) = tail
            && ws[b + 1..c].iter().all(|x| !ends(x.lower))
            && let Some(x) = ws.get(c + 1)
            && !x.lower.ends_with("ed")
            && !x.lower.ends_with("ing")
            && !is_plural_noun(x.lower)
            && number_value(x.lower).is_none_or(|_| matches!(x.lower, "a" | "an" | "one"))
            && !ends(x.lower)
            && !ws[c + 1..(c + 5).min(ws.len())].iter().any(|y| OTHER_FATE.contains(&y.lower))
        {
            count += 1;
        }
        return Some(count);
    }
    None
}

/// The count of a plural subject separated from its passive death word at `i` by a
/// participle phrase: "3 people arrested by FAMA soldiers at Yirma were allegedly executed",
/// "23 individuals arrested earlier by the army (GFSN-Djibo) in Filio were reportedly
/// executed", "two children travelling on cart were killed". The nearest exact count with a
/// plural noun after it, at most fourteen words back, in the same clause (no comma, no
/// relative pronoun, no other finite verb), with a participle after the noun.
fn subject_count(lower: &str, base: usize, ws: &[W<'_>], i: usize) -> Option<u32> {
    let aux = (0..i).rev().find(|&k| {
        !(ws[k].lower.ends_with("ly")
            || matches!(
                ws[k].lower,
                "also"
                    | "later"
                    | "then"
                    | "subsequently"
                    | "found"
                    | "to"
                    | "have"
                    | "been"
                    | "all"
            ))
    })?;
    if ws[aux].lower != "were" {
        return None;
    }
    let clause = lower.get(..ws[aux].start.saturating_sub(base))?;
    let from = clause.rfind([',', ';', ':', '.']).map_or(0, |c| c + 1);
    let lo = aux.saturating_sub(14);
    let mut k = aux;
    while k > lo {
        k -= 1;
        let w = ws[k].lower;
        if ws[k].start.saturating_sub(base) < from
            || matches!(w, "that" | "which" | "who" | "whom" | "and" | "were" | "was" | "are")
        {
            return None;
        }
        if is_year(ws, k) || is_day_of_month(ws, k) || matches!(w, "a" | "an" | "one") {
            continue;
        }
        let Some((v, vague, _)) = quantity_at(ws, k) else { continue };
        if vague {
            return None;
        }
        let noun = (k + 1..(k + 3).min(aux)).find(|&n| is_plural_noun(ws[n].lower))?;
        if is_animal(ws, noun) {
            return None;
        }
        let participle = ws.get(noun + 1).is_some_and(|p| {
            p.lower.ends_with("ed") || p.lower.ends_with("ing") || p.lower == "taken"
        });
        return participle.then_some(v);
    }
    None
}

/// The number of places a note lists after a place cue ("the villages of", "the areas",
/// "in", "coded as"): "in Foube and Mognaba" = 2, "respectively coded as Tin Abaw and
/// Tissalatene" = 2. Each place is a run of capitalised words; places are joined by commas and
/// "and". `None` for fewer than two.
fn listed_places(orig: &str, lower: &str, base: usize, ws: &[W<'_>]) -> Option<u32> {
    let cap = |k: usize| ws.get(k).is_some_and(|w| is_capitalised(orig, base, w));
    for (c, w) in ws.iter().enumerate() {
        let cue = match w.lower {
            "in" | "areas" => true,
            "of" => c > 0 && matches!(ws[c - 1].lower, "villages" | "areas" | "localities"),
            "as" => c > 0 && ws[c - 1].lower == "coded",
            _ => false,
        };
        if !cue || !cap(c + 1) {
            continue;
        }
        let mut places = 0;
        let mut k = c + 1;
        while cap(k) {
            places += 1;
            while cap(k + 1) && !has_break(lower, base, ws[k].end, ws[k + 1].start) {
                k += 1;
            }
            // The next place: after "and", ", and" or a comma.
            let comma = ws.get(k + 1).is_some_and(|n| has_break(lower, base, ws[k].end, n.start))
                && lower
                    .get(ws[k].end - base..ws.get(k + 1).map_or(ws[k].end, |n| n.start) - base)
                    .is_some_and(|g| g.trim() == ",");
            if ws.get(k + 1).is_some_and(|n| n.lower == "and") {
                k += 2;
            } else if comma {
                k += if ws.get(k + 1).is_some_and(|n| n.lower == "and") { 2 } else { 1 };
                if ws.get(k).is_some_and(|n| n.lower == "and") {
                    k += 1;
                }
            } else {
                break;
            }
        }
        if places >= 2 {
            return Some(places);
        }
    }
    None
}

/// Words of a fate other than death.
const OTHER_FATE: &[&str] = &[
    "wounded",
    "injured",
    "missing",
    "arrested",
    "captured",
    "abducted",
    "kidnapped",
    "detained",
    "hurt",
    "released",
];

/// Animals, which are no fatalities ("killed several sheep", "one oxen killed").
const ANIMALS: &[&str] = &[
    "sheep",
    "ox",
    "oxen",
    "cattle",
    "cow",
    "cows",
    "goat",
    "goats",
    "camel",
    "camels",
    "donkey",
    "donkeys",
    "livestock",
    "animals",
    "animal",
    "dogs",
    "dog",
];

/// True when the count at word `j` (read after a death word) belongs to another fate or to
/// animals: "killed, two others wounded", "killed two wounded", "killed several sheep". Looks
/// at the three words after the count, up to a break or a conjunction; animals only when
/// `animals`.
fn other_fate_after(lower: &str, base: usize, ws: &[W<'_>], j: usize, animals: bool) -> bool {
    for k in j..(j + 3).min(ws.len()) {
        let w = ws[k].lower;
        if k > j && (has_break(lower, base, ws[k - 1].end, ws[k].start) || w == "and") {
            break;
        }
        if k > j && OTHER_FATE.contains(&w) || animals && is_animal(ws, k) {
            return true;
        }
    }
    false
}

/// True when word `k` names animals, not people: "sheep", but not "cattle thief" or
/// "livestock traders".
fn is_animal(ws: &[W<'_>], k: usize) -> bool {
    ANIMALS.contains(&ws[k].lower)
        && ws.get(k + 1).is_none_or(|n| {
            let n = n.lower.trim_end_matches('s');
            !(n.ends_with("er")
                || n.ends_with("or")
                || n.ends_with("man")
                || n.ends_with("men")
                || n.ends_with("thief")
                || matches!(n, "thieve" | "merchant" | "owner" | "rustler" | "market"))
        })
}

fn is_plural_noun(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !GLUE.contains(&w)
        && !STOP.contains(&w)
        || matches!(w, "people" | "men" | "women" | "children" | "police" | "militia" | "personnel")
}

/// Finds the fatality count of a sentence (`None` when it mentions no death).
pub fn fatalities(text: &str, span: Span) -> Option<FatalityMention> {
    read(text, span, true, None)
}

/// The reading the event classifier was trained on (its `__fatal` / `__no_fatal` features):
/// the rules that decide *whether* a sentence reports deaths as they were when the shipped
/// model was trained. Rules added since then refine the count; those that would turn a
/// sentence with no death into one with deaths, or back, apply only to [`fatalities`], so
/// that reading tolls better leaves event classification unchanged.
pub fn fatality_feature(text: &str, span: Span) -> Option<FatalityMention> {
    read(text, span, false, None)
}

fn read(
    text: &str,
    span: Span,
    full: bool,
    found: Option<&mut Vec<Found>>,
) -> Option<FatalityMention> {
    let piece = span.get(text)?;
    let lower_piece = crate::span::lowercase_aligned(piece);
    fatalities_in(piece, &lower_piece, span.start as usize, full, found)
}

/// Reads `lower` (the lowercased `orig`, same length) starting at byte `base` of the text.
fn fatalities_in(
    orig: &str,
    lower: &str,
    base: usize,
    full: bool,
    found: Option<&mut Vec<Found>>,
) -> Option<FatalityMention> {
    let ws = words(lower, base, full);
    let negated = [
        "no one was killed",
        "nobody was killed",
        "no fatalities",
        "no casualties",
        "no deaths",
        "no one died",
        "no loss of life",
        "without casualties",
        "no victims",
        "no injuries or deaths",
        "no death",
    ]
    .iter()
    .any(|n| lower.contains(n))
        || full
            && [
                "no human casualties",
                "without causing any casualties",
                "without any casualties",
                "without causing casualties",
                "no casualty",
            ]
            .iter()
            .any(|n| lower.contains(n));
    let mut acc = Acc { best: None, found };
    for (i, w) in ws.iter().enumerate() {
        if named_as_cause(lower, base, &ws, i, full) || sentenced_to_death(&ws, i) {
            continue;
        }
        // With `full`, a death in a year given after it is past: "a journalist who was
        // assassinated in 1998", "Zongo was killed on 13-December-1998".
        if full && (past_year(&ws, i) || background_death(lower, base, &ws, i)) {
            continue;
        }
        // Count after the verb: "killed 5 soldiers", "killing at least 10", "killed a man".
        // "shot dead two men", "hacked to death a herder", "the death of a parachutist".
        let prev = i.checked_sub(1).map(|p| ws[p].lower);
        // "burned him to death": one.
        if w.lower == "death"
            && prev == Some("to")
            && i >= 2
            && matches!(ws[i - 2].lower, "him" | "her")
        {
            acc.add(
                FatalityMention { span: Span::new(ws[i - 2].start, w.end), count: 1, vague: false },
                w.start,
                None,
            );
        }
        let after_verb = (w.lower == "dead" && prev == Some("shot"))
            || (w.lower == "death" && prev == Some("to"))
            || (w.lower == "death" && ws.get(i + 1).is_some_and(|n| n.lower == "of"));
        // "gunned down two tribals": shot dead.
        let gunned_down =
            full && w.lower == "gunned" && ws.get(i + 1).is_some_and(|n| n.lower == "down");
        if DEATH_BEFORE.contains(&w.lower)
            || after_verb
            || full && matches!(w.lower, "decapitated" | "decapitating")
            || gunned_down
        {
            let mut j = if gunned_down { i + 2 } else { i + 1 };
            let mut shared = false;
            if ws.get(j).is_some_and(|n| n.lower == "of") {
                j += 1;
            } else if full && instrument_before_object(orig, base, &ws, j) {
                // "killed by machete a pastoralist man": the object past the weapon.
                j += 2;
            }
            while j < ws.len()
                && (matches!(
                    ws[j].lower,
                    "at" | "least"
                        | "about"
                        | "around"
                        | "some"
                        | "nearly"
                        | "more"
                        | "than"
                        | "over"
                        | "up"
                        | "to"
                        | "an"
                        | "estimated"
                        | "approximately"
                        | "roughly"
                        | "the"
                        | "his"
                        | "her"
                        | "their"
                        | "death"
                        | "and"
                ) || full && ws[j].lower == "between")
                && j < i + 5
            {
                if matches!(ws[j].lower, "some")
                    && j + 1 < ws.len()
                    && number_value(ws[j + 1].lower).is_none()
                {
                    break;
                }
                // ("killed at the least eight volunteer fighters".)
                let at_the_least = full
                    && ws[j].lower == "the"
                    && ws[j - 1].lower == "at"
                    && ws.get(j + 1).is_some_and(|n| n.lower == "least");
                if matches!(ws[j].lower, "the" | "his" | "her" | "their") && !at_the_least {
                    break;
                }
                // "killed and mutilated a farmer": the second verb shares the object.
                if ws[j].lower == "and" {
                    if j == i + 1 && ws.get(j + 1).is_some_and(|n| n.lower.ends_with("ed")) {
                        shared = true;
                        j += 2;
                        continue;
                    }
                    break;
                }
                // "an estimated 40", "an unknown number" skip the article; "an elderly man" is one.
                if ws[j].lower == "an"
                    && ws.get(j + 1).is_none_or(|n| {
                        !matches!(n.lower, "estimated" | "unknown" | "unspecified" | "undetermined")
                    })
                {
                    break;
                }
                j += 1;
            }
            if let Some(next) = ws.get(j).filter(|_| !is_day_of_month(&ws, j)) {
                // "killing himself and two soldiers": the bomber counts.
                let count = if matches!(next.lower, "him" | "her")
                    || full && matches!(next.lower, "himself" | "herself")
                    || full && next.lower == "another" && quantity_at(&ws, j + 1).is_none()
                {
                    Some((1, false))
                } else if full && next.lower == "them" {
                    // "abducted six Fulani men, executed them": the count named before.
                    antecedent_count(&ws, i)
                } else if matches!(next.lower, "the" | "his" | "her" | "their") {
                    // "killed the two occupants": the number after the article.
                    ws.get(j + 1).map(|n| match quantity_at(&ws, j + 1) {
                        Some((v, vague, _)) if !matches!(n.lower, "a" | "an") => (v, vague),
                        _ if is_plural_noun(n.lower) => (3, true),
                        _ => (1, false),
                    })
                } else if let Some((mut v, vague, _)) = ws
                    .get(j + 1)
                    .filter(|n| matches!(n.lower, "dozen" | "hundred" | "thousand"))
                    // "killing two dozen": the quantity spans two words.
                    .and_then(|_| quantity_at(&ws, j + 1))
                    .or_else(|| quantity_at(&ws, j))
                {
                    // "killed a man" is one, "killed a dozen civilians" twelve.
                    let spans_two = ws
                        .get(j + 1)
                        .is_some_and(|n| matches!(n.lower, "dozen" | "hundred" | "thousand"));
                    if matches!(next.lower, "a" | "an") && !spans_two {
                        v = 1;
                    }
                    Some((v, vague))
                } else if is_plural_noun(next.lower) {
                    Some((3, true))
                } else if full
                    && j == i + 1
                    && is_capitalised(orig, base, next)
                    && !(next.lower.len() >= 3 && crate::mentions::dates::is_month_word(next.lower))
                {
                    // "shot and killed MOC commander Saloum Ould MBegui", "executed Imouchag
                    // notable": a named person; "killed Fulani civilians": a plural.
                    let plural = ws[j + 1..(j + 4).min(ws.len())]
                        .iter()
                        .take_while(|n| !has_break(lower, base, next.end, n.start))
                        .any(|n| is_plural_noun(n.lower) && !is_capitalised(orig, base, n));
                    Some(if plural { (3, true) } else { (1, false) })
                } else {
                    None
                };
                if let Some((mut count, vague)) = count {
                    // With `full`: "killing 1 soldier and 2 volunteer fighters", "killed 4 VDP
                    // fighters, and 11 civilians including 1 woman": coordinated counts add up
                    // (not those of another fate: "killed 2 soldiers and 3 were wounded").
                    if full && !vague && count > 1
                        || full
                            && count == 1
                            && number_value(next.lower)
                                .is_some_and(|_| !matches!(next.lower, "a" | "an"))
                    {
                        let mut a = j + 1;
                        let mut placed = false;
                        while a + 1 < ws.len() && a < j + if placed { 14 } else { 10 } {
                            let aw = ws[a].lower;
                            // "executed four men in the village of Inata and five others at
                            // the mining site": past a place, "N others".
                            if matches!(aw, "in" | "at" | "near") {
                                placed = true;
                                a += 1;
                                continue;
                            }
                            if STOP.contains(&aw)
                                || matches!(aw, "including" | "among" | "while" | "but")
                            {
                                break;
                            }
                            if placed
                                && aw == "and"
                                && !ws
                                    .get(a + 2)
                                    .is_some_and(|o| matches!(o.lower, "others" | "more"))
                            {
                                a += 1;
                                continue;
                            }
                            // ("between 5 and 9 members" is a range.)
                            if aw == "and"
                                && a > j + 1
                                && !is_year(&ws, a + 1)
                                && !is_day_of_month(&ws, a + 1)
                                && !other_fate_after(lower, base, &ws, a + 1, true)
                                && let Some(n) = number_value(ws[a + 1].lower)
                                    .filter(|_| !matches!(ws[a + 1].lower, "a" | "an"))
                            {
                                count += n;
                                a += 2;
                                continue;
                            }
                            a += 1;
                        }
                    }
                    // "killed a combatant and his father", "an officer and one of his
                    // associates": a second person joined to a single one.
                    // With `full` also past a comma ("killed a member of Dan Na Ambassagou, his
                    // son and wounded two others") and "and the" ("killing the unit commander
                    // and the deputy mayor").
                    let joins = |a: usize| {
                        ws[a].lower == "and"
                            || full
                                && a > 0
                                && has_break(lower, base, ws[a - 1].end, ws[a].start)
                                && matches!(ws[a].lower, "his" | "her" | "their")
                    };
                    if full && count == 1 {
                        if let Some(n) = joined_people(lower, base, &ws, j) {
                            count = n;
                        }
                    } else if count == 1
                        && let Some(a) = (j + 1..(j + 5).min(ws.len())).find(|&a| joins(a))
                    {
                        let a = if ws[a].lower == "and" { a } else { a - 1 };
                        let joined = ws.get(a + 1).map(|n| n.lower);
                        if joined.is_some_and(|n| {
                            matches!(n, "his" | "her" | "their" | "a" | "an" | "one" | "another")
                                || full
                                    && n == "the"
                                    && ws.get(a + 2).is_some_and(|p| {
                                        !is_plural_noun(p.lower) && !p.lower.ends_with("ed")
                                    })
                        }) {
                            count = 2;
                        } else if let Some(n) = joined.and_then(number_value) {
                            // "killed the driver and two passengers".
                            count = 1 + n;
                        }
                        // "killed a father and his two sons".
                        if count == 2
                            && joined.is_some_and(|n| matches!(n, "his" | "her" | "their"))
                            && let Some(n) = ws.get(a + 2).and_then(|n| number_value(n.lower))
                        {
                            count = 1 + n;
                        }
                    }
                    // With `full`: "Three soldiers were killed, five others went missing",
                    // "one gendarme killed two wounded": a number past a comma or one given to
                    // another fate is not the dead's; "killed several sheep": animals are no
                    // fatalities.
                    let other_fate = full
                        && (has_break(
                            lower,
                            base,
                            if shared { ws[i + 2].end } else { w.end },
                            next.start,
                        ) || other_fate_after(lower, base, &ws, j, true));
                    if !other_fate {
                        acc.add(
                            FatalityMention { span: Span::new(next.start, next.end), count, vague },
                            w.start,
                            noun_after(&ws, j),
                        );
                    }
                }
            }
        }
        // "slit the throats of three gold miners", "slit the throat of a man": a killing.
        if full
            && matches!(w.lower, "throat" | "throats")
            && i >= 2
            && matches!(ws[i - 2].lower, "slit" | "slitting" | "slits" | "cut" | "cutting")
            && matches!(ws[i - 1].lower, "the" | "his" | "her")
        {
            let of_count =
                ws.get(i + 1).filter(|n| n.lower == "of").and_then(|_| ws.get(i + 2)).and_then(
                    |n| {
                        if matches!(n.lower, "a" | "an") {
                            Some((1, false))
                        } else {
                            quantity_at(&ws, i + 2).map(|(v, vague, _)| (v, vague))
                        }
                    },
                );
            let count = if ws[i - 1].lower == "the" { of_count } else { Some((1, false)) };
            if let Some((v, vague)) = count {
                acc.add(
                    FatalityMention { span: Span::new(w.start, w.end), count: v, vague },
                    w.start,
                    None,
                );
            }
        }
        // "neutralized ten militants", "Twenty jihadists were neutralised": an exact number
        // of fighters put out of action, which these notes code as killed (not a vague one:
        // "several militants were reportedly 'neutralized'" is 0; nor where some were
        // captured, nor devices: "neutralized an IED").
        if full
            && matches!(w.lower, "neutralized" | "neutralised")
            && !lower.contains("captur")
            && !lower.contains("arrest")
            && let Some((v, k, noun)) = neutralized_count(&ws, i)
        {
            acc.add(
                FatalityMention { span: Span::new(ws[k].start, ws[k].end), count: v, vague: false },
                w.start,
                Some(Span::new(noun.start, noun.end)),
            );
        }
        // "the death toll had risen to seven", "the toll rose to 34", "a death toll of 12":
        // the toll stated (with `full`).
        if full && w.lower == "toll" {
            let death_toll = prev == Some("death");
            let mut j = i + 1;
            let mut rose = false;
            while j < ws.len()
                && j <= i + 4
                && matches!(
                    ws[j].lower,
                    "had"
                        | "has"
                        | "rose"
                        | "risen"
                        | "climbed"
                        | "increased"
                        | "jumped"
                        | "reached"
                        | "stood"
                        | "stands"
                        | "now"
                        | "further"
                        | "was"
                        | "is"
                )
            {
                rose |=
                    matches!(ws[j].lower, "rose" | "risen" | "climbed" | "increased" | "jumped");
                j += 1;
            }
            let linked = ws.get(j).is_some_and(|n| {
                matches!(n.lower, "to" | "at" | "of")
                    || ws[j - 1].lower == "reached"
                    || matches!(ws[j - 1].lower, "was" | "is")
            });
            let j = if ws.get(j).is_some_and(|n| matches!(n.lower, "to" | "at" | "of")) {
                j + 1
            } else {
                j
            };
            let j = (j..(j + 3).min(ws.len()))
                .find(|&q| {
                    !matches!(
                        ws[q].lower,
                        "at" | "least"
                            | "more"
                            | "than"
                            | "over"
                            | "about"
                            | "nearly"
                            | "some"
                            | "around"
                            | "an"
                            | "estimated"
                    )
                })
                .unwrap_or(j);
            if (death_toll || rose)
                && linked
                && ws.get(j).is_some_and(|n| !has_break(lower, base, w.end, n.start))
                && !is_year(&ws, j)
                && let Some((v, vague, _)) = quantity_at(&ws, j)
            {
                acc.add(
                    FatalityMention { span: Span::new(ws[j].start, ws[j].end), count: v, vague },
                    w.start,
                    None,
                );
            }
        }
        // "the corpses of 32 individuals were found", "the corpse of one militant was
        // recovered", "the corpse was found".
        if full && matches!(w.lower, "corpse" | "corpses" | "body" | "bodies" | "remains") {
            let of_count = ws
                .get(i + 1)
                .filter(|n| n.lower == "of")
                .and_then(|_| ws.get(i + 2))
                .filter(|n| !matches!(n.lower, "a" | "an"))
                .and_then(|_| quantity_at(&ws, i + 2));
            let singular = matches!(w.lower, "corpse" | "body")
                && prev.is_some_and(|p| matches!(p, "the" | "a" | "his" | "her" | "one" | "dead"))
                && (w.lower == "corpse"
                    || prev == Some("dead")
                    || ws.get(i + 1).is_some_and(|n| n.lower == "was"));
            // "arrested six individuals ..., the corpses of those arrested were found",
            // "arrested nine men ..., their corpses were reportedly found": the count named
            // before.
            let of_those = matches!(w.lower, "corpses" | "bodies")
                && (prev == Some("their")
                    || ws.get(i + 1).is_some_and(|n| n.lower == "of")
                        && ws.get(i + 2).is_some_and(|n| matches!(n.lower, "those" | "them")));
            if let Some((v, vague, _)) = of_count {
                acc.add(
                    FatalityMention { span: Span::new(w.start, w.end), count: v, vague },
                    w.start,
                    None,
                );
            } else if let Some((v, _)) =
                antecedent_count(&ws, i).filter(|(_, vague)| of_those && !vague)
            {
                acc.add(
                    FatalityMention { span: Span::new(w.start, w.end), count: v, vague: false },
                    w.start,
                    None,
                );
            } else if singular {
                acc.add(
                    FatalityMention { span: Span::new(w.start, w.end), count: 1, vague: false },
                    w.start,
                    None,
                );
            }
        }
        // Count before the death word: "Two soldiers and a civilian were killed", "3 dead".
        // With `full`, not a verb coordinated after another ("conducted an operation and
        // killed or captured ..."): its subject is further left, the words before are the
        // first verb's object.
        // ("were abducted and killed", "shot and killed", "were mistaken for militants and
        // killed" are one passive predicate.)
        let second_verb = full
            && preceding_glue(&ws, i) == Some("and")
            && i >= 2
            && !(ws[i - 2].lower.ends_with("ed")
                || ws[i - 2].lower.ends_with("en")
                || ws[i - 2].lower == "shot")
            && !ws[i.saturating_sub(10)..i]
                .iter()
                .any(|p| matches!(p.lower, "was" | "were" | "been" | "being"));
        // "Culiacán counts its dead", "residents buried their dead": the dead as a noun
        // of someone's, no count of an event's.
        let owned_dead = w.lower == "dead"
            && prev.is_some_and(|p| matches!(p, "its" | "their" | "our" | "his" | "her"));
        if (DEATH_AFTER.contains(&w.lower) || full && DEATH_AFTER_MORE.contains(&w.lower))
            && !second_verb
            && !owned_dead
        {
            // A passive or intransitive death ("were killed", "civilians killed in", "died"),
            // whose subject is the dead; "militants killed a man" names the killers first.
            let passive = !full
                || !(matches!(w.lower, "killed" | "executed" | "massacred" | "murdered")
                    || w.lower == "dead" && prev == Some("shot"))
                || preceding_glue(&ws, i)
                    .is_some_and(|g| matches!(g, "were" | "was" | "been" | "are" | "is" | "being"))
                || !starts_object(orig, lower, base, &ws, i);
            let mut joined = 0u32;
            let mut listed = false;
            let mut animal = false;
            let mut total = 0u32;
            let mut any = false;
            let mut vague_all = true;
            let mut first_span: Option<(usize, usize)> = None;
            let mut k = i;
            let mut saw_plural = false;
            let mut head: Option<usize> = None;
            let mut steps = 0;
            let mut past_aside = false;
            while k > 0 && steps < 10 {
                // "Three people - a village council member, an imam and an old man - were
                // killed": the subject is before the aside, which only names them.
                if full
                    && !any
                    && !past_aside
                    && let Some(open) = dash_aside_start(lower, base, &ws, k)
                {
                    past_aside = true;
                    k = open;
                    joined = 0;
                    head = None;
                    saw_plural = false;
                    continue;
                }
                k -= 1;
                steps += 1;
                // "dozens of fighters from both sides were killed": the sides the dead came
                // from are no count of them; the reading goes on before them.
                if k >= 2
                    && matches!(ws[k].lower, "sides" | "side")
                    && matches!(ws[k - 1].lower, "both" | "either" | "two" | "all")
                    && matches!(ws[k - 2].lower, "from" | "on" | "of")
                    && k > 2
                {
                    k -= 2;
                    continue;
                }
                let lw = ws[k].lower;
                if STOP.contains(&lw) {
                    // "Two civilians who was informants of the customs officers died": the
                    // count before a relative clause that ends at the death word.
                    if full
                        && lw == "who"
                        && !any
                        && passive
                        && k >= 2
                        && is_plural_noun(ws[k - 1].lower)
                        && !matches!(ws[k - 2].lower, "a" | "an" | "one")
                        && let Some((v, false, first)) = quantity_at(&ws, k - 2)
                    {
                        total = v;
                        any = true;
                        vague_all = false;
                        first_span = Some((ws[first].start, ws[k - 1].end));
                    }
                    break;
                }
                // "one oxen killed", not "out to herd goats, were shot dead".
                if full
                    && head.is_none()
                    && is_animal(&ws, k)
                    && !has_break(lower, base, ws[k].end, w.start)
                {
                    animal = true;
                    break;
                }
                // "A sub-officer and his younger brother were assassinated", "A school principal
                // and another civilian were killed": one more person.
                if full
                    && matches!(lw, "his" | "her" | "their" | "another")
                    && k > 1
                    && ws[k - 1].lower == "and"
                    && !ws[k - 2].lower.ends_with("ed")
                {
                    if !any {
                        joined += 1;
                    }
                    k -= 1;
                    continue;
                }
                if full && matches!(lw, "they" | "both" | "those") && k + 1 < i {
                    // "abducted four Fulani men in Sewere, they were executed": the count
                    // named before; "both were assassinated": two.
                    if let Some(c) =
                        if lw == "both" { Some((2, false)) } else { antecedent_count(&ws, k) }
                    {
                        acc.add(
                            FatalityMention {
                                span: Span::new(ws[k].start, ws[k].end),
                                count: c.0,
                                vague: c.1,
                            },
                            w.start,
                            None,
                        );
                    }
                    break;
                }
                if lw == "including" || lw == "among" {
                    // "10 people, including 4 soldiers, were killed": keep the total only.
                    total = 0;
                    any = false;
                    if full {
                        // "9 gendarmes and 6 civilians, including an aid worker, ambulance
                        // driver and a nurse were killed": the total may lie further left than
                        // a long list of those included.
                        steps = 0;
                    }
                    continue;
                }
                if is_year(&ws, k) || is_day_of_month(&ws, k) {
                    break;
                }
                // "the driver was killed", "the corpse was found": one person.
                if head.is_none() && !GLUE.contains(&lw) && !lw.ends_with("ly") {
                    head = Some(k);
                }
                if let Some((v, vague, first)) = quantity_at(&ws, k) {
                    let singular_article = matches!(lw, "a" | "an");
                    let v = if singular_article { 1 } else { v };
                    total += v;
                    any = true;
                    vague_all &= vague;
                    first_span = Some((ws[first].start, first_span.map_or(ws[k].end, |s| s.1)));
                    k = first;
                    // Only coordinated counts add up ("two soldiers and a civilian"); any
                    // other word to the left ends the subject.
                    let coordinated = first >= 2
                        && matches!(ws[first - 1].lower, "and")
                        && (quantity_at(&ws, first - 2).is_some()
                            || is_plural_noun(ws[first - 2].lower)
                            || first >= 3)
                        // ("several huts were burned and one Dozo and one Fulani killed": the
                        // "and" after a verb starts a clause.)
                        && !(full
                            && (ws[first - 2].lower.ends_with("ed")
                                || matches!(ws[first - 2].lower, "were" | "was")))
                        // "Three militants, five volunteer fighters, and two civilians",
                        // "4 civilians, 2 assailants and 1 soldier dead": a list.
                        || full
                            && listed
                            && first >= 2
                            && lower
                                .get(ws[first - 1].end - base..ws[first].start - base)
                                .is_some_and(|g| g.contains(','))
                            && (first.saturating_sub(4)..first - 1).any(|q| {
                                number_value(ws[q].lower).is_some()
                                    && !matches!(ws[q].lower, "a" | "an")
                                    && !is_year(&ws, q)
                            })
                        // "a civilian and his two children": the possessive joins them.
                        || full
                            && first >= 2
                            && matches!(ws[first - 1].lower, "his" | "her" | "their")
                            && ws[first - 2].lower == "and";
                    // "Three people including a woman were killed": the total before.
                    if first >= 1 && matches!(ws[first - 1].lower, "including" | "among") {
                        total = 0;
                        any = false;
                        first_span = None;
                        k = first - 1;
                        if full {
                            steps = 0;
                        }
                        continue;
                    }
                    if !coordinated {
                        break;
                    }
                    // A list ends with "and": commas join counts only after one.
                    listed |= ws[first - 1].lower == "and";
                    if full {
                        // Each coordinated count may have a long noun of its own:
                        // "twenty-seven Dan Na Ambassagou militiamen and one Katiba Macina
                        // militant were killed".
                        steps = 0;
                    }
                    continue;
                }
                // (Not a name: "Agent for the Water and Forests Dept. killed".)
                if is_plural_noun(lw)
                    && !matches!(w.lower, "deaths" | "death" | "fatalities" | "bodies" | "corpses")
                    && !(full && k > 0 && is_capitalised(orig, base, &ws[k]))
                {
                    saw_plural = true;
                }
            }
            if full && any {
                // "Three people including a man, a woman, and a girl were killed": the
                // total before "including" when the listed ones were counted.
                total += joined;
                if let Some(all) = total_before_including(&ws, k) {
                    total = total.max(all);
                }
            }
            if animal || full && !passive && any {
                // "one oxen killed": no person; "Two gunmen killed a trader": the killers.
            } else if any {
                let (s, e) = first_span.unwrap_or((w.start, w.end));
                let noun = head.map(|h| Span::new(ws[h].start, ws[h].end));
                acc.add(
                    FatalityMention { span: Span::new(s, e), count: total, vague: vague_all },
                    w.start,
                    noun,
                );
            } else if joined > 0 && passive {
                // "Forest guard and his guide killed by unknown gunmen": two.
                acc.add(
                    FatalityMention {
                        span: Span::new(w.start, w.end),
                        count: joined + 1,
                        vague: false,
                    },
                    w.start,
                    None,
                );
            } else if let Some(h) = head.filter(|&h| {
                h > 0
                    && matches!(
                        ws[before_age(&ws, h)].lower,
                        "the" | "his" | "her" | "its" | "their"
                    )
                    && !is_plural_noun(ws[h].lower)
                    && !NOT_A_PERSON.contains(&ws[h].lower)
                    && ws[h].lower.chars().all(char::is_alphabetic)
                    && (ONE_DEATH_WORDS.contains(&w.lower) || w.lower == "found")
            }) {
                acc.add(
                    FatalityMention {
                        span: Span::new(ws[h].start, ws[h].end),
                        count: 1,
                        vague: false,
                    },
                    w.start,
                    None,
                );
            } else if let Some(n) = subject_count(lower, base, &ws, i).filter(|_| full && passive) {
                // "3 people arrested by FAMA soldiers at Yirma were allegedly executed", "two
                // children travelling on cart were killed": the subject past its participle.
                acc.add(
                    FatalityMention { span: Span::new(w.start, w.end), count: n, vague: false },
                    w.start,
                    None,
                );
            } else if let Some((n, _)) = later_died(&ws, i).filter(|_| full) {
                // "a student was allegedly shot by police and later died in hospital", "a
                // supporter ... was attacked at his home and died on January 19": one.
                acc.add(
                    FatalityMention { span: Span::new(w.start, w.end), count: n, vague: false },
                    w.start,
                    None,
                );
            } else if saw_plural
                && passive
                && matches!(
                    w.lower,
                    "killed" | "dead" | "died" | "executed" | "slain" | "massacred"
                )
            {
                acc.add(
                    FatalityMention { span: Span::new(w.start, w.end), count: 3, vague: true },
                    w.start,
                    None,
                );
            } else if ONE_DEATH_WORDS.contains(&w.lower)
                && ws[..i].iter().rev().take(6).any(|x| {
                    matches!(
                        x.lower,
                        "a" | "an"
                            | "one"
                            | "he"
                            | "she"
                            | "man"
                            | "woman"
                            | "boy"
                            | "girl"
                            | "child"
                            | "civilian"
                            | "soldier"
                            | "chief"
                    )
                })
            {
                acc.add(
                    FatalityMention { span: Span::new(w.start, w.end), count: 1, vague: false },
                    w.start,
                    None,
                );
            } else if full
                && (ONE_DEATH_WORDS.contains(&w.lower) || DEATH_AFTER_MORE.contains(&w.lower))
                && (preceding_glue(&ws, i) == Some("was")
                    || preceding_glue(&ws, i) == Some("has") && w.lower == "died")
                && !ws[i + 1..(i + 6).min(ws.len())].iter().any(|n| has_year(n.lower))
                && !ws[i.saturating_sub(6)..i].iter().any(|p| p.lower == "after")
            {
                // "The mayor of Mondoro was killed", "Oumar Barry was murdered": one.
                acc.add(
                    FatalityMention { span: Span::new(w.start, w.end), count: 1, vague: false },
                    w.start,
                    None,
                );
            }
        }
    }
    // A headline's single subject: "Marabout killed and an apprentice abducted", "Councilman
    // in Moungnoukana assassinated by presumed jihadists".
    if full && acc.best.is_none() && headline_single(orig, lower, base, &ws) {
        acc.best = Some(FatalityMention {
            span: Span::new(ws[0].start, ws[0].end),
            count: 1,
            vague: false,
        });
    }
    if let Some(stated) = coded_count(&ws) {
        return Some(stated);
    }
    match (acc.best, negated) {
        (Some(b), _) if !b.vague || !negated => Some(b),
        (_, true) => Some(FatalityMention { span: Span::new(base, base), count: 0, vague: false }),
        (b, false) => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(text: &str) -> Option<u32> {
        fatalities(text, Span::new(0, text.len())).map(|m| m.count)
    }

    #[test]
    fn exact_counts() {
        assert_eq!(count("Gunmen killed 5 soldiers near Gao."), Some(5));
        assert_eq!(count("Two soldiers were killed and three wounded."), Some(2));
        assert_eq!(count("Two soldiers and a civilian were killed."), Some(3));
        assert_eq!(count("The attack left 12 people dead."), Some(12));
        assert_eq!(count("killing at least 10 civilians"), Some(10));
        assert_eq!(count("Between 10 and 15 people died."), Some(10));
        assert_eq!(count("killing two dozen villagers"), Some(24));
        // The sides the dead came from are no count: dozens (12), not two.
        assert_eq!(count("Dozens of fighters from both sides were killed."), Some(12));
        assert_eq!(count("Ten fighters on either side were killed."), Some(10));
        assert_eq!(count("militiamen killed the head of the health administration"), Some(1));
        assert_eq!(count("a man was killed"), Some(1));
        assert_eq!(count("killing 12 people, including 5 soldiers"), Some(12));
        assert_eq!(count("5 wounded and 3 killed"), Some(3));
        assert_eq!(count("On 22 December 2020, two people were killed and five wounded"), Some(2));
        assert_eq!(count("On 4 December 2020, gunmen burned a truck near Kidal."), None);
        assert_eq!(count("ISGS militants killed an unknown number of people"), Some(3));
        // Real ACLED notes.
        assert_eq!(
            count(
                "On November 18, presumed Ansaroul Islam militants shot dead the Koglweogo chief in the village of Sikire."
            ),
            Some(1)
        );
        assert_eq!(
            count(
                "the vehicle carried livestock merchants, the driver was killed and two others wounded."
            ),
            Some(1)
        );
        assert_eq!(
            count("a number of youths lynched to death an elderly man accused of sorcery"),
            Some(1)
        );
        assert_eq!(
            count(
                "French forces killed an unspecified number including a commander. Unknown fatalities coded as 10."
            ),
            Some(10)
        );
        assert_eq!(count("On 5 May, the attack killed 4 soldiers."), Some(4));
        assert_eq!(count("The explosion was heard in the town."), None);
        assert_eq!(count("militants killed a Koglweogo combatant and his father."), Some(2));
        assert_eq!(count("gunmen killed and mutilated a female cashew farmer"), Some(1));
        assert_eq!(
            count("individuals armed with machetes hacked to death a male pastoralist"),
            Some(1)
        );
        assert_eq!(count("Elysee announced the death of a Barkhane parachutist."), Some(1));
        assert_eq!(count("residents burned tires and barricaded roads"), None);
        assert_eq!(count("militants killed a soldier and wounded two others"), Some(1));
        assert_eq!(count("gunmen opened fire and killed the driver and two passengers."), Some(3));
        assert_eq!(count("militants attacked a truck and killed the two occupants."), Some(2));
        assert_eq!(count("Three people including a woman were killed."), Some(3));
        assert_eq!(count("a civilian who after his arrest was extrajudicially executed"), Some(1));
        assert_eq!(count("residents captured a burglar and burned him to death."), Some(1));
        assert_eq!(count("the mayor later succumbed to his wounds"), Some(1));
        assert_eq!(
            count("street hawkers went berserk in protest of the death of a colleague."),
            None
        );
        assert_eq!(
            count("elders who had come to discuss the alleged killing of 51 civilians by police"),
            None
        );
        assert_eq!(count("Students protested against the killing of their classmate."), None);
    }

    #[test]
    fn vague_counts() {
        assert_eq!(count("after a raid that left many insurgents dead"), Some(10));
        assert_eq!(count("dozens of people were killed"), Some(12));
        assert_eq!(count("hundreds died"), Some(100));
        assert_eq!(count("several civilians were killed"), Some(3));
        assert_eq!(count("the militants killed civilians"), Some(3));
    }

    #[test]
    fn causes_are_not_tolls() {
        // A death the event reacts to is not its toll.
        assert_eq!(
            count("youths demonstrated in Kayes in reaction to the killing of a youth."),
            None
        );
        assert_eq!(
            count(
                "people demonstrated in front of the gendarmerie following the death of a prisoner."
            ),
            None
        );
        assert_eq!(count("accusing him of causing the death of their father."), None);
        assert_eq!(count("The attacking family revenged the killing of an elderly woman."), None);
        // "killing" as a verb is a toll, whatever precedes it.
        assert_eq!(
            count(
                "gunmen opened fire against two peacekeepers in Timbuktu, killing one and wounding the other."
            ),
            Some(1)
        );
        // ... but arrests made after a killing are its sequel: the killing is the event.
        assert_eq!(
            count("Police arrested 30 people after a mob beat to death a man in Madyan."),
            Some(1)
        );
        assert_eq!(count("Police detained two men after a mob killed a trader."), Some(1));
        assert_eq!(count("Youths marched after police beat to death a man in Madyan."), None);
        assert_eq!(count("Youths rioted after a mob killed a trader."), None);
        assert_eq!(
            count(
                "Rioters threw bricks at police on Tuesday, a day after three young girls were stabbed to death."
            ),
            None
        );
        // An accusation, a death before the event.
        assert_eq!(
            count(
                "residents attacked members of the Fulani community after one member was accused of killing a villager."
            ),
            None
        );
        assert_eq!(
            count(
                "volunteer fighters recovered livestock taken from a pastoralist man assassinated earlier."
            ),
            None
        );
        assert_eq!(
            count(
                "The assault came in reaction to the beating of a woman who succumbed to her wounds two days ago."
            ),
            None
        );
        assert_eq!(
            count("GFAT arrested a civilian who after his arrest was extrajudicially executed."),
            Some(1)
        );
        assert_eq!(count("Clashes in Djime after provocations left two people dead."), Some(2));
        // A death in a year past, or before the event, is not its toll.
        assert_eq!(
            count("protesters marched to the grave of Norbert Zongo who was killed in 1998."),
            None
        );
        // The classifier's feature keeps the reading it was trained on.
        let t = "youths demonstrated in reaction to the killing of a youth.";
        assert_eq!(fatality_feature(t, Span::new(0, t.len())).map(|m| m.count), Some(1));
    }

    #[test]
    fn other_fates_and_animals() {
        assert_eq!(count("Three soldiers were killed, five others went missing."), Some(3));
        assert_eq!(count("The village chief was killed, four others wounded."), Some(1));
        assert_eq!(count("one gendarme killed two wounded."), Some(1));
        assert_eq!(count("at least one soldier killed, three others wounded."), Some(1));
        assert_eq!(count("five ISGS militants were killed, ten arrested."), Some(5));
        assert_eq!(count("3 peacekeepers killed & 2 wounded by IED."), Some(3));
        assert_eq!(count("an IED killed several sheep in Tanwalbougou."), None);
        assert_eq!(count("Four persons were wounded and one oxen killed."), None);
        assert_eq!(count("militants killed a livestock trader in Djibo."), Some(1));
        assert_eq!(count("a suspected cattle thief was killed by gunmen."), Some(1));
        assert_eq!(
            count(
                "militants reportedly abducted, executed, and booby-trapped a volunteer fighter."
            ),
            Some(1)
        );
    }

    #[test]
    fn single_and_joined_victims() {
        assert_eq!(count("The mayor of Mondoro was killed in front of his home."), Some(1));
        assert_eq!(count("A former councilor named Oumar Barry was murdered in Koro."), Some(1));
        assert_eq!(count("unknown individuals decapitated a traditional healer in Fana."), Some(1));
        assert_eq!(count("one demonstrator later succumbing to his wounds."), Some(1));
        assert_eq!(count("There was 1 fatality and 7 people arrested."), Some(1));
        assert_eq!(count("the corpse of one militant was recovered."), Some(1));
        assert_eq!(count("Fulani man abducted, the corpse was found five days later."), Some(1));
        assert_eq!(count("the corpses of 32 individuals were found near In Khalil."), Some(32));
        assert_eq!(count("The bodies of four of the six were later recovered."), Some(4));
        assert_eq!(
            count("A BF army sub-officer and his younger brother were assassinated."),
            Some(2)
        );
        assert_eq!(count("Forest guard and his guide killed by unknown gunmen."), Some(2));
        assert_eq!(
            count("gunmen killed a male civilian and his two children at their house."),
            Some(3)
        );
        assert_eq!(count("militants killed a father and his two sons."), Some(3));
        assert_eq!(
            count(
                "militants attacked the village and killed a member of Dan Na Ambassagou, his son and wounded two others."
            ),
            Some(2)
        );
        assert_eq!(
            count(
                "a convoy was struck by an IED, killing the unit commander and the deputy mayor of Dinangourou."
            ),
            Some(2)
        );
        assert_eq!(
            count("A school principal and another civilian were killed in an attack."),
            Some(2)
        );
        assert_eq!(
            count("Three people including a man, a woman, and a girl were killed."),
            Some(3)
        );
        assert_eq!(
            count("a suicide car bomb against a convoy, killing himself and two soldiers."),
            Some(3)
        );
        assert_eq!(count("a farmer and his sons killed another farmer."), Some(1));
        assert_eq!(count("militiamen killed a dozen Fulani civilians."), Some(12));
        assert_eq!(count("the army reportedly killed between 26 and 37 civilians."), Some(26));
        // The killers are not the dead; a named person is one.
        assert_eq!(count("AQIM (JNIM) militants shot and killed MOC commander Saloum."), Some(1));
        assert_eq!(
            count("Islamic State militants abducted and later executed Imouchag notable."),
            Some(1)
        );
        assert_eq!(
            count("militants shot dead MOC officer Yoro Ould Daha and one of his guard corps."),
            Some(2)
        );
        assert_eq!(count("militiamen killed Fulani civilians in Ogossagou."), Some(3));
        assert_eq!(count("a number of Togolese farmers killed six oxen."), None);
    }

    #[test]
    fn headlines_objects_and_negations() {
        assert_eq!(
            count("Marabout killed and an apprentice abducted by unknown gunmen in Godoware"),
            Some(1)
        );
        assert_eq!(
            count("Councilman in Moungnoukana assassinated by presumed jihadists on motorbikes."),
            Some(1)
        );
        assert_eq!(
            count(
                "Village chief of Tem near Nassoumbou abducted and executed by presumed Ansaroul Islam members."
            ),
            Some(1)
        );
        assert_eq!(
            count("Agent for the Water and Forests Dept. killed by unknown gunmen in Attara."),
            Some(1)
        );
        assert_eq!(count("Militants killed in an ambush near Gao."), Some(3));
        assert_eq!(count("Zongo was killed on 13-December-1998."), None);
        assert_eq!(
            count(
                "a suspected cattle thief arrested by Dozos was reportedly shot dead by gendarmes"
            ),
            Some(1)
        );
        // Animals after an approximation or a shared verb are objects: the subject is the
        // killers.
        assert_eq!(count("soldiers killed about 58 oxen belonging to pastoralists."), None);
        assert_eq!(count("a number of farmers killed and burned more than a dozen sheep."), None);
        assert_eq!(
            count(
                "The militants burned houses and killed livestock. There were no human casualties."
            ),
            Some(0)
        );
    }

    #[test]
    fn people_joined_to_one_victim() {
        assert_eq!(
            count(
                "gunmen assassinated a village chief of the Ikorchatan (Bellah) community and his three sons in Drougama."
            ),
            Some(4)
        );
        assert_eq!(
            count(
                "militants assassinated a religious leader and at least three of his family members in the village."
            ),
            Some(4)
        );
        assert_eq!(
            count(
                "gunmen shot dead a prominent business man with his driver and bodyguard in Gao."
            ),
            Some(3)
        );
        assert_eq!(count("gunmen opened fire, killing a woman, her baby, and young man."), Some(3));
        assert_eq!(
            count(
                "militants killed a member of Dan Na Ambassagou, his son and wounded two others."
            ),
            Some(2)
        );
        assert_eq!(count("killing a civilian, and burning a vehicle and two motorbikes."), Some(1));
        assert_eq!(
            count("A bombing attack killed one monk and a policeman and injured six others."),
            Some(2)
        );
    }

    #[test]
    fn corpses_of_those_named_before() {
        assert_eq!(
            count(
                "the army arrested six individuals in the village of Dogo, the corpses of those arrested were found in a mass grave."
            ),
            Some(6)
        );
        assert_eq!(
            count(
                "soldiers arrested nine men near the village of Bidi, their corpses were reportedly found near Bani."
            ),
            Some(9)
        );
        assert_eq!(
            count(
                "two teachers were abducted by militants; their bodies were found executed a week later."
            ),
            Some(2)
        );
    }

    #[test]
    fn count_before_a_relative_clause() {
        assert_eq!(
            count("Two civilians who was informants of the customs officers died."),
            Some(2)
        );
    }

    #[test]
    fn at_the_least() {
        assert_eq!(
            count("militants killed at the least eight volunteer fighters at the mining site."),
            Some(8)
        );
    }

    #[test]
    fn slit_throats() {
        assert_eq!(
            count("presumed militants slit the throats of three gold miners in broad daylight."),
            Some(3)
        );
        assert_eq!(count("an armed group shot and slit the throats of two people."), Some(2));
        assert_eq!(count("the assailants slit the throat of a herder."), Some(1));
    }

    #[test]
    fn subjects_past_a_participle() {
        assert_eq!(
            count(
                "3 people arrested by FAMA soldiers at Yirma were allegedly executed in front of the villagers."
            ),
            Some(3)
        );
        assert_eq!(
            count(
                "On April 23, 23 individuals arrested earlier by the army (GFSN-Djibo) in Filio were reportedly executed."
            ),
            Some(23)
        );
        assert_eq!(
            count(
                "4 individuals arrested by the army last Saturday were found to have been executed."
            ),
            Some(4)
        );
        assert_eq!(
            count(
                "On 10 May 2020, two children travelling on cart were killed by the explosion of an IED."
            ),
            Some(2)
        );
        // Not past a relative pronoun or a comma.
        assert_eq!(
            count(
                "the army arrested at least 24 members of the community that reportedly were executed."
            ),
            None
        );
        assert_ne!(
            count("the army arrested 24 men, the detainees held in the camp were executed."),
            Some(24)
        );
    }

    #[test]
    fn weapon_before_the_object() {
        assert_eq!(
            count(
                "unknown individual or individuals killed by machete a pastoralist man in Bessassi."
            ),
            Some(1)
        );
        assert_eq!(count("Three villagers were killed by gunmen a day after the attack."), Some(3));
    }

    #[test]
    fn later_deaths_of_one() {
        assert_eq!(
            count(
                "a student was allegedly shot by police and later died in hospital in Koudougou."
            ),
            Some(1)
        );
        assert_eq!(
            count(
                "a supporter of the opposition was attacked at his home in Adjagbo and died on January 19."
            ),
            Some(1)
        );
        assert_eq!(
            count(
                "An 11-year-old child hit by a stray police bullet during unrest in the capital has died of his injuries."
            ),
            Some(1)
        );
        assert_eq!(
            count("On August 26, a charlatan was hung near the village of Tampouy."),
            Some(1)
        );
        assert_eq!(count("he was later found hanged near the village of Singa."), Some(1));
        // Plural subjects keep their own count.
        assert_eq!(
            count("Two soldiers were wounded by the blast and later died in hospital."),
            Some(2)
        );
    }

    #[test]
    fn neutralized_fighters() {
        assert_eq!(
            count(
                "soldiers thwarted a militant attack and neutralized ten militants in the process."
            ),
            Some(10)
        );
        assert_eq!(count("Twenty jihadists were neutralised."), Some(20));
        assert_eq!(count("Several militants were reportedly 'neutralized'."), None);
        assert_eq!(count("the army discovered and neutralized an IED between the villages."), None);
        assert_eq!(
            count(
                "The operation resulted in around 10 fighters 'neutralized,' among them two captured, the remaining eight killed."
            ),
            Some(8)
        );
    }

    #[test]
    fn digit_ranges() {
        assert_eq!(count("A Malian army convoy was attacked: 6-8 killed, 4 wounded."), Some(6));
    }

    #[test]
    fn pronouns_take_the_count_named_before() {
        assert_eq!(
            count(
                "the army rounded up and arrested 25 Fulani civilians, those arrested were executed."
            ),
            Some(25)
        );
        assert_eq!(
            count(
                "militiamen had abducted six Fulani men, executed them and thrown them in a well."
            ),
            Some(6)
        );
        assert_eq!(
            count(
                "Dozo militiamen abducted four Fulani men in Sewere, they were executed a few kilometers away."
            ),
            Some(4)
        );
    }

    #[test]
    fn coordinated_verbs() {
        // The words before "and killed" are the first verb's object.
        assert_eq!(
            count(
                "French forces conducted an air-supported operation and killed or captured an unspecified number of militants"
            ),
            None
        );
        assert_eq!(count("Four policemen were allegedly abducted and killed by Naxals."), Some(4));
        assert_eq!(count("leaving one person shot and killed and nine others injured."), Some(1));
        assert_eq!(
            count("2 youths were mistaken for militants and killed by gendarmerie."),
            Some(2)
        );
    }

    #[test]
    fn coordinated_counts_add_up() {
        assert_eq!(
            count("militants ambushed joint forces, killing 1 soldier and 2 volunteer fighters."),
            Some(3)
        );
        assert_eq!(
            count(
                "militants killed 4 VDP fighters, and 11 civilians including 1 woman and 1 girl."
            ),
            Some(15)
        );
        assert_eq!(
            count("killing two soldiers and five volunteer fighters, and wounding four others."),
            Some(7)
        );
        assert_eq!(
            count(
                "Three militants, five volunteer fighters, and two civilians were killed in the clashes."
            ),
            Some(10)
        );
        assert_eq!(count("4 civilians, 2 assliants and 1 soldier dead."), Some(7));
        // Past a place, "N others" add up; another place's own count is not read.
        assert_eq!(
            count(
                "gendarmes executed four men in the village of Inata and five others at the mining site."
            ),
            Some(9)
        );
        // An "and" after a verb starts a clause: its count is not added.
        assert_eq!(
            count(
                "several huts were burned and one Dozo and one Fulani killed amidst exchanges of gunfire."
            ),
            Some(2)
        );
        assert_eq!(
            count(
                "An exchange of fire took place as a house was raided and 1 militant was killed."
            ),
            Some(1)
        );
        // Each coordinated count may have a long noun of its own.
        assert_eq!(
            count(
                "twenty-seven Dan Na Ambassagou militiamen and one Katiba Macina militant were killed."
            ),
            Some(28)
        );
        assert_eq!(
            count(
                "Five rangers, one Beninese soldier, one civilian APN worker, and one French instructor (former soldier) were killed."
            ),
            Some(8)
        );
        // A long list after "including" does not hide the counts before it.
        assert_eq!(
            count(
                "9 gendarmes and 6 civilians, including an aid worker, ambulance driver and a nurse were killed."
            ),
            Some(15)
        );
        // A range, another fate, a list without "and" do not add up.
        assert_eq!(
            count("ISGS militants reportedly killed between 5 and 9 members of the community."),
            Some(5)
        );
        assert_eq!(count("militants killed 2 soldiers and 3 were wounded."), Some(2));
        assert_eq!(
            count("gunmen attacked the village, wounding two youths, one succumbed to his wounds."),
            Some(1)
        );
        assert_eq!(
            count("According to a KIA source, 3 government soldiers were killed and 10 wounded."),
            Some(3)
        );
    }

    fn toll(text: &str) -> Option<u32> {
        let all: Vec<Span> = crate::segment::sentences(text).iter().map(|s| s.span).collect();
        // The first sentence is the event's, the rest the notes after it.
        event_toll(text, &all[..1], &all[1..], &[]).map(|m| m.count)
    }

    /// The toll of an event told in every sentence of `text`.
    fn toll_of_all(text: &str) -> Option<u32> {
        let all: Vec<Span> = crate::segment::sentences(text).iter().map(|s| s.span).collect();
        event_toll(text, &all, &[], &[]).map(|m| m.count)
    }

    #[test]
    fn a_side_s_claim_of_more_dead_is_not_the_toll() {
        assert_eq!(
            toll_of_all(
                "A roadside bomb struck a military vehicle on Tuesday, killing three soldiers, the military said. The BLA claimed responsibility in a statement, saying its fighters had detonated a device and killed seven soldiers."
            ),
            Some(3)
        );
    }

    #[test]
    fn a_side_s_account_of_the_other_s_kills_is_another_figure() {
        // The other side's accusation: the lowest of the two figures.
        assert_eq!(
            toll_of_all(
                "An air strike on a market in Nyala killed at least 14 people on Monday, a medical source said. The RSF said in a statement that the army had killed more than 40 civilians."
            ),
            Some(14)
        );
        // A side's own fighters' toll, against the other side's count.
        assert_eq!(
            toll_of_all(
                "The NRF said on Tuesday its fighters had killed 12 Taliban members in an attack on a checkpoint. A Taliban spokesman rejected the figure, saying two Taliban personnel had been killed."
            ),
            Some(2)
        );
    }

    #[test]
    fn the_dead_of_someone_is_no_toll() {
        assert_eq!(toll_of_all("Culiacan counts its dead a year into the war."), None);
        assert_eq!(toll_of_all("Residents buried their dead on Monday."), None);
        assert_eq!(toll_of_all("The attack left three dead."), Some(3));
    }

    #[test]
    fn a_toll_that_rose_is_the_toll() {
        assert_eq!(
            toll_of_all(
                "Gunmen opened fire inside a bar on Saturday, killing four people. By Sunday the death toll had risen to seven after three of the wounded died in hospital."
            ),
            Some(7)
        );
        assert_eq!(
            toll_of_all(
                "Missiles struck Sumy on Sunday, killing at least 21 people. By Monday, the death toll had risen to 34, including two children."
            ),
            Some(34)
        );
        assert_eq!(toll_of_all("The flood left a death toll of 12 in the valley."), Some(12));
        // Not a toll of another kind, nor a year.
        assert_eq!(toll_of_all("The war took a heavy toll on the economy in 2020."), None);
        assert_eq!(toll_of_all("The death toll was unclear."), None);
    }

    #[test]
    fn a_split_toll_gives_the_total_and_the_events() {
        let split = |text: &str| {
            let all: Vec<Span> = crate::segment::sentences(text).iter().map(|s| s.span).collect();
            split_toll(text, &all[..1], &all[1..])
        };
        assert_eq!(
            split(
                "Militiamen killed 20 people in Yira, Dien, and Dissa. Fatalities are split across 3 events."
            ),
            Some((20, 3))
        );
        // No split, or shares per place: nothing to divide here.
        assert_eq!(split("Militiamen killed 20 people in Yira."), None);
        assert_eq!(
            split(
                "Militants killed 8 people, coded as (4) in Sankoro, (4) in Bidi. Fatalities split between events."
            ),
            None
        );
    }

    #[test]
    fn event_tolls() {
        // A split without a number: the events the note states, else the places it lists.
        assert_eq!(
            toll(
                "ISGS militants reportedly killed six people in Foube and Mognaba. Fatalities split between events in Foube and Mognaba reported on 17 January 2020."
            ),
            Some(3)
        );
        assert_eq!(
            toll(
                "Soldiers carried out mass arrests in the areas Tongomayel and Kelbo, eight were reportedly summarily executed (fatalities split between events)."
            ),
            Some(4)
        );
        assert_eq!(
            toll(
                "The army claimed to have killed 29 militants in the area of Kompiembiga, Kabonga and the hunting camp area, coded as four events in two locations over two days with fatalities split between events."
            ),
            Some(7)
        );
        assert_eq!(
            toll(
                "Militants attacked the village of In-Ekar Ouest and executed eighteen civilians. Fatalities split between events."
            ),
            Some(18)
        );
        // A denied or retracted report is no reported death.
        assert_eq!(
            toll(
                "Security forces intervened and fired live rounds, an elderly man was reportedly killed, although this was formally denied by the police."
            ),
            None
        );
        assert_eq!(
            toll(
                "Two gendarmes were initially reported to have been killed, but this information was later retracted by a government spokesperson."
            ),
            None
        );
        // A side's claim of what it killed yields to a source's own, lower count; alone, it
        // is the count.
        assert_eq!(
            toll_of_all(
                "A car bomb exploded at the gate of a military base, killing at least seven soldiers, an officer said. Al-Shabaab claimed responsibility, saying it had killed 20 soldiers."
            ),
            Some(7)
        );
        assert_eq!(
            toll_of_all(
                "JNIM claimed responsibility for the attack, saying it had killed 20 soldiers."
            ),
            Some(20)
        );
        // Another source's figure for the same dead: the lowest is coded.
        assert_eq!(
            toll_of_all(
                "Gunmen killed at least 20 people in a raid on a village, residents said. A police spokesman confirmed the attack but said 12 people had died."
            ),
            Some(12)
        );
        assert_eq!(
            toll_of_all(
                "Rebels killed at least 40 people in an attack on the village. Local leaders put the death toll at 42."
            ),
            Some(40)
        );
        // An unverified claim is no reported death.
        assert_eq!(
            toll(
                "ISGS claimed to have killed six JNIM fighters in clashes in the area of NDaki. The information could not be independently verified."
            ),
            None
        );
        assert_eq!(
            toll(
                "The airstrike neutralized (killed or captured) dozens of fighters among 18 motorbikes. Fatalities coded as 12."
            ),
            Some(12)
        );
        assert_eq!(
            toll("A total of 30 militants were killed and captured (coded as 15 fatalities)."),
            Some(15)
        );
        // The unknown part adds to the counted deaths.
        assert_eq!(
            toll(
                "One Malian soldier was killed and others wounded, an unspecified number of assailants were also killed. Unknown fatalities in the ranks of the assailants coded at low estimate of 3."
            ),
            Some(4)
        );
        assert_eq!(
            toll(
                "Islamic State claimed that 60 JNIM militants were killed. Unknown fatalities coded as 10."
            ),
            Some(10)
        );
        // A toll divided between events: the share most of them get.
        assert_eq!(
            toll(
                "militiamen killed 20 members of the Fulani community in the villages of Yira, Dien, and Dissa. Fatalities are split across 3 events."
            ),
            Some(7)
        );
        assert_eq!(
            toll(
                "the air force killed 28 militants in Tiabwal, Kain, and Yense, fatalities split between (3) events on 4 December."
            ),
            Some(9)
        );
        assert_eq!(
            toll(
                "militants attacked the two villages of Petel and Anana, and killed two people, fatalities split between the two events."
            ),
            Some(1)
        );
        // A note giving each place its share: the share of the event's place.
        let listed = "militiamen attacked the villages of Sankoro, Bidi, and Kourouni, and killed twelve civilians. Fatalities split between events as (4) in Sankoro, (4) in Bidi, and (4) in Kourouni.";
        let all: Vec<Span> = crate::segment::sentences(listed).iter().map(|s| s.span).collect();
        assert_eq!(event_toll(listed, &all[..1], &all[1..], &["Bidi"]).map(|m| m.count), Some(4));
        let kindi = "Three people were killed in two attacks, respectively in Yoro and Kindi, fatalities split between the events and coded as Yoro (2) and Kindi (1)";
        let all: Vec<Span> = crate::segment::sentences(kindi).iter().map(|s| s.span).collect();
        assert_eq!(event_toll(kindi, &all, &[], &["Kindi"]).map(|m| m.count), Some(1));
        assert_eq!(
            toll(
                "Two persons were killed and houses burned. Fatalities are split across two events (1,1)."
            ),
            Some(1)
        );
        // Different sides' deaths add up; restatements and victims of no known side do not.
        let sides = "militants attacked a Malian army base, killed four soldiers, wounded five others. Two militants were reportedly killed.";
        let all: Vec<Span> = crate::segment::sentences(sides).iter().map(|s| s.span).collect();
        assert_eq!(event_toll(sides, &all, &[], &[]).map(|m| m.count), Some(6));
        let one = "At least two soldiers were killed and ten wounded, and nine militants were also killed.";
        assert_eq!(toll(one), Some(11));
        let vdp = "militants ambushed and killed two volunteer fighters (VDP) near Yipena. The army carried out a raking operation and killed one militant.";
        let all: Vec<Span> = crate::segment::sentences(vdp).iter().map(|s| s.span).collect();
        assert_eq!(event_toll(vdp, &all, &[], &[]).map(|m| m.count), Some(3));
        // An armed group's own dead ("in its ranks") are a side of their own.
        let ranks = "Militants attacked the army camp in Dioura, 26 soldiers were killed and numerous wounded. JNIM acknowledged three dead in its ranks.";
        let all: Vec<Span> = crate::segment::sentences(ranks).iter().map(|s| s.span).collect();
        assert_eq!(event_toll(ranks, &all, &[], &[]).map(|m| m.count), Some(29));
        let same = "Two gunmen shot dead a man in Djibo. The individual assassinated was a local activist.";
        let all: Vec<Span> = crate::segment::sentences(same).iter().map(|s| s.span).collect();
        assert_eq!(event_toll(same, &all, &[], &[]).map(|m| m.count), Some(1));
        let total = "killed 26 soldiers. Media reports stated that at least 30 militants and soldiers were killed in total.";
        let all: Vec<Span> = crate::segment::sentences(total).iter().map(|s| s.span).collect();
        assert_eq!(event_toll(total, &all, &[], &[]).map(|m| m.count), Some(30));
        // A later sentence reporting deaths itself is not a note on this event.
        assert_eq!(toll("Two soldiers were killed. Five militants were killed in Gao."), Some(2));
    }

    #[test]
    fn wounded_who_died_later_add_to_the_dead() {
        let whole = |text: &str| {
            let all: Vec<Span> = crate::segment::sentences(text).iter().map(|s| s.span).collect();
            event_toll(text, &all, &[], &[]).map(|m| m.count)
        };
        assert_eq!(
            whole(
                "An ambush in Tonka by unidentified assailants resulted in 5 soldiers injured and 1 killed. 2 later died of their injuries."
            ),
            Some(3)
        );
        assert_eq!(
            whole(
                "Convoy of fuel trucks subjected to IED attack along the Tongomayel-Inata axis. 2 dead and several wounded among security forces. 2 more died at the hospital."
            ),
            Some(4)
        );
        assert_eq!(
            whole(
                "JNIM militants attacked a Malian army camp in Tarkint, two soldiers were killed and ten others wounded, a senior militant commander later succumbed to his wounds."
            ),
            Some(3)
        );
        // Not the parts of a count already given, the one already counted, or a hedge.
        assert_eq!(
            whole(
                "The army killed 17 displaced Fulani in the village of Raogo, 14 were killed by summary execution while 3 succumbed from wounds."
            ),
            Some(17)
        );
        assert_eq!(
            whole(
                "Soldiers killed a 50-year-old man in Sevare. Three witnesses said the man died at the hospital."
            ),
            Some(1)
        );
        assert_eq!(
            whole(
                "The ambush resulted in the killing of at least 39 militants, a gendarme allegedly wounded would have succumbed."
            ),
            Some(39)
        );
        assert_eq!(
            whole("Three soldiers were killed, one of whom later died in hospital."),
            Some(3)
        );
    }

    #[test]
    fn an_aside_between_dashes_names_the_dead_it_follows() {
        assert_eq!(
            count(
                "Three people - a village council member, an imam and an old man - were killed in Touronata by unidentified armed men."
            ),
            Some(3)
        );
        assert_eq!(count("Two soldiers \u{2013} both from Gao \u{2013} were killed."), Some(2));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]
        /// The toll readers (later deaths, asides between dashes, ages) never panic and never
        /// give a span outside the text, on any mix of their cue words.
        #[test]
        fn tolls_never_panic(
            words in proptest::collection::vec(
                "(killed|died|later|more|succumbed|of|his|their|wounds|injuries|at|the|hospital|\
                  -|–|—|one|2|17|another|year-old|10-year-old|old|years|,|\\.|whom|were|\
                  [A-Z][a-z]{0,6}|é|Кидаль|’s|'s)",
                0..40,
            )
        ) {
            let text = words.join(" ");
            let all: Vec<Span> =
                crate::segment::sentences(&text).iter().map(|s| s.span).collect();
            if let Some(m) = event_toll(&text, &all, &[], &[]) {
                proptest::prop_assert!(m.span.end as usize <= text.len());
            }
            let _ = fatalities(&text, Span::new(0, text.len()));
        }
    }

    #[test]
    fn another_at_the_end_of_a_sentence_is_one() {
        // Found by `tolls_never_panic`: "killed another" at the end read past the last word.
        assert_eq!(count("Gunmen wounded one man and killed another"), Some(1));
    }

    #[test]
    fn gunned_down_is_shot_dead() {
        assert_eq!(
            count("Two policemen were gunned down in a gunbattle with insurgents."),
            Some(2)
        );
        assert_eq!(count("Maoists gunned down two tribals at Kannaguda village."), Some(2));
        assert_eq!(
            count("A senior member of ASWJ was gunned down by unidentified assailants."),
            Some(1)
        );
    }

    #[test]
    fn an_age_is_no_count() {
        assert_eq!(count("The 10-year-old patient died upon arrival in the village."), Some(1));
        assert_eq!(count("A 50 year old man was killed by gunmen."), Some(1));
        assert_eq!(count("Gunmen killed 3 people, including a 12-year-old boy."), Some(3));
    }

    #[test]
    fn a_death_under_investigation_is_no_toll() {
        assert_eq!(
            count(
                "Over 3,000 people demonstrated for further investigations into the death of Norbert Zongo, a journalist."
            ),
            None
        );
    }

    #[test]
    fn none_and_zero() {
        assert_eq!(count("Two soldiers were lightly wounded."), None);
        assert_eq!(count("no fatalities were reported."), Some(0));
        assert_eq!(count("No casualties were reported, although the house was damaged."), Some(0));
        assert_eq!(count("Protesters marched in Bamako."), None);
    }
}
