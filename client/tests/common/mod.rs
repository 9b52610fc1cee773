//! A Graph-like server on 127.0.0.1 for the executors' tests (std's `TcpListener`, a thread,
//! one connection per request, `Connection: close`), and the two executors behind one trait
//! so that both run the same test list.

#![allow(dead_code)]

/// One test per executor (ureq, reqwest and the third over `TcpStream`) for each generic test
/// function `name<E: Exec>(make: impl Fn(RetryPolicy) -> E)`.
#[allow(unused_macros)]
macro_rules! each_executor {
    ($($name:ident),* $(,)?) => {
        mod ureq_executor {
            $(#[test] fn $name() { super::$name(|p| super::common::blocking(p)); })*
        }
        mod reqwest_executor {
            $(#[test] fn $name() { super::$name(|p| super::common::nonblocking(p)); })*
        }
        mod tcp_executor {
            $(#[test] fn $name() { super::$name(|p| super::common::tcp(p)); })*
        }
    };
}

use std::io::{BufRead, BufReader, Read, Write};
use std::thread;
use std::time::Duration;

use graph_resource::call::{Bound, BoundList, Call};
use graph_resource::{Batch, BatchResponse, GetRequest, ListRequest, Page, UpdateRequest};
use graph_resource_client::machine::{
    drive, BatchRun, CallRun, Exchange, PageRun, TransportError, UploadRun,
};
use graph_resource_client::{Error, Limits, RetryPolicy, TransportKind, UploadOptions, Uploaded};

pub use graph_resource_test_support::*;

/// The operations the tests use, on either executor.
pub trait Exec {
    fn name(&self) -> &'static str;
    fn all_pages<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        request: ListRequest<T>,
        url: &str,
    ) -> Vec<Result<Page<T>, Error>>;
    fn items_and_delta<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        request: ListRequest<T>,
        url: &str,
    ) -> (Vec<Result<T, Error>>, Option<String>);
    fn get<T: serde::de::DeserializeOwned>(
        &self,
        request: &GetRequest<T>,
        url: &str,
    ) -> Result<T, Error>;
    fn update<T: graph_resource::GraphResource>(
        &self,
        request: &UpdateRequest<T>,
        url: &str,
    ) -> Result<Option<T>, Error>;
    fn batch(&self, batch: &Batch) -> Result<Vec<BatchResponse>, Error>;
    fn create<T: graph_resource::GraphResource>(
        &self,
        request: &graph_resource::CreateRequest<T>,
        url: &str,
    ) -> Result<T, Error>;
    fn delete<T>(&self, request: &graph_resource::DeleteRequest<T>, url: &str)
        -> Result<(), Error>;
    fn call<R: graph_resource::OperationResult>(
        &self,
        op: &graph_resource::OperationRequest<R>,
    ) -> Result<R, Error>;
    fn delta_pages<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        op: graph_resource::OperationRequest<Page<T>>,
    ) -> Vec<Result<Page<T>, Error>>
    where
        Page<T>: graph_resource::OperationResult;
    fn upload(&self, url: &str, data: &[u8], options: UploadOptions) -> Result<Uploaded, Error>;
    fn resume_upload(
        &self,
        url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error>;
    fn exchange(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, Error>;
    /// `GET url` streamed (buffered by the third executor): the bytes.
    fn download(&self, url: &str) -> Result<Vec<u8>, Error>;
    fn limited(self, limits: Limits) -> Self;
    fn send<C: Call>(&self, call: C) -> Result<C::Output, Error>;
}

/// `GET url` as a [`Call`] whose output is the body (a stream's content).
pub struct Content(pub String);

impl Call for Content {
    type Output = Vec<u8>;
    fn to_http(&self, token: &str) -> Result<http::Request<Vec<u8>>, graph_resource::RequestError> {
        graph_resource::call::get(&self.0, token)
    }
    fn parse_response(
        &self,
        response: &http::Response<Vec<u8>>,
    ) -> Result<Vec<u8>, graph_resource::GraphError> {
        match response.status().as_u16() {
            200 | 206 => Ok(response.body().clone()),
            _ => Err(graph_resource::GraphError::from_response(response)),
        }
    }
}

pub const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl";

pub struct Blocking(pub graph_resource_client::blocking::Client);

pub fn blocking(policy: RetryPolicy) -> Blocking {
    Blocking(graph_resource_client::blocking::Client::new(TOKEN).with_policy(policy))
}

impl Exec for Blocking {
    fn name(&self) -> &'static str {
        "ureq"
    }
    fn all_pages<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        request: ListRequest<T>,
        url: &str,
    ) -> Vec<Result<Page<T>, Error>> {
        self.0.pages(request, url).collect()
    }
    fn items_and_delta<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        request: ListRequest<T>,
        url: &str,
    ) -> (Vec<Result<T, Error>>, Option<String>) {
        let mut items = self.0.pages(request, url).items();
        let all: Vec<_> = items.by_ref().collect();
        (all, items.delta_link().map(str::to_owned))
    }
    fn get<T: serde::de::DeserializeOwned>(
        &self,
        request: &GetRequest<T>,
        url: &str,
    ) -> Result<T, Error> {
        self.0.get(request, url)
    }
    fn update<T: graph_resource::GraphResource>(
        &self,
        request: &UpdateRequest<T>,
        url: &str,
    ) -> Result<Option<T>, Error> {
        self.0.update(request, url)
    }
    fn batch(&self, batch: &Batch) -> Result<Vec<BatchResponse>, Error> {
        self.0.batch(batch)
    }
    fn create<T: graph_resource::GraphResource>(
        &self,
        request: &graph_resource::CreateRequest<T>,
        url: &str,
    ) -> Result<T, Error> {
        self.0.create(request, url)
    }
    fn delete<T>(
        &self,
        request: &graph_resource::DeleteRequest<T>,
        url: &str,
    ) -> Result<(), Error> {
        self.0.delete(request, url)
    }
    fn call<R: graph_resource::OperationResult>(
        &self,
        op: &graph_resource::OperationRequest<R>,
    ) -> Result<R, Error> {
        self.0.call(op)
    }
    fn delta_pages<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        op: graph_resource::OperationRequest<Page<T>>,
    ) -> Vec<Result<Page<T>, Error>>
    where
        Page<T>: graph_resource::OperationResult,
    {
        self.0.paged(op).collect()
    }
    fn upload(&self, url: &str, data: &[u8], options: UploadOptions) -> Result<Uploaded, Error> {
        self.0.upload(url, data, options)
    }
    fn resume_upload(
        &self,
        url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error> {
        self.0.resume_upload(url, data, options)
    }
    fn exchange(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, Error> {
        self.0.exchange(request)
    }
    fn download(&self, url: &str) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        self.0
            .download(&Content(url.to_owned()), &mut out, |_, _| {})?;
        Ok(out)
    }
    fn limited(self, limits: Limits) -> Self {
        Blocking(self.0.with_limits(limits))
    }
    fn send<C: Call>(&self, call: C) -> Result<C::Output, Error> {
        self.0.send(call)
    }
}

