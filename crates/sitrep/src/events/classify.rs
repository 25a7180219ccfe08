//! The statistical event-type classifier: a linear model over l2-normalised tf-idf word
//! unigrams and bigrams (optionally character 4-grams inside word boundaries, as a second
//! block normalised on its own), plus actor and fatality features, trained on texts labelled
//! with ACLED sub-event types.
//!
//! The model is a small text file (gzip) in `data/models/`, built by
//! `sitrep train-events` (see `tools/train_events.sh`) from `../shared/data/events/`, and
//! embedded in the binary. `SITREP_EVENT_MODEL=PATH` loads another one (for held-out
//! evaluation).

use crate::error::{Error, ErrorKind, Result};
use flate2::read::GzDecoder;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{Read, Write};

/// The class of texts that report no event (ordinary news sentences), when the model was
/// trained with them.
pub const NO_EVENT: &str = "None";

/// How a model is trained and which features it reads.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Character 4-grams of each word (with `<` `>` word boundaries) as a second block.
    /// 3-5-grams and 4-5-grams scored the same in 5-fold cross-validation and cost more
    /// look-ups (the classifier's time is the feature-table look-ups).
    pub char_ngrams: bool,
    /// Term frequency `1 + ln(tf)` instead of presence.
    pub sublinear_tf: bool,
    /// Decode the event type first (sum of its sub-event probabilities), then the best
    /// sub-event type of that event type.
    pub hierarchical: bool,
    /// Multiclass hinge loss (Crammer-Singer) instead of softmax cross-entropy.
    pub hinge: bool,
    /// Average the weights over every step (averaged SGD).
    pub average: bool,
    /// Class weight = (n / (classes * n_c)) ^ power, clamped to [0.3, 8].
    pub class_weight_power: f32,
    /// Initial learning rate (decays as lr / (1 + 0.3 epoch)).
    pub lr: f32,
    /// Features seen in fewer documents are dropped.
    pub min_df: u32,
    /// Weights smaller than this are not written (model size).
    pub prune: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 12,
            char_ngrams: true,
            sublinear_tf: false,
            hierarchical: true,
            hinge: false,
            average: true,
            class_weight_power: 0.75,
            lr: 2.0,
            min_df: 2,
            prune: 0.02,
        }
    }
}

impl TrainConfig {
    /// The country model's configuration: the event model's, with flat decoding (countries
    /// have no parent classes).
    pub fn country_model() -> Self {
        TrainConfig { hierarchical: false, ..TrainConfig::default() }
    }
}

/// A training example: a text and the classes it may belong to (one sub-event type, or
/// several when only a coarse label is known, such as an old-taxonomy event type).
#[derive(Debug, Clone)]
pub struct Example {
    /// The text.
    pub text: String,
    /// The classes it may belong to.
    pub classes: Vec<String>,
}

/// A fast non-cryptographic hash (FxHash) for the feature tables: a note looks up about a
/// thousand feature strings.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits (the table's bucket index) depending on the low
        // bits of the input only; a final mix (MurmurHash3's fmix64) spreads the high bits.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// The key of a feature in the table: a 64-bit hash of its kind and text (no strings are
/// kept for look-ups, so a look-up touches one small table entry; 64-bit keys of a few
/// hundred thousand features do not collide in practice).
fn feature_key(gram: bool, f: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(u8::from(gram));
    h.write(f.as_bytes());
    h.finish()
}

/// The table's keys are already hashes.
#[derive(Default, Clone, Copy)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = FxHasher(self.0);
        h.write(bytes);
        self.0 = h.finish();
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Table = HashMap<u64, u32, BuildHasherDefault<KeyHasher>>;

/// A trained linear classifier.
#[derive(Debug, Clone)]
pub struct Classifier {
    classes: Vec<String>,
    /// Feature key -> row.
    index: Table,
    /// Per row: the feature (character n-grams with a `~` prefix), for writing the model.
    names: Vec<String>,
    /// Per row: idf, and whether it is a character n-gram.
    meta: Vec<(f32, bool)>,
    /// The weights, one row of `classes.len()` a feature (dense: the rows are short and
    /// mostly full, and a dense row is a vectorised multiply-add).
    dense: Vec<f32>,
    bias: Vec<f32>,
    char_ngrams: bool,
    sublinear_tf: bool,
    hierarchical: bool,
    /// Per class: the index of its event type (for hierarchical decoding).
    parent: Vec<usize>,
}

