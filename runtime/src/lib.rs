//! Model Microsoft Graph (and any OData) resource types in Rust.
//!
//! ```
//! use graph_resource::models::commsOperation;
//! use graph_resource::prelude::*;
//!
//! /// A prompt played by a call (a user's own type, inheriting the built-in `commsOperation`).
//! #[graph_resource(inherits = commsOperation)]
//! pub struct PlayPromptOperation {
//!     pub completion_reason: Option<String>,
//! }
//!
//! // Read as Graph sends it: the tag anywhere (or none), members in any case, annotations.
//! let op: PlayPromptOperation = serde_json::from_str(
//!     r#"{"status":"running","id":"op-1","@odata.etag":"W/\"1\""}"#,
//! )?;
//! assert_eq!(op.status, Some(OperationStatus::Running));
//! assert_eq!(op.id.as_deref(), Some("op-1"));
//! // Written back without a tag, since none was read; the annotation kept.
//! assert_eq!(
//!     serde_json::to_string(&op)?,
//!     r#"{"id":"op-1","status":"Running","@odata.etag":"W/\"1\""}"#
//! );
//! // A value built in code is tagged.
//! let built = PlayPromptOperation { id: Some("op-2".into()), ..Default::default() };
//! assert_eq!(
//!     serde_json::to_string(&built)?,
//!     r##"{"@odata.type":"#microsoft.graph.playPromptOperation","id":"op-2"}"##
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! - [`graph_resource`](macro@graph_resource) declares an entity or complex type: inherited properties flattened in,
//!   `@odata.type` first, camelCase names, unknown properties and annotations kept in
//!   [`AdditionalData`], secrets redacted in `Debug`.
//! - [`graph_enum`](macro@graph_enum) declares an enumeration that reads members ignoring case and keeps members
//!   it does not know.
//! - [`graph_family`](macro@graph_family) reads a polymorphic collection into an enum.
//! - [`Graph`], [`EntityPath`], [`CollectionPath`]: typed addresses; every request takes them;
//!   [`graph_container`](macro@graph_container), `#[graph(navigation)]`,
//!   `#[graph_operations]` and [`graph_params`](macro@graph_params) declare them;
//!   [`OperationRequest`] is an action or function.
//! - [`models`] holds the built-in types; [`prelude`] brings everything a declaration needs.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

extern crate self as graph_resource;

pub mod additional_data;
pub mod edm;
mod enums;
#[cfg(feature = "http")]
mod error;
mod literal;
pub mod models;
mod page;
pub mod path;
mod request;
mod request_error;
mod resource;
#[cfg(feature = "http")]
mod response;
pub mod state;
mod str;

pub use additional_data::AdditionalData;
pub use enums::{Flags, GraphEnum, GraphFlags};
#[cfg(feature = "http")]
pub use error::{ErrorDetail, GraphError, GraphErrorKind, InnerError, RetryAfter};
pub use page::Page;
pub use path::{CollectionPath, CollectionTarget, EntityPath, EntityTarget, Graph, PropertyName};
// The path machinery, documented in `path`: kept here for code written before it moved.
#[doc(hidden)]
pub use path::{Addressable, HasBase, Here, NoBase, PathNode, RootNav, There};
#[cfg(feature = "http")]
pub use request::{
    Batch, BatchPart, BatchResponse, GetBuilder, GetRequest, ListBuilder, ListRequest,
};
pub use request::{
    CreateRequest, DeleteRequest, OperationParams, OperationRequest, OperationResult, RequestError,
    RequestErrorKind, UpdateRequest,
};
pub use resource::GraphResource;

/// The one request contract every request kind implements once bound to its target: see
/// [`call::Call`].
#[cfg(feature = "http")]
pub use request::call;

