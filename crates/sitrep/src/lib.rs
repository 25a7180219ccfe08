//! sitrep turns raw news into ACLED-style, geolocated records of political violence and
//! protest events, with the exact text spans every field came from.
//!
//! # Overview
//! The pipeline runs stage by stage, each a plain function over typed values:
//!
//! 1. [`ingest`]: files, directories, stdin, gzip, JSON Lines, WARC and feeds to
//!    [`ingest::RawDocument`]s, one at a time.
//! 2. [`extract`]: article text, metadata and source lines to a [`Document`].
//! 3. [`segment`]: sentences and tokens with byte offsets.
//! 4. [`geocode`]: toponyms and event locations.
//! 5. [`events`]: ACLED-style [`events::EventRecord`]s.
//! 6. [`export`]: JSON Lines, CSV, ACLED CSV, GeoJSON.
//!
//! ```
//! use sitrep::ingest::{Body, RawDocument};
//! let raw = RawDocument {
//!     input: "example".into(), id: None, url: None, source: None, published: None,
//!     title: None, extra: Default::default(),
//!     body: Body::Text("We use cookies to improve your experience.\n\
//!         Gunmen attacked a market in Gao on Sunday.\n\
//!         Some information in this report was taken from Reuters".into()),
//! };
//! let doc = sitrep::extract::article(raw, &Default::default());
//! assert_eq!(doc.text, "Gunmen attacked a market in Gao on Sunday.");
//! assert_eq!(doc.sources, vec!["Reuters"]);
//! ```

#![warn(missing_docs)]

pub mod document;
pub mod error;
pub mod events;
pub mod export;
pub mod extract;
pub mod geocode;
pub mod html;
pub mod ingest;
pub mod mentions;
pub mod segment;
pub mod span;
pub mod store;

pub use document::{DocId, Document};
pub use error::{Error, ErrorKind, Result};
pub use span::{OffsetMap, Span};
