//! Names and hygiene: every legal struct that Graph's v1.0 schema or a real crate produces
//! works, and nothing the macros add collides with the user's names or std's. One test (or
//! module that must compile) per case of the names issue; the file denies every warning.

#![deny(warnings)]

use graph_resource::{AdditionalData, GraphResource};
use serde_json::json;

/// v1.0 `singleValueLegacyExtendedProperty` and `keyValue`: a property named `value` (and
/// `build`, `create`, `type`) on a creatable type, and the same inherited from an abstract base.
mod value_fields {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    pub struct SingleValueLegacyExtendedProperty {
        pub value: Option<String>,
    }

    #[graph_resource(complex)]
    pub struct KeyValue {
        pub key: Option<String>,
        pub value: Option<String>,
    }

    #[graph_resource(inherits = entity, abstract)]
    pub struct Setting {
        pub value: Option<String>,
        pub build: Option<String>,
        pub create: Option<bool>,
        pub r#type: Option<String>,
        pub set: Option<i32>,
        pub state: Option<i32>,
    }

    #[graph_resource(inherits = setting)]
    pub struct DeviceSetting {
        pub r#loop: Option<i32>,
    }
}

#[test]
fn fields_named_like_builder_methods() {
    use value_fields::*;
    let request = SingleValueLegacyExtendedProperty::create()
        .value("String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color")
        .build();
    assert_eq!(
        serde_json::to_value(request.body()).unwrap()["value"],
        "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color"
    );
    // Inherited from an abstract base: the rule is the same for every child. `build` has the
    // setter `set_build`, since `build()` ends the builder.
    let request = DeviceSetting::create()
        .value("v")
        .set_build("b")
        .create(true)
        .r#type("t")
        .set(1)
        .state(2)
        .r#loop(3)
        .build();
    assert_eq!(
        serde_json::to_value(request.body()).unwrap(),
        json!({"@odata.type": "#microsoft.graph.deviceSetting", "value": "v", "build": "b",
               "create": true, "type": "t", "set": 1, "state": 2, "loop": 3})
    );
    let kv: KeyValue = serde_json::from_value(json!({"key": "k", "value": "v"})).unwrap();
    assert_eq!(kv.value.as_deref(), Some("v"));
}

/// v1.0 `todo`, `print` (entities) and `file` (complex): std's `todo!`, `print!`, `file!` still
/// work in the declaring module.
mod std_named {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    pub struct Todo {
        pub lists: Option<Vec<String>>,
    }

    #[graph_resource(complex)]
    pub struct PrintSettings {
        pub document_conversion_enabled: Option<bool>,
    }

    #[graph_resource]
    pub struct Print {
        pub settings: Option<PrintSettings>,
    }

    #[graph_resource(complex)]
    pub struct File {
        pub mime_type: Option<String>,
        pub processing_metadata: Option<bool>,
    }

    #[graph_resource(complex)]
    pub struct Format {
        pub name: Option<String>,
    }

    #[graph_resource(complex)]
    pub struct Test {
        pub name: Option<String>,
    }

    /// A child of `todo` by its Graph name: looked up by its Rust name, `Todo`.
    #[graph_resource(inherits = todo)]
    pub struct DelegatedTodo {
        pub owner: Option<String>,
    }

    pub fn uses_std_macros() -> String {
        print!("");
        let here = file!();
        let text = format!("{here}:{}", line!());
        if text.is_empty() {
            todo!()
        }
        text
    }

    #[test]
    fn a_test_in_the_declaring_module() {
        assert!(uses_std_macros().contains("names.rs"));
    }
}

/// A module that glob-imports the models of `std_named`: std's macros are not ambiguous there.
mod glob_of_std_named {
    #[allow(unused_imports)]
    use super::std_named::*;

    pub fn uses_std_macros() -> String {
        print!("");
        format!("{}{}", file!(), vec![1].len())
    }
}

