//! Toponym resolution: choose one gazetteer entry per mention.
//!
//! A candidate's score is a prior (how it matched, its feature class, its population) plus the
//! document's context: the countries and first-level units the other mentions resolve to, how
//! close it lies to them, and a container written next to it ("Alexandria, Louisiana"). The
//! context is re-estimated from the previous round's choices a few times; a mention never
//! counts as its own evidence, so "Tripoli" in a Lebanon story follows "Lebanon" rather than
//! its own most populous reading.

use super::gazetteer::{Cands, Gazetteer, NameKind, Place, Row};
use std::collections::HashMap;

/// What the words around a mention say about its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Hint {
    /// Nothing.
    None,
    /// "the Kidal region", "Gao province": an admin unit.
    Admin,
    /// "the city of Kidal", "town of Gao": a populated place.
    Settlement,
}

/// One mention to resolve.
#[derive(Clone, Debug)]
pub(crate) struct Query {
    pub key: String,
    pub cands: Cands,
    pub hint: Hint,
    /// Index of the query written right after this one as its container ("X, Y"), if any.
    pub container: Option<usize>,
    /// The container is the last unit of "X (A2, A1)": any reading of it (the town Mopti as
    /// well as the region) names the first-level unit X lies in.
    pub paren_container: bool,
    /// The name is one of a list of three or more ("Arizona, Arkansas, California"): the
    /// comma after it joins equals, so its "container" holds no evidence of where it is.
    pub in_list: bool,
}

/// Weight of the mutual support of names (per supporting name, up to three).
const SUPPORT_WEIGHT: f64 = 0.5;

/// Weight of the same support at the second level (up to two names). Gold spans of the five
/// dev corpora: 1.0 and 1.5 gained 16 and lost none, 2.0 gained 18 and lost 2, 3.0 gained
/// 20 and lost 11.
const ADMIN2_SUPPORT_WEIGHT: f64 = 1.5;

/// Bonus of a county-seat reading when another name of the text reads as its county, and of
/// the county reading when another reads as its seat ("Paris and Henry County" are Paris,
/// Tennessee, and its county; "Richmond ... Madison County", Kentucky). Each name's one vote
/// is spread over its many namesakes in the mutual support, so the pair alone did not
/// outweigh a state both names have a reading in (Illinois has a Paris and a Henry County).
/// Gold spans of the five dev corpora: 1.0 +8, 2.0 +26 -4 (LGL 0.892 -> 0.899), 2.5 the
/// same, 3.0 lost TUD-Loc 8.
const SEAT_AND_COUNTY: f64 = 2.0;

/// Bonus of a bare mention's reading that a mention of the same name saying what it is
/// ("the state of Victoria") chose.
const SAME_NAME_TOLD: f64 = 3.0;

/// Weight of log10(population): one order of magnitude is worth about as much as the
/// difference between a capital and a plain town.
/// (1.3 rather than 1.0: on the five dev corpora it raised gold-span accuracy on four and
/// changed none for the worse.)
const POP_WEIGHT: f64 = 1.3;

/// The log10 of the people given to an administrative seat the registry gives none: a small
/// town's (3.5 is about 3,000).
const UNKNOWN_SEAT_POP: f64 = 3.5;

/// Population from which a city outweighs the first-level unit named like it ("New York").
const BIG_CITY: f64 = 1e6;

/// Bonus of an area reading (first-level unit, country) for a name written as another's
/// container: "Buffalo, New York", "Columbus, Ohio", and lists of states.
const CONTAINER_AREA: f64 = 3.0;

/// Bounds of an admin unit's log10 population in its prior (see [`prior_score`]). Before the
/// build summed the units' people every first-level unit counted 5.5 and every second-level
/// 4.5; lowering only the units with fewer people raised gold-span accuracy on GeoWebNews,
/// LGL and GeoVirus (+3, +9, +1 of 1,385, 2,873, 1,325) and cost TR-News one of 736.
const ADM1_POP: (f64, f64) = (4.5, 5.5);
const ADM2_POP: (f64, f64) = (3.5, 4.5);

