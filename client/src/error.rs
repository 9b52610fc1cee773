//! [`Error`]: what sending can end with.

use std::fmt;

use graph_resource::{GraphError, RequestError};

/// Why a request gave no result. No variant holds a URL's query, a token or a secret: the
/// runtime's errors redact them, transport messages are stripped of URLs.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error (after the retries the policy allows).
    Graph(GraphError),
    /// The request could not be made or followed: a bad URL or token, a next link to another
    /// host or seen before (a loop), a batch that cannot be split.
    Request(RequestError),
    /// No answer: the connection failed (after the retries allowed, or at once for a request
    /// that may have been acted on).
    Transport {
        /// What failed (no URL in it).
        message: String,
    },
    /// An upload session answered out of its protocol (a range it cannot have asked for,
    /// no `nextExpectedRanges`).
    Upload {
        /// What was wrong.
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Graph(e) => write!(f, "{e}"),
            Error::Request(e) => write!(f, "{e}"),
            Error::Transport { message } => write!(f, "transport: {message}"),
            Error::Upload { message } => write!(f, "upload: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Graph(e) => Some(e),
            Error::Request(e) => Some(e),
            _ => None,
        }
    }
}

impl From<GraphError> for Error {
    fn from(e: GraphError) -> Self {
        Error::Graph(e)
    }
}

impl From<RequestError> for Error {
    fn from(e: RequestError) -> Self {
        Error::Request(e)
    }
}

impl Error {
    /// The service's error, if it answered with one.
    pub fn graph(&self) -> Option<&GraphError> {
        match self {
            Error::Graph(e) => Some(e),
            _ => None,
        }
    }
}

/// A transport's message with every URL of `request` (whole, or from its path on) taken out.
pub(crate) fn strip_urls(message: &str, request: &http::Request<Vec<u8>>) -> String {
    let uri = request.uri();
    let mut out = message.to_owned();
    let whole = uri.to_string();
    let shown = format!(
        "{}://{}{}",
        uri.scheme_str().unwrap_or("http"),
        uri.authority().map_or("", http::uri::Authority::as_str),
        uri.path()
    );
    out = out.replace(&whole, &shown);
    if let Some(q) = uri.query() {
        out = out.replace(q, "…");
    }
    out
}
