//! Microsoft Graph v1.0's types for [graph-resource](graph_resource), ready to use: turn on a
//! feature per type you use and get it with everything it needs, generated at build time from
//! Graph's schema (shipped in this crate) by `graph-resource-codegen`.
//!
//! ```toml
//! [dependencies]
//! graph-resource = "0.1"
//! graph-resource-models = { version = "0.1", features = ["user", "message"] }
//! ```
//!
//! ```
//! # #[cfg(all(feature = "user", feature = "message"))] {
//! use graph_resource::prelude::*;
//! use graph_resource_models::graph::*;
//!
//! let me: User = serde_json::from_str(r#"{"displayName":"Adele Vance","iCalUId":null}"#)?;
//! assert_eq!(me.display_name.as_deref(), Some("Adele Vance"));
//! // Typed paths and operations: `/me/messages`, `/me/sendMail`.
//! let messages = Graph::v1().me().messages();
//! assert_eq!(messages.url(), "https://graph.microsoft.com/v1.0/me/messages");
//! # }
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! - **A feature per type** of `microsoft.graph` that an entity set or singleton holds (`user`,
//!   `group`, `drive`, …) or that one of those holds in a collection (`message`, `event`,
//!   `driveItem`, `chatMessage`, …): that type, its bases, its derived types' families, the
//!   types of its properties and, with `navigation`, what its navigation properties reach.
//! - **`namespace-<module>`**: every type of one namespace (`namespace-security`,
//!   `namespace-call_records`); **`full`**: the whole schema (3,800 types: a long build).
//! - **`navigation`** (default): navigation properties as fields and path methods
//!   (`Graph::v1().me().messages()`), and the types they reach. Without it a type is smaller
//!   and what a service sends for a navigation property is kept in `additional_data`.
//! - **`operations`** (default): bound actions and functions (`send_mail`, `delta`) and the
//!   types their parameters and results need.
//!
//! The selection is computed by this crate's build script from the features Cargo turns on,
//! so two crates that turn on different features get one crate with the union (features are
//! additive: a feature only adds types, fields and methods). The modules are named as
//! `graph-resource-codegen` names them (`graph` for `microsoft.graph`, `call_records`, …).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[doc(inline)]
pub use graph_resource;

include!(concat!(env!("OUT_DIR"), "/models.rs"));
