//! The traits generated types implement.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::__private::{WriteResource, TAG};
use crate::AdditionalData;

/// A Graph entity or complex type declared with [`graph_resource`](macro@crate::graph_resource).
///
/// Sealed: only the macro implements it (its supertrait, the writer that request bodies use,
/// is the macro's private interface to the runtime).
///
/// ```
/// use graph_resource::models::{Entity, RecordOperation, ResultInfo};
/// use graph_resource::prelude::*;
///
/// assert_eq!(RecordOperation::ODATA_TYPE, "#microsoft.graph.recordOperation");
/// assert_eq!(RecordOperation::NAME, "recordOperation");
/// assert_eq!(
///     RecordOperation::ANCESTORS,
///     ["#microsoft.graph.entity", "#microsoft.graph.commsOperation"]
/// );
/// assert!(Entity::IS_ABSTRACT && ResultInfo::IS_COMPLEX);
/// ```
pub trait GraphResource:
    Serialize + DeserializeOwned + Clone + Default + PartialEq + std::fmt::Debug + WriteResource
{
    /// The `@odata.type` written first in every object: `#<namespace>.<name>`.
    const ODATA_TYPE: &'static str;
    /// The Graph name, such as `recordOperation`.
    const NAME: &'static str;
    /// The namespace, such as `microsoft.graph`.
    const NAMESPACE: &'static str;
    /// The `@odata.type` of every ancestor, root-most first (empty for a root type).
    const ANCESTORS: &'static [&'static str];
    /// The JSON names of the declared properties, inherited ones first, in writing order.
    const PROPERTIES: &'static [&'static str];
    /// Whether this is a complex type (no identity, no create request).
    const IS_COMPLEX: bool;
    /// Whether this type is abstract (can be inherited, cannot be created).
    const IS_ABSTRACT: bool;

    /// What was read but is not declared, and every annotation.
    fn additional_data(&self) -> &AdditionalData;

    /// What was read but is not declared, and every annotation, to change it.
    fn additional_data_mut(&mut self) -> &mut AdditionalData;

    /// The `@odata.type` this value was read with, when it names another type than this one
    /// (a derived type this code does not know, as Graph sends `#microsoft.graph.teamworkUserIdentity`
    /// where the schema says `identity`). It is kept in `additional_data` and written back in
    /// place of [`ODATA_TYPE`](Self::ODATA_TYPE).
    ///
    /// ```
    /// use graph_resource::prelude::*;
    /// use graph_resource::models::ResultInfo;
    ///
    /// let info: ResultInfo =
    ///     serde_json::from_str(r##"{"@odata.type":"#microsoft.graph.newResultInfo","code":1}"##)?;
    /// assert_eq!(info.code, Some(1));
    /// assert_eq!(info.foreign_type(), Some("#microsoft.graph.newResultInfo"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    fn foreign_type(&self) -> Option<&str> {
        self.additional_data()
            .get(TAG)
            .and_then(serde_json::Value::as_str)
    }

    /// In a delta query's answer, whether this item was removed (`{"id": …, "@removed":
    /// {"reason": "deleted"}}`): the reason (`"deleted"`, `"changed"`, or `""` when none is
    /// given), or `None` for an item that was not.
    ///
    /// ```
    /// use graph_resource::models::ResultInfo;
    /// use graph_resource::prelude::*;
    ///
    /// let gone: ResultInfo = serde_json::from_str(r#"{"@removed":{"reason":"deleted"}}"#)?;
    /// assert_eq!(gone.removed(), Some("deleted"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    fn removed(&self) -> Option<&str> {
        let removed = self.additional_data().get("@removed")?;
        Some(
            removed
                .get("reason")
                .and_then(serde_json::Value::as_str)
                .unwrap_or(""),
        )
    }

    /// Whether `odata_type` (with or without `#`, any ASCII case) names this type.
    ///
    /// ```
    /// use graph_resource::models::ResultInfo;
    /// use graph_resource::prelude::*;
    /// assert!(ResultInfo::is_type("microsoft.graph.resultInfo"));
    /// assert!(!ResultInfo::is_type("#microsoft.graph.entity"));
    /// ```
    fn is_type(odata_type: &str) -> bool {
        crate::__private::read::same_type(Self::ODATA_TYPE, odata_type)
    }

    /// This value as another declared type, read again from what it holds (declared fields
    /// and everything kept, exact): a family's fallback value whose tag names a type your
    /// code declares (`contoso.device` read where only `directoryObject` was known), or this
    /// value as one of its base types. The other type's secrets are then redacted in `Debug`,
    /// its unknown values kept.
    ///
    /// An error when the value's `@odata.type` (the tag it was read with, else its own) is
    /// neither `T` nor a type `T` is a base of (as this type's ancestors say).
    ///
    /// ```
    /// use graph_resource::models::{CommsOperation, Entity, RecordOperation, ResultInfo};
    /// use graph_resource::prelude::*;
    ///
    /// let fallback: CommsOperation = serde_json::from_str(
    ///     r##"{"@odata.type":"#microsoft.graph.recordOperation","id":"1","recordingAccessToken":"s3cret"}"##,
    /// )?;
    /// assert!(format!("{fallback:?}").contains("recordingAccessToken"));   // a name only
    /// let record: RecordOperation = fallback.read_as()?;
    /// assert_eq!(record.recording_access_token.as_deref(), Some("s3cret"));
    /// assert!(!format!("{record:?}").contains("s3cret"));                 // redacted
    /// let root: Entity = record.read_as()?;                                // a base
    /// assert_eq!(root.id.as_deref(), Some("1"));
    /// let back: RecordOperation = root.read_as()?;                          // its tag says so
    /// assert_eq!(back.recording_access_token, record.recording_access_token);
    /// assert!(root.read_as::<ResultInfo>().is_err());                      // not a resultInfo
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    fn read_as<T: GraphResource>(&self) -> Result<T, serde_json::Error> {
        let written = self.foreign_type().unwrap_or(Self::ODATA_TYPE);
        let same = crate::__private::read::same_type;
        let known = same(written, T::ODATA_TYPE)
            || same(Self::ODATA_TYPE, T::ODATA_TYPE)
            || Self::ANCESTORS.iter().any(|a| same(a, T::ODATA_TYPE));
        if !known {
            return Err(serde::de::Error::custom(format_args!(
                "a {written} cannot be read as {}: it is neither that type nor one it inherits",
                T::ODATA_TYPE
            )));
        }
        let text = serde_json::to_string(self)?;
        serde_json::from_str(&text)
    }
}
