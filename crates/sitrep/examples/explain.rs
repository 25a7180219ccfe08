//! Prints how the HTML extractor scored one page: `explain PAGE.html[.gz]`.

use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(path) = std::env::args().nth(1) else {
        return Err("usage: explain PAGE.html[.gz]".into());
    };
    let bytes = std::fs::read(&path)?;
    let bytes = if path.ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out)?;
        out
    } else {
        bytes
    };
    let page = String::from_utf8_lossy(&bytes);
    print!("{}", sitrep::html::explain(&page));
    Ok(())
}
