//! Places: an embedded gazetteer, toponym recognition and resolution.
//!
//! Input: article text. Output: [`Toponym`]s (span + resolved place) and, for an event, an
//! [`EventLocation`] with ACLED's geo_precision.
//!
//! # Overview
//! - The gazetteer (GeoNames cities500, admin1/admin2 units, countries, continents and a
//!   hand-curated supplement; see `data/gazetteer/SOURCE.md`) is compiled into the binary as
//!   zstd-compressed text and parsed once by [`Geoparser::load`].
//! - Recognition matches capitalised word sequences (up to six words, with connectors such as
//!   "of" or "de") against the folded name index ("Anéfis" = "Anefis"), then drops matches
//!   whose context says person, organisation or common word.
//! - Resolution scores every candidate by name match, feature class, population and the
//!   document's other places (see `resolve.rs`).
//!
//! ```no_run
//! let geo = sitrep::geocode::Geoparser::load()?;
//! let text = "Mali's army said it has retaken the northern city of Kidal from rebels.";
//! let kidal = geo.geoparse(text).into_iter().find(|t| t.name == "Kidal").unwrap();
//! assert_eq!(kidal.country.as_deref(), Some("Mali"));
//! # Ok::<(), sitrep::Error>(())
//! ```

mod fold;
mod gazetteer;
mod recase;
mod recognize;
mod resolve;

pub use fold::{ascii, fold};

use crate::span::Span;
use gazetteer::{Cands, Gazetteer, NameKind, Row};
use resolve::{Hint, Query};
use serde::Serialize;

/// A mention to resolve: its span, folded name, candidates and kind hint.
type Item = (Span, String, Cands, Hint);

/// The gazetteer data, built by `tools/gazetteer/build.sh`.
static DATA: &[u8] = include_bytes!("../../../../data/gazetteer/gazetteer.tsv.zst");

/// A place mention in the text and the gazetteer entry it resolves to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Toponym {
    /// Byte span of the mention in the article text.
    pub span: Span,
    /// The mention as written.
    pub name: String,
    /// Latitude (WGS84), when resolved.
    pub lat: Option<f64>,
    /// Longitude (WGS84), when resolved.
    pub lon: Option<f64>,
    /// GeoNames id, when resolved to a GeoNames entry.
    pub geonameid: Option<u64>,
    /// Country name.
    pub country: Option<String>,
    /// Admin-1 name.
    pub admin1: Option<String>,
    /// GeoNames feature code (PPL, PPLA, ADM1, PCLI, ...).
    pub feature: Option<String>,
}

/// Where an event happened, in ACLED's location fields.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventLocation {
    /// Country name.
    pub country: String,
    /// ISO 3166-1 alpha-3.
    pub iso3: String,
    /// Admin-1 name.
    pub admin1: Option<String>,
    /// Admin-2 name.
    pub admin2: Option<String>,
    /// Location name.
    pub location: String,
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// ACLED geo_precision: 1 the place itself, 2 near it / part of a region, 3 a region.
    pub geo_precision: u8,
    /// Span of the mention the location came from.
    pub span: Span,
}

/// Finds and resolves place mentions. Load once, use for every document; it is `Send + Sync`.
#[derive(Debug)]
pub struct Geoparser {
    gaz: Gazetteer,
    /// Each country's seat of government (PPLG where GeoNames has one, else PPLC), found on
    /// first use: a pass over every place would cost every run its start-up time.
    capitals: std::sync::OnceLock<std::collections::HashMap<[u8; 2], Row>>,
}

impl Geoparser {
    /// Loads the embedded gazetteer.
    ///
    /// # Errors
    /// [`ErrorKind::Data`](crate::ErrorKind::Data) when the gazetteer data is corrupt.
    pub fn load() -> crate::Result<Geoparser> {
        Geoparser::from_compressed(DATA)
    }

    /// Loads a gazetteer from zstd or gzip compressed data in the format
    /// `tools/gazetteer/build_gazetteer.py` writes.
    ///
    /// # Errors
    /// [`ErrorKind::Data`](crate::ErrorKind::Data) when the data is truncated or malformed.
    pub fn from_compressed(bytes: &[u8]) -> crate::Result<Geoparser> {
        Ok(Geoparser {
            gaz: Gazetteer::from_compressed(bytes)?,
            capitals: std::sync::OnceLock::new(),
        })
    }

    /// Number of entries in the gazetteer.
    pub fn len(&self) -> usize {
        self.gaz.len()
    }

    /// True when the gazetteer has no entry.
    pub fn is_empty(&self) -> bool {
        self.gaz.len() == 0
    }

    /// True when the gazetteer has any entry for this name, or the name is a common English
    /// word: the event coder takes only names the gazetteer knows nothing of as unlisted
    /// places ("the village of Kourou Kanda").
    pub fn knows(&self, name: &str) -> bool {
        let key = fold(name);
        !self.gaz.lookup(&key).is_empty() || self.gaz.is_common_word(&key)
    }

    /// True when a word is a common English word ("reading", "bell", "protesters").
    pub fn is_common_word(&self, word: &str) -> bool {
        self.gaz.is_common_word(&fold(word))
    }

