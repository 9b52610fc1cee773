//! A small Graph-like server on 127.0.0.1 (an ephemeral port, std's `TcpListener`) for the
//! end-to-end tests, and a real HTTP client (ureq) to send to it.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// What the server received.
pub struct Received {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// A reply: status, headers, body.
pub type Reply = (u16, Vec<(&'static str, String)>, Vec<u8>);

/// Serves one request: reads it, lets `answer` build the reply.
pub fn serve_once(
    answer: impl FnOnce(&Received) -> Reply + Send + 'static,
) -> (SocketAddr, JoinHandle<Received>) {
    let mut answer = Some(answer);
    let (addr, handle) = serve(1, move |r| (answer.take().unwrap())(r));
    (
        addr,
        thread::spawn(move || handle.join().unwrap().pop().unwrap()),
    )
}

/// Serves `n` requests, one connection each, in order: `answer` builds each reply; the
/// handle gives what was received.
pub fn serve(
    n: usize,
    mut answer: impl FnMut(&Received) -> Reply + Send + 'static,
) -> (SocketAddr, JoinHandle<Vec<Received>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let handle = thread::spawn(move || (0..n).map(|_| serve_one(&listener, &mut answer)).collect());
    (addr, handle)
}

fn serve_one(listener: &TcpListener, answer: &mut impl FnMut(&Received) -> Reply) -> Received {
    {
        let (stream, _) = listener.accept().unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap().to_owned();
        let path = parts.next().unwrap().to_owned();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            reader.read_line(&mut h).unwrap();
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            let (k, v) = h.split_once(':').unwrap();
            headers.push((k.trim().to_owned(), v.trim().to_owned()));
        }
        let len: usize = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .map(|(_, v)| v.parse().unwrap())
            .unwrap_or(0);
        let mut body = vec![0; len];
        reader.read_exact(&mut body).unwrap();
        let received = Received {
            method,
            path,
            headers,
            body,
        };
        let (status, reply_headers, reply) = answer(&received);
        let mut out = stream;
        let mut head = format!(
            "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
            reply.len()
        );
        for (k, v) in reply_headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        out.write_all(head.as_bytes()).unwrap();
        out.write_all(&reply).unwrap();
        out.flush().unwrap();
        received
    }
}

/// Sends with a real client and returns the answer as `http::Response<Vec<u8>>`.
pub fn send(request: http::Request<Vec<u8>>) -> http::Response<Vec<u8>> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into();
    let response = agent.run(request).unwrap();
    let (parts, mut body) = response.into_parts();
    let bytes = body.read_to_vec().unwrap();
    http::Response::from_parts(parts, bytes)
}
