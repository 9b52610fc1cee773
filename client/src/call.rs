//! [`Call`]: a request of the runtime bound to where it goes, ready to send; and [`Paged`]: a
//! request whose answer comes in pages.

use graph_resource::{
    CollectionTarget, CreateRequest, DeleteRequest, EntityTarget, GetRequest, GraphResource,
    ListRequest, OperationRequest, Page, UpdateRequest,
};
use serde::de::DeserializeOwned;

use crate::Error;

/// A request ready to send: the HTTP request to make, and how to read its answer.
pub trait Call {
    /// What a successful answer gives.
    type Output;
    /// The HTTP request.
    fn http(&self, bearer_token: &str) -> Result<http::Request<Vec<u8>>, Error>;
    /// The answer read.
    fn read(&self, response: &http::Response<Vec<u8>>) -> Result<Self::Output, Error>;
}

/// A request kind bound to its target: the struct, its constructor and its [`Call`].
macro_rules! bound {
    ($(#[$doc:meta])* $name:ident, $request:ident, $target:ident, [$($bound:tt)*], $output:ty, $doc_new:literal) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $name<'r, T> {
            request: &'r $request<T>,
            url: String,
        }

        impl<'r, T: $($bound)*> $name<'r, T> {
            #[doc = $doc_new]
            pub fn new<U: $target<T, I> + ?Sized, I>(request: &'r $request<T>, target: &U) -> Self {
                $name {
                    request,
                    url: target.target_url().to_owned(),
                }
            }
        }

        impl<T: $($bound)*> Call for $name<'_, T> {
            type Output = $output;
            fn http(&self, token: &str) -> Result<http::Request<Vec<u8>>, Error> {
                Ok(self.request.to_http(self.url.as_str(), token)?)
            }
            fn read(&self, response: &http::Response<Vec<u8>>) -> Result<$output, Error> {
                Ok(self.request.parse_response(response)?)
            }
        }
    };
}

bound!(
    /// A create request and its collection: `POST`, gives the created object.
    Create, CreateRequest, CollectionTarget, [GraphResource], T,
    "`request` to `target`, a collection (a path of `T` or of a base of `T`, or a URL)."
);
bound!(
    /// A get request and its entity: `GET`, gives the object.
    Get, GetRequest, EntityTarget, [DeserializeOwned], T,
    "`request` to `target`, an entity (a path of `T` or of a base of `T`, or a URL)."
);
bound!(
    /// An update request (a builder's or a diff's) and its entity: `PATCH`, gives the object
    /// when the service sends it back (`200`), `None` for `204`.
    Update, UpdateRequest, EntityTarget, [GraphResource], Option<T>,
    "`request` to `target`, an entity."
);
bound!(
    /// A delete request and its entity: `DELETE`.
    Delete, DeleteRequest, EntityTarget, [], (),
    "`request` to `target`, an entity."
);

/// An action or function (bound to its path already).
impl<R: graph_resource::OperationResult> Call for &OperationRequest<R> {
    type Output = R;
    fn http(&self, token: &str) -> Result<http::Request<Vec<u8>>, Error> {
        Ok(self.to_http(token)?)
    }
    fn read(&self, response: &http::Response<Vec<u8>>) -> Result<R, Error> {
        Ok(self.parse_response(response)?)
    }
}

/// A request whose answer comes in pages: a list, or a function that returns a collection (a
/// delta query).
pub trait Paged {
    /// What the pages hold.
    type Item;
    /// The first page's request.
    fn first(&mut self, bearer_token: &str) -> Result<http::Request<Vec<u8>>, Error>;
    /// A page read.
    fn read(&self, response: &http::Response<Vec<u8>>) -> Result<Page<Self::Item>, Error>;
    /// The next page's request: `None` after the last page; an error, never a request, for
    /// a next link to another host or one seen before.
    fn next(
        &mut self,
        page: &Page<Self::Item>,
        bearer_token: &str,
    ) -> Option<Result<http::Request<Vec<u8>>, Error>>;
}

/// A list request and its collection.
#[derive(Debug)]
pub struct List<T> {
    request: ListRequest<T>,
    url: String,
}

impl<T: DeserializeOwned> List<T> {
    /// `request` to `collection` (a path of `T` or of a base of `T`; for a family, of its
    /// base; or a URL).
    pub fn new<U: CollectionTarget<T, I> + ?Sized, I>(
        request: ListRequest<T>,
        collection: &U,
    ) -> Self {
        List {
            request,
            url: collection.target_url().to_owned(),
        }
    }
}

impl<T: DeserializeOwned> Paged for List<T> {
    type Item = T;
    fn first(&mut self, token: &str) -> Result<http::Request<Vec<u8>>, Error> {
        Ok(self.request.to_http(self.url.as_str(), token)?)
    }
    fn read(&self, response: &http::Response<Vec<u8>>) -> Result<Page<T>, Error> {
        Ok(self.request.parse_response(response)?)
    }
    fn next(
        &mut self,
        page: &Page<T>,
        token: &str,
    ) -> Option<Result<http::Request<Vec<u8>>, Error>> {
        self.request
            .next_request(page, token)
            .map(|r| r.map_err(Error::from))
    }
}

impl<T> Paged for OperationRequest<Page<T>>
where
    Page<T>: graph_resource::OperationResult,
{
    type Item = T;
    fn first(&mut self, token: &str) -> Result<http::Request<Vec<u8>>, Error> {
        Ok(self.to_http(token)?)
    }
    fn read(&self, response: &http::Response<Vec<u8>>) -> Result<Page<T>, Error> {
        Ok(self.parse_response(response)?)
    }
    fn next(
        &mut self,
        page: &Page<T>,
        token: &str,
    ) -> Option<Result<http::Request<Vec<u8>>, Error>> {
        self.next_request(page, token)
            .map(|r| r.map_err(Error::from))
    }
}

/// The pages of a [`Paged`] request as a state machine, the same for both executors: the
/// executor asks for the next request (none after the last page or an error), sends it, and
/// hands the answer back for the page. A next link the runtime refuses comes as an error after
/// the page that carried it.
#[derive(Debug)]
pub(crate) struct PageRun<P> {
    request: P,
    state: PageState,
}

#[derive(Debug)]
enum PageState {
    Start,
    Next(Box<http::Request<Vec<u8>>>),
    Failed(Error),
    Done,
}

impl<P: Paged> PageRun<P> {
    pub(crate) fn new(request: P) -> Self {
        PageRun {
            request,
            state: PageState::Start,
        }
    }

    /// The next page's request; `Some(Err)` for an error to give before ending; `None` after
    /// the last page.
    pub(crate) fn next_request(
        &mut self,
        token: &str,
    ) -> Option<Result<http::Request<Vec<u8>>, Error>> {
        match std::mem::replace(&mut self.state, PageState::Done) {
            PageState::Start => Some(self.request.first(token)),
            PageState::Next(r) => Some(Ok(*r)),
            PageState::Failed(e) => Some(Err(e)),
            PageState::Done => None,
        }
    }

    /// The page of the answer to `next_request`'s request (or the exchange's error).
    pub(crate) fn page(
        &mut self,
        answer: Result<http::Response<Vec<u8>>, Error>,
        token: &str,
    ) -> Result<Page<P::Item>, Error> {
        let page = self.request.read(&answer?)?;
        self.state = match self.request.next(&page, token) {
            None => PageState::Done,
            Some(Ok(next)) => PageState::Next(Box::new(next)),
            Some(Err(e)) => PageState::Failed(e),
        };
        Ok(page)
    }
}
