//! Executors for [graph-resource](graph_resource)'s sans-IO requests: send any request kind,
//! page through lists and delta queries, retry throttled requests, send batches (again for
//! their throttled members) and upload large files in ranges. The runtime stays free of any
//! HTTP client: this crate drives its requests over one.
//!
//! Two executors with one API shape, behind features:
//! - `ureq`: `blocking::Client` (no async runtime);
//! - `reqwest`: `nonblocking::Client` (async, tokio).
//!
//! Neither feature turns a TLS stack on: add ureq's `rustls` or one of reqwest's TLS features
//! in your own `Cargo.toml` to reach `https://graph.microsoft.com`.
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
//! What every executor does the same way (the logic is written once, as state machines the
//! executors drive; they only move bytes and sleep):
//! - [`RetryPolicy`]: 429/503 retried for any method, 504 and failed connections for
//!   idempotent ones only, waiting `Retry-After` or backing off with jitter, up to a bound;
//!   every wait is given to the policy's observer first.
//! - Paging uses the runtime's `next_request`: a next link to another host, or one seen
//!   before, ends the pages with the runtime's error, and no request is made. The last page
//!   carries the delta link.
//! - Batches are split by the runtime (20 a batch, `dependsOn` groups together); members
//!   answered 429/503, and those failed (424) because one they depend on was, are sent again
//!   together after the longest `Retry-After` among them.
//! - Uploads send ranges of a multiple of 320 KiB with `Content-Range` and no
//!   `Authorization`; after a failed range the session's `nextExpectedRanges` says where to
//!   go on; an answer outside the protocol is an error, and no byte is sent twice.
//! - [`Error`] holds the runtime's errors (which redact tokens and secrets) or a transport
//!   message stripped of URLs.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[macro_use]
mod macros {
    /// The settings of an executor (`policy` and `token` fields).
    macro_rules! settings_methods {
        () => {
            /// The same client with another retry policy.
            #[must_use]
            pub fn with_policy(mut self, policy: RetryPolicy) -> Self {
                self.policy = policy;
                self
            }

            /// The same client with another token (a refreshed one).
            #[must_use]
            pub fn with_token(mut self, bearer_token: impl Into<String>) -> Self {
                self.token = Token(bearer_token.into());
                self
            }
        };
    }

    /// The typed methods of an executor (`async` ones for the async executor): each binds a
    /// request to its target and hands it to `send`.
    macro_rules! typed_methods {
    ($($async:ident)?; $($await:tt)*) => {
        /// `POST`s `request` to `collection`; the created object.
        pub $($async)? fn create<T: GraphResource, U: CollectionTarget<T, I> + ?Sized, I>(
            &self,
            request: &CreateRequest<T>,
            collection: &U,
        ) -> Result<T, Error> {
            self.send(Create::new(request, collection))$($await)*
        }

        /// `GET`s `entity`.
        pub $($async)? fn get<T: DeserializeOwned, U: EntityTarget<T, I> + ?Sized, I>(
            &self,
            request: &GetRequest<T>,
            entity: &U,
        ) -> Result<T, Error> {
            self.send(Get::new(request, entity))$($await)*
        }

        /// `PATCH`es `entity` (a builder's or a diff's request): the object if the service
        /// sends it back, else `None`.
        pub $($async)? fn update<T: GraphResource, U: EntityTarget<T, I> + ?Sized, I>(
            &self,
            request: &UpdateRequest<T>,
            entity: &U,
        ) -> Result<Option<T>, Error> {
            self.send(Update::new(request, entity))$($await)*
        }

        /// `DELETE`s `entity`.
        pub $($async)? fn delete<T, U: EntityTarget<T, I> + ?Sized, I>(
            &self,
            request: &DeleteRequest<T>,
            entity: &U,
        ) -> Result<(), Error> {
            self.send(Delete::new(request, entity))$($await)*
        }

        /// Calls an action or function.
        pub $($async)? fn call<R: OperationResult>(
            &self,
            operation: &OperationRequest<R>,
        ) -> Result<R, Error> {
            self.send(operation)$($await)*
        }
    };
}
}

mod batch;
mod call;
mod error;
mod retry;
mod upload;

#[cfg(feature = "ureq")]
pub mod blocking;
#[cfg(feature = "reqwest")]
pub mod nonblocking;

pub use call::{Call, Create, Delete, Get, List, Paged, Update};
pub use error::Error;
pub use retry::{RetryPolicy, RetryReason, Wait};
pub use upload::{UploadOptions, Uploaded, RANGE_UNIT};

/// A bearer token, kept out of `Debug`.
#[derive(Clone)]
pub(crate) struct Token(pub(crate) String);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}
