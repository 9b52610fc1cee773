//! Families: reading a base-typed payload into the right derived type.

use graph_resource::models::*;
use graph_resource::prelude::*;
use graph_resource_test_models::{MediaPrompt, PromptKind};
use serde_json::{json, Value};

#[graph_family(base = graph_resource_test_models::prompt)]
pub enum AnyPrompt {
    Media(MediaPrompt),
    #[graph(fallback)]
    Other(graph_resource_test_models::Prompt),
}

#[graph_resource(inherits = commsOperation)]
pub struct PlayPromptOperation {
    pub completion_reason: Option<String>,
    pub prompts: Option<Vec<AnyPrompt>>,
}

#[graph_family(base = commsOperation)]
pub enum AnyCommsOperation {
    Record(RecordOperation),
    PlayPrompt(PlayPromptOperation),
    #[graph(fallback)]
    Other(CommsOperation),
}

/// No fallback, no variant for the base: unknown and untagged objects are errors.
#[graph_family(base = commsOperation)]
pub enum StrictOperation {
    Record(RecordOperation),
    PlayPrompt(PlayPromptOperation),
}

#[graph_resource(complex)]
pub struct Page {
    #[graph(rename = "@odata.nextLink")]
    pub next_link: Option<String>,
    pub value: Vec<AnyCommsOperation>,
}

fn collection() -> Value {
    json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#communications/calls('57dab8b1')/operations",
        "value": [
            {
                "@odata.type": "#microsoft.graph.recordOperation",
                "@odata.etag": "W/\"1\"",
                "id": "rec-1",
                "clientContext": "c1",
                "status": "Completed",
                "completionReason": "stopToneDetected",
                "recordingLocation": "https://x/rec-1"
            },
            {
                "@odata.type": "#microsoft.graph.playPromptOperation",
                "id": "play-1",
                "status": "Running",
                "prompts": [
                    {
                        "@odata.type": "#microsoft.graph.mediaPrompt",
                        "mediaInfo": {"@odata.type": "#microsoft.graph.mediaInfo", "uri": "https://cdn/beep.wav"},
                        "loop": 5
                    },
                    {"@odata.type": "#microsoft.graph.textPrompt", "text": "hello"}
                ]
            },
            {
                "@odata.type": "#microsoft.graph.commsOperation",
                "id": "base-1",
                "status": "Failed"
            },
            {
                "@odata.type": "#microsoft.graph.cancelMediaProcessingOperation",
                "id": "cancel-1",
                "status": "Completed",
                "newProperty": {"b": 1, "a": 2},
                "clientContext": "c4"
            }
        ]
    })
}

