//! Library authors extending models they did not write: a family that extends another
//! (all its variants plus the author's), a family's requests at a path of a type that
//! inherits its base, and what unknown values show in `Debug`.
//!
//! `generated` stands for a generated models crate (the seed's `commsOperation` family);
//! `contoso` for an author's crate on top of it.

use graph_resource::models::*;
use graph_resource::prelude::*;
use serde_json::json;

mod generated {
    use graph_resource::models::*;
    use graph_resource::prelude::*;

    #[graph_family(base = commsOperation)]
    pub enum AnyCommsOperation {
        Record(RecordOperation),
        #[graph(fallback)]
        Other(CommsOperation),
    }
}

mod contoso {
    use graph_resource::models::*;
    use graph_resource::prelude::*;

    /// An operation of Contoso's: Graph's type name, another namespace.
    #[graph_resource(inherits = commsOperation, namespace = "contoso")]
    pub struct RecordOperation {
        pub archive: Option<String>,
        #[graph(secret)]
        pub archive_key: Option<String>,
    }

    /// Every operation Graph's family reads, and Contoso's.
    #[graph_family(base = commsOperation)]
    pub enum AnyOperation {
        Contoso(RecordOperation),
        #[graph(extends)]
        Graph(super::generated::AnyCommsOperation),
    }

    /// The same with a fallback of its own: tags nobody knows end there, not in Graph's.
    #[graph_family(base = commsOperation)]
    pub enum AnyOperationOrOther {
        Contoso(RecordOperation),
        #[graph(extends)]
        Graph(super::generated::AnyCommsOperation),
        #[graph(fallback)]
        Unknown(CommsOperation),
    }

    /// No fallback anywhere: an unknown tag is an error.
    #[graph_family(base = commsOperation)]
    pub enum Strict {
        Contoso(RecordOperation),
        #[graph(extends)]
        Graph(Known),
    }

    #[graph_family(base = commsOperation)]
    pub enum Known {
        Record(graph_resource::models::RecordOperation),
    }
}

use contoso::{AnyOperation, AnyOperationOrOther, Strict};
use generated::AnyCommsOperation;

fn mixed() -> serde_json::Value {
    json!({"value": [
        {"@odata.type": "#microsoft.graph.recordOperation", "id": "1", "status": "running",
         "recordingLocation": "https://x/1"},
        {"@odata.type": "#contoso.recordOperation", "id": "2", "archive": "a",
         "archiveKey": "k3y"},
        {"@odata.type": "#microsoft.graph.playPromptOperation", "id": "3",
         "@odata.etag": "W/\"9\"", "completionReason": "secretish"},
        {"id": "4"}
    ]})
}

#[test]
fn an_extending_family_reads_each_type_to_its_own() {
    let page: Page<AnyOperation> = serde_json::from_value(mixed()).unwrap();
    let [a, b, c, d] = &page.value[..] else {
        panic!("four values: {:?}", page.value)
    };
    match a {
        AnyOperation::Graph(AnyCommsOperation::Record(r)) => {
            assert_eq!(r.recording_location.as_deref(), Some("https://x/1"));
        }
        other => panic!("Graph's recordOperation: {other:?}"),
    }
    match b {
        AnyOperation::Contoso(r) => assert_eq!(r.archive_key.as_deref(), Some("k3y")),
        other => panic!("Contoso's recordOperation: {other:?}"),
    }
    // Nobody knows the tag: Graph's fallback keeps it; no tag: Graph's fallback too (the
    // family of `commsOperation` has no variant for the base itself but its fallback).
    assert!(matches!(
        c,
        AnyOperation::Graph(AnyCommsOperation::Other(_))
    ));
    assert_eq!(c.odata_type(), "#microsoft.graph.playPromptOperation");
    assert!(matches!(
        d,
        AnyOperation::Graph(AnyCommsOperation::Other(_))
    ));
    // Accessors and the written JSON go through whichever family holds the value.
    let ids: Vec<_> = page.value.iter().map(|v| v.id().clone()).collect();
    assert_eq!(ids, ["1", "2", "3", "4"].map(|s| Some(s.to_owned())));
    assert_eq!(a.status(), &Some(OperationStatus::Running));
    assert_eq!(
        serde_json::to_value(&page.value).unwrap(),
        json!([
            {"@odata.type": "#microsoft.graph.recordOperation", "id": "1", "status": "Running",
             "recordingLocation": "https://x/1"},
            {"@odata.type": "#contoso.recordOperation", "id": "2", "archive": "a",
             "archiveKey": "k3y"},
            {"@odata.type": "#microsoft.graph.playPromptOperation", "id": "3",
             "@odata.etag": "W/\"9\"", "completionReason": "secretish"},
            {"id": "4"}
        ])
    );
}

