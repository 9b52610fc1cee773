//! [`AdditionalData`]: what a type does not declare, kept in order, each value as its JSON text.

use std::borrow::Cow;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

mod kept;

pub(crate) use kept::{Kept, RAW_TOKEN};

/// The properties a type does not declare and every annotation (`@odata.etag`, `@odata.id`,
/// `name@odata.type`, `@microsoft.graph.*`), in the order they were read.
///
/// Every generated type has a field `additional_data` of this type. Reading keeps whatever the
/// service sent that the type does not know; writing puts it back, after the declared
/// properties, unchanged and in order. Keys that occur twice are both kept. An empty
/// `AdditionalData` allocates nothing.
///
/// Each value read is kept as the exact JSON text the service sent, and written back byte for
/// byte while it is not changed: numbers of any size or precision survive a round trip
/// (`18446744073709551617`, `1e400`, `1E-7`, `-0.0`); whitespace between tokens is not kept
/// (the value is written compact, every token as read). Reading a value (`get`, `iter`) builds its
/// `serde_json::Value` once, on first access; [`get_text`](Self::get_text) gives the text. A
/// number beyond `f64` (`1e400`), which a `Value` cannot hold, reads as `null` there.
///
/// ```
/// use graph_resource::models::ResultInfo;
///
/// let text = r#"{"code":1,"size":18446744073709551617,"ratio":1E-7,"huge":1e400}"#;
/// let info: ResultInfo = serde_json::from_str(text)?;
/// assert_eq!(info.additional_data.get_text("size").as_deref(), Some("18446744073709551617"));
/// assert_eq!(info.additional_data.get("huge"), Some(&serde_json::Value::Null));
/// assert_eq!(serde_json::to_string(&info)?, text);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// ```
/// use graph_resource::AdditionalData;
/// use serde_json::json;
///
/// let mut extra = AdditionalData::new();
/// extra.insert("@odata.etag", json!("W/\"1\""));
/// extra.insert("newProperty", json!({"b": 1, "a": 2}));
/// assert_eq!(extra.get("@odata.etag"), Some(&json!("W/\"1\"")));
/// assert_eq!(extra.keys().collect::<Vec<_>>(), ["@odata.etag", "newProperty"]);
/// ```
///
/// It also remembers whether the value was read without `@odata.type`: such a value is
/// written back without one (a client echoing a payload must not assert types the server never
/// sent), where a value built in code is tagged. That flag is not part of equality.
#[derive(Clone, Default)]
pub struct AdditionalData {
    /// Keys are borrowed for the annotations OData defines (`@odata.etag`, …), so that keeping
    /// them allocates nothing.
    entries: Vec<(Cow<'static, str>, Kept)>,
    /// Read without `@odata.type`: written without one.
    untagged: bool,
}

impl PartialEq for AdditionalData {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl Eq for AdditionalData {}

/// Annotations a service sends on almost every object: kept without allocating their names.
const WELL_KNOWN: &[&str] = &[
    "@odata.etag",
    "@odata.id",
    "@odata.context",
    "@odata.editLink",
    "@odata.readLink",
    "@odata.nextLink",
    "@odata.deltaLink",
    "@odata.count",
    "@odata.mediaEditLink",
    "@odata.mediaReadLink",
    "@odata.mediaContentType",
    "@odata.mediaEtag",
    "@odata.type",
];

/// The name of an entry, borrowed from [`WELL_KNOWN`] where it is one of those.
pub(crate) fn key_name(name: &str) -> Cow<'static, str> {
    if name.starts_with('@') {
        if let Some(known) = WELL_KNOWN.iter().find(|k| **k == name) {
            return Cow::Borrowed(known);
        }
    }
    Cow::Owned(name.to_owned())
}

/// [`key_name`] for a name already owned.
pub(crate) fn key_name_owned(name: String) -> Cow<'static, str> {
    match key_name_static(&name) {
        Some(known) => Cow::Borrowed(known),
        None => Cow::Owned(name),
    }
}

fn key_name_static(name: &str) -> Option<&'static str> {
    if name.starts_with('@') {
        WELL_KNOWN.iter().find(|k| **k == name).copied()
    } else {
        None
    }
}

