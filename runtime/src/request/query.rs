//! Reading requests: [`GetRequest`] (one entity) and [`ListRequest`] (a collection, page by
//! page, with the safety rules for following `@odata.nextLink`), and their builders.

use std::fmt;
use std::marker::PhantomData;

use http::header::HeaderValue;
use http::Method;
use percent_encoding::{utf8_percent_encode, AsciiSet};
use serde::de::DeserializeOwned;

use super::wire::{self, RequestError};
use crate::{GraphError, Page};

/// What a query-option value keeps as it is: OData's own punctuation (`'(),:/$@!*;=`, nested
/// options like `members($select=id)`) stays readable; what would end or change the option
/// (`&`, `+`, `#`, `%`, white space, …) is percent-encoded.
const VALUE: &AsciiSet = &crate::path::URL_UNSAFE.add(b'+');

/// The system query options of a read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Query {
    pub select: Vec<String>,
    pub expand: Vec<String>,
    pub filter: Option<String>,
    pub orderby: Vec<String>,
    pub search: Option<String>,
    pub top: Option<u64>,
    pub skip: Option<u64>,
    pub count: bool,
}

impl Query {
    /// `url` with the options appended (after its own query, if it has one).
    pub fn url(&self, url: &str) -> String {
        let mut options: Vec<(&str, String)> = Vec::new();
        if !self.select.is_empty() {
            options.push(("$select", self.select.join(",")));
        }
        if !self.expand.is_empty() {
            options.push(("$expand", self.expand.join(",")));
        }
        if let Some(f) = &self.filter {
            options.push(("$filter", f.clone()));
        }
        if !self.orderby.is_empty() {
            options.push(("$orderby", self.orderby.join(",")));
        }
        if let Some(s) = &self.search {
            options.push(("$search", s.clone()));
        }
        if let Some(t) = self.top {
            options.push(("$top", t.to_string()));
        }
        if let Some(s) = self.skip {
            options.push(("$skip", s.to_string()));
        }
        if self.count {
            options.push(("$count", "true".to_owned()));
        }
        let mut out = url.to_owned();
        for (i, (k, v)) in options.iter().enumerate() {
            let sep = if i == 0 && !url.contains('?') {
                '?'
            } else {
                '&'
            };
            out.push(sep);
            out.push_str(k);
            out.push('=');
            out.extend(utf8_percent_encode(v, VALUE));
        }
        out
    }

    /// `$search` and `$count` on directory objects need `ConsistencyLevel: eventual`.
    pub fn eventual(&self) -> bool {
        self.search.is_some() || self.count
    }
}

fn strings<I: IntoIterator<Item = S>, S: Into<String>>(items: I) -> Vec<String> {
    items.into_iter().map(Into::into).collect()
}

/// `select` and `expand`, which both builders have.
macro_rules! select_and_expand {
    () => {
        /// `$select`: the properties to read.
        pub fn select<I: IntoIterator<Item = S>, S: Into<String>>(mut self, properties: I) -> Self {
            self.query.select.extend(strings(properties));
            self
        }

        /// `$expand`: navigation properties to read with it (with nested options:
        /// `"members($select=id)"`).
        pub fn expand<I: IntoIterator<Item = S>, S: Into<String>>(mut self, properties: I) -> Self {
            self.query.expand.extend(strings(properties));
            self
        }
    };
}

/// Builds a [`GetRequest`]: made by `T::get()`.
#[must_use = "a builder does nothing until `.build()`"]
pub struct GetBuilder<T> {
    query: Query,
    kind: PhantomData<fn() -> T>,
}

impl<T> GetBuilder<T> {
    /// What `T::get()` starts from (generated code calls it through the private module).
    pub(crate) fn new() -> Self {
        GetBuilder {
            query: Query::default(),
            kind: PhantomData,
        }
    }

    select_and_expand!();

    /// The request.
    pub fn build(self) -> GetRequest<T> {
        GetRequest {
            query: self.query,
            kind: PhantomData,
        }
    }
}

impl<T> fmt::Debug for GetBuilder<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GetBuilder")
            .field("query", &self.query)
            .finish()
    }
}

