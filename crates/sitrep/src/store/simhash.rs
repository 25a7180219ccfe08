//! SimHash over word 3-shingles, for near-duplicate documents (syndicated copies).

/// FNV-1a, 64 bits: fast and stable across runs and platforms.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The 64-bit SimHash of a text's lower-cased word 3-shingles.
pub fn simhash(text: &str) -> u64 {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut counts = [0i32; 64];
    let mut add = |h: u64| {
        for (bit, c) in counts.iter_mut().enumerate() {
            if h >> bit & 1 == 1 { *c += 1 } else { *c -= 1 }
        }
    };
    if words.len() < 3 {
        add(fnv1a(words.join(" ").as_bytes()));
    }
    for w in words.windows(3) {
        add(fnv1a(w.join(" ").as_bytes()));
    }
    counts.iter().enumerate().fold(0u64, |acc, (bit, &c)| if c > 0 { acc | 1 << bit } else { acc })
}

/// Number of differing bits.
pub fn distance(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// The four 16-bit bands of a hash.
pub fn bands(h: u64) -> [i64; 4] {
    [0, 1, 2, 3].map(|i| ((h >> (16 * i)) & 0xffff) as i64)
}

/// Largest Hamming distance at which two documents count as copies.
pub const NEAR_DUPLICATE_BITS: u32 = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_near_and_different_texts_far() {
        let a = include_str!("../../../../fixtures/kidal/article.txt");
        // A syndicated copy: the same wire text with one word edited and a credit line.
        let b = format!("{}\n(AFP)", a.replacen("northern city", "northern town", 1));
        assert!(distance(simhash(a), simhash(&b)) <= NEAR_DUPLICATE_BITS);
        let c = "Protesters marched through Bamako on Friday to demand elections, police said, \
                 and the crowd dispersed peacefully in the evening after speeches by leaders.";
        assert!(distance(simhash(a), simhash(c)) > 10);
    }
}