/// Declares a Graph entity or complex type on a struct with named fields.
///
/// Keys, all optional: `inherits = <graph name or path ending in it>`, `complex`, `abstract`,
/// `name = "..."`, `namespace = "..."`, `crate = path`, `module = path` (where the type can be
/// named from anywhere). Field options, in `#[graph(...)]`: `rename = "jsonName"`, `secret`,
/// `read_only`, `required`, `navigation` (also a method of the type's paths), `inherited`
/// (restates an inherited property with its real type). Below the attribute,
/// `#[graph_operations(...)]` declares the actions and functions bound to the type, one entry
/// each, `[collection] action|function name[(Params)] [-> T | -> [T]]`, any of them under
/// `#[cfg(...)]` (see [`OperationRequest`]). `#[cfg]` on a field works as on any struct: the
/// property is then read into `additional_data`.
///
/// The struct gets the inherited fields first (root-most ancestor first), then its own, then
/// `pub additional_data: AdditionalData`; `Clone`, `Default`, `PartialEq`, a redacting `Debug`,
/// `Serialize`, `Deserialize` and [`GraphResource`].
///
/// Beside the struct, the macro defines a hidden macro named after the type's Rust and Graph
/// names, and a hidden alias of the type by its Graph name (`recordOperation`), both through a
/// glob re-export that anything you declare shadows: they are what `inherits = recordOperation`
/// finds, so bring them into scope (`use` the Graph name, or glob-import the module) or write a
/// path to them. The base may be declared before or after the child, in another module or
/// crate; for an entity type, the macro also writes its paths' navigation types (see
/// [`EntityPath`]).
///
/// ```
/// use graph_resource::prelude::*;
///
/// #[graph_resource(complex, namespace = "contoso")]
/// pub struct Address {
///     #[graph(rename = "zip")]
///     pub postal_code: Option<String>,
///     #[graph(secret)]
///     pub door_code: Option<String>,
/// }
///
/// let a = Address { postal_code: Some("98052".into()), door_code: Some("1234".into()), ..Default::default() };
/// assert_eq!(serde_json::to_string(&a)?, r##"{"@odata.type":"#contoso.address","zip":"98052","doorCode":"1234"}"##);
/// assert!(!format!("{a:?}").contains("1234"));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub use graph_resource_macros::graph_resource;

/// Declares a Graph enumeration on an enum of unit variants.
///
/// Wire names are the variants in lowerCamelCase unless `rename_all = "..."` (`camelCase`,
/// `PascalCase`, `snake_case`, `SCREAMING_SNAKE_CASE`, `kebab-case`, `lowercase`, `UPPERCASE`)
/// or a variant's `#[graph(rename = "...")]` says otherwise; `flags` declares a flags
/// enumeration (values are [`Flags`]). A generated variant `Unrecognized(String)` keeps members
/// this code does not know. The enum gets `Serialize`, `Deserialize`, `Debug`, `Clone`,
/// `PartialEq`, `Eq`, `Hash`, `Display`, `FromStr`, `as_str()` and [`GraphEnum`].
///
/// ```
/// use graph_resource::prelude::*;
///
/// #[graph_enum]
/// pub enum Tone { Tone0, #[graph(rename = "flash")] Flash }
///
/// assert_eq!(serde_json::to_string(&Tone::Flash)?, r#""flash""#);
/// assert_eq!(serde_json::from_str::<Tone>(r#""TONE0""#)?, Tone::Tone0);
/// assert_eq!(serde_json::from_str::<Tone>(r#""tone1""#)?, Tone::Unrecognized("tone1".into()));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub use graph_resource_macros::graph_enum;

