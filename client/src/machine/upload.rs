//! [`UploadRun`]: a large file through an upload session's ranges (`PUT` with
//! `Content-Range`, no `Authorization`: the upload URL carries its own credential, as Graph
//! requires).

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde_json::Value;

use super::{finished, Exchange, Machine, Step, TransportError};
use crate::retry::RetryPolicy;
use crate::{Error, Limits};

/// Graph's unit of upload ranges: every range but the last is a multiple of it.
pub const RANGE_UNIT: usize = 320 * 1024;

/// How to upload.
pub struct UploadOptions {
    pub(crate) chunk: usize,
    pub(crate) resumes: u32,
    pub(crate) stalls: u32,
    pub(crate) progress: Option<Box<dyn FnMut(u64, u64) + Send>>,
    pub(crate) cancel: Option<Arc<AtomicBool>>,
}

impl Default for UploadOptions {
    /// Ranges of 10 × 320 KiB (3.125 MiB); up to 5 resumes after failed ranges; up to 3
    /// answers in a row that do not advance.
    fn default() -> Self {
        UploadOptions {
            chunk: 10 * RANGE_UNIT,
            resumes: 5,
            stalls: 3,
            progress: None,
            cancel: None,
        }
    }
}

impl fmt::Debug for UploadOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadOptions")
            .field("chunk", &self.chunk)
            .field("resumes", &self.resumes)
            .field("stalls", &self.stalls)
            .field("progress", &self.progress.is_some())
            .field("cancel", &self.cancel.is_some())
            .finish()
    }
}

impl UploadOptions {
    /// Ranges of `units × 320 KiB` (Graph's unit; at least 1, at most 192: 60 MiB).
    #[must_use]
    pub fn chunk_units(mut self, units: usize) -> Self {
        self.chunk = units.clamp(1, 192) * RANGE_UNIT;
        self
    }

    /// How many times a failed range (reset, `5xx` after the policy's retries, `416`) may be
    /// resumed from what the session says it has.
    #[must_use]
    pub fn resumes(mut self, n: u32) -> Self {
        self.resumes = n;
        self
    }

    /// How many answers in a row may leave the session where it was (`202` with the same
    /// `nextExpectedRanges`) before the upload ends with an error.
    #[must_use]
    pub fn stalls(mut self, n: u32) -> Self {
        self.stalls = n;
        self
    }

    /// Called after every range the service took: (bytes it has, total).
    #[must_use]
    pub fn progress(mut self, f: impl FnMut(u64, u64) + Send + 'static) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    /// Cancels the upload when `flag` is set (checked before each request): the session is
    /// deleted and the upload ends with an [`Error::Upload`].
    #[must_use]
    pub fn cancel_on(mut self, flag: Arc<AtomicBool>) -> Self {
        self.cancel = Some(flag);
        self
    }
}

/// The session's last answer: `200`/`201` with the created item (a driveItem's JSON), or `201`
/// with a `Location` and no body (an attachment).
#[derive(Debug)]
pub struct Uploaded {
    /// The status.
    pub status: http::StatusCode,
    /// The `Location` header, if any.
    pub location: Option<String>,
    /// The body (the item as JSON, or empty).
    pub body: Vec<u8>,
}

impl Uploaded {
    /// The body read as `T` (a generated `DriveItem`).
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

enum Phase {
    /// Sending the range at `offset`.
    Range,
    /// Asking the session what it has (after a failed range, or to resume a saved session).
    Ask,
    /// Deleting the session, then ending with this error.
    Delete(Error),
    Finished,
}

/// An upload as a machine. Each range is an [`Exchange`] under the retry policy (a `429` or
/// `503` waits its `Retry-After`); a session's answer with `nextExpectedRanges` (`202` from
/// OneDrive, `200` from Outlook attachments) says where to go on; a range that fails
/// (connection, `5xx`, `416`) is resumed from what the session says it has, so no byte it has
/// is sent twice. The session is deleted (`DELETE` on its URL) when the upload fails or is
/// cancelled; an answer that does not advance it [`UploadOptions::stalls`] times in a row
/// ends it.
pub struct UploadRun<'d> {
    url: String,
    data: &'d [u8],
    offset: usize,
    /// The furthest start the session confirmed: it never forgets bytes.
    confirmed: usize,
    stalls: u32,
    resumes_left: u32,
    phase: Phase,
    exchange: Option<Exchange>,
    policy: RetryPolicy,
    limits: Limits,
    options: UploadOptions,
}

fn upload_error(message: impl Into<String>) -> Error {
    Error::Upload {
        message: message.into(),
    }
}

impl<'d> UploadRun<'d> {
    /// `data` to the session at `upload_url` (from `createUploadSession`), from its start.
    pub fn new(
        upload_url: &str,
        data: &'d [u8],
        options: UploadOptions,
        policy: &RetryPolicy,
        limits: &Limits,
    ) -> Result<Self, Error> {
        let uri: http::Uri = upload_url
            .parse()
            .map_err(|_| upload_error("the upload URL is not a URL"))?;
        if !matches!(uri.scheme_str(), Some("http" | "https")) || uri.host().is_none() {
            return Err(upload_error(
                "the upload URL is not an absolute http(s) URL",
            ));
        }
        if data.is_empty() {
            return Err(upload_error(
                "nothing to upload: an upload session needs at least one byte",
            ));
        }
        Ok(UploadRun {
            url: upload_url.to_owned(),
            data,
            offset: 0,
            confirmed: 0,
            stalls: 0,
            resumes_left: options.resumes,
            phase: Phase::Range,
            exchange: None,
            policy: policy.clone(),
            limits: *limits,
            options,
        })
    }