    /// True when a word is some country's demonym ("Chinese", "Malian"): no place of its own.
    pub fn is_demonym_word(&self, word: &str) -> bool {
        self.gaz.lookup(&fold(word)).iter().any(|c| c.1 == NameKind::Demonym)
    }

    /// True when a country toponym was written as a demonym ("French forces", "Malian
    /// soldiers"), or a region's toponym could be read only as its demonym ("Kurdish
    /// forces"): evidence of a country or people involved, not of where an event happened.
    pub fn is_demonym(&self, t: &Toponym) -> bool {
        let (_, cands, ..) = self.lookup_phrase(&t.name);
        if !t.feature.as_deref().is_some_and(|f| f.starts_with("PCL")) {
            return !cands.is_empty() && cands.iter().all(|c| c.1 == NameKind::Demonym);
        }
        let country_reading =
            |c: &(Row, NameKind)| self.gaz.feature(&self.gaz.place(c.0)).starts_with("PCL");
        cands.iter().filter(|c| country_reading(c)).all(|c| c.1 == NameKind::Demonym)
            && cands.iter().any(|c| c.1 == NameKind::Demonym)
    }

    /// True when a resolved toponym is firm evidence of its country: written as the place's
    /// own name (not an alternate spelling: "Koro" is only an alternate name of Coro,
    /// Venezuela) and a capital, a province seat, an admin-1 unit or a city of 100,000 or
    /// more ("Kolkata", "Srinagar", "Hyderabad").
    pub fn is_firm_country_evidence(&self, t: &Toponym) -> bool {
        self.exact_place_where(t, |p, f| {
            p.population >= 100_000 || matches!(f, "PPLC" | "PPLA" | "ADM1")
        })
    }

    /// True when a resolved toponym is a capital or a city of 100,000 or more written as its
    /// own name: no namesake of a village ("Bamako"; not Yoro, a Honduran province seat).
    pub fn is_major_city(&self, t: &Toponym) -> bool {
        self.exact_place_where(t, |p, f| p.population >= 100_000 || f == "PPLC")
    }

    /// True when the toponym's place, matched under its own name, meets a condition on the
    /// place and its feature code.
    fn exact_place_where(
        &self,
        t: &Toponym,
        cond: impl Fn(&gazetteer::Place, &str) -> bool,
    ) -> bool {
        let Some(id) = t.geonameid else { return false };
        let (_, cands, ..) = self.lookup_phrase(&t.name);
        cands.iter().any(|&(row, kind)| {
            let p = self.gaz.place(row);
            u64::from(p.geonameid) == id
                && kind == NameKind::Exact
                && cond(&p, self.gaz.feature(&p))
        })
    }

    /// The seat of government of a country, as an event location at geo_precision 3: where
    /// ACLED places national-level events that name no place.
    pub fn capital_of(&self, country: &str, span: Span) -> Option<EventLocation> {
        let c = self.country_named(country)?;
        let capitals = self.capitals.get_or_init(|| {
            let mut capitals = std::collections::HashMap::new();
            for row in 0..self.gaz.len() as Row {
                match self.gaz.row_feature(row) {
                    "PPLG" => {
                        capitals.insert(self.gaz.place(row).cc, row);
                    }
                    "PPLC" => {
                        capitals.entry(self.gaz.place(row).cc).or_insert(row);
                    }
                    _ => {}
                }
            }
            capitals
        });
        let p = self.gaz.place(*capitals.get(&c.iso2)?);
        Some(EventLocation {
            country: c.name.clone(),
            iso3: c.iso3.clone(),
            admin1: self.gaz.admin_name(p.admin1).map(str::to_string),
            admin2: self.gaz.admin_name(p.admin2).map(str::to_string),
            location: self.gaz.name(&p).to_string(),
            latitude: round4(p.lat),
            longitude: round4(p.lon),
            geo_precision: 3,
            span,
        })
    }

    /// What an admin unit named in a text is in `country`: `Some((1, None))` for a first-level
    /// unit, `Some((2, Some(admin1)))` for a second-level one with the first-level unit it lies
    /// in. Notes write "(Tongomayel, Soum)" with Burkina Faso's department and province, but
    /// "(Ansongo, Gao)" with Mali's cercle and region: the gazetteer tells which.
    pub fn admin_unit(&self, name: &str, country: &str) -> Option<(u8, Option<String>)> {
        let cc = self.country_named(country)?.iso2;
        let cands = self.gaz.lookup(&fold(name));
        let level = |f: &str| {
            cands
                .iter()
                .map(|c| self.gaz.place(c.0))
                .find(|p| p.cc == cc && self.gaz.feature(p) == f)
        };
        if level("ADM1").is_some() {
            return Some((1, None));
        }
        // A second-level unit, or the seat of one named like it ("Koro": Mali's cercle of
        // Koro, which the gazetteer may hold only as its town).
        let p = level("ADM2").or_else(|| level("PPLA2"))?;
        Some((2, self.gaz.admin_name(p.admin1).map(str::to_string)))
    }

    /// A country by its gazetteer name.
    fn country_named(&self, name: &str) -> Option<&gazetteer::Country> {
        self.gaz.countries.iter().find(|c| c.name == name)
    }

    /// The ISO 3166-1 alpha-3 code of a country, by its gazetteer name ("Mali" -> "MLI").
    pub fn iso3_of(&self, country: &str) -> Option<&str> {
        self.country_named(country).map(|c| c.iso3.as_str())
    }