/// Declares a polymorphic family: an enum whose variants each hold a type descending from
/// `base`, read by dispatching on `@odata.type`.
///
/// ```
/// use graph_resource::models::*;
/// use graph_resource::prelude::*;
///
/// #[graph_resource(inherits = commsOperation)]
/// pub struct PlayPromptOperation {
///     pub completion_reason: Option<String>,
/// }
///
/// #[graph_family(base = commsOperation)]
/// pub enum AnyCommsOperation {
///     Record(RecordOperation),
///     PlayPrompt(PlayPromptOperation),
///     #[graph(fallback)]
///     Other(CommsOperation),
/// }
///
/// let ops: Vec<AnyCommsOperation> = serde_json::from_str(r##"[
///     {"@odata.type": "#microsoft.graph.recordOperation", "id": "1", "status": "running"},
///     {"@odata.type": "#microsoft.graph.cancelMediaProcessingOperation", "id": "2"},
///     {"id": "3"}
/// ]"##)?;
/// assert!(matches!(ops[0], AnyCommsOperation::Record(_)));
/// assert_eq!(ops[0].status(), &Some(OperationStatus::Running)); // whatever the variant
/// assert_eq!(ops[1].odata_type(), "#microsoft.graph.cancelMediaProcessingOperation");
/// assert!(matches!(ops[2], AnyCommsOperation::Other(_)));
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// - Reading dispatches on `@odata.type` (any accepted form, anywhere in the object). When it
///   comes first, as Graph writes it, nothing is buffered; otherwise only the entries before it.
/// - No tag: the variant holding the base itself, else the fallback, else an error. An unknown
///   tag: the `#[graph(fallback)]` variant, which keeps the tag and the unknown properties and
///   writes both back; with no fallback, an error naming the unknown type and the known ones.
/// - Generated: `Serialize`, `Deserialize`, `Debug`, `Clone`, `PartialEq`, `From<Variant>`,
///   `TryFrom<Family> for Variant`, and, for each property of the base, an accessor and its
///   `_mut` twin that work whatever the variant (`op.status()`, `op.status_mut()`), plus
///   `additional_data()` and `odata_type()`.
/// - Every variant's type must descend from the base: a compile error at the variant otherwise.
/// - Keys: `base` (the base's Graph or Rust name, a path as with `inherits`), `crate`, and
///   `local` (the base is declared in this module: accessors name property types as the
///   base's fields do, so rustdoc shows them as written; the generator's families say it).
/// - Finding the variant of a tag is a hash lookup in a table built once per family.
pub use graph_resource_macros::graph_family;

/// Declares the parameters of an action or function: a struct with named fields, one per
/// parameter (`Option<T>` where the parameter is nullable). Generates
/// [`OperationParams`] (an action's JSON body with the declared wire names, `None`s left out;
/// a function's OData literals), `Default`, `Clone`, `PartialEq` and a `Debug` that redacts
/// `secret` parameters. Field options in `#[graph(...)]`: `rename = "WireName"` (default:
/// lowerCamelCase; Graph declares some in PascalCase: `sendMail`'s `Message`), `secret`, `bare`
/// (a string written unquoted in a function's URL: date, time and GUID literals).
///
/// ```
/// use graph_resource::prelude::*;
///
/// #[graph_params]
/// pub struct SendMail {
///     #[graph(rename = "Message")]
///     pub message: serde_json::Value,
///     #[graph(rename = "SaveToSentItems")]
///     pub save_to_sent_items: Option<bool>,
/// }
///
/// let p = SendMail { message: serde_json::json!({"subject": "Hi"}), save_to_sent_items: None };
/// let mut body = Vec::new();
/// p.write_body(&mut body).unwrap();
/// assert_eq!(body, br#"{"Message":{"subject":"Hi"}}"#);
/// ```
pub use graph_resource_macros::graph_params;

