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

/// A create request and its collection: `POST`, gives the created object.
#[derive(Debug)]
pub struct Create<'r, T> {
    request: &'r CreateRequest<T>,
    url: String,
}

impl<'r, T: GraphResource> Create<'r, T> {
    /// `request` to `collection` (a path of `T` or of a base of `T`, or a URL).
    pub fn new<U: CollectionTarget<T, I> + ?Sized, I>(
        request: &'r CreateRequest<T>,
        collection: &U,
    ) -> Self {
        Create {
            request,
            url: collection.target_url().to_owned(),
        }
    }
}

impl<T: GraphResource> Call for Create<'_, T> {
    type Output = T;
    fn http(&self, token: &str) -> Result<http::Request<Vec<u8>>, Error> {
        Ok(self.request.to_http(self.url.as_str(), token)?)
    }
    fn read(&self, response: &http::Response<Vec<u8>>) -> Result<T, Error> {
        Ok(self.request.parse_response(response)?)
    }
}

/// A get request and its entity: `GET`, gives the object.
#[derive(Debug)]
pub struct Get<'r, T> {
    request: &'r GetRequest<T>,
    url: String,
}

impl<'r, T: DeserializeOwned> Get<'r, T> {
    /// `request` to `entity` (a path of `T` or of a base of `T`, or a URL).
    pub fn new<U: EntityTarget<T, I> + ?Sized, I>(request: &'r GetRequest<T>, entity: &U) -> Self {
        Get {
            request,
            url: entity.target_url().to_owned(),
        }
    }
}

impl<T: DeserializeOwned> Call for Get<'_, T> {
    type Output = T;
    fn http(&self, token: &str) -> Result<http::Request<Vec<u8>>, Error> {
        Ok(self.request.to_http(self.url.as_str(), token)?)
    }
    fn read(&self, response: &http::Response<Vec<u8>>) -> Result<T, Error> {
        Ok(self.request.parse_response(response)?)
    }
}

/// An update request (a builder's or a diff's) and its entity: `PATCH`, gives the object when
/// the service sends it back (`200`), `None` for `204`.
#[derive(Debug)]
pub struct Update<'r, T> {
    request: &'r UpdateRequest<T>,
    url: String,
}

impl<'r, T: GraphResource> Update<'r, T> {
    /// `request` to `entity`.
    pub fn new<U: EntityTarget<T, I> + ?Sized, I>(
        request: &'r UpdateRequest<T>,
        entity: &U,
    ) -> Self {
        Update {
            request,
            url: entity.target_url().to_owned(),
        }
    }
}

impl<T: GraphResource> Call for Update<'_, T> {
    type Output = Option<T>;
    fn http(&self, token: &str) -> Result<http::Request<Vec<u8>>, Error> {
        Ok(self.request.to_http(self.url.as_str(), token)?)
    }
    fn read(&self, response: &http::Response<Vec<u8>>) -> Result<Option<T>, Error> {
        Ok(self.request.parse_response(response)?)
    }
}

/// A delete request and its entity: `DELETE`.
#[derive(Debug)]
pub struct Delete<'r, T> {
    request: &'r DeleteRequest<T>,
    url: String,
}

impl<'r, T> Delete<'r, T> {
    /// `request` to `entity`.
    pub fn new<U: EntityTarget<T, I> + ?Sized, I>(
        request: &'r DeleteRequest<T>,
        entity: &U,
    ) -> Self {
        Delete {
            request,
            url: entity.target_url().to_owned(),
        }
    }
}

impl<T> Call for Delete<'_, T> {
    type Output = ();
    fn http(&self, token: &str) -> Result<http::Request<Vec<u8>>, Error> {
        Ok(self.request.to_http(self.url.as_str(), token)?)
    }
    fn read(&self, response: &http::Response<Vec<u8>>) -> Result<(), Error> {
        Ok(self.request.parse_response(response)?)
    }
}

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
