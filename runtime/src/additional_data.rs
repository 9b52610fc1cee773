//! [`AdditionalData`]: what a type does not declare, kept in order.

use std::borrow::Cow;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// The properties a type does not declare and every annotation (`@odata.etag`, `@odata.id`,
/// `name@odata.type`, `@microsoft.graph.*`), in the order they were read.
///
/// Every generated type has a field `additional_data` of this type. Reading keeps whatever the
/// service sent that the type does not know; writing puts it back, after the declared
/// properties, unchanged and in order. Keys that occur twice are both kept. An empty
/// `AdditionalData` allocates nothing.
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
    entries: Vec<(Cow<'static, str>, Value)>,
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
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value of the first entry named `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.entries
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Whether an entry is named `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets `key` to `value`: replaces the first entry of that name in place (returning its old
    /// value) or appends a new entry at the end.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        let key = key.into();
        let value = value.into();
        match self.get_mut(&key) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => {
                self.entries.push((key_name_owned(key), value));
                None
            }
        }
    }

    /// Appends an entry even if one of that name exists (what reading does with repeated keys).
    pub fn push(&mut self, key: impl Into<String>, value: impl Into<Value>) {
        self.entries
            .push((key_name_owned(key.into()), value.into()));
    }

    /// Appends an entry whose name was already resolved by [`key_name`].
    pub(crate) fn push_named(&mut self, key: Cow<'static, str>, value: Value) {
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
        Some(first)
    }

    /// The entries in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &Value)> {
        self.entries.iter().map(|(k, v)| (k.as_ref(), v))
    }

    /// The entries in order, values mutable.
    pub fn iter_mut(&mut self) -> impl ExactSizeIterator<Item = (&str, &mut Value)> {
        self.entries.iter_mut().map(|(k, v)| (&**k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_ref())
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub(crate) fn insert_first(&mut self, key: &'static str, value: Value) {
        self.entries.insert(0, (Cow::Borrowed(key), value));
    }
}

impl fmt::Debug for AdditionalData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for AdditionalData {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        AdditionalData {
            entries: iter
                .into_iter()
                .map(|(k, v)| (key_name_owned(k.into()), v.into()))
                .collect(),
            untagged: false,
        }
    }
}

impl<K: Into<String>, V: Into<Value>> Extend<(K, V)> for AdditionalData {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        self.entries.extend(
            iter.into_iter()
                .map(|(k, v)| (key_name_owned(k.into()), v.into())),
        );
    }
}

impl IntoIterator for AdditionalData {
    type Item = (String, Value);
    type IntoIter = std::iter::Map<
        std::vec::IntoIter<(Cow<'static, str>, Value)>,
        fn((Cow<'static, str>, Value)) -> (String, Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter().map(|(k, v)| (k.into_owned(), v))
    }
}

impl<'a> IntoIterator for &'a AdditionalData {
    type Item = (&'a str, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Cow<'static, str>, Value)>,
        fn(&'a (Cow<'static, str>, Value)) -> (&'a str, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k.as_ref(), v))
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
                    let v = map.next_value::<Value>()?;
                    out.push_named(key_name_owned(k), v);
                }
                Ok(out)
            }
        }
        d.deserialize_map(V)
    }
}
