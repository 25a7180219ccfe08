//! The store: a SQLite database of documents, events, per-report mentions and sources.
//!
//! Ingest is idempotent (a document id already stored is skipped) and documents are written
//! in transactions of whole documents ([`Store::ingest_batch`]), so a run killed half-way
//! and started again ends in the state of one clean run. Syndicated copies (MinHash Jaccard estimate at least 0.8, or the same article text)
//! are linked to the first copy and add their sources to its events instead of new events.
//! Reports of the same event from different documents merge into one event
//! ([`merge::same_event`]), each merge with its reason.

pub mod merge;
pub mod minhash;

use crate::Document;
use crate::document::content_id;
use crate::error::{Error, ErrorKind, Result};
use crate::events::EventRecord;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use std::path::Path;

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/001_init.sql"),
    include_str!("../../migrations/002_compact_events.sql"),
];

/// What ingesting one document did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IngestReport {
    /// False when the document was already stored (nothing written).
    pub stored: bool,
    /// The earlier document this one copies, if any.
    pub duplicate_of: Option<String>,
    /// Events created.
    pub new_events: usize,
    /// Reports merged into existing events.
    pub merged: usize,
    /// Events of a copy that matched no event of the original (not stored as events).
    pub unmatched_copies: usize,
}

/// Filters for [`Store::query`].
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Country name.
    pub country: Option<String>,
    /// Admin-1 name.
    pub admin1: Option<String>,
    /// First day (YYYY-MM-DD), inclusive.
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD), inclusive.
    pub to: Option<String>,
    /// ACLED event type.
    pub event_type: Option<String>,
    /// Substring of actor 1 or actor 2.
    pub actor: Option<String>,
    /// min_lon, min_lat, max_lon, max_lat.
    pub bbox: Option<[f64; 4]>,
}

/// Counts for `sitrep stats`.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Stats {
    /// Documents stored (copies included).
    pub documents: u64,
    /// Documents that copy another.
    pub duplicates: u64,
    /// Events.
    pub events: u64,
    /// Mentions (reports of events).
    pub mentions: u64,
    /// Events by country.
    pub by_country: Vec<(String, u64)>,
    /// Events by event type.
    pub by_event_type: Vec<(String, u64)>,
    /// Events by month (YYYY-MM).
    pub by_month: Vec<(String, u64)>,
    /// Events by source.
    pub by_source: Vec<(String, u64)>,
}

/// An open store.
pub struct Store {
    conn: Connection,
    name: String,
}

fn db_error(name: &str, e: impl std::fmt::Display) -> Error {
    Error::new(name.to_string(), ErrorKind::Data(format!("database: {e}")))
}

