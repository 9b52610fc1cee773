//! Inheritance in every placement: same module (either order), other modules (either order,
//! relative and absolute paths), the runtime, another crate, chains of depth four; the child's
//! module never imports the types of the base's fields.

use graph_resource::{AdditionalData, GraphResource};
use graph_resource_test_models::{MediaPrompt, PlayPromptOperation, PromptKind};
use graph_resource_tests::bases::DirectoryObject;
use graph_resource_tests::early_child::{GuestUser, User};
use graph_resource_tests::late_child::Group;
use serde_json::json;

/// A child declared before its base in the same module, inheriting the runtime by glob import.
mod same_module {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = callRecordingBase)]
    pub struct CallRecording {
        pub content_url: Option<String>,
    }

    #[graph_resource(inherits = entity, abstract, name = "callRecordingBase")]
    pub struct RecordingBase {
        pub created_date_time: Option<String>,
        pub status: Option<OperationStatus>,
    }
}

/// A child of a type of another crate, whose field types this module does not import.
mod cross_crate {
    use graph_resource::graph_resource;

    #[graph_resource(inherits = graph_resource_test_models::mediaPrompt, complex)]
    pub struct LocalMediaPrompt {
        pub cache_key: Option<String>,
    }

    #[graph_resource(inherits = graph_resource_test_models::playPromptOperation)]
    pub struct TimedPlayPrompt {
        pub duration_seconds: Option<i64>,
    }
}

/// (abstract, complex) of a type.
fn kind<T: GraphResource>() -> (bool, bool) {
    (T::IS_ABSTRACT, T::IS_COMPLEX)
}

fn keys(v: &serde_json::Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

#[test]
fn same_module_child_before_base() {
    use same_module::{CallRecording, RecordingBase};
    let rec = CallRecording {
        id: Some("r1".into()),
        created_date_time: Some("2026-01-01T00:00:00Z".into()),
        status: Some(graph_resource::models::OperationStatus::Completed),
        content_url: Some("https://x/y".into()),
        additional_data: AdditionalData::new(),
    };
    let v = serde_json::to_value(&rec).unwrap();
    assert_eq!(
        keys(&v),
        [
            "@odata.type",
            "id",
            "createdDateTime",
            "status",
            "contentUrl"
        ]
    );
    assert_eq!(v["@odata.type"], "#microsoft.graph.callRecording");
    assert_eq!(
        CallRecording::ANCESTORS,
        [
            "#microsoft.graph.entity",
            "#microsoft.graph.callRecordingBase"
        ]
    );
    assert_eq!(kind::<RecordingBase>(), (true, false));
    assert_eq!(kind::<CallRecording>(), (false, false));
}

#[test]
fn other_modules_either_order() {
    // `Group` is declared before `DirectoryObject`, `User` after it.
    assert_eq!(
        Group::PROPERTIES,
        [
            "id",
            "deletedDateTime",
            "deletion",
            "displayName",
            "mailEnabled"
        ]
    );
    assert_eq!(
        User::PROPERTIES,
        [
            "id",
            "deletedDateTime",
            "deletion",
            "userPrincipalName",
            "password"
        ]
    );
    assert_eq!(DirectoryObject::ANCESTORS, ["#microsoft.graph.entity"]);
    let g: Group = serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.group",
        "id": "g1",
        "deletion": {"reason": "expired"},
        "mailEnabled": true
    }))
    .unwrap();
    assert_eq!(g.deletion.unwrap().reason.as_deref(), Some("expired"));
    assert_eq!(g.mail_enabled, Some(true));
}

#[test]
fn chain_of_depth_four() {
    let guest = GuestUser {
        id: Some("u1".into()),
        user_principal_name: Some("a@b".into()),
        invited_by: Some("admin".into()),
        ..Default::default()
    };
    assert_eq!(
        GuestUser::ANCESTORS,
        [
            "#microsoft.graph.entity",
            "#microsoft.graph.directoryObject",
            "#microsoft.graph.user"
        ]
    );
    let v = serde_json::to_value(&guest).unwrap();
    assert_eq!(
        keys(&v),
        ["@odata.type", "id", "userPrincipalName", "invitedBy"]
    );
    assert_eq!(serde_json::from_value::<GuestUser>(v).unwrap(), guest);
}

#[test]
fn runtime_chain() {
    use graph_resource::models::*;
    assert_eq!(
        RecordOperation::PROPERTIES,
        [
            "id",
            "clientContext",
            "resultInfo",
            "status",
            "completionReason",
            "recordingAccessToken",
            "recordingLocation"
        ]
    );
    assert_eq!(CommsOperation::ANCESTORS, ["#microsoft.graph.entity"]);
    assert_eq!(kind::<Entity>(), (true, false));
    assert_eq!(kind::<ResultInfo>(), (false, true));
    assert_eq!(kind::<RecordOperation>(), (false, false));
}

