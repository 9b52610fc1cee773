//! [`CreateRequest`]: a typed create request, turned into an [`http::Request`], and its answer
//! read back.

use std::fmt;

use http::header::{HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use http::{Method, Request, Response};

use crate::__private::{All, FieldSet};
use crate::{GraphError, GraphResource};

/// A request that creates a `T`: `POST` of the object to a collection.
///
/// Made by the builder that `T::create()` returns. Its `Debug` shows the body with secrets
/// redacted; it holds no token.
///
/// ```
/// use graph_resource::models::RecordOperation;
/// use graph_resource::prelude::*;
///
/// let request = RecordOperation::create()
///     .client_context("d45324c1-fcb5-430a-902c-f20af696537c")
///     .status(OperationStatus::Running)
///     .build();
/// let http = request.to_http(
///     "https://graph.microsoft.com/beta/communications/calls/57dab8b1/operations",
///     "eyJ0eXAi.token",
/// )?;
/// assert_eq!(http.method(), "POST");
/// assert_eq!(http.headers()["content-type"], "application/json");
/// assert!(http.headers()["authorization"].is_sensitive());
/// assert_eq!(
///     http.body().as_slice(),
///     br##"{"@odata.type":"#microsoft.graph.recordOperation","clientContext":"d45324c1-fcb5-430a-902c-f20af696537c","status":"Running"}"##
/// );
/// # Ok::<(), graph_resource::RequestError>(())
/// ```
#[derive(Clone, PartialEq)]
pub struct CreateRequest<T> {
    body: T,
    /// The fields the caller set: the body holds these, never a default nobody wrote. `None`
    /// for a request made from a whole value.
    set: Option<FieldSet>,
}

impl<T: GraphResource> CreateRequest<T> {
    /// A request that creates `body` as it is: every field `Serialize` writes (`None` left
    /// out, other fields always), then `additional_data`. A builder's request holds only the
    /// fields its caller set.
    pub fn new(body: T) -> Self {
        CreateRequest { body, set: None }
    }

    pub(crate) fn with_fields(body: T, set: FieldSet) -> Self {
        CreateRequest {
            body,
            set: Some(set),
        }
    }

    /// The request body as JSON bytes: the tag, the fields set, then `additional_data`.
    pub fn body_json(&self) -> Result<Vec<u8>, serde_json::Error> {
        let mut out = Vec::with_capacity(128);
        let mut ser = serde_json::Serializer::new(&mut out);
        match &self.set {
            Some(set) => self.body.write(&mut ser, set)?,
            None => self.body.write(&mut ser, All)?,
        }
        Ok(out)
    }

    /// The object to create.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The object to create, by value.
    pub fn into_body(self) -> T {
        self.body
    }

    /// The HTTP request: `POST collection_url` with the object as JSON, and the headers
    /// `Authorization: Bearer <token>` (marked sensitive), `Content-Type: application/json`,
    /// `Accept: application/json` and `Content-Length`.
    ///
    /// Refuses, without panicking, a URL that is not absolute `http`/`https`, has a fragment,
    /// credentials, white space, control or non-ASCII characters; and a token that is empty or
    /// has characters a header cannot carry. No error message shows the token.
    pub fn to_http(
        &self,
        collection_url: &str,
        bearer_token: &str,
    ) -> Result<Request<Vec<u8>>, RequestError> {
        let uri = check_url(collection_url)?;
        let authorization = authorization(bearer_token)?;
        let body = self.body_json().map_err(|e| RequestError {
            kind: RequestErrorKind::Body,
            reason: e.to_string(),
        })?;
        let mut request = Request::new(body);
        *request.method_mut() = Method::POST;
        *request.uri_mut() = uri;
        let len = request.body().len();
        let headers = request.headers_mut();
        headers.insert(AUTHORIZATION, authorization);
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert(CONTENT_LENGTH, HeaderValue::from(len));
        Ok(request)
    }

    /// Reads the service's answer: `200`, `201` or `202` with a body gives the object; anything
    /// else (or a body that is not the object) gives a [`GraphError`]. Never panics.
    ///
    /// A service that echoes the request in its error message does not leak the body's
    /// `#[graph(secret)]` values through the error: they are replaced by `<redacted>`.
    pub fn parse_response(&self, response: &Response<Vec<u8>>) -> Result<T, GraphError> {
        crate::error::parse_response(response).map_err(|mut e| {
            e.redact(&self.body.__secret_texts());
            e
        })
    }
}

impl<T: fmt::Debug> fmt::Debug for CreateRequest<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreateRequest")
            .field("body", &self.body)
            .finish()
    }
}

/// Why [`CreateRequest::to_http`] refused: a bad URL or token. Shows neither the token nor the
/// URL (which may carry secrets in its query), only what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestError {
    kind: RequestErrorKind,
    reason: String,
}

/// What a [`RequestError`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestErrorKind {
    /// The collection URL.
    Url,
    /// The bearer token.
    Token,
    /// The body could not be written as JSON.
    Body,
}

impl RequestError {
    /// What the error is about.
    pub fn kind(&self) -> RequestErrorKind {
        self.kind
    }