    /// The gazetteer name of a country by its ISO 3166-1 alpha-3 code ("MLI" -> "Mali").
    pub fn country_of_iso3(&self, iso3: &str) -> Option<&str> {
        self.gaz.countries.iter().find(|c| c.iso3 == iso3).map(|c| c.name.as_str())
    }

    /// The ISO3 code of a country written as datasets write it: the gazetteer's name, or any
    /// name of the country's own entry, with a parenthesised former name dropped ("DR Congo
    /// (Zaire)", "Yemen (North Yemen)", "Democratic Republic of Congo").
    pub fn iso3_of_country_name(&self, name: &str) -> Option<&str> {
        let name = name.split(" (").next().unwrap_or(name).trim();
        if let Some(iso3) = self.iso3_of(name) {
            return Some(iso3);
        }
        let key = fold(name);
        let cands = self.gaz.lookup(&key);
        // "Democratic Republic of Congo" for "... of the Congo": compared without articles.
        let bare = |s: &str| s.split(' ').filter(|w| *w != "the").collect::<Vec<_>>().join(" ");
        self.gaz
            .countries
            .iter()
            .find(|c| cands.iter().any(|cand| cand.0 == c.row))
            .or_else(|| self.gaz.countries.iter().find(|c| bare(&fold(&c.name)) == bare(&key)))
            .map(|c| c.iso3.as_str())
    }

    /// The text with capitals restored when it is written in lower case ("ahmedabad: the
    /// police on saturday ..."): on the first word of each sentence and on well-known places'
    /// names. `None` when the text is cased. Byte offsets are the same in both.
    pub fn recase(&self, text: &str) -> Option<String> {
        recase::recase(&self.gaz, text)
    }

    /// Finds and resolves the toponyms of a text.
    pub fn geoparse(&self, text: &str) -> Vec<Toponym> {
        self.geoparse_in(text, None)
    }

    /// Finds and resolves the toponyms of a text known to be about `country` (a gazetteer
    /// country name) without naming it: an actor that operates only there, or the country
    /// model's reading. Readings in that country weigh as if the text's other names were
    /// there ("Koro" is the Malian town in a note about a JNIM attack, not Coro, Venezuela).
    pub fn geoparse_in(&self, text: &str, country: Option<&str>) -> Vec<Toponym> {
        // A text in lower case is read with the capitals of its well-known places restored;
        // offsets are the same in both.
        let Some(recased) = recase::recase(&self.gaz, text) else {
            return self.geoparse_cased_in(text, country);
        };
        let mut toponyms = self.geoparse_cased_in(&recased, country);
        // A toponym's name is the text as given ("ahmedabad"), as its span says.
        for t in &mut toponyms {
            t.name = t.span.get(text).unwrap_or_default().to_string();
        }
        toponyms
    }

    /// [`Geoparser::geoparse_in`] for a text whose case is already as it should be (cased, or
    /// given back by [`Geoparser::recase`]): the event coder recases a document once, then
    /// geoparses it several times.
    pub fn geoparse_cased_in(&self, text: &str, country: Option<&str>) -> Vec<Toponym> {
        let mentions = recognize::recognize(&self.gaz, text);
        let items: Vec<Item> = mentions
            .into_iter()
            .map(|m| {
                let hint = hint_around(text, m.start, m.end);
                (Span::new(m.start, m.end), m.key, m.cands, hint)
            })
            .collect();
        let prior = country.and_then(|c| self.country_named(c)).map(|c| c.iso2);
        self.resolve_items(text, items, prior)
    }

    /// Resolves given spans (gold toponym spans) in a text. A span that is out of bounds comes
    /// back unresolved. A span naming nothing the gazetteer knows (a school, a road, a
    /// hamlet) is placed at the nearest populated place the text resolves (see
    /// [`resolve::nearest_place`]; with none, at the nearest resolved area): it gets
    /// coordinates only, no geonameid, feature, country or admin1; with no place at all it
    /// stays unresolved.
    pub fn resolve_spans(&self, text: &str, spans: &[Span]) -> Vec<Toponym> {
        self.resolve_spans_in(text, spans, None)
    }

