//! The async executor, over [reqwest] (tokio).

use std::time::Duration;

use futures_util::stream::{self, Stream};
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

/// Sends requests with reqwest, asynchronously (inside a tokio runtime).
///
/// ```no_run
/// # async fn run() -> Result<(), graph_resource_client::Error> {
/// use graph_resource::prelude::*;
/// use graph_resource::models::RecordOperation;
/// let client = graph_resource_client::nonblocking::Client::new("eyJ0eXAiOiJKV1QifQ");
/// let op = client
///     .get(&RecordOperation::get().build(), "https://graph.microsoft.com/v1.0/communications/calls/1/operations/2")
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    token: Token,
    policy: RetryPolicy,
}

impl Client {
    /// A client sending `bearer_token`, with the default [`RetryPolicy`] and a 100 s timeout.
    pub fn new(bearer_token: impl Into<String>) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(100))
            .build()
            .expect("a client without TLS or proxies always builds");
        Client::with_http(http, bearer_token)
    }

    /// A client over a reqwest client of yours (TLS, proxy, timeouts).
    pub fn with_http(http: reqwest::Client, bearer_token: impl Into<String>) -> Self {
        Client {
            http,
            token: Token(bearer_token.into()),
            policy: RetryPolicy::default(),
        }
    }

    settings_methods!();

    async fn transport(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let shown = crate::retry::copy(&request);
        let strip = |e: reqwest::Error| TransportError {
            message: strip_urls(&e.without_url().to_string(), &shown),
        };
        let request = reqwest::Request::try_from(request).map_err(strip)?;
        let response = self.http.execute(request).await.map_err(strip)?;
        let mut out = http::Response::builder().status(response.status());
        if let Some(headers) = out.headers_mut() {
            *headers = response.headers().clone();
        }
        let bytes = response.bytes().await.map_err(strip)?;
        Ok(out
            .body(bytes.to_vec())
            .expect("status and headers from a response"))
    }

    /// Sends one HTTP request with the policy's retries.
    pub async fn exchange(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, Error> {
        let mut attempts = Attempts::new(request, &self.policy);
        loop {
            let outcome = self.transport(attempts.request()).await;
            match attempts.after(outcome) {
                Next::Done(result) => return result,
                Next::Wait(delay) => tokio::time::sleep(delay).await,
            }
        }
    }

    /// Sends any [`Call`] and reads its answer.
    pub async fn send<C: Call>(&self, call: C) -> Result<C::Output, Error> {
        let response = self.exchange(call.http(&self.token.0)?).await?;
        call.read(&response)
    }

    typed_methods!(async; .await);

    /// The pages of `request` at `collection`, as a stream.
    pub fn pages<'c, T: DeserializeOwned + 'c, U: CollectionTarget<T, I> + ?Sized, I>(
        &'c self,
        request: ListRequest<T>,
        collection: &U,
    ) -> impl Stream<Item = Result<Page<T>, Error>> + 'c {
        self.paged(List::new(request, collection))
    }

    /// The pages of any [`Paged`] request (a delta function: `users().delta()`), as a stream:
    /// each a `Result`; after the last page (whose `delta_link` a delta query sets) or an
    /// error, nothing more. A next link the runtime refuses comes as an error after the page
    /// that carried it.
    pub fn paged<'c, P: Paged + 'c>(
        &'c self,
        request: P,
    ) -> impl Stream<Item = Result<Page<P::Item>, Error>> + 'c {
        stream::unfold(PageRun::new(request), move |mut run| async move {
            let token = &self.token.0;
            let page = match run.next_request(token)? {
                Ok(request) => {
                    let answer = self.exchange(request).await;
                    run.page(answer, token)
                }
                Err(e) => Err(e),
            };
            Some((page, run))
        })
    }

    /// Sends a batch (in `$batch` requests of 20), then again its throttled members, until
    /// every member has an answer that is not "throttled" or the policy's bound is reached;
    /// the answers in the order the requests were added.
    pub async fn batch(&self, batch: &Batch) -> Result<Vec<BatchResponse>, Error> {
        let mut run = BatchRun::new(batch, &self.policy);
        loop {
            for request in run.requests(&self.token.0)? {
                let response = self.exchange(request).await?;
                run.read(&response)?;
            }
            match run.after_round() {
                BatchNext::Done(answers) => return Ok(answers),
                BatchNext::Wait(delay) => tokio::time::sleep(delay).await,
            }
        }
    }

    /// Uploads `data` to an upload session's `upload_url` (from `createUploadSession`), in
    /// ranges, without the bearer token.
    pub async fn upload(
        &self,
        upload_url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error> {
        let mut upload = Upload::new(upload_url, data, options)?;
        loop {
            let outcome = self.transport(upload.request()).await;
            match upload.after(outcome) {
                UploadNext::Continue => {}
                UploadNext::Done(result) => return result,
            }
        }
    }
}
