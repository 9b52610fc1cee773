//! Executors for [graph-resource](graph_resource)'s sans-IO requests: send any request kind,
//! page through lists and delta queries, retry throttled requests, follow redirects by rules
//! of its own, send batches (again for their throttled members), upload large files in ranges
//! and stream downloads. The runtime stays free of any HTTP client: this crate drives its
//! requests over one.
//!
//! Two executors with one API shape, behind features:
//! - `ureq`: `blocking::Client` (no async runtime);
//! - `reqwest`: `nonblocking::Client` (async, tokio).
//!
//! With neither, the crate is the sans-IO core they share: [`machine`] (the state machines,
//! to drive over any HTTP stack), [`identity`] (credentials and the identity platform's flows),
//! [`RetryPolicy`], [`Limits`] and [`Error`]. Feature `rustls` turns HTTPS on for both
//! executors; feature `certificate` adds certificate credentials.
//!
//! ```no_run
//! # #[cfg(feature = "ureq")] {
//! use graph_resource::prelude::*;
//! use graph_resource::models::RecordOperation;
//! use graph_resource_client::{blocking::Client, RetryPolicy};
//!
//! let client = Client::new("eyJ0eXAiOiJKV1QifQ").with_policy(RetryPolicy::default().max_retries(3));
//! // A typed path where generated models have the container
//! // (`Graph::v1().communications().calls().id("57dab8b1").operations()`), or a URL:
//! let operations = "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/operations";
//! let created = client.create(&RecordOperation::create().client_context("c").build(), &operations)?;
//! for page in client.pages(RecordOperation::list().top(50).build(), &operations) {
//!     for op in page?.value {
//!         println!("{:?}", op.status);
//!     }
//! }
//! # let _ = created;
//! # }
//! # Ok::<(), graph_resource_client::Error>(())
//! ```
//!
//! What every executor does the same way (the logic is written once, as the state machines of
//! [`machine`]; executors only move bytes and sleep):
//! - one request contract: anything implementing the runtime's
//!   [`Call`] is sent by `send`, a
//!   [`PagedCall`](graph_resource::call::PagedCall) paged by `paged`;
//! - [`RetryPolicy`]: 429/503 retried for any method, 504 and failed connections for
//!   idempotent ones only, waiting `Retry-After` or backing off with jitter, up to a bound;
//!   every wait is given to the policy's observer first. Upload ranges and batch rounds obey
//!   it too.
//! - redirects (the HTTP libraries' own following is off): see [`machine`]'s redirect rules;
//! - [`Limits`]: the body bound, the timeouts, the redirect bound;
//! - paging uses the runtime's `next_request`: a next link to another host, or one seen
//!   before, ends the pages with the runtime's error, and no request is made;
//! - batches are split by the runtime, every answer matched to an id that was sent, once;
//! - [`Error`] holds the runtime's errors (which redact tokens and secrets), the token the
//!   executor sent redacted from what the service echoes, or a transport error with its kind
//!   and a message stripped of URLs' queries.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
pub mod identity;
mod limits;
pub mod machine;
mod retry;
mod shown;

#[cfg(feature = "ureq")]
pub mod blocking;
#[cfg(feature = "reqwest")]
pub mod nonblocking;

pub use error::{Error, TransportKind};
pub use limits::Limits;
pub use machine::{UploadOptions, Uploaded, RANGE_UNIT};
pub use retry::{RetryPolicy, RetryReason, Wait};

/// The request contract (the runtime's), under the names this crate has used.
pub use graph_resource::call::{Call, PagedCall as Paged};

/// A create request bound to its collection (`Create::new(&request, &collection)`).
pub type Create<'r, T> = graph_resource::call::Bound<'r, graph_resource::CreateRequest<T>>;
/// A get request bound to its entity.
pub type Get<'r, T> = graph_resource::call::Bound<'r, graph_resource::GetRequest<T>>;
/// An update request bound to its entity.
pub type Update<'r, T> = graph_resource::call::Bound<'r, graph_resource::UpdateRequest<T>>;
/// A delete request bound to its entity.
pub type Delete<'r, T> = graph_resource::call::Bound<'r, graph_resource::DeleteRequest<T>>;
/// A list request bound to its collection (`List::new(request, &collection)`).
pub type List<T> = graph_resource::call::BoundList<T>;

/// The certificates of a PEM text (an extra root to trust), or why not.
#[cfg(all(feature = "rustls", any(feature = "ureq", feature = "reqwest")))]
pub(crate) fn pem_certificates(
    pem: &[u8],
) -> Result<Vec<rustls_pki_types::CertificateDer<'static>>, Error> {
    use rustls_pki_types::pem::PemObject;
    let certs: Vec<_> = rustls_pki_types::CertificateDer::pem_slice_iter(pem)
        .collect::<Result<_, _>>()
        .map_err(|e| {
            machine::TransportError::new(TransportKind::Tls, format!("the root is not PEM: {e}"))
                .into_error("")
        })?;
    if certs.is_empty() {
        return Err(machine::TransportError::new(
            TransportKind::Tls,
            "the PEM text holds no certificate",
        )
        .into_error(""));
    }
    Ok(certs)
}

/// The kind of an I/O error (both executors).
#[cfg(any(feature = "ureq", feature = "reqwest"))]
pub(crate) fn io_kind(e: &std::io::Error) -> TransportKind {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::ConnectionRefused => TransportKind::Refused,
        K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe | K::UnexpectedEof => {
            TransportKind::Reset
        }
        K::TimedOut | K::WouldBlock => TransportKind::Timeout,
        _ => {
            let text = e.to_string().to_ascii_lowercase();
            if text.contains("lookup address")
                || text.contains("name or service not known")
                || text.contains("nodename nor servname")
                || text.contains("no such host")
            {
                TransportKind::Dns
            } else if text.contains("certificate") || text.contains("tls") {
                TransportKind::Tls
            } else if text.contains("timed out") || text.contains("timeout") {
                TransportKind::Timeout
            } else {
                TransportKind::Other
            }
        }
    }
}