fn to_json(e: &EventRecord) -> String {
    serde_json::to_string(e).unwrap_or_default()
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// # Errors
    /// When the file cannot be opened or is not a sitrep database.
    pub fn open(path: &Path) -> Result<Store> {
        let name = path.display().to_string();
        let conn = Connection::open(path).map_err(|e| db_error(&name, e))?;
        // First: switching to WAL and migrating take locks another process may hold.
        conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(|e| db_error(&name, e))?;
        // Switching to WAL needs the file to itself, and SQLite answers "busy" at once rather
        // than through the busy handler while another process opens the same new file: retry.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            match conn.pragma_update(None, "journal_mode", "WAL") {
                Ok(()) => break,
                Err(rusqlite::Error::SqliteFailure(f, _))
                    if f.code == rusqlite::ErrorCode::DatabaseBusy
                        && std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                Err(e) => return Err(db_error(&name, e)),
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(|e| db_error(&name, e))?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(|e| db_error(&name, e))?;
        // Every document is its own transaction: without a large page cache each one
        // re-reads the index pages from the OS (measured: 21% of ingest time in read copies).
        conn.pragma_update(None, "cache_size", -131_072).map_err(|e| db_error(&name, e))?;
        conn.pragma_update(None, "mmap_size", 1_i64 << 30).map_err(|e| db_error(&name, e))?;
        let read_version = |conn: &Connection| -> Result<i64> {
            let version: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .map_err(|e| db_error(&name, e))?;
            if version > MIGRATIONS.len() as i64 {
                return Err(db_error(
                    &name,
                    format!(
                        "schema version {version} is newer than this sitrep knows ({})",
                        MIGRATIONS.len()
                    ),
                ));
            }
            Ok(version)
        };
        if (read_version(&conn)? as usize) < MIGRATIONS.len() {
            // Migrations rebuild tables that others reference (events): foreign keys are
            // off while they run (the pragma is ignored inside a transaction) and checked
            // after.
            conn.pragma_update(None, "foreign_keys", "OFF").map_err(|e| db_error(&name, e))?;
            // One write transaction takes the lock before the version is read again: two
            // processes opening a new database at once (an ingest, and `stats` polling it)
            // must not both run migration 1; the second waits, then finds nothing to do.
            conn.execute_batch("BEGIN IMMEDIATE").map_err(|e| db_error(&name, e))?;
            let migrated = (|| -> Result<()> {
                let version = read_version(&conn)?;
                if version as usize >= MIGRATIONS.len() {
                    // Another process migrated it while this one waited for the lock.
                    return Ok(());
                }
                for (i, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
                    conn.execute_batch(&format!("{sql}; PRAGMA user_version = {};", i + 1))
                        .map_err(|e| db_error(&name, format!("migration {}: {e}", i + 1)))?;
                }
                let broken: Option<String> = conn
                    .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
                    .optional()
                    .map_err(|e| db_error(&name, e))?;
                if let Some(table) = broken {
                    return Err(db_error(&name, format!("dangling reference in table {table}")));
                }
                Ok(())
            })();
            let end = if migrated.is_ok() { "COMMIT" } else { "ROLLBACK" };
            let ended = conn.execute_batch(end).map_err(|e| db_error(&name, e));
            migrated?;
            ended?;
            conn.pragma_update(None, "foreign_keys", "ON").map_err(|e| db_error(&name, e))?;
        }
        Ok(Store { conn, name })
    }

    fn err(&self, e: impl std::fmt::Display) -> Error {
        db_error(&self.name, e)
    }

    /// Stores a document and its events in one transaction.
    ///
    /// # Errors
    /// On database errors (the transaction is rolled back: nothing of the document stays).
    pub fn ingest(&mut self, doc: &Document, events: &[EventRecord]) -> Result<IngestReport> {
        let mut reports =
            self.ingest_batch(std::slice::from_ref(&(doc.clone(), events.to_vec())))?;
        Ok(reports.pop().unwrap_or_default())
    }

    /// Stores documents and their events, in order, in one transaction: the same result as
    /// ingesting them one by one, with one commit instead of many. A run killed during the
    /// batch leaves none of it, and the next run stores the whole batch again.
    ///
    /// # Errors
    /// On database errors, naming the document (the transaction is rolled back: nothing of
    /// the batch stays).
    pub fn ingest_batch(
        &mut self,
        docs: &[(Document, Vec<EventRecord>)],
    ) -> Result<Vec<IngestReport>> {
        let name = self.name.clone();
        let tx = self.conn.transaction().map_err(|e| db_error(&name, e))?;
        // An event renamed by a merge changes the id its mentions point to: the references
        // are consistent again by the end of the statement group, checked at commit.
        tx.pragma_update(None, "defer_foreign_keys", "ON").map_err(|e| db_error(&name, e))?;
        let mut reports = Vec::with_capacity(docs.len());
        for (doc, events) in docs {
            let report = ingest_tx(&tx, doc, events)
                .map_err(|e| db_error(&name, format!("document {}: {e}", doc.id)))?;
            reports.push(report);
        }
        tx.commit().map_err(|e| db_error(&name, e))?;
        Ok(reports)
    }

    /// Events matching a filter, ordered by date then id.
    ///
    /// The filter runs on the compact events table; the JSON records of the matching
    /// events are then read in rkey order (date order), so a query touches each page of
    /// records once and in file order instead of jumping through the file.
    ///
    /// # Errors
    /// On database errors.
    pub fn query(&self, f: &Filter) -> Result<Vec<EventRecord>> {
        let mut sql = String::from("SELECT rkey FROM events e WHERE 1=1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut add = |clause: &str, v: rusqlite::types::Value| {
            sql.push_str(clause);
            args.push(v);
        };
        use rusqlite::types::Value::{Real, Text};
        if let Some(c) = &f.country {
            add(" AND country = ?", Text(c.clone()));
        }
        if let Some(a) = &f.admin1 {
            add(" AND admin1 = ?", Text(a.clone()));
        }
        if let Some(d) = &f.from {
            add(" AND event_date >= ?", Text(d.clone()));
        }
        if let Some(d) = &f.to {
            add(" AND event_date <= ?", Text(d.clone()));
        }
        if let Some(t) = &f.event_type {
            add(" AND event_type = ?", Text(t.clone()));
        }
        if let Some(a) = &f.actor {
            add(" AND (instr(actor1, ?) > 0", Text(a.clone()));
            add(" OR instr(actor2, ?) > 0)", Text(a.clone()));
        }
        if let Some([x0, y0, x1, y1]) = f.bbox {
            // Without a date range the R*Tree finds the few points in the box; with one, the
            // date range is already a short stretch of the date-clustered table and probing
            // the tree for a large box would cost more than it saves.
            if f.from.is_none() && f.to.is_none() {
                add(" AND rkey IN (SELECT rkey FROM event_places WHERE max_lon >= ?", Real(x0));
                add(" AND max_lat >= ?", Real(y0));
                add(" AND min_lon <= ?", Real(x1));
                add(" AND min_lat <= ?)", Real(y1));
            }
            add(" AND longitude >= ?", Real(x0));
            add(" AND latitude >= ?", Real(y0));
            add(" AND longitude <= ?", Real(x1));
            add(" AND latitude <= ?", Real(y1));
        }
        sql.push_str(" ORDER BY event_date, id");
        let keys: Vec<i64> = {
            let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map(rusqlite::params_from_iter(args), |r| r.get::<_, i64>(0))
                .map_err(|e| self.err(e))?;
            rows.collect::<rusqlite::Result<_>>().map_err(|e| self.err(e))?
        };
        let mut in_file_order: Vec<(i64, usize)> =
            keys.iter().enumerate().map(|(i, &k)| (k, i)).collect();
        in_file_order.sort_unstable();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT record FROM event_records WHERE rkey = ?")
            .map_err(|e| self.err(e))?;
        let mut out: Vec<Option<EventRecord>> = vec![None; keys.len()];
        for (key, slot) in in_file_order {
            let json: String = stmt
                .query_row([key], |r| r.get(0))
                .map_err(|e| self.err(format!("event row {key} has no record: {e}")))?;
            let record = serde_json::from_str(&json)
                .map_err(|e| self.err(format!("event row {key}: unreadable record: {e}")))?;
            out[slot] = Some(record);
        }
        Ok(out.into_iter().flatten().collect())
    }

    /// Counts by country, type, month and source.
    ///
    /// # Errors
    /// On database errors.
    pub fn stats(&self) -> Result<Stats> {
        let one = |sql: &str| -> Result<u64> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n.max(0) as u64)
                .map_err(|e| self.err(e))
        };
        let groups = |sql: &str| -> Result<Vec<(String, u64)>> {
            let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((r.get::<_, Option<String>>(0)?.unwrap_or_default(), r.get::<_, i64>(1)?))
                })
                .map_err(|e| self.err(e))?;
            rows.map(|r| r.map(|(k, n)| (k, n.max(0) as u64)).map_err(|e| self.err(e))).collect()
        };
        Ok(Stats {
            documents: one("SELECT count(*) FROM documents")?,
            duplicates: one("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL")?,
            events: one("SELECT count(*) FROM events")?,
            mentions: one("SELECT count(*) FROM mentions")?,
            by_country: groups(
                "SELECT country, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1",
            )?,
            by_event_type: groups(
                "SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1",
            )?,
            by_month: groups(
                "SELECT substr(event_date, 1, 7), count(*) FROM events GROUP BY 1 ORDER BY 1",
            )?,
            by_source: groups(
                "SELECT source, count(*) FROM event_sources GROUP BY 1 ORDER BY 2 DESC, 1",
            )?,
        })
    }

    /// Documents linked as copies: (document, original, reason).
    ///
    /// # Errors
    /// On database errors.
    pub fn duplicates(&self) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, duplicate_of, duplicate_why FROM documents WHERE duplicate_of IS NOT NULL ORDER BY id")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(|e| self.err(e))?;
        rows.map(|r| r.map_err(|e| self.err(e))).collect()
    }

    /// The reports of an event: (document id, merge reason).
    ///
    /// # Errors
    /// On database errors.
    pub fn mentions(&self, event_id: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT doc_id, reason FROM mentions WHERE event_id = ? ORDER BY doc_id, record_id",
            )
            .map_err(|e| self.err(e))?;
        let rows =
            stmt.query_map([event_id], |r| Ok((r.get(0)?, r.get(1)?))).map_err(|e| self.err(e))?;
        rows.map(|r| r.map_err(|e| self.err(e))).collect()
    }
}