    /// `data` to a session saved earlier (its `uploadUrl`): asks the session what it has
    /// first, then sends the rest.
    pub fn resume(
        upload_url: &str,
        data: &'d [u8],
        options: UploadOptions,
        policy: &RetryPolicy,
        limits: &Limits,
    ) -> Result<Self, Error> {
        let mut run = UploadRun::new(upload_url, data, options, policy, limits)?;
        run.phase = Phase::Ask;
        Ok(run)
    }

    fn range_end(&self) -> usize {
        (self.offset + self.options.chunk).min(self.data.len())
    }

    fn request(&self) -> http::Request<Vec<u8>> {
        let builder = match self.phase {
            Phase::Range => {
                let end = self.range_end();
                let range = format!("bytes {}-{}/{}", self.offset, end - 1, self.data.len());
                return http::Request::put(&self.url)
                    .header(http::header::CONTENT_RANGE, range)
                    .header(http::header::CONTENT_TYPE, "application/octet-stream")
                    .body(self.data[self.offset..end].to_vec())
                    .expect("a checked URL and ASCII headers");
            }
            Phase::Ask => http::Request::get(&self.url),
            Phase::Delete(_) | Phase::Finished => http::Request::delete(&self.url),
        };
        builder.body(Vec::new()).expect("a checked URL")
    }

    /// Fails: the session is deleted first.
    fn fail(&mut self, e: Error) {
        self.phase = Phase::Delete(e);
    }

    /// A failed range or status query: ask the session, while resumes are left.
    fn resume_or_fail(&mut self, why: String) {
        if self.resumes_left == 0 {
            let at = self.offset;
            self.fail(upload_error(format!(
                "the upload failed at byte {at} and no resume is left: {why}"
            )));
        } else {
            self.resumes_left -= 1;
            self.phase = Phase::Ask;
        }
    }

    /// The first start of `nextExpectedRanges` in a session's answer, if it has any.
    fn expected(response: &http::Response<Vec<u8>>) -> Result<Option<usize>, String> {
        if response.body().is_empty() {
            return Ok(None);
        }
        let Ok(body) = serde_json::from_slice::<Value>(response.body()) else {
            return Ok(None);
        };
        let Some(ranges) = body.get("nextExpectedRanges").and_then(Value::as_array) else {
            return Ok(None);
        };
        let Some(first) = ranges.first() else {
            return Ok(None);
        };
        let first = first
            .as_str()
            .ok_or("a nextExpectedRanges entry that is not a string")?;
        first
            .split('-')
            .next()
            .and_then(|s| s.trim().parse().ok())
            .map(Some)
            .ok_or_else(|| "a nextExpectedRanges entry that is not a range".to_owned())
    }

    /// Goes on from `start`, which the session expects next.
    fn advance(&mut self, start: usize) {
        let total = self.data.len();
        if start >= total {
            return self.fail(upload_error(format!(
                "the session expects byte {start} of a {total}-byte file"
            )));
        }
        if start < self.confirmed {
            return self.fail(upload_error(format!(
                "the session expects byte {start} after it confirmed bytes up to {}",
                self.confirmed
            )));
        }
        if start <= self.offset && matches!(self.phase, Phase::Range) {
            self.stalls += 1;
            if self.stalls > self.options.stalls {
                return self.fail(upload_error(format!(
                    "the session did not advance past byte {start} in {} answers",
                    self.stalls
                )));
            }
        } else {
            self.stalls = 0;
        }
        self.offset = start;
        self.confirmed = start;
        self.phase = Phase::Range;
        self.report();
    }

