//! One event per place: ACLED's event is one actor pair at one place on one day (codebook
//! 1.2, 1.6 rule 5), so "attacked the villages of Sankoro, Bidi, and Kourouni" is three
//! events, and "protests in Po, Bousse and Zorgho" three protests.

use super::{
    DocContext, EventCoder, UNIT_WORDS, acled_place_name, capitalised_before, capitalised_name,
    notes,
};
use crate::events::{EventRecord, EvidenceSpan};
use crate::geocode::{Toponym, ascii, fold};
use crate::mentions::fatalities::split_toll;
use crate::span::Span;
use chrono::NaiveDate;

/// What joins the places of a list, longest first.
const SEPARATORS: &[&str] =
    &[", and in ", " and in ", ", and ", ", or ", " and ", " or ", " & ", ", "];

/// The last word of a building's or a site's name.
pub(super) const SITE_NOUNS: &[&str] = &[
    "airport",
    "barracks",
    "base",
    "bridge",
    "camp",
    "center",
    "centre",
    "church",
    "college",
    "dam",
    "hospital",
    "hotel",
    "junction",
    "market",
    "mosque",
    "office",
    "prison",
    "school",
    "square",
    "stadium",
    "station",
    "university",
];

/// Leading words a backwards read of capitalised words takes in at a sentence's start.
const LEADING_WORDS: &[&str] = &["In", "At", "Near", "The", "On", "From"];

impl EventCoder {
    /// The record, or one record per place when its place is one of a list of places.
    /// Each has its own location (a place the gazetteer lacks keeps the coordinates and
    /// units of the listed place that was found, near it: precision 2 at least) and, unless
    /// the text already split them, an even share of the deaths, the extra ones going to
    /// the first places (codebook 1.6, rule 5).
    pub(super) fn one_per_place(
        &self,
        ctx: &DocContext<'_>,
        record: EventRecord,
    ) -> Vec<EventRecord> {
        let text = &ctx.doc.text;
        let Some(at) = record
            .spans
            .iter()
            .find(|s| s.role == "location")
            .map(|s| Span::new(s.start as usize, s.end as usize))
        else {
            return vec![record];
        };
        let Some(sentence) = ctx.all.iter().find(|s| s.span.contains(at)).map(|s| s.span) else {
            return vec![record];
        };
        // (In an article, a list outside the event's own sentences is another story's: "the
        // farming community of Ruwi in the Bokkos area" is one event, though the history after
        // it lists "attacks on villages in Bokkos and Barkin Ladi".)
        let group = record.spans.iter().find(|s| s.role == "sentence");
        if ctx.single_report.is_none()
            && group.is_some_and(|g| !(g.start <= at.start && at.end <= g.end))
        {
            return vec![record];
        }
        let places = self.listed_places(text, sentence, at, ctx.toponyms, &record);
        if places.len() < 2 {
            return vec![record];
        }
        // A note that says it split the deaths ("Fatalities split between events") gave each
        // event its share already; "the virus spread" in a long article says nothing of it.
        let already_split = ctx.all.iter().filter_map(|s| s.span.get(text)).any(|s| {
            let lower = s.to_ascii_lowercase();
            ["split", "spread", "divided"].iter().any(|w| lower.contains(w))
                && ["fatalit", "death", "dead", "killed", "toll", "events"]
                    .iter()
                    .any(|w| lower.contains(w))
        });
        let n = places.len() as u32;
        // The whole toll to divide: the record's, or, when the note split it between as many
        // events as the places listed, the total before its split (each place then gets its
        // own share, not the share most of them get: 20 over three is 7, 7 and 6).
        let total = if already_split {
            let group = record
                .spans
                .iter()
                .find(|s| s.role == "sentence")
                .map(|s| Span::new(s.start as usize, s.end as usize))
                .unwrap_or(sentence);
            let sentences: Vec<Span> =
                ctx.all.iter().map(|s| s.span).filter(|s| group.contains(*s)).collect();
            let after: Vec<Span> =
                ctx.all.iter().map(|s| s.span).filter(|s| s.start >= group.end).take(3).collect();
            split_toll(text, &sentences, &after).filter(|&(_, k)| k == n).map(|(t, _)| t)
        } else {
            Some(record.fatalities)
        };
        places
            .iter()
            .enumerate()
            .map(|(i, &place)| {
                let mut r =
                    if place == at { record.clone() } else { self.moved(ctx, &record, place) };
                if let Some(t) = total {
                    r.fatalities = t / n + u32::from((i as u32) < t % n);
                }
                r.notes = renote(&r);
                r
            })
            .collect()
    }

