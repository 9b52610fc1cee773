//! Writing: what the generated `Serialize` impls and `Debug`'s redaction call.
//!
//! An object is written as its `@odata.type` (a kept foreign tag, the type's own, or none for
//! a value read without one), the declared fields in order (`None` left out; in a request body,
//! only the fields the caller set), then `additional_data` in its order. An entry of
//! `additional_data` named like a declared property is written where that field was not (so a
//! `null` pushed there is sent); the field wins otherwise.

use std::fmt;

use serde::ser::SerializeMap;
use serde::Serializer;
use serde_json::Value;

use super::TAG;
use crate::AdditionalData;

/// Writing a generated type, all its fields or only some.
pub trait WriteResource {
    /// Writes the object: the fields `only` wants (and the tag and `additional_data`).
    fn write<S: Serializer, F: FieldFilter>(&self, s: S, only: F) -> Result<S::Ok, S::Error>;

    /// The values of the `#[graph(secret)]` fields as text (each string inside them, and
    /// `additional_data` entries named like them), so that errors that echo them can be
    /// scrubbed.
    fn secret_texts(&self) -> Vec<String> {
        Vec::new()
    }
}

/// Which fields a write wants: [`All`] (what `Serialize` writes; the check compiles away) or
/// a [`FieldSet`] (a request body).
pub trait FieldFilter: Copy {
    /// Whether the field at `index` is wanted.
    fn wants(self, index: usize) -> bool;
}

/// Every field.
#[derive(Clone, Copy, Debug)]
pub struct All;

impl FieldFilter for All {
    #[inline(always)]
    fn wants(self, _: usize) -> bool {
        true
    }
}

impl FieldFilter for &FieldSet {
    #[inline]
    fn wants(self, index: usize) -> bool {
        self.contains(index)
    }
}

/// A set of field indexes: the fields a builder's caller set.
#[derive(Clone, Default)]
pub struct FieldSet(Vec<u64>);

impl PartialEq for FieldSet {
    fn eq(&self, other: &Self) -> bool {
        let n = self.0.len().max(other.0.len());
        (0..n).all(|i| self.0.get(i).unwrap_or(&0) == other.0.get(i).unwrap_or(&0))
    }
}

impl Eq for FieldSet {}

impl FieldSet {
    /// The empty set.
    pub const fn new() -> Self {
        FieldSet(Vec::new())
    }

    /// Adds `index`.
    pub fn insert(&mut self, index: usize) {
        let (word, bit) = (index / 64, index % 64);
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << bit;
    }

    /// Whether no index is in the set.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    /// Takes `index` out.
    pub fn remove(&mut self, index: usize) {
        if let Some(w) = self.0.get_mut(index / 64) {
            *w &= !(1 << (index % 64));
        }
    }

    /// Whether `index` is in the set.
    pub fn contains(&self, index: usize) -> bool {
        self.0
            .get(index / 64)
            .is_some_and(|w| w & (1 << (index % 64)) != 0)
    }
}

impl fmt::Debug for FieldSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set()
            .entries((0..self.0.len() * 64).filter(|i| self.contains(*i)))
            .finish()
    }
}

/// Starts writing a generated type: the object and its `@odata.type` (a kept foreign tag, the
/// type's own, or none for a value read without one).
pub fn begin_write<S: Serializer>(
    s: S,
    extra: &AdditionalData,
    odata_type: &'static str,
) -> Result<S::SerializeMap, S::Error> {
    let mut m = s.serialize_map(None)?;
    match extra.get(TAG) {
        Some(kept) => m.serialize_entry(TAG, kept)?,
        None if extra.writes_tag() => m.serialize_entry(TAG, odata_type)?,
        None => {}
    }
    Ok(m)
}

/// Ends writing a generated type: the undeclared entries in order, then the end of the object.
/// An entry named like a declared property is written only where `written` says that property
/// was not; `@odata.type` was written first. `annotated`: whether any declared property's name
/// starts with `@` (when none does, annotations, the usual entries, are not looked up).
pub fn end_write<M: SerializeMap>(
    mut m: M,
    extra: &AdditionalData,
    properties: &[&str],
    annotated: bool,
    written: impl Fn(usize) -> bool,
) -> Result<M::Ok, M::Error> {
    for (k, v) in extra.kept_entries() {
        if k == TAG {
            continue;
        }
        let declared = (annotated || !k.starts_with('@'))
            && properties
                .iter()
                .position(|p| *p == k)
                .is_some_and(&written);
        if !declared {
            m.serialize_entry(k, v)?;
        }
    }
    m.end()
}

/// Collects every string (and number, as written) inside a secret field's value.
pub fn secret_texts<T: serde::Serialize + ?Sized>(value: &T, out: &mut Vec<String>) {
    fn walk(v: Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) if !s.is_empty() => out.push(s),
            Value::Number(n) => out.push(n.to_string()),
            Value::Array(items) => items.into_iter().for_each(|i| walk(i, out)),
            Value::Object(m) => m.into_iter().for_each(|(_, v)| walk(v, out)),
            _ => {}
        }
    }
    if let Ok(v) = serde_json::to_value(value) {
        walk(v, out);
    }
}

/// Collects the texts of the `additional_data` entries named like a secret property.
pub fn secret_texts_in_data(data: &AdditionalData, secret: &[&str], out: &mut Vec<String>) {
    for (key, value) in data.iter() {
        if secret.contains(&key) {
            secret_texts(value, out);
        }
    }
}

/// What `Debug` prints in place of a secret.
pub struct Redacted(Option<bool>);

impl Redacted {
    /// A secret `Option` field: shows whether it is set, never its value.
    pub fn option(is_some: bool) -> Self {
        Redacted(Some(is_some))
    }

    /// A secret field that is not an `Option`.
    pub fn value() -> Self {
        Redacted(None)
    }
}

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(false) => f.write_str("None"),
            Some(true) => f.write_str("Some(<redacted>)"),
            None => f.write_str("<redacted>"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_sets() {
        let mut set = FieldSet::new();
        assert!(!set.contains(0) && !set.contains(200));
        set.insert(3);
        set.insert(130);
        assert!(set.contains(3) && set.contains(130) && !set.contains(4));
        assert_eq!(format!("{set:?}"), "{3, 130}");
        assert!(All.wants(7) && (&set).wants(3) && !(&set).wants(7));
    }
}