fn feature_weight(f: &str) -> f64 {
    match f {
        "CONT" => 4.5,
        "PCLI" | "PCLD" | "PCLF" | "PCLS" | "PCLIX" | "PCL" => 4.5,
        "PPLC" => 2.5,
        "ADM1" => 2.2,
        "PPLA" => 1.5,
        "ADM2" => 0.8,
        "PPLA2" => 0.6,
        "PPLA3" | "PPLA4" | "PPLG" => 0.3,
        "RGN" => 2.2,
        "PPLX" | "PPLL" | "PPLH" | "PPLQ" | "PPLW" => -0.5,
        _ => 0.0,
    }
}

fn is_area(f: &str) -> bool {
    f.starts_with("PCL") || f == "CONT" || f.starts_with("ADM")
}

/// The prior score of a candidate, without context.
fn prior_score(gaz: &Gazetteer, p: &Place, kind: NameKind, hint: Hint) -> f64 {
    let f = gaz.feature(p);
    let pop = match f {
        // Admin units weigh by their people (the sum of their places'), between a town's and
        // a large town's: a unit is named for its seat as often as for itself, so even a
        // populous state does not outweigh cities, but Jamaica's Manchester parish (the
        // places of its 190,000 people mostly too small for the gazetteer) is no rival for
        // England's Manchester.
        "ADM1" | "ADM2" => {
            let (low, high) = if f == "ADM1" { ADM1_POP } else { ADM2_POP };
            (gaz.admin_population(p) as f64 + 1.0).log10().clamp(low, high)
        }
        // Nor do the supplement's regions (Darfur, Sahel, Middle East): weigh them like units.
        "RGN" if p.population == 0 => 5.5,
        // A third- or fourth-level seat whose people the registry does not give is a town
        // still (Peru's Chala, seat of its district, has 0; Tanzania's has 22,624). (Not the
        // higher seats: a district's seat named like its district, India's Chandel, is read
        // with the district.)
        "PPLA3" | "PPLA4" if p.population == 0 => UNKNOWN_SEAT_POP,
        _ => (f64::from(p.population) + 1.0).log10(),
    };
    let name = match kind {
        NameKind::Exact | NameKind::Demonym => 0.0,
        NameKind::Alt => -1.5,
    };
    let hint = match hint {
        Hint::Admin if f.starts_with("ADM") => 4.0,
        Hint::Settlement if f.starts_with("PPL") => 1.5,
        _ => 0.0,
    };
    feature_weight(f) + POP_WEIGHT * pop + name + hint
}

/// A region named like its own seat ("Kidal", "Gao", "Tombouctou") means the town unless the
/// text says region: the unit loses against its seat among the same name's candidates.
fn seat_penalty(gaz: &Gazetteer, p: &Place, q: &Query) -> f64 {
    let f = gaz.feature(p);
    if q.hint == Hint::Admin || !(f == "ADM1" || f == "ADM2") {
        return 0.0;
    }
    let has_seat = q.cands.iter().any(|&(r, _)| {
        let c = &gaz.place(r);
        let cf = gaz.feature(c);
        c.cc == p.cc
            && ((f == "ADM1" && c.admin1 == p.admin1 && (cf == "PPLA" || cf == "PPLC"))
                || (f == "ADM2" && c.admin2 == p.admin2 && cf == "PPLA2"))
    });
    if has_seat { 4.0 } else { 0.0 }
}

/// A first-level unit named like a city of a million or more inside it ("New York") means
/// the city unless the text says state or writes it as a container ("Buffalo, New York"):
/// news names the city far more often than the unit around it.
fn big_city_penalty(gaz: &Gazetteer, p: &Place, q: &Query) -> f64 {
    let f = gaz.feature(p);
    if q.hint == Hint::Admin || f != "ADM1" {
        return 0.0;
    }
    let big = q.cands.iter().any(|&(r, _)| {
        let c = &gaz.place(r);
        f == "ADM1"
            && c.cc == p.cc
            && c.admin1 == p.admin1
            && gaz.feature(c).starts_with("PPL")
            && f64::from(c.population) >= BIG_CITY
    });
    if big { 4.0 } else { 0.0 }
}

