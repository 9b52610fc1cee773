//! Requests: each kind a value that turns into an [`http::Request`] (`to_http`) and reads its
//! answer (`parse_response`), sans-IO. The URL and token rules are the same for all
//! (`wire`).

mod create;
#[cfg(feature = "http")]
mod wire;

pub use create::CreateRequest;
#[cfg(feature = "http")]
pub use wire::{RequestError, RequestErrorKind};
