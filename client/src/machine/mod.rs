//! The sans-IO state machines every executor drives: one step shape ([`Step`]: send this
//! request, wait this long, done with this output or error) for all of them, and composed, so
//! that nothing escapes the retry policy or the redirect rules.
//!
//! | machine | output | made of |
//! |---|---|---|
//! | [`Exchange`] | one answer (`http::Response`) | the request, its retries ([`RetryPolicy`](crate::RetryPolicy)) and redirects ([`Limits`](crate::Limits)) |
//! | [`CallRun`] | a [`Call`]'s output | one [`Exchange`], then the call's `parse_response` |
//! | [`PageRun`] | the next page (`None` after the last) | one [`Exchange`] per page, the next links checked by the runtime |
//! | [`BatchRun`] | the answers of every member | one [`Exchange`] per `$batch` request, rounds for throttled members |
//! | [`UploadRun`] | the finished upload | one [`Exchange`] per range or status query, the session deleted on failure |
//!
//! # Driving a machine over another HTTP stack
//!
//! Call [`step`](Machine::step) with the bearer token; on [`Step::Send`], send the request
//! (redirects **not** followed by your HTTP library: the machine decides them), read the
//! whole answer (bounded: an answer over your limit is a [`TransportError`] of kind
//! [`TooLarge`](crate::TransportKind::TooLarge)) and hand it, or why it failed, to
//! [`answer`](Machine::answer); on [`Step::Wait`], sleep; on [`Step::Done`], you have the
//! result. [`drive`] is that loop for a blocking stack:
//!
//! ```
//! use std::time::Duration;
//! use graph_resource::models::RecordOperation;
//! use graph_resource::call::Bound;
//! use graph_resource_client::machine::{drive, CallRun, TransportError};
//! use graph_resource_client::{Limits, RetryPolicy};
//!
//! let request = RecordOperation::get().build();
//! let call = Bound::new(&request, "https://graph.microsoft.com/v1.0/communications/calls/1/operations/2");
//! let mut run = CallRun::new(call, &RetryPolicy::default(), &Limits::default());
//! let mut answers = vec![
//!     http::Response::builder().status(200).body(br#"{"id":"2"}"#.to_vec()).unwrap(),
//!     http::Response::builder().status(429).header("retry-after", "0").body(Vec::new()).unwrap(),
//! ];
//! // A stand-in transport: a real one sends `request` and reads the answer.
//! let op = drive(&mut run, "t0ken", |request: http::Request<Vec<u8>>| {
//!     assert_eq!(request.method(), "GET");
//!     Ok::<_, TransportError>(answers.pop().unwrap())
//! }, std::thread::sleep)?;
//! assert_eq!(op.id.as_deref(), Some("2"));
//! # Ok::<(), graph_resource_client::Error>(())
//! ```

mod batch;
mod call;
mod exchange;
mod redirect;
mod upload;

use std::fmt;
use std::time::Duration;

pub use batch::BatchRun;
pub use call::{CallRun, PageRun};
pub use exchange::Exchange;
pub use upload::{UploadOptions, UploadRun, Uploaded, RANGE_UNIT};

use crate::{Error, TransportKind};
#[allow(unused_imports)] // in the docs above
use graph_resource::call::Call;

/// What a machine wants next.
#[derive(Debug)]
// A step is made and moved once per exchange: boxing the request would cost every caller a
// `*` for nothing measurable.
#[allow(clippy::large_enum_variant)]
pub enum Step<T> {
    /// Send this request and hand its outcome to [`Machine::answer`].
    Send(http::Request<Vec<u8>>),
    /// Wait this long, then step again.
    Wait(Duration),
    /// Finished, with this output or error. A [`PageRun`] can be stepped again for the next
    /// page; the others give an error if stepped again.
    Done(Result<T, Error>),
}