    /// [`Geoparser::resolve_spans`] for a text known to be about `country` (see
    /// [`Geoparser::geoparse_in`]).
    pub fn resolve_spans_in(
        &self,
        text: &str,
        spans: &[Span],
        country: Option<&str>,
    ) -> Vec<Toponym> {
        let mut part = Vec::with_capacity(spans.len());
        let items: Vec<Item> = spans
            .iter()
            .map(|&span| {
                let name = span.get(text).unwrap_or_default();
                let (key, cands, hint, by_part) = self.lookup_phrase(name);
                part.push(by_part);
                let hint = if hint == Hint::None {
                    hint_around(text, span.start as usize, span.end as usize)
                } else {
                    hint
                };
                (span, key, cands, hint)
            })
            .collect();
        let prior = country.and_then(|c| self.country_named(c)).map(|c| c.iso2);
        let rows = self.resolve_rows(text, &items, prior);
        let mut ts: Vec<Toponym> = items
            .iter()
            .zip(rows)
            .zip(&part)
            .map(|(((span, _, cands, _), row), &by_part)| {
                // A phrase read by a part of it ("Robert Trent Jones Golf Club" by "Robert", a
                // village in Martinique; "Hotel Kyjev" in Bratislava by Kyiv) is a facility or
                // a street of the story's setting far more often than of the part's place.
                // Only a part that names a major place under its own name stands for the
                // phrase ("US Federal Reserve", "Bank of England", "Sacramento River");
                // the rest fall back on the nearest place below. Parts still weigh as
                // context in the resolution: "Paris City Hall" tells which Paris the story
                // means.
                let row = row.filter(|&r| {
                    !by_part
                        || cands.iter().any(|&(c, kind)| c == r && self.stands_for_phrase(c, kind))
                });
                self.toponym(text, *span, row)
            })
            .collect();
        let inherit = resolve::nearest_place(&ts, text);
        for (t, from) in ts.iter_mut().zip(inherit) {
            if let Some((lat, lon)) = from {
                (t.lat, t.lon) = (Some(lat), Some(lon));
            }
        }
        ts
    }

    /// Looks a written phrase up: as a whole (see [`Geoparser::lookup_whole`]), else by the
    /// longest part of it that names a place (see [`Geoparser::lookup_part`]; the last value
    /// is then true).
    fn lookup_phrase(&self, name: &str) -> (String, Cands, Hint, bool) {
        let (key, cands, hint) = self.lookup_whole(name);
        if !cands.is_empty() {
            return (key, cands, hint, false);
        }
        match self.lookup_part(name) {
            Some((part, cands)) => (part, cands, hint, true),
            None => (key, cands, hint, false),
        }
    }

    /// Looks a written phrase up as a whole, trying the forms a mention may carry around the
    /// name: "the", a possessive, a region word, a plural demonym.
    fn lookup_whole(&self, name: &str) -> (String, Cands, Hint) {
        let key = fold(name);
        if name.ends_with('.') {
            let dotted = format!("{key}.");
            let cands = self.gaz.lookup(&dotted);
            if !cands.is_empty() {
                return (dotted, cands, Hint::None);
            }
        }
        let cands = self.gaz.lookup(&key);
        if !cands.is_empty() {
            return (key, cands, Hint::None);
        }
        let mut k = key.as_str();
        for p in ["the ", "city of ", "town of ", "state of ", "province of ", "republic of "] {
            k = k.strip_prefix(p).unwrap_or(k);
        }
        let mut hint = Hint::None;
        if let Some((head, last)) = k.rsplit_once(' ') {
            if recognize::is_admin_suffix(last) {
                k = head;
                hint = Hint::Admin;
            } else if matches!(last, "city" | "town" | "village") {
                k = head;
                hint = Hint::Settlement;
            } else if last == "s" {
                k = head;
            }
        }
        let cands = self.gaz.lookup(k);
        if !cands.is_empty() {
            return (k.to_string(), cands, hint);
        }
        for suffix in ["s", "es"] {
            if let Some(stem) = k.strip_suffix(suffix) {
                let cands: Vec<_> = self
                    .gaz
                    .lookup(stem)
                    .into_iter()
                    .filter(|c| c.1 == NameKind::Demonym)
                    .collect();
                if !cands.is_empty() {
                    return (stem.to_string(), cands, hint);
                }
            }
        }
        (key, Vec::new(), hint)
    }

    /// "Manila Cathedral", "Lake Manassas", "US Federal Reserve": the longest part of the
    /// phrase that names a place, for facilities and bodies named after one.
    fn lookup_part(&self, name: &str) -> Option<(String, Cands)> {
        let toks = recognize::tokenize(name);
        for len in (1..toks.len()).rev() {
            for w in toks.windows(len) {
                if !w.iter().all(|t| t.cap) {
                    continue;
                }
                let sub = fold(name.get(w[0].start..w[len - 1].end).unwrap_or_default());
                if recognize::is_stop(&sub) {
                    continue;
                }
                let cands = self.gaz.lookup(&sub);
                if !cands.is_empty() {
                    return Some((sub, cands));
                }
            }
        }
        None
    }

    fn resolve_items(&self, text: &str, items: Vec<Item>, prior: Option<[u8; 2]>) -> Vec<Toponym> {
        let rows = self.resolve_rows(text, &items, prior);
        items.into_iter().zip(rows).map(|((span, ..), row)| self.toponym(text, span, row)).collect()
    }

    /// True when a place read from a part of a phrase stands for the whole phrase: a country
    /// or continent however written ("US Federal Reserve", "European Commission", "Russian
    /// Higher School of Economics"), or, under its own name, a first-level unit, a region, a
    /// capital or a city of 100,000 or more ("Bank of England", "Sacramento River").
    fn stands_for_phrase(&self, row: Row, kind: NameKind) -> bool {
        let p = self.gaz.place(row);
        let f = self.gaz.feature(&p);
        f.starts_with("PCL")
            || f == "CONT"
            || (kind == NameKind::Exact
                && (p.population >= 100_000 || matches!(f, "ADM1" | "RGN" | "PPLC")))
    }

