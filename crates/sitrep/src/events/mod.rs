//! Events: ACLED-style records coded from a document's sentences.
//!
//! The record shape ([`EventRecord`]) is a contract: its JSON field names are what outside
//! checks read. The coder fills it from mentions (actors, places, dates, numbers) found in
//! the sentences that report news, skipping background history, quotes and calls.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A span of the article text and the field it supports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceSpan {
    /// First byte (UTF-8 offset into the article text).
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// What the span supports: trigger, actor1, actor2, location, date, fatalities, claim,
    /// sentence.
    pub role: String,
}

impl EvidenceSpan {
    /// Evidence for `role` at `span`.
    pub fn new(span: Span, role: &str) -> EvidenceSpan {
        EvidenceSpan { start: span.start, end: span.end, role: role.to_string() }
    }
}

/// One event in ACLED's fields plus CAMEO/PLOVER codes, confidence and provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Document the event was coded from.
    pub doc_id: String,
    /// Stable id: document id + index of the event in it.
    pub event_id: String,
    /// ISO date (YYYY-MM-DD).
    pub event_date: Option<String>,
    /// 1 day, 2 week, 3 month or longer.
    pub time_precision: Option<u8>,
    /// Political violence, Demonstrations, Strategic developments.
    pub disorder_type: Option<String>,
    /// One of ACLED's 6 event types.
    pub event_type: Option<String>,
    /// One of ACLED's 25 sub-event types.
    pub sub_event_type: Option<String>,
    /// Primary actor, ACLED naming.
    pub actor1: Option<String>,
    /// Actors associated with actor1.
    pub assoc_actor_1: Option<String>,
    /// Inter code of actor1 (1-8).
    pub inter1: Option<u8>,
    /// Second actor.
    pub actor2: Option<String>,
    /// Actors associated with actor2.
    pub assoc_actor_2: Option<String>,
    /// Inter code of actor2 (0-8).
    pub inter2: Option<u8>,
    /// Interaction code (inter1 * 10 + inter2, smaller first).
    pub interaction: Option<u8>,
    /// "Civilian targeting" when civilians were the target.
    pub civilian_targeting: Option<String>,
    /// Country name.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-3.
    pub iso3: Option<String>,
    /// First-level admin unit.
    pub admin1: Option<String>,
    /// Second-level admin unit.
    pub admin2: Option<String>,
    /// Location name.
    pub location: Option<String>,
    /// Latitude.
    pub latitude: Option<f64>,
    /// Longitude.
    pub longitude: Option<f64>,
    /// ACLED geo_precision (1-3).
    pub geo_precision: Option<u8>,
    /// Reported fatalities (ACLED's conservative rules).
    pub fatalities: u32,
    /// reported, claimed, unconfirmed, denied, conflicting.
    pub claim_status: String,
    /// The actor whose statement the report relays ("Mali's army said ..."), if any.
    pub claimed_by: Option<String>,
    /// Publisher and credited agencies.
    pub sources: Vec<String>,
    /// One-sentence summary in ACLED's style.
    pub notes: String,
    /// CAMEO event code.
    pub cameo_code: Option<String>,
    /// PLOVER event type.
    pub plover_type: Option<String>,
    /// Confidence in the coding, 0-1.
    pub confidence: f32,
    /// Evidence spans (UTF-8 byte offsets into the article text).
    pub spans: Vec<EvidenceSpan>,
}

/// ACLED's column order for `--format acled-csv`, with sitrep's own columns after it.
pub const ACLED_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

pub mod classify;
mod coder;
pub mod country;
pub mod taxonomy;

pub use coder::EventCoder;
