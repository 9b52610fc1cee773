//! Families: reading a polymorphic value by its `@odata.type`.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Error as _, MapAccess, Visitor};
use serde::Deserializer;
use serde_json::Value;

use super::read::{internal, same_type, without_position, Key, KeySeed, NoProperties, TagSeed};
use super::{Tag, TAG};
use crate::additional_data::Kept;
use crate::path::{
    Addressable, CollectionPath, CollectionTarget, Down, EntityPath, EntityTarget, HasBase, IsA,
    Witness,
};
use crate::GraphResource;

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

    /// `TYPES` as a hash table, built on first use (one per family type, in a `static` the
    /// macro writes), so that finding a variant by tag costs the same for 3 variants as for
    /// 400.
    fn index() -> &'static TypeIndex;

    /// Reads the rest of an object into the variant at `index`.
    fn read_variant<'de, A: MapAccess<'de>>(
        index: usize,
        map: A,
        tag: Tag,
    ) -> Result<Self, A::Error>;

    /// Whether a variant holds another family (`#[graph(extends)]`), all of whose variants
    /// this one reads.
    const EXTENDS: bool = false;

    /// Whether the extended family has a variant for `tag` (its fallback aside).
    fn extended_knows(_tag: &str) -> bool {
        false
    }

    /// Reads the rest of an object into the variant holding the extended family.
    fn read_extended<'de, A: MapAccess<'de>>(
        _map: A,
        _tag: Option<&str>,
    ) -> Result<Self, A::Error> {
        Err(internal(format_args!("{} extends no family", Self::NAME)))
    }

    /// Whether a variant (its fallback aside) reads `tag`, here or in the extended family.
    fn knows(tag: &str) -> bool {
        Self::index().find(Self::TYPES, tag).is_some() || Self::extended_knows(tag)
    }

    /// Reads the rest of an object whose tag (if it has one) was `tag`.
    fn read_tagged<'de, A: MapAccess<'de>>(map: A, tag: Option<&str>) -> Result<Self, A::Error> {
        match choose::<Self, A::Error>(tag)? {
            Choice::Variant(index, tag) => Self::read_variant(index, map, tag),
            Choice::Extended => Self::read_extended(map, tag),
        }
    }
}

/// Where a family reads an object.
enum Choice {
    /// Into the variant at this index, which treats the tag so.
    Variant(usize, Tag),
    /// Into the variant holding the extended family, which chooses again.
    Extended,
}

/// The variant a tag (or its absence) selects: one of this family's types; else one of the
/// extended family's; else this family's fallback, which keeps the tag; else the extended
/// family's fallback; else an error naming the known types. Without a tag: the variant of the
/// base's own type, else the extended family's choice, else the fallback.
fn choose<T: ReadFamily, E: serde::de::Error>(tag: Option<&str>) -> Result<Choice, E> {
    let Some(tag) = tag else {
        if let Some(i) = T::index().find(T::TYPES, T::BASE) {
            return Ok(Choice::Variant(i, Tag::Unseen));
        }
        if T::EXTENDS {
            return Ok(Choice::Extended);
        }
        return T::FALLBACK
            .map(|i| Choice::Variant(i, Tag::Unseen))
            .ok_or_else(|| {
                E::custom(format_args!(
                    "an object without `@odata.type` cannot be read as {}: it has no variant \
                     for {} itself and no fallback",
                    T::NAME,
                    T::BASE_NAME
                ))
            });
    };
    if let Some(i) = T::index().find(T::TYPES, tag) {
        return Ok(Choice::Variant(i, Tag::Seen));
    }
    if T::extended_knows(tag) {
        return Ok(Choice::Extended);
    }
    if let Some(i) = T::FALLBACK {
        return Ok(Choice::Variant(i, Tag::Foreign(tag.to_owned())));
    }
    if T::EXTENDS {
        return Ok(Choice::Extended);
    }
    Err(E::custom(format_args!(
        "unknown `@odata.type` {} for {} (a family of {}); known types: {}",
        tag,
        T::NAME,
        T::BASE,
        T::TYPES
            .iter()
            .filter(|t| !t.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    )))
}

/// A family's `@odata.type`s as an open-addressing hash table of variant indexes, keyed the
/// way `same_type` compares (no leading `#`, ASCII case folded).
#[derive(Debug)]
pub struct TypeIndex {
    /// Variant index + 1 per slot (0: empty); a power of two, at least twice the types.
    slots: Box<[u32]>,
}

impl TypeIndex {
    /// The table of `types` (a family's `TYPES`).
    pub fn new(types: &[&str]) -> Self {
        let size = (types.len() * 2).next_power_of_two().max(4);
        let mut slots = vec![0u32; size].into_boxed_slice();
        for (i, t) in types.iter().enumerate() {
            // A variant configured out (`#[cfg]`) stands as "": no tag finds it.
            if t.is_empty() {
                continue;
            }
            let mut at = Self::hash(t) & (size - 1);
            while slots[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            slots[at] = u32::try_from(i + 1).expect("fewer than 2^32 variants");
        }
        TypeIndex { slots }
    }

    /// The variant whose type `tag` names (any accepted form), if any.
    #[inline]
    pub fn find(&self, types: &[&str], tag: &str) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut at = Self::hash(tag) & mask;
        loop {
            let slot = self.slots[at] as usize;
            if slot == 0 {
                return None;
            }
            if same_type(types[slot - 1], tag) {
                return Some(slot - 1);
            }
            at = (at + 1) & mask;
        }
    }

    /// FNV-1a over the bytes after a leading `#`, ASCII-lowercased.
    #[inline]
    fn hash(tag: &str) -> usize {
        let tag = tag.strip_prefix('#').unwrap_or(tag);
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in tag.bytes() {
            h ^= u64::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        #[allow(clippy::cast_possible_truncation)]
        {
            (h ^ (h >> 32)) as usize
        }
    }
}

// A family's `get` and `list` also go to a path of a type that inherits the family's base:
// whatever is there is one of the family's. Two impls written out (not a macro): rustc lists
// them when a path of the wrong type is given, and shows a macro's body as its `$` text.
impl<F, D, I> EntityTarget<F, Down<I>> for EntityPath<D>
where
    F: ReadFamily + HasBase,
    D: Addressable + HasBase,
    D::Base: IsA<F::Base, I>,
{
    fn target_url(&self) -> &str {
        self.url()
    }
}

impl<F, D, I> CollectionTarget<F, Down<I>> for CollectionPath<D>
where
    F: ReadFamily + HasBase,
    D: Addressable + HasBase,
    D::Base: IsA<F::Base, I>,
{
    fn target_url(&self) -> &str {
        self.url()
    }
}

/// A family's variant as the type it is, where it inherits the family's base `B`; where it
/// does not, no type rustc can name, so that the accessors built on it report the one unmet
/// bound (deduplicated) and no unknown field.
pub fn witness<T, B, I>(v: &T) -> &<<T as IsA<B, I>>::Proof as Witness<T>>::Me
where
    T: IsA<B, I>,
    <T as IsA<B, I>>::Proof: Witness<T, Me = T>,
{
    v
}

/// [`witness`], to change it.
pub fn witness_mut<T, B, I>(v: &mut T) -> &mut <<T as IsA<B, I>>::Proof as Witness<T>>::Me
where
    T: IsA<B, I>,
    <T as IsA<B, I>>::Proof: Witness<T, Me = T>,
{
    v
}

/// An impossible variant index (never produced by `deserialize_family`).
#[cold]
pub fn no_variant<E: serde::de::Error>(family: &str, index: usize) -> E {
    internal(format_args!("{family} has no variant {index}"))
}

/// `Deserialize::deserialize` of a generated family.
pub fn deserialize_family<'de, T: ReadFamily, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(FamilyVisitor::<T>(PhantomData))
}

struct FamilyVisitor<T>(PhantomData<T>);

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
                    let tag = Some(tag.as_str());
                    return if before.is_empty() {
                        T::read_tagged(map, tag)
                    } else {
                        T::read_tagged(Replay::new(before, Some(map)), tag)
                    };
                }
                Some(Key::Other(key)) => {
                    let value = map.next_value::<Kept>()?;
                    before.push((key, value));
                }
                Some(Key::Property(i)) => {
                    return Err(internal(format_args!("no property at index {i}")));
                }
                None => return T::read_tagged(Replay::new(before, None::<A>), None),
            }
        }
    }
}