    /// The gazetteer row each item resolves to, read together.
    fn resolve_rows(&self, text: &str, items: &[Item], prior: Option<[u8; 2]>) -> Vec<Option<Row>> {
        let mut queries: Vec<Query> = Vec::with_capacity(items.len());
        let listed: Vec<Span> = items.iter().map(|(s, ..)| *s).collect();
        // "Alaska, Alabama, Arizona, Arkansas, California ...": names in a list of three or
        // more, where a comma joins equals, not a place and its container.
        let gap = |i: usize| -> &str {
            items
                .get(i + 1)
                .and_then(|(next, ..)| text.get(items[i].0.end as usize..next.start as usize))
                .map_or("", str::trim)
        };
        let joined: Vec<bool> = (0..items.len())
            .map(|i| matches!(gap(i), "," | ", and" | ", or" | "and" | "or"))
            .collect();
        let mut in_list = vec![false; items.len()];
        let mut start = 0;
        while start < items.len() {
            let mut end = start;
            while end < items.len() && joined[end] {
                end += 1;
            }
            let links = end - start;
            if links >= 2 && (start..end).any(|i| gap(i) == ",") {
                in_list[start..=end.min(items.len() - 1)].iter_mut().for_each(|x| *x = true);
            }
            start = end + 1;
        }
        for (i, (span, key, cands, hint)) in items.iter().enumerate() {
            // "X, Y": Y right after X and a comma is X's container.
            let container = items.get(i + 1).and_then(|(next, ..)| {
                let gap = text.get(span.end as usize..next.start as usize)?;
                (gap.trim() == ",").then_some(i + 1)
            });
            let paren = paren_units(text, &listed, i).map(|u| u[u.len() - 1]);
            queries.push(Query {
                key: key.clone(),
                cands: cands.clone(),
                hint: *hint,
                container: paren.or(container),
                paren_container: paren.is_some(),
                in_list: in_list[i] && paren.is_none(),
            });
        }
        let mut rows = resolve::resolve(&self.gaz, &queries, prior);
        self.keep_near(text, items, &mut rows);
        rows
    }

    /// "Salem, north of Timbuktu", "Ibdakan, 40 km north of Kidal", "Dah, near Sokoura": a
    /// place the text locates from the town named next lies within reach of it. A reading
    /// farther away is a namesake (Salem, Oregon): the nearest candidate within reach
    /// replaces it, else the name stays unresolved (and gold-span resolution places it at
    /// the town). Every mention of the name follows.
    fn keep_near(&self, text: &str, items: &[Item], rows: &mut [Option<Row>]) {
        for i in 0..items.len().saturating_sub(1) {
            let (span, key, cands, _) = &items[i];
            let next = items[i + 1].0;
            let Some(gap) = text.get(span.end as usize..next.start as usize) else { continue };
            let Some(reach) = relation_reach(gap) else { continue };
            let (Some(row), Some(anchor)) = (rows[i], rows[i + 1]) else { continue };
            let town = self.gaz.place(anchor);
            if !self.gaz.feature(&town).starts_with("PPL") {
                continue;
            }
            // (Only against a reading abroad: of two readings in one country, the town's may
            // be the namesake.)
            let place = self.gaz.place(row);
            if place.cc == town.cc || resolve::km(&place, &town) <= reach {
                continue;
            }
            let near = cands
                .iter()
                .map(|c| c.0)
                .filter(|&c| resolve::km(&self.gaz.place(c), &town) <= reach)
                .max_by_key(|&c| self.gaz.place(c).population);
            for (j, (_, other, ..)) in items.iter().enumerate() {
                if other == key && rows[j] == Some(row) {
                    rows[j] = near;
                }
            }
        }
    }

    fn toponym(&self, text: &str, span: Span, row: Option<Row>) -> Toponym {
        let name = span.get(text).unwrap_or_default().to_string();
        let Some(p) = row.filter(|&r| (r as usize) < self.gaz.len()).map(|r| self.gaz.place(r))
        else {
            return Toponym {
                span,
                name,
                lat: None,
                lon: None,
                geonameid: None,
                country: None,
                admin1: None,
                feature: None,
            };
        };
        Toponym {
            span,
            name,
            lat: Some(round4(p.lat)),
            lon: Some(round4(p.lon)),
            geonameid: (p.geonameid != 0).then_some(u64::from(p.geonameid)),
            country: self.gaz.country(p.cc).map(|c| c.name.clone()),
            admin1: self.gaz.admin_name(p.admin1).map(str::to_string),
            feature: Some(self.gaz.feature(&p).to_string()),
        }
    }