/// The length of the character n-grams.
const CHAR_N: usize = 4;

/// Calls `f` with every feature string of a text (repeats included): lower-cased words
/// (numbers folded to `#`), word bigrams, character n-grams when asked (prefixed `~`), and
/// actor and fatality features (prefixed `__`).
/// The callback's flag is true for character n-grams (given without their prefix).
fn for_each_feature(text: &str, char_ngrams: bool, mut f: impl FnMut(bool, &str)) {
    let mut buf = String::new();
    let mut prev = String::new();
    let mut padded = String::new();
    let mut bounds: Vec<usize> = Vec::new();
    for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'')) {
        if raw.is_empty() {
            continue;
        }
        let digit = raw.chars().any(|c| c.is_ascii_digit());
        let w = if digit { "#".to_string() } else { raw.to_lowercase() };
        f(false, &w);
        if !prev.is_empty() {
            buf.clear();
            buf.push_str(&prev);
            buf.push(' ');
            buf.push_str(&w);
            f(false, &buf);
        }
        if char_ngrams && !digit {
            padded.clear();
            padded.push('<');
            padded.push_str(&w);
            padded.push('>');
            bounds.clear();
            bounds.extend(padded.char_indices().map(|(i, _)| i));
            bounds.push(padded.len());
            for i in 0..bounds.len().saturating_sub(CHAR_N) {
                f(true, &padded[bounds[i]..bounds[i + CHAR_N]]);
            }
        }
        prev = w;
    }
    // Who acts and who suffers, and whether anyone died, separate types that share words
    // (an attack on villagers is Violence against civilians, the same attack on soldiers a
    // Battle).
    let lexicon = crate::mentions::actors::ActorLexicon::get();
    let whole = crate::span::Span::new(0, text.len());
    // The order of the actors too (`__pair_2_7`: a rebel group, then civilians), by inter
    // code when the actor is named, else by kind; and `__only_*` when one actor is named.
    let mut order: Vec<String> = Vec::new();
    for m in lexicon.find(text, whole) {
        f(false, &format!("__actor_{:?}", m.kind));
        let inter =
            m.alias.as_deref().and_then(|a| lexicon.resolve_named(a, None)).map(|a| a.inter);
        if let Some(i) = inter {
            f(false, &format!("__inter_{i}"));
        }
        let tag = inter.map_or_else(|| format!("{:?}", m.kind), |i| format!("{i}"));
        if order.last() != Some(&tag) {
            order.push(tag);
        }
    }
    for w in order.windows(2) {
        f(false, &format!("__pair_{}_{}", w[0], w[1]));
    }
    if let [a] = &order[..] {
        f(false, &format!("__only_{a}"));
    }
    match crate::mentions::fatalities::fatality_feature(text, whole) {
        Some(c) if c.count > 0 => f(false, "__fatal"),
        Some(_) => f(false, "__no_fatal"),
        None => {}
    }
}

/// The distinct feature strings of a text with their counts, sorted.
pub fn features(text: &str, char_ngrams: bool) -> Vec<(String, u32)> {
    let mut all = Vec::new();
    for_each_feature(text, char_ngrams, |gram, f| {
        all.push(if gram { format!("~{f}") } else { f.to_string() });
    });
    all.sort();
    let mut out: Vec<(String, u32)> = Vec::with_capacity(all.len());
    for f in all {
        match out.last_mut() {
            Some((last, n)) if *last == f => *n += 1,
            _ => out.push((f, 1)),
        }
    }
    out
}

