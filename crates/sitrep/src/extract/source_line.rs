//! Source lines ("Some information in this report was taken from AFP and Reuters",
//! "(Reporting by ...; Editing by ...)") and datelines ("BAMAKO, Mali (AP) —").

use std::sync::OnceLock;

/// One news agency or outlet with the ways texts name it.
#[derive(Debug)]
struct Agency {
    canonical: String,
    aliases: Vec<String>,
}

fn agencies() -> &'static [Agency] {
    static AGENCIES: OnceLock<Vec<Agency>> = OnceLock::new();
    AGENCIES.get_or_init(|| {
        include_str!("../../../../data/lexicons/agencies.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (canonical, aliases) = l.split_once('\t')?;
                let mut aliases: Vec<String> = aliases.split('|').map(str::to_string).collect();
                // Longest alias first so "Agence France-Presse" wins over "AFP" inside it.
                aliases.sort_by_key(|a| std::cmp::Reverse(a.len()));
                Some(Agency { canonical: canonical.to_string(), aliases })
            })
            .collect()
    })
}

/// Agencies named in `text`, in order of first mention, canonical names, no repeats.
pub fn agencies_in(text: &str) -> Vec<String> {
    let mut found: Vec<(usize, &str)> = Vec::new();
    for agency in agencies() {
        let first = agency.aliases.iter().filter_map(|alias| find_word(text, alias)).min();
        if let Some(pos) = first
            && !found.iter().any(|(_, c)| *c == agency.canonical)
        {
            found.push((pos, &agency.canonical));
        }
    }
    found.sort();
    found.into_iter().map(|(_, c)| c.to_string()).collect()
}

/// True when `name` is a news agency's name or alias ("Xinhua", "AFP"), as in a dateline's
/// "NEW DELHI, March 7 (Xinhua)".
pub fn is_agency(name: &str) -> bool {
    let name = name.trim();
    agencies().iter().any(|a| a.aliases.iter().any(|alias| alias == name))
}

/// True when `line` holds nothing but agency names, "and" and punctuation.
fn only_agency_names(line: &str) -> bool {
    let mut rest = line.to_string();
    for agency in agencies() {
        for alias in &agency.aliases {
            while let Some(i) = find_word(&rest, alias) {
                rest.replace_range(i..i + alias.len(), " ");
            }
        }
    }
    rest.split(|c: char| !c.is_alphanumeric())
        .all(|w| w.is_empty() || w.eq_ignore_ascii_case("and"))
}

/// Byte position of `word` in `text` on word boundaries.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let start = from + i;
        let end = start + word.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if boundary(before) && boundary(after) {
            return Some(start);
        }
        from = end;
    }
    None
}

const SOURCE_CUES: &[&str] = &[
    "information in this report was taken from",
    "information for this report was taken from",
    "information in this article was taken from",
    "this report contains information from",
    "reporting by",
    "editing by",
    "contributed to this report",
    "contributed reporting",
    "additional reporting",
    "originally published by",
    "first published by",
    "originally appeared",
    "first appeared on",
    "with agencies",
    "with afp",
    "with reuters",
];

/// If `line` is a source line, the sources it credits (possibly empty when it names only
/// reporters); `None` when it is article text.
pub fn source_line(line: &str) -> Option<Vec<String>> {
    let trimmed = line.trim().trim_matches(['(', ')', '[', ']', '.', ' ']);
    if trimmed.is_empty() || trimmed.len() > 300 {
        return None;
    }
    let lower = trimmed.to_lowercase();
    let cued = SOURCE_CUES.iter().any(|c| lower.contains(c))
        || lower.starts_with("source:")
        || lower.starts_with("sources:")
        || lower.starts_with("copyright")
        || lower.starts_with('©');
    let agencies = agencies_in(trimmed);
    // A bare credit line: "AFP", "— Reuters", "AFP/Reuters": nothing left once the agency
    // names are taken out.
    let bare = !agencies.is_empty() && only_agency_names(trimmed);
    if !(cued || bare) {
        return None;
    }
    let mut sources = agencies;
    if sources.is_empty() && lower.contains("reporting by") && lower.contains("editing by") {
        // "(Reporting by X; Editing by Y)" is Reuters' house signature.
        sources.push("Reuters".to_string());
    }
    if sources.is_empty()
        && let Some(i) = lower.find("taken from ")
    {
        // Unknown outlets: "taken from Le Monde and El País".
        let names = &trimmed[i + "taken from ".len()..];
        sources.extend(
            names
                .split([',', ';'])
                .flat_map(|part| part.split(" and "))
                .map(|n| n.trim().trim_end_matches('.').to_string())
                .filter(|n| !n.is_empty()),
        );
    }
    Some(sources)
}