    /// The location of an event stated in `sentence`, using the document's other toponyms
    /// as context.
    ///
    /// Picks the most specific resolved toponym inside the sentence (a populated place before
    /// a district before a region before a country), or, when the sentence names none, the
    /// document's first populated place. geo_precision is 1 for the place itself, 2 for "near
    /// X" / "outskirts of X" / a district, 3 for a region (placed at its capital) or a country.
    pub fn locate_event(
        &self,
        text: &str,
        sentence: Span,
        toponyms: &[Toponym],
    ) -> Option<EventLocation> {
        let rank = |t: &Toponym| -> Option<u8> {
            let f = t.feature.as_deref()?;
            t.lat?;
            Some(match f {
                f if f.starts_with("PPL") => 0,
                "ADM2" => 1,
                "ADM1" | "RGN" => 2,
                f if f.starts_with("PCL") => 3,
                _ => 4,
            })
        };
        if let Some(loc) = self.locate_with_units(text, sentence, toponyms) {
            return Some(loc);
        }
        // The document's main country (most mentions): a sentence's place in another country
        // is more often a misreading ("Grande Mosque", a namesake abroad) than the event's.
        let main = main_country(toponyms);
        let foreign = |t: &Toponym| main.is_some() && t.country.as_deref() != main;
        let in_sentence = toponyms
            .iter()
            .filter(|t| sentence.contains(t.span))
            .filter_map(|t| rank(t).map(|r| (r, t)))
            .filter(|(r, _)| *r < 4)
            .min_by_key(|(r, t)| (*r, foreign(t), t.span.start));
        let first_place = || {
            toponyms
                .iter()
                .filter(|t| rank(t) == Some(0))
                .min_by_key(|t| (foreign(t), t.span.start))
                .map(|t| (0, t))
        };
        let (_, t) = in_sentence.or_else(first_place)?;
        self.event_location(text, t)
    }

    /// "in Kaygouroutane (Ansongo, Gao)": the place named with its units in parentheses.
    /// The place itself when it resolved inside the unit the parentheses name last; else the
    /// district (its seat), else the region, at geo_precision 2 at least: a village the
    /// gazetteer lacks, or whose only readings lie abroad, is still in that district.
    fn locate_with_units(
        &self,
        text: &str,
        sentence: Span,
        toponyms: &[Toponym],
    ) -> Option<EventLocation> {
        let mut inside: Vec<&Toponym> =
            toponyms.iter().filter(|t| sentence.contains(t.span)).collect();
        inside.sort_by_key(|t| t.span.start);
        let spans: Vec<Span> = inside.iter().map(|t| t.span).collect();
        // The units may follow a mention (a known or misread place) or an unknown name, which
        // then is no mention at all: look for "(" right before a mention too.
        for (j, u) in inside.iter().enumerate() {
            let before = text.get(..u.span.start as usize).unwrap_or("").trim_end_matches(' ');
            if !before.ends_with('(') {
                continue;
            }
            let named = j
                .checked_sub(1)
                .filter(|&i| paren_units(text, &spans, i).is_some_and(|us| us.first() == Some(&j)));
            let units: Vec<usize> = match named {
                Some(i) => paren_units(text, &spans, i).unwrap_or_default(),
                None => {
                    // No mention right before: check the list closes after one or two units.
                    let mut us = vec![j];
                    let after = |k: usize| {
                        text.get(inside[k].span.end as usize..).unwrap_or("").trim_start()
                    };
                    if after(j).starts_with(',')
                        && inside.get(j + 1).is_some()
                        && text
                            .get(u.span.end as usize..inside[j + 1].span.start as usize)
                            .is_some_and(|g| g.trim() == ",")
                    {
                        us.push(j + 1);
                    }
                    if !after(us[us.len() - 1]).starts_with(')') {
                        continue;
                    }
                    us
                }
            };
            let (Some(&last), Some(&first)) = (units.last(), units.first()) else { continue };
            let region = inside[last];
            if region.lat.is_none() {
                continue;
            }
            // Same country is enough for the named place: units get renamed and split
            // ("Menaka (Gao)" is in today's Ménaka region), and resolution already favoured
            // readings inside the named unit.
            let agrees = |t: &Toponym| t.lat.is_some() && t.country == region.country;
            if let Some(place) = named.map(|i| inside[i]).filter(|t| agrees(t)) {
                if let Some(loc) = self.event_location(text, place) {
                    return Some(loc);
                }
            }
            // "between Anefis, Anefis Commune (Kidal, Kidal) and ...": another town of the
            // sentence, written before the units and inside the unit they name.
            let other = inside[..j].iter().find(|t| {
                agrees(t)
                    && t.feature.as_deref().is_some_and(|f| f.starts_with("PPL"))
                    && (region.admin1.is_none() || t.admin1 == region.admin1)
            });
            if let Some(loc) = other.and_then(|t| self.event_location(text, t)) {
                return Some(loc);
            }
            let district = inside[first];
            let unit =
                if units.len() == 2 && district.country == region.country && district.lat.is_some()
                {
                    district
                } else {
                    region
                };
            let mut loc = self.event_location(text, unit)?;
            loc.geo_precision = loc.geo_precision.max(2);
            return Some(loc);
        }
        None
    }