#[test]
fn a_fallback_of_its_own_takes_what_nobody_knows() {
    let page: Page<AnyOperationOrOther> = serde_json::from_value(mixed()).unwrap();
    assert!(matches!(
        page.value[0],
        AnyOperationOrOther::Graph(AnyCommsOperation::Record(_))
    ));
    assert!(matches!(page.value[1], AnyOperationOrOther::Contoso(_)));
    assert!(matches!(page.value[2], AnyOperationOrOther::Unknown(_)));
    assert_eq!(
        page.value[2].odata_type(),
        "#microsoft.graph.playPromptOperation"
    );
    // Untagged: the variant holding the base's own type (here, this family's fallback).
    assert!(matches!(page.value[3], AnyOperationOrOther::Unknown(_)));
    // This family's own variants come first: the base's own tag is its fallback's type.
    let tagged: AnyOperationOrOther =
        serde_json::from_value(json!({"@odata.type": "#microsoft.graph.commsOperation"})).unwrap();
    assert!(matches!(tagged, AnyOperationOrOther::Unknown(_)));
}

#[test]
fn without_any_fallback_an_unknown_tag_is_an_error() {
    let ok: Strict =
        serde_json::from_value(json!({"@odata.type": "microsoft.graph.recordOperation"})).unwrap();
    assert!(matches!(ok, Strict::Graph(contoso::Known::Record(_))));
    let err = serde_json::from_value::<Strict>(json!({"@odata.type": "#x.y", "id": "1"}))
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown `@odata.type` #x.y"), "{err}");
}

#[test]
fn conversions_between_families_and_their_variants() {
    let graph: AnyCommsOperation = RecordOperation::default().into();
    let mine: AnyOperation = graph.clone().into();
    assert_eq!(AnyCommsOperation::try_from(mine.clone()).unwrap(), graph);
    assert!(contoso::RecordOperation::try_from(mine).is_err());
}

#[test]
fn a_familys_requests_go_to_paths_of_types_that_inherit_its_base() {
    let root = Graph::v1();
    // A collection of Contoso's operations holds `commsOperation`s: Graph's family reads it.
    let contoso_ops =
        root.collection::<contoso::RecordOperation>("communications/contosoOperations");
    let mut list = AnyCommsOperation::list().top(5).build();
    let request = list.to_http(&contoso_ops, "t").unwrap();
    assert_eq!(
        request.uri().to_string(),
        "https://graph.microsoft.com/v1.0/communications/contosoOperations?$top=5"
    );
    let one = contoso_ops.id("7");
    let get = AnyOperation::get().build();
    assert_eq!(
        get.to_http(&one, "t").unwrap().uri().to_string(),
        "https://graph.microsoft.com/v1.0/communications/contosoOperations/7"
    );
    // Its base's own paths and its base's bases' still work as before.
    let ops = root.collection::<CommsOperation>("communications/operations");
    list.to_http(&ops, "t").unwrap();
    let entities = root.collection::<Entity>("directoryObjects");
    list.to_http(&entities, "t").unwrap();
}

