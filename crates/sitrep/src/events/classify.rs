//! The statistical event-type classifier: an averaged perceptron over word unigrams and
//! bigrams, trained on texts labelled with ACLED sub-event types.
//!
//! The model is a small text file (gzip) in `data/models/`, built by
//! `sitrep train-events` (see `tools/train_events.sh`) from `../shared/data/events/`, and
//! embedded in the binary. `SITREP_EVENT_MODEL=PATH` loads another one (for held-out
//! evaluation).

use crate::error::{Error, ErrorKind, Result};
use flate2::read::GzDecoder;
use std::collections::HashMap;
use std::io::{Read, Write};

/// A trained linear classifier.
#[derive(Debug, Clone)]
pub struct Classifier {
    classes: Vec<String>,
    weights: HashMap<String, Vec<(u16, f32)>>,
    bias: Vec<f32>,
}

/// Feature strings of a text: lower-cased words (numbers folded to `#`) and word bigrams.
pub fn features(text: &str) -> Vec<String> {
    let words: Vec<String> =
        text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .filter(|w| !w.is_empty())
            .map(|w| {
                if w.chars().any(|c| c.is_ascii_digit()) {
                    "#".to_string()
                } else {
                    w.to_lowercase()
                }
            })
            .collect();
    let mut out = Vec::with_capacity(words.len() * 2);
    for (i, w) in words.iter().enumerate() {
        out.push(w.clone());
        if let Some(n) = words.get(i + 1) {
            out.push(format!("{w} {n}"));
        }
    }
    out.sort();
    out.dedup();
    out
}

const HEADER: &str = "# sitrep event classifier v1";

impl Classifier {
    /// The class names.
    pub fn classes(&self) -> &[String] {
        &self.classes
    }

    /// Scores of every class for a text, softmax-normalised.
    pub fn predict(&self, text: &str) -> Vec<(String, f32)> {
        let mut scores = self.bias.clone();
        for f in features(text) {
            if let Some(ws) = self.weights.get(&f) {
                for &(c, w) in ws {
                    if let Some(s) = scores.get_mut(c as usize) {
                        *s += w;
                    }
                }
            }
        }
        let max = scores.iter().copied().fold(f32::MIN, f32::max);
        let exp: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
        let sum: f32 = exp.iter().sum::<f32>().max(f32::MIN_POSITIVE);
        let mut out: Vec<(String, f32)> =
            self.classes.iter().cloned().zip(exp.into_iter().map(|e| e / sum)).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }

