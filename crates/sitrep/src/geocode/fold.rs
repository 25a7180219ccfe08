//! Name folding: the lookup key of a place name.
//!
//! Must agree with `tools/gazetteer/fold.py`, which folds the names when the gazetteer is
//! built: NFKD, combining marks dropped, lowercase, a few letters without a decomposition
//! mapped by hand, apostrophes dropped (so "Sana'a" and "Sanaa" meet), and every other run of
//! non-alphanumeric characters turned into one space.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// True for the apostrophe-like characters that folding drops.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | '´' | 'ʼ' | 'ʻ' | 'ʹ' | 'ʿ' | 'ʾ')
}

/// Appends the folded form of `s` to `out`, continuing a key already in `out` (a space is put
/// between the two when `out` is not empty and `s` starts a new word).
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let mut space = !out.is_empty();
    for c in s.nfkd() {
        if is_combining_mark(c) || is_apostrophe(c) {
            continue;
        }
        for l in c.to_lowercase() {
            let mapped: &str = match l {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' | 'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                'ħ' => "h",
                'ŧ' => "t",
                'ŋ' => "n",
                'ſ' => "s",
                _ => "",
            };
            if !mapped.is_empty() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push_str(mapped);
            } else if l.is_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(l);
            } else {
                space = true;
            }
        }
    }
}

/// A name in ASCII letters, case and punctuation kept: "Ménaka" -> "Menaka",
/// "Sèmè-Podji" -> "Seme-Podji". ACLED writes its location and admin names this way.
pub fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        let mapped = match c {
            'ß' => "ss",
            'æ' => "ae",
            'Æ' => "Ae",
            'œ' => "oe",
            'Œ' => "Oe",
            'ø' => "o",
            'Ø' => "O",
            'ł' => "l",
            'Ł' => "L",
            'đ' | 'ð' => "d",
            'Đ' | 'Ð' => "D",
            'ı' => "i",
            'ʼ' | '’' | '‘' | 'ʻ' => "'",
            _ => "",
        };
        if mapped.is_empty() {
            out.push(c);
        } else {
            out.push_str(mapped);
        }
    }
    out
}

/// The folded lookup key of a name.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn ascii_keeps_case_and_punctuation() {
        assert_eq!(super::ascii("Ménaka"), "Menaka");
        assert_eq!(super::ascii("Sèmè-Podji"), "Seme-Podji");
        assert_eq!(super::ascii("Fada N’gourma"), "Fada N'gourma");
        assert_eq!(super::ascii("Kidal"), "Kidal");
    }

    #[test]
    fn folds_like_the_converter() {
        // Same cases as tools/gazetteer/fold.py's expectations.
        let cases = [
            ("Tombouctou", "tombouctou"),
            ("Anéfis", "anefis"),
            ("Sana'a", "sanaa"),
            ("Sana’a", "sanaa"),
            ("St. Louis", "st louis"),
            ("Guinea-Bissau", "guinea bissau"),
            ("Кидаль", "кидаль"),
            ("Łódź", "lodz"),
            ("İstanbul", "istanbul"),
            ("U.S.", "u s"),
            ("  Ségou  ", "segou"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "{input}");
        }
    }
}