    /// What is wrong, in words.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    fn url(reason: impl Into<String>) -> Self {
        RequestError {
            kind: RequestErrorKind::Url,
            reason: reason.into(),
        }
    }

    fn token(reason: impl Into<String>) -> Self {
        RequestError {
            kind: RequestErrorKind::Token,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            RequestErrorKind::Url => "invalid collection URL",
            RequestErrorKind::Token => "invalid bearer token",
            RequestErrorKind::Body => "the body could not be written",
        };
        write!(f, "{what}: {}", self.reason)
    }
}

impl std::error::Error for RequestError {}

/// Describes a character without showing it (it may be part of a secret).
fn describe(c: char) -> &'static str {
    match c {
        '\r' => "a carriage return (CR)",
        '\n' => "a line feed (LF)",
        '\0' => "a NUL",
        '\t' => "a tab",
        ' ' => "a space",
        c if c.is_whitespace() => "white space",
        c if c.is_control() => "a control character",
        c if !c.is_ascii() => "a non-ASCII character (percent-encode it)",
        _ => "a character not allowed here",
    }
}

fn check_url(url: &str) -> Result<http::Uri, RequestError> {
    if url.is_empty() {
        return Err(RequestError::url("the URL is empty"));
    }
    if let Some((at, c)) = url.char_indices().find(|&(_, c)| !c.is_ascii_graphic()) {
        return Err(RequestError::url(format!("{} at byte {at}", describe(c))));
    }
    if url.contains('#') {
        return Err(RequestError::url(
            "the URL has a fragment (`#...`); a request URL cannot carry one",
        ));
    }
    let scheme_end = url
        .find("://")
        .ok_or_else(|| RequestError::url("the URL is not absolute: it needs `https://`"))?;
    let scheme = &url[..scheme_end];
    if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
        return Err(RequestError::url(format!(
            "the scheme `{scheme}` is not http or https"
        )));
    }
    let uri: http::Uri = url
        .parse()
        .map_err(|e: http::uri::InvalidUri| RequestError::url(format!("not a valid URL: {e}")))?;
    let authority = uri
        .authority()
        .ok_or_else(|| RequestError::url("the URL has no host"))?;
    if authority.as_str().contains('@') {
        return Err(RequestError::url(
            "the URL carries credentials (`user@host`); pass the token instead",
        ));
    }
    if authority.host().is_empty() {
        return Err(RequestError::url("the URL has no host"));
    }
    Ok(uri)
}

fn authorization(token: &str) -> Result<HeaderValue, RequestError> {
    if token.is_empty() {
        return Err(RequestError::token("the token is empty"));
    }
    if token
        .get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("bearer "))
    {
        return Err(RequestError::token(
            "the token starts with `Bearer `: pass the token alone, the scheme is added",
        ));
    }
    if let Some((at, c)) = token.char_indices().find(|&(_, c)| !c.is_ascii_graphic()) {
        return Err(RequestError::token(format!(
            "{} at byte {at}; a header cannot carry it",
            describe(c)
        )));
    }
    let mut value = HeaderValue::try_from(format!("Bearer {token}"))
        .map_err(|_| RequestError::token("a header cannot carry this token"))?;
    value.set_sensitive(true);
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(check_url("https://graph.microsoft.com/beta/x").is_ok());
        assert!(check_url("HTTP://127.0.0.1:8080/x?a=b").is_ok());
        for (bad, why) in [
            ("", "empty"),
            ("/relative/path", "absolute"),
            ("graph.microsoft.com/x", "absolute"),
            ("ftp://host/x", "scheme"),
            ("https://host/x#frag", "fragment"),
            ("https://host/a b", "space"),
            ("https://host/a\r\nX: y", "carriage return"),
            ("https://host/\u{0}", "NUL"),
            ("https://hóst/", "non-ASCII"),
            ("https://user:pw@host/", "credentials"),
            ("https:///x", "URL"),
        ] {
            let err = check_url(bad).unwrap_err();
            assert_eq!(err.kind(), RequestErrorKind::Url);
            assert!(err.to_string().contains(why), "{bad:?}: {err}");
        }
    }

    #[test]
    fn tokens() {
        assert!(authorization("eyJ0.eyJz.sig-_~+/=").unwrap().is_sensitive());
        for (bad, why) in [
            ("", "empty"),
            ("Bearer abc", "Bearer"),
            ("abc\r\nX-Evil: 1", "carriage return"),
            ("abc\n", "line feed"),
            ("a\0b", "NUL"),
            ("a b", "space"),
            ("tökén", "non-ASCII"),
            ("a\u{7f}", "control"),
            // A multi-byte character across byte 7 (where the `Bearer ` check looks).
            ("abcdefé-rest", "non-ASCII"),
        ] {
            let err = authorization(bad).unwrap_err();
            assert_eq!(err.kind(), RequestErrorKind::Token);
            assert!(err.to_string().contains(why), "{bad:?}: {err}");
            if bad.len() > 2 {
                assert!(!err.to_string().contains(bad), "{err}");
            }
        }
    }
}
