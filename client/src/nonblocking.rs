//! The async executor, over [reqwest] (tokio): it moves bytes and sleeps; the machines of
//! [`machine`](crate::machine) decide everything else.

use futures_util::stream::{self, Stream};
use graph_resource::call::{Bound, BoundList, Call, PagedCall};
use graph_resource::{
    Batch, BatchResponse, CollectionTarget, CreateRequest, DeleteRequest, EntityTarget, GetRequest,
    GraphResource, ListRequest, OperationRequest, OperationResult, Page, UpdateRequest,
};
use serde::de::DeserializeOwned;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::identity::{self, AccessToken, Credential, Source, TokenRequest};
use crate::machine::{
    BatchRun, CallRun, Exchange, Machine, PageRun, Step, TransportError, UploadRun,
};
use crate::{Error, Limits, RetryPolicy, TransportKind, UploadOptions, Uploaded};

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
    /// Extra roots to trust (kept to build the client again with other limits).
    roots: Roots,
    credential: Credential,
    scopes: Vec<String>,
    policy: RetryPolicy,
    limits: Limits,
}

/// The extra roots a client trusts (none without TLS).
#[cfg(feature = "rustls")]
type Roots = Vec<reqwest::Certificate>;
#[cfg(not(feature = "rustls"))]
type Roots = Vec<std::convert::Infallible>;

/// A reqwest client as this crate needs it: redirects off (the machines decide them), the
/// connect timeout of `limits`, the extra roots.
fn http_client(limits: &Limits, roots: &Roots) -> reqwest::Client {
    let builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(limits.connect_timeout);
    #[cfg(feature = "rustls")]
    let builder = roots
        .iter()
        .fold(builder, |b, root| b.add_root_certificate(root.clone()));
    #[cfg(not(feature = "rustls"))]
    let _ = roots;
    builder
        .build()
        .expect("a client with these settings always builds")
}

impl Client {
    /// A client sending `bearer_token`, with the default [`RetryPolicy`] and [`Limits`].
    pub fn new(bearer_token: impl Into<String>) -> Self {
        let limits = Limits::default();
        Client {
            http: http_client(&limits, &Vec::new()),
            roots: Vec::new(),
            credential: Credential::from(bearer_token.into()),
            scopes: identity::default_scopes(),
            policy: RetryPolicy::default(),
            limits,
        }
    }

    /// A client whose tokens come from `credential` (a flow of the identity platform, a
    /// source of yours, blocking or async), asked before every request for Graph's
    /// public-cloud scope (see [`with_scopes`](Self::with_scopes)).
    pub fn with_credential(credential: Credential) -> Self {
        Client::new("unused").credential(credential)
    }

    /// The same client with another credential.
    #[must_use]
    pub fn credential(mut self, credential: Credential) -> Self {
        self.credential = credential;
        self
    }

    /// The same client asking its credential for `scopes` (a national cloud's:
    /// [`identity::scope_for_root`]`("https://graph.microsoft.us/v1.0")`).
    #[must_use]
    pub fn with_scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// A token: the credential's cached one, or one renewal shared by every concurrent
    /// request (with `claims` after a claims challenge). An error, never a request without a
    /// token.
    async fn token(&self, claims: Option<String>) -> Result<String, Error> {
        let request = TokenRequest {
            scopes: self.scopes.clone(),
            claims,
        };
        let credential = &self.credential;
        if let Some(t) = credential.cached(&request) {
            return Ok(t);
        }
        let _renewing = credential.inner.async_gate.lock().await;
        if let Some(t) = credential.cached(&request) {
            return Ok(t);
        }
        let token = match &credential.inner.source {
            Source::Static(t) => return Ok(t.clone()),
            Source::Flow(flow) => match flow.start(&request) {
                Ok(mut machine) => self.run_flow(&mut *machine).await,
                Err(e) => Err(e),
            },
            Source::Blocking(source) => source
                .token(&request)
                .map_err(|message| Error::Identity { flow: "", message }),
            Source::Async(source) => source
                .token(&request)
                .await
                .map_err(|message| Error::Identity { flow: "", message }),
        };
        Ok(credential.store(token.map_err(|e| credential.failed(e))?))
    }

