//! [`CallRun`]: a [`Call`] sent and read; [`PageRun`]: a [`PagedCall`]'s pages.

use std::fmt;

use graph_resource::call::{Call, PagedCall};
use graph_resource::Page;
use http::header::{HeaderValue, AUTHORIZATION};

use super::{finished, Exchange, Machine, Step, TransportError};
use crate::{Error, Limits, RetryPolicy};

/// A [`Call`] as a machine: its request through an [`Exchange`], then its `parse_response`.
pub struct CallRun<C> {
    call: C,
    policy: RetryPolicy,
    limits: Limits,
    exchange: Option<Exchange>,
    done: bool,
}

impl<C: Call> CallRun<C> {
    /// `call` under `policy` and `limits`.
    pub fn new(call: C, policy: &RetryPolicy, limits: &Limits) -> Self {
        CallRun {
            call,
            policy: policy.clone(),
            limits: *limits,
            exchange: None,
            done: false,
        }
    }
}

impl<C: Call> Machine for CallRun<C> {
    type Output = C::Output;

    fn step(&mut self, bearer_token: &str) -> Step<C::Output> {
        if self.done {
            return Step::Done(Err(finished()));
        }
        let exchange = match &mut self.exchange {
            Some(e) => e,
            None => match self.call.to_http(bearer_token) {
                Ok(request) => {
                    self.exchange
                        .insert(Exchange::new(request, &self.policy, &self.limits))
                }
                Err(e) => {
                    self.done = true;
                    return Step::Done(Err(e.into()));
                }
            },
        };
        let call = &self.call;
        let step = exchange
            .step(bearer_token)
            .then(|response| Ok(call.parse_response(&response)?));
        self.done = matches!(step, Step::Done(_));
        step
    }

    fn answer(&mut self, outcome: Result<http::Response<Vec<u8>>, TransportError>) {
        if let Some(e) = &mut self.exchange {
            e.answer(outcome);
        }
    }
}

impl<C> fmt::Debug for CallRun<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallRun")
            .field("exchange", &self.exchange)
            .field("done", &self.done)
            .finish()
    }
}

/// The pages of a [`PagedCall`] as a machine: each [`Step::Done`] holds the next page
/// (`None` after the last one, or after an error); step again for the one after. A next link
/// the runtime refuses (another origin, seen before) comes as an error after the page that
/// carried it, and nothing is sent to it.
pub struct PageRun<P> {
    call: P,
    policy: RetryPolicy,
    limits: Limits,
    state: PageState,
    pages: usize,
}

// One per paging run, its state moved in place: boxing would only add allocations.
#[allow(clippy::large_enum_variant)]
enum PageState {
    Start,
    Next(http::Request<Vec<u8>>),
    Fetch(Exchange),
    Failed(Error),
    End,
}

impl<P: PagedCall> PageRun<P> {
    /// The pages of `call`, each fetched under `policy` and `limits`.
    pub fn new(call: P, policy: &RetryPolicy, limits: &Limits) -> Self {
        PageRun {
            call,
            policy: policy.clone(),
            limits: *limits,
            state: PageState::Start,
            pages: 0,
        }
    }

    fn read(
        &mut self,
        response: &http::Response<Vec<u8>>,
        token: &str,
    ) -> Step<Option<Page<P::Item>>> {
        let page = match self.call.parse_response(response) {
            Ok(page) => page,
            Err(e) => {
                self.state = PageState::End;
                return Step::Done(Err(e.into()));
            }
        };
        self.pages += 1;
        self.state = match self.call.next_request(&page, token) {
            None => PageState::End,
            Some(Ok(next)) => PageState::Next(next),
            Some(Err(e)) => PageState::Failed(e.into()),
        };
        Step::Done(Ok(Some(page)))
    }
}

/// The request with the token of now (a token renewed during a long paging run replaces the
/// one the next link was made with).
fn with_token(mut request: http::Request<Vec<u8>>, token: &str) -> http::Request<Vec<u8>> {
    if request.headers().contains_key(AUTHORIZATION) {
        if let Ok(mut value) = HeaderValue::try_from(format!("Bearer {token}")) {
            value.set_sensitive(true);
            request.headers_mut().insert(AUTHORIZATION, value);
        }
    }
    request
}

impl<P: PagedCall> Machine for PageRun<P> {
    type Output = Option<Page<P::Item>>;

    fn step(&mut self, bearer_token: &str) -> Step<Self::Output> {
        let request = match std::mem::replace(&mut self.state, PageState::End) {
            PageState::Start => match self.call.to_http(bearer_token) {
                Ok(request) => request,
                Err(e) => return Step::Done(Err(e.into())),
            },
            PageState::Next(request) => with_token(request, bearer_token),
            PageState::Failed(e) => return Step::Done(Err(e)),
            PageState::End => return Step::Done(Ok(None)),
            PageState::Fetch(mut exchange) => {
                return match exchange.step(bearer_token) {
                    Step::Send(r) => {
                        self.state = PageState::Fetch(exchange);
                        Step::Send(r)
                    }
                    Step::Wait(d) => {
                        self.state = PageState::Fetch(exchange);
                        Step::Wait(d)
                    }
                    Step::Done(Ok(response)) => self.read(&response, bearer_token),
                    Step::Done(Err(e)) => Step::Done(Err(e)),
                };
            }
        };
        self.state = PageState::Fetch(Exchange::new(request, &self.policy, &self.limits));
        self.step(bearer_token)
    }

    fn answer(&mut self, outcome: Result<http::Response<Vec<u8>>, TransportError>) {
        if let PageState::Fetch(e) = &mut self.state {
            e.answer(outcome);
        }
    }
}

impl<P> fmt::Debug for PageRun<P> {
    /// How far it is, never a next link (which carries a skip token).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &self.state {
            PageState::Start => "start",
            PageState::Next(_) => "next page",
            PageState::Fetch(_) => "fetching",
            PageState::Failed(_) => "failed",
            PageState::End => "end",
        };
        f.debug_struct("PageRun")
            .field("pages", &self.pages)
            .field("state", &state)
            .finish()
    }
}
