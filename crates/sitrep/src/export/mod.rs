//! Writers for event records: JSON Lines, CSV, ACLED CSV, GeoJSON and Parquet.

mod parquet;

pub use self::parquet::write_parquet;

use crate::events::{ACLED_COLUMNS, EventRecord};
use std::io::Write;

/// Output formats for events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventFormat {
    /// One JSON object a line.
    Jsonl,
    /// CSV with sitrep's field names (spans as a JSON string).
    Csv,
    /// CSV in ACLED's column order.
    AcledCsv,
    /// A GeoJSON FeatureCollection of points (events without coordinates are left out).
    GeoJson,
}

impl std::str::FromStr for EventFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "jsonl" => Ok(EventFormat::Jsonl),
            "csv" => Ok(EventFormat::Csv),
            "acled-csv" => Ok(EventFormat::AcledCsv),
            "geojson" => Ok(EventFormat::GeoJson),
            _ => Err(format!("unknown format {s:?} (jsonl, csv, acled-csv, geojson)")),
        }
    }
}

/// sitrep's own CSV columns, in JSON field order.
pub const CSV_COLUMNS: &[&str] = &[
    "doc_id",
    "event_id",
    "event_date",
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
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "claim_status",
    "claimed_by",
    "sources",
    "notes",
    "cameo_code",
    "plover_type",
    "confidence",
    "spans",
];

/// Streams events to a writer in one format.
pub struct EventWriter<W: Write> {
    out: W,
    format: EventFormat,
    written: u64,
    started: bool,
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A JSON value as one CSV cell: null empty, strings as they are, lists of strings joined
/// with "; " (ACLED's separator), anything else as JSON.
fn csv_cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) if items.iter().all(serde_json::Value::is_string) => {
            items.iter().filter_map(|i| i.as_str()).collect::<Vec<_>>().join("; ")
        }
        other => other.to_string(),
    }
}

fn csv_line(fields: &[String]) -> std::io::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    w.write_record(fields).map_err(std::io::Error::other)?;
    w.into_inner().map_err(|e| std::io::Error::other(e.to_string()))
}

impl<W: Write> EventWriter<W> {
    /// A writer of `format` into `out`.
    pub fn new(out: W, format: EventFormat) -> Self {
        EventWriter { out, format, written: 0, started: false }
    }

    /// Number of events written.
    pub fn written(&self) -> u64 {
        self.written
    }