    async fn run_flow(
        &self,
        flow: &mut (dyn Machine<Output = AccessToken> + Send),
    ) -> Result<AccessToken, Error> {
        loop {
            match flow.step("") {
                Step::Send(request) => {
                    let outcome = self.transport(request).await;
                    flow.answer(outcome);
                }
                Step::Wait(delay) => tokio::time::sleep(delay).await,
                Step::Done(result) => return result,
            }
        }
    }

    /// Sends `request`; a claims challenge to a request carrying the token gets one new token
    /// with those claims and one more send (once per machine run: never a loop).
    async fn send_authorized(
        &self,
        request: http::Request<Vec<u8>>,
        token: &str,
        challenged: &mut bool,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let again = (!*challenged && identity::carries(&request, token))
            .then(|| crate::retry::copy(&request));
        let answer = self.transport(request).await?;
        if let (Some(mut again), Some(claims)) = (again, identity::claims_challenge(&answer)) {
            *challenged = true;
            if let Ok(token) = Box::pin(self.token(Some(claims))).await {
                identity::authorize(&mut again, &token);
                return self.transport(again).await;
            }
        }
        Ok(answer)
    }

    /// A client over a reqwest client of yours (TLS, proxy). Build it with
    /// `.redirect(reqwest::redirect::Policy::none())`: a client that follows redirects
    /// itself gets an [`Error::Redirect`] for every redirected request, since the rules here
    /// cannot be applied to what it did. Its connect timeout is its own; the request timeout
    /// and body limit of [`Limits`] apply.
    pub fn with_http(http: reqwest::Client, bearer_token: impl Into<String>) -> Self {
        Client {
            http,
            roots: Vec::new(),
            credential: Credential::from(bearer_token.into()),
            scopes: identity::default_scopes(),
            policy: RetryPolicy::default(),
            limits: Limits::default(),
        }
    }

    /// The same client trusting the root certificate(s) in `pem` besides Mozilla's roots
    /// (a test CA, a corporate proxy's). It gets a new reqwest client with this crate's
    /// settings and those roots (feature `rustls`).
    #[cfg(feature = "rustls")]
    pub fn trust_root_pem(mut self, pem: &[u8]) -> Result<Self, Error> {
        for cert in crate::pem_certificates(pem)? {
            let root = reqwest::Certificate::from_der(cert.as_ref()).map_err(|e| {
                TransportError::new(TransportKind::Tls, format!("the root is not usable: {e}"))
                    .into_error("")
            })?;
            self.roots.push(root);
        }
        self.http = http_client(&self.limits, &self.roots);
        Ok(self)
    }

    /// The same client with another retry policy.
    #[must_use]
    pub fn with_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The same client with other limits (body size, timeouts, redirects). A client made by
    /// [`Client::new`] is rebuilt with the new connect timeout.
    #[must_use]
    pub fn with_limits(mut self, limits: Limits) -> Self {
        if limits.connect_timeout != self.limits.connect_timeout {
            self.http = http_client(&limits, &self.roots);
        }
        self.limits = limits;
        self
    }

    /// The same client with another token (a refreshed one; a [`Credential`] renews itself).
    #[must_use]
    pub fn with_token(mut self, bearer_token: impl Into<String>) -> Self {
        self.credential = Credential::from(bearer_token.into());
        self
    }

