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
    let w = ws[i].lower;
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
    let piece = span.get(text)?;
    let lower_piece = piece.to_lowercase();
    if lower_piece.len() != piece.len() {
        // Lowercasing changed byte lengths (rare scripts): fall back to ASCII lowercasing.
        return fatalities_in(&piece.to_ascii_lowercase(), span.start as usize);
    }
    fatalities_in(&lower_piece, span.start as usize)
}

fn fatalities_in(lower: &str, base: usize) -> Option<FatalityMention> {
    let mut ws: Vec<W<'_>> = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices().chain(std::iter::once((lower.len(), ' '))) {
        let part = c.is_alphanumeric()
            || (c == '-' || c == ',')
                && start.is_some_and(|s: usize| {
                    lower[s..i].chars().all(|x| x.is_ascii_digit()) == (c == ',')
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
    .any(|n| lower.contains(n));
    let mut best: Option<FatalityMention> = None;
    let mut consider = |m: FatalityMention| {
        if best.is_none_or(|b| m.count > b.count && (b.vague || !m.vague) || b.vague && !m.vague) {
            best = Some(m);
        }
    };
    for (i, w) in ws.iter().enumerate() {
        // "protested against the killing of a student", "to discuss the alleged killing of 51
        // civilians": a death named as a cause or a topic is not this event's toll.
        if matches!(
            w.lower,
            "death" | "deaths" | "killing" | "killings" | "murder" | "assassination"
        ) && ws[i.saturating_sub(5)..i].iter().any(|p| {
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
            )
        }) {
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
            consider(FatalityMention {
                span: Span::new(ws[i - 2].start, w.end),
                count: 1,
                vague: false,
            });
        }
        let after_verb = (w.lower == "dead" && prev == Some("shot"))
            || (w.lower == "death" && prev == Some("to"))
            || (w.lower == "death" && ws.get(i + 1).is_some_and(|n| n.lower == "of"));
        if DEATH_BEFORE.contains(&w.lower) || after_verb {
            let mut j = i + 1;
            if ws.get(j).is_some_and(|n| n.lower == "of") {
                j += 1;
            }
            while j < ws.len()
                && matches!(
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
                )
                && j < i + 5
            {
                if matches!(ws[j].lower, "some")
                    && j + 1 < ws.len()
                    && number_value(ws[j + 1].lower).is_none()
                {
                    break;
                }
                if matches!(ws[j].lower, "the" | "his" | "her" | "their") {
                    break;
                }
                // "killed and mutilated a farmer": the second verb shares the object.
                if ws[j].lower == "and" {
                    if j == i + 1 && ws.get(j + 1).is_some_and(|n| n.lower.ends_with("ed")) {
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
                let count = if matches!(next.lower, "him" | "her") {
                    Some((1, false))
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
                    if matches!(next.lower, "a" | "an") {
                        v = 1;
                    }
                    Some((v, vague))
                } else if is_plural_noun(next.lower) {
                    Some((3, true))
                } else {
                    None
                };
                if let Some((mut count, vague)) = count {
                    // "killed a combatant and his father", "an officer and one of his
                    // associates": a second person joined to a single one.
                    if count == 1
                        && let Some(a) =
                            (j + 1..(j + 5).min(ws.len())).find(|&a| ws[a].lower == "and")
                    {
                        let joined = ws.get(a + 1).map(|n| n.lower);
                        if joined.is_some_and(|n| {
                            matches!(n, "his" | "her" | "their" | "a" | "an" | "one" | "another")
                        }) {
                            count = 2;
                        } else if let Some(n) = joined.and_then(number_value) {
                            // "killed the driver and two passengers".
                            count = 1 + n;
                        }
                    }
                    consider(FatalityMention {
                        span: Span::new(next.start, next.end),
                        count,
                        vague,
                    });
                }
            }
        }
        // Count before the death word: "Two soldiers and a civilian were killed", "3 dead".
        if DEATH_AFTER.contains(&w.lower) {
            let mut total = 0u32;
            let mut any = false;
            let mut vague_all = true;
            let mut first_span: Option<(usize, usize)> = None;
            let mut k = i;
            let mut saw_plural = false;
            let mut head: Option<usize> = None;
            let mut steps = 0;
            while k > 0 && steps < 10 {
                k -= 1;
                steps += 1;
                let lw = ws[k].lower;
                if STOP.contains(&lw) {
                    break;
                }
                if lw == "including" || lw == "among" {
                    // "10 people, including 4 soldiers, were killed": keep the total only.
                    total = 0;
                    any = false;
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
                            || first >= 3);
                    // "Three people including a woman were killed": the total before.
                    if first >= 1 && matches!(ws[first - 1].lower, "including" | "among") {
                        total = 0;
                        any = false;
                        first_span = None;
                        k = first - 1;
                        continue;
                    }
                    if !coordinated {
                        break;
                    }
                    continue;
                }
                if is_plural_noun(lw)
                    && !matches!(w.lower, "deaths" | "death" | "fatalities" | "bodies" | "corpses")
                {
                    saw_plural = true;
                }
            }
            if any {
                let (s, e) = first_span.unwrap_or((w.start, w.end));
                consider(FatalityMention { span: Span::new(s, e), count: total, vague: vague_all });
            } else if let Some(h) = head.filter(|&h| {
                h > 0
                    && matches!(ws[h - 1].lower, "the" | "his" | "her" | "its" | "their")
                    && !is_plural_noun(ws[h].lower)
                    && !NOT_A_PERSON.contains(&ws[h].lower)
                    && ws[h].lower.chars().all(char::is_alphabetic)
                    && (ONE_DEATH_WORDS.contains(&w.lower) || w.lower == "found")
            }) {
                consider(FatalityMention {
                    span: Span::new(ws[h].start, ws[h].end),
                    count: 1,
                    vague: false,
                });
            } else if saw_plural
                && matches!(
                    w.lower,
                    "killed" | "dead" | "died" | "executed" | "slain" | "massacred"
                )
            {
                consider(FatalityMention {
                    span: Span::new(w.start, w.end),
                    count: 3,
                    vague: true,
                });
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
                consider(FatalityMention {
                    span: Span::new(w.start, w.end),
                    count: 1,
                    vague: false,
                });
            }
        }
    }
    if let Some(stated) = coded_count(&ws) {
        return Some(stated);
    }
    match (best, negated) {
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
    fn none_and_zero() {
        assert_eq!(count("Two soldiers were lightly wounded."), None);
        assert_eq!(count("no fatalities were reported."), Some(0));
        assert_eq!(count("No casualties were reported, although the house was damaged."), Some(0));
        assert_eq!(count("Protesters marched in Bamako."), None);
    }
}