#[test]
fn across_crates() {
    use cross_crate::{LocalMediaPrompt, TimedPlayPrompt};
    let p = LocalMediaPrompt {
        kind: Some(PromptKind::Speech),
        media_info: Some(graph_resource_test_models::media::MediaInfo {
            uri: Some("https://cdn/x.wav".into()),
            ..Default::default()
        }),
        r#loop: Some(2),
        cache_key: Some("k".into()),
        additional_data: AdditionalData::new(),
    };
    // A child of a complex type is complex.
    assert_eq!(kind::<LocalMediaPrompt>(), (false, true));
    assert_eq!(kind::<MediaPrompt>(), (false, true));
    let v = serde_json::to_value(&p).unwrap();
    assert_eq!(
        v,
        json!({
            "@odata.type": "#microsoft.graph.localMediaPrompt",
            "kind": "speech",
            "mediaInfo": {"@odata.type": "#microsoft.graph.mediaInfo", "uri": "https://cdn/x.wav"},
            "loop": 2,
            "cacheKey": "k"
        })
    );
    assert_eq!(
        keys(&v),
        ["@odata.type", "kind", "mediaInfo", "loop", "cacheKey"]
    );

    let t = TimedPlayPrompt {
        status: Some(graph_resource::models::OperationStatus::Running),
        media_token: Some("s3cr3t-token".into()),
        duration_seconds: Some(30),
        ..Default::default()
    };
    assert_eq!(
        TimedPlayPrompt::ANCESTORS,
        [
            "#microsoft.graph.entity",
            "#microsoft.graph.commsOperation",
            "#microsoft.graph.playPromptOperation"
        ]
    );
    let debug = format!("{t:?}");
    assert!(!debug.contains("s3cr3t-token"), "{debug}");
    assert!(debug.contains("media_token: Some(<redacted>)"), "{debug}");
    let _: PlayPromptOperation = serde_json::from_value(json!({"status": "running"})).unwrap();
}

#[test]
fn inherited_fields_are_plain_fields() {
    // Inherited fields are real fields: struct literal, field access, pattern.
    let op = graph_resource::models::RecordOperation {
        id: Some("1".into()),
        client_context: Some("ctx".into()),
        result_info: None,
        status: None,
        completion_reason: None,
        recording_access_token: None,
        recording_location: None,
        additional_data: AdditionalData::new(),
    };
    let graph_resource::models::RecordOperation { client_context, .. } = op;
    assert_eq!(client_context.as_deref(), Some("ctx"));
}

#[test]
fn inside_a_function_body() {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = localBase, complex)]
    struct LocalChild {
        b: Option<Inner>,
    }

    #[graph_resource(complex, abstract, name = "localBase")]
    struct LocalBase {
        a: Option<Inner>,
    }

    #[graph_resource(complex)]
    struct Inner {
        x: Option<i32>,
    }

    let c: LocalChild =
        serde_json::from_value(json!({"a": {"x": 1}, "b": {"x": 2}, "c": 3})).unwrap();
    assert_eq!(c.a.as_ref().and_then(|i| i.x), Some(1));
    assert_eq!(c.b.as_ref().and_then(|i| i.x), Some(2));
    assert_eq!(c.additional_data.get("c"), Some(&json!(3)));
    assert_eq!(LocalChild::ANCESTORS, ["#microsoft.graph.localBase"]);
    let _ = LocalBase::default();
}

/// A crate that re-exports the runtime under another name.
mod reexport {
    pub use graph_resource as gr;
}

mod with_crate_override {
    #[crate::reexport::gr::graph_resource(crate = crate::reexport::gr, inherits = crate::reexport::gr::models::entity)]
    pub struct Widget {
        pub size: Option<u32>,
    }

    #[crate::reexport::gr::graph_enum(crate = crate::reexport::gr)]
    pub enum Shape {
        Round,
    }
}

#[test]
fn crate_override() {
    let w = with_crate_override::Widget {
        id: Some("w".into()),
        size: Some(3),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&w).unwrap(),
        json!({"@odata.type": "#microsoft.graph.widget", "id": "w", "size": 3})
    );
    assert_eq!(with_crate_override::Shape::Round.as_str(), "round");
}

#[test]
fn identical_declarations_in_two_functions() {
    fn first() -> serde_json::Value {
        #[graph_resource::graph_resource(complex)]
        struct Address {
            city: Option<String>,
        }
        serde_json::to_value(Address {
            city: Some("a".into()),
            additional_data: AdditionalData::new(),
        })
        .unwrap()
    }
    fn second() -> serde_json::Value {
        #[graph_resource::graph_resource(complex)]
        struct Address {
            city: Option<String>,
        }
        serde_json::to_value(Address {
            city: Some("b".into()),
            additional_data: AdditionalData::new(),
        })
        .unwrap()
    }
    assert_eq!(first()["city"], "a");
    assert_eq!(second()["city"], "b");
}