/// A request that reads one entity: `GET entity_url` with `$select` / `$expand`.
///
/// ```
/// use graph_resource::models::RecordOperation;
///
/// let request = RecordOperation::get().select(["id", "status"]).build();
/// let http = request.to_http("https://graph.microsoft.com/v1.0/communications/calls/1/operations/2", "t0ken")?;
/// assert_eq!(http.method(), "GET");
/// assert_eq!(http.uri(), "https://graph.microsoft.com/v1.0/communications/calls/1/operations/2?$select=id,status");
/// # Ok::<(), graph_resource::RequestError>(())
/// ```
pub struct GetRequest<T> {
    query: Query,
    kind: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> GetRequest<T> {
    /// `GET entity?$select=…&$expand=…`, with the URL and token rules of every request.
    /// `entity` is a URL string or an [`EntityPath`](crate::EntityPath) of `T` (or of a base
    /// type of `T`; for a family, of its base).
    pub fn to_http<U: crate::EntityTarget<T, I> + ?Sized, I>(
        &self,
        entity: &U,
        bearer_token: &str,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        let url = self.query.url(entity.target_url());
        wire::request(Method::GET, &url, bearer_token, None)
    }

    /// `200` with the entity gives it; anything else a [`GraphError`].
    pub fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<T, GraphError> {
        crate::response::value(response, &[200], "the entity")
    }
}

impl<T> Clone for GetRequest<T> {
    fn clone(&self) -> Self {
        GetRequest {
            query: self.query.clone(),
            kind: PhantomData,
        }
    }
}

impl<T> fmt::Debug for GetRequest<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GetRequest")
            .field("query", &self.query)
            .finish()
    }
}

/// Builds a [`ListRequest`]: made by `T::list()`.
#[must_use = "a builder does nothing until `.build()`"]
pub struct ListBuilder<T> {
    query: Query,
    kind: PhantomData<fn() -> T>,
}

impl<T> ListBuilder<T> {
    /// What `T::list()` starts from (generated code calls it through the private module).
    pub(crate) fn new() -> Self {
        ListBuilder {
            query: Query::default(),
            kind: PhantomData,
        }
    }

    select_and_expand!();

    /// `$filter`: an OData expression (`startswith(displayName,'A')`), encoded as a value.
    pub fn filter(mut self, expression: impl Into<String>) -> Self {
        self.query.filter = Some(expression.into());
        self
    }

    /// `$orderby`: `"displayName desc"`, …
    pub fn orderby<I: IntoIterator<Item = S>, S: Into<String>>(mut self, keys: I) -> Self {
        self.query.orderby.extend(strings(keys));
        self
    }

    /// `$search` (`"displayName:adele"`); sends `ConsistencyLevel: eventual`, as directory
    /// objects need.
    pub fn search(mut self, expression: impl Into<String>) -> Self {
        self.query.search = Some(expression.into());
        self
    }

    /// `$top`: the page size.
    pub fn top(mut self, n: u64) -> Self {
        self.query.top = Some(n);
        self
    }

    /// `$skip`.
    pub fn skip(mut self, n: u64) -> Self {
        self.query.skip = Some(n);
        self
    }

    /// `$count=true`: the page says the collection's size (`Page::count`); sends
    /// `ConsistencyLevel: eventual`.
    pub fn count(mut self) -> Self {
        self.query.count = true;
        self
    }

    /// The request.
    pub fn build(self) -> ListRequest<T> {
        ListRequest {
            query: self.query,
            origin: None,
            seen: Vec::new(),
            kind: PhantomData,
        }
    }
}

impl<T> fmt::Debug for ListBuilder<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListBuilder")
            .field("query", &self.query)
            .finish()
    }
}

/// A request that reads a collection page by page: the first page with `to_http`, each next
/// with [`next_request`](Self::next_request).
///
/// Following `@odata.nextLink` is refused (an error, never a request) when the link is on
/// another scheme, host or port than the first request (the token must not travel there), or
/// when it was seen before (a loop). A delta query's last page carries `@odata.deltaLink`
/// ([`Page::delta_link`]): keep it, and start the next round with
/// `T::list().build().to_http(&delta_link, token)`.
///
/// ```
/// use graph_resource::models::RecordOperation;
/// use graph_resource::Page;
///
/// let mut list = RecordOperation::list().top(2).filter("status eq 'running'").build();
/// let first = list.to_http("https://graph.microsoft.com/v1.0/ops", "t0ken")?;
/// assert_eq!(first.uri(), "https://graph.microsoft.com/v1.0/ops?$filter=status%20eq%20'running'&$top=2");
/// let page: Page<RecordOperation> = serde_json::from_str(
///     r#"{"value":[],"@odata.nextLink":"https://graph.microsoft.com/v1.0/ops?$skiptoken=x"}"#,
/// ).unwrap();
/// let next = list.next_request(&page, "t0ken").unwrap()?;
/// assert_eq!(next.uri(), "https://graph.microsoft.com/v1.0/ops?$skiptoken=x");
/// assert!(list.next_request(&page, "t0ken").unwrap().is_err(), "a loop");
/// # Ok::<(), graph_resource::RequestError>(())
/// ```
pub struct ListRequest<T> {
    query: Query,
    /// Scheme, host and port of the first request.
    origin: Option<(String, String, u16)>,
    /// Next links followed.
    seen: Vec<String>,
    kind: PhantomData<fn() -> T>,
}

