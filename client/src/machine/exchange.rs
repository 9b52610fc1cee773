//! [`Exchange`]: one request with its retries and redirects.

use std::fmt;
use std::time::Duration;

use http::StatusCode;

use super::redirect::{self, Origin};
use super::{finished, Machine, Step, TransportError};
use crate::retry::{copy, idempotent, retry_after, RetryPolicy, RetryReason, Wait};
use crate::shown::what;
use crate::{Error, Limits};

/// One request, sent until it has an answer to give: throttled (`429`, `503`) for any method
/// and timed out (`504`) or failed in transit for idempotent ones, it waits as the
/// [`RetryPolicy`] says and sends again; redirected, it follows the redirect rules (see the
/// [`machine`](super) docs and the README); any other answer, error statuses included, is its
/// output.
pub struct Exchange {
    current: http::Request<Vec<u8>>,
    first: Origin,
    visited: Vec<String>,
    policy: RetryPolicy,
    max_redirects: u32,
    retries: u32,
    redirects: u32,
    /// Whether a failed connection is retried here (for idempotent methods); an upload
    /// range's failures are the upload's to handle.
    retry_transport: bool,
    state: State,
}

enum State {
    Send,
    Sent,
    Wait(Duration),
    Done(Option<Result<http::Response<Vec<u8>>, Error>>),
}

impl Exchange {
    /// `request`, under `policy` and `limits`.
    pub fn new(request: http::Request<Vec<u8>>, policy: &RetryPolicy, limits: &Limits) -> Self {
        Exchange {
            first: Origin::of(request.uri()),
            visited: vec![request.uri().to_string()],
            current: request,
            policy: policy.clone(),
            max_redirects: limits.max_redirects,
            retries: 0,
            redirects: 0,
            retry_transport: true,
            state: State::Send,
        }
    }

    /// The same exchange, leaving a failed connection to its caller (given back at once).
    pub(crate) fn without_transport_retries(mut self) -> Self {
        self.retry_transport = false;
        self
    }

    fn retry(&mut self, reason: RetryReason, after: Option<Duration>) -> bool {
        if self.retries >= self.policy.retries() {
            return false;
        }
        self.retries += 1;
        // As Kiota's retry handler: the service can tell a retry from a first attempt.
        self.current.headers_mut().insert(
            http::header::HeaderName::from_static("retry-attempt"),
            http::HeaderValue::from(self.retries),
        );
        let (delay, from_retry_after) = self.policy.delay(self.retries, after);
        self.policy.observe(&Wait {
            retry: self.retries,
            delay,
            from_retry_after,
            reason,
            what: what(&self.current),
        });
        self.state = State::Wait(delay);
        true
    }

    fn answered(&mut self, response: http::Response<Vec<u8>>) {
        let status = response.status();
        let method = self.current.method();
        if redirect::is_redirect(status) {
            self.redirects += 1;
            let next = if self.redirects > self.max_redirects {
                Err(Error::Redirect {
                    message: format!(
                        "{} was redirected more than {} times (Limits::max_redirects)",
                        what(&self.current),
                        self.max_redirects
                    ),
                })
            } else {
                redirect::follow(&self.current, &response, &self.first, &self.visited)
            };
            match next {
                Ok(next) => {
                    self.visited.push(next.uri().to_string());
                    self.current = next;
                    self.state = State::Send;
                }
                Err(e) => self.state = State::Done(Some(Err(e))),
            }
            return;
        }
        let retryable = status == StatusCode::TOO_MANY_REQUESTS
            || status == StatusCode::SERVICE_UNAVAILABLE
            || (status == StatusCode::GATEWAY_TIMEOUT && idempotent(method));
        if retryable && self.retry(RetryReason::Status(status.as_u16()), retry_after(&response)) {
            return;
        }
        self.state = State::Done(Some(Ok(response)));
    }

    fn failed(&mut self, e: TransportError) {
        let method = self.current.method().clone();
        if !e.kind().is_transient() || !self.retry_transport {
            self.state = State::Done(Some(Err(e.into_error(""))));
        } else if !idempotent(&method) {
            self.state = State::Done(Some(Err(e.into_error(format!(
                " (not sent again: a {method} may have been acted on)"
            )))));
        } else if !self.retry(RetryReason::Transport, None) {
            let note = format!(" (after {} retries)", self.retries);
            self.state = State::Done(Some(Err(e.into_error(note))));
        }
    }
}

impl Machine for Exchange {
    type Output = http::Response<Vec<u8>>;

    fn step(&mut self, _bearer_token: &str) -> Step<Self::Output> {
        match std::mem::replace(&mut self.state, State::Sent) {
            State::Send => Step::Send(copy(&self.current)),
            State::Wait(delay) => {
                self.state = State::Send;
                Step::Wait(delay)
            }
            State::Sent => Step::Done(Err(TransportError::new(
                crate::TransportKind::Other,
                "stepped before the answer to its request was given",
            )
            .into_error(""))),
            State::Done(result) => {
                self.state = State::Done(None);
                Step::Done(result.unwrap_or_else(|| Err(finished())))
            }
        }
    }

