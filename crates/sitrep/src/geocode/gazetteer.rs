//! The gazetteer: places, admin units and countries, with a sorted name index.
//!
//! The data file (`data/gazetteer/gazetteer.tsv.gz`, built by `tools/gazetteer/build.sh`) is
//! gzip'd UTF-8 text in four sections, each introduced by `#name<TAB>count`: countries, admin
//! units, places and names. The names section is sorted by key bytes, so a lookup is a binary
//! search over line offsets, and a place row is parsed when a lookup returns it: nothing is
//! hashed, sorted or parsed at start-up beyond finding line starts, which keeps the cold start
//! to decompression plus one `memchr` pass.

use crate::error::{Error, ErrorKind};
use flate2::read::GzDecoder;
use std::io::Read;

/// Row index of a place in [`Gazetteer::places`].
pub(crate) type Row = u32;

/// The candidates of a name: rows and how each matched.
pub(crate) type Cands = Vec<(Row, NameKind)>;

/// "No admin unit" in [`Place::admin1`] / [`Place::admin2`].
pub(crate) const NONE: u32 = u32::MAX;

/// Largest decompressed size accepted (the real file is about 35 MB): a cap against a
/// corrupted length or a decompression bomb.
const MAX_RAW: u64 = 256 << 20;

/// How a name matched a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum NameKind {
    /// The place's own (primary) name.
    Exact,
    /// One of its alternate names.
    Alt,
    /// A demonym or adjective ("Malian") of a country.
    Demonym,
}

/// One gazetteer entry. Strings are byte ranges into [`Gazetteer::text`].
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Place {
    pub geonameid: u32,
    pub name: (u32, u32),
    pub lat: f32,
    pub lon: f32,
    pub cc: [u8; 2],
    pub admin1: u32,
    pub admin2: u32,
    pub feature: (u32, u32),
    pub population: u32,
}

/// A country: ISO codes, name and the row of its own place entry.
#[derive(Clone, Debug)]
pub(crate) struct Country {
    pub iso2: [u8; 2],
    pub iso3: String,
    pub name: String,
    pub row: Row,
}

/// The loaded gazetteer.
#[derive(Debug)]
pub(crate) struct Gazetteer {
    text: String,
    pub countries: Vec<Country>,
    /// Admin units: name (byte range into `text`), the row of its seat (PPLA/PPLC for
    /// admin1, PPLA2 for admin2) or [`NONE`], and the sum of its populated places'
    /// populations.
    admins: Vec<((u32, u32), Row, u64)>,
    /// Start offsets of the lines of the places section.
    places: Vec<u32>,
    /// Common English words (folded, sorted).
    common: Vec<(u32, u32)>,
    /// Start offsets of the lines of the names section.
    keys: Vec<u32>,
}

/// GeoNames country names that ACLED writes differently: events carry ACLED's.
const ACLED_COUNTRY_NAMES: &[(&str, &str)] = &[
    ("Democratic Republic of the Congo", "Democratic Republic of Congo"),
    ("Republic of the Congo", "Republic of Congo"),
    ("Palestinian Territory", "Palestine"),
    ("Eswatini", "eSwatini"),
    ("Czechia", "Czech Republic"),
    ("Cabo Verde", "Cape Verde"),
    ("Timor Leste", "East Timor"),
];

/// A country's name as ACLED writes it.
fn acled_country_name(geonames: &str) -> &str {
    ACLED_COUNTRY_NAMES.iter().find(|(g, _)| *g == geonames).map_or(geonames, |(_, a)| a)
}

fn data_err(msg: impl Into<String>) -> Error {
    Error::new("gazetteer", ErrorKind::Data(msg.into()))
}

