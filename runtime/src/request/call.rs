//! The one request contract: [`Call`] (a request bound to where it goes, with a typed
//! output) and [`PagedCall`] (a call whose answer comes in pages). Every request kind of this
//! crate implements them once bound to its target ([`Bound`], [`BoundList`]; an
//! [`OperationRequest`](crate::OperationRequest) is bound already); an executor
//! (`graph-resource-client`, or your own) is generic over them, so a request kind of yours goes
//! through every executor by implementing [`Call`].
//!
//! ```
//! use graph_resource::call::{Bound, Call};
//! use graph_resource::models::RecordOperation;
//!
//! let request = RecordOperation::get().build();
//! let bound = Bound::new(&request, "https://graph.microsoft.com/v1.0/communications/calls/1/operations/2");
//! let http = bound.to_http("t0ken")?;
//! assert_eq!(http.method(), "GET");
//! let answer = http::Response::builder()
//!     .status(200)
//!     .body(br#"{"id":"2","status":"running"}"#.to_vec())
//!     .unwrap();
//! let op: RecordOperation = bound.parse_response(&answer).unwrap();
//! assert_eq!(op.id.as_deref(), Some("2"));
//! # Ok::<(), graph_resource::RequestError>(())
//! ```

use serde::de::DeserializeOwned;

use crate::{
    CollectionTarget, CreateRequest, DeleteRequest, EntityTarget, GetRequest, GraphError,
    GraphResource, ListRequest, OperationRequest, OperationResult, Page, RequestError,
    UpdateRequest,
};

/// A request ready to send: the HTTP request it makes with a bearer token, and how its
/// answer reads.
///
/// Implement it for a request kind of your own (a library author's) and every executor sends
/// it, with the same retries, redirects and limits as the built-in kinds:
///
/// ```
/// use graph_resource::call::Call;
/// use graph_resource::{GraphError, RequestError};
///
/// /// `GET /me/photo/$value` as bytes.
/// struct Photo(String);
///
/// impl Call for Photo {
///     type Output = Vec<u8>;
///     fn to_http(&self, bearer_token: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
///         graph_resource::call::get(&format!("{}/photo/$value", self.0), bearer_token)
///     }
///     fn parse_response(&self, response: &http::Response<Vec<u8>>) -> Result<Vec<u8>, GraphError> {
///         match response.status().as_u16() {
///             200 => Ok(response.body().clone()),
///             _ => Err(GraphError::from_response(response)),
///         }
///     }
/// }
///
/// let http = Photo("https://graph.microsoft.com/v1.0/me".into()).to_http("t0ken")?;
/// assert_eq!(http.uri(), "https://graph.microsoft.com/v1.0/me/photo/$value");
/// # Ok::<(), RequestError>(())
/// ```
pub trait Call {
    /// What a successful answer gives.
    type Output;

    /// The HTTP request, with `Authorization: Bearer <bearer_token>` (marked sensitive). The
    /// URL and token rules of every request apply (see [`get`]).
    fn to_http(&self, bearer_token: &str) -> Result<http::Request<Vec<u8>>, RequestError>;

    /// Reads the answer; anything but success is the service's [`GraphError`].
    fn parse_response(
        &self,
        response: &http::Response<Vec<u8>>,
    ) -> Result<Self::Output, GraphError>;
}

/// A call whose answer comes in pages: a list, or a function returning a collection (a delta
/// query). [`to_http`](Call::to_http) makes the first page's request.
pub trait PagedCall: Call<Output = Page<Self::Item>> {
    /// What the pages hold.
    type Item;

    /// The next page's request: `None` after the last page; an error, never a request, for a
    /// next link to another scheme, host or port, or one followed before (a loop).
    fn next_request(
        &mut self,
        page: &Page<Self::Item>,
        bearer_token: &str,
    ) -> Option<Result<http::Request<Vec<u8>>, RequestError>>;
}

/// `GET url` with the rules every request follows: an absolute `http(s)` URL without
/// fragment, credentials, white space, control characters, empty or dot (`.`, `..`, in any
/// encoding) segments; a token a header can carry; `Authorization` marked sensitive;
/// `Accept: application/json`. For request kinds of your own.
pub fn get(url: &str, bearer_token: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
    super::wire::request(http::Method::GET, url, bearer_token, None)
}

impl<C: Call + ?Sized> Call for &C {
    type Output = C::Output;
    fn to_http(&self, bearer_token: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        (**self).to_http(bearer_token)
    }
    fn parse_response(
        &self,
        response: &http::Response<Vec<u8>>,
    ) -> Result<Self::Output, GraphError> {
        (**self).parse_response(response)
    }
}

/// A request of this crate bound to its target (a typed path or a URL): a [`Call`].
/// [`Bound::new`] takes the targets the request's own `to_http` takes.
#[derive(Debug)]
pub struct Bound<'r, R> {
    request: &'r R,
    url: String,
}