#[test]
fn graph_names_that_are_std_macros() {
    use std_named::*;
    assert!(glob_of_std_named::uses_std_macros().contains("names.rs1"));
    assert_eq!(Todo::ODATA_TYPE, "#microsoft.graph.todo");
    assert_eq!(File::ODATA_TYPE, "#microsoft.graph.file");
    assert_eq!(
        DelegatedTodo::ANCESTORS,
        ["#microsoft.graph.entity", "#microsoft.graph.todo"]
    );
    let file: File = serde_json::from_value(json!({"mimeType": "text/plain"})).unwrap();
    assert_eq!(file.mime_type.as_deref(), Some("text/plain"));
    let print: Print =
        serde_json::from_value(json!({"settings": {"documentConversionEnabled": true}})).unwrap();
    assert_eq!(
        print.settings.and_then(|s| s.document_conversion_enabled),
        Some(true)
    );
}

/// `pub mod calendar` beside `Calendar`, and two types of one Graph name in one module
/// (v1.0 `alert` and `security.alert`), each inherited by its Rust name.
mod same_names {
    use graph_resource::prelude::*;

    pub mod calendar {
        pub const DEFAULT: &str = "Calendar";
    }

    #[graph_resource(inherits = entity)]
    pub struct Calendar {
        pub name: Option<String>,
        pub can_edit: Option<bool>,
    }

    /// A child of `calendar` beside a module of that name: the module is what `calendar`
    /// names in the type namespace here (it shadows the type's Graph-name alias), so the child
    /// names its base by the Rust name.
    #[graph_resource(inherits = Calendar)]
    pub struct SharedCalendar {
        pub owner: Option<String>,
    }

    #[graph_resource(inherits = entity)]
    pub struct Alert {
        pub activity_group_name: Option<String>,
    }

    #[graph_resource(inherits = entity, name = "alert", namespace = "microsoft.graph.security")]
    pub struct SecurityAlert {
        pub alert_web_url: Option<String>,
    }

    #[graph_resource(inherits = Alert)]
    pub struct LegacyAlertChild {
        pub x: Option<i32>,
    }

    #[graph_resource(inherits = SecurityAlert)]
    pub struct SecurityAlertChild {
        pub y: Option<i32>,
    }
}

#[test]
fn modules_and_graph_names_shared() {
    use same_names::*;
    assert_eq!(calendar::DEFAULT, "Calendar");
    assert_eq!(
        SharedCalendar::ANCESTORS,
        ["#microsoft.graph.entity", "#microsoft.graph.calendar"]
    );
    assert_eq!(
        LegacyAlertChild::ANCESTORS,
        ["#microsoft.graph.entity", "#microsoft.graph.alert"]
    );
    assert_eq!(
        SecurityAlertChild::ANCESTORS,
        ["#microsoft.graph.entity", "#microsoft.graph.security.alert"]
    );
    let c = SecurityAlertChild {
        alert_web_url: Some("https://security.microsoft.com/alerts/1".into()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&c).unwrap()["alertWebUrl"],
        "https://security.microsoft.com/alerts/1"
    );
}

/// The prelude rule: a user who glob-imports the prelude and declares their own types with the
/// built-ins' names inherits their own by bare name.
mod own_seed_types {
    use graph_resource::prelude::*;

    #[graph_resource(complex)]
    pub struct ResultInfo {
        pub code: Option<i32>,
        pub v1_only: Option<bool>,
    }

    #[graph_resource(inherits = entity)]
    pub struct CommsOperation {
        pub client_context: Option<String>,
        pub result_info: Option<ResultInfo>,
    }

    #[graph_resource(inherits = commsOperation)]
    pub struct RecordOperation {
        pub recording_location: Option<String>,
    }

    #[graph_resource(inherits = resultInfo, complex)]
    pub struct DetailedResultInfo {
        pub detail: Option<String>,
    }
}

#[test]
fn own_types_with_built_in_names() {
    use own_seed_types::*;
    let op = RecordOperation {
        result_info: Some(ResultInfo {
            v1_only: Some(true),
            ..Default::default()
        }),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&op).unwrap()["resultInfo"]["v1Only"],
        true
    );
    assert_eq!(
        RecordOperation::ANCESTORS,
        ["#microsoft.graph.entity", "#microsoft.graph.commsOperation"]
    );
    assert_eq!(DetailedResultInfo::PROPERTIES, ["code", "v1Only", "detail"]);
}