impl Gazetteer {
    /// Decompresses (zstd or gzip, told apart by their magic bytes) and parses gazetteer data.
    ///
    /// # Errors
    /// [`ErrorKind::Data`] when the bytes are not a complete gazetteer file.
    pub fn from_compressed(bytes: &[u8]) -> crate::Result<Gazetteer> {
        let mut raw = Vec::with_capacity(bytes.len() * 4);
        let read = if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            // zstd: about three times faster to decode than gzip, which is most of the cold
            // start.
            zstd::stream::read::Decoder::with_buffer(bytes)
                .and_then(|d| d.take(MAX_RAW).read_to_end(&mut raw))
        } else if bytes.starts_with(&[0x1f, 0x8b]) {
            GzDecoder::new(bytes).take(MAX_RAW).read_to_end(&mut raw)
        } else {
            return Err(data_err("neither zstd nor gzip data"));
        };
        read.map_err(|e| data_err(format!("corrupt or truncated compressed data: {e}")))?;
        let text = String::from_utf8(raw).map_err(|_| data_err("not UTF-8"))?;
        Gazetteer::parse(text)
    }

    /// Parses decompressed gazetteer text.
    ///
    /// # Errors
    /// [`ErrorKind::Data`] on a missing section, a short section or a malformed row.
    pub fn parse(text: String) -> crate::Result<Gazetteer> {
        let mut lines = LineIter { text: &text, pos: 0, no: 0 };
        let head = lines.next().ok_or_else(|| data_err("empty file"))?;
        if head.1 != "#sitrep-gazetteer\t2" {
            return Err(data_err("not a sitrep gazetteer file (version 2)"));
        }
        let n = section(&mut lines, "countries")?;
        let mut countries = Vec::with_capacity(n);
        for _ in 0..n {
            let (no, line) = lines.next().ok_or_else(|| data_err("truncated countries"))?;
            let f: Vec<&str> = line.split('\t').collect();
            let [iso2, iso3, name, row] = f[..] else {
                return Err(data_err(format!("line {no}: bad country row")));
            };
            countries.push(Country {
                iso2: cc(iso2).ok_or_else(|| data_err(format!("line {no}: bad ISO code")))?,
                iso3: iso3.to_string(),
                name: acled_country_name(name).to_string(),
                row: num(row, no)?,
            });
        }
        let n = section(&mut lines, "admins")?;
        let mut admins = Vec::with_capacity(n);
        for _ in 0..n {
            let (no, line) = lines.next().ok_or_else(|| data_err("truncated admins"))?;
            let start = lines.offset_of(line);
            let mut f = line.split('\t');
            let (Some(_code), Some(name), Some(seat)) = (f.next(), f.next(), f.next()) else {
                return Err(data_err(format!("line {no}: bad admin row")));
            };
            let name_start = start + (name.as_ptr() as usize - line.as_ptr() as usize) as u32;
            let seat = if seat.is_empty() { NONE } else { num(seat, no)? };
            let population = match f.next() {
                Some(p) => p
                    .parse::<u64>()
                    .map_err(|_| data_err(format!("line {no}: bad admin population {p:?}")))?,
                None => 0,
            };
            admins.push(((name_start, name_start + name.len() as u32), seat, population));
        }
        let n = section(&mut lines, "places")?;
        let mut places = Vec::with_capacity(n);
        for _ in 0..n {
            let (no, line) = lines.next().ok_or_else(|| data_err("truncated places"))?;
            if line.starts_with('#') {
                return Err(data_err(format!("line {no}: places section is short")));
            }
            places.push(lines.offset_of(line));
        }
        let n = section(&mut lines, "common")?;
        let mut common = Vec::with_capacity(n);
        for _ in 0..n {
            let (_, line) = lines.next().ok_or_else(|| data_err("truncated common words"))?;
            let start = lines.offset_of(line);
            common.push((start, start + line.len() as u32));
        }
        let n = section(&mut lines, "names")?;
        let mut keys = Vec::with_capacity(n);
        for _ in 0..n {
            let (no, line) = lines.next().ok_or_else(|| data_err("truncated names"))?;
            if !line.contains('\t') {
                return Err(data_err(format!("line {no}: bad name row")));
            }
            keys.push(lines.offset_of(line));
        }
        if let Some(c) = countries.iter().find(|c| c.row as usize >= places.len()) {
            return Err(data_err(format!("country {} points past the places", c.name)));
        }
        if admins.iter().any(|a| a.1 != NONE && a.1 as usize >= places.len()) {
            return Err(data_err("an admin seat points past the places"));
        }
        let g = Gazetteer { text, countries, admins, places, common, keys };
        // Parse the first and last rows now, so a file cut inside the section fails here.
        for row in [0, g.places.len().saturating_sub(1)] {
            if row < g.places.len() {
                g.parse_row(row as Row)?;
            }
        }
        Ok(g)
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    fn parse_row(&self, row: Row) -> crate::Result<Place> {
        let start = *self.places.get(row as usize).ok_or_else(|| data_err("row out of range"))?;
        let rest = self.text.get(start as usize..).unwrap_or("");
        let line = rest.split('\n').next().unwrap_or("");
        parse_place(line, start, row as usize, self.admins.len())
    }

    /// The feature code of a row, read without parsing the rest of it (for scans of every
    /// row: parsing each row's numbers costs ten times as much).
    pub fn row_feature(&self, row: Row) -> &str {
        let Some(&start) = self.places.get(row as usize) else { return "" };
        let rest = self.text.get(start as usize..).unwrap_or("");
        let line = rest.split('\n').next().unwrap_or("");
        line.split('\t').nth(7).unwrap_or("")
    }

    /// The place in a row. Rows come from [`Gazetteer::lookup`], which drops rows that do not
    /// parse, so the default (an empty place at 0,0) is never seen in practice.
    pub fn place(&self, row: Row) -> Place {
        self.parse_row(row).unwrap_or_default()
    }

    fn str(&self, r: (u32, u32)) -> &str {
        self.text.get(r.0 as usize..r.1 as usize).unwrap_or("")
    }

    /// The place's primary name.
    pub fn name(&self, p: &Place) -> &str {
        self.str(p.name)
    }

    /// The place's GeoNames feature code.
    pub fn feature(&self, p: &Place) -> &str {
        self.str(p.feature)
    }

    /// The people of an admin unit's place row (ADM1 or ADM2): the sum of the populations of
    /// its populated places (0 for any other row).
    pub fn admin_population(&self, p: &Place) -> u64 {
        let idx = match self.feature(p) {
            "ADM1" => p.admin1,
            "ADM2" => p.admin2,
            _ => return 0,
        };
        self.admins.get(idx as usize).map_or(0, |a| a.2)
    }

    /// Name of an admin unit.
    pub fn admin_name(&self, idx: u32) -> Option<&str> {
        self.admins.get(idx as usize).map(|a| self.str(a.0))
    }

    /// The row of the seat (capital) of an admin unit.
    pub fn admin_seat(&self, idx: u32) -> Option<Row> {
        self.admins.get(idx as usize).map(|a| a.1).filter(|&r| r != NONE)
    }

    /// True when a folded word is a common English word ("reading", "bell", "association").
    pub fn is_common_word(&self, key: &str) -> bool {
        self.common.binary_search_by(|&r| self.str(r).as_bytes().cmp(key.as_bytes())).is_ok()
    }

    /// The country with this ISO2 code.
    pub fn country(&self, cc: [u8; 2]) -> Option<&Country> {
        self.countries.binary_search_by(|c| c.iso2.cmp(&cc)).ok().map(|i| &self.countries[i])
    }

    fn key_line(&self, i: usize) -> (&str, &str) {
        let start = self.keys[i] as usize;
        let rest = &self.text[start..];
        let line = rest.split('\n').next().unwrap_or("");
        line.split_once('\t').unwrap_or((line, ""))
    }

    fn lower_bound(&self, key: &str) -> usize {
        let (mut lo, mut hi) = (0, self.keys.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.key_line(mid).0.as_bytes() < key.as_bytes() {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The places a folded key names, with how each matched.
    pub fn lookup(&self, key: &str) -> Cands {
        let pos = self.lower_bound(key);
        if pos >= self.keys.len() {
            return Vec::new();
        }
        let (k, postings) = self.key_line(pos);
        if k != key {
            return Vec::new();
        }
        postings
            .split(',')
            .filter_map(|p| {
                let (kind, digits) = match p.as_bytes().first() {
                    Some(b'~') => (NameKind::Alt, &p[1..]),
                    Some(b'^') => (NameKind::Demonym, &p[1..]),
                    _ => (NameKind::Exact, p),
                };
                let row: Row = digits.parse().ok()?;
                self.parse_row(row).is_ok().then_some((row, kind))
            })
            .collect()
    }
}

/// Lines with their 1-based numbers, remembering offsets into the text.
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
    no: usize,
}

impl<'a> LineIter<'a> {
    fn next(&mut self) -> Option<(usize, &'a str)> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let end = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        let line = &rest[..end];
        self.pos += end + 1;
        self.no += 1;
        Some((self.no, line))
    }

    fn offset_of(&self, line: &str) -> u32 {
        (line.as_ptr() as usize - self.text.as_ptr() as usize) as u32
    }
}

fn section(lines: &mut LineIter<'_>, name: &str) -> crate::Result<usize> {
    let (_, line) = lines.next().ok_or_else(|| data_err(format!("missing section {name}")))?;
    let count = line
        .strip_prefix('#')
        .and_then(|l| l.split_once('\t'))
        .filter(|(n, _)| *n == name)
        .and_then(|(_, c)| c.parse::<usize>().ok())
        .ok_or_else(|| data_err(format!("expected section header #{name}")))?;
    Ok(count)
}

fn cc(s: &str) -> Option<[u8; 2]> {
    match s.as_bytes() {
        [a, b] => Some([*a, *b]),
        [] => Some([b' ', b' ']),
        _ => None,
    }
}

fn num<T: std::str::FromStr>(s: &str, no: usize) -> crate::Result<T> {
    s.parse().map_err(|_| data_err(format!("line {no}: bad number {s:?}")))
}

fn parse_place(line: &str, start: u32, no: usize, n_admins: usize) -> crate::Result<Place> {
    let mut f = line.split('\t');
    let mut field = || f.next().ok_or_else(|| data_err(format!("place {no}: short row")));
    let gid = field()?;
    let name = field()?;
    let lat = field()?;
    let lon = field()?;
    let country = field()?;
    let a1 = field()?;
    let a2 = field()?;
    let feature = field()?;
    let pop = field()?;
    let range = |s: &str| {
        let o = start + (s.as_ptr() as usize - line.as_ptr() as usize) as u32;
        (o, o + s.len() as u32)
    };
    let admin = |s: &str| -> crate::Result<u32> {
        if s.is_empty() {
            return Ok(NONE);
        }
        let i: u32 = num(s, no)?;
        if i as usize >= n_admins {
            return Err(data_err(format!("line {no}: admin index out of range")));
        }
        Ok(i)
    };
    let lat: f32 = num(lat, no)?;
    let lon: f32 = num(lon, no)?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(data_err(format!("line {no}: coordinates out of range")));
    }
    Ok(Place {
        geonameid: num(gid, no)?,
        name: range(name),
        lat,
        lon,
        cc: cc(country).ok_or_else(|| data_err(format!("line {no}: bad country code")))?,
        admin1: admin(a1)?,
        admin2: admin(a2)?,
        feature: range(feature),
        population: num(pop, no)?,
    })
}