/// Feature values: tf-idf, the word block and the character block each l2-normalised.
fn vectorize(items: &[(f32, bool, u32)], sublinear: bool) -> Vec<f32> {
    let tf = |n: u32| if sublinear { 1.0 + (n as f32).ln() } else { 1.0 };
    let mut norms = [0f32; 2];
    for &(idf, chars, n) in items {
        let v = idf * tf(n);
        norms[usize::from(chars)] += v * v;
    }
    let norms = norms.map(|s| s.sqrt().max(f32::MIN_POSITIVE));
    items.iter().map(|&(idf, chars, n)| idf * tf(n) / norms[usize::from(chars)]).collect()
}

const HEADER: &str = "# sitrep event classifier v3 (linear model over l2-normalised tf-idf)";

fn parents(classes: &[String]) -> Vec<usize> {
    let mut types: Vec<String> = Vec::new();
    classes
        .iter()
        .map(|c| {
            let t = crate::events::taxonomy::sub_event(c)
                .map_or_else(|| c.clone(), |s| s.event_type.clone());
            types.iter().position(|x| *x == t).unwrap_or_else(|| {
                types.push(t);
                types.len() - 1
            })
        })
        .collect()
}

impl Classifier {
    /// The class names.
    pub fn classes(&self) -> &[String] {
        &self.classes
    }

    /// True when the model has a weight row for a word (lower-cased), not only for its
    /// character n-grams: it saw the word in training often enough to keep it.
    pub fn knows_word(&self, word: &str) -> bool {
        self.index.contains_key(&feature_key(false, &word.to_lowercase()))
    }

    /// Scores of every class for a text, softmax-normalised, best first. With hierarchical
    /// decoding the sub-event types of the most probable event type come first.
    pub fn predict(&self, text: &str) -> Vec<(String, f32)> {
        let mut hits: Vec<u32> = Vec::new();
        for_each_feature(text, self.char_ngrams, |gram, f| {
            if let Some(&row) = self.index.get(&feature_key(gram, f)) {
                hits.push(row);
            }
        });
        hits.sort_unstable();
        let mut items: Vec<(f32, bool, u32)> = Vec::with_capacity(hits.len());
        let mut rows: Vec<usize> = Vec::with_capacity(hits.len());
        for row in hits {
            let row = row as usize;
            if rows.last() == Some(&row) {
                if let Some(last) = items.last_mut() {
                    last.2 += 1;
                }
            } else if let Some(&(idf, chars)) = self.meta.get(row) {
                rows.push(row);
                items.push((idf, chars, 1));
            }
        }
        let values = vectorize(&items, self.sublinear_tf);
        let mut scores = self.bias.clone();
        let nc = scores.len();
        for (r, v) in rows.into_iter().zip(values) {
            if let Some(ws) = self.dense.get(r * nc..(r + 1) * nc) {
                for (s, w) in scores.iter_mut().zip(ws) {
                    *s += w * v;
                }
            }
        }
        let max = scores.iter().copied().fold(f32::MIN, f32::max);
        let exp: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
        let sum: f32 = exp.iter().sum::<f32>().max(f32::MIN_POSITIVE);
        let probs: Vec<f32> = exp.into_iter().map(|e| e / sum).collect();
        let mut order: Vec<usize> = (0..probs.len()).collect();
        if self.hierarchical {
            let mut by_type = vec![0f32; self.parent.iter().max().map_or(0, |m| m + 1)];
            for (c, p) in probs.iter().enumerate() {
                by_type[self.parent[c]] += p;
            }
            order.sort_by(|&a, &b| {
                by_type[self.parent[b]]
                    .total_cmp(&by_type[self.parent[a]])
                    .then(probs[b].total_cmp(&probs[a]))
            });
        } else {
            order.sort_by(|&a, &b| probs[b].total_cmp(&probs[a]));
        }
        order.into_iter().map(|c| (self.classes[c].clone(), probs[c])).collect()
    }

    /// A model with its classes, biases and options and no feature rows yet (training and
    /// loading add them).
    fn without_features(
        classes: Vec<String>,
        bias: Vec<f32>,
        [char_ngrams, sublinear_tf, hierarchical]: [bool; 3],
    ) -> Classifier {
        Classifier {
            parent: parents(&classes),
            classes,
            index: Table::default(),
            names: Vec::new(),
            meta: Vec::new(),
            dense: Vec::new(),
            bias,
            char_ngrams,
            sublinear_tf,
            hierarchical,
        }
    }