impl AdditionalData {
    /// An empty set, allocating nothing.
    pub const fn new() -> Self {
        AdditionalData {
            entries: Vec::new(),
            untagged: false,
        }
    }

    /// Whether the value that holds this set writes its own `@odata.type` when it has none kept
    /// here: `true` for a value built in code, `false` for one read without a tag.
    ///
    /// ```
    /// use graph_resource::models::ResultInfo;
    ///
    /// let mut info: ResultInfo = serde_json::from_str(r#"{"code":1}"#)?;
    /// assert!(!info.additional_data.writes_tag());
    /// assert_eq!(serde_json::to_string(&info)?, r#"{"code":1}"#);
    /// info.additional_data.set_writes_tag(true);
    /// assert_eq!(serde_json::to_string(&info)?, r##"{"@odata.type":"#microsoft.graph.resultInfo","code":1}"##);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn writes_tag(&self) -> bool {
        !self.untagged
    }

    /// Says whether the value writes its own `@odata.type` (see [`writes_tag`](Self::writes_tag)).
    pub fn set_writes_tag(&mut self, yes: bool) {
        self.untagged = !yes;
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value of the first entry named `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.kept(key).map(Kept::value)
    }

    /// The JSON text of the first entry named `key`: as read, for a value read and not changed
    /// since (`get_mut`); as serde_json writes it, for a value set in code.
    pub fn get_text(&self, key: &str) -> Option<Cow<'_, str>> {
        self.kept(key).map(Kept::json_text)
    }

    fn kept(&self, key: &str) -> Option<&Kept> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value of the first entry named `key`, to change it (from now on it is written from
    /// this `Value`, no longer as the text read).
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.entries
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.value_mut())
    }

    /// Whether an entry is named `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets `key` to `value`: replaces the first entry of that name in place (returning its old
    /// value) or appends a new entry at the end.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        let key = key.into();
        let value = Kept::Value(value.into());
        match self.entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, slot)) => Some(std::mem::replace(slot, value).into_value()),
            None => {
                self.entries.push((key_name_owned(key), value));
                None
            }
        }
    }

    /// Appends an entry even if one of that name exists (what reading does with repeated keys).
    pub fn push(&mut self, key: impl Into<String>, value: impl Into<Value>) {
        self.entries
            .push((key_name_owned(key.into()), Kept::Value(value.into())));
    }

    /// Appends an entry whose name was already resolved by [`key_name`].
    pub(crate) fn push_named(&mut self, key: Cow<'static, str>, value: Kept) {
        // Objects carry a few annotations, seldom more: start with room for two entries rather
        // than the four a `Vec` reserves first (an entry is over 100 bytes).
        if self.entries.capacity() == 0 {
            self.entries.reserve_exact(2);
        }
        self.entries.push((key, value));
    }

    /// Removes every entry named `key`, returning the first one's value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let pos = self.entries.iter().position(|(k, _)| k == key)?;
        let (_, first) = self.entries.remove(pos);
        self.entries.retain(|(k, _)| k != key);
        Some(first.into_value())
    }

    /// The entries in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter(self.entries.iter())
    }

    /// The entries in order, values mutable (each is written from its `Value` from now on).
    pub fn iter_mut(&mut self) -> impl ExactSizeIterator<Item = (&str, &mut Value)> {
        self.entries.iter_mut().map(|(k, v)| (&**k, v.value_mut()))
    }

    /// The entries in order, values as kept (for writing).
    pub(crate) fn kept_entries(&self) -> impl ExactSizeIterator<Item = (&str, &Kept)> {
        self.entries.iter().map(|(k, v)| (k.as_ref(), v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_ref())
    }

    /// The entries with their values, for `Debug` (`{:?}`), which otherwise shows names only:
    /// call it where printing what the service sent is safe.
    pub fn show_values(&self) -> ShowValues<'_> {
        ShowValues(self)
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub(crate) fn insert_first(&mut self, key: &'static str, value: Value) {
        self.entries
            .insert(0, (Cow::Borrowed(key), Kept::Value(value)));
    }
}

