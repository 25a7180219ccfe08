//! Bytes to text: BOM, declared charset, UTF-8 check, Windows-1252 fallback.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decodes bytes to a `String`, stripping a BOM.
///
/// Order: a BOM wins; then a charset declared by the transport (`declared`) or, for HTML, by a
/// `<meta charset>` in the first 4 KiB; then UTF-8 when the bytes are valid UTF-8; else
/// Windows-1252 (a superset of Latin-1 for printable text, as browsers do).
/// Returns the text and the name of the encoding used.
pub fn decode(bytes: &[u8], html: bool, declared: Option<&str>) -> (String, &'static str) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc.name());
    }
    let declared = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| if html { sniff_meta_charset(bytes) } else { None });
    if let Some(enc) = declared {
        // A page that declares UTF-8 but is not valid UTF-8 is almost always Windows-1252.
        let enc =
            if enc == UTF_8 && std::str::from_utf8(bytes).is_err() { WINDOWS_1252 } else { enc };
        // UTF-16 declared in a meta tag is impossible for ASCII-compatible bytes (HTML spec).
        let enc = enc.output_encoding();
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return (text.into_owned(), enc.name());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), UTF_8.name()),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), WINDOWS_1252.name())
        }
    }
}

/// Finds `charset=...` in a `<meta>` of the first 4 KiB of an HTML page.
fn sniff_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut j = from + i + "charset".len();
        while j < lower.len() && matches!(lower[j], b' ' | b'=' | b'"' | b'\'') {
            j += 1;
        }
        let start = j;
        while j < lower.len()
            && (lower[j].is_ascii_alphanumeric() || matches!(lower[j], b'-' | b'_' | b':'))
        {
            j += 1;
        }
        if let Some(enc) = Encoding::for_label(&lower[start..j]) {
            return Some(enc);
        }
        from = j.max(from + i + 1);
    }
    None
}

/// True when the bytes look binary (NUL bytes in the first 8 KiB) and carry no UTF-16 BOM.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if Encoding::for_bom(bytes).is_some() {
        return false;
    }
    bytes[..bytes.len().min(8192)].contains(&0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_stripped() {
        let (t, enc) = decode(b"\xEF\xBB\xBFMali", false, None);
        assert_eq!((t.as_str(), enc), ("Mali", "UTF-8"));
    }

    #[test]
    fn latin1_falls_back_to_windows_1252() {
        let (t, enc) = decode(b"Kidal, r\xe9gion du Mali \x96 AFP", false, None);
        assert_eq!(t, "Kidal, région du Mali – AFP");
        assert_eq!(enc, "windows-1252");
    }

    #[test]
    fn meta_charset_is_used() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Gao \xe9t\xe9</body>";
        let (t, _) = decode(page, true, None);
        assert!(t.contains("Gao été"));
        let page2 = b"<meta http-equiv=Content-Type content='text/html; charset=windows-1251'>\xcc\xe0\xeb\xe8";
        assert!(decode(page2, true, None).0.ends_with("Мали"));
    }

    #[test]
    fn utf16_bom() {
        let (t, _) = decode(b"\xFF\xFEM\0a\0l\0i\0", false, None);
        assert_eq!(t, "Mali");
        assert!(!looks_binary(b"\xFF\xFEM\0a\0"));
        assert!(looks_binary(b"\x00\x01\x02ELF"));
    }

    proptest::proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512), html: bool) {
            let _ = decode(&bytes, html, None);
        }
    }
}
