//! What only the generated code uses. Not a public API: it may change in any release.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Error as _, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serializer};
use serde_json::Value;

use crate::additional_data::{key_name, key_name_owned};
use crate::{AdditionalData, GraphEnum, GraphResource};

pub use graph_resource_macros::__graph_family_inherit as family;
pub use graph_resource_macros::__graph_resource_inherit as inherit;
pub use serde;
pub use serde_json;

/// The key under which OData writes a value's type.
pub const TAG: &str = "@odata.type";

/// Whether two `@odata.type` spellings name the same type: the `#` is optional, ASCII case is
/// ignored.
pub fn same_type(a: &str, b: &str) -> bool {
    let a = a.strip_prefix('#').unwrap_or(a);
    let b = b.strip_prefix('#').unwrap_or(b);
    a == b || a.eq_ignore_ascii_case(b)
}

/// The index of `member` among `members`: exact spelling first, then ignoring ASCII case.
pub fn member_index(member: &str, members: &[&str]) -> Option<usize> {
    members
        .iter()
        .position(|m| *m == member)
        .or_else(|| members.iter().position(|m| m.eq_ignore_ascii_case(member)))
}

// ---------------------------------------------------------------------------------------------
// Reading

/// How a reader treats `@odata.type`.
pub enum Tag {
    /// A tag must name the type being read (the default for `Deserialize`).
    Strict,
    /// A tag naming another type is kept in `additional_data` and written back (a family's
    /// fallback variant).
    Lenient,
    /// The tag was already read by the caller and accepted.
    Seen,
    /// The tag was already read by the caller: another type's, kept in `additional_data`.
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
    d.deserialize_map(ResourceVisitor::<T>(Tag::Strict, PhantomData))
}

/// Reads a generated type, keeping a tag that names another type (for a family's fallback).
pub fn deserialize_lenient<'de, T, D>(d: D) -> Result<T, D::Error>
where
    T: ReadResource + GraphResource,
    D: Deserializer<'de>,
{
    d.deserialize_map(ResourceVisitor::<T>(Tag::Lenient, PhantomData))
}

struct ResourceVisitor<T>(Tag, PhantomData<T>);

impl<'de, T: ReadResource + GraphResource> Visitor<'de> for ResourceVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a JSON object of type {}", T::ODATA_TYPE)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read_map(map, self.0)
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

/// Reads the value of a declared property into its slot; errors name the property (and never
/// show a secret's value).
pub fn read_property<'de, T, A, V>(
    map: &mut A,
    slot: &mut Option<V>,
    name: &'static str,
    secret: bool,
) -> Result<(), A::Error>
where
    T: GraphResource,
    A: MapAccess<'de>,
    V: Deserialize<'de>,
{
    first_time::<T, A::Error, V>(slot, name)?;
    let value = map
        .next_value::<V>()
        .map_err(|e| property_error::<T, A::Error>(name, secret, e))?;
    *slot = Some(value);
    Ok(())
}

/// [`read_property`] for a field that is not an `Option`: `null` reads as its default.
pub fn read_property_or_default<'de, T, A, V>(
    map: &mut A,
    slot: &mut Option<V>,
    name: &'static str,
    secret: bool,
) -> Result<(), A::Error>
where
    T: GraphResource,
    A: MapAccess<'de>,
    V: Deserialize<'de> + Default,
{
    first_time::<T, A::Error, V>(slot, name)?;
    let value = map
        .next_value::<Option<V>>()
        .map_err(|e| property_error::<T, A::Error>(name, secret, e))?;
    *slot = Some(value.unwrap_or_default());
    Ok(())
}

fn first_time<T: GraphResource, E: serde::de::Error, V>(
    slot: &Option<V>,
    name: &'static str,
) -> Result<(), E> {
    match slot {
        Some(_) => Err(E::custom(format_args!(
            "duplicate property `{name}` in an object of type {}",
            T::ODATA_TYPE
        ))),
        None => Ok(()),
    }
}

