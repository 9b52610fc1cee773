//! [`UpdateRequest`] (`PATCH` with the fields set, `null`s, `If-Match`) and [`DeleteRequest`].

use std::fmt;
use std::marker::PhantomData;

use crate::__private::FieldSet;
use crate::GraphResource;
#[cfg(feature = "http")]
use crate::{GraphError, RequestError};

/// A request that changes an entity: `PATCH` of the fields set (and `null` for the fields
/// cleared), with `If-Match` for optimistic concurrency.
///
/// Made by `T::update()…build()` (a setter per writable field; `null("jsonName")` sends `null`)
/// or by `T::diff(&before, &after)` (the writable fields that differ; a value taken away is
/// `null`; `If-Match` from `before`'s `@odata.etag`).
///
/// ```
/// use graph_resource::models::RecordOperation;
///
/// let request = RecordOperation::update()
///     .client_context("ctx-2")
///     .null("recordingLocation")
///     .build()
///     .if_match("W/\"3\"");
/// assert_eq!(
///     request.body_json().unwrap(),
///     br##"{"@odata.type":"#microsoft.graph.recordOperation","clientContext":"ctx-2","recordingLocation":null}"##
/// );
/// let http = request.to_http("https://graph.microsoft.com/v1.0/ops/1", "t0ken")?;
/// assert_eq!(http.method(), "PATCH");
/// assert_eq!(http.headers()["if-match"], "W/\"3\"");
/// # Ok::<(), graph_resource::RequestError>(())
/// ```
#[derive(Clone, PartialEq)]
pub struct UpdateRequest<T> {
    body: T,
    set: FieldSet,
    if_match: Option<String>,
}

impl<T: GraphResource> UpdateRequest<T> {
    pub(crate) fn with_fields(body: T, set: FieldSet, if_match: Option<String>) -> Self {
        UpdateRequest {
            body,
            set,
            if_match,
        }
    }

    /// Sends `If-Match: etag`: the service applies the change only to that version (`412
    /// Precondition Failed` otherwise: [`GraphError::is_precondition_failed`]).
    pub fn if_match(mut self, etag: impl Into<String>) -> Self {
        self.if_match = Some(etag.into());
        self
    }

    /// The value whose set fields are sent.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The `If-Match` value, if any.
    pub fn etag(&self) -> Option<&str> {
        self.if_match.as_deref()
    }

    /// Whether nothing would be changed (no field set, no `null`).
    pub fn is_empty(&self) -> bool {
        self.set.is_empty() && self.body.additional_data().is_empty()
    }

    /// The body as JSON: the tag, the fields set, then the `null`s.
    pub fn body_json(&self) -> Result<Vec<u8>, serde_json::Error> {
        let mut out = Vec::with_capacity(128);
        self.body
            .write(&mut serde_json::Serializer::new(&mut out), &self.set)?;
        Ok(out)
    }
}

#[cfg(feature = "http")]
impl<T: GraphResource> UpdateRequest<T> {
    /// `PATCH entity` with the body, `If-Match` when given, and the URL and token rules of
    /// every request. `entity` is a URL string or an [`EntityPath`](crate::EntityPath) of `T`
    /// or of a base type of `T`.
    pub fn to_http<U: crate::EntityTarget<T, I> + ?Sized, I>(
        &self,
        entity: &U,
        bearer_token: &str,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        let body = self.body_json().map_err(RequestError::body)?;
        let mut request = super::wire::request(
            http::Method::PATCH,
            entity.target_url(),
            bearer_token,
            Some(body),
        )?;
        super::wire::if_match(&mut request, self.if_match.as_deref())?;
        Ok(request)
    }

    /// `204 No Content` gives `None`; `200` with the entity gives it; anything else (`412`
    /// for a stale `If-Match`) a [`GraphError`].
    ///
    /// A service that echoes the request in its error message does not leak the body's
    /// `#[graph(secret)]` values (set, or changed in a diff) through the error: they are
    /// replaced by `<redacted>`.
    pub fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<Option<T>, GraphError> {
        if response.status() == http::StatusCode::NO_CONTENT {
            return Ok(None);
        }
        crate::response::value(response, &[200], "the updated entity")
            .map(Some)
            .map_err(|e| e.redacted(&crate::__private::WriteResource::secret_texts(&self.body)))
    }
}

impl<T: fmt::Debug> fmt::Debug for UpdateRequest<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UpdateRequest")
            .field("body", &self.body)
            .field("set", &self.set)
            .field("if_match", &self.if_match)
            .finish()
    }
}

/// A request that deletes an entity: `DELETE entity_url`, with `If-Match` when given.
///
/// ```
/// use graph_resource::models::RecordOperation;
///
/// let request = RecordOperation::delete().if_match("W/\"3\"");
/// let http = request.to_http("https://graph.microsoft.com/v1.0/ops/1", "t0ken")?;
/// assert_eq!(http.method(), "DELETE");
/// let answer = http::Response::builder().status(204).body(Vec::new()).unwrap();
/// request.parse_response(&answer).unwrap();
/// # Ok::<(), graph_resource::RequestError>(())
/// ```
pub struct DeleteRequest<T> {
    if_match: Option<String>,
    kind: PhantomData<fn() -> T>,
}

impl<T> DeleteRequest<T> {
    /// What `T::delete()` makes (generated code calls it through the private module).
    pub(crate) fn new() -> Self {
        DeleteRequest {
            if_match: None,
            kind: PhantomData,
        }
    }

    /// Sends `If-Match: etag`.
    pub fn if_match(mut self, etag: impl Into<String>) -> Self {
        self.if_match = Some(etag.into());
        self
    }
}

#[cfg(feature = "http")]
impl<T> DeleteRequest<T> {
    /// `DELETE entity`, with the URL and token rules of every request. `entity` is a URL
    /// string or an [`EntityPath`](crate::EntityPath) of `T` or of a base type of `T`.
    pub fn to_http<U: crate::EntityTarget<T, I> + ?Sized, I>(
        &self,
        entity: &U,
        bearer_token: &str,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        let mut request = super::wire::request(
            http::Method::DELETE,
            entity.target_url(),
            bearer_token,
            None,
        )?;
        super::wire::if_match(&mut request, self.if_match.as_deref())?;
        Ok(request)
    }

    /// `204` (or `200`) is done; anything else a [`GraphError`].
    pub fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<(), GraphError> {
        match response.status().as_u16() {
            200 | 202 | 204 => Ok(()),
            _ => Err(GraphError::from_response(response)),
        }
    }
}

impl<T> Clone for DeleteRequest<T> {
    fn clone(&self) -> Self {
        DeleteRequest {
            if_match: self.if_match.clone(),
            kind: PhantomData,
        }
    }
}

impl<T> fmt::Debug for DeleteRequest<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeleteRequest")
            .field("if_match", &self.if_match)
            .finish()
    }
}
