//! [`GraphError`]: what Graph says when a request fails, read from any answer.

use std::fmt;
use std::time::{Duration, SystemTime};

use http::header::{CONTENT_TYPE, DATE, RETRY_AFTER};
use http::{HeaderMap, Response, StatusCode};
use serde_json::{Map, Value};

/// An unsuccessful answer, read from Graph's error body
/// (`{"error":{"code","message","target","details","innerError":{"request-id",…}}}`) and its
/// headers (`Retry-After`, `request-id`, `client-request-id`).
///
/// A body that is not Graph's error JSON (HTML from a proxy, an empty or truncated body) still
/// gives a `GraphError` with the status; so does a successful answer whose body is not the
/// expected object. Its `Display` shows status, code and message, never the raw body.
///
/// ```
/// use graph_resource::GraphError;
///
/// let response = http::Response::builder()
///     .status(429)
///     .header("Retry-After", "10")
///     .body(br#"{"error":{"code":"TooManyRequests","message":"Slow down.",
///         "innerError":{"request-id":"1f2e","client-request-id":"9a8b","date":"2026-11-28T10:00:00"}}}"#.to_vec())
///     .unwrap();
/// let err = GraphError::from_response(&response);
/// assert_eq!(err.status(), 429);
/// assert_eq!(err.code(), Some("TooManyRequests"));
/// assert_eq!(err.request_id(), Some("1f2e"));
/// assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(10)));
/// assert_eq!(err.to_string(), "429 Too Many Requests: TooManyRequests: Slow down.");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct GraphError {
    repr: Box<Repr>,
}

/// Boxed so that `Result<T, GraphError>` stays small.
#[derive(Clone, Debug, PartialEq)]
struct Repr {
    status: StatusCode,
    kind: GraphErrorKind,
    code: Option<String>,
    message: Option<String>,
    target: Option<String>,
    details: Vec<ErrorDetail>,
    inner: Option<InnerError>,
    retry_after: Option<RetryAfter>,
    date: Option<SystemTime>,
}

/// What kind of failure a [`GraphError`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GraphErrorKind {
    /// The service answered with an error status and Graph's error body.
    Service,
    /// The service answered with an error status and a body that is not Graph's error JSON.
    UnexpectedBody,
    /// The answer was successful but its body is not the expected object.
    Decode,
}

/// One entry of `error.details`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorDetail {
    /// The detail's code.
    pub code: Option<String>,
    /// The detail's message.
    pub message: Option<String>,
    /// What the detail is about.
    pub target: Option<String>,
}

/// `error.innerError`: the identifiers to quote to Microsoft support.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InnerError {
    /// `request-id`.
    pub request_id: Option<String>,
    /// `client-request-id`.
    pub client_request_id: Option<String>,
    /// `date`, as sent.
    pub date: Option<String>,
    /// Every other entry, as sent.
    pub additional: Map<String, Value>,
}

/// The `Retry-After` header: a delay in seconds, or an HTTP date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetryAfter {
    /// `Retry-After: 10`
    Delay(Duration),
    /// `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`
    At(SystemTime),
}

impl GraphError {
    /// Reads an answer as an error, whatever its status and body.
    pub fn from_response<B: AsRef<[u8]>>(response: &Response<B>) -> GraphError {
        let headers = response.headers();
        let mut err = GraphError::bare(response.status(), GraphErrorKind::Service, headers);
        let body = response.body().as_ref();
        let parsed = serde_json::from_slice::<Value>(body);
        match parsed {
            Ok(Value::Object(mut top)) if top.get("error").is_some_and(Value::is_object) => {
                if let Some(Value::Object(e)) = top.remove("error") {
                    err.read_error_object(e);
                }
            }
            other => {
                err.repr.kind = GraphErrorKind::UnexpectedBody;
                err.repr.message = Some(describe_body(headers, body, other.as_ref().err()));
            }
        }
        err.fill_ids_from_headers(headers);
        err
    }

    /// A successful answer whose body is not what the request expects.
    #[cold]
    pub(crate) fn decode(status: StatusCode, headers: &HeaderMap, message: String) -> GraphError {
        let mut err = GraphError::bare(status, GraphErrorKind::Decode, headers);
        err.repr.message = Some(message);
        err.fill_ids_from_headers(headers);
        err
    }