fn origin_of(uri: &http::Uri) -> (String, String, u16) {
    let scheme = uri.scheme_str().unwrap_or("").to_ascii_lowercase();
    let host = uri.host().unwrap_or("").to_ascii_lowercase();
    let port = uri
        .port_u16()
        .unwrap_or(if scheme == "http" { 80 } else { 443 });
    (scheme, host, port)
}

impl<T: DeserializeOwned> ListRequest<T> {
    /// `GET collection_url?$select=…&$filter=…&$top=…`, values percent-encoded, with the URL
    /// and token rules of every request; remembers where it went, for the next pages.
    ///
    /// `collection` is a URL string or a [`CollectionPath`](crate::CollectionPath) of `T` (or
    /// of a base type of `T`; for a family, of its base).
    pub fn to_http<U: crate::CollectionTarget<T, I> + ?Sized, I>(
        &mut self,
        collection: &U,
        bearer_token: &str,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        let request = self.request(&self.query.url(collection.target_url()), bearer_token)?;
        self.origin = Some(origin_of(request.uri()));
        self.seen.clear();
        Ok(request)
    }

    fn request(&self, url: &str, token: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        let mut request = wire::request(Method::GET, url, token, None)?;
        if self.query.eventual() {
            request
                .headers_mut()
                .insert("consistencylevel", HeaderValue::from_static("eventual"));
        }
        Ok(request)
    }

    /// `200` with a page gives it; anything else a [`GraphError`] (with its `Retry-After`).
    pub fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<Page<T>, GraphError> {
        crate::response::value(response, &[200], "a page of the collection")
    }

    /// The request for the page after `page`: `None` on the last page; an error for a next
    /// link on another scheme, host or port than the first request, or seen before.
    pub fn next_request(
        &mut self,
        page: &Page<T>,
        bearer_token: &str,
    ) -> Option<Result<http::Request<Vec<u8>>, RequestError>> {
        let link = page.next_link.as_deref()?;
        Some(self.follow(link, bearer_token))
    }

    fn follow(&mut self, link: &str, token: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        let Some(origin) = &self.origin else {
            return Err(RequestError::next_link(
                "the first request was not made with `to_http`: there is no origin to hold \
                 the next link to",
            ));
        };
        check_next_origin(origin, &mut self.seen, link)?;
        self.request(link, token)
    }
}

/// Checks a next link against the first request's URL and the links followed before (and
/// remembers it): an error for another scheme, host or port (the token is not sent there) or
/// for a link seen before (a loop).
pub(crate) fn check_next(
    first_url: &str,
    seen: &mut Vec<String>,
    link: &str,
) -> Result<(), RequestError> {
    let first = wire::check_url(first_url)?;
    check_next_origin(&origin_of(&first), seen, link)
}

fn check_next_origin(
    origin: &(String, String, u16),
    seen: &mut Vec<String>,
    link: &str,
) -> Result<(), RequestError> {
    let uri = wire::check_url(link)?;
    if origin_of(&uri) != *origin {
        return Err(RequestError::next_link(
            "the next link is on another scheme, host or port than the first request: \
             the token is not sent there",
        ));
    }
    if seen.iter().any(|s| s == link) {
        return Err(RequestError::next_link(
            "the next link was followed before: the service is going in a loop",
        ));
    }
    seen.push(link.to_owned());
    Ok(())
}

impl<T> fmt::Debug for ListRequest<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListRequest")
            .field("query", &self.query)
            .field("pages_followed", &self.seen.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_encoded() {
        let q = Query {
            filter: Some("startswith(displayName,'A&B') and x eq '1+1=2#'".into()),
            select: vec!["id".into(), "displayName".into()],
            ..Query::default()
        };
        assert_eq!(
            q.url("https://h/users"),
            "https://h/users?$select=id,displayName&$filter=startswith(displayName,'A%26B')%20and%20x%20eq%20'1%2B1=2%23'"
        );
        assert_eq!(
            Query {
                top: Some(5),
                ..Query::default()
            }
            .url("https://h/x?a=b"),
            "https://h/x?a=b&$top=5"
        );
        assert_eq!(
            Query {
                search: Some("\"displayName:ad\"".into()),
                ..Query::default()
            }
            .url("https://h/x"),
            "https://h/x?$search=%22displayName:ad%22"
        );
    }
}
