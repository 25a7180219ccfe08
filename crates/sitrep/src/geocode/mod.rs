//! Places: an embedded gazetteer, toponym recognition and resolution.
//!
//! Input: article text. Output: [`Toponym`]s (span + resolved place) and, for an event, an
//! [`EventLocation`] with ACLED's geo_precision.

use crate::span::Span;
use serde::Serialize;

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

/// Finds and resolves place mentions. Load once, use for every document.
#[derive(Debug, Default)]
pub struct Geoparser {}

impl Geoparser {
    /// Loads the embedded gazetteer.
    ///
    /// # Errors
    /// When the gazetteer data is corrupt.
    pub fn load() -> crate::Result<Geoparser> {
        Ok(Geoparser {})
    }

    /// Finds and resolves the toponyms of a text.
    pub fn geoparse(&self, _text: &str) -> Vec<Toponym> {
        Vec::new()
    }

    /// Resolves given spans (gold toponym spans) in a text.
    pub fn resolve_spans(&self, text: &str, spans: &[Span]) -> Vec<Toponym> {
        spans
            .iter()
            .map(|&span| Toponym {
                span,
                name: span.get(text).unwrap_or_default().to_string(),
                lat: None,
                lon: None,
                geonameid: None,
                country: None,
                admin1: None,
                feature: None,
            })
            .collect()
    }

    /// The location of an event stated in `sentence`, using the document's other toponyms
    /// as context.
    pub fn locate_event(
        &self,
        _text: &str,
        _sentence: Span,
        _toponyms: &[Toponym],
    ) -> Option<EventLocation> {
        None
    }
}
