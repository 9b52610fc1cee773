//! The blocking executor, over [ureq].

use std::time::Duration;

use graph_resource::{
    Batch, BatchResponse, CollectionTarget, CreateRequest, DeleteRequest, EntityTarget, GetRequest,
    GraphResource, ListRequest, OperationRequest, OperationResult, Page, UpdateRequest,
};
use serde::de::DeserializeOwned;

use crate::batch::{BatchNext, BatchRun};
use crate::call::{Call, Create, Delete, Get, List, PageRun, Paged, Update};
use crate::error::strip_urls;
use crate::retry::{Attempts, Next, RetryPolicy, TransportError};
use crate::upload::{Upload, UploadNext, UploadOptions, Uploaded};
use crate::{Error, Token};

/// Sends requests with ureq, blocking the calling thread.
///
/// ```no_run
/// use graph_resource::prelude::*;
/// use graph_resource::models::RecordOperation;
/// let client = graph_resource_client::blocking::Client::new("eyJ0eXAiOiJKV1QifQ");
/// let op = client.get(&RecordOperation::get().build(), "https://graph.microsoft.com/v1.0/communications/calls/1/operations/2")?;
/// # Ok::<(), graph_resource_client::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Client {
    agent: ureq::Agent,
    token: Token,
    policy: RetryPolicy,
}

impl Client {
    /// A client sending `bearer_token`, with the default [`RetryPolicy`] and a 100 s timeout.
    pub fn new(bearer_token: impl Into<String>) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(100)))
            .build()
            .into();
        Client::with_agent(agent, bearer_token)
    }

    /// A client over an agent of yours (TLS, proxy, timeouts). Set `http_status_as_error(false)`
    /// on it: the runtime reads error answers itself.
    pub fn with_agent(agent: ureq::Agent, bearer_token: impl Into<String>) -> Self {
        Client {
            agent,
            token: Token(bearer_token.into()),
            policy: RetryPolicy::default(),
        }
    }

    settings_methods!();

    fn transport(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let shown = crate::retry::copy(&request);
        let strip = |e: ureq::Error| TransportError {
            message: strip_urls(&e.to_string(), &shown),
        };
        let response = self.agent.run(request).map_err(strip)?;
        let (parts, mut body) = response.into_parts();
        let bytes = body.read_to_vec().map_err(strip)?;
        Ok(http::Response::from_parts(parts, bytes))
    }

    /// Sends one HTTP request with the policy's retries.
    pub fn exchange(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, Error> {
        let mut attempts = Attempts::new(request, &self.policy);
        loop {
            match attempts.after(self.transport(attempts.request())) {
                Next::Done(result) => return result,
                Next::Wait(delay) => std::thread::sleep(delay),
            }
        }
    }

    /// Sends any [`Call`] and reads its answer.
    pub fn send<C: Call>(&self, call: C) -> Result<C::Output, Error> {
        let response = self.exchange(call.http(&self.token.0)?)?;
        call.read(&response)
    }

    typed_methods!(; );

    /// The pages of `request` at `collection`, as an iterator.
    pub fn pages<T: DeserializeOwned, U: CollectionTarget<T, I> + ?Sized, I>(
        &self,
        request: ListRequest<T>,
        collection: &U,
    ) -> Pages<'_, List<T>> {
        self.paged(List::new(request, collection))
    }

    /// The pages of any [`Paged`] request (a delta function: `users().delta()`).
    pub fn paged<P: Paged>(&self, request: P) -> Pages<'_, P> {
        Pages {
            client: self,
            run: PageRun::new(request),
        }
    }

    /// Sends a batch (in `$batch` requests of 20), then again its throttled members, until
    /// every member has an answer that is not "throttled" or the policy's bound is reached;
    /// the answers in the order the requests were added.
    pub fn batch(&self, batch: &Batch) -> Result<Vec<BatchResponse>, Error> {
        let mut run = BatchRun::new(batch, &self.policy);
        loop {
            for request in run.requests(&self.token.0)? {
                let response = self.exchange(request)?;
                run.read(&response)?;
            }
            match run.after_round() {
                BatchNext::Done(answers) => return Ok(answers),
                BatchNext::Wait(delay) => std::thread::sleep(delay),
            }
        }
    }

    /// Uploads `data` to an upload session's `upload_url` (from `createUploadSession`), in
    /// ranges, without the bearer token.
    pub fn upload(
        &self,
        upload_url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error> {
        let mut upload = Upload::new(upload_url, data, options)?;
        loop {
            match upload.after(self.transport(upload.request())) {
                UploadNext::Continue => {}
                UploadNext::Done(result) => return result,
            }
        }
    }
}

/// The pages of a list or delta request: each a `Result`; after the last page (whose
/// `delta_link` a delta query sets) or an error, nothing more. A next link the runtime refuses
/// (another host, or seen before) comes as an error after the page that carried it.
#[derive(Debug)]
pub struct Pages<'c, P: Paged> {
    client: &'c Client,
    run: PageRun<P>,
}

impl<P: Paged> Iterator for Pages<'_, P> {
    type Item = Result<Page<P::Item>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let token = &self.client.token.0;
        let request = match self.run.next_request(token)? {
            Ok(request) => request,
            Err(e) => return Some(Err(e)),
        };
        Some(self.run.page(self.client.exchange(request), token))
    }
}

impl<'c, P: Paged> Pages<'c, P> {
    /// The items of every page, one by one; [`Items::delta_link`] once they are all read.
    pub fn items(self) -> Items<'c, P> {
        Items {
            pages: self,
            current: Vec::new().into_iter(),
            delta_link: None,
        }
    }
}

/// The items of a list or delta request's pages.
#[derive(Debug)]
pub struct Items<'c, P: Paged> {
    pages: Pages<'c, P>,
    current: std::vec::IntoIter<P::Item>,
    delta_link: Option<String>,
}

impl<P: Paged> Iterator for Items<'_, P> {
    type Item = Result<P::Item, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.current.next() {
                return Some(Ok(item));
            }
            match self.pages.next()? {
                Ok(page) => {
                    if page.delta_link.is_some() {
                        self.delta_link.clone_from(&page.delta_link);
                    }
                    self.current = page.value.into_iter();
                }
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl<P: Paged> Items<'_, P> {
    /// The last page's `@odata.deltaLink` (a delta query's next round starts there), once
    /// the items are all read.
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.as_deref()
    }
}
