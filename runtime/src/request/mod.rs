//! Requests: each kind a value that turns into an [`http::Request`] (`to_http`) and reads its
//! answer (`parse_response`), sans-IO. The URL and token rules are the same for all
//! (`wire`).

#[cfg(feature = "http")]
mod batch;
#[cfg(feature = "http")]
pub mod call;
mod create;
mod operation;
#[cfg(feature = "http")]
mod query;
mod update;
#[cfg(feature = "http")]
mod wire;

pub use crate::request_error::{RequestError, RequestErrorKind};
#[cfg(feature = "http")]
pub use batch::{Batch, BatchPart, BatchResponse};
pub use create::CreateRequest;

pub use operation::{OperationParams, OperationRequest, OperationResult};
#[cfg(feature = "http")]
pub use query::{GetBuilder, GetRequest, ListBuilder, ListRequest};
pub use update::{DeleteRequest, UpdateRequest};
