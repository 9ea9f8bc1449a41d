//! One error type for the whole crate, with messages a user understands.

use std::fmt;

/// Everything that can go wrong in nutshell. The message (`to_string()`)
/// is meant to be shown to a person as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
enum ErrorKind {
    EmptyInput,
    TooLarge {
        len: usize,
        max: usize,
        option: String,
    },
    /// More than the memory left to the module could analyse.
    TooLargeForMemory {
        len: usize,
        needed: usize,
        available: usize,
    },
    InvalidOption {
        name: String,
        message: String,
    },
    UnknownOption(Vec<String>),
    Model(String),
    /// A valid model that this build was compiled without the means to use.
    UnsupportedModel(&'static str),
    NoModel,
    /// No model tags this language (its English name and code).
    NoModelFor(&'static str, &'static str),
}

impl Error {
    pub(crate) fn empty_input() -> Error {
        Error { kind: ErrorKind::EmptyInput }
    }

    /// `option` is the size limit's name as the caller spells it.
    pub(crate) fn too_large(len: usize, max: usize, option: String) -> Error {
        Error { kind: ErrorKind::TooLarge { len, max, option } }
    }

    /// The input would need about `needed` bytes of memory where
    /// `available` are left (a WebAssembly module's memory is bounded).
    pub(crate) fn too_large_for_memory(len: usize, needed: usize, available: usize) -> Error {
        Error { kind: ErrorKind::TooLargeForMemory { len, needed, available } }
    }

    /// A tagger call without a model.
    pub fn no_model() -> Error {
        Error { kind: ErrorKind::NoModel }
    }

    /// A tagger call for a language no model tags.
    pub fn no_model_for(language: crate::language::Language) -> Error {
        Error { kind: ErrorKind::NoModelFor(language.name(), language.code()) }
    }

    /// An option with a value outside its range, e.g. `sentences = 0`.
    pub fn invalid_option(name: &str, message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::InvalidOption { name: name.to_string(), message: message.into() } }
    }

    /// Option keys nobody understands (from the JS or JSONL front ends).
    pub fn unknown_options(names: Vec<String>) -> Error {
        Error { kind: ErrorKind::UnknownOption(names) }
    }

    /// A model file that is truncated, corrupt or of another version.
    pub fn model(message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Model(message.into()) }
    }

    /// A valid model file that this build cannot use (`what` says which
    /// model and which cargo feature it needs).
    pub fn unsupported_model(what: &'static str) -> Error {
        Error { kind: ErrorKind::UnsupportedModel(what) }
    }

    /// True for a valid model that this build cannot use (see [`Error::unsupported_model`]).
    pub fn is_unsupported_model(&self) -> bool {
        matches!(self.kind, ErrorKind::UnsupportedModel(_))
    }

    /// True when the input had no text to analyse (empty or only white space).
    pub fn is_empty_input(&self) -> bool {
        matches!(self.kind, ErrorKind::EmptyInput)
    }

    /// True when the input is larger than the configured maximum.
    pub fn is_too_large(&self) -> bool {
        matches!(self.kind, ErrorKind::TooLarge { .. } | ErrorKind::TooLargeForMemory { .. })
    }

    /// True for invalid or unknown options.
    pub fn is_invalid_option(&self) -> bool {
        matches!(self.kind, ErrorKind::InvalidOption { .. } | ErrorKind::UnknownOption(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::EmptyInput => write!(f, "the input is empty: there is no text to analyse"),
            ErrorKind::TooLarge { len, max, option } => {
                write!(f, "the input is {len} bytes, more than the maximum of {max} bytes (raise {option} to allow it)")
            }
            ErrorKind::TooLargeForMemory { len, needed, available } => write!(
                f,
                "the input is {len} bytes, too large for the memory left to analyse it (about {needed} bytes \
                 needed, {available} available): analyse a shorter text"
            ),
            ErrorKind::InvalidOption { name, message } => write!(f, "{name} {message}"),
            ErrorKind::UnknownOption(names) => {
                let list = names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
                if names.len() == 1 {
                    write!(f, "unknown option {list}")
                } else {
                    write!(f, "unknown options {list}")
                }
            }
            ErrorKind::Model(message) => write!(f, "invalid model: {message}"),
            ErrorKind::UnsupportedModel(what) => write!(f, "this build cannot use {what}"),
            ErrorKind::NoModel => {
                write!(f, "no entity model: this build has none built in (cargo feature `model`) and none was given")
            }
            ErrorKind::NoModelFor(name, code) => write!(f, "no entity model for {name} ({code}) was built in or given"),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