    fn bare(status: StatusCode, kind: GraphErrorKind, headers: &HeaderMap) -> GraphError {
        let repr = Repr {
            status,
            kind,
            code: None,
            message: None,
            target: None,
            details: Vec::new(),
            inner: None,
            retry_after: headers
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_retry_after),
            date: headers
                .get(DATE)
                .and_then(|v| v.to_str().ok())
                .and_then(|d| httpdate::parse_http_date(d).ok()),
        };
        GraphError {
            repr: Box::new(repr),
        }
    }

    fn read_error_object(&mut self, mut e: Map<String, Value>) {
        self.repr.code = take_string(&mut e, "code");
        self.repr.message = take_string(&mut e, "message");
        self.repr.target = take_string(&mut e, "target");
        if let Some(Value::Array(details)) = e.remove("details") {
            self.repr.details = details
                .into_iter()
                .filter_map(|d| match d {
                    Value::Object(mut d) => Some(ErrorDetail {
                        code: take_string(&mut d, "code"),
                        message: take_string(&mut d, "message"),
                        target: take_string(&mut d, "target"),
                    }),
                    _ => None,
                })
                .collect();
        }
        let inner_key = e
            .keys()
            .find(|k| k.eq_ignore_ascii_case("innerError"))
            .cloned();
        if let Some(Value::Object(mut inner)) = inner_key.and_then(|k| e.remove(&k)) {
            self.repr.inner = Some(InnerError {
                request_id: take_string(&mut inner, "request-id"),
                client_request_id: take_string(&mut inner, "client-request-id"),
                date: take_string(&mut inner, "date"),
                additional: inner,
            });
        }
    }

    fn fill_ids_from_headers(&mut self, headers: &HeaderMap) {
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let (request_id, client_request_id) = (header("request-id"), header("client-request-id"));
        if request_id.is_none() && client_request_id.is_none() {
            return;
        }
        let inner = self.repr.inner.get_or_insert_with(InnerError::default);
        if inner.request_id.is_none() {
            inner.request_id = request_id;
        }
        if inner.client_request_id.is_none() {
            inner.client_request_id = client_request_id;
        }
    }

    /// The error with every occurrence of each of `secrets` in its texts replaced by
    /// `<redacted>`: what every request's `parse_response` gives back, and what an executor
    /// does with the token it sent (a service may echo it).
    pub fn redacted(mut self, secrets: &[String]) -> Self {
        self.redact(secrets);
        self
    }

    fn redact(&mut self, secrets: &[String]) {
        let scrub = |s: &mut String| {
            for secret in secrets.iter().filter(|x| !x.is_empty()) {
                if s.contains(secret.as_str()) {
                    *s = s.replace(secret.as_str(), "<redacted>");
                }
            }
        };
        if secrets.is_empty() {
            return;
        }
        let r = &mut *self.repr;
        r.code.iter_mut().for_each(scrub);
        r.message.iter_mut().for_each(scrub);
        r.target.iter_mut().for_each(scrub);
        for d in &mut r.details {
            d.code.iter_mut().for_each(scrub);
            d.message.iter_mut().for_each(scrub);
            d.target.iter_mut().for_each(scrub);
        }
        if let Some(inner) = &mut r.inner {
            inner.request_id.iter_mut().for_each(scrub);
            inner.client_request_id.iter_mut().for_each(scrub);
            inner.date.iter_mut().for_each(scrub);
            let mut extra = Value::Object(std::mem::take(&mut inner.additional));
            scrub_value(&mut extra, &scrub);
            if let Value::Object(m) = extra {
                inner.additional = m;
            }
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.repr.status
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> GraphErrorKind {
        self.repr.kind
    }

    /// `error.code`, such as `TooManyRequests` or `Request_ResourceNotFound`.
    pub fn code(&self) -> Option<&str> {
        self.repr.code.as_deref()
    }

    /// `error.message`; for a body that is not Graph's error JSON, a description of it.
    pub fn message(&self) -> Option<&str> {
        self.repr.message.as_deref()
    }

    /// `error.target`.
    pub fn target(&self) -> Option<&str> {
        self.repr.target.as_deref()
    }

    /// `error.details`.
    pub fn details(&self) -> &[ErrorDetail] {
        &self.repr.details
    }

    /// `error.innerError`.
    pub fn inner_error(&self) -> Option<&InnerError> {
        self.repr.inner.as_ref()
    }

    /// `innerError.request-id`, else the `request-id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.repr.inner.as_ref()?.request_id.as_deref()
    }

    /// `innerError.client-request-id`, else the `client-request-id` header.
    pub fn client_request_id(&self) -> Option<&str> {
        self.repr.inner.as_ref()?.client_request_id.as_deref()
    }

    /// `innerError.date`, as sent.
    pub fn date(&self) -> Option<&str> {
        self.repr.inner.as_ref()?.date.as_deref()
    }

    /// The `Retry-After` header as sent (seconds or date).
    pub fn retry_after_header(&self) -> Option<RetryAfter> {
        self.repr.retry_after
    }

    /// How long to wait before retrying, from `Retry-After`: its seconds, or the time from the
    /// answer's `Date` (else from now) to its HTTP date, zero if that is past.
    pub fn retry_after(&self) -> Option<Duration> {
        match self.repr.retry_after? {
            RetryAfter::Delay(d) => Some(d),
            RetryAfter::At(at) => {
                let from = self.repr.date.unwrap_or_else(SystemTime::now);
                Some(at.duration_since(from).unwrap_or(Duration::ZERO))
            }
        }
    }

    /// Whether an `If-Match` did not match (`412 Precondition Failed`): the entity changed
    /// since it was read; read it again.
    pub fn is_precondition_failed(&self) -> bool {
        self.status() == StatusCode::PRECONDITION_FAILED
    }

    /// Whether retrying later may succeed: 429, 503, 504, or a `Retry-After` was sent.
    pub fn is_retryable(&self) -> bool {
        matches!(self.repr.status.as_u16(), 429 | 503 | 504) || self.repr.retry_after.is_some()
    }
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.repr.status)?;
        if let Some(code) = &self.repr.code {
            write!(f, ": {code}")?;
        }
        if let Some(message) = &self.repr.message {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}