impl<'r, R> Bound<'r, R> {
    /// `request` bound to `target` (what its own `to_http` takes: a typed path or a URL).
    pub fn new<U: TargetOf<R, I> + ?Sized, I>(request: &'r R, target: &U) -> Self {
        Bound {
            request,
            url: target.url_of().to_owned(),
        }
    }

    /// The request.
    pub fn request(&self) -> &'r R {
        self.request
    }

    /// The target's URL.
    pub fn url(&self) -> &str {
        &self.url
    }
}

/// What a request of kind `R` can be bound to: for a create (and a list), a collection path
/// of its type or of a base; for a get, update or delete, an entity path; or a URL. (`I` is
/// the path's inference marker, as in [`CollectionTarget`].)
pub trait TargetOf<R, I> {
    /// The target's URL.
    fn url_of(&self) -> &str;
}

impl<T: GraphResource, I, U: CollectionTarget<T, I> + ?Sized> TargetOf<CreateRequest<T>, I> for U {
    fn url_of(&self) -> &str {
        self.target_url()
    }
}

impl<T: DeserializeOwned, I, U: EntityTarget<T, I> + ?Sized> TargetOf<GetRequest<T>, I> for U {
    fn url_of(&self) -> &str {
        self.target_url()
    }
}

impl<T: GraphResource, I, U: EntityTarget<T, I> + ?Sized> TargetOf<UpdateRequest<T>, I> for U {
    fn url_of(&self) -> &str {
        self.target_url()
    }
}

impl<T, I, U: EntityTarget<T, I> + ?Sized> TargetOf<DeleteRequest<T>, I> for U {
    fn url_of(&self) -> &str {
        self.target_url()
    }
}

/// The four request kinds that take their target apart: the same `Call`, the URL bound.
macro_rules! bound_call {
    ($($request:ident<T: $($bound:path)?> => $output:ty),* $(,)?) => {$(
        impl<T $(: $bound)?> Call for Bound<'_, $request<T>> {
            type Output = $output;
            fn to_http(&self, bearer_token: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
                self.request.to_http(self.url.as_str(), bearer_token)
            }
            fn parse_response(
                &self,
                response: &http::Response<Vec<u8>>,
            ) -> Result<$output, GraphError> {
                self.request.parse_response(response)
            }
        }
    )*};
}

bound_call!(
    CreateRequest<T: GraphResource> => T,
    GetRequest<T: DeserializeOwned> => T,
    UpdateRequest<T: GraphResource> => Option<T>,
    DeleteRequest<T:> => (),
);

/// A list request bound to its collection: a [`PagedCall`]. It owns the request, which
/// remembers the links it followed.
pub struct BoundList<T> {
    request: std::cell::RefCell<ListRequest<T>>,
    url: String,
}

impl<T: DeserializeOwned> BoundList<T> {
    /// `request` to `collection` (a collection path of `T` or of a base of `T`; for a family,
    /// of its base; or a URL).
    pub fn new<U: CollectionTarget<T, I> + ?Sized, I>(
        request: ListRequest<T>,
        collection: &U,
    ) -> Self {
        BoundList {
            request: std::cell::RefCell::new(request),
            url: collection.target_url().to_owned(),
        }
    }
}

impl<T> std::fmt::Debug for BoundList<T> {
    /// The collection's path, never a query (`$filter` values, skip tokens).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BoundList")
            .field("url", &super::wire::without_query(&self.url))
            .finish_non_exhaustive()
    }
}

impl<T: DeserializeOwned> Call for BoundList<T> {
    type Output = Page<T>;
    /// The first page's request (and the origin the next links are held to).
    fn to_http(&self, bearer_token: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        self.request
            .borrow_mut()
            .to_http(self.url.as_str(), bearer_token)
    }
    fn parse_response(&self, response: &http::Response<Vec<u8>>) -> Result<Page<T>, GraphError> {
        self.request.borrow().parse_response(response)
    }
}

impl<T: DeserializeOwned> PagedCall for BoundList<T> {
    type Item = T;
    fn next_request(
        &mut self,
        page: &Page<T>,
        bearer_token: &str,
    ) -> Option<Result<http::Request<Vec<u8>>, RequestError>> {
        self.request.get_mut().next_request(page, bearer_token)
    }
}

impl<R: OperationResult> Call for OperationRequest<R> {
    type Output = R;
    fn to_http(&self, bearer_token: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        OperationRequest::to_http(self, bearer_token)
    }
    fn parse_response(&self, response: &http::Response<Vec<u8>>) -> Result<R, GraphError> {
        OperationRequest::parse_response(self, response)
    }
}

impl<T> PagedCall for OperationRequest<Page<T>>
where
    Page<T>: OperationResult,
{
    type Item = T;
    fn next_request(
        &mut self,
        page: &Page<T>,
        bearer_token: &str,
    ) -> Option<Result<http::Request<Vec<u8>>, RequestError>> {
        OperationRequest::next_request(self, page, bearer_token)
    }
}
