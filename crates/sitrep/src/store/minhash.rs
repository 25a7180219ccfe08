//! MinHash over word 3-shingles, for near-duplicate documents (syndicated copies).
//!
//! 64 hash functions estimate the Jaccard similarity of two texts' shingle sets; 16 bands of
//! 4 values index them, so two texts with Jaccard similarity 0.8 share a band with
//! probability 1 - (1 - 0.8^4)^16 > 0.9999. SimHash was tried first: on a 330-word article a
//! one-word edit moved it 6 bits, because many of its counters sit near zero.

/// Number of hash functions.
pub const HASHES: usize = 64;
/// Values per band.
pub const ROWS: usize = 4;
/// Jaccard similarity at or above which two texts are copies.
pub const COPY_SIMILARITY: f64 = 0.8;

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The MinHash signature of a text's lower-cased word 3-shingles.
pub fn signature(text: &str) -> [u32; HASHES] {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let shingles: Vec<u64> = if words.len() < 3 {
        vec![fnv1a(words.join(" ").as_bytes())]
    } else {
        words.windows(3).map(|w| fnv1a(w.join(" ").as_bytes())).collect()
    };
    let mut sig = [u32::MAX; HASHES];
    for s in shingles {
        for (i, slot) in sig.iter_mut().enumerate() {
            let h = (splitmix64(s ^ (i as u64).wrapping_mul(0x9e37_79b9)) >> 32) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig
}

/// Estimated Jaccard similarity of two signatures.
pub fn similarity(a: &[u32; HASHES], b: &[u32; HASHES]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
}

/// The band keys of a signature.
pub fn bands(sig: &[u32; HASHES]) -> Vec<i64> {
    sig.chunks(ROWS)
        .map(|c| {
            let bytes: Vec<u8> = c.iter().flat_map(|v| v.to_le_bytes()).collect();
            fnv1a(&bytes) as i64
        })
        .collect()
}

/// Signature to bytes for storage.
pub fn to_bytes(sig: &[u32; HASHES]) -> Vec<u8> {
    sig.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// Signature from stored bytes (`None` when the length is wrong).
pub fn from_bytes(bytes: &[u8]) -> Option<[u32; HASHES]> {
    if bytes.len() != HASHES * 4 {
        return None;
    }
    let mut sig = [0u32; HASHES];
    for (i, c) in bytes.chunks_exact(4).enumerate() {
        sig[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    Some(sig)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_similar_and_different_texts_are_not() {
        let a = include_str!("../../../../fixtures/kidal/article.txt");
        let b = format!("{}\n(AFP)", a.replacen("northern city", "northern town", 1));
        assert!(similarity(&signature(a), &signature(&b)) >= COPY_SIMILARITY);
        let c = "Protesters marched through Bamako on Friday to demand elections, police said, \
                 and the crowd dispersed peacefully in the evening after speeches by leaders.";
        assert!(similarity(&signature(a), &signature(c)) < 0.2);
        let sig = signature(a);
        assert_eq!(from_bytes(&to_bytes(&sig)), Some(sig));
        assert_eq!(bands(&sig).len(), HASHES / ROWS);
    }
}
