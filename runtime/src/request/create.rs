//! [`CreateRequest`]: a typed create request, turned into an [`http::Request`], and its answer
//! read back.

use std::fmt;

use crate::__private::{All, FieldSet};
use crate::GraphResource;

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
}

#[cfg(feature = "http")]
use crate::{GraphError, RequestError};

#[cfg(feature = "http")]
impl<T: GraphResource> CreateRequest<T> {
    /// The HTTP request: `POST collection_url` with the object as JSON, and the headers
    /// `Authorization: Bearer <token>` (marked sensitive), `Content-Type: application/json`,
    /// `Accept: application/json` and `Content-Length`.
    ///
    /// Refuses, without panicking, a URL that is not absolute `http`/`https`, has a fragment,
    /// credentials, white space, control or non-ASCII characters; and a token that is empty or
    /// has characters a header cannot carry. No error message shows the token.
    ///
    /// `collection` is a URL string or a [`CollectionPath`](crate::CollectionPath) of `T` or of
    /// a base type of `T` (a path of any other type does not compile).
    pub fn to_http<U: crate::CollectionTarget<T, I> + ?Sized, I>(
        &self,
        collection: &U,
        bearer_token: &str,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        let body = self.body_json().map_err(RequestError::body)?;
        super::wire::request(
            http::Method::POST,
            collection.target_url(),
            bearer_token,
            Some(body),
        )
    }

    /// Reads the service's answer: `200`, `201` or `202` with a body gives the object; anything
    /// else (or a body that is not the object) gives a [`GraphError`]. Never panics.
    ///
    /// A service that echoes the request in its error message does not leak the body's
    /// `#[graph(secret)]` values through the error: they are replaced by `<redacted>`.
    pub fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<T, GraphError> {
        crate::response::value(response, &[200, 201, 202], "the created object")
            .map_err(|e| e.redacted(&crate::__private::WriteResource::secret_texts(&self.body)))
    }
}

impl<T: fmt::Debug> fmt::Debug for CreateRequest<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreateRequest")
            .field("body", &self.body)
            .finish()
    }
}