/// Deprecated fields: no warning from generated code (this file denies warnings); the user's
/// own uses still warn, and children carry the deprecation (see `ui/deprecated_inherited.rs`).
mod deprecated_fields {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    pub struct Team {
        #[deprecated(note = "use `summary`")]
        pub internal_id: Option<String>,
        pub summary: Option<String>,
    }

    #[graph_resource(inherits = team)]
    pub struct ClassTeam {
        pub term: Option<String>,
    }

    #[graph_family(base = team)]
    pub enum AnyTeam {
        Class(ClassTeam),
        #[graph(fallback)]
        Other(Team),
    }
}

#[test]
#[allow(deprecated)]
fn deprecated_fields() {
    use deprecated_fields::*;
    let t: ClassTeam = serde_json::from_value(json!({"internalId": "19:x", "term": "t"})).unwrap();
    assert_eq!(t.internal_id.as_deref(), Some("19:x"));
    let any: AnyTeam = t.into();
    assert_eq!(any.internal_id().as_deref(), Some("19:x"));
}

/// `#[cfg]` on fields (one configured out) and `#[cfg_attr(.., graph(secret))]`.
mod configured {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    pub struct Device {
        #[cfg(feature = "optional-fields")]
        pub operating_system: Option<String>,
        #[cfg(not(feature = "optional-fields"))]
        pub display_name: Option<String>,
        #[cfg_attr(all(), graph(secret))]
        pub registration_key: Option<String>,
        #[cfg_attr(any(), graph(secret))]
        pub model: Option<String>,
        #[cfg_attr(all(), graph(read_only))]
        pub approximate_last_sign_in_date_time: Option<String>,
    }

    #[graph_resource(inherits = device)]
    pub struct ManagedDevice {
        pub serial_number: Option<String>,
    }
}

#[test]
fn cfg_and_cfg_attr_on_fields() {
    use configured::*;
    let d: ManagedDevice = serde_json::from_value(json!({
        "operatingSystem": "Windows", "displayName": "PC", "registrationKey": "KEY-123",
        "model": "Surface", "serialNumber": "S1"
    }))
    .unwrap();
    // The configured-out property is kept like an unknown one, and written back.
    assert_eq!(
        d.additional_data.get("operatingSystem"),
        Some(&json!("Windows"))
    );
    assert_eq!(
        serde_json::to_value(&d).unwrap()["operatingSystem"],
        "Windows"
    );
    let debug = format!("{d:?}");
    assert!(!debug.contains("KEY-123"), "{debug}");
    assert!(debug.contains("Surface"), "{debug}");
    // `read_only` under a true `cfg_attr`: no setter (`ui/create_read_only_setter.rs`); the
    // others have theirs.
    let body = Device::create()
        .display_name("PC")
        .model("m")
        .registration_key("k")
        .build();
    assert_eq!(body.body().display_name.as_deref(), Some("PC"));
}

/// A declaration in a `macro_rules!` body with a fixed struct name, called twice (one module
/// per API version), and `inherits = $base` / `base = $base` / `crate = $krate` fragments.
macro_rules! api_version {
    ($version:ident, $base:path, $krate:path) => {
        pub mod $version {
            #[graph_resource::graph_resource(inherits = $base, crate = $krate)]
            pub struct Message {
                pub subject: Option<String>,
            }

            #[graph_resource::graph_resource(inherits = message, crate = $krate)]
            pub struct EventMessage {
                pub meeting_message_type: Option<String>,
            }

            #[graph_resource::graph_family(base = $base, crate = $krate)]
            pub enum AnyEntity {
                Message(Message),
            }

            #[graph_resource::graph_resource(inherits = $base)]
            pub struct Contact {
                pub given_name: Option<String>,
            }
        }
    };
}