impl std::error::Error for GraphError {}

fn scrub_value(v: &mut Value, scrub: &impl Fn(&mut String)) {
    match v {
        Value::String(s) => scrub(s),
        Value::Array(items) => items.iter_mut().for_each(|i| scrub_value(i, scrub)),
        Value::Object(m) => m.values_mut().for_each(|i| scrub_value(i, scrub)),
        _ => {}
    }
}

fn take_string(map: &mut Map<String, Value>, key: &str) -> Option<String> {
    match map.remove(key)? {
        Value::String(s) => Some(s),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

fn parse_retry_after(value: &str) -> Option<RetryAfter> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value
            .parse::<u64>()
            .ok()
            .map(|s| RetryAfter::Delay(Duration::from_secs(s)));
    }
    httpdate::parse_http_date(value).ok().map(RetryAfter::At)
}

/// Says what a body that is not Graph's error JSON is, without showing it (it may echo the
/// request). `parse_error` is why reading it as JSON failed (`None`: it is JSON).
fn describe_body(
    headers: &HeaderMap,
    body: &[u8],
    parse_error: Option<&serde_json::Error>,
) -> String {
    if body.iter().all(u8::is_ascii_whitespace) {
        return "the response has no body".to_owned();
    }
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("no content type");
    let what = match parse_error {
        None => "JSON that is not Graph's error object",
        Some(e) if e.is_eof() => "truncated JSON",
        Some(_) if content_type.contains("html") => "an HTML page",
        Some(_) => "not JSON",
    };
    format!(
        "the response body is {what} ({content_type}, {} bytes)",
        body.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, headers: &[(&str, &str)], body: &str) -> Response<Vec<u8>> {
        let mut b = Response::builder().status(status);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(body.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(
            parse_retry_after(" 120 "),
            Some(RetryAfter::Delay(Duration::from_secs(120)))
        );
        assert!(matches!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(RetryAfter::At(_))
        ));
        assert_eq!(parse_retry_after("soon"), None);
        assert_eq!(parse_retry_after("99999999999999999999999"), None);
        let err = GraphError::from_response(&response(
            503,
            &[
                ("Date", "Wed, 21 Oct 2015 07:28:00 GMT"),
                ("Retry-After", "Wed, 21 Oct 2015 07:28:30 GMT"),
            ],
            "",
        ));
        assert_eq!(err.retry_after(), Some(Duration::from_secs(30)));
        assert!(err.is_retryable());
    }

    #[test]
    fn bodies_that_are_not_graph_errors() {
        for (body, ct, says) in [
            (
                "<html><body>Bad gateway</body></html>",
                "text/html",
                "an HTML page",
            ),
            ("", "text/plain", "no body"),
            (
                "{\"error\":{\"code\":\"x\"",
                "application/json",
                "truncated JSON",
            ),
            ("[1,2]", "application/json", "not Graph's error object"),
            (
                "{\"error\":\"text\"}",
                "application/json",
                "not Graph's error object",
            ),
        ] {
            let err = GraphError::from_response(&response(502, &[("Content-Type", ct)], body));
            assert_eq!(err.kind(), GraphErrorKind::UnexpectedBody);
            assert_eq!(err.status(), 502);
            assert!(err.to_string().contains(says), "{err}");
            assert!(err.to_string().starts_with("502 Bad Gateway"), "{err}");
            if !body.is_empty() {
                assert!(!err.to_string().contains(body), "{err}");
            }
        }
    }

    #[test]
    fn graph_error_body() {
        let err = GraphError::from_response(&response(
            400,
            &[("request-id", "from-header")],
            r#"{"error":{"code":"BadRequest","message":"Invalid","target":"clientContext",
               "details":[{"code":"x","message":"y","target":"z"}, 5],
               "innererror":{"client-request-id":"c1","date":"2026-01-01T00:00:00","extra":1}}}"#,
        ));
        assert_eq!(err.kind(), GraphErrorKind::Service);
        assert_eq!(err.code(), Some("BadRequest"));
        assert_eq!(err.target(), Some("clientContext"));
        assert_eq!(err.details().len(), 1);
        assert_eq!(err.client_request_id(), Some("c1"));
        assert_eq!(err.request_id(), Some("from-header"));
        assert_eq!(err.date(), Some("2026-01-01T00:00:00"));
        assert_eq!(err.inner_error().unwrap().additional["extra"], 1);
        assert_eq!(err.to_string(), "400 Bad Request: BadRequest: Invalid");
        assert!(!err.is_retryable());
    }
}
