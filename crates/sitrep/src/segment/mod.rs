//! Sentences and tokens with byte offsets into the article text.
//!
//! Rule-based: a sentence ends at `.`, `!` or `?` (after any closing quotes or brackets)
//! followed by space and a capital, digit or quote, unless the word before the period is a
//! known abbreviation, an initial or a dotted acronym ("U.N."). Line breaks always end a
//! sentence, so bullet lists and headlines stand alone. Datelines stay in the first sentence.

use crate::span::Span;
use serde::Serialize;

/// A sentence of the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte span in the article text, without surrounding whitespace.
    pub span: Span,
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum TokenKind {
    /// Letters (with inner apostrophes, hyphens and dots: "Mali’s", "al-Qaida", "U.N.").
    Word,
    /// Digits (with inner `.` or `,`: "25,000", "3.5").
    Number,
    /// Anything else, one character.
    Punct,
}

/// A token of the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Token {
    /// Byte span in the article text.
    pub span: Span,
    /// Kind of token.
    pub kind: TokenKind,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "cmdr",
    "adm", "gov", "sen", "rep", "pres", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "no", "nos", "vs", "inc",
    "ltd", "co", "corp", "jr", "sr", "rev", "hon", "dept", "est", "approx", "fig", "vol", "cf",
    "al", "brig", "cpl", "pvt", "supt", "insp", "sgt", "messrs", "mme", "mlle", "hr", "hrs",
];

/// Splits the article text into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(text, line_start, line_start + line.len(), &mut out);
        line_start += line.len();
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Sentence { span: Span::new(start + lead, start + lead + trimmed.len()) });
    }
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let mut sentence_start = start;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Swallow repeated terminators and closing quotes/brackets.
        let mut cut = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if matches!(d, '.' | '!' | '?') || is_closer(d) {
                cut = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &line[cut..];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() {
            continue; // no space: "3.5", "U.N.", "example.com"
        }
        let next = after_space.chars().next();
        let starts_new = match next {
            None => true,
            Some(n) => n.is_uppercase() || n.is_ascii_digit() || is_opener(n) || n == '—',
        };
        if !starts_new {
            continue;
        }
        if c == '.' && is_abbreviation(&line[..i]) {
            continue;
        }
        push_trimmed(text, sentence_start, start + cut, out);
        sentence_start = start + cut;
    }
    push_trimmed(text, sentence_start, end, out);
}

/// True when the word that ends `before` (just before a period) is an abbreviation.
fn is_abbreviation(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // An initial ("A. Smith") or a dotted acronym ("U.N", "U.S").
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Tokenizes a span of the text.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let Some(piece) = span.get(text) else { return Vec::new() };
    let base = span.start as usize;
    let mut out = Vec::new();
    let mut iter = piece.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else if c.is_alphanumeric() {
            TokenKind::Word
        } else {
            out.push(Token {
                span: Span::new(base + i, base + i + c.len_utf8()),
                kind: TokenKind::Punct,
            });
            continue;
        };
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            let joins = if d.is_alphanumeric() {
                true
            } else if matches!(d, '\'' | '’' | '-' | '.' | ',') {
                // Inner punctuation joins only when a letter/digit follows it directly
                // ("Mali’s", "al-Qaida", "U.N", "25,000"); commas only inside numbers.
                let next = piece[j + d.len_utf8()..].chars().next();
                match (kind, d) {
                    (TokenKind::Number, ',' | '.') => next.is_some_and(|n| n.is_ascii_digit()),
                    (_, ',') => false,
                    (TokenKind::Word, '.') => next.is_some_and(char::is_alphabetic),
                    _ => next.is_some_and(char::is_alphanumeric),
                }
            } else {
                false
            };
            if !joins {
                break;
            }
            end = j + d.len_utf8();
            iter.next();
        }
        out.push(Token { span: Span::new(base + i, base + end), kind });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.span.get(text).unwrap()).collect()
    }

    #[test]
    fn abbreviations_and_acronyms() {
        assert_eq!(
            split("The U.N. brokered a deal in 2015. Gen. Goita spoke. Mr. A. Smith left."),
            vec!["The U.N. brokered a deal in 2015.", "Gen. Goita spoke.", "Mr. A. Smith left."]
        );
    }

    #[test]
    fn quotes_lines_and_datelines() {
        let text = "BAMAKO, Mali (AP) — The army moved in. \"Our mission is not complete,\" he said. \"It goes on.\" Then?\n- bullet one\n- bullet two";
        assert_eq!(
            split(text),
            vec![
                "BAMAKO, Mali (AP) — The army moved in.",
                "\"Our mission is not complete,\" he said.",
                "\"It goes on.\"",
                "Then?",
                "- bullet one",
                "- bullet two"
            ]
        );
    }

    #[test]
    fn numbers_do_not_split() {
        assert_eq!(
            split("About 3.5 million people. Next."),
            vec!["About 3.5 million people.", "Next."]
        );
        assert_eq!(
            split("the town of about 25,000 and more"),
            vec!["the town of about 25,000 and more"]
        );
    }

    #[test]
    fn token_offsets() {
        let text = "Mali’s army took Kidal, a town of 25,000 (U.N. data).";
        let toks = tokens(text, Span::new(0, text.len()));
        let words: Vec<&str> = toks.iter().map(|t| t.span.get(text).unwrap()).collect();
        assert_eq!(
            words,
            vec![
                "Mali’s", "army", "took", "Kidal", ",", "a", "town", "of", "25,000", "(", "U.N",
                ".", "data", ")", "."
            ]
        );
        assert_eq!(toks[8].kind, TokenKind::Number);
    }

    proptest::proptest! {
        #[test]
        fn spans_are_valid_and_ordered(text in "\\PC{0,300}") {
            let ss = sentences(&text);
            let mut last = 0;
            for s in &ss {
                proptest::prop_assert!(s.span.get(&text).is_some());
                proptest::prop_assert!(s.span.start as usize >= last);
                last = s.span.end as usize;
                for t in tokens(&text, s.span) {
                    proptest::prop_assert!(s.span.contains(t.span));
                    proptest::prop_assert!(t.span.get(&text).is_some());
                }
            }
        }
    }
}