impl<T> Step<T> {
    /// The same step with the output mapped.
    pub(crate) fn then<U>(self, f: impl FnOnce(T) -> Result<U, Error>) -> Step<U> {
        match self {
            Step::Send(r) => Step::Send(r),
            Step::Wait(d) => Step::Wait(d),
            Step::Done(r) => Step::Done(r.and_then(f)),
        }
    }
}

/// A sans-IO state machine: [`step`](Self::step) says what to do, [`answer`](Self::answer)
/// takes the outcome of a [`Step::Send`].
pub trait Machine {
    /// What it finishes with.
    type Output;

    /// What to do next. `bearer_token` is the token for the requests it makes now (an
    /// executor asks its token source before every step, so a renewed token is used at once).
    fn step(&mut self, bearer_token: &str) -> Step<Self::Output>;

    /// The outcome of the last [`Step::Send`]: the whole answer, or why none came.
    fn answer(&mut self, outcome: Result<http::Response<Vec<u8>>, TransportError>);
}

/// Runs `machine` to its end over a blocking transport: `send` makes one exchange (no
/// redirects followed, the answer read whole and bounded), `sleep` waits. The token the
/// requests carry is redacted from the service's errors.
pub fn drive<M: Machine + ?Sized>(
    machine: &mut M,
    bearer_token: &str,
    mut send: impl FnMut(http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, TransportError>,
    mut sleep: impl FnMut(Duration),
) -> Result<M::Output, Error> {
    loop {
        match machine.step(bearer_token) {
            Step::Send(request) => machine.answer(send(request)),
            Step::Wait(delay) => sleep(delay),
            Step::Done(result) => return result.map_err(|e| e.without_token(bearer_token)),
        }
    }
}

/// Why an exchange gave no answer: a kind and a message without URLs' queries or tokens
/// (what an executor hands to [`Machine::answer`]).
#[derive(Clone, PartialEq, Eq)]
pub struct TransportError {
    kind: TransportKind,
    message: String,
}

impl TransportError {
    /// An error of `kind`; `message` must hold no URL query and no token (an executor strips
    /// them from its HTTP library's message).
    pub fn new(kind: TransportKind, message: impl Into<String>) -> Self {
        TransportError {
            kind,
            message: message.into(),
        }
    }

    /// An error of `kind` from an HTTP library's `message`, with every URL in it cut to its
    /// scheme, host and path, and the query of `uri` (the request's) taken out.
    pub fn stripped(kind: TransportKind, message: &str, uri: &http::Uri) -> Self {
        TransportError::new(kind, crate::shown::strip_urls(message, uri))
    }

    /// The error for an answer whose body is over `limits`' bound (never retried).
    pub fn too_large(limits: &crate::Limits) -> Self {
        TransportError::new(
            TransportKind::TooLarge,
            format!(
                "the answer's body is larger than the limit of {} bytes (Limits::max_body)",
                limits.body_limit()
            ),
        )
    }

    /// Why.
    pub fn kind(&self) -> TransportKind {
        self.kind
    }

    /// What failed.
    pub fn message(&self) -> &str {
        &self.message
    }

    pub(crate) fn into_error(mut self, note: impl fmt::Display) -> Error {
        use fmt::Write;
        let _ = write!(self.message, "{note}");
        Error::Transport { message: self }
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TransportError({}: {})", self.kind, self.message)
    }
}

impl fmt::Display for TransportError {
    /// The message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The message, as the `String` that [`Error::Transport`]'s `message` was before it had a kind.
impl std::ops::Deref for TransportError {
    type Target = str;
    fn deref(&self) -> &str {
        &self.message
    }
}

impl PartialEq<str> for TransportError {
    fn eq(&self, other: &str) -> bool {
        self.message == other
    }
}

impl PartialEq<&str> for TransportError {
    fn eq(&self, other: &&str) -> bool {
        self.message == *other
    }
}

impl std::error::Error for TransportError {}

/// A machine stepped after it was done.
pub(crate) fn finished() -> Error {
    TransportError::new(
        TransportKind::Other,
        "the machine was stepped again after it was done",
    )
    .into_error("")
}