fn property_error<T: GraphResource, E: serde::de::Error>(
    name: &'static str,
    secret: bool,
    e: E,
) -> E {
    if secret {
        E::custom(format_args!(
            "invalid value for property `{name}` of {} (a secret: the value is not shown)",
            T::ODATA_TYPE
        ))
    } else {
        E::custom(format_args!(
            "invalid value for property `{name}` of {}: {}",
            T::ODATA_TYPE,
            without_position(&e.to_string())
        ))
    }
}

/// serde_json appends " at line L column C" to an error, and again to the error that wraps it;
/// keep the outer one only.
fn without_position(msg: &str) -> &str {
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

/// Reads `@odata.type`, checking it against `T` as `tag` says.
pub fn read_tag<'de, T, A>(
    map: &mut A,
    tag: &mut Tag,
    extra: &mut AdditionalData,
) -> Result<(), A::Error>
where
    T: GraphResource,
    A: MapAccess<'de>,
{
    let value = map.next_value_seed(TagSeed)?;
    match tag {
        Tag::Seen | Tag::Foreign(_) => Err(A::Error::custom(format_args!(
            "duplicate `@odata.type` in an object of type {}",
            T::ODATA_TYPE
        ))),
        _ if same_type(T::ODATA_TYPE, value.as_str()) => {
            *tag = Tag::Seen;
            Ok(())
        }
        Tag::Strict => Err(A::Error::custom(format_args!(
            "expected an object of type {}, found `@odata.type` {}",
            T::ODATA_TYPE,
            value.as_str()
        ))),
        Tag::Lenient => {
            extra.insert_first(TAG, Value::String(value.into_string()));
            *tag = Tag::Seen;
            Ok(())
        }
    }
}

/// Keeps an undeclared entry.
pub fn read_other<'de, A: MapAccess<'de>>(
    map: &mut A,
    key: Key,
    extra: &mut AdditionalData,
) -> Result<(), A::Error> {
    match key {
        Key::Other(name) => {
            let value = map.next_value_seed(ExactValue)?;
            extra.push_named(name, value);
            Ok(())
        }
        Key::Property(i) => Err(A::Error::custom(format_args!(
            "internal error: no property at index {i}"
        ))),
        Key::Tag => Err(A::Error::custom("internal error: unexpected tag")),
    }
}

/// Reads a JSON value that is kept as it is (an unknown property's, a buffered entry's), like
/// `serde_json::Value`'s own reader, except that it refuses a number it could only keep
/// rounded: serde_json reads an integer beyond the 64-bit range as the nearest double before
/// any visitor sees it, so an integral double of 2^64 or more, or of -2^63 or less (which such
/// an integer becomes, and which a float such as `1e20` or `1e308` also is: they cannot be told
/// apart) is an error rather than a silently different number.
pub struct ExactValue;

/// 2^64 and -2^63: an integral double at or beyond them may be a rounded integer (an integer
/// literal within them reaches the visitor as `u64` or `i64`).
const INEXACT_ABOVE: f64 = 18_446_744_073_709_551_616.0;
const INEXACT_BELOW: f64 = -9_223_372_036_854_775_808.0;

impl<'de> DeserializeSeed<'de> for ExactValue {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ExactValue)
    }
}

impl<'de> Visitor<'de> for ExactValue {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        if v.fract() == 0.0 && (v >= INEXACT_ABOVE || v <= INEXACT_BELOW) {
            return Err(E::custom(format_args!(
                "the number {v:e} is beyond the 64-bit integer range: kept as a double it could \
                 differ from what was sent, so it is refused"
            )));
        }
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("a number that is not finite"))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        ExactValue.deserialize(d)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(v) = seq.next_element_seed(ExactValue)? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(k) = map.next_key::<String>()? {
            let v = map.next_value_seed(ExactValue)?;
            out.insert(k, v);
        }
        Ok(Value::Object(out))
    }
}

/// A string read borrowed where the input allows, owned otherwise.
pub enum Str<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Str<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            Str::Borrowed(s) => s,
            Str::Owned(s) => s,
        }
    }

    pub fn into_string(self) -> String {
        match self {
            Str::Borrowed(s) => s.to_owned(),
            Str::Owned(s) => s,
        }
    }
}