    fn event_location(&self, text: &str, t: &Toponym) -> Option<EventLocation> {
        let gid = t.geonameid;
        let feature = t.feature.as_deref()?;
        // Find the gazetteer row again: by geonameid when there is one, else by name and
        // coordinates (supplement entries carry no id).
        let cands = match self.gaz.lookup(&fold(&t.name)) {
            exact if !exact.is_empty() => exact,
            _ => self.lookup_phrase(&t.name).1,
        };
        let row = cands.iter().map(|c| c.0).find(|&r| {
            let p = &self.gaz.place(r);
            match gid {
                Some(g) => u64::from(p.geonameid) == g && self.gaz.feature(p) == feature,
                None => Some(round4(p.lat)) == t.lat && Some(round4(p.lon)) == t.lon,
            }
        })?;
        let p = self.gaz.place(row);
        let country = self.gaz.country(p.cc)?;
        let before = text.get(..t.span.start as usize).unwrap_or("");
        // On a road named after the place ("the Djibo-Mentao axis", "the Gao road"): near it.
        let near = is_near(before)
            || recognize::names_a_road(text, t.span.start as usize, t.span.end as usize, true);
        let (precision, at, location) = if feature.starts_with("PPL") {
            // The text's spelling ("Chittagong", "Barisal", "Nioro du Sahel"), which ACLED
            // keeps more often than the gazetteer's current official name ("Chattogram",
            // "Barishal"): on the 4,298 dev notes 22 locations became right and 7 wrong (a
            // note's misspelling such as "Ougadougou"). A dateline in capitals takes the
            // gazetteer's name, and so does a text not in English: "Tombouctou" in French is
            // ACLED's "Timbuktu".
            let written = t.name.chars().any(char::is_lowercase) && reads_as_english(text);
            let name = if written { t.name.clone() } else { self.gaz.name(&p).to_string() };
            (if near || p.geonameid == 0 { 2 } else { 1 }, p, name)
        } else if feature == "ADM2" {
            let seat = self.gaz.admin_seat(p.admin2).map(|r| self.gaz.place(r));
            (2, seat.unwrap_or(p), seat.map_or(t.name.clone(), |s| self.gaz.name(&s).to_string()))
        } else if feature == "ADM1" {
            let seat = self.gaz.admin_seat(p.admin1).map(|r| self.gaz.place(r));
            (3, seat.unwrap_or(p), seat.map_or(t.name.clone(), |s| self.gaz.name(&s).to_string()))
        } else if feature == "RGN" {
            // A region without admin status (Darfur, Donbas): its centre, precision 3.
            (3, p, self.gaz.name(&p).to_string())
        } else {
            (3, p, country.name.clone())
        };
        Some(EventLocation {
            country: country.name.clone(),
            iso3: country.iso3.clone(),
            admin1: self.gaz.admin_name(at.admin1).map(str::to_string),
            admin2: self.gaz.admin_name(at.admin2).map(str::to_string),
            location,
            latitude: round4(at.lat),
            longitude: round4(at.lon),
            geo_precision: precision,
            span: t.span,
        })
    }
}

/// True when the start of a text has more English function words than French, Spanish or
/// Portuguese ones (a place's spelling in a text of another language is an exonym; and events
/// are coded from English text only, so the CLI counts the documents that are not).
pub fn reads_as_english(text: &str) -> bool {
    let (mut english, mut other) = (0, 0);
    for word in crate::span::window_after(text, 0, 2000).split(|c: char| !c.is_alphabetic()) {
        match word {
            "the" | "and" | "of" | "in" | "was" | "were" | "by" | "on" | "with" => english += 1,
            "le" | "la" | "les" | "des" | "et" | "dans" | "du" | "el" | "los" | "las" | "y"
            | "em" | "os" | "das" | "una" | "uma" => other += 1,
            _ => {}
        }
    }
    english >= other
}

/// The country most of the resolved places below country level lie in, if one has more
/// than any other. Countries and demonyms do not count: "Belgian peacekeepers wounded in Gao"
/// is about Mali.
fn main_country(toponyms: &[Toponym]) -> Option<&str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let places = toponyms.iter().filter(|t| {
        t.lat.is_some()
            && t.feature.as_deref().is_some_and(|f| f.starts_with("PPL") || f.starts_with("ADM"))
    });
    for c in places.filter_map(|t| t.country.as_deref()) {
        match counts.iter_mut().find(|e| e.0 == c) {
            Some(e) => e.1 += 1,
            None => counts.push((c, 1)),
        }
    }
    counts.sort_by_key(|e| std::cmp::Reverse(e.1));
    match counts.as_slice() {
        [only] => Some(only.0),
        [a, b, ..] if a.1 > b.1 => Some(a.0),
        _ => None,
    }
}

/// "X (A2, A1)" or "X (A1)": the indices of the mentions written in parentheses right after
/// mention `i` and nothing else, the way ACLED and many reports name a small place with its
/// district and region. `spans` are sorted by start.
fn paren_units(text: &str, spans: &[Span], i: usize) -> Option<Vec<usize>> {
    let end = spans.get(i)?.end as usize;
    let rest = text.get(end..)?;
    let open = end + rest.len() - rest.trim_start_matches(' ').len();
    if text.get(open..open + 1) != Some("(") {
        return None;
    }
    let mut units = Vec::new();
    let mut at = open + 1;
    for (j, s) in spans.iter().enumerate().skip(i + 1) {
        let gap = text.get(at..s.start as usize)?;
        let sep = if units.is_empty() { gap.trim().is_empty() } else { gap.trim() == "," };
        if !sep {
            return None;
        }
        units.push(j);
        at = s.end as usize;
        if text.get(at..)?.trim_start_matches(' ').starts_with(')') {
            return (units.len() <= 2).then_some(units);
        }
        if units.len() == 2 {
            return None;
        }
    }
    None
}

