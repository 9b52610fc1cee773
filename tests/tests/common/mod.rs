//! The shared loopback server (`graph-resource-test-support`) as the end-to-end tests use it:
//! replies built from what was received, and a real HTTP client (ureq) to send to it.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::thread::{self, JoinHandle};
use std::time::Duration;

pub use graph_resource_test_support::Received;
use graph_resource_test_support::{serve as serve_actions, Action};

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
    serve_actions(n, move |r, _| {
        let (status, headers, body) = answer(r);
        Action::Reply(status, headers, body)
    })
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
