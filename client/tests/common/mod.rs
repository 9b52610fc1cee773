//! A Graph-like server on 127.0.0.1 for the executors' tests (std's `TcpListener`, a thread,
//! one connection per request, `Connection: close`), and the two executors behind one trait
//! so that both run the same test list.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use graph_resource::{Batch, BatchResponse, GetRequest, ListRequest, Page, UpdateRequest};
use graph_resource_client::{Error, RetryPolicy, UploadOptions, Uploaded};

/// What the server received.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server does with a request.
pub enum Action {
    /// Status, headers, body.
    Reply(u16, Vec<(&'static str, String)>, Vec<u8>),
    /// Close the connection without an answer (a reset, as the client sees it).
    Reset,
}

pub fn json(status: u16, body: serde_json::Value) -> Action {
    Action::Reply(
        status,
        vec![("Content-Type", "application/json".into())],
        serde_json::to_vec(&body).unwrap(),
    )
}

/// Serves up to `n` requests (or until 30 s pass), `answer` deciding each; the handle gives
/// what was received.
pub fn serve(
    n: usize,
    answer: impl FnMut(&Received, SocketAddr) -> Action + Send + 'static,
) -> (SocketAddr, JoinHandle<Vec<Received>>) {
    serve_within(n, Duration::from_secs(30), answer)
}

/// As `serve`, for at most `within`: to show that no more than some requests came.
pub fn serve_within(
    n: usize,
    within: Duration,
    mut answer: impl FnMut(&Received, SocketAddr) -> Action + Send + 'static,
) -> (SocketAddr, JoinHandle<Vec<Received>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    let handle = thread::spawn(move || {
        let deadline = Instant::now() + within;
        let mut got = Vec::new();
        while got.len() < n && Instant::now() < deadline {
            let stream = match listener.accept() {
                Ok((s, _)) => s,
                Err(_) => {
                    thread::sleep(Duration::from_millis(5));
                    continue;
                }
            };
            stream.set_nonblocking(false).unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(10)))
                .unwrap();
            let Some(received) = read_request(&stream) else {
                continue;
            };
            match answer(&received, addr) {
                Action::Reply(status, headers, body) => {
                    let mut out = &stream;
                    let mut head = format!(
                        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                        body.len()
                    );
                    for (k, v) in headers {
                        head.push_str(&format!("{k}: {v}\r\n"));
                    }
                    head.push_str("\r\n");
                    let _ = out.write_all(head.as_bytes());
                    let _ = out.write_all(&body);
                    let _ = out.flush();
                }
                Action::Reset => {
                    let _ = stream.shutdown(std::net::Shutdown::Both);
                }
            }
            got.push(received);
        }
        got
    });
    (addr, handle)
}

fn read_request(stream: &std::net::TcpStream) -> Option<Received> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let path = parts.next()?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        headers.push((k.trim().to_owned(), v.trim().to_owned()));
    }
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    Some(Received {
        method,
        path,
        headers,
        body,
    })
}

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
}
