//! Throughput of the HTML article extractor, in bytes of HTML per second.
//!
//! Runs over the dev pages of the extraction benchmark when they are present
//! (`../shared/data/extraction/dev/html` next to the repository), else over a small inline page.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::io::Read;

const DEV_DIR: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/extraction/dev/html");

const FIXTURE: &str = r#"<!DOCTYPE html><html><head><title>Clashes in Gao</title>
<meta property="og:title" content="Clashes in Gao"><script>var x = "<p>not text</p>";</script>
<style>p { color: red }</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Clashes in Gao</h1>
<p>Gunmen attacked a market in Gao on Sunday, killing at least five people and wounding a dozen
others, local officials said. The attack came two days after &quot;heavy fighting&quot;.</p>
<p>No group has claimed responsibility so far, according to the regional governor&rsquo;s office.</p>
</article><footer><p>Copyright 2023.</p></footer></body></html>"#;

fn pages() -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(DEV_DIR) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            let Ok(bytes) = std::fs::read(&p) else { continue };
            let mut s = String::new();
            let gz = p.extension().is_some_and(|e| e == "gz");
            let ok = if gz {
                flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut s).is_ok()
            } else {
                String::from_utf8(bytes).map(|t| s = t).is_ok()
            };
            if ok {
                out.push(s);
            }
        }
    }
    if out.is_empty() {
        out.push(FIXTURE.repeat(20));
    }
    out
}

fn bench_extract(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("extract_article", |b| {
        b.iter(|| {
            for p in &pages {
                std::hint::black_box(sitrep::html::extract_article(std::hint::black_box(p)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