/// Token for token the same declaration, from two calls of one macro.
macro_rules! address_module {
    ($m:ident) => {
        pub mod $m {
            #[graph_resource::graph_resource(complex)]
            pub struct Address {
                pub city: Option<String>,
            }
        }
    };
}

address_module!(address_v1);
address_module!(address_beta);

api_version!(v1, graph_resource::models::entity, graph_resource);
api_version!(beta, ::graph_resource::models::Entity, ::graph_resource);

#[test]
fn declarations_from_one_macro_body() {
    let a = address_v1::Address {
        city: Some("a".into()),
        ..Default::default()
    };
    let b = address_beta::Address {
        city: Some("b".into()),
        ..Default::default()
    };
    assert_eq!(serde_json::to_value(&a).unwrap()["city"], "a");
    assert_eq!(serde_json::to_value(&b).unwrap()["city"], "b");
    assert_eq!(
        v1::EventMessage::PROPERTIES,
        ["id", "subject", "meetingMessageType"]
    );
    assert_eq!(
        beta::EventMessage::PROPERTIES,
        ["id", "subject", "meetingMessageType"]
    );
    let m: beta::AnyEntity =
        serde_json::from_value(json!({"@odata.type": "#microsoft.graph.message", "subject": "hi"}))
            .unwrap();
    assert!(matches!(m, beta::AnyEntity::Message(ref x) if x.subject.as_deref() == Some("hi")));
}

/// A child whose module has its own `String`, `Option`, `Vec` and `Box`: inherited types are
/// not changed by them.
mod own_prelude_names {
    #![allow(dead_code)]
    use graph_resource::graph_resource;

    pub struct String;
    pub struct Option;
    pub struct Vec;
    pub struct Box;

    #[graph_resource(inherits = crate::other_bases::listItem)]
    pub struct DocumentItem {
        pub pages: ::std::option::Option<i32>,
    }
}

mod other_bases {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    pub struct ListItem {
        pub title: Option<String>,
        pub tags: Option<Vec<String>>,
        pub parent: Option<Box<ListItem>>,
        pub size: Option<i64>,
    }
}

/// And a module without the implicit prelude at all.
#[no_implicit_prelude]
mod no_prelude {
    #[::graph_resource::graph_resource(inherits = crate::other_bases::listItem)]
    pub struct Page {
        pub words: ::std::option::Option<i64>,
    }
}

#[test]
fn inherited_types_ignore_the_childs_scope() {
    let doc: own_prelude_names::DocumentItem = serde_json::from_value(json!({
        "title": "t", "tags": ["a"], "parent": {"title": "p"}, "size": 3, "pages": 2
    }))
    .unwrap();
    assert_eq!(doc.title.as_deref(), Some("t"));
    assert_eq!(doc.tags, Some(vec!["a".to_owned()]));
    assert_eq!(
        doc.parent.as_ref().and_then(|p| p.title.as_deref()),
        Some("p")
    );
    let page: no_prelude::Page = serde_json::from_value(json!({"words": 9, "size": 1})).unwrap();
    assert_eq!((page.words, page.size), (Some(9), Some(1)));
}

/// Setters have the field's visibility and lint attributes: a private field's setter is private
/// (`ui/create_private_setter.rs`), an `allow(non_snake_case)` field's setter allowed too.
mod setters {
    use graph_resource::prelude::*;

    /// rustc reads `non_snake_case` for fields at the struct; the setters get it too.
    #[graph_resource(inherits = entity)]
    #[allow(non_snake_case)]
    pub struct Contact {
        pub givenName: Option<String>,
        secret_note: Option<String>,
    }

    #[graph_resource(complex)]
    pub struct Name {
        #[allow(clippy::doc_markdown)]
        /// The name, as GivenName would write it.
        pub value: Option<String>,
    }

    pub fn with_note(note: &str) -> Contact {
        Contact::create().secret_note(note).build().into_body()
    }
}