struct StrVisitor;

impl<'de> Visitor<'de> for StrVisitor {
    type Value = Str<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Str<'de>, E> {
        Ok(Str::Borrowed(s))
    }
    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Str<'de>, E> {
        Ok(Str::Owned(s.to_owned()))
    }
    fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Str<'de>, E> {
        Ok(Str::Owned(s))
    }
}

/// Reads a string, borrowed where the input allows.
pub fn deserialize_str<'de, D: Deserializer<'de>>(d: D) -> Result<Str<'de>, D::Error> {
    d.deserialize_str(StrVisitor)
}

/// Reads the value of `@odata.type`: a string, or an error saying what it must be.
pub struct TagSeed;

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
            Ok(match member_index(&s, T::MEMBERS).and_then(T::from_index) {
                Some(m) => m,
                None => T::unrecognized(s),
            })
        }
    }
    d.deserialize_str(MemberVisitor(PhantomData))
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Starts writing a generated type: the object and its `@odata.type` (a kept foreign tag, or the
/// type's own).
pub fn begin_write<T: GraphResource, S: Serializer>(
    s: S,
    extra: &AdditionalData,
) -> Result<S::SerializeMap, S::Error> {
    let mut m = s.serialize_map(None)?;
    match extra.get(TAG) {
        Some(kept) => m.serialize_entry(TAG, kept)?,
        None => m.serialize_entry(TAG, T::ODATA_TYPE)?,
    }
    Ok(m)
}

/// Ends writing a generated type: the undeclared entries in order, then the end of the object.
/// An entry named like a declared property (or `@odata.type`) is not written twice: the
/// declared one wins.
pub fn end_write<T: GraphResource, M: SerializeMap>(
    mut m: M,
    extra: &AdditionalData,
) -> Result<M::Ok, M::Error> {
    for (k, v) in extra.iter() {
        if k != TAG && !T::PROPERTIES.contains(&k) {
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

// ---------------------------------------------------------------------------------------------
// Debug

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

/// The request a builder's `build()` makes.
pub fn create_request<T: GraphResource>(body: T) -> crate::CreateRequest<T> {
    crate::CreateRequest::new(body)
}

// ---------------------------------------------------------------------------------------------
// Families

/// Whether a type (its `@odata.type` and ancestors) is `base` or descends from it; evaluated
/// at compile time for each variant of a family.
pub const fn descends(odata_type: &str, ancestors: &[&str], base: &str) -> bool {
    if const_eq(odata_type, base) {
        return true;
    }
    let mut i = 0;
    while i < ancestors.len() {
        if const_eq(ancestors[i], base) {
            return true;
        }
        i += 1;
    }
    false
}

const fn const_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The `@odata.type` a value is written with.
pub fn written_type<T: GraphResource>(value: &T) -> &str {
    value
        .additional_data()
        .get(TAG)
        .and_then(Value::as_str)
        .unwrap_or(T::ODATA_TYPE)
}

/// Reading a generated family.
pub trait ReadFamily: Sized {
    /// The enum's name, for errors.
    const NAME: &'static str;
    /// The base's `@odata.type`.
    const BASE: &'static str;
    /// The base's Graph name.
    const BASE_NAME: &'static str;
    /// Each variant's `@odata.type`, in order.
    const TYPES: &'static [&'static str];
    /// The index of the `#[graph(fallback)]` variant.
    const FALLBACK: Option<usize>;

    /// Reads the rest of an object into the variant at `index`.
    fn read_variant<'de, A: MapAccess<'de>>(
        index: usize,
        map: A,
        tag: Tag,
    ) -> Result<Self, A::Error>;
}

/// An impossible variant index (never produced by `deserialize_family`).
pub fn no_variant<T: ReadFamily, E: serde::de::Error>(index: usize) -> E {
    E::custom(format_args!(
        "internal error: {} has no variant {index}",
        T::NAME
    ))
}

/// `Deserialize::deserialize` of a generated family.
pub fn deserialize_family<'de, T: ReadFamily, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(FamilyVisitor::<T>(PhantomData))
}

struct FamilyVisitor<T>(PhantomData<T>);

impl<T: ReadFamily> FamilyVisitor<T> {
    /// The variant a tag selects, and how the variant is to treat it.
    fn by_tag<E: serde::de::Error>(tag: Str<'_>) -> Result<(usize, Tag), E> {
        if let Some(i) = T::TYPES.iter().position(|t| same_type(t, tag.as_str())) {
            return Ok((i, Tag::Seen));
        }
        match T::FALLBACK {
            Some(i) => Ok((i, Tag::Foreign(tag.into_string()))),
            None => Err(E::custom(format_args!(
                "unknown `@odata.type` {} for {} (a family of {}); known types: {}",
                tag.as_str(),
                T::NAME,
                T::BASE,
                T::TYPES.join(", ")
            ))),
        }
    }

    /// The variant for an object without a tag: the base's own type, else the fallback.
    fn untagged<E: serde::de::Error>() -> Result<usize, E> {
        T::TYPES
            .iter()
            .position(|t| same_type(t, T::BASE))
            .or(T::FALLBACK)
            .ok_or_else(|| {
                E::custom(format_args!(
                    "an object without `@odata.type` cannot be read as {}: it has no variant \
                     for {} itself and no fallback",
                    T::NAME,
                    T::BASE_NAME
                ))
            })
    }
}

impl<'de, T: ReadFamily> Visitor<'de> for FamilyVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a JSON object of type {} or a type derived from it",
            T::BASE
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        // Graph writes the tag first: then nothing is buffered. Otherwise only the entries
        // before the tag are.
        let mut before = Vec::new();
        loop {
            match map.next_key_seed(KeySeed::<NoProperties>::new())? {
                Some(Key::Tag) => {
                    let tag = map.next_value_seed(TagSeed)?;
                    let (index, tag) = Self::by_tag::<A::Error>(tag)?;
                    return if before.is_empty() {
                        T::read_variant(index, map, tag)
                    } else {
                        T::read_variant(index, Replay::new(before, Some(map)), tag)
                    };
                }
                Some(Key::Other(key)) => {
                    let value = map.next_value_seed(ExactValue)?;
                    before.push((key, value));
                }
                Some(Key::Property(i)) => {
                    return Err(A::Error::custom(format_args!(
                        "internal error: no property at index {i}"
                    )))
                }
                None => {
                    let index = Self::untagged::<A::Error>()?;
                    return T::read_variant(index, Replay::new(before, None::<A>), Tag::Strict);
                }
            }
        }
    }
}

