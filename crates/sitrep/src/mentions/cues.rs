//! Country cues: names that belong to one country (political parties, legislatures,
//! national security agencies, single-country armed groups and movements), read as evidence
//! of a report's country when it names no country and no place that resolves: "AIADMK
//! members protested against a newspaper" is an Indian protest.
//!
//! The list is data (`data/actors/country_cues.tsv`): ISO3, kind, aliases matched
//! case-sensitively on word boundaries.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

use super::actors::{data_lines, is_word_boundary, whole_word_matches};
use crate::span::Span;

/// The cue list, loaded once.
pub struct CountryCues {
    matcher: AhoCorasick,
    /// ISO3 of each pattern, in pattern order.
    iso3: Vec<String>,
}

/// A cue found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryCue<'a> {
    /// ISO3 of the cue's country.
    pub iso3: &'a str,
    /// Where the cue is written.
    pub span: Span,
}

impl CountryCues {
    /// The cues built from the bundled data file.
    pub fn get() -> &'static CountryCues {
        static CUES: OnceLock<CountryCues> = OnceLock::new();
        CUES.get_or_init(|| {
            CountryCues::build(include_str!("../../../../data/actors/country_cues.tsv"))
        })
    }

    /// Builds the cues from the text of the data file. Malformed rows are skipped (a data
    /// test checks that none are).
    pub fn build(data: &str) -> CountryCues {
        let mut patterns = Vec::new();
        let mut iso3 = Vec::new();
        for line in data_lines(data) {
            let mut fields = line.split('\t');
            let (Some(code), Some(_kind), Some(aliases)) =
                (fields.next().map(str::trim), fields.next(), fields.next())
            else {
                continue;
            };
            if code.len() != 3 {
                continue;
            }
            for alias in aliases.split('|').map(str::trim).filter(|a| !a.is_empty()) {
                patterns.push(alias.to_string());
                iso3.push(code.to_string());
            }
        }
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .unwrap_or_else(|_| {
                AhoCorasick::new(Vec::<String>::new()).expect("empty automaton builds")
            });
        CountryCues { matcher, iso3 }
    }

    /// The cues written in a text, in text order (whole words only: "BJP" but not "BJPs"
    /// inside a longer word; a plural "s" is allowed).
    pub fn find<'a>(&'a self, text: &str) -> Vec<CountryCue<'a>> {
        whole_word_matches(&self.matcher, text, |m| {
            let end = if text[m.end()..].starts_with('s') { m.end() + 1 } else { m.end() };
            is_word_boundary(text, m.start(), m.end()) || is_word_boundary(text, m.start(), end)
        })
        .map(|m| CountryCue {
            iso3: self.iso3[m.pattern().as_usize()].as_str(),
            span: Span::new(m.start(), m.end()),
        })
        .collect()
    }

    /// The country (ISO3) the text's cues name, when they name one only.
    pub fn country_in(&self, text: &str) -> Option<&str> {
        let found = self.find(text);
        let first = found.first()?.iso3;
        found.iter().all(|c| c.iso3 == first).then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA: &str = "# test\nIND\tparty\tBharatiya Janata Party|BJP\n\
                        BGD\tparty\tBangladesh Nationalist Party|BNP\nbad row\n";

    #[test]
    fn cues_are_whole_case_sensitive_words() {
        let cues = CountryCues::build(DATA);
        let t = "BJP activists protested in the city.";
        assert_eq!(cues.country_in(t), Some("IND"));
        assert_eq!(cues.find(t)[0].span, Span::new(0, 3));
        // Inside a longer word, or in lower case, is no cue.
        assert_eq!(cues.country_in("The BJPX and bjp."), None);
        // A plural is.
        assert_eq!(cues.country_in("BNPs rallied."), Some("BGD"));
        // Two countries' cues: no single country.
        assert_eq!(cues.country_in("BJP and BNP leaders met."), None);
    }

    #[test]
    fn the_bundled_list_parses_whole() {
        let data = include_str!("../../../../data/actors/country_cues.tsv");
        let mut seen = std::collections::HashSet::new();
        for line in data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 3, "row {line:?}");
            assert_eq!(f[0].len(), 3, "ISO3 of {line:?}");
            for alias in f[2].split('|') {
                assert!(alias.trim().len() >= 3, "alias {alias:?} in {line:?}");
                assert!(seen.insert(alias.trim()), "alias {alias:?} listed twice");
            }
        }
        assert!(seen.len() > 100);
        // Every ISO3 is a country the gazetteer knows.
        let gp = crate::geocode::Geoparser::load().unwrap();
        for line in data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let code = line.split('\t').next().unwrap();
            assert!(gp.country_of_iso3(code).is_some(), "unknown ISO3 {code}");
        }
    }
}