    async fn head(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<reqwest::Response, TransportError> {
        let uri = request.uri().clone();
        let sent = uri.to_string();
        let mut request =
            reqwest::Request::try_from(request).map_err(|e| transport_error(&e, &uri))?;
        *request.timeout_mut() = Some(self.limits.request_timeout);
        let response = self
            .http
            .execute(request)
            .await
            .map_err(|e| transport_error(&e, &uri))?;
        if response.url().as_str() != sent
            && url::Url::parse(&sent).ok().as_ref() != Some(response.url())
        {
            return Err(TransportError::new(
                TransportKind::Other,
                "the reqwest client followed a redirect itself: build it with \
                 redirect::Policy::none() so that the redirect rules apply",
            ));
        }
        Ok(response)
    }

    async fn transport(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let uri = request.uri().clone();
        let response = self.head(request).await?;
        self.buffered(response, &uri).await
    }

    /// An answer read whole, up to [`Limits::max_body`] (over it, an error).
    async fn buffered(
        &self,
        mut response: reqwest::Response,
        uri: &http::Uri,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let limit = self.limits.max_body;
        if response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(TransportError::too_large(&self.limits));
        }
        let mut out = http::Response::builder().status(response.status());
        if let Some(headers) = out.headers_mut() {
            *headers = response.headers().clone();
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| transport_error(&e, uri))?
        {
            if bytes.len() + chunk.len() > limit {
                return Err(TransportError::too_large(&self.limits));
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(out.body(bytes).expect("status and headers from a response"))
    }

    /// Runs any machine to its end over this client, with a token from its credential at
    /// every step.
    pub async fn run<M: Machine + ?Sized>(&self, machine: &mut M) -> Result<M::Output, Error> {
        let mut challenged = false;
        loop {
            let token = self.token(None).await?;
            match machine.step(&token) {
                Step::Send(request) => {
                    let outcome = self.send_authorized(request, &token, &mut challenged).await;
                    machine.answer(outcome);
                }
                Step::Wait(delay) => tokio::time::sleep(delay).await,
                Step::Done(result) => return result.map_err(|e| e.without_token(&token)),
            }
        }
    }

    /// Sends one HTTP request with the policy's retries and the redirect rules.
    pub async fn exchange(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, Error> {
        self.run(&mut Exchange::new(request, &self.policy, &self.limits))
            .await
    }

    /// Sends any [`Call`] and reads its answer.
    pub async fn send<C: Call>(&self, call: C) -> Result<C::Output, Error> {
        self.run(&mut CallRun::new(call, &self.policy, &self.limits))
            .await
    }

    /// `POST`s `request` to `collection`; the created object.
    pub async fn create<T: GraphResource, U: CollectionTarget<T, I> + ?Sized, I>(
        &self,
        request: &CreateRequest<T>,
        collection: &U,
    ) -> Result<T, Error> {
        self.send(Bound::new(request, collection)).await
    }

    /// `GET`s `entity`.
    pub async fn get<T: DeserializeOwned, U: EntityTarget<T, I> + ?Sized, I>(
        &self,
        request: &GetRequest<T>,
        entity: &U,
    ) -> Result<T, Error> {
        self.send(Bound::new(request, entity)).await
    }

    /// `PATCH`es `entity` (a builder's or a diff's request): the object if the service sends
    /// it back, else `None`.
    pub async fn update<T: GraphResource, U: EntityTarget<T, I> + ?Sized, I>(
        &self,
        request: &UpdateRequest<T>,
        entity: &U,
    ) -> Result<Option<T>, Error> {
        self.send(Bound::new(request, entity)).await
    }

    /// `DELETE`s `entity`.
    pub async fn delete<T, U: EntityTarget<T, I> + ?Sized, I>(
        &self,
        request: &DeleteRequest<T>,
        entity: &U,
    ) -> Result<(), Error> {
        self.send(Bound::new(request, entity)).await
    }

    /// Calls an action or function.
    pub async fn call<R: OperationResult>(
        &self,
        operation: &OperationRequest<R>,
    ) -> Result<R, Error> {
        self.send(operation).await
    }

    /// The pages of `request` at `collection`, as a stream.
    pub fn pages<'c, T: DeserializeOwned + 'c, U: CollectionTarget<T, I> + ?Sized, I>(
        &'c self,
        request: ListRequest<T>,
        collection: &U,
    ) -> impl Stream<Item = Result<Page<T>, Error>> + 'c {
        self.paged(BoundList::new(request, collection))
    }

    /// The pages of any [`PagedCall`] (a delta function: `users().delta()`), as a stream:
    /// each a `Result`; after the last page (whose `delta_link` a delta query sets) or an
    /// error, nothing more. A next link the runtime refuses comes as an error after the page
    /// that carried it.
    pub fn paged<'c, P: PagedCall + 'c>(
        &'c self,
        request: P,
    ) -> impl Stream<Item = Result<Page<P::Item>, Error>> + 'c {
        let run = PageRun::new(request, &self.policy, &self.limits);
        stream::unfold(Some(run), move |run| async move {
            let mut run = run?;
            match self.run(&mut run).await {
                Ok(Some(page)) => Some((Ok(page), Some(run))),
                Ok(None) => None,
                Err(e) => Some((Err(e), Some(run))),
            }
        })
    }

    /// Sends a batch (in `$batch` requests of 20), then again its throttled members, until
    /// every member has an answer that is not "throttled" or the policy's bound is reached;
    /// the answers in the order the requests were added.
    pub async fn batch(&self, batch: &Batch) -> Result<Vec<BatchResponse>, Error> {
        self.run(&mut BatchRun::new(batch, &self.policy, &self.limits))
            .await
    }

    /// Uploads `data` to an upload session's `upload_url` (from `createUploadSession`), in
    /// ranges, without the bearer token.
    pub async fn upload(
        &self,
        upload_url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error> {
        let mut run = UploadRun::new(upload_url, data, options, &self.policy, &self.limits)?;
        self.run(&mut run).await
    }

    /// Resumes an upload to a session saved earlier (its `uploadUrl`): asks it what it has,
    /// then sends the rest of `data`.
    pub async fn resume_upload(
        &self,
        upload_url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error> {
        let mut run = UploadRun::resume(upload_url, data, options, &self.policy, &self.limits)?;
        self.run(&mut run).await
    }

    /// Streams an `Edm.Stream` answer into `out` instead of buffering it, calling
    /// `progress(bytes, total if known)` as it goes; the bytes written. As
    /// [`blocking::Client::download`](crate::blocking::Client::download).
    pub async fn download<C: Call, W: AsyncWrite + Unpin + ?Sized>(
        &self,
        call: &C,
        out: &mut W,
        mut progress: impl FnMut(u64, Option<u64>),
    ) -> Result<u64, Error> {
        let token = &self.token(None).await?;
        let mut exchange = Exchange::new(call.to_http(token)?, &self.policy, &self.limits);
        loop {
            match exchange.step(token) {
                Step::Send(request) => {
                    let uri = request.uri().clone();
                    let mut response = match self.head(request).await {
                        Ok(r) => r,
                        Err(e) => {
                            exchange.answer(Err(e));
                            continue;
                        }
                    };
                    if !response.status().is_success() {
                        // An error or a redirect: read whole (bounded), as any answer, for the
                        // exchange to decide.
                        let answer = self.buffered(response, &uri).await;
                        exchange.answer(answer);
                        continue;
                    }
                    let total = response.content_length();
                    let mut written = 0u64;
                    loop {
                        let chunk = match response.chunk().await {
                            Ok(Some(chunk)) => chunk,
                            Ok(None) => return Ok(written),
                            Err(e) => {
                                let e = transport_error(&e, &uri);
                                return Err(e.into_error(" (while streaming the answer)"));
                            }
                        };
                        out.write_all(&chunk).await.map_err(|e| {
                            TransportError::new(TransportKind::Other, format!("writing: {e}"))
                                .into_error("")
                        })?;
                        written += chunk.len() as u64;
                        progress(written, total);
                    }
                }
                Step::Wait(delay) => tokio::time::sleep(delay).await,
                Step::Done(Ok(answer)) => {
                    return Err(match call.parse_response(&answer) {
                        Err(e) => Error::from(e).without_token(token),
                        Ok(_) => Error::Graph(graph_resource::GraphError::from_response(&answer)),
                    });
                }
                Step::Done(Err(e)) => return Err(e.without_token(token)),
            }
        }
    }
}

/// The kind and message of a reqwest error (with its causes), the request's URL cut to its
/// path.
fn transport_error(e: &reqwest::Error, uri: &http::Uri) -> TransportError {
    let mut message = e.to_string();
    let mut kind = if e.is_timeout() {
        TransportKind::Timeout
    } else {
        TransportKind::Other
    };
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        if kind == TransportKind::Other {
            if let Some(io) = cause.downcast_ref::<std::io::Error>() {
                kind = crate::io_kind(io);
            }
        }
        source = cause.source();
    }
    let lower = message.to_ascii_lowercase();
    if kind == TransportKind::Other {
        kind = if lower.contains("dns error") || lower.contains("failed to lookup") {
            TransportKind::Dns
        } else if lower.contains("certificate")
            || lower.contains("tls")
            || lower.contains("scheme is not http")
        {
            TransportKind::Tls
        } else if lower.contains("connection refused") {
            TransportKind::Refused
        } else if lower.contains("connection reset")
            || lower.contains("connection closed")
            || lower.contains("incomplete message")
        {
            TransportKind::Reset
        } else {
            TransportKind::Other
        };
    }
    if lower.contains("scheme is not http") {
        message.push_str(" (this build has no TLS for https)");
    }
    TransportError::stripped(kind, &message, uri)
}
