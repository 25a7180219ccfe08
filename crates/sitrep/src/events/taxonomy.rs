//! ACLED's taxonomy (from `data/taxonomy/acled.tsv`): sub-event type to event type, disorder
//! type, CAMEO code and PLOVER type.

use std::sync::OnceLock;

/// One sub-event type and what it implies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubEventType {
    /// Sub-event type name.
    pub name: String,
    /// Event type name.
    pub event_type: String,
    /// Disorder type.
    pub disorder_type: String,
    /// CAMEO code ('' when none fits).
    pub cameo: String,
    /// PLOVER event type ('' when none fits).
    pub plover: String,
}

/// All 25 sub-event types in ACLED's hierarchy order.
pub fn sub_event_types() -> &'static [SubEventType] {
    static TYPES: OnceLock<Vec<SubEventType>> = OnceLock::new();
    TYPES.get_or_init(|| {
        include_str!("../../../../data/taxonomy/acled.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                Some(SubEventType {
                    name: f.first()?.to_string(),
                    event_type: f.get(1)?.to_string(),
                    disorder_type: f.get(2)?.to_string(),
                    cameo: f.get(3).unwrap_or(&"").to_string(),
                    plover: f.get(4).unwrap_or(&"").to_string(),
                })
            })
            .collect()
    })
}

/// The entry for a sub-event type name.
pub fn sub_event(name: &str) -> Option<&'static SubEventType> {
    sub_event_types().iter().find(|t| t.name == name)
}

/// Rank in ACLED's hierarchy (0 = highest, Battles first).
pub fn rank(name: &str) -> usize {
    sub_event_types().iter().position(|t| t.name == name).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_is_complete() {
        let types = sub_event_types();
        assert_eq!(types.len(), 25);
        let mut events: Vec<&str> = types.iter().map(|t| t.event_type.as_str()).collect();
        events.dedup();
        assert_eq!(events.len(), 6);
        assert_eq!(sub_event("Government regains territory").unwrap().event_type, "Battles");
        assert_eq!(sub_event("Peaceful protest").unwrap().disorder_type, "Demonstrations");
        assert!(rank("Armed clash") < rank("Attack"));
    }
}