#[test]
fn a_fallback_value_reads_as_the_authors_type_with_its_secrets_redacted() {
    // Graph's family alone does not know Contoso's type: its fallback keeps everything.
    let value = r##"{"@odata.type":"#contoso.recordOperation","id":"2","archive":"a","archiveKey":"k3y","big":18446744073709551617}"##;
    let fallback: AnyCommsOperation = serde_json::from_str(value).unwrap();
    assert!(matches!(fallback, AnyCommsOperation::Other(_)));
    // Debug shows what it cannot declare by name only: the extension's secret stays unseen.
    let shown = format!("{fallback:?}");
    assert!(
        shown.contains("archiveKey") && !shown.contains("k3y"),
        "{shown}"
    );
    let values = format!("{:?}", fallback.additional_data().show_values());
    assert!(values.contains(r#""archiveKey": "k3y""#), "{values}");
    assert!(
        values.contains(r#""big": 18446744073709551617"#),
        "as read: {values}"
    );
    // Read as the author's type: its secret is a field now, redacted; nothing lost.
    let mine: contoso::RecordOperation = fallback.read_as().unwrap();
    assert_eq!(mine.archive_key.as_deref(), Some("k3y"));
    assert!(!format!("{mine:?}").contains("k3y"));
    assert_eq!(serde_json::to_string(&mine).unwrap(), value);
    // A type the tag does not name is an error, never a silent half-read.
    let err = fallback
        .read_as::<RecordOperation>()
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("#contoso.recordOperation cannot be read as #microsoft.graph.recordOperation"),
        "{err}"
    );
    // Through an extending family too, and as a base.
    let extended: AnyOperation = serde_json::from_str(value).unwrap();
    let base: CommsOperation = extended.read_as().unwrap();
    assert_eq!(base.id.as_deref(), Some("2"));
}

/// A generated crate's container and a type with navigation, and an author's additions to
/// both, from "another crate" (a module that imports them by glob, as an app would).
mod models {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    pub struct DirectoryObject {
        pub deleted_date_time: Option<String>,
    }

    #[graph_resource(inherits = directoryObject)]
    pub struct User {
        pub display_name: Option<String>,
        #[graph(navigation)]
        pub manager: Option<Box<DirectoryObject>>,
    }

    /// A type derived from `user`: its paths have the author's navigation too.
    #[graph_resource(inherits = user)]
    pub struct Guest {
        pub invited_by: Option<String>,
    }

    #[graph_container]
    pub struct GraphService {
        pub users: Vec<User>,
        pub me: User,
        pub directory_objects: Vec<DirectoryObject>,
    }
}

mod contoso_paths {
    use super::models::*;
    use graph_resource::prelude::*;

    #[graph_resource(inherits = directoryObject, namespace = "contoso")]
    pub struct Device {
        pub model: Option<String>,
    }

    /// The author's entity sets, beside Graph's.
    #[graph_container(extends = super::models::GraphService)]
    pub struct ContosoService {
        /// Contoso's devices.
        pub devices: Vec<Device>,
        #[graph(rename = "contoso/fleet")]
        pub fleet: Device,
    }

    /// The author's navigation of Graph's users.
    #[graph_navigation(on = User)]
    pub struct UserDevices {
        /// The devices a user holds.
        #[graph(rename = "contoso.devices")]
        pub contoso_devices: Vec<Device>,
        pub primary_device: Option<Device>,
    }
}

#[test]
fn an_authors_members_are_methods_of_the_root_and_of_generated_paths() {
    use contoso_paths::*;
    use models::*;
    let root = Graph::v1();
    assert_eq!(
        root.devices().url(),
        "https://graph.microsoft.com/v1.0/devices"
    );
    assert_eq!(
        root.fleet().url(),
        "https://graph.microsoft.com/v1.0/contoso/fleet"
    );
    assert_eq!(root.users().url(), "https://graph.microsoft.com/v1.0/users");
    let mine = root.me().contoso_devices();
    assert_eq!(
        mine.url(),
        "https://graph.microsoft.com/v1.0/me/contoso.devices"
    );
    assert_eq!(
        mine.id("a/b").url(),
        "https://graph.microsoft.com/v1.0/me/contoso.devices/a%2Fb"
    );
    // Generated navigation still works beside it, and a derived type's path has both.
    assert_eq!(
        root.me().manager().url(),
        "https://graph.microsoft.com/v1.0/me/manager"
    );
    let guest = root.users().id("g").cast::<Guest>();
    assert_eq!(
        guest.primary_device().url(),
        "https://graph.microsoft.com/v1.0/users/g/microsoft.graph.guest/primaryDevice"
    );
    // Requests take the author's paths as they take generated ones.
    let create = Device::create().model("x").build();
    let http = create.to_http(&mine, "t").unwrap();
    assert_eq!(http.method(), "POST");
    assert_eq!(
        http.uri().to_string(),
        "https://graph.microsoft.com/v1.0/me/contoso.devices"
    );
    // A family of directory objects lists at the author's collection of devices.
    #[graph_family(base = directoryObject)]
    enum AnyObject {
        User(User),
        Device(Device),
        #[graph(fallback)]
        Other(DirectoryObject),
    }
    let mut list = AnyObject::list().build();
    assert!(list.to_http(&root.devices(), "t").is_ok());
}
