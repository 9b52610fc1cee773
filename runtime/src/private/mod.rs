//! What only the generated code uses. Not a public API: it may change in any release.
//!
//! One module per direction: [`read`] (the generated `Deserialize` impls), [`write`] (the
//! generated `Serialize` impls and `Debug`'s redaction), [`family`] (polymorphic reads) and
//! [`builder`] (setters and inherited property types).

pub mod builder;
pub mod family;
pub mod json;
pub mod read;
pub mod write;

pub use builder::{
    create_request, diff_field, diff_request, null_property, update_request, OptionInner, Property,
};
pub use family::{
    deserialize_family, no_variant, witness, witness_mut, written_type, ReadFamily, TypeIndex,
};
pub use json::serialize_resource;
pub use read::{
    deserialize_member, deserialize_resource, end_read, keep, read_nullable, read_other,
    read_property, read_property_or_default, read_tag, start_read, Key, KeySeed, NoProperties,
    Prop, PropertyNames, ReadResource, Tag,
};
pub use write::{
    begin_write, end_write, secret_texts, secret_texts_in_data, All, FieldFilter, FieldSet,
    Redacted, WriteResource,
};

pub use crate::literal::write_literal;
pub use crate::path::{descends, join, repeats_type};
pub use graph_resource_macros::__graph_family_inherit as family_callback;
pub use graph_resource_macros::__graph_resource_inherit as inherit;
pub use serde;
pub use serde_json;

/// Emits its input where the runtime has its `http` feature (the read requests), nothing
/// otherwise: generated code cannot see the runtime's features.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_resource_http_only {
    ($($item:tt)*) => { $($item)* };
}

/// Emits its input where the runtime has its `http` feature, nothing otherwise.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_resource_http_only {
    ($($item:tt)*) => {};
}

pub use crate::__graph_resource_http_only as http_only;

/// The key under which OData writes a value's type.
pub const TAG: &str = "@odata.type";

/// How a type's Graph name names the type: `type commsOperation = <Key as Named>::Type`, the
/// impl written beside the struct (see the macros' `names::graph_name_alias`).
pub trait Named {
    /// The type.
    type Type;
}

/// `T::delete()`.
pub fn delete_request<T>() -> crate::DeleteRequest<T> {
    crate::DeleteRequest::new()
}

/// `T::get()`.
#[cfg(feature = "http")]
pub fn get_builder<T>() -> crate::GetBuilder<T> {
    crate::GetBuilder::new()
}

/// `T::list()`.
#[cfg(feature = "http")]
pub fn list_builder<T>() -> crate::ListBuilder<T> {
    crate::ListBuilder::new()
}
