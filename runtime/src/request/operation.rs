//! [`OperationRequest`]: an action (`POST` of its parameters) or a function (`GET` with its
//! parameters as OData literals in the URL), bound to an entity or a collection path, with a
//! typed result.

use std::fmt;
use std::marker::PhantomData;

use percent_encoding::utf8_percent_encode;
use serde::Serialize;
use serde_json::Value;

use crate::literal::{write_literal, LITERAL, NOT_ONE_LITERAL};
use crate::path::join;
#[cfg(feature = "http")]
use crate::{GraphError, RequestError};
use crate::{GraphResource, Page};

/// The parameters of an action or function: what `#[graph_params]` implements for the
/// parameter structs (`ops::call::RecordResponse`), and `()` for an operation without any.
pub trait OperationParams {
    /// The parameters as the JSON object an action posts: the declared wire names, `None`s
    /// left out, no `@odata.type` on the object itself.
    fn write_body(&self, out: &mut Vec<u8>) -> Result<(), serde_json::Error>;

    /// The parameters as a function's `Name=literal` pairs, comma-separated, `None`s left out
    /// (OData literals: strings in single quotes with `'` doubled, numbers and booleans bare),
    /// percent-encoded for a path segment.
    fn write_literals(&self, out: &mut String);

    /// The texts of the `#[graph(secret)]` parameters: never shown by a request's `Debug`, nor
    /// in an error read from a service that echoes them.
    fn secret_texts(&self) -> Vec<String> {
        Vec::new()
    }
}

impl OperationParams for () {
    fn write_body(&self, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
        out.extend_from_slice(b"{}");
        Ok(())
    }

    fn write_literals(&self, _: &mut String) {}
}

/// What an operation returns, read from the answer: an entity or complex type (the object),
/// [`Page<T>`] for a collection, a primitive (`bool`, `String`, numbers: Graph's
/// `{"value": …}`), `Vec<u8>` for a stream (the body's bytes), or `()` for none.
///
/// Sealed: these are every kind of result OData has, and a type of yours is one by being a
/// `#[graph_resource]` type. So that the `http` feature only adds (the method it brings cannot
/// break an implementation elsewhere), no other crate implements it.
pub trait OperationResult: Sized + sealed::Sealed {
    /// Reads the answer; anything but success is the service's [`GraphError`].
    #[cfg(feature = "http")]
    fn from_operation_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<Self, GraphError>;
}

mod sealed {
    /// What keeps [`OperationResult`](super::OperationResult) to this crate's kinds of result.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be an operation's result",
        label = "not a kind of result OData has",
        note = "`OperationResult` is sealed: a result is a `#[graph_resource]` type, a `Page<T>`, `bool`, `String`, a number, `serde_json::Value`, `Vec<u8>` (a stream) or `()`"
    )]
    pub trait Sealed {}
}

impl sealed::Sealed for () {}

impl OperationResult for () {
    #[cfg(feature = "http")]
    fn from_operation_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<Self, GraphError> {
        match response.status().as_u16() {
            200..=204 => Ok(()),
            _ => Err(GraphError::from_response(response)),
        }
    }
}

impl<T: GraphResource> sealed::Sealed for T {}

impl<T: GraphResource> OperationResult for T {
    #[cfg(feature = "http")]
    fn from_operation_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<Self, GraphError> {
        crate::response::value(response, &[200, 201], "the operation's result")
    }
}

impl<T: serde::de::DeserializeOwned> sealed::Sealed for Page<T> {}

impl<T: serde::de::DeserializeOwned> OperationResult for Page<T> {
    #[cfg(feature = "http")]
    fn from_operation_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<Self, GraphError> {
        crate::response::value(response, &[200], "a page of the operation's results")
    }
}

impl sealed::Sealed for Vec<u8> {}

/// An `Edm.Stream` result (a report's CSV, a file's content): the body's bytes as sent.
impl OperationResult for Vec<u8> {
    #[cfg(feature = "http")]
    fn from_operation_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<Self, GraphError> {
        match response.status().as_u16() {
            200 | 206 => Ok(response.body().as_ref().to_vec()),
            _ => Err(GraphError::from_response(response)),
        }
    }
}

/// A primitive result: Graph's `{"value": …}`.
#[cfg(feature = "http")]
fn wrapped<T: serde::de::DeserializeOwned, B: AsRef<[u8]>>(
    response: &http::Response<B>,
) -> Result<T, GraphError> {
    let mut object: serde_json::Map<String, Value> =
        crate::response::value(response, &[200], "the operation's value")?;
    let value = object.remove("value").unwrap_or(Value::Null);
    serde_json::from_value(value).map_err(|e| {
        GraphError::decode(
            response.status(),
            response.headers(),
            format!("the answer's `value` is not the operation's result: {e}"),
        )
    })
}