    /// Trains an averaged perceptron. `examples` are (text, class) pairs; the order of
    /// epochs is a fixed pseudo-random permutation, so training is reproducible.
    pub fn train(examples: &[(String, String)], epochs: usize) -> Classifier {
        let mut classes: Vec<String> = examples.iter().map(|(_, c)| c.clone()).collect();
        classes.sort();
        classes.dedup();
        let class_idx: HashMap<&str, usize> =
            classes.iter().enumerate().map(|(i, c)| (c.as_str(), i)).collect();
        // Features that occur once carry no generalisable signal and bloat the model.
        let feats: Vec<Vec<String>> = examples.iter().map(|(t, _)| features(t)).collect();
        let mut df: HashMap<&str, u32> = HashMap::new();
        for fs in &feats {
            for f in fs {
                *df.entry(f.as_str()).or_default() += 1;
            }
        }
        let mut vocab: Vec<&str> = df.iter().filter(|(_, n)| **n >= 2).map(|(f, _)| *f).collect();
        vocab.sort();
        let fid: HashMap<&str, usize> = vocab.iter().enumerate().map(|(i, f)| (*f, i)).collect();
        let data: Vec<(Vec<usize>, usize)> = feats
            .iter()
            .zip(examples)
            .map(|(fs, (_, c))| {
                (
                    fs.iter().filter_map(|f| fid.get(f.as_str()).copied()).collect(),
                    class_idx[c.as_str()],
                )
            })
            .collect();
        let nc = classes.len();
        let dim = vocab.len() + 1; // last row: bias
        let mut w = vec![0f32; dim * nc];
        let mut acc = vec![0f32; dim * nc];
        let mut stamp = vec![0u32; dim * nc];
        let mut t: u32 = 1;
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut seed: u64 = 0x5eed_5175;
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let j = (seed >> 33) as usize % (i + 1);
                order.swap(i, j);
            }
            for &k in &order {
                let (fs, gold) = &data[k];
                let score = |c: usize, w: &[f32]| -> f32 {
                    fs.iter().map(|&f| w[f * nc + c]).sum::<f32>() + w[(dim - 1) * nc + c]
                };
                let mut best = 0;
                let mut best_score = f32::MIN;
                for c in 0..nc {
                    let s = score(c, &w);
                    if s > best_score {
                        best_score = s;
                        best = c;
                    }
                }
                if best != *gold {
                    for &f in fs.iter().chain(std::iter::once(&(dim - 1))) {
                        for (c, delta) in [(*gold, 1f32), (best, -1f32)] {
                            let i = f * nc + c;
                            // Lazy averaging: add the weight's value over the steps it was unchanged.
                            acc[i] += (t - stamp[i]) as f32 * w[i];
                            stamp[i] = t;
                            w[i] += delta;
                        }
                    }
                }
                t += 1;
            }
        }
        for i in 0..w.len() {
            acc[i] += (t - stamp[i]) as f32 * w[i];
        }
        let avg: Vec<f32> = acc.iter().map(|a| a / t as f32).collect();
        // Scale so softmax probabilities are informative (perceptron margins are small).
        let scale = 40.0;
        let mut weights = HashMap::new();
        for (fi, f) in vocab.iter().enumerate() {
            let row: Vec<(u16, f32)> = (0..nc)
                .filter_map(|c| {
                    let v = avg[fi * nc + c] * scale;
                    (v.abs() >= 1e-3).then_some((c as u16, v))
                })
                .collect();
            if !row.is_empty() {
                weights.insert(f.to_string(), row);
            }
        }
        let bias = (0..nc).map(|c| avg[(dim - 1) * nc + c] * scale).collect();
        Classifier { classes, weights, bias }
    }

    /// Writes the model as gzip-compressed text.
    ///
    /// # Errors
    /// When writing fails.
    pub fn save(&self, out: impl Write) -> std::io::Result<()> {
        let mut gz = flate2::write::GzEncoder::new(out, flate2::Compression::best());
        writeln!(gz, "{HEADER}")?;
        writeln!(gz, "classes\t{}", self.classes.join("|"))?;
        let bias: Vec<String> = self.bias.iter().map(|b| format!("{b:.3}")).collect();
        writeln!(gz, "bias\t{}", bias.join(" "))?;
        let mut keys: Vec<&String> = self.weights.keys().collect();
        keys.sort();
        for k in keys {
            let row: Vec<String> =
                self.weights[k].iter().map(|(c, w)| format!("{c}:{w:.3}")).collect();
            writeln!(gz, "f\t{k}\t{}", row.join(" "))?;
        }
        gz.finish()?;
        Ok(())
    }

    /// Reads a model written by [`Classifier::save`].
    ///
    /// # Errors
    /// `ErrorKind::Data` naming `name` when the bytes are not a complete model.
    pub fn load(name: &str, bytes: &[u8]) -> Result<Classifier> {
        let bad = |m: String| Error::new(name.to_string(), ErrorKind::Data(m));
        let mut text = String::new();
        GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .map_err(|e| bad(format!("not a gzip text model: {e}")))?;
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Err(bad("missing model header".into()));
        }
        let classes: Vec<String> = lines
            .next()
            .and_then(|l| l.strip_prefix("classes\t"))
            .ok_or_else(|| bad("missing classes line".into()))?
            .split('|')
            .map(str::to_string)
            .collect();
        let bias: Vec<f32> = lines
            .next()
            .and_then(|l| l.strip_prefix("bias\t"))
            .ok_or_else(|| bad("missing bias line".into()))?
            .split(' ')
            .map(|b| b.parse().map_err(|_| bad(format!("bad bias {b:?}"))))
            .collect::<Result<_>>()?;
        if bias.len() != classes.len() {
            return Err(bad("bias and classes differ in length".into()));
        }
        let mut weights = HashMap::new();
        for (n, line) in lines.enumerate() {
            let mut parts = line.split('\t');
            let (Some("f"), Some(feat), Some(row)) = (parts.next(), parts.next(), parts.next())
            else {
                return Err(bad(format!("line {}: malformed", n + 4)));
            };
            let row: Option<Vec<(u16, f32)>> = row
                .split(' ')
                .map(|cw| {
                    let (c, w) = cw.split_once(':')?;
                    let c: u16 = c.parse().ok()?;
                    ((c as usize) < classes.len()).then_some(())?;
                    Some((c, w.parse().ok()?))
                })
                .collect();
            let row = row.ok_or_else(|| bad(format!("line {}: bad weights", n + 4)))?;
            weights.insert(feat.to_string(), row);
        }
        Ok(Classifier { classes, weights, bias })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> Vec<(String, String)> {
        let mut ex = Vec::new();
        for i in 0..20 {
            ex.push((
                format!("On {i} May, protesters marched peacefully in town {i}"),
                "Peaceful protest".to_string(),
            ));
            ex.push((
                format!("On {i} May, gunmen killed villagers in village {i}"),
                "Attack".to_string(),
            ));
            ex.push((
                format!("On {i} May, soldiers clashed with militants near camp {i}"),
                "Armed clash".to_string(),
            ));
        }
        ex
    }

    #[test]
    fn learns_separable_toy_data_and_round_trips() {
        let model = Classifier::train(&toy(), 5);
        assert_eq!(
            model.predict("Hundreds of protesters marched in the capital")[0].0,
            "Peaceful protest"
        );
        assert_eq!(model.predict("gunmen killed two villagers")[0].0, "Attack");
        let mut bytes = Vec::new();
        model.save(&mut bytes).unwrap();
        let back = Classifier::load("toy", &bytes).unwrap();
        assert_eq!(back.predict("soldiers clashed with militants")[0].0, "Armed clash");
        // Deterministic training.
        let mut again = Vec::new();
        Classifier::train(&toy(), 5).save(&mut again).unwrap();
        assert_eq!(bytes, again);
    }

    #[test]
    fn truncated_model_is_a_data_error() {
        let mut bytes = Vec::new();
        Classifier::train(&toy(), 2).save(&mut bytes).unwrap();
        let err = Classifier::load("m.tsv.gz", &bytes[..bytes.len() / 2]).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Data(_)));
        assert!(err.to_string().starts_with("m.tsv.gz: "));
        assert!(Classifier::load("x", b"garbage").is_err());
    }
}
