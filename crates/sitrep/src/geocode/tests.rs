//! Recognition and resolution cases with real sentences, and bad data for the loader.

use super::*;
use std::sync::OnceLock;

fn geo() -> &'static Geoparser {
    static GEO: OnceLock<Geoparser> = OnceLock::new();
    GEO.get_or_init(|| Geoparser::load().expect("embedded gazetteer loads"))
}

fn find<'a>(ts: &'a [Toponym], name: &str) -> &'a Toponym {
    ts.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("{name} not found in {ts:#?}"))
}

#[test]
fn geoparser_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Geoparser>();
}
