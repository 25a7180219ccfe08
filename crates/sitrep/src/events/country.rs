//! The country model: which country a text is about when it names none.
//!
//! Notes and short reports often name only a village, a department and generic actors
//! ("2 individuals abducted by unknown gunmen this morning in Kourfadji (Nassoumbou)"). A
//! reader knows the country from the shape of the names, the institutions and the groups
//! ("Koglweogo", "subprefect", "-ogo", "-bougou"), as Mordecai's country model did from word
//! vectors. This is the same linear classifier as the event types' ([`Classifier`]), trained
//! on texts labelled with their country (`sitrep train-countries`, see
//! `tools/train_countries.sh`): ACLED, UCDP and IndiaPoliceEvents records and the geoparsing
//! corpora, countries with few texts pooled as [`ELSEWHERE`]. The coder asks it only when
//! the text gives no country itself, and trusts it only above a confidence threshold.
//!
//! The model is embedded (`data/models/countries.tsv.gz`) and loaded on first use, so runs
//! over texts that name their country never pay for it; `SITREP_COUNTRY_MODEL=PATH` loads
//! another one (held-out evaluation).

use super::classify::Classifier;
use crate::geocode::Geoparser;
use std::sync::OnceLock;

/// The class of texts about countries the model has too few texts of.
pub const ELSEWHERE: &str = "~elsewhere";

const EMBEDDED_MODEL: &[u8] = include_bytes!("../../../../data/models/countries.tsv.gz");

/// The country model, loaded once.
///
/// # Errors
/// When `SITREP_COUNTRY_MODEL` names a missing or corrupt file (the embedded model is
/// checked by the tests).
pub fn model() -> crate::Result<&'static Classifier> {
    static MODEL: OnceLock<Result<Classifier, (String, String)>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            let loaded = match std::env::var_os("SITREP_COUNTRY_MODEL") {
                Some(path) => {
                    let name = path.to_string_lossy().to_string();
                    std::fs::read(&path)
                        .map_err(|e| crate::Error::new(name.clone(), crate::ErrorKind::Io(e)))
                        .and_then(|bytes| Classifier::load(&name, &bytes))
                }
                None => Classifier::load("data/models/countries.tsv.gz (embedded)", EMBEDDED_MODEL),
            };
            // The error is kept as text: every later call reports the same failure.
            loaded.map_err(|e| (e.input().to_string(), e.kind().to_string()))
        })
        .as_ref()
        .map_err(|(input, msg)| {
            crate::Error::new(input.clone(), crate::ErrorKind::Data(msg.clone()))
        })
}

/// The names of a text, the only words the country model reads: capitalised words, except a
/// word capitalised only because it starts a sentence ("Protesters marched ..."). What a text is about (a protest over wages) says nothing of where it happened, and a
/// model that read it would take any short protest report for Burkina Faso, whose oldest
/// ACLED notes are such reports; names ("Kourfadji", "Koglweogo", "JNIM") do.
pub fn names_of(geoparser: &Geoparser, text: &str) -> String {
    let mut out = String::new();
    let mut sentence_start = true;
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let starts = sentence_start;
        sentence_start = token.ends_with(['.', '!', '?', ':']);
        if !word.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        // A sentence's first word is kept when it is an acronym or a name the gazetteer
        // knows ("JNIM", "Kidal"); any other name also written inside a sentence is kept there.
        let acronym = word.chars().filter(|c| c.is_uppercase()).count() > 1;
        let place = geoparser.knows(word) && !geoparser.is_common_word(word);
        if starts && !(acronym || place) {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The country model's reading of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct TextCountry {
    /// The ISO3 code of the country the text is most likely about.
    pub iso3: String,
    /// Its probability.
    pub p: f32,
    /// Whether the model read a name it knows as a word (not a common English word nor a
    /// date): without one, the reading rests on the letters of names it never saw
    /// ("Shopian" looks Mexican to a model that saw no Kashmir), a weaker sign than a
    /// gazetteer place of that name.
    pub knows_a_name: bool,
}

/// The country a text is most likely about, read from its names; `None` when the text has
/// no names or the best guess is [`ELSEWHERE`].
pub fn country_of_text(
    model: &Classifier,
    geoparser: &Geoparser,
    text: &str,
) -> Option<TextCountry> {
    let names = names_of(geoparser, text);
    let mut names_not_dates =
        names.split(' ').filter(|w| !w.is_empty() && !crate::mentions::dates::is_calendar_word(w));
    // Dates alone ("On March 14, striking teachers ...") say nothing of where.
    names_not_dates.clone().next()?;
    let (iso3, p) = model.predict(&names).into_iter().next()?;
    let knows_a_name = names_not_dates.any(|w| model.knows_word(w) && !geoparser.is_common_word(w));
    (iso3 != ELSEWHERE).then_some(TextCountry { iso3, p, knows_a_name })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_loads_and_reads_the_shape_of_a_note() {
        let m = model().expect("embedded country model");
        let g = Geoparser::load().unwrap();
        // Villages, a department and generic actors only: a Burkina Faso note.
        let read = country_of_text(
            m,
            &g,
            "Koglweogo members abducted 2 individuals this morning in Kourfadji (Nassoumbou).",
        )
        .expect("a country");
        assert_eq!(read.iso3, "BFA");
        assert!(read.p > 0.5, "{}", read.p);
        // "Koglweogo" is a word the model kept.
        assert!(read.knows_a_name);
    }

    #[test]
    fn a_text_without_names_gets_no_country() {
        let m = model().expect("embedded country model");
        let g = Geoparser::load().unwrap();
        assert!(m.classes().iter().any(|c| c == ELSEWHERE));
        assert_eq!(names_of(&g, "Thousands marched in protest of high cost of living."), "");
        assert_eq!(
            country_of_text(m, &g, "Thousands marched in protest of high cost of living."),
            None
        );
        // Dates are no names of a place.
        assert_eq!(
            country_of_text(m, &g, "On March 14, striking teachers staged a sit-in on Sunday."),
            None
        );
        assert_eq!(
            names_of(&g, "Protesters marched in Kourfadji. JNIM denied it."),
            "Kourfadji JNIM"
        );
    }
}
