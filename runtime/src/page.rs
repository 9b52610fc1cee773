//! [`Page`]: one page of a collection, as Graph sends it.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::AdditionalData;

/// One page of a collection: `{"@odata.nextLink": …, "value": [...]}`.
///
/// `next_link` is where the next page is (none on the last page), `delta_link` where the next
/// round of a delta query starts (on the last page of a delta query), `count` the total that
/// `$count=true` asked for. Every other annotation (`@odata.context`, …) is kept in
/// `additional_data`, in order. Works with families (`Page<AnyCommsOperation>`).
///
/// ```
/// use graph_resource::models::RecordOperation;
/// use graph_resource::Page;
///
/// let page: Page<RecordOperation> = serde_json::from_str(r#"{
///     "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#operations",
///     "@odata.nextLink": "https://graph.microsoft.com/v1.0/operations?$skiptoken=2",
///     "value": [{"id": "1"}, {"id": "2"}]
/// }"#)?;
/// assert_eq!(page.value.len(), 2);
/// assert_eq!(page.next_link.as_deref(), Some("https://graph.microsoft.com/v1.0/operations?$skiptoken=2"));
/// assert!(page.additional_data.contains_key("@odata.context"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    /// The items.
    pub value: Vec<T>,
    /// `@odata.nextLink`: the URL of the next page.
    pub next_link: Option<String>,
    /// `@odata.deltaLink`: the URL of the next round of a delta query.
    pub delta_link: Option<String>,
    /// `@odata.count`: the size of the whole collection, when asked for.
    pub count: Option<i64>,
    /// Every other annotation or property, in order.
    pub additional_data: AdditionalData,
}

impl<T> Default for Page<T> {
    fn default() -> Self {
        Page {
            value: Vec::new(),
            next_link: None,
            delta_link: None,
            count: None,
            additional_data: AdditionalData::new(),
        }
    }
}

const NEXT: &str = "@odata.nextLink";
const DELTA: &str = "@odata.deltaLink";
const COUNT: &str = "@odata.count";

/// Written as Graph writes a page: the kept annotations, `@odata.count`, `@odata.nextLink`,
/// `@odata.deltaLink`, then `value`.
impl<T: Serialize> Serialize for Page<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for (k, v) in self.additional_data.iter() {
            m.serialize_entry(k, v)?;
        }
        if let Some(c) = self.count {
            m.serialize_entry(COUNT, &c)?;
        }
        if let Some(l) = &self.next_link {
            m.serialize_entry(NEXT, l)?;
        }
        if let Some(l) = &self.delta_link {
            m.serialize_entry(DELTA, l)?;
        }
        m.serialize_entry("value", &self.value)?;
        m.end()
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
            type Value = Page<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a page of a collection: an object with `value`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Page<T>, A::Error> {
                let mut page = Page::default();
                let mut value = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "value" => value = Some(map.next_value()?),
                        NEXT => page.next_link = map.next_value()?,
                        DELTA => page.delta_link = map.next_value()?,
                        COUNT => page.count = map.next_value()?,
                        _ => {
                            let v: Value = map.next_value()?;
                            page.additional_data.push(key, v);
                        }
                    }
                }
                page.value = value.ok_or_else(|| serde::de::Error::missing_field("value"))?;
                Ok(page)
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pages_round_trip() {
        let v = json!({
            "@odata.context": "ctx",
            "@odata.count": 3,
            "@odata.deltaLink": "https://x/delta?token=1",
            "value": [1, 2, 3]
        });
        let page: Page<i32> = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(page.value, [1, 2, 3]);
        assert_eq!(page.count, Some(3));
        assert_eq!(page.delta_link.as_deref(), Some("https://x/delta?token=1"));
        assert_eq!(serde_json::to_value(&page).unwrap(), v);
        assert!(serde_json::from_value::<Page<i32>>(json!({"x": 1})).is_err());
    }
}