/// A map that yields buffered entries, then the rest of the underlying map.
struct Replay<A> {
    buffered: std::vec::IntoIter<(Cow<'static, str>, Kept)>,
    pending: Option<Kept>,
    rest: Option<A>,
}

impl<A> Replay<A> {
    fn new(buffered: Vec<(Cow<'static, str>, Kept)>, rest: Option<A>) -> Self {
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
            // A value kept as text is read again from its text (by a reader, which borrows
            // nothing from it), so that what keeps it as text again gets the same text.
            let read = match value {
                Kept::Text { text, .. } => {
                    let bytes = std::io::Cursor::new(text.into_boxed_bytes());
                    let mut d = serde_json::Deserializer::from_reader(bytes);
                    seed.deserialize(&mut d).and_then(|v| d.end().map(|()| v))
                }
                value => seed.deserialize(value.into_value()),
            };
            return read.map_err(|e| A::Error::custom(without_position(&e.to_string())));
        }
        match &mut self.rest {
            Some(rest) => rest.next_value_seed(seed),
            None => Err(internal(format_args!("a value without its key"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TypeIndex;

    #[test]
    fn type_index_finds_every_form_and_nothing_else() {
        let types: Vec<String> = (0..400)
            .map(|i| format!("#microsoft.graph.security.type{i}"))
            .collect();
        let types: Vec<&str> = types.iter().map(String::as_str).collect();
        let index = TypeIndex::new(&types);
        for (i, t) in types.iter().enumerate() {
            assert_eq!(index.find(&types, t), Some(i));
            assert_eq!(index.find(&types, &t[1..]), Some(i));
            assert_eq!(index.find(&types, &t.to_ascii_uppercase()), Some(i));
        }
        assert_eq!(
            index.find(&types, "#microsoft.graph.security.type400"),
            None
        );
        assert_eq!(index.find(&types, ""), None);
        let one = TypeIndex::new(&["#a.b"]);
        assert_eq!(one.find(&["#a.b"], "A.B"), Some(0));
        assert_eq!(TypeIndex::new(&[]).find(&[], "#a.b"), None);
        // A variant configured out stands as "": no tag finds it, the others keep their places.
        let gapped = ["", "#a.b", ""];
        let index = TypeIndex::new(&gapped);
        assert_eq!(index.find(&gapped, "#a.b"), Some(1));
        assert_eq!(index.find(&gapped, "#"), None);
        assert_eq!(index.find(&gapped, ""), None);
    }
}