    fn answer(&mut self, outcome: Result<http::Response<Vec<u8>>, TransportError>) {
        match outcome {
            Ok(response) => self.answered(response),
            Err(e) => self.failed(e),
        }
    }
}

impl fmt::Debug for Exchange {
    /// The method and path (no query, no parameters, no headers or body), and the counts.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Exchange")
            .field("request", &what(&self.current))
            .field("retries", &self.retries)
            .field("redirects", &self.redirects)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use http::Method;

    use super::*;
    use crate::retry::tests::answer;
    use crate::TransportKind;

    fn request(method: Method) -> http::Request<Vec<u8>> {
        http::Request::builder()
            .method(method)
            .uri("https://graph.microsoft.com/v1.0/me?$select=secret")
            .body(Vec::new())
            .unwrap()
    }

    fn exchange(method: Method, policy: &RetryPolicy) -> Exchange {
        let mut e = Exchange::new(request(method), policy, &Limits::default());
        assert!(matches!(e.step("t"), Step::Send(_)));
        e
    }

    fn reset() -> TransportError {
        TransportError::new(TransportKind::Reset, "connection reset")
    }

    #[test]
    fn what_is_retried_and_what_is_not() {
        let policy = RetryPolicy::default().base_delay(Duration::from_millis(10));
        // A throttled POST: retried, waiting what the service said.
        let mut a = exchange(Method::POST, &policy);
        a.answer(Ok(answer(429, Some("2"))));
        assert!(matches!(a.step("t"), Step::Wait(d) if d == Duration::from_secs(2)));
        assert!(matches!(a.step("t"), Step::Send(_)));
        // A 504 on a PATCH: given back (it may have been applied).
        let mut a = exchange(Method::PATCH, &policy);
        a.answer(Ok(answer(504, None)));
        assert!(matches!(a.step("t"), Step::Done(Ok(r)) if r.status() == 504));
        // A reset on a PATCH: an error that says why it was not sent again.
        let mut a = exchange(Method::PATCH, &policy);
        a.answer(Err(reset()));
        match a.step("t") {
            Step::Done(Err(Error::Transport { message })) => {
                assert_eq!(message.kind(), TransportKind::Reset);
                assert!(message.contains("not sent again"));
            }
            other => panic!("a PATCH was retried after a reset: {other:?}"),
        }
        // A reset on a GET: retried with backoff no longer than its bound.
        let mut a = exchange(Method::GET, &policy);
        a.answer(Err(reset()));
        assert!(matches!(a.step("t"), Step::Wait(d) if d <= Duration::from_millis(10)));
        // TLS and too large: never retried.
        for kind in [TransportKind::Tls, TransportKind::TooLarge] {
            let mut a = exchange(Method::GET, &policy);
            a.answer(Err(TransportError::new(kind, "no")));
            assert!(matches!(a.step("t"), Step::Done(Err(e)) if e.transport_kind() == Some(kind)));
        }
        // 200: done at once; stepped again, an error.
        let mut a = exchange(Method::GET, &policy);
        a.answer(Ok(answer(200, None)));
        assert!(matches!(a.step("t"), Step::Done(Ok(_))));
        assert!(matches!(a.step("t"), Step::Done(Err(_))));
    }

    #[test]
    fn the_bound_holds_and_every_wait_is_observed() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let policy = RetryPolicy::default()
            .max_retries(3)
            .base_delay(Duration::from_millis(1))
            .on_wait(move |w| log.lock().unwrap().push(w.clone()));
        let mut a = exchange(Method::GET, &policy);
        let mut sends = 1;
        loop {
            a.answer(Ok(answer(503, None)));
            match a.step("t") {
                Step::Wait(_) => {
                    assert!(matches!(a.step("t"), Step::Send(_)));
                    sends += 1;
                }
                Step::Done(r) => {
                    assert_eq!(r.unwrap().status(), 503);
                    break;
                }
                Step::Send(_) => panic!("sent without a wait"),
            }
        }
        assert_eq!(sends, 4);
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 3);
        assert_eq!(seen[2].retry, 3);
        assert_eq!(seen[0].reason, RetryReason::Status(503));
        assert_eq!(seen[0].what, "GET /v1.0/me", "no query in what is observed");
    }

    #[test]
    fn a_redirect_loop_is_one_error_after_at_most_the_bound() {
        let policy = RetryPolicy::default();
        let mut a = exchange(Method::GET, &policy);
        let mut sends = 1;
        let err = loop {
            let hop = format!("https://graph.microsoft.com/v1.0/hop{}", sends % 3);
            let mut r = answer(302, None);
            r.headers_mut().insert("location", hop.parse().unwrap());
            a.answer(Ok(r));
            match a.step("t") {
                Step::Send(_) => sends += 1,
                Step::Done(Err(e)) => break e,
                other => panic!("{other:?}"),
            }
        };
        assert!(matches!(err, Error::Redirect { .. }), "{err}");
        assert!(sends <= 6, "{sends} sends");
    }
}