/// How far, in km, a place can lie from the town written after it when the text between
/// them locates it from that town: ", near ", ", 40 km north of ", ", north of ", " (near ".
fn relation_reach(gap: &str) -> Option<f64> {
    let g = gap.trim().to_lowercase();
    let g = g.trim_start_matches([',', '(']).trim();
    let g = g.strip_prefix("about ").or_else(|| g.strip_prefix("some ")).unwrap_or(g);
    if g == "near" || g == "just outside" || g == "outside" {
        return Some(100.0);
    }
    // (Longest first: "northeast" before "north".)
    let directions = [
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north",
        "south",
        "east",
        "west",
    ];
    let digits = g.find(|c: char| !c.is_ascii_digit()).unwrap_or(g.len());
    let (distance, rest) = match g.split_at(digits) {
        (n, rest) if !n.is_empty() => {
            let rest = rest.trim_start();
            // ("kms", "kilometres" before "km".)
            let rest = ["kilometers", "kilometres", "kms", "km"]
                .iter()
                .find_map(|u| rest.strip_prefix(u))
                .map(str::trim_start)?;
            (Some(n.parse::<f64>().ok()?), rest)
        }
        _ => (None, g),
    };
    let after_direction = directions.iter().find_map(|d| rest.strip_prefix(d)).map(str::trim_start);
    // A distance or a direction must be stated: "Kidal from Gao" is a journey.
    if distance.is_none() && after_direction.is_none() {
        return None;
    }
    let rest = after_direction.unwrap_or(rest);
    if rest != "of" && rest != "from" {
        return None;
    }
    Some(distance.map_or(300.0, |d| d * 1.5 + 50.0))
}

fn round4(x: f32) -> f64 {
    (f64::from(x) * 10_000.0).round() / 10_000.0
}

/// What the words right around a mention say about its kind.
fn hint_around(text: &str, start: usize, end: usize) -> Hint {
    let after = text.get(end..).unwrap_or("");
    let next: String = after
        .trim_start_matches([' ', '\u{a0}'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if !next.is_empty() && recognize::is_admin_suffix(&next) {
        return Hint::Admin;
    }
    // Only the words just before count: a window of 256 bytes (at a character boundary), so
    // a long document's mentions are not each read against everything before them.
    let mut from = start.saturating_sub(256);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let written = text.get(from..start).unwrap_or("");
    let before = written.to_lowercase();
    let before = before.trim_end();
    if ["city of", "town of", "village of", "capital", "town", "city", "village"]
        .iter()
        .any(|w| before.ends_with(w))
    {
        return Hint::Settlement;
    }
    if ["region of", "province of", "state of", "district of", "governorate of"]
        .iter()
        .any(|w| before.ends_with(w))
    {
        return Hint::Admin;
    }
    // "the states of Texas and Georgia", "the towns of Gao, Ansongo and Menaka": every name of
    // a list after a plural kind word is of that kind.
    // (ASCII lower case keeps every byte where it was: `before` is lower-cased in full.)
    let ascii_lower = written.to_ascii_lowercase();
    // ("western states such as California or Washington", "cities like Gao and Kidal".)
    const UNITS: &[&str] = &["states ", "provinces ", "regions ", "districts ", "governorates "];
    const SETTLEMENTS: &[&str] = &["cities ", "towns ", "villages "];
    const LINKS: &[&str] = &["of ", "such as ", "like ", "including "];
    // True when the last "<kind> <link>" of some link is followed by nothing but capitalised
    // names and "and"/"or" up to the mention. (The kind word is searched for first and no cue
    // string is built: this runs for every mention.)
    let after_kind = |kinds: &[&str]| {
        kinds.iter().any(|kind| {
            let mut seen = [false; LINKS.len()];
            for (at, _) in ascii_lower.rmatch_indices(kind) {
                let rest = &ascii_lower[at + kind.len()..];
                for (l, link) in LINKS.iter().enumerate() {
                    if seen[l] || !rest.starts_with(link) {
                        continue;
                    }
                    seen[l] = true;
                    let Some(between) = written.get(at + kind.len() + link.len()..) else {
                        continue;
                    };
                    let listed = between.len() <= 120
                        && between.split([',', ' ']).filter(|w| !w.is_empty()).all(|w| {
                            w == "and" || w == "or" || w.starts_with(|c: char| c.is_uppercase())
                        });
                    if listed {
                        return true;
                    }
                }
                if seen.iter().all(|&x| x) {
                    break;
                }
            }
            false
        })
    };
    if after_kind(UNITS) {
        return Hint::Admin;
    }
    if after_kind(SETTLEMENTS) {
        return Hint::Settlement;
    }
    Hint::None
}

/// True when the words before a mention put the event near it rather than in it.
fn is_near(before: &str) -> bool {
    let tail: String =
        before.chars().rev().take(48).collect::<Vec<_>>().into_iter().rev().collect();
    let tail = tail.to_lowercase();
    let tail = tail.trim_end().trim_end_matches(" the");
    [
        "near",
        "outskirts of",
        "outside",
        "outside of",
        "close to",
        "vicinity of",
        "km from",
        "kilometres from",
        "kilometers from",
        "miles from",
        "north of",
        "south of",
        "east of",
        "west of",
        "northeast of",
        "northwest of",
        "southeast of",
        "southwest of",
        "around",
        "between",
    ]
    .iter()
    .any(|w| tail.ends_with(w))
}

#[cfg(test)]
mod tests;