/// Declares an entity container: a struct whose fields are its singletons (`me: User`) and
/// entity sets (`users: Vec<User>`). Expands to a trait of the struct's name, implemented for
/// [`Graph`], with one method per member returning its path; a glob import of the module
/// brings the trait, and with it the methods. `#[graph(rename = "...")]` sets a member's URL
/// segment (default: lowerCamelCase of the field).
///
/// ```
/// use graph_resource::models::CommsOperation;
/// use graph_resource::prelude::*;
///
/// /// Where calls' operations are.
/// #[graph_container]
/// pub struct Calls {
///     /// Every comms operation of a call.
///     #[graph(rename = "communications/calls/57dab8b1/operations")]
///     pub call_operations: Vec<CommsOperation>,
/// }
///
/// assert_eq!(
///     Graph::beta().call_operations().url(),
///     "https://graph.microsoft.com/beta/communications/calls/57dab8b1/operations"
/// );
/// ```
///
/// `#[graph_container(extends = other::GraphService)]` declares members beside another crate's
/// container (an extension of a generated models crate): a member the other already has is a
/// compile error naming it, not the ambiguity of two methods of one name on `Graph`.
pub use graph_resource_macros::graph_container;

/// Adds navigation properties to an entity type declared elsewhere (a generated models
/// crate's `User`): a struct whose fields are the properties (`Vec<T>` for a collection),
/// expanded to a trait of the struct's name whose methods the paths of that type, and of every
/// type derived from it, have once the trait is in scope. `#[graph(rename = "...")]` sets a
/// property's URL segment. A property the type's paths already have is a compile error naming
/// it.
///
/// ```
/// use graph_resource::models::{CommsOperation, RecordOperation};
/// use graph_resource::prelude::*;
///
/// /// Contoso's navigation properties of every comms operation.
/// #[graph_navigation(on = CommsOperation)]
/// pub struct ContosoOperationLinks {
///     /// Operations this one started.
///     pub followups: Vec<CommsOperation>,
///     #[graph(rename = "contoso.parent")]
///     pub parent: Option<CommsOperation>,
/// }
///
/// let ops = Graph::v1().collection::<RecordOperation>("communications/operations");
/// assert_eq!(
///     ops.id("1").followups().url(),   // a recordOperation's paths have them too
///     "https://graph.microsoft.com/v1.0/communications/operations/1/followups"
/// );
/// assert!(ops.id("1").parent().url().ends_with("/1/contoso.parent"));
/// ```
pub use graph_resource_macros::graph_navigation;

/// Everything a declaration needs: `use graph_resource::prelude::*;`.
///
/// The attributes, the traits, the runtime types, and the root [`Entity`](models::Entity)
/// with the names `inherits = entity` (or `Entity`) resolves to.
///
/// The other built-in types are in [`models`] (its enumerations are here too): import them from
/// there (`use graph_resource::models::commsOperation;`, or `models::*`). A prelude that
/// brought their lookup names would make them ambiguous with the user's own types of the same
/// Graph name (Graph v1.0 has its own `commsOperation`).
///
/// ```
/// use graph_resource::prelude::*;
///
/// // The user's own `commsOperation`: the prelude does not bring the built-in one.
/// #[graph_resource(inherits = entity)]
/// pub struct CommsOperation {
///     pub client_context: Option<String>,
/// }
///
/// #[graph_resource(inherits = commsOperation)]
/// pub struct PlayPromptOperation {
///     pub completion_reason: Option<String>,
/// }
///
/// let op = PlayPromptOperation { client_context: Some("c".into()), ..Default::default() };
/// assert_eq!(PlayPromptOperation::ANCESTORS, ["#microsoft.graph.entity", "#microsoft.graph.commsOperation"]);
/// # let _ = op;
/// ```
pub mod prelude {
    pub use crate::models::{entity, Entity, OperationStatus, RecordCompletionReason};
    pub use crate::{
        graph_container, graph_enum, graph_family, graph_navigation, graph_params, graph_resource,
    };
    pub use crate::{
        AdditionalData, CollectionPath, CreateRequest, DeleteRequest, EntityPath, Flags, Graph,
        GraphEnum, GraphFlags, GraphResource, OperationParams, OperationRequest, Page,
        RequestError, UpdateRequest,
    };
    #[cfg(feature = "http")]
    pub use crate::{Batch, GetRequest, GraphError, ListRequest};
}

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;