/// The first stored document this text copies: same article text, or estimated Jaccard
/// similarity of word 3-shingles at least [`minhash::COPY_SIMILARITY`].
fn find_original(
    tx: &Transaction<'_>,
    hash: &str,
    sig: &[u32; minhash::HASHES],
) -> rusqlite::Result<Option<(String, String)>> {
    let exact: Option<String> = tx
        .prepare_cached(
            "SELECT id FROM documents WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1",
        )?
        .query_row([hash], |r| r.get(0))
        .optional()?;
    if let Some(id) = exact {
        return Ok(Some((id, "same article text".into())));
    }
    let mut best: Option<(u64, String)> = None;
    let mut stmt = tx.prepare_cached(
        "SELECT d.id, d.minhash FROM minhash_bands b JOIN documents d ON d.id = b.doc_id \
         WHERE b.band = ? AND b.value = ? AND d.duplicate_of IS NULL",
    )?;
    for (band, value) in minhash::bands(sig).into_iter().enumerate() {
        let rows = stmt.query_map(params![band as i64, value], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?;
        for row in rows {
            let (id, bytes) = row?;
            let Some(other) = minhash::from_bytes(&bytes) else { continue };
            let sim = minhash::similarity(sig, &other);
            // Highest similarity first, then smallest id: deterministic.
            let key = ((1.0 - sim) * 1000.0) as u64;
            if sim >= minhash::COPY_SIMILARITY
                && best.as_ref().is_none_or(|(bk, bid)| (key, &id) < (*bk, bid))
            {
                best = Some((key, id));
            }
        }
    }
    Ok(best.map(|(k, id)| {
        (id, format!("MinHash similarity of the article text {:.2}", 1.0 - k as f64 / 1000.0))
    }))
}

fn ingest_tx(
    tx: &Transaction<'_>,
    doc: &Document,
    events: &[EventRecord],
) -> rusqlite::Result<IngestReport> {
    let exists: Option<String> = tx
        .prepare_cached("SELECT id FROM documents WHERE id = ?")?
        .query_row([&doc.id], |r| r.get(0))
        .optional()?;
    let mut report = IngestReport::default();
    if exists.is_some() {
        return Ok(report);
    }
    report.stored = true;
    let hash = content_id(&doc.text);
    let sig = minhash::signature(&doc.text);
    let original = find_original(tx, &hash, &sig)?;
    tx.prepare_cached(
        "INSERT INTO documents (id, input, url, source, published, title, text, content_hash, minhash, duplicate_of, duplicate_why) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )?
    .execute(params![
            doc.id,
            doc.input,
            doc.url,
            doc.source,
            doc.published.map(|d| d.to_string()),
            doc.title,
            doc.text,
            hash,
            minhash::to_bytes(&sig),
            original.as_ref().map(|o| &o.0),
            original.as_ref().map(|o| &o.1),
    ])?;
    if original.is_none() {
        for (band, value) in minhash::bands(&sig).into_iter().enumerate() {
            tx.prepare_cached("INSERT OR IGNORE INTO minhash_bands VALUES (?, ?, ?)")?
                .execute(params![band as i64, value, doc.id])?;
        }
    }
    report.duplicate_of = original.as_ref().map(|o| o.0.clone());
    for event in events {
        let candidates = candidate_events(tx, event, original.as_ref().map(|o| o.0.as_str()))?;
        let matched = candidates.into_iter().find_map(|(id, record)| {
            let why = if original.is_some() {
                merge::same_event_in_copy(&record, event)
            } else {
                same_event(&record, event)
            };
            why.map(|why| (id, why))
        });
        match (matched, &original) {
            (Some((id, why)), _) => {
                add_mention(tx, &id, doc, event, &why)?;
                recombine(tx, &id)?;
                report.merged += 1;
            }
            (None, Some(_)) => report.unmatched_copies += 1,
            (None, None) => {
                // A plain insert: an event id already stored is an error, not a merge.
                let rkey = new_rkey(tx, day_number(event.event_date.as_deref()))?;
                tx.prepare_cached("INSERT INTO events (rkey, id, fatalities) VALUES (?, ?, 0)")?
                    .execute(params![rkey, event.event_id])?;
                add_mention(tx, &event.event_id, doc, event, "first report")?;
                recombine(tx, &event.event_id)?;
                report.new_events += 1;
            }
        }
    }
    Ok(report)
}

use merge::same_event;

/// Degrees of latitude and longitude around a point that hold every place within
/// [`merge::SAME_PLACE_KM`] of it; `None` for longitude near the poles or the antimeridian,
/// where a longitude range would not.
fn same_place_box(lat: f64, lon: f64) -> (f64, Option<f64>) {
    // 0.1 degree of latitude is 11.1 km; the longitude margin is widened by the cosine of the
    // latitude nearest the pole, plus 20% for the curvature the flat box ignores.
    let dlat = 0.1;
    let cos = (lat.abs() + dlat).min(90.0).to_radians().cos();
    if cos < 0.1 {
        return (dlat, None);
    }
    let dlon = 0.12 / cos;
    if lon - dlon < -180.0 || lon + dlon > 180.0 {
        return (dlat, None);
    }
    (dlat, Some(dlon))
}

/// Stored events that may be the same as `e`: same type, dates within a day, and a place
/// that [`merge::same_event`] could accept (within the box around `e`'s point, or without
/// coordinates and with the same location name); for a copy: the original's events only.
/// This only narrows the candidates on typed columns; `same_event` decides.
fn candidate_events(
    tx: &Transaction<'_>,
    e: &EventRecord,
    original: Option<&str>,
) -> rusqlite::Result<Vec<(String, EventRecord)>> {
    let rows: Vec<(String, String)> = match original {
        Some(orig) => {
            let mut stmt = tx.prepare_cached(
                "SELECT DISTINCT e.id, r.record FROM events e JOIN mentions m ON m.event_id = e.id \
                 JOIN event_records r ON r.rkey = e.rkey WHERE m.doc_id = ? ORDER BY e.id",
            )?;
            stmt.query_map([orig], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        }
        None => {
            let Some(date) = e
                .event_date
                .as_deref()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            else {
                return Ok(Vec::new());
            };
            let lo = (date - chrono::Duration::days(1)).to_string();
            let hi = (date + chrono::Duration::days(1)).to_string();
            // Unbounded sides are given as bounds no coordinate reaches.
            let (lat0, lat1, lon0, lon1) = match (e.latitude, e.longitude) {
                (Some(lat), Some(lon)) => {
                    let (dlat, dlon) = same_place_box(lat, lon);
                    let (l0, l1) = dlon.map_or((-1e3, 1e3), |d| (lon - d, lon + d));
                    (lat - dlat, lat + dlat, l0, l1)
                }
                // No point: only the location name can match; an empty range on purpose.
                _ => (1e3, -1e3, 1e3, -1e3),
            };
            let mut stmt = tx.prepare_cached(
                "SELECT e.id, r.record FROM events e JOIN event_records r ON r.rkey = e.rkey \
                 WHERE e.event_type = ?1 AND e.event_date BETWEEN ?2 AND ?3 \
                 AND ((e.latitude BETWEEN ?4 AND ?5 AND e.longitude BETWEEN ?6 AND ?7) \
                      OR ((e.latitude IS NULL OR e.longitude IS NULL OR ?8) \
                          AND lower(e.location) = lower(?9))) \
                 ORDER BY e.id",
            )?;
            let no_point = e.latitude.is_none() || e.longitude.is_none();
            stmt.query_map(
                params![e.event_type, lo, hi, lat0, lat1, lon0, lon1, no_point, e.location],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?
            .collect::<rusqlite::Result<_>>()?
        }
    };
    Ok(rows
        .into_iter()
        .filter_map(|(id, json)| Some((id, serde_json::from_str(&json).ok()?)))
        .collect())
}

fn add_mention(
    tx: &Transaction<'_>,
    event_id: &str,
    doc: &Document,
    e: &EventRecord,
    why: &str,
) -> rusqlite::Result<()> {
    let mut record = e.clone();
    // A copy's report carries the copy's own publisher among its sources.
    if let Some(p) = &doc.source
        && !record.sources.contains(p)
    {
        record.sources.push(p.clone());
    }
    tx.prepare_cached(
        "INSERT OR IGNORE INTO mentions (event_id, doc_id, record_id, record, reason) VALUES (?, ?, ?, ?, ?)",
    )?
    .execute(params![event_id, doc.id, e.event_id, to_json(&record), why])?;
    Ok(())
}

/// The day number of a `YYYY-MM-DD` date (0001-01-01 is day 1), 0 without a readable date:
/// the high half of an event's rkey. The same rule as migration 002's SQL.
fn day_number(date: Option<&str>) -> i64 {
    use chrono::Datelike;
    date.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map_or(0, |d| i64::from(d.num_days_from_ce()))
}

/// A free rkey on `day`: one more than the largest used that day.
fn new_rkey(tx: &Transaction<'_>, day: i64) -> rusqlite::Result<i64> {
    let lo = day << 32;
    let hi = lo + (1 << 32);
    let max: Option<i64> = tx
        .prepare_cached("SELECT max(rkey) FROM events WHERE rkey >= ? AND rkey < ?")?
        .query_row([lo, hi], |r| r.get(0))?;
    match max {
        None => Ok(lo),
        Some(m) if m + 1 < hi => Ok(m + 1),
        Some(_) => Err(rusqlite::Error::ToSqlConversionFailure(
            format!("more than 2^32 events on day {day}").into(),
        )),
    }
}

/// Recomputes an event's record from all its mentions (order-independent), renaming the
/// event to the smallest record id of its reports and moving it to the rkey of its date.
fn recombine(tx: &Transaction<'_>, event_id: &str) -> rusqlite::Result<()> {
    let reports: Vec<EventRecord> = {
        let mut stmt =
            tx.prepare_cached("SELECT record FROM mentions WHERE event_id = ? ORDER BY record_id")?;
        let rows = stmt.query_map([event_id], |r| r.get::<_, String>(0))?;
        rows.filter_map(|r| r.ok().and_then(|j| serde_json::from_str(&j).ok())).collect()
    };
    let Some(merged) = merge::combine(&reports) else { return Ok(()) };
    let id = merged.event_id.clone();
    let old_rkey: Option<i64> = tx
        .prepare_cached("SELECT rkey FROM events WHERE id = ?")?
        .query_row([event_id], |r| r.get(0))
        .optional()?;
    if id != event_id {
        if old_rkey.is_some() {
            tx.execute("UPDATE events SET id = ? WHERE id = ?", [&id, event_id])?;
        }
        tx.execute("UPDATE mentions SET event_id = ? WHERE event_id = ?", [&id, event_id])?;
        tx.execute("DELETE FROM event_sources WHERE event_id = ?", [event_id])?;
    }
    let day = day_number(merged.event_date.as_deref());
    let rkey = match old_rkey {
        Some(k) if k >> 32 == day => k,
        Some(k) => {
            let new = new_rkey(tx, day)?;
            tx.execute("UPDATE events SET rkey = ? WHERE rkey = ?", [new, k])?;
            tx.execute("DELETE FROM event_records WHERE rkey = ?", [k])?;
            tx.execute("DELETE FROM event_places WHERE rkey = ?", [k])?;
            new
        }
        None => {
            let new = new_rkey(tx, day)?;
            tx.prepare_cached("INSERT INTO events (rkey, id, fatalities) VALUES (?, ?, 0)")?
                .execute(params![new, id])?;
            new
        }
    };
    tx.prepare_cached(
        "UPDATE events SET event_date = ?, country = ?, admin1 = ?, event_type = ?, sub_event_type = ?, actor1 = ?, \
         actor2 = ?, location = ?, latitude = ?, longitude = ?, fatalities = ? WHERE rkey = ?",
    )?
    .execute(params![
        merged.event_date,
        merged.country,
        merged.admin1,
        merged.event_type,
        merged.sub_event_type,
        merged.actor1,
        merged.actor2,
        merged.location,
        merged.latitude,
        merged.longitude,
        merged.fatalities,
        rkey
    ])?;
    tx.prepare_cached("INSERT OR REPLACE INTO event_records (rkey, record) VALUES (?, ?)")?
        .execute(params![rkey, to_json(&merged)])?;
    tx.prepare_cached("DELETE FROM event_places WHERE rkey = ?")?.execute([rkey])?;
    if let (Some(lat), Some(lon)) = (merged.latitude, merged.longitude) {
        tx.prepare_cached("INSERT INTO event_places VALUES (?, ?, ?, ?, ?)")?
            .execute(params![rkey, lon, lon, lat, lat])?;
    }
    tx.prepare_cached("DELETE FROM event_sources WHERE event_id = ?")?.execute([&id])?;
    let mut add_source = tx.prepare_cached("INSERT OR IGNORE INTO event_sources VALUES (?, ?)")?;
    for s in &merged.sources {
        add_source.execute(params![id, s])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{DocDefaults, article};
    use crate::ingest::{Body, RawDocument};

    #[test]
    fn processes_opening_a_new_database_at_once_migrate_it_once() {
        // An ingest creating its database while `stats` polls it: every opener must get a
        // working store, none a "table documents already exists".
        for round in 0..5 {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(format!("new{round}.db"));
            let start = std::sync::Arc::new(std::sync::Barrier::new(6));
            let openers: Vec<_> = (0..6)
                .map(|_| {
                    let (path, start) = (path.clone(), start.clone());
                    std::thread::spawn(move || {
                        start.wait();
                        Store::open(&path).map(|_| ()).map_err(|e| e.to_string())
                    })
                })
                .collect();
            for o in openers {
                o.join().unwrap().unwrap();
            }
            let store = Store::open(&path).unwrap();
            let version: i64 =
                store.conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
            assert_eq!(version, MIGRATIONS.len() as i64);
        }
    }

    fn doc(text: &str, source: &str) -> Document {
        let raw = RawDocument {
            input: "t".into(),
            id: None,
            url: None,
            source: Some(source.into()),
            published: Some("2023-11-14".into()),
            title: None,
            body: Body::Text(text.into()),
            extra: Default::default(),
        };
        article(raw, &DocDefaults::default())
    }

    #[test]
    fn edited_copy_is_linked_by_minhash() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let seed = include_str!("../../../../fixtures/kidal/article.txt");
        let a = doc(seed, "Outlet A");
        let b = doc(&seed.replacen("northern city", "northern town", 1), "Outlet B");
        assert!(store.ingest(&a, &[]).unwrap().stored);
        let report = store.ingest(&b, &[]).unwrap();
        assert_eq!(report.duplicate_of.as_deref(), Some(a.id.as_str()));
        let dups = store.duplicates().unwrap();
        assert!(dups[0].2.starts_with("MinHash"), "{dups:?}");
        // Idempotent: the same document again stores nothing.
        assert!(!store.ingest(&b, &[]).unwrap().stored);
        assert_eq!(store.stats().unwrap().documents, 2);
    }

    fn record(id: &str, date: &str, precision: u8, place: Option<(f64, f64)>) -> EventRecord {
        let mut r: EventRecord = serde_json::from_str(&format!(
            r#"{{"doc_id":"d","event_id":"{id}","event_date":"{date}","time_precision":{precision},
            "disorder_type":"Political violence","event_type":"Battles","sub_event_type":"Armed clash",
            "actor1":"Military Forces of Mali (2021-)","assoc_actor_1":null,"inter1":1,"actor2":null,
            "assoc_actor_2":null,"inter2":null,"interaction":10,"civilian_targeting":null,
            "country":"Mali","iso3":"MLI","admin1":"Gao","admin2":null,"location":"Gao",
            "latitude":null,"longitude":null,"geo_precision":1,"fatalities":2,
            "claim_status":"reported","claimed_by":null,"sources":["AFP"],"notes":"",
            "cameo_code":null,"plover_type":null,"confidence":0.5,"spans":[]}}"#
        ))
        .unwrap();
        r.latitude = place.map(|p| p.0);
        r.longitude = place.map(|p| p.1);
        r
    }

    fn count(store: &Store, sql: &str) -> i64 {
        store.conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    /// A database written by schema version 1 (events with their records inline) opens,
    /// migrates, answers queries and takes further reports.
    #[test]
    fn version_1_database_is_migrated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.db");
        let stored = record("e1", "2020-01-05", 1, Some((16.27, -0.04)));
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(&format!("{}; PRAGMA user_version = 1;", MIGRATIONS[0])).unwrap();
            conn.execute(
                "INSERT INTO documents (id, input, text, content_hash, minhash) VALUES ('d1', 't', 'x', 'h', x'00')",
                [],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO events VALUES ('e1', '2020-01-05', 'Mali', 'Gao', 'Battles', 'Armed clash', \
                 'Military Forces of Mali (2021-)', NULL, 16.27, -0.04, 2, ?)",
                [to_json(&stored)],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO mentions VALUES ('e1', 'd1', 'e1', ?, 'first report')",
                [to_json(&stored)],
            )
            .unwrap();
            conn.execute("INSERT INTO event_sources VALUES ('e1', 'AFP')", []).unwrap();
        }
        let mut store = Store::open(&path).unwrap();
        let version: i64 =
            store.conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
        let all = store.query(&Filter::default()).unwrap();
        assert_eq!(all, vec![stored.clone()]);
        let in_box = Filter { bbox: Some([-0.1, 16.2, 0.0, 16.3]), ..Default::default() };
        assert_eq!(store.query(&in_box).unwrap().len(), 1, "the R*Tree holds the old event");
        let rkey: i64 = store.conn.query_row("SELECT rkey FROM events", [], |r| r.get(0)).unwrap();
        assert_eq!(rkey >> 32, day_number(Some("2020-01-05")), "SQL and Rust agree on the day");
        // Another outlet's report of the same event, with a smaller id: merged and renamed.
        let mut report = record("a0", "2020-01-05", 1, Some((16.28, -0.04)));
        report.sources = vec!["Reuters".into()];
        let r =
            store.ingest(&doc("Another outlet's text about Gao.", "Reuters"), &[report]).unwrap();
        assert_eq!(r.merged, 1, "{r:?}");
        let all = store.query(&Filter::default()).unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].event_id, "a0");
        assert_eq!(all[0].sources, vec!["AFP", "Reuters"]);
        assert_eq!(store.mentions("a0").unwrap().len(), 2);
        assert_eq!(count(&store, "SELECT count(*) FROM event_records"), 1);
        assert_eq!(store.stats().unwrap().by_source.len(), 2);
        // A newer version than this code knows is refused, naming the file.
        store.conn.pragma_update(None, "user_version", 99).unwrap();
        drop(store);
        let err = Store::open(&path).err().unwrap().to_string();
        assert!(err.contains("v1.db") && err.contains("newer"), "{err}");
    }

    /// A merge that moves an event to another day moves its rkey, record and point with it.
    #[test]
    fn merge_that_changes_the_date_moves_the_event() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("m.db")).unwrap();
        let week = record("w", "2020-01-02", 2, Some((16.27, -0.04)));
        store.ingest(&doc("A weekly summary mentions fighting near Gao.", "AFP"), &[week]).unwrap();
        let day = record("x", "2020-01-01", 1, Some((16.27, -0.04)));
        let r = store.ingest(&doc("Fighting in Gao on 1 January.", "Reuters"), &[day]).unwrap();
        assert_eq!(r.merged, 1, "{r:?}");
        let first_day = Filter { to: Some("2020-01-01".into()), ..Default::default() };
        let got = store.query(&first_day).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].event_date.as_deref(), Some("2020-01-01"));
        let rkey: i64 = store.conn.query_row("SELECT rkey FROM events", [], |r| r.get(0)).unwrap();
        assert_eq!(rkey >> 32, day_number(Some("2020-01-01")));
        assert_eq!(count(&store, "SELECT count(*) FROM event_records"), 1);
        assert_eq!(count(&store, "SELECT count(*) FROM event_places"), 1);
        let in_box = Filter { bbox: Some([-0.1, 16.2, 0.0, 16.3]), ..Default::default() };
        assert_eq!(store.query(&in_box).unwrap().len(), 1);
    }

    /// The candidate filter on typed columns keeps what `same_event` accepts: a stored event
    /// without coordinates merges by location name (any ASCII case), and one just under 10
    /// km away merges while one beyond the box does not.
    #[test]
    fn candidates_keep_every_possible_merge() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("c.db")).unwrap();
        let mut unplaced = record("u", "2020-03-05", 1, None);
        unplaced.location = Some("GAO".into());
        store.ingest(&doc("Clashes reported in Gao.", "AFP"), &[unplaced]).unwrap();
        let placed = record("v", "2020-03-05", 1, Some((16.27, -0.04)));
        let r = store.ingest(&doc("Clashes in Gao town, 5 March.", "Reuters"), &[placed]).unwrap();
        assert_eq!(r.merged, 1, "same location name, one side without coordinates: {r:?}");
        let first = record("p", "2020-03-01", 1, Some((16.27, -0.04)));
        store.ingest(&doc("Fighting at Gao airport on 1 March.", "AFP"), &[first]).unwrap();
        // 9.9 km east of it, same name: same place.
        let east = merge::haversine_km(16.27, -0.04, 16.27, 0.0527);
        assert!(east < 10.0 && east > 9.8, "{east}");
        let near = record("y", "2020-03-01", 1, Some((16.27, 0.0527)));
        let r = store.ingest(&doc("Clashes near Gao, 1 March.", "BBC"), &[near]).unwrap();
        assert_eq!(r.merged, 1, "{r:?}");
        let far = record("z", "2020-03-01", 1, Some((16.27, 0.2)));
        let r = store.ingest(&doc("Clashes east of Gao, 1 March.", "RFI"), &[far]).unwrap();
        assert_eq!(r.new_events, 1, "{r:?}");
        assert_eq!(store.stats().unwrap().events, 3);
    }

    #[test]
    fn same_place_box_holds_every_point_within_10_km() {
        for lat10 in -890..=890 {
            let lat = f64::from(lat10) / 10.0;
            for lon in [-179.95, -120.0, 0.0, 45.5, 179.95] {
                let (dlat, dlon) = same_place_box(lat, lon);
                for step in 0..72 {
                    // A point 9.99 km away along each bearing (spherical destination formula).
                    let bearing = f64::from(step * 5).to_radians();
                    let d: f64 = 9.99 / 6371.0;
                    let (p1, l1) = (lat.to_radians(), lon.to_radians());
                    let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * bearing.cos()).asin();
                    let l2 = l1
                        + (bearing.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
                    let (lat2, lon2) = (p2.to_degrees(), l2.to_degrees());
                    assert!((lat2 - lat).abs() <= dlat, "lat {lat} lon {lon} bearing {step}");
                    if let Some(dlon) = dlon {
                        assert!((lon2 - lon).abs() <= dlon, "lat {lat} lon {lon} bearing {step}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_file_that_is_not_a_database_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("junk.db");
        std::fs::write(
            &path,
            "this is not sqlite, just text that is long enough to be a header ......",
        )
        .unwrap();
        let err = Store::open(&path).err().unwrap();
        assert!(err.to_string().contains("junk.db"), "{err}");
    }
}
