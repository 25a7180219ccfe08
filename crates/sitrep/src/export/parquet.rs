//! Parquet export (arrow-rs): one row per event, ACLED's fields as typed columns.

use crate::events::EventRecord;
use arrow_array::builder::{
    Date32Builder, Float32Builder, Float64Builder, Int32Builder, Int64Builder, StringBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use std::io::Write;
use std::sync::Arc;

const STRING_COLUMNS: &[&str] = &[
    "doc_id",
    "event_id",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "civilian_targeting",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "claim_status",
    "claimed_by",
    "sources",
    "notes",
    "cameo_code",
    "plover_type",
    "spans",
];

fn strings(e: &EventRecord) -> [Option<String>; 22] {
    [
        Some(e.doc_id.clone()),
        Some(e.event_id.clone()),
        e.disorder_type.clone(),
        e.event_type.clone(),
        e.sub_event_type.clone(),
        e.actor1.clone(),
        e.assoc_actor_1.clone(),
        e.actor2.clone(),
        e.assoc_actor_2.clone(),
        e.civilian_targeting.clone(),
        e.country.clone(),
        e.iso3.clone(),
        e.admin1.clone(),
        e.admin2.clone(),
        e.location.clone(),
        Some(e.claim_status.clone()),
        e.claimed_by.clone(),
        Some(e.sources.join("; ")),
        Some(e.notes.clone()),
        e.cameo_code.clone(),
        e.plover_type.clone(),
        serde_json::to_string(&e.spans).ok(),
    ]
}

/// Writes events as one Parquet file (zstd-compressed).
///
/// # Errors
/// When Arrow or Parquet encoding or the writer fails.
pub fn write_parquet(
    events: &[EventRecord],
    out: impl Write + Send,
) -> Result<(), parquet::errors::ParquetError> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    let mut fields = vec![Field::new("event_date", DataType::Date32, true)];
    let mut date = Date32Builder::new();
    let (mut time_precision, mut inter1, mut inter2, mut interaction, mut geo_precision) = (
        Int32Builder::new(),
        Int32Builder::new(),
        Int32Builder::new(),
        Int32Builder::new(),
        Int32Builder::new(),
    );
    let (mut lat, mut lon) = (Float64Builder::new(), Float64Builder::new());
    let mut fatalities = Int64Builder::new();
    let mut confidence = Float32Builder::new();
    let mut text: Vec<StringBuilder> =
        STRING_COLUMNS.iter().map(|_| StringBuilder::new()).collect();
    for e in events {
        let d = e.event_date.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        date.append_option(d.map(|d| (d - epoch).num_days() as i32));
        time_precision.append_option(e.time_precision.map(i32::from));
        inter1.append_option(e.inter1.map(i32::from));
        inter2.append_option(e.inter2.map(i32::from));
        interaction.append_option(e.interaction.map(i32::from));
        geo_precision.append_option(e.geo_precision.map(i32::from));
        lat.append_option(e.latitude);
        lon.append_option(e.longitude);
        fatalities.append_value(i64::from(e.fatalities));
        confidence.append_value(e.confidence);
        for (b, v) in text.iter_mut().zip(strings(e)) {
            b.append_option(v);
        }
    }
    let mut columns: Vec<ArrayRef> = vec![Arc::new(date.finish())];
    for (name, b) in [
        ("time_precision", &mut time_precision),
        ("inter1", &mut inter1),
        ("inter2", &mut inter2),
        ("interaction", &mut interaction),
        ("geo_precision", &mut geo_precision),
    ] {
        fields.push(Field::new(name, DataType::Int32, true));
        columns.push(Arc::new(b.finish()));
    }
    fields.push(Field::new("latitude", DataType::Float64, true));
    columns.push(Arc::new(lat.finish()));
    fields.push(Field::new("longitude", DataType::Float64, true));
    columns.push(Arc::new(lon.finish()));
    fields.push(Field::new("fatalities", DataType::Int64, false));
    columns.push(Arc::new(fatalities.finish()));
    fields.push(Field::new("confidence", DataType::Float32, false));
    columns.push(Arc::new(confidence.finish()));
    for (name, mut b) in STRING_COLUMNS.iter().zip(text) {
        fields.push(Field::new(*name, DataType::Utf8, true));
        columns.push(Arc::new(b.finish()));
    }
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema.clone(), columns)?;
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .build();
    let mut writer = ArrowWriter::try_new(out, schema, Some(props))?;
    writer.write(&batch)?;
    writer.close()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    #[test]
    fn parquet_reads_back() {
        let e: EventRecord = serde_json::from_str(
            r#"{"doc_id":"d","event_id":"d-0","event_date":"2023-11-14","time_precision":1,
            "disorder_type":"Political violence","event_type":"Battles","sub_event_type":"Armed clash",
            "actor1":"Military Forces of Mali (2021-)","assoc_actor_1":null,"inter1":1,"actor2":null,"assoc_actor_2":null,
            "inter2":null,"interaction":10,"civilian_targeting":null,"country":"Mali","iso3":"MLI",
            "admin1":"Kidal","admin2":null,"location":"Kidal","latitude":18.44,"longitude":1.41,
            "geo_precision":1,"fatalities":10,"claim_status":"unconfirmed","claimed_by":null,
            "sources":["AFP","Reuters"],"notes":"n","cameo_code":"192","plover_type":"ASSAULT","confidence":0.5,"spans":[]}"#,
        )
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.parquet");
        write_parquet(&[e.clone(), e], std::fs::File::create(&path).unwrap()).unwrap();
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), 2);
        let row = reader.get_row_iter(None).unwrap().next().unwrap().unwrap();
        let shown = row.to_string();
        assert!(shown.contains("event_date: 2023-11-14"), "{shown}");
        assert!(shown.contains("actor1: \"Military Forces of Mali (2021-)\""), "{shown}");
        assert!(shown.contains("fatalities: 10"), "{shown}");
    }
}
