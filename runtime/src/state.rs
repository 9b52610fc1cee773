//! The type parameters of request builders.
//!
//! `T::create()` returns `TBuilder<Create, …>`, `T::update()` returns `TBuilder<Update, …>`:
//! one builder type with the same setters, its mode a parameter. A create builder has one type
//! parameter per `#[graph(required)]` field, [`Unset`] until its setter is called, then [`Set`];
//! its `build()` needs the builder to be [`Complete`], which it is once every one is [`Set`];
//! otherwise the compiler names the missing field:
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

/// The mode of a builder made by `T::create()`: `build()` makes a
/// [`CreateRequest`](crate::CreateRequest).
#[derive(Debug)]
pub enum Create {}

/// The mode of a builder made by `T::update()`: `build()` makes an
/// [`UpdateRequest`](crate::UpdateRequest), and `null(name)` clears a property.
#[derive(Debug)]
pub enum Update {}

/// Implemented by a create builder whose required fields are all [`Set`] (the generated code
/// writes the impl): what its `build()` requires.
#[diagnostic::on_unimplemented(
    message = "a required field of `{Self}` is not set",
    label = "set every required field before `.build()`"
)]
pub trait Complete {}
