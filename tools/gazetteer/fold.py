"""Name folding shared by the gazetteer converter and (re-implemented) by the Rust geoparser.

The Rust side (`crates/sitrep/src/geocode/fold.rs`) must produce the same keys: NFKD, drop
combining marks, lowercase, a few letters without a decomposition mapped by hand, apostrophes
dropped (so "Sana'a" == "Sanaa"), every other non-alphanumeric run becomes one space.
"""
import unicodedata

SPECIAL = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ſ": "s",
}
APOSTROPHES = set("'’‘`´ʼʻʹʿʾ")


def fold(name: str) -> str:
    out = []
    space = False
    for c in unicodedata.normalize("NFKD", name):
        if unicodedata.category(c).startswith("M") or c in APOSTROPHES:
            continue
        for l in c.lower():
            l = SPECIAL.get(l, l)
            if l.isalnum():
                if space and out:
                    out.append(" ")
                space = False
                out.append(l)
            else:
                space = True
    return "".join(out)
