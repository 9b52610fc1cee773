//! When to send a request again, and how long to wait first: [`RetryPolicy`] (the machine
//! that applies it is [`Exchange`](crate::machine::Exchange)).

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use http::Method;

/// Why a request is sent again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetryReason {
    /// The service answered with this status (429, 503 or 504).
    Status(u16),
    /// The connection failed before an answer (reset, refused, timed out).
    Transport,
}

/// A wait before sending again, as the policy's observer sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wait {
    /// The retry this wait comes before: 1 for the first.
    pub retry: u32,
    /// How long.
    pub delay: Duration,
    /// Whether the service said how long (`Retry-After`), or the policy's backoff chose.
    pub from_retry_after: bool,
    /// Why.
    pub reason: RetryReason,
    /// The request's method and path (never its query, which may hold a secret).
    pub what: String,
}

type Observer = Arc<dyn Fn(&Wait) + Send + Sync>;

/// When a request is sent again: a value to change or turn off.
///
/// The defaults (`RetryPolicy::default()`): up to 4 retries; `429 Too Many Requests` and `503
/// Service Unavailable` are retried for every method (Graph did not act on a throttled
/// request); `504 Gateway Timeout` and a failed connection only for idempotent methods (`GET`,
/// `HEAD`, `PUT`, `DELETE`, `OPTIONS`): a `POST` or `PATCH` may have been acted on, and sending
/// it again could do it twice. The wait is the answer's `Retry-After` (seconds or an HTTP date)
/// when it has one, capped at `max_delay`; otherwise exponential backoff with full jitter:
/// a random time up to `base_delay × 2^(retry − 1)`, capped at `max_delay`.
///
/// ```
/// use std::time::Duration;
/// use graph_resource_client::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .max_retries(2)
///     .base_delay(Duration::from_millis(200))
///     .on_wait(|wait| eprintln!("waiting {:?} before retry {} of {}", wait.delay, wait.retry, wait.what));
/// assert_eq!(policy.retries(), 2);
/// assert_eq!(RetryPolicy::none().retries(), 0);
/// ```
#[derive(Clone)]
pub struct RetryPolicy {
    max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
    observer: Option<Observer>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(60),
            observer: None,
        }
    }
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_retries", &self.max_retries)
            .field("base_delay", &self.base_delay)
            .field("max_delay", &self.max_delay)
            .field("observer", &self.observer.is_some())
            .finish()
    }
}

impl RetryPolicy {
    /// No retries: every answer is given back as it came.
    pub fn none() -> Self {
        RetryPolicy::default().max_retries(0)
    }

    /// At most `n` retries of one request (so `n + 1` sends).
    #[must_use]
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }

    /// The first backoff's upper bound (doubled each retry) when the answer has no
    /// `Retry-After`.
    #[must_use]
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest wait, `Retry-After` included.
    #[must_use]
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Calls `observer` before every wait (to log it, count it, show it).
    #[must_use]
    pub fn on_wait(mut self, observer: impl Fn(&Wait) + Send + Sync + 'static) -> Self {
        self.observer = Some(Arc::new(observer));
        self
    }

    /// The number of retries allowed.
    pub fn retries(&self) -> u32 {
        self.max_retries
    }

    pub(crate) fn observe(&self, wait: &Wait) {
        if let Some(o) = &self.observer {
            o(wait);
        }
    }

    /// The wait before retry `retry` (1-based): `Retry-After` if given, else backoff.
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> (Duration, bool) {
        if let Some(d) = retry_after {
            return (d.min(self.max_delay), true);
        }
        let exp = self
            .base_delay
            .saturating_mul(1u32 << (retry.saturating_sub(1)).min(20));
        let cap = exp.min(self.max_delay);
        (cap.mul_f64(jitter()), false)
    }
}

/// A number in [0, 1) that differs call to call (full jitter; no crate needed for this).
fn jitter() -> f64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0x9e37_79b9_7f4a_7c15);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mut x = COUNTER.fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed) ^ u64::from(nanos);
    // splitmix64
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^= x >> 31;
    #[allow(clippy::cast_precision_loss)]
    {
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `Retry-After` as the runtime reads it ([`GraphError::retry_after`]): delay-seconds, or an
/// HTTP date counted from the answer's `Date` (else from now).
///
/// [`GraphError::retry_after`]: graph_resource::GraphError::retry_after
pub(crate) fn retry_after(response: &http::Response<Vec<u8>>) -> Option<Duration> {
    graph_resource::GraphError::from_response(response).retry_after()
}

/// Whether sending `method` twice does what sending it once does.
pub(crate) fn idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    )
}

/// A copy of a request (`http::Request` is not `Clone`).
pub(crate) fn copy(request: &http::Request<Vec<u8>>) -> http::Request<Vec<u8>> {
    let mut out = http::Request::new(request.body().clone());
    *out.method_mut() = request.method().clone();
    *out.uri_mut() = request.uri().clone();
    *out.version_mut() = request.version();
    *out.headers_mut() = request.headers().clone();
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An answer with `status` and maybe a `Retry-After` (for the machines' tests too).
    pub(crate) fn answer(status: u16, retry_after: Option<&str>) -> http::Response<Vec<u8>> {
        let mut b = http::Response::builder().status(status);
        if let Some(r) = retry_after {
            b = b.header("retry-after", r);
        }
        b.body(Vec::new()).unwrap()
    }

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        assert_eq!(
            retry_after(&answer(429, Some("7"))),
            Some(Duration::from_secs(7))
        );
        let later = SystemTime::now() + Duration::from_secs(30);
        let d = retry_after(&answer(429, Some(&httpdate::fmt_http_date(later)))).unwrap();
        assert!(
            d > Duration::from_secs(25) && d <= Duration::from_secs(30),
            "{d:?}"
        );
        assert_eq!(retry_after(&answer(429, Some("soon"))), None);
    }

    #[test]
    fn backoff_stays_under_its_caps() {
        let p = RetryPolicy::default()
            .base_delay(Duration::from_secs(1))
            .max_delay(Duration::from_secs(5));
        for retry in 1..10 {
            let (d, from) = p.delay(retry, None);
            assert!(!from && d <= Duration::from_secs(5));
        }
        assert_eq!(
            p.delay(1, Some(Duration::from_secs(120))),
            (Duration::from_secs(5), true)
        );
        assert_eq!(RetryPolicy::none().retries(), 0);
    }
}