/// The blocking executor with `credential`.
pub fn blocking_with(credential: graph_resource_client::identity::Credential) -> Blocking {
    Blocking(
        graph_resource_client::blocking::Client::with_credential(credential)
            .with_policy(RetryPolicy::default().base_delay(Duration::from_millis(10))),
    )
}

/// The async executor with `credential`.
pub fn nonblocking_with(credential: graph_resource_client::identity::Credential) -> Async {
    Async {
        client: graph_resource_client::nonblocking::Client::with_credential(credential)
            .with_policy(RetryPolicy::default().base_delay(Duration::from_millis(10))),
        runtime: tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap(),
    }
}

pub struct Async {
    pub client: graph_resource_client::nonblocking::Client,
    pub runtime: tokio::runtime::Runtime,
}

pub fn nonblocking(policy: RetryPolicy) -> Async {
    Async {
        client: graph_resource_client::nonblocking::Client::new(TOKEN).with_policy(policy),
        runtime: tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap(),
    }
}

impl Exec for Async {
    fn name(&self) -> &'static str {
        "reqwest"
    }
    fn all_pages<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        request: ListRequest<T>,
        url: &str,
    ) -> Vec<Result<Page<T>, Error>> {
        use futures_util::StreamExt;
        self.runtime
            .block_on(self.client.pages(request, url).collect::<Vec<_>>())
    }
    fn items_and_delta<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        request: ListRequest<T>,
        url: &str,
    ) -> (Vec<Result<T, Error>>, Option<String>) {
        let mut items = Vec::new();
        let mut delta = None;
        for page in self.all_pages(request, url) {
            match page {
                Ok(page) => {
                    if page.delta_link.is_some() {
                        delta.clone_from(&page.delta_link);
                    }
                    items.extend(page.value.into_iter().map(Ok));
                }
                Err(e) => items.push(Err(e)),
            }
        }
        (items, delta)
    }
    fn get<T: serde::de::DeserializeOwned>(
        &self,
        request: &GetRequest<T>,
        url: &str,
    ) -> Result<T, Error> {
        self.runtime.block_on(self.client.get(request, url))
    }
    fn update<T: graph_resource::GraphResource>(
        &self,
        request: &UpdateRequest<T>,
        url: &str,
    ) -> Result<Option<T>, Error> {
        self.runtime.block_on(self.client.update(request, url))
    }
    fn batch(&self, batch: &Batch) -> Result<Vec<BatchResponse>, Error> {
        self.runtime.block_on(self.client.batch(batch))
    }
    fn create<T: graph_resource::GraphResource>(
        &self,
        request: &graph_resource::CreateRequest<T>,
        url: &str,
    ) -> Result<T, Error> {
        self.runtime.block_on(self.client.create(request, url))
    }
    fn delete<T>(
        &self,
        request: &graph_resource::DeleteRequest<T>,
        url: &str,
    ) -> Result<(), Error> {
        self.runtime.block_on(self.client.delete(request, url))
    }
    fn call<R: graph_resource::OperationResult>(
        &self,
        op: &graph_resource::OperationRequest<R>,
    ) -> Result<R, Error> {
        self.runtime.block_on(self.client.call(op))
    }
    fn delta_pages<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        op: graph_resource::OperationRequest<Page<T>>,
    ) -> Vec<Result<Page<T>, Error>>
    where
        Page<T>: graph_resource::OperationResult,
    {
        use futures_util::StreamExt;
        self.runtime
            .block_on(self.client.paged(op).collect::<Vec<_>>())
    }
    fn upload(&self, url: &str, data: &[u8], options: UploadOptions) -> Result<Uploaded, Error> {
        self.runtime
            .block_on(self.client.upload(url, data, options))
    }
    fn resume_upload(
        &self,
        url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error> {
        self.runtime
            .block_on(self.client.resume_upload(url, data, options))
    }
    fn exchange(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, Error> {
        self.runtime.block_on(self.client.exchange(request))
    }
    fn download(&self, url: &str) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        self.runtime.block_on(self.client.download(
            &Content(url.to_owned()),
            &mut out,
            |_, _| {},
        ))?;
        Ok(out)
    }
    fn limited(self, limits: Limits) -> Self {
        Async {
            client: self.client.with_limits(limits),
            runtime: self.runtime,
        }
    }
    fn send<C: Call>(&self, call: C) -> Result<C::Output, Error> {
        self.runtime.block_on(self.client.send(call))
    }
}

