//! What builders and children use: the types of inherited properties and the request a
//! builder makes.

use serde_json::Value;

use super::FieldSet;
use crate::{AdditionalData, GraphResource};

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

/// The request a create builder's `build()` makes: the value and the fields the caller set.
pub fn create_request<T: GraphResource>(body: T, set: FieldSet) -> crate::CreateRequest<T> {
    crate::CreateRequest::with_fields(body, set)
}

/// The request an update builder's `build()` makes.
pub fn update_request<T: GraphResource>(body: T, set: FieldSet) -> crate::UpdateRequest<T> {
    crate::UpdateRequest::with_fields(body, set, None)
}

/// `null` for `property`: an entry of `additional_data` (written where the field is not), and
/// the field, if it is one, no longer set.
pub fn null_property(
    extra: &mut AdditionalData,
    set: &mut FieldSet,
    property: &str,
    properties: &[&str],
) {
    if let Some(i) = properties.iter().position(|p| *p == property) {
        set.remove(i);
    }
    extra.remove(property);
    extra.push(property, Value::Null);
}

/// One change of a diff: the property's JSON merge patch from `before` to `after` (RFC 7386:
/// objects recursively, `null` for what was taken away, anything else replaced).
pub fn diff_field<V: serde::Serialize>(
    extra: &mut AdditionalData,
    property: &'static str,
    before: &V,
    after: &V,
) {
    let before = serde_json::to_value(before).unwrap_or(Value::Null);
    let after = serde_json::to_value(after).unwrap_or(Value::Null);
    extra.push(property, merge_patch(&before, after));
}

/// The JSON merge patch that turns `before` into `after`.
fn merge_patch(before: &Value, after: Value) -> Value {
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => {
            let mut patch = serde_json::Map::new();
            for key in b.keys() {
                if !a.contains_key(key) {
                    patch.insert(key.clone(), Value::Null);
                }
            }
            for (key, value) in a {
                match b.get(&key) {
                    Some(old) if *old == value => {}
                    Some(old) => {
                        patch.insert(key, merge_patch(old, value));
                    }
                    None => {
                        patch.insert(key, value);
                    }
                }
            }
            Value::Object(patch)
        }
        (_, after) => after,
    }
}

/// The request `T::diff` makes: the tag of `after` when it names another type (a derived type
/// read into a base is changed as what it is), `If-Match` from `before`'s `@odata.etag`.
pub fn diff_request<T: GraphResource>(
    mut body: T,
    before: &AdditionalData,
    after: &AdditionalData,
) -> crate::UpdateRequest<T> {
    if let Some(tag) = after.get(super::TAG) {
        body.additional_data_mut()
            .insert_first(super::TAG, tag.clone());
    }
    let etag = before
        .get("@odata.etag")
        .and_then(Value::as_str)
        .map(str::to_owned);
    crate::UpdateRequest::with_fields(body, FieldSet::new(), etag)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn merge_patches() {
        let p = super::merge_patch(
            &json!({"a": 1, "b": {"c": 1, "d": 2}, "e": [1]}),
            json!({"a": 1, "b": {"c": 3}, "e": [2], "f": true}),
        );
        assert_eq!(p, json!({"b": {"d": null, "c": 3}, "e": [2], "f": true}));
        assert_eq!(super::merge_patch(&json!(1), json!(null)), json!(null));
    }
}