#[test]
fn setters_follow_their_fields() {
    let c = setters::Contact::create().givenName("Adele").build();
    assert_eq!(
        serde_json::to_value(c.body()).unwrap()["givenName"],
        "Adele"
    );
    let c = setters::with_note("n");
    assert_eq!(serde_json::to_value(&c).unwrap()["secretNote"], "n");
}

/// Families over bases whose properties are named like the accessors' own methods.
mod family_names {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    pub struct Thing {
        pub kind: Option<String>,
        pub size: Option<i64>,
    }

    #[graph_family(base = thing)]
    pub enum AnyThing {
        #[graph(fallback)]
        Thing(Thing),
    }
}

#[test]
fn family_accessors() {
    let mut t: family_names::AnyThing =
        serde_json::from_value(json!({"kind": "k", "size": 1})).unwrap();
    *t.size_mut() = Some(2);
    assert_eq!((t.kind().as_deref(), *t.size()), (Some("k"), Some(2)));
}

#[test]
fn additional_data_is_the_only_field_added() {
    let kv = value_fields::KeyValue {
        key: None,
        value: None,
        additional_data: AdditionalData::new(),
    };
    assert_eq!(kv, value_fields::KeyValue::default());
}

/// The builder is a documented type beside the struct (`TeamBuilder<Mode, DisplayName = Unset>`)
/// brought by a glob: a user's own `TeamBuilder`, `Mode`, or types named like the builder's
/// parameters (`DisplayName`, `Visibility`, `ModeState`) in field types change nothing.
mod builder_names {
    use graph_resource::prelude::*;

    /// The user's own builder, by the name the generated one would take.
    #[derive(Debug, Default)]
    pub struct TeamBuilder {
        pub note: &'static str,
    }

    pub type Mode = String;
    pub type DisplayName = String;
    pub type ModeState = u8;
    pub type Visibility = Option<u8>;

    #[graph_resource(inherits = entity)]
    pub struct Team {
        #[graph(required)]
        pub display_name: DisplayName,
        #[graph(required)]
        pub visibility: Visibility,
        pub mode: Option<Mode>,
        pub mode_state: Option<ModeState>,
    }
}

#[test]
fn builder_type_yields_to_the_users_names() {
    use builder_names::{DisplayName, Mode, ModeState, Team, TeamBuilder};
    let mine = TeamBuilder { note: "mine" };
    assert_eq!(mine.note, "mine");
    let body = Team::create()
        .mode(Mode::from("m"))
        .display_name(DisplayName::from("d"))
        .mode_state(ModeState::from(2u8))
        .visibility(Some(1))
        .build()
        .body_json()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        v,
        json!({"@odata.type": "#microsoft.graph.team", "displayName": "d", "visibility": 1,
               "mode": "m", "modeState": 2})
    );
}

/// Graph names that are path keywords (`crate`, `self`: legal in CSDL) are Graph names like
/// any other; they are no lookup names (no macro can be called `self`), so children inherit
/// such a type by its Rust name.
mod path_keyword_names {
    use graph_resource::prelude::*;

    #[graph_resource(complex)]
    pub struct Crate {
        pub a: Option<String>,
    }

    #[graph_resource(inherits = Crate, complex)]
    pub struct CrateChild {
        pub b: Option<String>,
    }

    #[graph_resource(complex, name = "self")]
    pub struct Other {
        pub a: Option<String>,
    }

    #[graph_resource(complex, name = "type")]
    pub struct Kind {
        pub a: Option<String>,
    }
}

#[test]
fn path_keywords_as_graph_names() {
    use path_keyword_names::*;
    assert_eq!(Crate::ODATA_TYPE, "#microsoft.graph.crate");
    assert_eq!(Other::ODATA_TYPE, "#microsoft.graph.self");
    assert_eq!(Kind::ODATA_TYPE, "#microsoft.graph.type");
    let child = CrateChild {
        a: Some("x".into()),
        b: Some("y".into()),
        ..CrateChild::default()
    };
    assert_eq!(
        serde_json::to_value(&child).unwrap(),
        json!({"@odata.type": "#microsoft.graph.crateChild", "a": "x", "b": "y"})
    );
}