    /// The places listed with the one at `at` ("Tolle and Weyla", "Po, Bousse, Zorgho and
    /// Tougan"), in text order, `at` among them; empty when `at` is not in such a list.
    fn listed_places(
        &self,
        text: &str,
        sentence: Span,
        at: Span,
        toponyms: &[Toponym],
        record: &EventRecord,
    ) -> Vec<Span> {
        let Some(piece) = sentence.get(text) else { return Vec::new() };
        // The note names the place it coded ("coded as Sabere"), or the event lies between
        // two places: one event.
        if piece.contains("coded as") || piece.contains("respectively") {
            return Vec::new();
        }
        let base = sentence.start as usize;
        let end = sentence.end as usize;
        let mut after: Vec<(Span, &str)> = Vec::new();
        let mut cursor = at.end as usize;
        loop {
            let rest = &text[cursor..end];
            let Some(sep) = SEPARATORS.iter().find(|s| rest.starts_with(**s)) else { break };
            let from = cursor + sep.len();
            let Some(item) = self.list_item_at(text, from, end, toponyms, record) else { break };
            after.push((item, sep));
            cursor = item.end as usize;
        }
        let mut before: Vec<(Span, &str)> = Vec::new();
        let mut cursor = at.start as usize;
        loop {
            let lead = &text[base..cursor];
            let Some(sep) = SEPARATORS.iter().find(|s| lead.ends_with(**s)) else { break };
            let to = cursor - sep.len();
            let Some(item) = self.list_item_before(text, base, to, toponyms, record) else {
                break;
            };
            before.push((item, sep));
            cursor = item.start as usize;
        }
        // "between Djebok and Tamkoutat", "from Banfora to ...": one event.
        let head = &text[base..cursor];
        if head.ends_with("between ") || head.ends_with("from ") || head.ends_with("Between ") {
            return Vec::new();
        }
        // A list ends in "and"/"or" ("A, B and C"), or has three names in a row ("in Diolli,
        // Roubere, Tana, forcing ..."): two names and a comma are a place and the larger one
        // it lies in ("North Nazimabad, Karachi"), or a place and a person ("in Bamako,
        // President Keita").
        let last_sep = after.last().or(before.first()).map(|x| x.1);
        let coordinated = last_sep.is_some_and(|s| s.trim_start_matches(',').trim() != "");
        let three = before.len() + after.len() >= 2;
        if !(coordinated || three) {
            return Vec::new();
        }
        let mut places: Vec<Span> = before.into_iter().rev().map(|x| x.0).collect();
        places.push(at);
        places.extend(after.into_iter().map(|x| x.0));
        places
    }

    /// A listed place starting at byte `from`: a populated place the geoparser resolved
    /// there, or a name the gazetteer lacks, not followed by a unit word ("Efelle, Adiora
    /// Commune": Adiora Commune is where Efelle lies, not another place).
    fn list_item_at(
        &self,
        text: &str,
        from: usize,
        end: usize,
        toponyms: &[Toponym],
        record: &EventRecord,
    ) -> Option<Span> {
        // The place the geoparser read there, unless it is a part of a longer name
        // ("Seno" in "Seno Mango").
        let name = capitalised_name(&text[..end], from).map(|(s, e)| Span::new(s, e));
        let span = match toponyms.iter().find(|t| t.span.start as usize == from) {
            Some(t) if name.is_none_or(|n| n.end <= t.span.end) => t.span,
            _ => name?,
        };
        self.is_list_place(text, span, toponyms, record).then_some(span)
    }

    /// A listed place ending at byte `to` (see [`Self::list_item_at`]).
    fn list_item_before(
        &self,
        text: &str,
        base: usize,
        to: usize,
        toponyms: &[Toponym],
        record: &EventRecord,
    ) -> Option<Span> {
        let name = capitalised_before(&text[base..to], to - base).map(|(mut s, e)| {
            let name = &text[base + s..base + e];
            if let Some(w) = LEADING_WORDS
                .iter()
                .find(|w| name.strip_prefix(**w).is_some_and(|r| r.starts_with(' ')))
            {
                s += w.len() + 1;
            }
            Span::new(base + s, base + e)
        });
        let span = match toponyms.iter().find(|t| t.span.end as usize == to) {
            Some(t) if name.is_none_or(|n| n.start >= t.span.start) => t.span,
            _ => name?,
        };
        self.is_list_place(text, span, toponyms, record).then_some(span)
    }

