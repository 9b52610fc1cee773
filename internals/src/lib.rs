//! The rules that both graph-resource's macros and its generator apply, in one place (as
//! serde_derive shares `serde_derive_internals`): which words are keywords, which names a
//! type may be looked up by, the default JSON and Graph names, the names generated items take,
//! and which of Graph's types the runtime itself provides. A change here reaches both: code the
//! generator writes is read by the macros under exactly the same rules.
//!
//! Not for direct use: no stability promise beyond what graph-resource needs.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod names;
pub mod seed;
