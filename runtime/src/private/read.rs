//! Reading: what the generated `Deserialize` impls call.
//!
//! Rules (the README's "The JSON"): `@odata.type` may be anywhere, with or without `#`, in any
//! ASCII case; a tag naming another type (a derived type the code does not know) is kept in
//! `additional_data` and written back in place of the type's own; an object read without a tag
//! is written back without one. Numbers are kept as serde_json keeps them: integers in the
//! 64-bit ranges exactly, anything else as the nearest double.
//!
//! Helpers that build errors take the type's name as a value and are `#[cold]`: generic code is
//! instantiated once per generated type, and at schema scale that is thousands of copies.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::TAG;
use crate::additional_data::{key_name, key_name_owned, Kept};
use crate::str::{deserialize_str, Str};
use crate::{AdditionalData, GraphEnum, GraphResource};

/// Whether two `@odata.type` spellings name the same type: the `#` is optional, ASCII case is
/// ignored.
pub(crate) fn same_type(a: &str, b: &str) -> bool {
    let a = a.strip_prefix('#').unwrap_or(a);
    let b = b.strip_prefix('#').unwrap_or(b);
    a == b || a.eq_ignore_ascii_case(b)
}

/// What a reader knows of an object's `@odata.type`.
pub enum Tag {
    /// None read yet.
    Unseen,
    /// Read (by the caller or the reader) and kept where it belongs.
    Seen,
    /// Read by the caller (a family): another type's, to keep in `additional_data`.
    Foreign(String),
}

/// The reading state a generated `read_map` starts with.
pub fn start_read(tag: Tag) -> (Tag, AdditionalData) {
    match tag {
        Tag::Foreign(t) => {
            let mut extra = AdditionalData::new();
            extra.insert_first(TAG, Value::String(t));
            (Tag::Seen, extra)
        }
        other => (other, AdditionalData::new()),
    }
}

/// The end of a generated `read_map`: an object read without a tag is written without one.
pub fn end_read(tag: &Tag, extra: &mut AdditionalData) {
    if matches!(tag, Tag::Unseen) {
        extra.set_writes_tag(false);
    }
}

