//! Date expressions resolved against the publication date, with ACLED time_precision.
//!
//! "On 31 December 2020", "December 31", "on Tuesday", "yesterday", "overnight", "last week",
//! "in January" resolve to a day and a precision (1 day, 2 week, 3 month). Year-only
//! expressions in the past ("in 2012", "since 2015", "from 2012 to 2014") mark history.

use crate::span::Span;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A resolved date expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Where the expression is.
    pub span: Span,
    /// The day it resolves to (the middle of a week or month for coarse expressions).
    pub date: NaiveDate,
    /// ACLED time_precision: 1 day, 2 week, 3 month; 4 means a year only (background).
    pub precision: u8,
    /// True when the text gave a full explicit date rather than a relative one.
    pub explicit: bool,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

/// True for a month name or its abbreviation ("december", "dec").
pub fn is_month_word(word: &str) -> bool {
    month_of(word).is_some()
}

/// True for a month's or a day's name or abbreviation in any case ("March", "dec", "Sunday").
pub fn is_calendar_word(word: &str) -> bool {
    month_of(word).is_some() || weekday_of(word).is_some()
}

/// True for a day's or a month's full name in lower case that is no other word ("saturday",
/// "april"; not "may", a verb, or "march", a protest): what a text in lower case writes where
/// a cased one has a capital.
pub fn is_lowercase_calendar_word(word: &str) -> bool {
    (MONTHS.contains(&word) && !matches!(word, "may" | "march"))
        || (word.chars().all(|c| c.is_ascii_lowercase()) && weekday_of(word).is_some())
}

/// Capitalised words that make a weekday the name of a day: a feast ("Easter Sunday", "Good
/// Friday", "Pentecost Sunday") or an event's name ("Bloody Sunday", "Black Friday").
const HOLIDAY_QUALIFIERS: &[&str] = &[
    "Easter",
    "Pentecost",
    "Whit",
    "Palm",
    "Good",
    "Holy",
    "Maundy",
    "Ash",
    "Shrove",
    "Bloody",
    "Black",
    "Super",
    "Cyber",
];

fn weekday_of(word: &str) -> Option<Weekday> {
    match word.to_lowercase().as_str() {
        "monday" => Some(Weekday::Mon),
        "tuesday" => Some(Weekday::Tue),
        "wednesday" => Some(Weekday::Wed),
        "thursday" => Some(Weekday::Thu),
        "friday" => Some(Weekday::Fri),
        "saturday" => Some(Weekday::Sat),
        "sunday" => Some(Weekday::Sun),
        _ => None,
    }
}

/// A word of the text with its byte span.
#[derive(Clone, Copy, Debug)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn words(text: &str, base: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '-' && start.is_some();
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word { text: &text[s..i], start: base + s, end: base + i });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word { text: &text[s..], start: base + s, end: base + text.len() });
    }
    out
}