/// The third executor: the crate's machines over `std::net::TcpStream`, HTTP/1.1 written and
/// read by hand (what a user bringing their own stack writes; the README's example).
pub struct Tcp {
    policy: RetryPolicy,
    limits: Limits,
}

pub fn tcp(policy: RetryPolicy) -> Tcp {
    Tcp {
        policy,
        limits: Limits::default(),
    }
}

/// One exchange over a new connection: no redirects followed, the answer read whole up to
/// the limit (`Content-Length`, or to the end).
pub fn tcp_send(
    request: http::Request<Vec<u8>>,
    limits: &Limits,
) -> Result<http::Response<Vec<u8>>, TransportError> {
    use std::net::ToSocketAddrs;
    let io = |e: std::io::Error| {
        let kind = match e.kind() {
            std::io::ErrorKind::ConnectionRefused => TransportKind::Refused,
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => TransportKind::Timeout,
            std::io::ErrorKind::NotFound => TransportKind::Dns,
            _ => TransportKind::Reset,
        };
        TransportError::stripped(kind, &e.to_string(), request.uri())
    };
    let uri = request.uri();
    let host = uri.host().unwrap_or_default();
    let addr = (host, uri.port_u16().unwrap_or(80))
        .to_socket_addrs()
        .map_err(|e| io(std::io::Error::new(std::io::ErrorKind::NotFound, e)))?
        .next()
        .ok_or_else(|| io(std::io::ErrorKind::NotFound.into()))?;
    let stream = std::net::TcpStream::connect_timeout(&addr, limits.connect()).map_err(io)?;
    stream
        .set_read_timeout(Some(limits.request()))
        .map_err(io)?;
    let target = uri.path_and_query().map_or("/", |p| p.as_str());
    let mut head = format!(
        "{} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n",
        request.method()
    );
    for (k, v) in request.headers() {
        head.push_str(&format!("{k}: {}\r\n", v.to_str().unwrap_or_default()));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", request.body().len()));
    (&stream).write_all(head.as_bytes()).map_err(io)?;
    (&stream).write_all(request.body()).map_err(io)?;
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    reader.read_line(&mut line).map_err(io)?;
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| io(std::io::ErrorKind::UnexpectedEof.into()))?;
    let mut response = http::Response::builder().status(status);
    let mut length = None;
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).map_err(io)?;
        let Some((k, v)) = h.trim_end().split_once(':') else {
            break;
        };
        if k.eq_ignore_ascii_case("content-length") {
            length = v.trim().parse::<u64>().ok();
        }
        response = response.header(k.trim(), v.trim());
    }
    if length.is_some_and(|n| n > limits.body_limit() as u64) {
        return Err(TransportError::too_large(limits));
    }
    let mut body = Vec::new();
    reader
        .take(
            length
                .unwrap_or(u64::MAX)
                .min(limits.body_limit() as u64 + 1),
        )
        .read_to_end(&mut body)
        .map_err(io)?;
    if body.len() > limits.body_limit() {
        return Err(TransportError::too_large(limits));
    }
    Ok(response.body(body).expect("a status and headers read"))
}

