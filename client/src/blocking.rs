//! The blocking executor, over [ureq]: it moves bytes and sleeps; the machines of
//! [`machine`](crate::machine) decide everything else.

use std::io::{Read, Write};

use graph_resource::call::{Bound, BoundList, Call, PagedCall};
use graph_resource::{
    Batch, BatchResponse, CollectionTarget, CreateRequest, DeleteRequest, EntityTarget, GetRequest,
    GraphResource, ListRequest, OperationRequest, OperationResult, Page, UpdateRequest,
};
use serde::de::DeserializeOwned;

use crate::identity::{self, AccessToken, Credential, TokenRequest};
use crate::machine::{
    drive, BatchRun, CallRun, Exchange, Machine, PageRun, Step, TransportError, UploadRun,
};
use crate::{Error, Limits, RetryPolicy, TransportKind, UploadOptions, Uploaded};

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
    credential: Credential,
    scopes: Vec<String>,
    policy: RetryPolicy,
    limits: Limits,
}

impl Client {
    /// A client sending `bearer_token`, with the default [`RetryPolicy`] and [`Limits`].
    pub fn new(bearer_token: impl Into<String>) -> Self {
        Client::with_agent(ureq::Agent::new_with_defaults(), bearer_token)
    }

    /// A client whose tokens come from `credential` (a flow of the identity platform, a
    /// source of yours), asked before every request for Graph's public-cloud scope (see
    /// [`with_scopes`](Self::with_scopes)).
    pub fn with_credential(credential: Credential) -> Self {
        Client::with_agent(ureq::Agent::new_with_defaults(), "unused").credential(credential)
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

    /// A client over an agent of yours (TLS, proxy). Whatever its settings, every request is
    /// sent with redirects off, status codes as answers, and the client's [`Limits`].
    pub fn with_agent(agent: ureq::Agent, bearer_token: impl Into<String>) -> Self {
        Client {
            agent,
            credential: Credential::from(bearer_token.into()),
            scopes: identity::default_scopes(),
            policy: RetryPolicy::default(),
            limits: Limits::default(),
        }
    }

    /// The same client trusting the root certificate(s) in `pem` besides Mozilla's roots
    /// (a test CA, a corporate proxy's). It gets a new agent with the default settings and
    /// those roots (feature `rustls`).
    #[cfg(feature = "rustls")]
    pub fn trust_root_pem(mut self, pem: &[u8]) -> Result<Self, Error> {
        let extra = crate::pem_certificates(pem)?;
        let roots: Vec<ureq::tls::Certificate<'static>> = webpki_root_certs::TLS_SERVER_ROOT_CERTS
            .iter()
            .chain(extra.iter())
            .map(|c| ureq::tls::Certificate::from_der(c.as_ref()).to_owned())
            .collect();
        let tls = ureq::tls::TlsConfig::builder()
            .root_certs(ureq::tls::RootCerts::Specific(std::sync::Arc::new(roots)))
            .build();
        self.agent = ureq::Agent::config_builder().tls_config(tls).build().into();
        Ok(self)
    }

    /// The same client with another retry policy.
    #[must_use]
    pub fn with_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The same client with other limits (body size, timeouts, redirects).
    #[must_use]
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The same client with another token (a refreshed one; a [`Credential`] renews itself).
    #[must_use]
    pub fn with_token(mut self, bearer_token: impl Into<String>) -> Self {
        self.credential = Credential::from(bearer_token.into());
        self
    }

    /// A token: the credential's cached one, or a renewal (with `claims` after a claims
    /// challenge). An error, never a request without a token.
    fn token(&self, claims: Option<String>) -> Result<String, Error> {
        let request = TokenRequest {
            scopes: self.scopes.clone(),
            claims,
        };
        self.credential
            .token_blocking(&request, |flow| self.run_flow(flow))
    }

    fn run_flow(
        &self,
        flow: &mut (dyn Machine<Output = AccessToken> + Send),
    ) -> Result<AccessToken, Error> {
        drive(flow, "", |r| self.transport(r), std::thread::sleep)
    }

    /// Sends `request`; a claims challenge to a request carrying the token gets one new token
    /// with those claims and one more send (once per machine run: never a loop).
    fn send_authorized(
        &self,
        request: http::Request<Vec<u8>>,
        token: &str,
        challenged: &mut bool,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let again = (!*challenged && identity::carries(&request, token))
            .then(|| crate::retry::copy(&request));
        let answer = self.transport(request)?;
        if let (Some(mut again), Some(claims)) = (again, identity::claims_challenge(&answer)) {
            *challenged = true;
            if let Ok(token) = self.token(Some(claims)) {
                identity::authorize(&mut again, &token);
                return self.transport(again);
            }
        }
        Ok(answer)
    }

    /// Sends one request and reads its answer's head; the body is the caller's to read.
    fn head(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<ureq::Body>, TransportError> {
        let uri = request.uri().clone();
        let request = self
            .agent
            .configure_request(request)
            .max_redirects(0)
            .http_status_as_error(false)
            .timeout_connect(Some(self.limits.connect_timeout))
            .timeout_global(Some(self.limits.request_timeout))
            .build();
        self.agent
            .run(request)
            .map_err(|e| transport_error(&e, &uri))
    }

    /// An answer read whole, up to [`Limits::max_body`] (over it, an error).
    fn buffered(
        &self,
        response: http::Response<ureq::Body>,
        uri: &http::Uri,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let (parts, mut body) = response.into_parts();
        let limit = self.limits.max_body;
        if body.content_length().is_some_and(|n| n > limit as u64) {
            return Err(TransportError::too_large(&self.limits));
        }
        let mut bytes = Vec::new();
        body.as_reader()
            .take(limit as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| io_error(&e, uri))?;
        if bytes.len() > limit {
            return Err(TransportError::too_large(&self.limits));
        }
        Ok(http::Response::from_parts(parts, bytes))
    }

    /// One exchange, its body read whole up to the limit.
    pub(crate) fn transport(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let uri = request.uri().clone();
        let response = self.head(request)?;
        self.buffered(response, &uri)
    }

    /// Runs any machine to its end over this client's agent, with a token from its credential
    /// at every step.
    pub fn run<M: Machine + ?Sized>(&self, machine: &mut M) -> Result<M::Output, Error> {
        let mut challenged = false;
        loop {
            let token = self.token(None)?;
            match machine.step(&token) {
                Step::Send(request) => {
                    let outcome = self.send_authorized(request, &token, &mut challenged);
                    machine.answer(outcome);
                }
                Step::Wait(delay) => std::thread::sleep(delay),
                Step::Done(result) => return result.map_err(|e| e.without_token(&token)),
            }
        }
    }

    /// Sends one HTTP request with the policy's retries and the redirect rules.
    pub fn exchange(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, Error> {
        self.run(&mut Exchange::new(request, &self.policy, &self.limits))
    }

    /// Sends any [`Call`] and reads its answer.
    pub fn send<C: Call>(&self, call: C) -> Result<C::Output, Error> {
        self.run(&mut CallRun::new(call, &self.policy, &self.limits))
    }

    /// `POST`s `request` to `collection`; the created object.
    pub fn create<T: GraphResource, U: CollectionTarget<T, I> + ?Sized, I>(
        &self,
        request: &CreateRequest<T>,
        collection: &U,
    ) -> Result<T, Error> {
        self.send(Bound::new(request, collection))
    }

    /// `GET`s `entity`.
    pub fn get<T: DeserializeOwned, U: EntityTarget<T, I> + ?Sized, I>(
        &self,
        request: &GetRequest<T>,
        entity: &U,
    ) -> Result<T, Error> {
        self.send(Bound::new(request, entity))
    }

    /// `PATCH`es `entity` (a builder's or a diff's request): the object if the service sends
    /// it back, else `None`.
    pub fn update<T: GraphResource, U: EntityTarget<T, I> + ?Sized, I>(
        &self,
        request: &UpdateRequest<T>,
        entity: &U,
    ) -> Result<Option<T>, Error> {
        self.send(Bound::new(request, entity))
    }

    /// `DELETE`s `entity`.
    pub fn delete<T, U: EntityTarget<T, I> + ?Sized, I>(
        &self,
        request: &DeleteRequest<T>,
        entity: &U,
    ) -> Result<(), Error> {
        self.send(Bound::new(request, entity))
    }

    /// Calls an action or function.
    pub fn call<R: OperationResult>(&self, operation: &OperationRequest<R>) -> Result<R, Error> {
        self.send(operation)
    }

    /// The pages of `request` at `collection`, as an iterator.
    pub fn pages<T: DeserializeOwned, U: CollectionTarget<T, I> + ?Sized, I>(
        &self,
        request: ListRequest<T>,
        collection: &U,
    ) -> Pages<'_, BoundList<T>> {
        self.paged(BoundList::new(request, collection))
    }

    /// The pages of any [`PagedCall`] (a delta function: `users().delta()`).
    pub fn paged<P: PagedCall>(&self, request: P) -> Pages<'_, P> {
        Pages {
            client: self,
            run: PageRun::new(request, &self.policy, &self.limits),
            ended: false,
        }
    }

    /// Sends a batch (in `$batch` requests of 20), then again its throttled members, until
    /// every member has an answer that is not "throttled" or the policy's bound is reached;
    /// the answers in the order the requests were added.
    pub fn batch(&self, batch: &Batch) -> Result<Vec<BatchResponse>, Error> {
        self.run(&mut BatchRun::new(batch, &self.policy, &self.limits))
    }

    /// Uploads `data` to an upload session's `upload_url` (from `createUploadSession`), in
    /// ranges, without the bearer token.
    pub fn upload(
        &self,
        upload_url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error> {
        let mut run = UploadRun::new(upload_url, data, options, &self.policy, &self.limits)?;
        self.run(&mut run)
    }

    /// Resumes an upload to a session saved earlier (its `uploadUrl`): asks it what it has,
    /// then sends the rest of `data`.
    pub fn resume_upload(
        &self,
        upload_url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error> {
        let mut run = UploadRun::resume(upload_url, data, options, &self.policy, &self.limits)?;
        self.run(&mut run)
    }

    /// Streams an `Edm.Stream` answer (a drive item's `content`, a photo's `$value`, a
    /// report) into `out` instead of buffering it, calling `progress(bytes, total if known)`
    /// as it goes; the bytes written. `call` makes the first request (a redirect to a
    /// pre-authenticated URL on another host is followed without the token); an error answer
    /// is read by its `parse_response`.
    pub fn download<C: Call>(
        &self,
        call: &C,
        out: &mut dyn Write,
        mut progress: impl FnMut(u64, Option<u64>),
    ) -> Result<u64, Error> {
        let token = &self.token(None)?;
        let mut exchange = Exchange::new(call.to_http(token)?, &self.policy, &self.limits);
        loop {
            match exchange.step(token) {
                Step::Send(request) => {
                    let uri = request.uri().clone();
                    let outcome = self.head(request).and_then(|response| {
                        if !response.status().is_success() {
                            // An error or a redirect: read whole, as any answer, for the
                            // exchange to decide.
                            return self.buffered(response, &uri).map(Err);
                        }
                        let total = response.body().content_length();
                        let mut reader = response.into_body().into_reader();
                        let mut buf = vec![0; 64 * 1024];
                        let mut written = 0u64;
                        loop {
                            let n = reader.read(&mut buf).map_err(|e| io_error(&e, &uri))?;
                            if n == 0 {
                                return Ok(Ok(written));
                            }
                            out.write_all(&buf[..n]).map_err(|e| {
                                TransportError::new(TransportKind::Other, format!("writing: {e}"))
                            })?;
                            written += n as u64;
                            progress(written, total);
                        }
                    });
                    match outcome {
                        Ok(Ok(written)) => return Ok(written),
                        Ok(Err(answer)) => exchange.answer(Ok(answer)),
                        Err(e) => exchange.answer(Err(e)),
                    }
                }
                Step::Wait(delay) => std::thread::sleep(delay),
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

/// The kind and message of a ureq error, with the request's URL (`uri`) cut to its path.
fn transport_error(e: &ureq::Error, uri: &http::Uri) -> TransportError {
    let kind = match e {
        ureq::Error::Io(io) => return io_error(io, uri),
        ureq::Error::Timeout(_) => TransportKind::Timeout,
        ureq::Error::HostNotFound => TransportKind::Dns,
        ureq::Error::ConnectionFailed => TransportKind::Refused,
        ureq::Error::BodyExceedsLimit(_) => TransportKind::TooLarge,
        ureq::Error::Tls(_) | ureq::Error::TlsRequired => TransportKind::Tls,
        other => {
            let text = other.to_string().to_ascii_lowercase();
            if text.contains("tls") || text.contains("certificate") {
                TransportKind::Tls
            } else {
                TransportKind::Other
            }
        }
    };
    TransportError::stripped(kind, &e.to_string(), uri)
}

fn io_error(e: &std::io::Error, uri: &http::Uri) -> TransportError {
    TransportError::stripped(crate::io_kind(e), &e.to_string(), uri)
}

/// The pages of a list or delta request: each a `Result`; after the last page (whose
/// `delta_link` a delta query sets) or an error, nothing more. A next link the runtime refuses
/// (another host, or seen before) comes as an error after the page that carried it.
#[derive(Debug)]
pub struct Pages<'c, P: PagedCall> {
    client: &'c Client,
    run: PageRun<P>,
    ended: bool,
}

impl<P: PagedCall> Iterator for Pages<'_, P> {
    type Item = Result<Page<P::Item>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.ended {
            return None;
        }
        match self.client.run(&mut self.run) {
            Ok(Some(page)) => Some(Ok(page)),
            Ok(None) => {
                self.ended = true;
                None
            }
            Err(e) => Some(Err(e)),
        }
    }
}

impl<'c, P: PagedCall> Pages<'c, P> {
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
pub struct Items<'c, P: PagedCall> {
    pages: Pages<'c, P>,
    current: std::vec::IntoIter<P::Item>,
    delta_link: Option<String>,
}

impl<P: PagedCall> Iterator for Items<'_, P> {
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

impl<P: PagedCall> Items<'_, P> {
    /// The last page's `@odata.deltaLink` (a delta query's next round starts there), once
    /// the items are all read.
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.as_deref()
    }
}