macro_rules! primitive_results {
    ($($t:ty),*) => {$(
        impl sealed::Sealed for $t {}

        impl OperationResult for $t {
            #[cfg(feature = "http")]
            fn from_operation_response<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, GraphError> {
                wrapped(response)
            }
        }
    )*};
}

primitive_results!(bool, String, i16, i32, i64, u8, f32, f64, Value);

/// An action or a function bound to a path, with its parameters; reads a typed `R`.
///
/// Made by the path methods that `#[graph_resource(... )]`'s operations declare
/// (`call.record_response(params)`, `root.me().reminder_view(params)`, `root.users().delta()`),
/// or by [`OperationRequest::action`] / [`OperationRequest::function`]. `to_http` follows the
/// URL and token rules of every request; a result that is a [`Page`] pages like `list()`
/// ([`next_request`](OperationRequest::next_request)).
///
/// ```
/// use graph_resource::models::RecordOperation;
/// use graph_resource::{OperationRequest, Page};
///
/// let f: OperationRequest<Page<RecordOperation>> = OperationRequest::function(
///     "https://graph.microsoft.com/v1.0/me",
///     "reminderView",
///     &[("StartDateTime", "2017-06-05T10:00:00"), ("EndDateTime", "it's")],
/// );
/// assert_eq!(
///     f.url(),
///     "https://graph.microsoft.com/v1.0/me/reminderView(StartDateTime='2017-06-05T10:00:00',EndDateTime='it''s')"
/// );
/// let http = f.to_http("t0ken")?;
/// assert_eq!(http.method(), "GET");
/// # Ok::<(), graph_resource::RequestError>(())
/// ```
pub struct OperationRequest<R> {
    action: bool,
    url: String,
    /// Where the literals start in `url` (its length for an action): `Debug` stops there.
    shown: usize,
    body: Result<Vec<u8>, String>,
    secrets: Vec<String>,
    seen: Vec<String>,
    kind: PhantomData<fn() -> R>,
}

impl<R> OperationRequest<R> {
    /// The action `name` bound to `path_url`: `POST path_url/name` with the parameters as a
    /// JSON object (no body for `()`).
    pub fn action<P: OperationParams + ?Sized>(path_url: &str, name: &str, params: &P) -> Self {
        let url = join(path_url, name);
        let mut body = Vec::with_capacity(64);
        let body = params
            .write_body(&mut body)
            .map(|()| body)
            .map_err(|e| e.to_string());
        OperationRequest {
            action: true,
            shown: url.len(),
            url,
            body,
            secrets: params.secret_texts(),
            seen: Vec::new(),
            kind: PhantomData,
        }
    }

    /// The function `name` bound to `path_url`: `GET path_url/name(Name=literal,…)`.
    pub fn function<P: OperationParams + ?Sized>(path_url: &str, name: &str, params: &P) -> Self {
        let mut url = join(path_url, name);
        let shown = url.len();
        let mut literals = String::new();
        params.write_literals(&mut literals);
        // A bare parameter that is not one literal: the request is an error naming it (not
        // its value, which may be a secret).
        let body = match literals.find(NOT_ONE_LITERAL) {
            None => Ok(Vec::new()),
            Some(at) => {
                let name = literals[..at].trim_end_matches('=');
                let name = name.rsplit(',').next().unwrap_or(name);
                Err(format!(
                    "the parameter `{name}` is written bare but is not one OData literal \
                     (letters, digits and `-:.+_` only): it could end the parameter or the call"
                ))
            }
        };
        url.push('(');
        url.push_str(&literals);
        url.push(')');
        // A secret is in the URL as a literal: redact that form of it too.
        let mut secrets = params.secret_texts();
        let encoded: Vec<String> = secrets
            .iter()
            .map(|s| utf8_percent_encode(&s.replace('\'', "''"), LITERAL).to_string())
            .filter(|e| !secrets.contains(e))
            .collect();
        secrets.extend(encoded);
        OperationRequest {
            action: false,
            shown,
            url,
            body,
            secrets,
            seen: Vec::new(),
            kind: PhantomData,
        }
    }

    /// The URL (a function's with its parameters).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Whether it is an action (`POST`), else a function (`GET`).
    pub fn is_action(&self) -> bool {
        self.action
    }

    /// An action's body: the parameters as JSON (empty for a function).
    pub fn body_json(&self) -> Result<&[u8], serde_json::Error> {
        self.body
            .as_deref()
            .map_err(<serde_json::Error as serde::ser::Error>::custom)
    }
}

impl<P: Serialize> OperationParams for [(&str, P)] {
    fn write_body(&self, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
        let map: serde_json::Map<String, Value> = self
            .iter()
            .map(|(k, v)| Ok(((*k).to_owned(), serde_json::to_value(v)?)))
            .collect::<Result<_, serde_json::Error>>()?;
        serde_json::to_writer(out, &map)
    }