impl Tcp {
    fn run<M: graph_resource_client::machine::Machine>(
        &self,
        machine: &mut M,
    ) -> Result<M::Output, Error> {
        drive(machine, TOKEN, |r| tcp_send(r, &self.limits), thread::sleep)
    }
    fn pages<P: graph_resource::call::PagedCall>(
        &self,
        call: P,
    ) -> Vec<Result<Page<P::Item>, Error>> {
        let mut run = PageRun::new(call, &self.policy, &self.limits);
        let mut out = Vec::new();
        loop {
            match self.run(&mut run) {
                Ok(Some(page)) => out.push(Ok(page)),
                Ok(None) => return out,
                Err(e) => out.push(Err(e)),
            }
        }
    }
}

impl Exec for Tcp {
    fn name(&self) -> &'static str {
        "tcp"
    }
    fn all_pages<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        request: ListRequest<T>,
        url: &str,
    ) -> Vec<Result<Page<T>, Error>> {
        self.pages(BoundList::new(request, url))
    }
    fn items_and_delta<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        request: ListRequest<T>,
        url: &str,
    ) -> (Vec<Result<T, Error>>, Option<String>) {
        let mut items = Vec::new();
        let mut delta = None;
        for page in self.all_pages(request, url) {
            match page {
                Ok(page) => {
                    if page.delta_link.is_some() {
                        delta.clone_from(&page.delta_link);
                    }
                    items.extend(page.value.into_iter().map(Ok));
                }
                Err(e) => items.push(Err(e)),
            }
        }
        (items, delta)
    }
    fn get<T: serde::de::DeserializeOwned>(
        &self,
        request: &GetRequest<T>,
        url: &str,
    ) -> Result<T, Error> {
        self.run(&mut CallRun::new(
            Bound::new(request, url),
            &self.policy,
            &self.limits,
        ))
    }
    fn update<T: graph_resource::GraphResource>(
        &self,
        request: &UpdateRequest<T>,
        url: &str,
    ) -> Result<Option<T>, Error> {
        self.run(&mut CallRun::new(
            Bound::new(request, url),
            &self.policy,
            &self.limits,
        ))
    }
    fn batch(&self, batch: &Batch) -> Result<Vec<BatchResponse>, Error> {
        self.run(&mut BatchRun::new(batch, &self.policy, &self.limits))
    }
    fn create<T: graph_resource::GraphResource>(
        &self,
        request: &graph_resource::CreateRequest<T>,
        url: &str,
    ) -> Result<T, Error> {
        self.run(&mut CallRun::new(
            Bound::new(request, url),
            &self.policy,
            &self.limits,
        ))
    }
    fn delete<T>(
        &self,
        request: &graph_resource::DeleteRequest<T>,
        url: &str,
    ) -> Result<(), Error> {
        self.run(&mut CallRun::new(
            Bound::new(request, url),
            &self.policy,
            &self.limits,
        ))
    }
    fn call<R: graph_resource::OperationResult>(
        &self,
        op: &graph_resource::OperationRequest<R>,
    ) -> Result<R, Error> {
        self.run(&mut CallRun::new(op, &self.policy, &self.limits))
    }
    fn delta_pages<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        op: graph_resource::OperationRequest<Page<T>>,
    ) -> Vec<Result<Page<T>, Error>>
    where
        Page<T>: graph_resource::OperationResult,
    {
        self.pages(op)
    }
    fn upload(&self, url: &str, data: &[u8], options: UploadOptions) -> Result<Uploaded, Error> {
        self.run(&mut UploadRun::new(
            url,
            data,
            options,
            &self.policy,
            &self.limits,
        )?)
    }
    fn resume_upload(
        &self,
        url: &str,
        data: &[u8],
        options: UploadOptions,
    ) -> Result<Uploaded, Error> {
        self.run(&mut UploadRun::resume(
            url,
            data,
            options,
            &self.policy,
            &self.limits,
        )?)
    }
    fn exchange(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, Error> {
        self.run(&mut Exchange::new(request, &self.policy, &self.limits))
    }
    fn download(&self, url: &str) -> Result<Vec<u8>, Error> {
        self.run(&mut CallRun::new(
            Content(url.to_owned()),
            &self.policy,
            &self.limits,
        ))
    }
    fn limited(self, limits: Limits) -> Self {
        Tcp { limits, ..self }
    }
    fn send<C: Call>(&self, call: C) -> Result<C::Output, Error> {
        self.run(&mut CallRun::new(call, &self.policy, &self.limits))
    }
}
