//! The test suites' loopback server: a Graph-like server on 127.0.0.1 (std's `TcpListener`, a
//! thread, one connection per request, `Connection: close`), answering each request as the
//! test says ([`Action`]: a reply, a reset, raw bytes, an endless answer, silence), over TLS
//! with the `tls` feature. Shared by the runtime's end-to-end tests (`tests/tests`) and the
//! client's (`client/tests`); not published.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// What the server received.
#[derive(Debug, Clone)]
pub struct Received {
    /// `GET`, `POST`, …
    pub method: String,
    /// The request target: path and query.
    pub path: String,
    /// The headers, in order, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body (of `Content-Length` bytes).
    pub body: Vec<u8>,
}

impl Received {
    /// The first value of the header `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.header_values(name).into_iter().next()
    }

    /// Every value of the header `name` (any case), in order.
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// What the server does with a request.
pub enum Action {
    /// Status, headers, body.
    Reply(u16, Vec<(&'static str, String)>, Vec<u8>),
    /// Close the connection without an answer (a reset, as the client sees it).
    Reset,
    /// Write these bytes as they are, then close.
    Raw(Vec<u8>),
    /// Write `head` (status line and headers, no blank line), then up to `bytes` zeros, until
    /// the client stops reading (an endless or huge answer, bounded here).
    Flood {
        /// The status line and headers.
        head: String,
        /// How many bytes at most.
        bytes: u64,
    },
    /// Say nothing for this long, then close.
    Silent(Duration),
}

/// A redirect to `location`.
pub fn redirect(status: u16, location: &str) -> Action {
    Action::Reply(status, vec![("Location", location.to_owned())], Vec::new())
}

/// A JSON answer.
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
    answer: impl FnMut(&Received, SocketAddr) -> Action + Send + 'static,
) -> (SocketAddr, JoinHandle<Vec<Received>>) {
    serve_on(n, within, None, answer).0
}

/// As `serve`, over TLS with `config` (a certificate made by the test); also counts the
/// connections, handshakes that failed included.
#[cfg(feature = "tls")]
pub fn serve_tls(
    n: usize,
    within: Duration,
    config: std::sync::Arc<rustls::ServerConfig>,
    answer: impl FnMut(&Received, SocketAddr) -> Action + Send + 'static,
) -> (
    (SocketAddr, JoinHandle<Vec<Received>>),
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
) {
    serve_on(n, within, Some(config), answer)
}

/// A TLS configuration, or nothing without the `tls` feature.
#[cfg(feature = "tls")]
type Tls = std::sync::Arc<rustls::ServerConfig>;
#[cfg(not(feature = "tls"))]
type Tls = std::convert::Infallible;

fn serve_on(
    n: usize,
    within: Duration,
    tls: Option<Tls>,
    mut answer: impl FnMut(&Received, SocketAddr) -> Action + Send + 'static,
) -> (
    (SocketAddr, JoinHandle<Vec<Received>>),
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    let connections = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = connections.clone();
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
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            stream.set_nonblocking(false).unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(10)))
                .unwrap();
            // A client that stops reading a flood (and keeps the connection) does not hold
            // the server: a blocked write gives up.
            stream
                .set_write_timeout(Some(Duration::from_secs(2)))
                .unwrap();
            let received = match &tls {
                None => exchange(stream, addr, &mut answer),
                #[cfg(feature = "tls")]
                Some(config) => {
                    let Ok(conn) = rustls::ServerConnection::new(config.clone()) else {
                        continue;
                    };
                    exchange(rustls::StreamOwned::new(conn, stream), addr, &mut answer)
                }
                #[cfg(not(feature = "tls"))]
                Some(never) => match *never {},
            };
            got.extend(received);
        }
        got
    });
    ((addr, handle), connections)
}

/// Reads one request from `stream` and answers it as `answer` says.
fn exchange<S: Read + Write>(
    stream: S,
    addr: SocketAddr,
    answer: &mut impl FnMut(&Received, SocketAddr) -> Action,
) -> Option<Received> {
    let mut reader = BufReader::new(stream);
    let received = read_request(&mut reader)?;
    let out = reader.get_mut();
    match answer(&received, addr) {
        Action::Reply(status, headers, body) => {
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
        Action::Reset => {}
        Action::Raw(bytes) => {
            let _ = out.write_all(&bytes);
        }
        Action::Flood { head, bytes } => {
            let _ = out.write_all(format!("{head}\r\n").as_bytes());
            let chunk = vec![b'0'; 64 * 1024];
            let mut sent = 0u64;
            while sent < bytes && out.write_all(&chunk).is_ok() {
                sent += chunk.len() as u64;
            }
        }
        Action::Silent(d) => thread::sleep(d),
    }
    Some(received)
}

/// Reads one HTTP/1.1 request (request line, headers, a body of `Content-Length`).
pub fn read_request<R: BufRead>(reader: &mut R) -> Option<Received> {
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