/// Reading a generated type from a JSON object's entries.
pub trait ReadResource: Sized {
    /// Reads the rest of an object. `tag` says whether its `@odata.type` was already read.
    fn read_map<'de, A: MapAccess<'de>>(map: A, tag: Tag) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` of a generated type.
pub fn deserialize_resource<'de, T, D>(d: D) -> Result<T, D::Error>
where
    T: ReadResource + GraphResource,
    D: Deserializer<'de>,
{
    d.deserialize_map(ResourceVisitor::<T>(PhantomData))
}

struct ResourceVisitor<T>(PhantomData<T>);

impl<'de, T: ReadResource + GraphResource> Visitor<'de> for ResourceVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a JSON object of type {}", T::ODATA_TYPE)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read_map(map, Tag::Unseen)
    }
}

/// A key of an object being read.
pub enum Key {
    /// The declared property at this index of `PROPERTIES`.
    Property(usize),
    /// `@odata.type`.
    Tag,
    /// Anything else: kept in `additional_data`.
    Other(Cow<'static, str>),
}

/// The declared property names a [`KeySeed`] matches keys against, known at compile time (a
/// constant list lets the compiler specialise the comparisons: 7.5% fewer instructions reading
/// than a list passed at run time).
pub trait PropertyNames {
    /// The names.
    const NAMES: &'static [&'static str];
}

impl<T: GraphResource> PropertyNames for T {
    const NAMES: &'static [&'static str] = T::PROPERTIES;
}

/// No declared property: the keys a family reads before the tag.
pub enum NoProperties {}

impl PropertyNames for NoProperties {
    const NAMES: &'static [&'static str] = &[];
}

/// Reads a key, matching it against `P`'s property names without allocating for known ones
/// (nor for the annotation names OData defines).
pub struct KeySeed<P>(PhantomData<P>);

impl<P: PropertyNames> KeySeed<P> {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        KeySeed(PhantomData)
    }

    fn lookup(s: &str) -> Option<Key> {
        if s == TAG {
            return Some(Key::Tag);
        }
        P::NAMES.iter().position(|p| *p == s).map(Key::Property)
    }
}

impl<'de, P: PropertyNames> DeserializeSeed<'de> for KeySeed<P> {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de, P: PropertyNames> Visitor<'de> for KeySeed<P> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Key, E> {
        Ok(Self::lookup(s).unwrap_or_else(|| Key::Other(key_name(s))))
    }

    fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Key, E> {
        Ok(match Self::lookup(&s) {
            Some(key) => key,
            None => Key::Other(key_name_owned(s)),
        })
    }
}

/// A declared property, as the readers need it: one pointer to a promoted constant, so that a
/// read passes three arguments, not six.
pub struct Prop {
    /// The JSON name.
    pub name: &'static str,
    /// Whether the value is a secret (never shown in errors).
    pub secret: bool,
    /// The `@odata.type` of the type that declares it, for errors.
    pub owner: &'static str,
}

/// Reads the value of a declared property as a `V` into its slot, stored as `store` makes it;
/// errors name the property (and never show a secret's value).
#[inline]
fn read_into<'de, A, V, S>(
    map: &mut A,
    slot: &mut Option<S>,
    prop: &'static Prop,
    store: impl FnOnce(V) -> S,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    V: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(duplicate(prop));
    }
    let value = map
        .next_value::<V>()
        .map_err(|e| property_error(prop, &e))?;
    *slot = Some(store(value));
    Ok(())
}

/// Reads a declared `Option` property (`null` is `None`).
pub fn read_property<'de, A, V>(
    map: &mut A,
    slot: &mut Option<V>,
    prop: &'static Prop,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    V: Deserialize<'de>,
{
    read_into(map, slot, prop, |v: V| v)
}

/// Reads an `Option<Option<T>>` property: `null` is `Some(None)`, absent stays `None`.
pub fn read_nullable<'de, A, V>(
    map: &mut A,
    slot: &mut Option<Option<Option<V>>>,
    prop: &'static Prop,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    V: Deserialize<'de>,
{
    read_into(map, slot, prop, |v: Option<V>| Some(v))
}

/// Reads a property whose field is not an `Option`: `null` reads as its default.
pub fn read_property_or_default<'de, A, V>(
    map: &mut A,
    slot: &mut Option<V>,
    prop: &'static Prop,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    V: Deserialize<'de> + Default,
{
    read_into(map, slot, prop, |v: Option<V>| v.unwrap_or_default())
}

#[cold]
fn duplicate<E: serde::de::Error>(prop: &Prop) -> E {
    E::custom(format_args!(
        "duplicate property `{}` in an object of type {}",
        prop.name, prop.owner
    ))
}

#[cold]
fn property_error<E: serde::de::Error>(prop: &Prop, e: &dyn fmt::Display) -> E {
    let Prop {
        name,
        secret,
        owner: odata_type,
    } = prop;
    if *secret {
        E::custom(format_args!(
            "invalid value for property `{name}` of {odata_type} (a secret: the value is not shown)"
        ))
    } else {
        E::custom(format_args!(
            "invalid value for property `{name}` of {odata_type}: {}",
            without_position(&e.to_string())
        ))
    }
}

/// serde_json appends " at line L column C" to an error, and again to the error that wraps it;
/// keep the outer one only.
pub(crate) fn without_position(msg: &str) -> &str {
    if let Some(at) = msg.rfind(" at line ") {
        let rest = &msg[at + " at line ".len()..];
        let mut parts = rest.splitn(2, " column ");
        let line_ok = parts
            .next()
            .is_some_and(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()));
        let col_ok = parts
            .next()
            .is_some_and(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()));
        if line_ok && col_ok {
            return &msg[..at];
        }
    }
    msg
}

/// Reads `@odata.type`. The type's own is noted; another type's (a derived type this code does
/// not know) is kept first in `additional_data`, to be written back in place of the own.
pub fn read_tag<'de, A: MapAccess<'de>>(
    map: &mut A,
    tag: &mut Tag,
    extra: &mut AdditionalData,
    odata_type: &'static str,
) -> Result<(), A::Error> {
    let value = map.next_value_seed(TagSeed)?;
    if !matches!(tag, Tag::Unseen) {
        return Err(duplicate_tag(odata_type));
    }
    if !same_type(odata_type, value.as_str()) {
        extra.insert_first(TAG, Value::String(value.into_string()));
    }
    *tag = Tag::Seen;
    Ok(())
}

#[cold]
fn duplicate_tag<E: serde::de::Error>(odata_type: &str) -> E {
    E::custom(format_args!(
        "duplicate `@odata.type` in an object of type {odata_type}"
    ))
}

/// Keeps an undeclared entry.
pub fn read_other<'de, A: MapAccess<'de>>(
    map: &mut A,
    key: Key,
    extra: &mut AdditionalData,
) -> Result<(), A::Error> {
    match key {
        Key::Other(name) => {
            let value = map.next_value::<Kept>()?;
            extra.push_named(name, value);
            Ok(())
        }
        Key::Property(i) => Err(internal(format_args!("no property at index {i}"))),
        Key::Tag => Err(internal(format_args!("unexpected tag"))),
    }
}

/// Keeps the value of a declared property whose field is configured out (`#[cfg]`).
pub fn keep<'de, A: MapAccess<'de>>(
    map: &mut A,
    prop: &'static Prop,
    extra: &mut AdditionalData,
) -> Result<(), A::Error> {
    let value = map.next_value::<Kept>()?;
    extra.push_named(Cow::Borrowed(prop.name), value);
    Ok(())
}

#[cold]
pub(crate) fn internal<E: serde::de::Error>(what: fmt::Arguments<'_>) -> E {
    E::custom(format_args!("internal error: {what}"))
}

/// Reads the value of `@odata.type`: a string, or an error saying what it must be.
pub(crate) struct TagSeed;

impl<'de> DeserializeSeed<'de> for TagSeed {
    type Value = Str<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Str<'de>, D::Error> {
        deserialize_str(d).map_err(|e| {
            D::Error::custom(format_args!(
                "`@odata.type` must be a string naming a type: {}",
                without_position(&e.to_string())
            ))
        })
    }
}

