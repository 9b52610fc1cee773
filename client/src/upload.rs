//! Large files: an upload session's ranges (`PUT` with `Content-Range`, no `Authorization`:
//! the upload URL carries its own credential, as Graph requires), resumed from the session's
//! `nextExpectedRanges` after a range that failed, so that no byte the service has is sent
//! again.

use std::fmt;

use serde_json::Value;

use crate::retry::TransportError;
use crate::Error;

/// Graph's unit of upload ranges: every range but the last is a multiple of it.
pub const RANGE_UNIT: usize = 320 * 1024;

/// How to upload.
pub struct UploadOptions {
    pub(crate) chunk: usize,
    pub(crate) resumes: u32,
    pub(crate) progress: Option<Box<dyn FnMut(u64, u64) + Send>>,
}

impl Default for UploadOptions {
    /// Ranges of 10 × 320 KiB (3.125 MiB); up to 5 resumes after failed ranges.
    fn default() -> Self {
        UploadOptions {
            chunk: 10 * RANGE_UNIT,
            resumes: 5,
            progress: None,
        }
    }
}

impl fmt::Debug for UploadOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadOptions")
            .field("chunk", &self.chunk)
            .field("resumes", &self.resumes)
            .field("progress", &self.progress.is_some())
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

    /// How many times a failed range may be resumed (from what the session says it has).
    #[must_use]
    pub fn resumes(mut self, n: u32) -> Self {
        self.resumes = n;
        self
    }

    /// Called after every range the service took: (bytes it has, total).
    #[must_use]
    pub fn progress(mut self, f: impl FnMut(u64, u64) + Send + 'static) -> Self {
        self.progress = Some(Box::new(f));
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

enum State {
    /// Sending the range at `offset`.
    Sending,
    /// Asking the session what it has, after a failed range.
    Asking,
}

/// The upload as a state machine.
pub(crate) struct Upload<'d> {
    url: String,
    data: &'d [u8],
    offset: usize,
    state: State,
    resumes_left: u32,
    options: UploadOptions,
}

pub(crate) enum UploadNext {
    Continue,
    Done(Result<Uploaded, Error>),
}

impl<'d> Upload<'d> {
    pub(crate) fn new(url: &str, data: &'d [u8], options: UploadOptions) -> Result<Self, Error> {
        let uri: http::Uri = url.parse().map_err(|_| Error::Upload {
            message: "the upload URL is not a URL".into(),
        })?;
        if !matches!(uri.scheme_str(), Some("http" | "https")) || uri.host().is_none() {
            return Err(Error::Upload {
                message: "the upload URL is not an absolute http(s) URL".into(),
            });
        }
        if data.is_empty() {
            return Err(Error::Upload {
                message: "nothing to upload: an upload session needs at least one byte".into(),
            });
        }
        Ok(Upload {
            url: url.to_owned(),
            data,
            offset: 0,
            state: State::Sending,
            resumes_left: options.resumes,
            options,
        })
    }

    /// The next request: the range at the offset, or the session's status.
    pub(crate) fn request(&self) -> http::Request<Vec<u8>> {
        match self.state {
            State::Sending => {
                let end = (self.offset + self.options.chunk).min(self.data.len());
                let range = format!("bytes {}-{}/{}", self.offset, end - 1, self.data.len());
                http::Request::put(&self.url)
                    .header(http::header::CONTENT_RANGE, range)
                    .header(http::header::CONTENT_TYPE, "application/octet-stream")
                    .body(self.data[self.offset..end].to_vec())
                    .expect("a checked URL and ASCII headers")
            }
            State::Asking => http::Request::get(&self.url)
                .body(Vec::new())
                .expect("a checked URL"),
        }
    }

    pub(crate) fn after(
        &mut self,
        outcome: Result<http::Response<Vec<u8>>, TransportError>,
    ) -> UploadNext {
        let failed = |message: String| UploadNext::Done(Err(Error::Upload { message }));
        let response = match outcome {
            Ok(r) if r.status().is_server_error() => Err(format!("status {}", r.status())),
            Ok(r) => Ok(r),
            Err(e) => Err(e.message),
        };
        let response = match response {
            Ok(r) => r,
            Err(why) => {
                if self.resumes_left == 0 {
                    return UploadNext::Done(Err(Error::Transport {
                        message: format!("the upload failed at byte {}: {why}", self.offset),
                    }));
                }
                self.resumes_left -= 1;
                self.state = State::Asking;
                return UploadNext::Continue;
            }
        };
        let status = response.status().as_u16();
        match (&self.state, status) {
            (State::Sending, 200 | 201) => {
                self.offset = self.data.len();
                self.report();
                UploadNext::Done(Ok(Uploaded {
                    status: response.status(),
                    location: response
                        .headers()
                        .get(http::header::LOCATION)
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned),
                    body: response.into_body(),
                }))
            }
            (State::Sending, 416) => {
                // The range overlaps what the session has: ask it.
                if self.resumes_left == 0 {
                    return failed(
                        "the session refused a range (416) and no resume is left".into(),
                    );
                }
                self.resumes_left -= 1;
                self.state = State::Asking;
                UploadNext::Continue
            }
            (_, 202) | (State::Asking, 200) => match self.expected(&response) {
                Ok(next) => {
                    self.offset = next;
                    self.state = State::Sending;
                    self.report();
                    UploadNext::Continue
                }
                Err(message) => failed(message),
            },
            _ => UploadNext::Done(Err(Error::Graph(
                graph_resource::GraphError::from_response(&response),
            ))),
        }
    }

    /// Where the session wants the next byte from (`nextExpectedRanges`' first start), checked:
    /// within the file, and not before what a range it accepted ended at (a session does not
    /// forget bytes it confirmed).
    fn expected(&self, response: &http::Response<Vec<u8>>) -> Result<usize, String> {
        let body: Value = serde_json::from_slice(response.body())
            .map_err(|_| "the session's answer is not JSON".to_owned())?;
        let first = body
            .get("nextExpectedRanges")
            .and_then(Value::as_array)
            .and_then(|r| r.first())
            .and_then(Value::as_str)
            .ok_or("the session's answer has no nextExpectedRanges")?;
        let start: usize = first
            .split('-')
            .next()
            .and_then(|s| s.trim().parse().ok())
            .ok_or_else(|| format!("a range that is not one: {first:?}"))?;
        if start >= self.data.len() {
            return Err(format!(
                "the session expects byte {start} of a {}-byte file",
                self.data.len()
            ));
        }
        if matches!(self.state, State::Sending) && start < self.offset {
            return Err(format!(
                "the session took the range at {} but expects byte {start} again",
                self.offset
            ));
        }
        Ok(start)
    }

    fn report(&mut self) {
        let (done, total) = (self.offset as u64, self.data.len() as u64);
        if let Some(p) = &mut self.options.progress {
            p(done, total);
        }
    }
}