    fn start(&mut self) -> std::io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        match self.format {
            EventFormat::Jsonl => Ok(()),
            EventFormat::Csv => {
                let header: Vec<String> = CSV_COLUMNS.iter().map(|s| s.to_string()).collect();
                self.out.write_all(&csv_line(&header)?)
            }
            EventFormat::AcledCsv => {
                let header: Vec<String> = ACLED_COLUMNS.iter().map(|s| s.to_string()).collect();
                self.out.write_all(&csv_line(&header)?)
            }
            EventFormat::GeoJson => {
                self.out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")
            }
        }
    }

    /// Writes one event.
    ///
    /// # Errors
    /// When the underlying writer fails.
    pub fn write(&mut self, e: &EventRecord) -> std::io::Result<()> {
        self.start()?;
        match self.format {
            EventFormat::Jsonl => {
                serde_json::to_writer(&mut self.out, e)?;
                self.out.write_all(b"\n")?;
            }
            EventFormat::Csv => {
                // The row is read off the record's own serialisation, so CSV and JSON Lines
                // cannot drift apart.
                let value = serde_json::to_value(e)?;
                let row: Vec<String> = CSV_COLUMNS.iter().map(|c| csv_cell(&value[*c])).collect();
                self.out.write_all(&csv_line(&row)?)?;
            }
            EventFormat::AcledCsv => {
                let year =
                    e.event_date.as_deref().and_then(|d| d.get(..4)).unwrap_or("").to_string();
                let row = vec![
                    e.event_id.clone(),
                    opt(&e.event_date),
                    year,
                    opt(&e.time_precision),
                    opt(&e.disorder_type),
                    opt(&e.event_type),
                    opt(&e.sub_event_type),
                    opt(&e.actor1),
                    opt(&e.assoc_actor_1),
                    opt(&e.inter1),
                    opt(&e.actor2),
                    opt(&e.assoc_actor_2),
                    opt(&e.inter2),
                    opt(&e.interaction),
                    opt(&e.civilian_targeting),
                    String::new(),
                    String::new(),
                    opt(&e.country),
                    opt(&e.admin1),
                    opt(&e.admin2),
                    String::new(),
                    opt(&e.location),
                    opt(&e.latitude),
                    opt(&e.longitude),
                    opt(&e.geo_precision),
                    e.sources.join("; "),
                    String::new(),
                    e.notes.clone(),
                    e.fatalities.to_string(),
                    String::new(),
                    String::new(),
                ];
                self.out.write_all(&csv_line(&row)?)?;
            }
            EventFormat::GeoJson => {
                let (Some(lat), Some(lon)) = (e.latitude, e.longitude) else { return Ok(()) };
                let feature = serde_json::json!({
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": e,
                });
                if self.written > 0 {
                    self.out.write_all(b",\n")?;
                }
                serde_json::to_writer(&mut self.out, &feature)?;
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Ends the output (closes the GeoJSON collection; writes a CSV header when no event came).
    ///
    /// # Errors
    /// When the underlying writer fails.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.start()?;
        if self.format == EventFormat::GeoJson {
            self.out.write_all(b"\n]}\n")?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::EvidenceSpan;

    fn sample() -> EventRecord {
        EventRecord {
            doc_id: "d1".into(),
            event_id: "d1-0".into(),
            event_date: Some("2023-11-14".into()),
            time_precision: Some(1),
            disorder_type: Some("Political violence".into()),
            event_type: Some("Battles".into()),
            sub_event_type: Some("Government regains territory".into()),
            actor1: Some("Military Forces of Mali (2021-)".into()),
            assoc_actor_1: None,
            inter1: Some(1),
            actor2: Some("Tuareg rebels".into()),
            assoc_actor_2: None,
            inter2: Some(2),
            interaction: Some(12),
            civilian_targeting: None,
            country: Some("Mali".into()),
            iso3: Some("MLI".into()),
            admin1: Some("Kidal".into()),
            admin2: Some("Kidal".into()),
            location: Some("Kidal".into()),
            latitude: Some(18.441),
            longitude: Some(1.408),
            geo_precision: Some(1),
            fatalities: 10,
            claim_status: "unconfirmed".into(),
            claimed_by: None,
            sources: vec!["Agence France Presse".into(), "Reuters".into()],
            notes: "On 14 November 2023, the army retook Kidal, \"many\" killed.".into(),
            cameo_code: Some("190".into()),
            plover_type: Some("ASSAULT".into()),
            confidence: 0.8,
            spans: vec![EvidenceSpan { start: 0, end: 5, role: "trigger".into() }],
        }
    }

    fn render(format: EventFormat, events: &[EventRecord]) -> String {
        let mut w = EventWriter::new(Vec::new(), format);
        for e in events {
            w.write(e).unwrap();
        }
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn jsonl_round_trips() {
        let out = render(EventFormat::Jsonl, &[sample()]);
        let back: EventRecord = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(back, sample());
    }

    #[test]
    fn acled_csv_has_acled_columns_in_order() {
        let out = render(EventFormat::AcledCsv, &[sample()]);
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
        assert_eq!(headers, ACLED_COLUMNS);
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(&row[5], "Battles");
        assert_eq!(&row[25], "Agence France Presse; Reuters");
        assert_eq!(&row[2], "2023");
    }

    #[test]
    fn csv_columns_are_the_record_fields() {
        let value = serde_json::to_value(sample()).unwrap();
        let fields: Vec<&String> = value.as_object().unwrap().keys().collect();
        for c in CSV_COLUMNS {
            assert!(value.get(c).is_some(), "{c} is not a record field");
        }
        assert_eq!(fields.len(), CSV_COLUMNS.len(), "every record field has a CSV column");
    }

    #[test]
    fn csv_and_geojson_parse() {
        let out = render(EventFormat::Csv, &[sample(), sample()]);
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let headers = r.headers().unwrap().clone();
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
        assert_eq!(rows.len(), 2);
        let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
        assert_eq!(&rows[0][col("sources")], "Agence France Presse; Reuters");
        assert_eq!(&rows[0][col("fatalities")], "10");
        assert_eq!(&rows[0][col("assoc_actor_1")], "");
        assert!(rows[0][col("spans")].starts_with("[{"));
        let geo = render(EventFormat::GeoJson, &[sample(), sample()]);
        let v: serde_json::Value = serde_json::from_str(&geo).unwrap();
        assert_eq!(v["features"].as_array().unwrap().len(), 2);
        assert_eq!(v["features"][0]["geometry"]["coordinates"][0], 1.408);
        let empty: serde_json::Value =
            serde_json::from_str(&render(EventFormat::GeoJson, &[])).unwrap();
        assert_eq!(empty["features"].as_array().unwrap().len(), 0);
    }
}