#[test]
fn collection_with_every_variant_round_trips() {
    #[graph_resource(complex, name = "collection")]
    pub struct Collection {
        pub value: Vec<AnyCommsOperation>,
    }
    let v = collection();
    let page: Collection = serde_json::from_value(v.clone()).unwrap();
    let ops = &page.value;
    assert!(
        matches!(&ops[0], AnyCommsOperation::Record(r) if r.recording_location.as_deref() == Some("https://x/rec-1"))
    );
    let AnyCommsOperation::PlayPrompt(play) = &ops[1] else {
        panic!("{:?}", ops[1])
    };
    let prompts = play.prompts.as_ref().unwrap();
    assert!(matches!(&prompts[0], AnyPrompt::Media(m) if m.r#loop == Some(5)));
    assert!(matches!(&prompts[1], AnyPrompt::Other(_)));
    assert_eq!(prompts[1].odata_type(), "#microsoft.graph.textPrompt");
    assert_eq!(
        prompts[1].additional_data().get("text"),
        Some(&json!("hello"))
    );
    assert!(matches!(&ops[2], AnyCommsOperation::Other(o) if o.id.as_deref() == Some("base-1")));
    // The unknown derived type: the fallback keeps its tag and its extra properties.
    let AnyCommsOperation::Other(cancel) = &ops[3] else {
        panic!("{:?}", ops[3])
    };
    assert_eq!(cancel.client_context.as_deref(), Some("c4"));
    assert_eq!(
        ops[3].odata_type(),
        "#microsoft.graph.cancelMediaProcessingOperation"
    );
    assert_eq!(
        cancel.additional_data.get("newProperty"),
        Some(&json!({"b": 1, "a": 2}))
    );

    // Written back: the same value (the collection was read without a tag: none is added).
    let back = serde_json::to_value(&page).unwrap();
    assert_eq!(back, v);
    // Exactly one tag per item, first.
    let text = serde_json::to_string(&page).unwrap();
    assert_eq!(text.matches("cancelMediaProcessingOperation").count(), 1);
    assert!(
        text.contains(
            r##"{"@odata.type":"#microsoft.graph.cancelMediaProcessingOperation","id":"cancel-1""##
        ),
        "{text}"
    );
}

#[test]
fn tag_not_first_and_every_form() {
    for tag in [
        "#microsoft.graph.recordOperation",
        "microsoft.graph.recordOperation",
    ] {
        let text = format!(
            r#"{{"id":"r","status":"running","@odata.etag":"e","@odata.type":"{tag}","recordingLocation":"loc"}}"#
        );
        let op: AnyCommsOperation = serde_json::from_str(&text).unwrap();
        let AnyCommsOperation::Record(r) = &op else {
            panic!("{op:?}")
        };
        assert_eq!(r.id.as_deref(), Some("r"));
        assert_eq!(r.status, Some(OperationStatus::Running));
        assert_eq!(r.recording_location.as_deref(), Some("loc"));
        assert_eq!(r.additional_data.get("@odata.etag"), Some(&json!("e")));
        // The same from a `Value`.
        let from_value: AnyCommsOperation =
            serde_json::from_value(serde_json::from_str(&text).unwrap()).unwrap();
        assert_eq!(from_value, op);
    }
}

#[test]
fn untagged_objects() {
    // The variant holding the base itself.
    let op: AnyCommsOperation =
        serde_json::from_value(json!({"id": "x", "status": "Running"})).unwrap();
    assert!(matches!(op, AnyCommsOperation::Other(_)));
    assert_eq!(op.id().as_deref(), Some("x"));
    // Else the fallback.
    let p: AnyPrompt = serde_json::from_value(json!({"kind": "speech"})).unwrap();
    assert!(matches!(&p, AnyPrompt::Other(o) if o.kind == Some(PromptKind::Speech)));
    // Else an error.
    let err = serde_json::from_value::<StrictOperation>(json!({"id": "x"}))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("without `@odata.type`") && err.contains("StrictOperation"),
        "{err}"
    );
}

#[test]
fn unknown_type_without_fallback_is_an_error_naming_both() {
    let err = serde_json::from_str::<StrictOperation>(
        r##"{"id":"1","@odata.type":"#microsoft.graph.subscribeToToneOperation"}"##,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("#microsoft.graph.subscribeToToneOperation"),
        "{err}"
    );
    assert!(err.contains("#microsoft.graph.recordOperation"), "{err}");
    assert!(
        err.contains("#microsoft.graph.playPromptOperation"),
        "{err}"
    );
}

#[test]
fn errors_inside_a_variant_name_the_property() {
    for text in [
        r##"{"@odata.type":"#microsoft.graph.recordOperation","id":5}"##,
        r##"{"id":5,"@odata.type":"#microsoft.graph.recordOperation"}"##,
    ] {
        let err = serde_json::from_str::<AnyCommsOperation>(text)
            .unwrap_err()
            .to_string();
        assert!(err.contains("`id`"), "{err}");
    }
    let err = serde_json::from_str::<AnyCommsOperation>(
        r##"{"@odata.type":"#microsoft.graph.recordOperation","@odata.type":"#microsoft.graph.recordOperation"}"##,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("duplicate `@odata.type`"), "{err}");
    assert!(serde_json::from_str::<AnyCommsOperation>(r#"{"@odata.type": 5}"#).is_err());
    assert!(serde_json::from_str::<AnyCommsOperation>("[1]").is_err());
}

#[test]
fn accessors_work_whatever_the_variant() {
    let mut ops: Vec<AnyCommsOperation> = vec![
        RecordOperation::default().into(),
        PlayPromptOperation::default().into(),
        CommsOperation::default().into(),
    ];
    for (i, op) in ops.iter_mut().enumerate() {
        *op.status_mut() = Some(OperationStatus::Failed);
        *op.id_mut() = Some(i.to_string());
        op.additional_data_mut().insert("n", i);
    }
    for (i, op) in ops.iter().enumerate() {
        assert_eq!(op.status(), &Some(OperationStatus::Failed));
        assert_eq!(op.id().as_deref(), Some(i.to_string().as_str()));
        assert_eq!(op.client_context(), &None);
        assert_eq!(op.result_info(), &None);
        assert_eq!(op.additional_data().get("n"), Some(&json!(i)));
    }
    assert_eq!(ops[0].odata_type(), "#microsoft.graph.recordOperation");
}

#[test]
fn from_and_try_from() {
    let op = AnyCommsOperation::from(RecordOperation {
        id: Some("1".into()),
        ..Default::default()
    });
    let back = RecordOperation::try_from(op.clone()).unwrap();
    assert_eq!(back.id.as_deref(), Some("1"));
    let not = PlayPromptOperation::try_from(op.clone()).unwrap_err();
    assert_eq!(not, op);
}

#[test]
fn in_option_and_nested_and_debug_redacts() {
    #[graph_resource(complex, name = "holder")]
    pub struct Holder {
        pub current: Option<AnyCommsOperation>,
        pub many: Option<Vec<Option<AnyCommsOperation>>>,
    }
    let v = json!({
        "@odata.type": "#microsoft.graph.holder",
        "current": {
            "@odata.type": "#microsoft.graph.recordOperation",
            "recordingAccessToken": "FAMILY-SECRET"
        },
        "many": [null, {"@odata.type": "#microsoft.graph.playPromptOperation", "prompts": []}]
    });
    let h: Holder = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(serde_json::to_value(&h).unwrap(), v);
    assert!(!format!("{h:?}").contains("FAMILY-SECRET"));
    let page: Page =
        serde_json::from_value(json!({"@odata.nextLink": "https://next", "value": []})).unwrap();
    assert_eq!(page.next_link.as_deref(), Some("https://next"));
}

#[test]
fn declared_inside_a_function() {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = commsOperation)]
    struct SubscribeToToneOperation {
        client_tone: Option<String>,
    }

    #[graph_family(base = commsOperation)]
    enum LocalOperation {
        Tone(SubscribeToToneOperation),
        #[graph(fallback)]
        Other(CommsOperation),
    }

    let op: LocalOperation = serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.subscribeToToneOperation",
        "clientTone": "dtmf",
        "status": "Completed"
    }))
    .unwrap();
    assert!(matches!(&op, LocalOperation::Tone(t) if t.client_tone.as_deref() == Some("dtmf")));
    assert_eq!(op.status(), &Some(OperationStatus::Completed));
}

#[test]
fn families_read_polymorphically_through_get_and_list() {
    let mut list = AnyCommsOperation::list().top(2).build();
    let request = list
        .to_http(
            "https://graph.microsoft.com/v1.0/communications/calls/1/operations",
            "t",
        )
        .unwrap();
    assert!(request.uri().to_string().ends_with("?$top=2"));
    let answer = http::Response::builder()
        .status(200)
        .body(serde_json::to_vec(&collection()).unwrap())
        .unwrap();
    let page: graph_resource::Page<AnyCommsOperation> = list.parse_response(&answer).unwrap();
    assert!(matches!(page.value[0], AnyCommsOperation::Record(_)));
    assert!(matches!(page.value[1], AnyCommsOperation::PlayPrompt(_)));
    let get = AnyCommsOperation::get().build();
    let one = http::Response::builder()
        .status(200)
        .body(serde_json::to_vec(&collection()["value"][3]).unwrap())
        .unwrap();
    assert_eq!(
        get.parse_response(&one).unwrap().odata_type(),
        "#microsoft.graph.cancelMediaProcessingOperation"
    );
}