    fn write_literals(&self, out: &mut String) {
        for (name, value) in self {
            write_literal(out, name, value, false);
        }
    }
}

impl<P: Serialize, const N: usize> OperationParams for [(&str, P); N] {
    fn write_body(&self, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
        self.as_slice().write_body(out)
    }

    fn write_literals(&self, out: &mut String) {
        self.as_slice().write_literals(out);
    }
}

#[cfg(feature = "http")]
impl<R: OperationResult> OperationRequest<R> {
    /// The HTTP request: `POST …/name` with the parameters (`Content-Type: application/json`)
    /// for an action, `GET …/name(…)` for a function; the URL and token rules of every request.
    pub fn to_http(&self, bearer_token: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        if self.action {
            let body = self.body.clone().map_err(RequestError::body_text)?;
            let body = (body != b"{}").then_some(body);
            super::wire::request(http::Method::POST, &self.url, bearer_token, body)
        } else {
            if let Err(e) = &self.body {
                return Err(RequestError::url(e.clone()));
            }
            super::wire::request(http::Method::GET, &self.url, bearer_token, None)
        }
    }

    /// The result; anything but success is a [`GraphError`], with any `#[graph(secret)]`
    /// parameter the service echoes replaced by `<redacted>`.
    pub fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<R, GraphError> {
        R::from_operation_response(response).map_err(|e| e.redacted(&self.secrets))
    }
}

#[cfg(feature = "http")]
impl<T> OperationRequest<Page<T>> {
    /// The request for the page after `page` (a delta query's too): `None` on the last page
    /// (whose `delta_link` starts the next round); an error, never a request, for a next link
    /// on another scheme, host or port than this request's, or one seen before.
    pub fn next_request(
        &mut self,
        page: &Page<T>,
        bearer_token: &str,
    ) -> Option<Result<http::Request<Vec<u8>>, RequestError>> {
        let link = page.next_link.as_deref()?;
        Some(
            super::query::check_next(&self.url, &mut self.seen, link)
                .and_then(|()| super::wire::request(http::Method::GET, link, bearer_token, None)),
        )
    }
}

impl<R> Clone for OperationRequest<R> {
    fn clone(&self) -> Self {
        OperationRequest {
            action: self.action,
            url: self.url.clone(),
            shown: self.shown,
            body: self.body.clone(),
            secrets: self.secrets.clone(),
            seen: self.seen.clone(),
            kind: PhantomData,
        }
    }
}

impl<R> fmt::Debug for OperationRequest<R> {
    /// The method and the URL up to the operation's name; not the parameters, which may hold
    /// secrets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("OperationRequest");
        d.field("method", &if self.action { "POST" } else { "GET" })
            .field("url", &&self.url[..self.shown]);
        match &self.body {
            Ok(body) if self.action => d.field("body_len", &body.len()),
            Ok(_) => d.field("parameters", &(self.url.len() > self.shown + 2)),
            Err(_) => d.field("body", &"<not writable>"),
        };
        d.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        let mut out = String::new();
        write_literal(&mut out, "A", "it's a/b?#%", false);
        write_literal(&mut out, "B", &Some(3), false);
        write_literal(&mut out, "C", &None::<i32>, false);
        write_literal(&mut out, "D", &true, false);
        write_literal(&mut out, "E", "2017-06-05T10:00:00Z", true);
        write_literal(&mut out, "F", "é", false);
        assert_eq!(
            out,
            "A='it''s%20a%2Fb%3F%23%25',B=3,D=true,E=2017-06-05T10:00:00Z,F='%C3%A9'"
        );
    }

    /// A bare value that would add a parameter or end the call is refused by name, and its
    /// value is never shown.
    #[cfg(feature = "http")]
    #[test]
    fn a_bare_parameter_is_one_literal() {
        struct View(&'static str);
        impl OperationParams for View {
            fn write_body(&self, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
                out.extend_from_slice(b"{}");
                Ok(())
            }
            fn write_literals(&self, out: &mut String) {
                write_literal(out, "StartDateTime", self.0, true);
                write_literal(out, "EndDateTime", "2017-06-11T10:00:00", true);
            }
        }
        let ok = OperationRequest::<bool>::function(
            "https://h/me",
            "reminderView",
            &View("2017-06-05T10:00:00+01:00"),
        );
        assert!(ok.to_http("t").is_ok(), "{}", ok.url());
        for bad in [
            "2017-06-05,EndDateTime=2099-01-01",
            "x)/delete(",
            "a'b",
            "",
            "a b",
            "2017/06",
        ] {
            let f = OperationRequest::<bool>::function("https://h/me", "reminderView", &View(bad));
            let err = f.to_http("t").unwrap_err().to_string();
            assert!(
                err.contains("`StartDateTime`") && err.contains("one OData literal"),
                "{err}"
            );
            if !bad.is_empty() {
                assert!(!err.contains(bad), "{err}");
            }
        }
    }
}
