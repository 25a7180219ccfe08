//! Mentions: actors, dates and fatality counts found in sentences, with their spans.

pub mod actors;
pub mod cues;
pub mod dates;
pub mod fatalities;