fn day_number(word: &str) -> Option<u32> {
    // "11-12" (a span of days): the first day.
    if let Some((a, b)) = word.split_once('-')
        && b.chars().all(|c| c.is_ascii_digit())
    {
        return day_number(a);
    }
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A past year or decade written at `span`: history (precision 4), never an event's date.
fn history(span: Span, date: NaiveDate) -> DateMention {
    DateMention { span, date, precision: 4, explicit: true }
}

/// The first year of a decade written "1980s" (or "mid-1980s").
fn decade_number(word: &str) -> Option<i32> {
    let word = word.strip_prefix("mid-").unwrap_or(word);
    let digits = word.strip_suffix('s')?;
    year_number(digits).filter(|y| y % 10 == 0)
}

fn year_number(word: &str) -> Option<i32> {
    if word.len() != 4 {
        return None;
    }
    word.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// The date with this month and day nearest before `published`, or in the month after it: a
/// report of 11 March that writes "the ceremony on March 15 is drawing near" announces this
/// year's, not last year's. (IndiaPoliceEvents: police_any_action F1 0.683 -> 0.700, the
/// forward dates no longer making their sentences last year's history; ACLED notes, CASE and
/// the seed page unchanged.)
fn without_year(month: u32, day: u32, published: NaiveDate) -> Option<NaiveDate> {
    const AHEAD_DAYS: i64 = 30;
    let this = NaiveDate::from_ymd_opt(published.year(), month, day);
    match this {
        Some(d) if d <= published + Duration::days(AHEAD_DAYS) => Some(d),
        _ => NaiveDate::from_ymd_opt(published.year() - 1, month, day),
    }
}

fn mid_month(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 15)
}

fn last_weekday(published: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back =
        (published.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    published - Duration::days(i64::from(back))
}

/// A day-precise date whose day and month are words `i` and `i + 1` (in either order) and
/// whose year, if written, is word `i + 2`; without a year, the latest such date on or before
/// publication. Returns the mention and the number of words it uses.
fn day_month(
    ws: &[Word<'_>],
    i: usize,
    day: u32,
    month: u32,
    published: Option<NaiveDate>,
) -> Option<(DateMention, usize)> {
    let year = ws.get(i + 2).and_then(|w| year_number(w.text));
    // "On June 25 last year, protesters stormed parliament": the day of the year before the
    // report's.
    let said = |k: usize, word: &str| ws.get(k).is_some_and(|w| w.text.eq_ignore_ascii_case(word));
    let last_year = year.is_none() && said(i + 2, "last") && said(i + 3, "year");
    let (last, date) = match year {
        Some(y) => (i + 2, NaiveDate::from_ymd_opt(y, month, day)?),
        None if last_year => (i + 3, NaiveDate::from_ymd_opt(published?.year() - 1, month, day)?),
        None => (i + 1, without_year(month, day, published?)?),
    };
    let year = year.or(last_year.then_some(date.year()));
    // "the week of July 9": the middle of that week, precision 2 (codebook 1.5).
    let week_of = i >= 2
        && ws[i - 2].text.eq_ignore_ascii_case("week")
        && ws[i - 1].text.eq_ignore_ascii_case("of");
    let mention = DateMention {
        span: Span::new(ws[i].start, ws[last].end),
        date: if week_of { date + Duration::days(3) } else { date },
        precision: if week_of { 2 } else { 1 },
        explicit: year.is_some(),
    };
    Some((mention, last - i + 1))
}

/// Finds and resolves the date expressions of a span of text. `published` anchors relative
/// expressions; without it only explicit dates and years resolve.
pub fn find_dates(text: &str, span: Span, published: Option<NaiveDate>) -> Vec<DateMention> {
    let Some(piece) = span.get(text) else { return Vec::new() };
    let ws = words(piece, span.start as usize);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        let lower = w.text.to_lowercase();
        let next = |k: usize| ws.get(i + k).map(|x| x.text);
        // "22 and 23 March 2020": a range of days is coded at its first, as ACLED does.
        if let Some(first_day) = day_number(w.text)
            && matches!(next(1), Some("and" | "to" | "-"))
            && let Some(day) = next(2).and_then(day_number)
            && let Some(month) = next(3).and_then(month_of)
            && first_day < day
            && let Some((mut mention, used)) = day_month(&ws, i + 2, day, month, published)
            && let Some(first) = mention.date.with_day(first_day)
        {
            mention.date = first;
            mention.span = Span::new(w.start, mention.span.end as usize);
            out.push(mention);
            i += 2 + used;
            continue;
        }
        // 31 December 2020 / 31 December
        if let (Some(day), Some(month)) = (day_number(w.text), next(1).and_then(month_of))
            && let Some((mention, used)) = day_month(&ws, i, day, month, published)
        {
            out.push(mention);
            i += used;
            continue;
        }
        // "September" or "mid-September". In lower case ("on april 5", as some archives
        // write) only where it cannot be a word: "may" is a verb and "march" a protest, so
        // those two need a number after them.
        let month_word = month_of(w.text)
            .filter(|&m| {
                w.text.chars().next().is_some_and(char::is_uppercase)
                    || (!matches!(m, 3 | 5) && MONTHS.contains(&lower.as_str()))
                    || next(1).is_some_and(|n| day_number(n).is_some() || year_number(n).is_some())
            })
            .or_else(|| lower.strip_prefix("mid-").and_then(month_of));
        if let Some(month) = month_word {
            // December 31, 2020 / December 31
            if let Some(day) = next(1).and_then(day_number)
                && let Some((mention, used)) = day_month(&ws, i, day, month, published)
            {
                out.push(mention);
                i += used;
                continue;
            }
            // "May" alone is too ambiguous (the verb); other months: "in January (2020)".
            if month != 5 || next(1).and_then(year_number).is_some() {
                let year = next(1).and_then(year_number);
                let prev = i.checked_sub(1).map(|k| ws[k].text.to_lowercase());
                let date = match (year, published) {
                    (Some(y), _) => mid_month(y, month),
                    (None, Some(p)) => {
                        let y = if month > p.month() { p.year() - 1 } else { p.year() };
                        mid_month(y, month)
                    }
                    (None, None) => None,
                };
                let date = date.map(|d| match prev.as_deref() {
                    Some("early") => d.with_day(1).unwrap_or(d),
                    Some("late") => last_day_of_month(d),
                    _ => d,
                });
                if let Some(date) = date {
                    let end = if year.is_some() { ws[i + 1].end } else { w.end };
                    out.push(DateMention {
                        span: Span::new(w.start, end),
                        date,
                        precision: 3,
                        explicit: year.is_some(),
                    });
                    i += if year.is_some() { 2 } else { 1 };
                    continue;
                }
            }
        }
        // "In the 1980s, Iran had opened its borders", "during the late 1970s": a past decade
        // is history, like a past year.
        if let Some(decade) = decade_number(w.text) {
            let prev = i.checked_sub(1).map(|k| ws[k].text.to_lowercase());
            let written_as_time = matches!(prev.as_deref(), Some("the" | "early" | "late" | "mid"))
                || w.text.to_ascii_lowercase().starts_with("mid-");
            let past = published.is_none_or(|p| decade + 10 <= p.year());
            if written_as_time
                && past
                && let Some(date) = NaiveDate::from_ymd_opt(decade + 5, 1, 1)
            {
                out.push(history(Span::new(w.start, w.end), date));
                i += 1;
                continue;
            }
        }
        // "the 2013-2018 civil war": a past span of years is history.
        if let Some((a, b)) = w.text.split_once(['-', '\u{2013}'])
            && let (Some(first), Some(last)) = (year_number(a), year_number(b))
            && first < last
            && published.is_none_or(|p| last <= p.year())
        {
            if let Some(date) = NaiveDate::from_ymd_opt(first, 7, 1) {
                out.push(history(Span::new(w.start, w.end), date));
            }
            i += 1;
            continue;
        }
        if let Some(year) = year_number(w.text) {
            let prev = i.checked_sub(1).map(|k| ws[k].text.to_lowercase());
            // "On Christmas Eve 2023": a holiday of a past year.
            let holiday = published.is_some_and(|p| year < p.year())
                && matches!(
                    prev.as_deref(),
                    Some("christmas" | "eve" | "easter" | "eid" | "ramadan" | "diwali" | "year")
                );
            // "in the 1967 Six-Day War": a past year naming a thing of its time.
            let past_year = published.is_some_and(|p| year < p.year());
            if (past_year && prev.as_deref() == Some("the"))
                || holiday
                || matches!(
                    prev.as_deref(),
                    Some(
                        "in" | "since"
                            | "from"
                            | "to"
                            | "until"
                            | "of"
                            | "a"
                            | "and"
                            | "between"
                            | "by"
                    )
                )
                || next(1).is_some_and(|n| {
                    matches!(
                        n.to_lowercase().as_str(),
                        "coup"
                            | "election"
                            | "elections"
                            | "crisis"
                            | "uprising"
                            | "war"
                            | "deal"
                            | "agreement"
                            | "accord"
                    )
                })
            {
                if let Some(date) = NaiveDate::from_ymd_opt(year, 7, 1) {
                    out.push(history(Span::new(w.start, w.end), date));
                }
            }
            i += 1;
            continue;
        }
        if let Some(p) = published {
            // ("Pentecost Sunday mass on June 5, 2022", "Bloody Friday": a day's name, not
            // the last such weekday.)
            let named_day = i > 0 && HOLIDAY_QUALIFIERS.contains(&ws[i - 1].text);
            // ("from about 1:20 a.m. (2220 GMT on Tuesday)": the same hour in another time
            // zone, not another day's event.)
            let zone = |k: usize| {
                ws.get(k).is_some_and(|z| matches!(z.text, "GMT" | "UTC" | "ET" | "EST" | "EDT"))
            };
            let named_day = named_day
                || (i >= 2 && ws[i - 1].text.eq_ignore_ascii_case("on") && zone(i - 2))
                || (i >= 1 && zone(i - 1));
            let relative = if let Some(wd) = weekday_of(w.text) {
                (!named_day).then(|| (last_weekday(p, wd), 1, w.end))
            } else {
                match lower.as_str() {
                    "yesterday" => Some((p - Duration::days(1), 1, w.end)),
                    "today" | "tonight" => Some((p, 1, w.end)),
                    // "overnight Friday to Saturday": the night's first day.
                    "overnight" => match next(1).and_then(weekday_of) {
                        Some(wd) => ws.get(i + 1).map(|n| (last_weekday(p, wd), 1, n.end)),
                        None => Some((p - Duration::days(1), 1, w.end)),
                    },
                    // "over the weekend", "during the weekend": the last one (its Saturday).
                    "weekend"
                        if i >= 2
                            && ws[i - 1].text.eq_ignore_ascii_case("the")
                            && ["over", "during", "at"]
                                .iter()
                                .any(|x| ws[i - 2].text.eq_ignore_ascii_case(x)) =>
                    {
                        Some((last_weekday(p, Weekday::Sat), 2, w.end))
                    }
                    "last" | "this" | "earlier" | "past" => {
                        let n1 = next(1).map(str::to_lowercase);
                        let n2 = next(2).map(str::to_lowercase);
                        let (unit, end) = match (n1.as_deref(), n2.as_deref()) {
                            (Some("this"), Some(u)) => {
                                (Some(u.to_string()), ws.get(i + 2).map(|x| x.end))
                            }
                            (Some(u), _) => (Some(u.to_string()), ws.get(i + 1).map(|x| x.end)),
                            _ => (None, None),
                        };
                        let back_week = lower == "last" || lower == "past";
                        match (unit.as_deref(), end) {
                            (Some("night"), Some(e)) if lower == "last" => {
                                Some((p - Duration::days(1), 1, e))
                            }
                            (Some("week"), Some(e)) => {
                                let monday = p - Duration::days(i64::from(
                                    p.weekday().num_days_from_monday(),
                                ));
                                let monday =
                                    if back_week { monday - Duration::days(7) } else { monday };
                                // ("earlier this week" in a Monday report is not Wednesday.)
                                Some(((monday + Duration::days(2)).min(p), 2, e))
                            }
                            // "protests were held last year": that year, no finer (history).
                            (Some("year"), Some(e)) if lower == "last" => {
                                NaiveDate::from_ymd_opt(p.year() - 1, 7, 1).map(|d| (d, 4, e))
                            }
                            (Some("weekend"), Some(e)) => {
                                Some((last_weekday(p, Weekday::Sat), 2, e))
                            }
                            (Some("month"), Some(e)) => {
                                let first = p.with_day(1).unwrap_or(p);
                                let d = if back_week { first - Duration::days(1) } else { first };
                                // ("Earlier this month" in a report of 14 May is not 15 May:
                                // what is told as done is not after the report.)
                                mid_month(d.year(), d.month()).map(|m| (m.min(p), 3, e))
                            }
                            _ => None,
                        }
                    }
                    // "tomorrow", "next week", "next month": a time to come (an event planned,
                    // announced or threatened, which the coder does not code).
                    "tomorrow" => Some((p + Duration::days(1), 1, w.end)),
                    "next" => {
                        let unit = next(1).map(str::to_lowercase);
                        let end = ws.get(i + 1).map(|x| x.end);
                        match (unit.as_deref(), end) {
                            (Some("week" | "weekend"), Some(e)) => {
                                Some((p + Duration::days(7), 2, e))
                            }
                            (Some("month"), Some(e)) => Some((p + Duration::days(31), 3, e)),
                            _ => None,
                        }
                    }
                    _ => None,
                }
            };
            if let Some((date, precision, end)) = relative {
                out.push(DateMention {
                    span: Span::new(w.start, end),
                    date,
                    precision,
                    explicit: false,
                });
                // (The words it read are no dates of their own: "overnight Friday".)
                while ws.get(i + 1).is_some_and(|n| n.end <= end) {
                    i += 1;
                }
            }
        }
        i += 1;
    }
    out
}

fn last_day_of_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).map_or(d, |n| n - Duration::days(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn one(text: &str, published: &str) -> (String, u8) {
        let found = find_dates(text, Span::new(0, text.len()), Some(d(published)));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].date.to_string(), found[0].precision)
    }

    #[test]
    fn a_feast_s_weekday_is_no_relative_date() {
        // "Pentecost Sunday mass on June 5, 2022": the date written, not last Sunday.
        assert_eq!(
            one("the assault during Pentecost Sunday mass on June 5, 2022", "2025-08-06"),
            ("2022-06-05".to_string(), 1)
        );
        assert_eq!(one("the march on Sunday", "2025-08-06"), ("2025-08-03".to_string(), 1));
        // "June 25 last year" is the year before the report's.
        assert_eq!(
            one("On June 25 last year, protesters stormed parliament", "2025-06-25"),
            ("2024-06-25".to_string(), 1)
        );
        // The hour in another time zone is no day of its own.
        let t = "explosions were heard from 1:20 a.m. (2220 GMT on Tuesday)";
        assert!(find_dates(t, Span::new(0, t.len()), Some(d("2025-07-09"))).is_empty());
    }

    #[test]
    fn a_month_in_lower_case_dates_where_it_cannot_be_a_word() {
        let published = NaiveDate::from_ymd_opt(2020, 4, 8);
        let on = |t: &str| {
            find_dates(t, Span::new(0, t.len()), published).first().map(|d| d.date.to_string())
        };
        assert_eq!(
            on("on april 5, unknown gunmen attacked the village").as_deref(),
            Some("2020-04-05")
        );
        assert_eq!(on("gunmen attacked the village in january").as_deref(), Some("2020-01-15"));
        assert_eq!(on("the shila pujan on march 15 drew crowds").as_deref(), Some("2020-03-15"));
        // A date in the month after the report is this year's (announced), not last year's.
        assert_eq!(on("the vote on april 20 is drawing near").as_deref(), Some("2020-04-20"));
        assert_eq!(on("the vote on june 20 was postponed").as_deref(), Some("2019-06-20"));
        // "may" and "march" alone are a verb and a protest.
        assert_eq!(on("the police may march to the city"), None);
    }

    #[test]
    fn a_range_of_days_is_its_first() {
        let t = "Overnight between 22 and 23 March 2020, militants attacked a post.";
        let d = find_dates(t, Span::new(0, t.len()), NaiveDate::from_ymd_opt(2020, 3, 25));
        let stated: Vec<_> = d.iter().filter(|m| m.precision == 1 && m.explicit).collect();
        assert_eq!(stated.len(), 1);
        assert_eq!(stated[0].date.to_string(), "2020-03-22");
        assert_eq!(stated[0].span.get(t), Some("22 and 23 March 2020"));
    }

    #[test]
    fn explicit_and_yearless_dates() {
        assert_eq!(
            one("On 31 December 2020, gunmen attacked", "2021-01-03"),
            ("2020-12-31".into(), 1)
        );
        assert_eq!(
            one("On June 12, suspected militiamen attacked", "2019-06-15"),
            ("2019-06-12".into(), 1)
        );
        assert_eq!(one("on December 30, soldiers", "2021-01-02"), ("2020-12-30".into(), 1));
        assert_eq!(one("On 12 November, protesters", "2023-11-14"), ("2023-11-12".into(), 1));
        assert_eq!(
            one("On December 11-12, militants attacked", "2018-12-15"),
            ("2018-12-11".into(), 1)
        );
    }

    #[test]
    fn relative_dates() {
        // 2023-11-14 is a Tuesday.
        assert_eq!(
            one("Mali's army said Tuesday it has retaken", "2023-11-14"),
            ("2023-11-14".into(), 1)
        );
        assert_eq!(one("on Sunday gunmen", "2023-11-14"), ("2023-11-12".into(), 1));
        assert_eq!(one("yesterday", "2023-11-14"), ("2023-11-13".into(), 1));
        assert_eq!(one("overnight", "2023-11-14"), ("2023-11-13".into(), 1));
        assert_eq!(one("over the weekend", "2024-02-20"), ("2024-02-17".into(), 2));
        assert_eq!(one("overnight Friday", "2021-06-07"), ("2021-06-04".into(), 1));
        assert_eq!(one("clashes last week", "2023-11-14"), ("2023-11-08".into(), 2));
        // Never after the report: "earlier this month" on 14 May, "this week" on a Monday.
        assert_eq!(
            one("Earlier this month police used water cannon", "2024-05-14").0,
            "2024-05-14"
        );
        assert_eq!(one("clashes this week", "2024-05-13").0, "2024-05-13");
        // Last year, and a past year naming a thing of its time, are years (history).
        assert_eq!(one("protests were held last year", "2019-11-20"), ("2018-07-01".into(), 4));
        assert_eq!(
            one("seized the territories in the 1967 Six-Day War", "2019-11-20"),
            ("1967-07-01".into(), 4)
        );
        // A past decade is history too; tomorrow and next week are to come.
        assert_eq!(one("In the 1980s, Iran had opened", "2016-03-19"), ("1985-01-01".into(), 4));
        assert_eq!(one("during the late 1970s", "2016-03-19"), ("1975-01-01".into(), 4));
        assert_eq!(one("a strike tomorrow", "2023-05-20"), ("2023-05-21".into(), 1));
        assert_eq!(one("a rally next week", "2023-05-20"), ("2023-05-27".into(), 2));
        // ... not this year's budget.
        let t = "the 2019 budget was passed";
        assert!(find_dates(t, Span::new(0, t.len()), Some(d("2019-11-20"))).is_empty());
        assert_eq!(one("in January", "2023-11-14"), ("2023-01-15".into(), 3));
        assert_eq!(one("late October", "2023-11-14"), ("2023-10-31".into(), 3));
        assert_eq!(
            one("In mid-September, soldiers entered", "2018-09-18"),
            ("2018-09-15".into(), 3)
        );
        assert_eq!(
            one("On the week of July 9, the army carried out arrests", "2018-07-15"),
            ("2018-07-12".into(), 2)
        );
    }

    #[test]
    fn history_years() {
        let text =
            "after the army suffered several defeats there from 2012 to 2014, and a 2020 coup";
        let found = find_dates(text, Span::new(0, text.len()), Some(d("2023-11-14")));
        assert_eq!(found.iter().map(|m| m.precision).collect::<Vec<_>>(), vec![4, 4, 4]);
        assert_eq!(&text[found[0].span.range()], "2012");
        // A span of past years, a holiday of a past year.
        let precisions = |text: &str| -> Vec<u8> {
            find_dates(text, Span::new(0, text.len()), Some(d("2025-04-28")))
                .iter()
                .map(|m| m.precision)
                .collect()
        };
        assert_eq!(precisions("during the 2013-2018 civil war, which killed 400,000"), vec![4]);
        assert_eq!(precisions("On Christmas Eve 2023, attacks killed nearly 200 people"), vec![4]);
        assert!(precisions("a 2024-2026 plan").is_empty());
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        let text = "The army may retake the town.";
        assert!(find_dates(text, Span::new(0, text.len()), Some(d("2023-11-14"))).is_empty());
    }
}