/// A reading matched under an alternate name loses against a reading of the same country
/// that carries the name as its own, when that rival is a bigger kind of thing:
/// - "Texas" alone is the state, not Missouri's Texas County, whose alternate name it is (a
///   second-level unit against a first-level one; not when the text says county);
/// - "Mexico" is the country, not Mexico City, whose alternate name it is (a populated place
///   against its own country), whatever the context: a story of Mexico City names Mexico too;
///   so is "Mozambique" against Nampula province (a first-level unit against its country).
fn shadowed_by_own_name(gaz: &Gazetteer, p: &Place, kind: NameKind, q: &Query) -> f64 {
    if kind != NameKind::Alt {
        return 0.0;
    }
    let f = gaz.feature(p);
    let (rival, penalty): (fn(&str) -> bool, f64) = if f == "ADM2" && q.hint != Hint::Admin {
        (|g| g == "ADM1", 4.0)
    } else if f.starts_with("PPL") || f == "ADM1" {
        // (... and "Mozambique" is the country, not Nampula province, whose colonial name it
        // was: a first-level unit against its own country.)
        (|g| g.starts_with("PCL"), 6.0)
    } else {
        return 0.0;
    };
    let shadowed = q.cands.iter().any(|&(r, k)| {
        let u = gaz.place(r);
        k == NameKind::Exact && u.cc == p.cc && rival(gaz.feature(&u))
    });
    if shadowed { penalty } else { 0.0 }
}