/// Shows each entry's name, never its value: the code does not declare these properties, so
/// it cannot know which hold secrets (an extension's `enrollmentKey`). [`show_values`]
/// prints them, on request.
///
/// [`show_values`]: AdditionalData::show_values
///
/// ```
/// let mut data = graph_resource::AdditionalData::new();
/// data.push("@odata.etag", "W/\"3\"");
/// data.push("enrollmentKey", "k3y");
/// assert_eq!(format!("{data:?}"), r#"{"@odata.etag": .., "enrollmentKey": ..}"#);
/// assert_eq!(
///     format!("{:?}", data.show_values()),
///     r#"{"@odata.etag": "W/\"3\"", "enrollmentKey": "k3y"}"#
/// );
/// ```
impl fmt::Debug for AdditionalData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct NotShown;
        impl fmt::Debug for NotShown {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("..")
            }
        }
        f.debug_map()
            .entries(self.keys().map(|k| (k, NotShown)))
            .finish()
    }
}

/// An [`AdditionalData`] whose `Debug` shows the values too, each as the JSON text it was
/// read as (`18446744073709551617`, not a rounded number): see
/// [`AdditionalData::show_values`].
pub struct ShowValues<'a>(&'a AdditionalData);

impl fmt::Debug for ShowValues<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// A value as its JSON text, unquoted.
        struct Text<'a>(Cow<'a, str>);
        impl fmt::Debug for Text<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        let entries = self
            .0
            .entries
            .iter()
            .map(|(k, kept)| (k.as_ref(), Text(kept.json_text())));
        f.debug_map().entries(entries).finish()
    }
}

impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for AdditionalData {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        AdditionalData {
            entries: iter
                .into_iter()
                .map(|(k, v)| (key_name_owned(k.into()), Kept::Value(v.into())))
                .collect(),
            untagged: false,
        }
    }
}

impl<K: Into<String>, V: Into<Value>> Extend<(K, V)> for AdditionalData {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        self.entries.extend(
            iter.into_iter()
                .map(|(k, v)| (key_name_owned(k.into()), Kept::Value(v.into()))),
        );
    }
}

impl IntoIterator for AdditionalData {
    type Item = (String, Value);
    type IntoIter = IntoIter;
    fn into_iter(self) -> IntoIter {
        IntoIter(self.entries.into_iter())
    }
}

impl<'a> IntoIterator for &'a AdditionalData {
    type Item = (&'a str, &'a Value);
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

/// The entries of an [`AdditionalData`], in order ([`AdditionalData::iter`]).
#[derive(Clone)]
pub struct Iter<'a>(std::slice::Iter<'a, (Cow<'static, str>, Kept)>);

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a str, &'a Value);
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k.as_ref(), v.value()))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (k.as_ref(), v.value()))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl std::iter::FusedIterator for Iter<'_> {}

impl fmt::Debug for Iter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// The entries of an [`AdditionalData`], owned, in order.
pub struct IntoIter(std::vec::IntoIter<(Cow<'static, str>, Kept)>);

impl Iterator for IntoIter {
    type Item = (String, Value);
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k.into_owned(), v.into_value()))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for IntoIter {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0
            .next_back()
            .map(|(k, v)| (k.into_owned(), v.into_value()))
    }
}

impl ExactSizeIterator for IntoIter {}

impl std::iter::FusedIterator for IntoIter {}

impl fmt::Debug for IntoIter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntoIter")
            .field("remaining", &self.0.len())
            .finish()
    }
}

/// Written as a JSON object, entries in order.
impl Serialize for AdditionalData {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// Read from a JSON object, entries in order, repeated keys kept.
impl<'de> Deserialize<'de> for AdditionalData {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = AdditionalData;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AdditionalData, A::Error> {
                let mut out = AdditionalData::new();
                while let Some(k) = map.next_key::<String>()? {
                    let v = map.next_value::<Kept>()?;
                    out.push_named(key_name_owned(k), v);
                }
                Ok(out)
            }
        }
        d.deserialize_map(V)
    }
}