/// A map that yields buffered entries, then the rest of the underlying map.
struct Replay<A> {
    buffered: std::vec::IntoIter<(Cow<'static, str>, Value)>,
    pending: Option<Value>,
    rest: Option<A>,
}

impl<A> Replay<A> {
    fn new(buffered: Vec<(Cow<'static, str>, Value)>, rest: Option<A>) -> Self {
        Replay {
            buffered: buffered.into_iter(),
            pending: None,
            rest,
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.buffered.next() {
            self.pending = Some(value);
            let key = serde::de::value::CowStrDeserializer::<A::Error>::new(key);
            return seed.deserialize(key).map(Some);
        }
        match &mut self.rest {
            Some(rest) => rest.next_key_seed(seed),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if let Some(value) = self.pending.take() {
            return seed
                .deserialize(value)
                .map_err(|e| A::Error::custom(without_position(&e.to_string())));
        }
        match &mut self.rest {
            Some(rest) => rest.next_value_seed(seed),
            None => Err(A::Error::custom("internal error: a value without its key")),
        }
    }
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

    #[test]
    fn members_prefer_exact_spelling() {
        assert_eq!(member_index("a", &["A", "a"]), Some(1));
        assert_eq!(member_index("RUNNING", &["Running"]), Some(0));
        assert_eq!(member_index("paused", &["Running"]), None);
    }
}