pub(crate) fn km(a: &Place, b: &Place) -> f64 {
    let (la1, lo1, la2, lo2) = (
        f64::from(a.lat).to_radians(),
        f64::from(a.lon).to_radians(),
        f64::from(b.lat).to_radians(),
        f64::from(b.lon).to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// Chooses a gazetteer row for each query (None when it has no candidate).
/// The bonus of a reading in the country the text is known to be about (as much as the
/// country evidence of all the other names together).
const PRIOR_COUNTRY: f64 = 3.5;

/// Resolves the queries; `prior` is the country the text is known to be about, if any.
pub(crate) fn resolve(
    gaz: &Gazetteer,
    queries: &[Query],
    prior: Option<[u8; 2]>,
) -> Vec<Option<Row>> {
    // One sense per discourse: mentions with the same name and hint share one choice.
    let mut groups: HashMap<(&str, Hint), usize> = HashMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (i, q) in queries.iter().enumerate() {
        let g = *groups.entry((q.key.as_str(), q.hint)).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[g].push(i);
    }
    // A name written as another's container ("X, Y", "X (A2, A1)") names an area more often
    // than a town; a comma list of states reads the same way, to the same effect.
    // (Marked in one pass: a scan of every query per query was quadratic in a long
    // document's mentions.)
    let mut is_container = vec![false; queries.len()];
    for k in queries.iter().filter_map(|q| q.container) {
        if let Some(c) = is_container.get_mut(k) {
            *c = true;
        }
    }
    let priors: Vec<Vec<f64>> = queries
        .iter()
        .enumerate()
        .map(|(i, q)| {
            q.cands
                .iter()
                .map(|&(r, k)| {
                    let p = &gaz.place(r);
                    let f = gaz.feature(p);
                    let area = if is_container[i] && (f == "ADM1" || f.starts_with("PCL")) {
                        CONTAINER_AREA
                    } else {
                        0.0
                    };
                    let big = if is_container[i] { 0.0 } else { big_city_penalty(gaz, p, q) };
                    let shadow = shadowed_by_own_name(gaz, p, k, q);
                    let known = if prior == Some(p.cc) && f != "CONT" && !f.starts_with("PCL") {
                        PRIOR_COUNTRY
                    } else {
                        0.0
                    };
                    prior_score(gaz, p, k, q.hint) - seat_penalty(gaz, p, q) - big + area - shadow
                        + known
                })
                .collect()
        })
        .collect();
    let argmax = |scores: &[f64]| {
        scores.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).map(|(i, _)| i)
    };
    // Mutual support between names: a first-level unit that holds a candidate of many
    // different names is where the story is ("Norfolk", "Columbus" and "Meadow Grove" all
    // have a Nebraska reading). Each group spreads one vote over its distinct units, so a
    // name found in forty states says little.
    // The same at the second level, where a coincidence is rarer and says more: "Palestine" and
    // "Anderson County" are the Texas pair (Palestine is the county seat).
    // Second-level units each group can name as a unit (a county reading) and as the unit of
    // its seat (a county-seat reading): "Paris" and "Henry County" together are the seat and
    // its county (indexed by unit: the groups that can name it so).
    // (Every group's candidates are read once for all four: the first- and second-level units
    // of the mutual support, the counties and the seats.)
    let none = super::gazetteer::NONE;
    let mut units1: Vec<Vec<u32>> = Vec::with_capacity(members.len());
    let mut units2: Vec<Vec<u32>> = Vec::with_capacity(members.len());
    let mut county_units: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut seat_units: HashMap<u32, Vec<usize>> = HashMap::new();
    for (g, ms) in members.iter().enumerate() {
        let (mut a1, mut a2, mut counties, mut seats) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        if let Some(&i) = ms.first() {
            for &(r, _) in &queries[i].cands {
                let p = gaz.place(r);
                if p.admin1 != none {
                    a1.push(p.admin1);
                }
                if p.admin2 != none {
                    a2.push(p.admin2);
                    match gaz.feature(&p) {
                        "ADM2" => counties.push(p.admin2),
                        "PPLA2" => seats.push(p.admin2),
                        _ => {}
                    }
                }
            }
        }
        for (units, by_unit) in [(counties, &mut county_units), (seats, &mut seat_units)] {
            let mut units = units;
            units.sort_unstable();
            units.dedup();
            for u in units {
                by_unit.entry(u).or_default().push(g);
            }
        }
        units1.push(a1);
        units2.push(a2);
    }
    let unit_support = |all: Vec<Vec<u32>>| {
        let mut support: HashMap<u32, f64> = HashMap::new();
        let mut group_support: Vec<Vec<(u32, f64)>> = Vec::with_capacity(all.len());
        for mut units in all {
            units.sort_unstable();
            units.dedup();
            let w = if units.is_empty() { 0.0 } else { 1.0 / (units.len() as f64).sqrt() };
            for &u in &units {
                *support.entry(u).or_default() += w;
            }
            group_support.push(units.into_iter().map(|u| (u, w)).collect());
        }
        (support, group_support)
    };
    let (support, group_support) = unit_support(units1);
    let (support2, group_support2) = unit_support(units2);
    let mut pick: Vec<Option<usize>> = priors.iter().map(|s| argmax(s)).collect();
    // For each group, the queries written right before one of its mentions as the contained
    // name ("Atlanta" of "Atlanta, Georgia").
    let mut contained_by: Vec<Vec<usize>> = vec![Vec::new(); members.len()];
    for (j, q) in queries.iter().enumerate() {
        if let Some(k) = q.container {
            contained_by[groups[&(queries[k].key.as_str(), queries[k].hint)]].push(j);
        }
    }
    // True when the container reading `cp` of query `m`'s container holds the place `p`.
    let holds = |m: usize, cp: Place, p: &Place| {
        let cf = gaz.feature(&cp);
        let unit = cf == "ADM1" || queries[m].paren_container;
        (cf.starts_with("PCL") && cp.cc == p.cc) || (unit && cp.admin1 == p.admin1 && cp.cc == p.cc)
    };
    // A name and its container ("Rupnagar, Punjab") start from their best pair of readings:
    // read one at a time, Punjab's first reading (Pakistan's, on a tie) would draw Rupnagar
    // to a Pakistani village, though an Indian district of that name lies in India's Punjab.
    for (m, q) in queries.iter().enumerate() {
        let Some(k) = q.container.filter(|_| !q.in_list) else { continue };
        let mut best: Option<(f64, usize, usize)> = None;
        for (a, &(r, _)) in q.cands.iter().enumerate() {
            let p = gaz.place(r);
            for (b, &(rc, _)) in queries[k].cands.iter().enumerate() {
                let bonus = if holds(m, gaz.place(rc), &p) { 6.0 } else { 0.0 };
                let score = priors[m][a] + priors[k][b] + bonus;
                if best.is_none_or(|(s, _, _)| score > s) {
                    best = Some((score, a, b));
                }
            }
        }
        if let Some((_, a, b)) = best {
            // Every mention of the same name shares the choice.
            for (query, choice) in [(m, a), (k, b)] {
                let key = (queries[query].key.as_str(), queries[query].hint);
                for &o in &members[groups[&key]] {
                    pick[o] = Some(choice);
                }
            }
        }
    }
    // What a group's current choice says about the others: its country and admin-1 unit
    // (with weights) and, when it is a point rather than an area, the place.
    type Evidence = (Option<([u8; 2], f64)>, Option<(u32, f64)>, Option<Place>);
    let evidence_of = |g: usize, pick: &[Option<usize>]| -> Evidence {
        let Some(&i) = members[g].first() else { return (None, None, None) };
        let Some(c) = pick[i] else { return (None, None, None) };
        let (row, kind) = queries[i].cands[c];
        let p = gaz.place(row);
        let f = gaz.feature(&p);
        if f == "CONT" {
            return (None, None, None);
        }
        let w = if f.starts_with("PCL") || kind == NameKind::Demonym { 1.5 } else { 1.0 };
        let admin = (p.admin1 != super::gazetteer::NONE)
            .then(|| (p.admin1, if f == "ADM1" { 2.0 } else { 1.0 }));
        let point = (!is_area(f)).then_some(p);
        (Some((p.cc, w)), admin, point)
    };
    let mut group_ev: Vec<Evidence> = (0..members.len()).map(|g| evidence_of(g, &pick)).collect();
    // Groups of the same name under another hint: a name is no evidence for itself, so their
    // readings do not count as its context (the Dublins of a story of Dublin, Ohio, each
    // reading Ireland, outvoted its one "Ohio"). Only a group that says what the name is
    // ("the state of Victoria") tells the bare mentions of that name which one it is.
    let hint_of = |g: usize| members[g].first().map(|&i| queries[i].hint);
    let key_of = |g: usize| members[g].first().map(|&i| queries[i].key.as_str());
    // (Indexed by name in one pass: a long document has hundreds of groups.)
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for g in 0..members.len() {
        if let Some(k) = key_of(g) {
            by_name.entry(k).or_default().push(g);
        }
    }
    let same_name: Vec<Vec<usize>> = (0..members.len())
        .map(|g| {
            key_of(g)
                .and_then(|k| by_name.get(k))
                .map(|gs| gs.iter().copied().filter(|&h| h != g).collect())
                .unwrap_or_default()
        })
        .collect();
    let siblings: Vec<Vec<usize>> = same_name
        .iter()
        .enumerate()
        .map(|(g, hs)| {
            hs.iter()
                .copied()
                .filter(|&h| hint_of(h) == Some(Hint::None) || hint_of(g) != Some(Hint::None))
                .collect()
        })
        .collect();
    // Running totals of the evidence of all groups (weights are multiples of 0.5, so adding
    // and taking away one group's share is exact); a group is scored against the others'.
    let mut country_ev: HashMap<[u8; 2], f64> = HashMap::new();
    let mut admin_ev: HashMap<u32, f64> = HashMap::new();
    let tally = |ev: &Evidence,
                 sign: f64,
                 country_ev: &mut HashMap<[u8; 2], f64>,
                 admin_ev: &mut HashMap<u32, f64>| {
        if let Some((cc, w)) = ev.0 {
            *country_ev.entry(cc).or_default() += sign * w;
        }
        if let Some((u, w)) = ev.1 {
            *admin_ev.entry(u).or_default() += sign * w;
        }
    };
    for ev in &group_ev {
        tally(ev, 1.0, &mut country_ev, &mut admin_ev);
    }
    // Each group in turn takes its best reading given the others' current ones (updated as
    // soon as a group changes: updating all groups at once let "Rupnagar, Punjab" swap
    // between India and Pakistan every round, each name following the other's last choice).
    for _round in 0..3 {
        let mut changed = false;
        for (g, ms) in members.iter().enumerate() {
            let Some(&i) = ms.first() else { continue };
            let q = &queries[i];
            if q.cands.len() < 2 {
                continue;
            }
            // The group's own evidence and its siblings', which do not count as context.
            let selves = || std::iter::once(g).chain(siblings[g].iter().copied());
            // The mutual support counts candidates, which every group of a name shares: none
            // of them supports another.
            let namesakes = || std::iter::once(g).chain(same_name[g].iter().copied());
            let self_country = |cc: [u8; 2]| -> f64 {
                selves().filter_map(|h| group_ev[h].0).filter(|c| c.0 == cc).map(|c| c.1).sum()
            };
            let self_admin = |u: u32| -> f64 {
                selves().filter_map(|h| group_ev[h].1).filter(|a| a.0 == u).map(|a| a.1).sum()
            };
            let total: f64 = country_ev.values().sum();
            let others_total =
                total - selves().filter_map(|h| group_ev[h].0).map(|c| c.1).sum::<f64>();
            // Places the other groups resolved to, for the distance bonus.
            let own_siblings = &siblings[g];
            let near = || {
                group_ev
                    .iter()
                    .enumerate()
                    .filter(move |&(h, _)| h != g && !own_siblings.contains(&h))
                    .filter_map(|(_, e)| e.2)
            };
            // A name of two countries ("Congo": the DRC's or the Republic of Congo's) is
            // read, as other names are, by the countries of the story's other places
            // ("BRAZZAVILLE ... Congo's capital").
            let country_rivals = q
                .cands
                .iter()
                .filter(|&&(row, _)| gaz.feature(&gaz.place(row)).starts_with("PCL"))
                .count()
                >= 2;
            let mut scores = Vec::with_capacity(q.cands.len());
            for (c, &(row, _)) in q.cands.iter().enumerate() {
                let p = &gaz.place(row);
                let f = gaz.feature(p);
                let mut s = priors[i][c];
                let mut ctx = 0.0;
                if others_total > 0.0 && (!f.starts_with("PCL") || country_rivals) && f != "CONT" {
                    let w = country_ev.get(&p.cc).copied().unwrap_or(0.0) - self_country(p.cc);
                    ctx += 3.5 * (w / others_total).max(0.0);
                }
                if p.admin1 != super::gazetteer::NONE && f != "ADM1" {
                    let w = admin_ev.get(&p.admin1).copied().unwrap_or(0.0) - self_admin(p.admin1);
                    ctx += 1.5 * w.min(2.0);
                }
                // Support of a unit from the names other than this one.
                let others_in = |support: &HashMap<u32, f64>, groups: &[Vec<(u32, f64)>], u| {
                    if u == super::gazetteer::NONE {
                        return 0.0;
                    }
                    let own: f64 = namesakes()
                        .filter_map(|h| groups[h].iter().find(|x| x.0 == u))
                        .map(|x| x.1)
                        .sum();
                    support.get(&u).copied().unwrap_or(0.0) - own
                };
                ctx += SUPPORT_WEIGHT * others_in(&support, &group_support, p.admin1).min(3.0);
                ctx += ADMIN2_SUPPORT_WEIGHT
                    * others_in(&support2, &group_support2, p.admin2).min(2.0);
                // "Paris and Henry County": a county seat and its county named together.
                if p.admin2 != super::gazetteer::NONE && (f == "PPLA2" || f == "ADM2") {
                    let others = if f == "PPLA2" { &county_units } else { &seat_units };
                    let paired = others
                        .get(&p.admin2)
                        .is_some_and(|hs| hs.iter().any(|&h| h != g && !same_name[g].contains(&h)));
                    if paired {
                        ctx += SEAT_AND_COUNTY;
                    }
                }
                if !is_area(f) {
                    let d = near().map(|o| km(p, &o)).fold(f64::INFINITY, f64::min);
                    if d < 50.0 {
                        ctx += 1.5;
                    } else if d < 200.0 {
                        ctx += 1.5 / 2.0;
                    }
                }
                s += ctx;
                // "the state of Victoria ... Victoria": a mention of the name that says what it
                // is gives its reading to the bare ones.
                let told = q.hint == Hint::None
                    && same_name[g].iter().any(|&h| {
                        let Some(&j) = members[h].first() else { return false };
                        queries[j].hint != Hint::None
                            && pick[j].is_some_and(|c| queries[j].cands[c].0 == row)
                    });
                if told {
                    s += SAME_NAME_TOLD;
                }

                // "Alexandria, Louisiana": the container written next to the name.
                for &m in ms {
                    let Some(k) = queries[m].container.filter(|_| !queries[m].in_list) else {
                        continue;
                    };
                    let Some(cc) = pick[k] else { continue };
                    if holds(m, gaz.place(queries[k].cands[cc].0), p) {
                        s += 6.0;
                        break;
                    }
                }
                // ... and the other way round, the container of a name it holds ("Atlanta,
                // Georgia" in a story of Indonesia is the state).
                let held = contained_by[g].iter().filter(|&&j| !queries[j].in_list).any(|&j| {
                    pick[j].is_some_and(|c| holds(j, *p, &gaz.place(queries[j].cands[c].0)))
                });
                if held {
                    s += 6.0;
                }
                scores.push(s);
            }
            let best = argmax(&scores);
            if best != pick[i] {
                changed = true;
                for &m in ms {
                    pick[m] = best;
                }
                tally(&group_ev[g], -1.0, &mut country_ev, &mut admin_ev);
                group_ev[g] = evidence_of(g, &pick);
                tally(&group_ev[g], 1.0, &mut country_ev, &mut admin_ev);
            }
        }
        if !changed {
            break;
        }
    }
    pick.iter().zip(queries).map(|(c, q)| c.and_then(|c| q.cands.get(c)).map(|&(r, _)| r)).collect()
}

/// For each unresolved toponym whose span is a non-blank piece of the text, the coordinates of the
/// resolved populated place written closest to it (in bytes; the earlier one on a tie).
///
/// A name the gazetteer lacks, when it is given as a place (gold spans), is most often a
/// facility, street or hamlet of the story's setting: "Barclays Center" in a Brooklyn story,
/// "Abbassiya" in a Cairo one. The nearest populated place the text names is a better
/// estimate of where it is than nothing. An area (a county, a country) is too coarse to stand
/// for a point and is used only when the text resolved no populated place.
pub(crate) fn nearest_place(ts: &[super::Toponym], text: &str) -> Vec<Option<(f64, f64)>> {
    // A place whose country no other toponym of the text shares is a weak anchor: most often
    // a wrongly resolved common word ("Republic", Missouri, in a story of Derry hospitals).
    // It is used only when no place has such company.
    let company = |t: &super::Toponym| {
        t.country.as_deref().is_some_and(|c| {
            ts.iter()
                .filter(|o| o.lat.is_some() && o.country.as_deref() == Some(c))
                .nth(1)
                .is_some()
        })
    };
    let any_company = ts.iter().any(|t| t.lat.is_some() && company(t));
    let in_setting = |t: &&super::Toponym| !any_company || company(t);
    let places: Vec<&super::Toponym> = ts
        .iter()
        .filter(|t| t.lat.is_some() && t.feature.as_deref().is_some_and(|f| f.starts_with("PPL")))
        .filter(in_setting)
        .collect();
    let areas: Vec<&super::Toponym> = ts
        .iter()
        .filter(|t| {
            t.lat.is_some()
                && t.feature
                    .as_deref()
                    .is_some_and(|f| f.starts_with("ADM") || f.starts_with("PCL"))
        })
        .filter(in_setting)
        .collect();
    ts.iter()
        .map(|t| {
            if t.lat.is_some() || t.span.get(text).is_none_or(|s| s.trim().is_empty()) {
                return None;
            }
            let gap = |p: &&&super::Toponym| {
                if p.span.end <= t.span.start {
                    (t.span.start - p.span.end, 0)
                } else {
                    (p.span.start.saturating_sub(t.span.end), 1)
                }
            };
            // With no populated place resolved, the nearest resolved area: "MetroHealth
            // Medical Center" in a story of Cuyahoga County, "the Islamic Republic" in one of
            // Iran (a county or a country is coarse, but it is where the story is).
            let p = places.iter().min_by_key(gap).or_else(|| areas.iter().min_by_key(gap))?;
            Some((p.lat?, p.lon?))
        })
        .collect()
}