    /// Trains the model with SGD. The epoch order is a fixed pseudo-random permutation, so
    /// training is reproducible.
    pub fn train(examples: &[Example], config: &TrainConfig) -> Classifier {
        let mut classes: Vec<String> = examples.iter().flat_map(|e| e.classes.clone()).collect();
        classes.sort();
        classes.dedup();
        let class_idx: HashMap<&str, usize> =
            classes.iter().enumerate().map(|(i, c)| (c.as_str(), i)).collect();
        let feats: Vec<Vec<(String, u32)>> =
            examples.iter().map(|e| features(&e.text, config.char_ngrams)).collect();
        let mut df: HashMap<&str, u32> = HashMap::new();
        for fs in &feats {
            for (f, _) in fs {
                *df.entry(f.as_str()).or_default() += 1;
            }
        }
        // Features seen once carry no generalisable signal and bloat the model.
        let mut vocab: Vec<&str> =
            df.iter().filter(|(_, n)| **n >= config.min_df).map(|(f, _)| *f).collect();
        vocab.sort();
        let n_docs = examples.len() as f32;
        let idf: Vec<f32> =
            vocab.iter().map(|f| ((1.0 + n_docs) / (1.0 + df[f] as f32)).ln() + 1.0).collect();
        let fid: HashMap<&str, usize> = vocab.iter().enumerate().map(|(i, f)| (*f, i)).collect();
        // Per example: (feature index, value) pairs and the allowed classes.
        type Row = (Vec<(usize, f32)>, Vec<usize>);
        let data: Vec<Row> = feats
            .iter()
            .zip(examples)
            .map(|(fs, e)| {
                let ids: Vec<(usize, u32)> =
                    fs.iter().filter_map(|(f, n)| Some((*fid.get(f.as_str())?, *n))).collect();
                let items: Vec<(f32, bool, u32)> =
                    ids.iter().map(|&(i, n)| (idf[i], vocab[i].starts_with('~'), n)).collect();
                let values = vectorize(&items, config.sublinear_tf);
                let mut allowed: Vec<usize> =
                    e.classes.iter().map(|c| class_idx[c.as_str()]).collect();
                allowed.sort_unstable();
                allowed.dedup();
                (ids.into_iter().map(|(i, _)| i).zip(values).collect(), allowed)
            })
            .collect();
        let nc = classes.len();
        // Rare sub-event types weigh more (inverse frequency to a power, clamped), so the
        // few examples of Sexual violence or Agreement are not drowned by Attack and Armed
        // clash. Counted on examples with a single class; a coarse example weighs as its
        // most frequent class.
        let mut counts = vec![0usize; nc];
        let mut single = 0usize;
        for (_, allowed) in &data {
            if let [c] = allowed[..] {
                counts[c] += 1;
                single += 1;
            }
        }
        let class_weight: Vec<f32> = counts
            .iter()
            .map(|&n| {
                (single.max(1) as f32 / (nc as f32 * n.max(1) as f32))
                    .powf(config.class_weight_power)
                    .clamp(0.3, 8.0)
            })
            .collect();
        let example_weight: Vec<f32> = data
            .iter()
            .map(|(_, allowed)| {
                allowed.iter().map(|&c| class_weight[c]).fold(f32::MAX, f32::min).min(8.0)
            })
            .collect();
        let mut w = vec![0f32; vocab.len() * nc];
        let mut bias = vec![0f32; nc];
        // Averaged SGD: `u` sums step * update, the average is w - u / steps.
        let mut u = if config.average { vec![0f32; w.len()] } else { Vec::new() };
        let mut ub = vec![0f32; nc];
        let mut step = 1f32;
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut seed: u64 = 0x5eed_5175;
        let mut probs = vec![0f32; nc];
        let mut grad = vec![0f32; nc];
        for epoch in 0..config.epochs {
            for i in (1..order.len()).rev() {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let j = (seed >> 33) as usize % (i + 1);
                order.swap(i, j);
            }
            let lr = config.lr / (1.0 + epoch as f32 * 0.3);
            for &k in &order {
                let (xs, allowed) = &data[k];
                let cw = example_weight[k];
                for (c, p) in probs.iter_mut().enumerate() {
                    *p = bias[c] + xs.iter().map(|&(f, x)| w[f * nc + c] * x).sum::<f32>();
                }
                grad.fill(0.0);
                if config.hinge {
                    let best = |ok: bool| {
                        (0..nc)
                            .filter(|c| allowed.contains(c) == ok)
                            .max_by(|&a, &b| probs[a].total_cmp(&probs[b]))
                    };
                    if let (Some(y), Some(r)) = (best(true), best(false))
                        && probs[r] + 1.0 > probs[y]
                    {
                        grad[y] = -cw;
                        grad[r] = cw;
                    }
                } else {
                    let max = probs.iter().copied().fold(f32::MIN, f32::max);
                    let mut sum = 0.0;
                    for p in probs.iter_mut() {
                        *p = (*p - max).exp();
                        sum += *p;
                    }
                    let in_set: f32 = allowed.iter().map(|&c| probs[c]).sum();
                    for (c, p) in probs.iter().enumerate() {
                        let target = if allowed.contains(&c) {
                            p / in_set.max(f32::MIN_POSITIVE)
                        } else {
                            0.0
                        };
                        grad[c] = (p / sum - target) * cw;
                    }
                }
                for (c, &g) in grad.iter().enumerate() {
                    if g.abs() < 1e-4 {
                        continue;
                    }
                    bias[c] -= lr * g * 0.1;
                    if config.average {
                        ub[c] -= step * lr * g * 0.1;
                    }
                    for &(f, x) in xs {
                        w[f * nc + c] -= lr * g * x;
                        if config.average {
                            u[f * nc + c] -= step * lr * g * x;
                        }
                    }
                }
                step += 1.0;
            }
        }
        if config.average {
            for (wi, ui) in w.iter_mut().zip(&u) {
                *wi -= ui / step;
            }
            for (bi, ui) in bias.iter_mut().zip(&ub) {
                *bi -= ui / step;
            }
        }
        let mut model = Classifier::without_features(
            classes,
            bias,
            [config.char_ngrams, config.sublinear_tf, config.hierarchical],
        );
        for (fi, f) in vocab.iter().enumerate() {
            let row: Vec<(u16, f32)> = w[fi * nc..(fi + 1) * nc]
                .iter()
                .enumerate()
                .filter(|(_, v)| v.abs() >= config.prune)
                .map(|(c, v)| (c as u16, *v))
                .collect();
            model.push(f, idf[fi], &row);
        }
        model
    }

