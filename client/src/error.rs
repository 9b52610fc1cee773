//! [`Error`]: what sending can end with, and [`TransportKind`]: why no answer came.

use std::fmt;

use graph_resource::{GraphError, RequestError};

use crate::machine::TransportError;

/// Why a request gave no result. No variant holds a URL's query, a token or a secret: the
/// runtime's errors redact them, the token an executor sent is redacted from what the service
/// echoes, transport messages are stripped of URLs.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error (after the retries the policy allows).
    Graph(GraphError),
    /// The request could not be made or followed: a bad URL, key or token, a next link to
    /// another host or seen before (a loop), a batch that cannot be split.
    Request(RequestError),
    /// No answer: the connection failed (after the retries allowed, or at once for a request
    /// that may have been acted on), or the answer broke a limit ([`Limits`](crate::Limits)).
    Transport {
        /// What failed, with its causes (no URL query, no token): reads as a `str`, and
        /// [`kind`](TransportError::kind) says why (DNS, refused, reset, timeout, TLS, too
        /// large).
        message: TransportError,
    },
    /// A redirect that is not followed: a loop, too many, no `Location`, `https` to `http`,
    /// or a write sent to another origin. Never retried; a redirected write is never reported
    /// as done.
    Redirect {
        /// What was wrong.
        message: String,
    },
    /// An upload session answered out of its protocol (a range it cannot have asked for,
    /// no `nextExpectedRanges`, no progress), or the upload was cancelled. The session was
    /// deleted.
    Upload {
        /// What was wrong.
        message: String,
    },
    /// No token: the credential's flow failed (the identity platform's error, or no answer).
    /// No request was sent without a token.
    Identity {
        /// The flow (`client credentials`, `device code`, …).
        flow: &'static str,
        /// What failed (never a secret, assertion, code or token).
        message: String,
    },
    /// A batch answer that does not match what was sent: a member without an answer, an id
    /// never sent or answered twice, more answers than requests.
    Batch {
        /// What was wrong (ids, never bodies).
        message: String,
    },
}

/// Why a transport gave no answer: the same on every executor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportKind {
    /// The host name did not resolve.
    Dns,
    /// The connection was refused (nothing listens there).
    Refused,
    /// The connection was reset or closed before a whole answer came.
    Reset,
    /// A timeout of [`Limits`](crate::Limits) ran out.
    Timeout,
    /// TLS failed (untrusted or expired certificate, wrong host name), or the build has no
    /// TLS for an `https` URL. Never retried.
    Tls,
    /// The answer's body is larger than [`Limits::max_body`](crate::Limits::max_body). Never
    /// retried.
    TooLarge,
    /// Anything else.
    Other,
}

impl TransportKind {
    /// Whether sending again can help (not for TLS or a body over the limit).
    pub fn is_transient(self) -> bool {
        !matches!(self, TransportKind::Tls | TransportKind::TooLarge)
    }
}

impl fmt::Display for TransportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportKind::Dns => "DNS",
            TransportKind::Refused => "connection refused",
            TransportKind::Reset => "connection reset",
            TransportKind::Timeout => "timeout",
            TransportKind::Tls => "TLS",
            TransportKind::TooLarge => "answer too large",
            TransportKind::Other => "transport",
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Graph(e) => write!(f, "{e}"),
            Error::Request(e) => write!(f, "{e}"),
            Error::Transport { message } => {
                write!(f, "transport ({}): {}", message.kind(), message.message())
            }
            Error::Redirect { message } => write!(f, "redirect: {message}"),
            Error::Upload { message } => write!(f, "upload: {message}"),
            Error::Batch { message } => write!(f, "batch: {message}"),
            Error::Identity { flow: "", message } => write!(f, "identity: {message}"),
            Error::Identity { flow, message } => write!(f, "identity ({flow}): {message}"),
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

    /// Why no answer came, for a transport error.
    pub fn transport_kind(&self) -> Option<TransportKind> {
        match self {
            Error::Transport { message } => Some(message.kind()),
            _ => None,
        }
    }

    /// The same error with `token` (the one sent) redacted from what the service said.
    pub(crate) fn without_token(self, token: &str) -> Self {
        match self {
            Error::Graph(e) if !token.is_empty() => Error::Graph(e.redacted(&[token.to_owned()])),
            other => other,
        }
    }
}

/// A transport's message with every URL in it (the request's, in whatever encoding the
/// library wrote it, or any other) cut to its scheme, host and path, and the query of `uri`
/// (the request's) taken out wherever it appears alone.
pub(crate) fn strip_urls(message: &str, uri: &http::Uri) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = [rest.find("http://"), rest.find("https://")]
        .into_iter()
        .flatten()
        .min()
    {
        out.push_str(&rest[..at]);
        let end = rest[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '>' | ','))
            .map_or(rest.len(), |n| at + n);
        let url = &rest[at..end];
        match url.parse::<http::Uri>() {
            Ok(uri) => out.push_str(&crate::retry::shown_url(&uri)),
            Err(_) => out.push_str(url.split('?').next().unwrap_or("")),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    if let Some(q) = uri.query().filter(|q| !q.is_empty()) {
        out = out.replace(q, "…");
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn urls_are_cut_to_their_path() {
        let uri: http::Uri = "https://h/v1.0/users?$filter=mail%20eq%20'secret'"
            .parse()
            .unwrap();
        let message = "error sending request for url (https://h/v1.0/users?$filter=mail%20eq%20%27secret%27): \
                       redirected to http://other/x(A='s')?q=1 and $filter=mail%20eq%20'secret'";
        let out = super::strip_urls(message, &uri);
        assert!(!out.contains("secret"), "{out}");
        assert!(out.contains("(https://h/v1.0/users)"), "{out}");
        assert!(out.contains("http://other/x(…)"), "{out}");
    }
}