    /// A range's successful answer: done, or where to go on.
    fn on_range(&mut self, response: http::Response<Vec<u8>>) -> Option<Uploaded> {
        let status = response.status().as_u16();
        match Self::expected(&response) {
            Err(why) => self.fail(upload_error(why)),
            Ok(Some(start)) => self.advance(start),
            Ok(None) if self.range_end() == self.data.len() && status != 202 => {
                self.offset = self.data.len();
                self.report();
                self.phase = Phase::Finished;
                return Some(Uploaded {
                    status: response.status(),
                    location: response
                        .headers()
                        .get(http::header::LOCATION)
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned),
                    body: response.into_body(),
                });
            }
            Ok(None) if status == 202 => self.fail(upload_error(
                "the session's answer has no nextExpectedRanges",
            )),
            Ok(None) => {
                let end = self.range_end();
                self.fail(upload_error(format!(
                    "the session answered {status} without nextExpectedRanges after byte {end} \
                     of {}: it cannot be done",
                    self.data.len()
                )))
            }
        }
        None
    }

    /// The session's successful answer to a status query: where to go on.
    fn on_status(&mut self, response: http::Response<Vec<u8>>) {
        match Self::expected(&response) {
            Ok(Some(start)) => self.advance(start),
            Ok(None) => self.fail(upload_error(
                "the session's status has no nextExpectedRanges",
            )),
            Err(why) => self.fail(upload_error(why)),
        }
    }

    fn report(&mut self) {
        let (done, total) = (self.offset as u64, self.data.len() as u64);
        if let Some(p) = &mut self.options.progress {
            p(done, total);
        }
    }

    fn cancelled(&self) -> bool {
        self.options
            .cancel
            .as_ref()
            .is_some_and(|f| f.load(Ordering::Relaxed))
    }
}

impl Machine for UploadRun<'_> {
    type Output = Uploaded;

    fn step(&mut self, bearer_token: &str) -> Step<Uploaded> {
        loop {
            if matches!(self.phase, Phase::Finished) {
                return Step::Done(Err(finished()));
            }
            if self.exchange.is_none()
                && self.cancelled()
                && matches!(self.phase, Phase::Range | Phase::Ask)
            {
                self.fail(upload_error("the upload was cancelled"));
            }
            let exchange = match &mut self.exchange {
                Some(e) => e,
                None => {
                    let e = Exchange::new(self.request(), &self.policy, &self.limits)
                        .without_transport_retries();
                    self.exchange.insert(e)
                }
            };
            let outcome = match exchange.step(bearer_token) {
                Step::Send(r) => return Step::Send(r),
                Step::Wait(d) => return Step::Wait(d),
                Step::Done(outcome) => outcome,
            };
            self.exchange = None;
            if let Phase::Delete(_) = self.phase {
                // The session is deleted (or could not be): end with why it was.
                let Phase::Delete(e) = std::mem::replace(&mut self.phase, Phase::Finished) else {
                    unreachable!("the phase was just matched");
                };
                return Step::Done(Err(e));
            }
            let range = matches!(self.phase, Phase::Range);
            match outcome {
                // A failed range or status query: ask the session where it is.
                Err(Error::Transport { message }) if message.kind().is_transient() => {
                    self.resume_or_fail(message.to_string())
                }
                Err(e) => self.fail(e),
                Ok(r) if r.status().is_server_error() || (range && r.status() == 416) => {
                    self.resume_or_fail(format!("status {}", r.status().as_u16()))
                }
                Ok(r) if !r.status().is_success() => {
                    self.fail(Error::Graph(graph_resource::GraphError::from_response(&r)))
                }
                Ok(r) if range => {
                    if let Some(done) = self.on_range(r) {
                        return Step::Done(Ok(done));
                    }
                }
                Ok(r) => self.on_status(r),
            }
        }
    }

    fn answer(&mut self, outcome: Result<http::Response<Vec<u8>>, TransportError>) {
        if let Some(e) = &mut self.exchange {
            e.answer(outcome);
        }
    }
}

impl fmt::Debug for UploadRun<'_> {
    /// How far it is; never the upload URL (it carries the session's credential).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadRun")
            .field("offset", &self.offset)
            .field("total", &self.data.len())
            .field("stalls", &self.stalls)
            .finish()
    }
}