    /// Adds a feature row (features with no weight are left out).
    fn push(&mut self, feature: &str, idf: f32, weights: &[(u16, f32)]) {
        if weights.is_empty() {
            return;
        }
        let nc = self.classes.len();
        let row = self.names.len();
        let key = match feature.strip_prefix('~') {
            Some(g) => feature_key(true, g),
            None => feature_key(false, feature),
        };
        if self.index.insert(key, row as u32).is_some() {
            return;
        }
        self.names.push(feature.to_string());
        self.meta.push((idf, feature.starts_with('~')));
        self.dense.resize((row + 1) * nc, 0.0);
        for &(c, w) in weights {
            self.dense[row * nc + c as usize] = w;
        }
    }

    /// Writes the model as gzip-compressed text.
    ///
    /// # Errors
    /// When writing fails.
    pub fn save(&self, out: impl Write) -> std::io::Result<()> {
        let mut gz = flate2::write::GzEncoder::new(out, flate2::Compression::best());
        writeln!(gz, "{HEADER}")?;
        writeln!(
            gz,
            "options\tchar_ngrams={} sublinear_tf={} hierarchical={}",
            u8::from(self.char_ngrams),
            u8::from(self.sublinear_tf),
            u8::from(self.hierarchical)
        )?;
        writeln!(gz, "classes\t{}", self.classes.join("|"))?;
        let bias: Vec<String> = self.bias.iter().map(|b| format!("{b:.3}")).collect();
        writeln!(gz, "bias\t{}", bias.join(" "))?;
        let nc = self.classes.len();
        for (row, (k, (idf, _))) in self.names.iter().zip(&self.meta).enumerate() {
            let ws = &self.dense[row * nc..(row + 1) * nc];
            let row: Vec<String> = ws
                .iter()
                .enumerate()
                .filter(|(_, w)| **w != 0.0)
                .map(|(c, w)| format!("{c}:{w:.3}"))
                .collect();
            writeln!(gz, "f\t{k}\t{idf:.3}\t{}", row.join(" "))?;
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
        let options: HashMap<&str, &str> = lines
            .next()
            .and_then(|l| l.strip_prefix("options\t"))
            .ok_or_else(|| bad("missing options line".into()))?
            .split(' ')
            .filter_map(|kv| kv.split_once('='))
            .collect();
        let flag = |k: &str| options.get(k).is_some_and(|v| *v == "1");
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
        let mut model = Classifier::without_features(
            classes,
            bias,
            [flag("char_ngrams"), flag("sublinear_tf"), flag("hierarchical")],
        );
        let nc = model.classes.len();
        for (n, line) in lines.enumerate() {
            let mut parts = line.split('\t');
            let (Some("f"), Some(feat), Some(idf), Some(row)) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                return Err(bad(format!("line {}: malformed", n + 5)));
            };
            let idf: f32 = idf.parse().map_err(|_| bad(format!("line {}: bad idf", n + 5)))?;
            let row: Option<Vec<(u16, f32)>> = row
                .split(' ')
                .map(|cw| {
                    let (c, w) = cw.split_once(':')?;
                    let c: u16 = c.parse().ok()?;
                    ((c as usize) < nc).then_some(())?;
                    Some((c, w.parse().ok()?))
                })
                .collect();
            let row = row.ok_or_else(|| bad(format!("line {}: bad weights", n + 5)))?;
            model.push(feat, idf, &row);
        }
        Ok(model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> Vec<Example> {
        let mut ex = Vec::new();
        let mut push = |text: String, class: &str| {
            ex.push(Example { text, classes: vec![class.to_string()] });
        };
        for i in 0..20 {
            push(
                format!("On {i} May, protesters marched peacefully in town {i}"),
                "Peaceful protest",
            );
            push(format!("On {i} May, gunmen killed villagers in village {i}"), "Attack");
            push(
                format!("On {i} May, soldiers clashed with militants near camp {i}"),
                "Armed clash",
            );
        }
        ex
    }

    #[test]
    fn learns_separable_toy_data_and_round_trips() {
        for config in [
            TrainConfig { epochs: 5, ..TrainConfig::default() },
            TrainConfig {
                epochs: 5,
                char_ngrams: true,
                sublinear_tf: true,
                hierarchical: true,
                average: true,
                ..TrainConfig::default()
            },
            TrainConfig { epochs: 5, hinge: true, ..TrainConfig::default() },
        ] {
            let model = Classifier::train(&toy(), &config);
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
            Classifier::train(&toy(), &config).save(&mut again).unwrap();
            assert_eq!(bytes, again);
        }
    }

    #[test]
    fn coarse_labels_train_within_their_set() {
        let mut ex = toy();
        ex.push(Example {
            text: "Rioters and protesters marched".into(),
            classes: vec!["Peaceful protest".into(), "Violent demonstration".into()],
        });
        let model = Classifier::train(&ex, &TrainConfig { epochs: 5, ..TrainConfig::default() });
        assert_eq!(model.classes().len(), 4);
        assert_eq!(model.predict("protesters marched in the capital")[0].0, "Peaceful protest");
    }

    #[test]
    fn truncated_model_is_a_data_error() {
        let mut bytes = Vec::new();
        Classifier::train(&toy(), &TrainConfig { epochs: 2, ..TrainConfig::default() })
            .save(&mut bytes)
            .unwrap();
        let err = Classifier::load("m.tsv.gz", &bytes[..bytes.len() / 2]).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Data(_)));
        assert!(err.to_string().starts_with("m.tsv.gz: "));
        assert!(Classifier::load("x", b"garbage").is_err());
    }
}
