//! What builders and children use: the types of inherited properties and the request a
//! builder makes.

use super::FieldSet;
use crate::GraphResource;

/// The type of the property at `I` of a generated type: how a child in another module or crate
/// names the type of an inherited property without the base's imports.
pub trait Property<const I: usize> {
    /// The property's type.
    type Type;
}

/// The `T` of an `Option<T>` field: what its setter takes `impl Into<..>` of.
pub trait OptionInner {
    /// The wrapped type.
    type Inner;
    /// Wraps a value.
    fn wrap(value: Self::Inner) -> Self;
}

impl<T> OptionInner for Option<T> {
    type Inner = T;
    fn wrap(value: T) -> Self {
        Some(value)
    }
}

/// The request a builder's `build()` makes: the value and the fields the caller set.
pub fn create_request<T: GraphResource>(body: T, set: FieldSet) -> crate::CreateRequest<T> {
    crate::CreateRequest::with_fields(body, set)
}
