//! [`Limits`]: how much an answer may hold, how long a request may take, how many redirects
//! are followed. The same on every executor.

use std::time::Duration;

/// The bounds every executor keeps, whatever its HTTP library's own defaults.
///
/// | limit | default | why |
/// |---|---|---|
/// | [`max_body`](Self::max_body) | 64 MiB | the largest buffered answer; Graph's JSON pages are far smaller (a 999-item page of users is ~2 MiB), so more is a broken or hostile server. Stream `Edm.Stream` content with `download` instead: it has no such bound |
/// | [`connect_timeout`](Self::connect_timeout) | 10 s | a TCP (and TLS) connection to Graph takes milliseconds; 10 s means it will not come |
/// | [`request_timeout`](Self::request_timeout) | 100 s | Graph's own gateway gives up on a request after 100 s (it answers `504`); a download's whole body counts too, so raise it for large files |
/// | [`max_redirects`](Self::max_redirects) | 5 | Kiota's default; Graph redirects once (a drive item's content to its download URL) |
///
/// The worst case of one call under the default [`RetryPolicy`](crate::RetryPolicy)
/// (4 retries, waits up to 60 s) and these limits: 1 + 4 retries + 5 redirects = 10 sends of
/// at most 100 s each, plus 4 waits of at most 60 s: **1,240 s** (about 21 minutes), reached
/// only by a server that times out and throttles at every step. A paging run or a batch
/// repeats that per page or per round.
///
/// ```
/// use std::time::Duration;
/// use graph_resource_client::Limits;
///
/// let limits = Limits::default().max_body(8 << 20).request_timeout(Duration::from_secs(30));
/// assert_eq!(limits.body_limit(), 8 << 20);
/// assert_eq!(Limits::default().redirect_limit(), 5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub(crate) max_body: usize,
    pub(crate) connect_timeout: Duration,
    pub(crate) request_timeout: Duration,
    pub(crate) max_redirects: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body: 64 << 20,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(100),
            max_redirects: 5,
        }
    }
}

impl Limits {
    /// The largest buffered answer body, in bytes: over it, an
    /// [`Error::Transport`](crate::Error::Transport) of kind
    /// [`TooLarge`](crate::TransportKind::TooLarge) naming the limit, not retried.
    #[must_use]
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// How long a connection (TCP and TLS) may take.
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long one send may take, from connecting to the answer's last byte.
    #[must_use]
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// How many redirects one request follows (0: none, a redirect is then an error).
    #[must_use]
    pub fn max_redirects(mut self, n: u32) -> Self {
        self.max_redirects = n;
        self
    }

    /// The body limit in bytes.
    pub fn body_limit(&self) -> usize {
        self.max_body
    }

    /// The connect timeout.
    pub fn connect(&self) -> Duration {
        self.connect_timeout
    }

    /// The per-send timeout.
    pub fn request(&self) -> Duration {
        self.request_timeout
    }

    /// The redirect bound.
    pub fn redirect_limit(&self) -> u32 {
        self.max_redirects
    }
}
