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
