//! When two reports tell the same event, and how their values combine.
//!
//! Two records are the same event when they have the same event type, the same day (a day
//! apart when either date is only week- or month-precise), the same place (within 10 km, or the same location name and country when either
//! lacks coordinates) and at least one actor in common (or an unnamed actor on one side).
//! Merged fields are recomputed from all reports by fixed rules, so the result does not
//! depend on the order reports arrive in.

use crate::events::EventRecord;
use chrono::NaiveDate;

/// Places closer than this are the same place (ACLED codes one location per event; 10 km
/// covers the spread between a town's centroid in different gazetteers).
pub const SAME_PLACE_KM: f64 = 10.0;

fn date(e: &EventRecord) -> Option<NaiveDate> {
    e.event_date.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

fn unnamed(actor: &str) -> bool {
    ["Unidentified", "Civilians (", "Protesters (", "Rioters (", "Rebels ("]
        .iter()
        .any(|p| actor.contains(p))
}

/// Why `a` and `b` are the same event, or `None` when they are not.
pub fn same_event(a: &EventRecord, b: &EventRecord) -> Option<String> {
    if a.event_type.is_none() || a.event_type != b.event_type {
        return None;
    }
    let (da, db) = (date(a)?, date(b)?);
    let days = (da - db).num_days().abs();
    // ACLED events are atomic by day: two day-precise reports must give the same day (a
    // protest on 3 and on 4 August is two events). A week- or month-precise date may be a
    // day off.
    let day_precise = a.time_precision == Some(1) && b.time_precision == Some(1);
    if days > 1 || day_precise && days > 0 {
        return None;
    }
    let place = match (a.latitude, a.longitude, b.latitude, b.longitude) {
        (Some(la), Some(lo), Some(lb), Some(lob)) => {
            let km = haversine_km(la, lo, lb, lob);
            if km > SAME_PLACE_KM {
                return None;
            }
            // Two places named differently whose coordinates are only approximate (a
            // village placed at its district's seat) are not the same place.
            let named_apart = a
                .location
                .as_deref()
                .zip(b.location.as_deref())
                .is_some_and(|(x, y)| !x.eq_ignore_ascii_case(y));
            let approximate = a.geo_precision.unwrap_or(1) > 1 || b.geo_precision.unwrap_or(1) > 1;
            if named_apart && (approximate || km > 1.0) {
                return None;
            }
            format!("{km:.1} km apart")
        }
        _ => {
            let (la, lb) = (a.location.as_deref()?, b.location.as_deref()?);
            if !la.eq_ignore_ascii_case(lb) || a.country != b.country {
                return None;
            }
            format!("same location name {la}")
        }
    };
    let actors_a = [a.actor1.as_deref(), a.actor2.as_deref()];
    let actors_b = [b.actor1.as_deref(), b.actor2.as_deref()];
    let shared = actors_a.iter().flatten().find(|x| actors_b.iter().flatten().any(|y| x == &y));
    let actor = match shared {
        Some(s) => format!("shared actor {s}"),
        None if a.actor1.as_deref().is_none_or(unnamed)
            || b.actor1.as_deref().is_none_or(unnamed) =>
        {
            "an unnamed actor on one side".to_string()
        }
        None => return None,
    };
    Some(format!(
        "same type ({}), dates {} day(s) apart, {place}, {actor}",
        a.event_type.as_deref().unwrap_or_default(),
        days
    ))
}

/// Why an event coded from a copy of a document is the same as one coded from the original
/// (the same text told the same thing: same sub-event type, dates within a day, the same
/// place when both name one), or `None`. A near copy can differ in just the place: templated
/// reports of one movement's protests in Gao and in Timbuktu are two events.
pub fn same_event_in_copy(original: &EventRecord, copy: &EventRecord) -> Option<String> {
    if original.sub_event_type.is_none() || original.sub_event_type != copy.sub_event_type {
        return None;
    }
    let apart = match (original.latitude, original.longitude, copy.latitude, copy.longitude) {
        (Some(la), Some(lo), Some(lb), Some(lob)) => haversine_km(la, lo, lb, lob) > SAME_PLACE_KM,
        _ => original
            .location
            .as_deref()
            .zip(copy.location.as_deref())
            .is_some_and(|(x, y)| !x.eq_ignore_ascii_case(y)),
    };
    if apart {
        return None;
    }
    let days = (date(original)? - date(copy)?).num_days().abs();
    (days <= 1).then(|| {
        format!(
            "copy of the original report: same sub-event type ({}), dates {days} day(s) apart",
            copy.sub_event_type.as_deref().unwrap_or_default()
        )
    })
}

fn claim_rank(status: &str) -> u8 {
    match status {
        "reported" => 0,
        "claimed" => 1,
        "unconfirmed" => 2,
        "conflicting" => 3,
        "denied" => 4,
        _ => 5,
    }
}

/// Combines the records of all reports of one event into the event's record.
///
/// Base fields come from the most confident report (ties: smallest event id); the date is
/// the most precise, earliest one; fatalities the lowest count any report gives (ACLED's
/// conservative rule; 0 only when no report gives a count); claim status `reported` as soon
/// as one report states the event as fact, else the least doubtful status; sources the
/// union; spans those of the base report. The merged event keeps the smallest event id.
pub fn combine(reports: &[EventRecord]) -> Option<EventRecord> {
    let mut sorted: Vec<&EventRecord> = reports.iter().collect();
    sorted.sort_by(|a, b| b.confidence.total_cmp(&a.confidence).then(a.event_id.cmp(&b.event_id)));
    let mut out = (*sorted.first()?).clone();
    out.event_id = reports.iter().map(|r| r.event_id.clone()).min()?;
    let best_date = reports
        .iter()
        .filter_map(|r| Some((r.time_precision.unwrap_or(3), date(r)?, r)))
        .min_by_key(|(p, d, _)| (*p, *d));
    if let Some((p, d, _)) = best_date {
        out.event_date = Some(d.to_string());
        out.time_precision = Some(p);
    }
    out.fatalities = reports.iter().map(|r| r.fatalities).filter(|&f| f > 0).min().unwrap_or(0);
    out.claim_status = reports
        .iter()
        .map(|r| r.claim_status.as_str())
        .min_by_key(|s| claim_rank(s))
        .unwrap_or("reported")
        .to_string();
    let mut sources: Vec<String> = reports.iter().flat_map(|r| r.sources.iter().cloned()).collect();
    sources.sort();
    sources.dedup();
    out.sources = sources;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(
        id: &str,
        date: &str,
        lat: f64,
        actor1: &str,
        fatalities: u32,
        sources: &[&str],
    ) -> EventRecord {
        let mut r: EventRecord = serde_json::from_str(&format!(
            r#"{{"doc_id":"d","event_id":"{id}","event_date":"{date}","time_precision":1,
            "disorder_type":"Political violence","event_type":"Battles","sub_event_type":"Armed clash",
            "actor1":"{actor1}","assoc_actor_1":null,"inter1":1,"actor2":null,"assoc_actor_2":null,
            "inter2":null,"interaction":10,"civilian_targeting":null,"country":"Mali","iso3":"MLI",
            "admin1":"Gao","admin2":null,"location":"Gao","latitude":{lat},"longitude":0.0,
            "geo_precision":1,"fatalities":{fatalities},"claim_status":"reported","claimed_by":null,
            "sources":[],"notes":"","cameo_code":null,"plover_type":null,"confidence":0.5,"spans":[]}}"#
        ))
        .unwrap();
        r.sources = sources.iter().map(|s| s.to_string()).collect();
        r
    }

    #[test]
    fn same_event_rules() {
        let a =
            record("a", "2020-01-01", 16.27, "Military Forces of Mali (2013-2020)", 3, &["AFP"]);
        let mut b = record(
            "b",
            "2020-01-02",
            16.28,
            "Military Forces of Mali (2013-2020)",
            5,
            &["Reuters"],
        );
        b.time_precision = Some(2);
        assert!(same_event(&a, &b).is_some(), "a week-precise report may be a day off");
        let next_day =
            record("e", "2020-01-02", 16.27, "Military Forces of Mali (2013-2020)", 3, &[]);
        assert!(same_event(&a, &next_day).is_none(), "day-precise reports of adjacent days");
        let later = record("c", "2020-01-05", 16.27, "Military Forces of Mali (2013-2020)", 3, &[]);
        assert!(same_event(&a, &later).is_none(), "same town, different days");
        let elsewhere =
            record("d", "2020-01-01", 14.0, "Military Forces of Mali (2013-2020)", 3, &[]);
        assert!(same_event(&a, &elsewhere).is_none(), "same day, different towns");
        let merged = combine(&[b.clone(), a.clone()]).unwrap();
        assert_eq!(merged.fatalities, 3);
        assert_eq!(merged.sources, vec!["AFP", "Reuters"]);
        assert_eq!(merged.event_id, "a");
        assert_eq!(merged.event_date.as_deref(), Some("2020-01-01"));
        assert_eq!(combine(&[a, b]).unwrap(), merged, "order does not matter");
    }

    #[test]
    fn a_near_copy_about_another_place_is_another_event() {
        let gao = record("a", "2020-08-11", 16.27, "Protesters (Mali)", 0, &[]);
        let mut timbuktu = record("b", "2020-08-11", 16.77, "Protesters (Mali)", 0, &[]);
        timbuktu.longitude = Some(-3.0);
        timbuktu.location = Some("Timbuktu".into());
        assert!(same_event_in_copy(&gao, &timbuktu).is_none());
        // Without coordinates, the names tell.
        let (mut x, mut y) = (gao.clone(), timbuktu.clone());
        (x.latitude, y.latitude) = (None, None);
        assert!(same_event_in_copy(&x, &y).is_none());
        let copy = record("c", "2020-08-11", 16.27, "Protesters (Mali)", 0, &[]);
        assert!(same_event_in_copy(&gao, &copy).is_some());
    }
}