/// `Deserialize::deserialize` of a generated enumeration.
pub fn deserialize_member<'de, T: GraphEnum, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    struct MemberVisitor<T>(PhantomData<T>);
    impl<'de, T: GraphEnum> Visitor<'de> for MemberVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a member name (a string)")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<T, E> {
            Ok(T::from_member(s))
        }
        fn visit_string<E: serde::de::Error>(self, s: String) -> Result<T, E> {
            Ok(
                match crate::enums::member_index(&s, T::MEMBERS).and_then(T::from_index) {
                    Some(m) => m,
                    None => T::unrecognized(s),
                },
            )
        }
    }
    d.deserialize_str(MemberVisitor(PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_compare_without_hash_and_case() {
        assert!(same_type(
            "#microsoft.graph.entity",
            "microsoft.graph.entity"
        ));
        assert!(same_type(
            "#microsoft.graph.entity",
            "#Microsoft.Graph.Entity"
        ));
        assert!(!same_type(
            "#microsoft.graph.entity",
            "#microsoft.graph.entityX"
        ));
    }

    #[test]
    fn position_is_stripped_once() {
        assert_eq!(
            without_position("invalid type: string \"x\", expected i32 at line 1 column 9"),
            "invalid type: string \"x\", expected i32"
        );
        assert_eq!(without_position("no position here"), "no position here");
        assert_eq!(without_position("at line one"), "at line one");
    }
}
