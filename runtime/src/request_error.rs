//! [`RequestError`]: why a request (or a path) could not be made.

use std::fmt;

/// Why a request's `to_http` refused: a bad URL or token. Shows neither the token nor the
/// URL (which may carry secrets in its query), only what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestError {
    kind: RequestErrorKind,
    reason: String,
}

/// What a [`RequestError`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestErrorKind {
    /// The URL.
    Url,
    /// The bearer token.
    Token,
    /// The body could not be written as JSON.
    Body,
    /// A header value (`If-Match`, …) a header cannot carry.
    Header,
    /// A next link that is not followed: on another origin, or seen before.
    NextLink,
    /// A batch that cannot be made (a request not under the service root, a dependency on a
    /// request not in the batch, more than 20 requests that depend on each other).
    Batch,
}

impl RequestError {
    /// What the error is about.
    pub fn kind(&self) -> RequestErrorKind {
        self.kind
    }

    /// What is wrong, in words.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    #[cfg(feature = "http")]
    pub(crate) fn body(e: serde_json::Error) -> Self {
        RequestError {
            kind: RequestErrorKind::Body,
            reason: e.to_string(),
        }
    }

    #[cfg(feature = "http")]
    pub(crate) fn body_text(reason: String) -> Self {
        RequestError {
            kind: RequestErrorKind::Body,
            reason,
        }
    }

    #[cfg(feature = "http")]
    pub(crate) fn next_link(reason: impl Into<String>) -> Self {
        RequestError {
            kind: RequestErrorKind::NextLink,
            reason: reason.into(),
        }
    }

    #[cfg(feature = "http")]
    pub(crate) fn batch(reason: impl Into<String>) -> Self {
        RequestError {
            kind: RequestErrorKind::Batch,
            reason: reason.into(),
        }
    }

    #[cfg(feature = "http")]
    pub(crate) fn header(reason: impl Into<String>) -> Self {
        RequestError {
            kind: RequestErrorKind::Header,
            reason: reason.into(),
        }
    }

    pub(crate) fn url(reason: impl Into<String>) -> Self {
        RequestError {
            kind: RequestErrorKind::Url,
            reason: reason.into(),
        }
    }

    #[cfg(feature = "http")]
    pub(crate) fn token(reason: impl Into<String>) -> Self {
        RequestError {
            kind: RequestErrorKind::Token,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            RequestErrorKind::Url => "invalid URL",
            RequestErrorKind::Token => "invalid bearer token",
            RequestErrorKind::Body => "the body could not be written",
            RequestErrorKind::Header => "invalid header value",
            RequestErrorKind::NextLink => "next link not followed",
            RequestErrorKind::Batch => "invalid batch",
        };
        write!(f, "{what}: {}", self.reason)
    }
}

impl std::error::Error for RequestError {}

/// Describes a character without showing it (it may be part of a secret).
pub(crate) fn describe(c: char) -> &'static str {
    match c {
        '\r' => "a carriage return (CR)",
        '\n' => "a line feed (LF)",
        '\0' => "a NUL",
        '\t' => "a tab",
        ' ' => "a space",
        c if c.is_whitespace() => "white space",
        c if c.is_control() => "a control character",
        c if !c.is_ascii() => "a non-ASCII character (percent-encode it)",
        _ => "a character not allowed here",
    }
}