    fn is_list_place(
        &self,
        text: &str,
        span: Span,
        toponyms: &[Toponym],
        record: &EventRecord,
    ) -> bool {
        let Some(name) = span.get(text) else { return false };
        let rest = &text[span.end as usize..];
        // "Efelle, Adiora Commune": a unit word after the name, or ending it, makes it the
        // unit the place lies in.
        let unit_follows = UNIT_WORDS.iter().any(|w| {
            rest.strip_prefix(' ')
                .and_then(|r| r.strip_prefix(w))
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
                || name.strip_suffix(w).is_some_and(|r| r.ends_with(' '))
        });
        // A building or site is where in a place, not another place ("near Ibn Sina hospital,
        // the Ouagadougou Centre and Sirte University").
        let last_word = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
        if unit_follows
            || self.actors.is_ethnic_group(name)
            || SITE_NOUNS.contains(&last_word.as_str())
        {
            return false;
        }
        // Not the unit the event's place lies in ("in Dialloube, Mopti").
        let folded = fold(name);
        let is_own_unit =
            [&record.admin1, &record.admin2].into_iter().flatten().any(|a| fold(a) == folded);
        if is_own_unit {
            return false;
        }
        match toponyms.iter().find(|t| t.span.overlaps(span)) {
            // A town, or a unit of a list of units ("in districts like West Singhbhum,
            // Lohardaga, Dhanbad and Bokaro"): one event each, as ACLED codes them.
            Some(t) if t.span == span => {
                t.lat.is_some()
                    && t.feature
                        .as_deref()
                        .is_some_and(|f| f.starts_with("PPL") || f.starts_with("ADM"))
            }
            // A longer name around a place ("Soum-Bellah"): a place the gazetteer lacks.
            Some(t) if span.contains(t.span) => self.is_unlisted(text, span, &[]),
            Some(_) => false,
            None => self.is_unlisted(text, span, toponyms),
        }
    }

    /// The record moved to the listed place at `place`.
    fn moved(&self, ctx: &DocContext<'_>, record: &EventRecord, place: Span) -> EventRecord {
        let text = &ctx.doc.text;
        let mut r = record.clone();
        let resolved = ctx.toponyms.iter().find(|t| t.span == place && t.lat.is_some());
        // A reading in another country than the event's is a namesake abroad, unless it is
        // a city ("in Cotonou, Dakar and Bamako").
        let own = resolved.filter(|t| {
            t.country.as_deref() == record.country.as_deref() || self.geoparser.is_major_city(t)
        });
        match own.and_then(|t| self.geoparser.locate_event(text, t.span, ctx.toponyms)) {
            Some(l) => {
                let surface = place.get(text).unwrap_or_default();
                r.location = Some(acled_place_name(if fold(surface) == fold(&l.location) {
                    surface
                } else {
                    &l.location
                }));
                r.iso3 = Some(l.iso3);
                r.country = Some(l.country);
                r.admin1 = l.admin1.as_deref().map(ascii);
                r.admin2 = l.admin2.as_deref().map(ascii);
                r.latitude = Some(l.latitude);
                r.longitude = Some(l.longitude);
                r.geo_precision = Some(l.geo_precision);
            }
            None => {
                r.location = place.get(text).map(acled_place_name);
                r.geo_precision = r.geo_precision.map(|p| p.max(2));
            }
        }
        for s in r.spans.iter_mut().filter(|s| s.role == "location") {
            *s = EvidenceSpan::new(place, "location");
        }
        r.spans.sort_by_key(|s| (s.start, s.end));
        r
    }
}

/// The record's notes written again after its place or deaths changed.
pub(super) fn renote(r: &EventRecord) -> String {
    let date = r.event_date.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let admins: Vec<String> = [r.admin2.as_deref(), r.admin1.as_deref()]
        .into_iter()
        .flatten()
        .map(str::to_string)
        .collect();
    notes(
        date,
        r.actor1.as_deref(),
        r.sub_event_type.as_deref().unwrap_or_default(),
        r.actor2.as_deref(),
        r.location.as_deref().map(|p| (p, admins.as_slice())),
        r.fatalities,
    )
}
