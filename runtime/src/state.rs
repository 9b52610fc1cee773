//! The states of a create-request builder's required fields.
//!
//! `T::create()` returns a builder with one type parameter per `#[graph(required)]` field,
//! [`Unset`] until its setter is called, then [`Set`]. `build()` exists only when every one is
//! [`Set`]; otherwise the compiler names the missing field:
//!
//! ```text
//! error[E0277]: the required field `display_name` of `Team` is not set
//!   |     .build();
//!   |      ^^^^^ call `.display_name(...)` before `.build()`
//! ```
//!
//! Setting a field twice is allowed: the last value wins.

/// A required field not set yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Unset;

/// A required field set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Set;
