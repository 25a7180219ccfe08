//! The library's error type: every error names the input it is about.

use std::fmt;

/// What went wrong, without the input it happened in.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading failed.
    #[error("read error: {0}")]
    Io(#[from] std::io::Error),
    /// The input is larger than the configured limit.
    #[error("larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// A JSON Lines record could not be parsed or lacks a required field.
    #[error("bad JSON record: {0}")]
    Json(String),
    /// A WARC record is malformed or truncated.
    #[error("bad WARC record: {0}")]
    Warc(String),
    /// An RSS/Atom feed is malformed.
    #[error("bad feed: {0}")]
    Feed(String),
    /// gzip data is corrupt or truncated.
    #[error("bad gzip data: {0}")]
    Gzip(String),
    /// The input holds no usable text (binary, empty).
    #[error("no text: {0}")]
    NoText(String),
    /// A data file (lexicon, gazetteer, model) is missing or corrupt.
    #[error("bad data file: {0}")]
    Data(String),
    /// A value given by the user is invalid.
    #[error("invalid value: {0}")]
    Invalid(String),
}

/// An error about one input: a file, a line of a file, a WARC record, a feed item.
#[derive(Debug)]
pub struct Error {
    input: String,
    kind: ErrorKind,
}

impl Error {
    /// An error about `input` (a path, `path:line`, `path@offset`, `-`).
    pub fn new(input: impl Into<String>, kind: ErrorKind) -> Error {
        Error { input: input.into(), kind }
    }

    /// The input the error is about.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input, self.kind)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