/// Length in bytes of a dateline at the start of a paragraph ("BAMAKO, Mali (AP) — ") and the
/// agencies it names; `None` when the paragraph has none.
pub fn dateline(paragraph: &str) -> Option<(usize, Vec<String>)> {
    // (A hyphen inside the place is no separator: "PORT-AU-PRINCE (Reuters) -".)
    let dash = paragraph.char_indices().take(80).find(|&(i, c)| {
        matches!(c, '—' | '–') || (c == '-' && paragraph[..i].ends_with(char::is_whitespace))
    })?;
    let (head, rest) = paragraph.split_at(dash.0);
    let after = rest.char_indices().nth(1).map_or(rest.len(), |(i, _)| i);
    let head_trim = head.trim();
    let place = head_trim.split([',', '(']).next()?.trim();
    // A dateline starts with a place in capitals: "BAMAKO", "NEW DELHI".
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 || letters.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    if head_trim.split_whitespace().count() > 8 {
        return None;
    }
    let len = dash.0 + after;
    let len = len + paragraph[len..].len() - paragraph[len..].trim_start().len();
    Some((len, agencies_in(head_trim)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hyphenated_place_is_one_dateline() {
        let line = "PORT-AU-PRINCE (Reuters) - Armed gangs stormed the prison.";
        let (len, agencies) = dateline(line).unwrap();
        assert_eq!(&line[len..], "Armed gangs stormed the prison.");
        assert_eq!(agencies, vec!["Reuters".to_string()]);
    }

    #[test]
    fn seed_page_source_line() {
        let line =
            "Some information in this report was taken from Agence France Presse and Reuters";
        assert_eq!(source_line(line), Some(vec!["Agence France Presse".into(), "Reuters".into()]));
    }

    #[test]
    fn reuters_signature_and_bare_credit() {
        assert_eq!(
            source_line("(Reporting by Tiemoko Diallo; Editing by Alex Richardson)"),
            Some(vec!["Reuters".into()])
        );
        assert_eq!(source_line("— AFP"), Some(vec!["Agence France Presse".into()]));
        assert_eq!(
            source_line("AFP/Reuters"),
            Some(vec!["Agence France Presse".into(), "Reuters".into()])
        );
        assert_eq!(
            source_line("Some information in this report was taken from Le Monde and El País."),
            Some(vec!["Le Monde".into(), "El País".into()])
        );
    }

    #[test]
    fn article_sentences_are_not_source_lines() {
        assert_eq!(
            source_line("Mali's army said Tuesday it has retaken the city, AFP reported."),
            None
        );
        assert_eq!(source_line("The AP reported that five people died in Gao."), None);
    }

    #[test]
    fn datelines() {
        let p = "BAMAKO, Mali (AP) — Mali's army said Tuesday";
        let (len, agencies) = dateline(p).unwrap();
        assert_eq!(&p[len..], "Mali's army said Tuesday");
        assert_eq!(agencies, vec!["Associated Press".to_string()]);
        assert!(dateline("Mali's army - the junta - said").is_none());
        assert!(dateline("NEW DELHI - Police fired").is_some());
    }
}
