//! The JSON dialect: tag first, declared order, `None` left out, unknowns and annotations kept
//! in order, every tag form read, precise errors.

use graph_resource::models::*;
use graph_resource::{AdditionalData, GraphResource};
use serde_json::{json, Value};

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

/// `to_value(from_value(v)) == v`, and the order written is the contract's: the tag, the
/// declared properties in declaration order, then everything else in the order it was read.
fn round_trip<T: GraphResource>(v: Value) {
    let typed: T = serde_json::from_value(v.clone()).unwrap();
    let back = serde_json::to_value(&typed).unwrap();
    assert_eq!(back, v);
    let out = keys(&back);
    assert_eq!(out[0], "@odata.type");
    let rank = |k: &&str| T::PROPERTIES.iter().position(|p| p == k);
    let declared: Vec<usize> = out.iter().filter_map(rank).collect();
    assert!(declared.windows(2).all(|w| w[0] < w[1]), "{out:?}");
    let extras = |ks: Vec<&str>| -> Vec<String> {
        ks.into_iter()
            .filter(|k| *k != "@odata.type" && rank(k).is_none())
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(extras(out.clone()), extras(keys(&v)));
    assert_eq!(out.len(), keys(&v).len());
    // Reading from text gives the same value as reading from a `Value`.
    let from_text: T = serde_json::from_str(&v.to_string()).unwrap();
    assert_eq!(from_text, typed);
}

#[test]
fn writes_tag_first_then_declared_order_then_extras() {
    let mut op = RecordOperation {
        recording_location: Some("https://x/rec".into()),
        client_context: Some("ctx".into()),
        status: Some(OperationStatus::Running),
        result_info: Some(ResultInfo {
            code: Some(200),
            ..Default::default()
        }),
        ..Default::default()
    };
    op.additional_data.insert("zeta", 1);
    op.additional_data.insert("@odata.etag", "W/\"1\"");
    let text = serde_json::to_string(&op).unwrap();
    assert_eq!(
        text,
        r##"{"@odata.type":"#microsoft.graph.recordOperation","clientContext":"ctx","resultInfo":{"@odata.type":"#microsoft.graph.resultInfo","code":200},"status":"Running","recordingLocation":"https://x/rec","zeta":1,"@odata.etag":"W/\"1\""}"##
    );
}

#[test]
fn default_value_is_just_the_tag() {
    assert_eq!(
        serde_json::to_string(&CommsOperation::default()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.commsOperation"}"##
    );
}

#[test]
fn reads_every_tag_form() {
    let forms = [
        json!({"@odata.type": "#microsoft.graph.resultInfo", "code": 1}),
        json!({"@odata.type": "microsoft.graph.resultInfo", "code": 1}),
        json!({"code": 1, "@odata.type": "#microsoft.graph.resultInfo"}),
        json!({"code": 1, "@odata.type": "microsoft.graph.resultInfo"}),
        json!({"code": 1}),
    ];
    for form in forms {
        let r: ResultInfo = serde_json::from_value(form.clone()).unwrap();
        assert_eq!(r.code, Some(1), "{form}");
        assert!(r.additional_data.is_empty(), "{form}");
        let text = form.to_string();
        let r: ResultInfo = serde_json::from_str(&text).unwrap();
        assert_eq!(r.code, Some(1), "{text}");
    }
}

#[test]
fn another_types_tag_is_kept_and_written_back_once_first() {
    for tag in [
        "#microsoft.graph.playPromptOperation",
        "microsoft.graph.playPromptOperation",
    ] {
        let text = format!(r#"{{"id":"1","@odata.type":"{tag}","x":2}}"#);
        let op: RecordOperation = serde_json::from_str(&text).unwrap();
        assert_eq!(op.id.as_deref(), Some("1"));
        assert_eq!(op.foreign_type(), Some(tag));
        assert_eq!(
            serde_json::to_string(&op).unwrap(),
            format!(r#"{{"@odata.type":"{tag}","id":"1","x":2}}"#)
        );
    }
    // A base reads a derived type's payload: the derived properties are kept.
    let base: CommsOperation = serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.recordOperation",
        "status": "running",
        "recordingLocation": "https://x"
    }))
    .unwrap();
    assert_eq!(base.status, Some(OperationStatus::Running));
    assert_eq!(
        serde_json::to_value(&base).unwrap(),
        json!({"@odata.type": "#microsoft.graph.recordOperation", "status": "Running", "recordingLocation": "https://x"})
    );
    // Its own tag in another spelling is not foreign.
    let own: CommsOperation =
        serde_json::from_value(json!({"@odata.type": "Microsoft.Graph.CommsOperation"})).unwrap();
    assert_eq!(own.foreign_type(), None);
}

#[test]
fn tag_must_be_a_string() {
    for bad in [json!(5), json!({"a": 1}), json!(null), json!(["x"])] {
        let err = serde_json::from_value::<ResultInfo>(json!({"@odata.type": bad}))
            .unwrap_err()
            .to_string();
        assert!(err.contains("@odata.type"), "{err}");
    }
}

#[test]
fn null_reads_as_none() {
    let op: RecordOperation = serde_json::from_value(json!({
        "id": "1",
        "clientContext": null,
        "resultInfo": null,
        "status": null,
        "completionReason": null,
        "recordingAccessToken": null,
        "recordingLocation": null
    }))
    .unwrap();
    assert_eq!(
        op,
        RecordOperation {
            id: Some("1".into()),
            ..Default::default()
        }
    );
}

#[test]
fn wrong_value_type_names_the_property() {
    let cases = [
        (json!({"code": "x"}), "code"),
        (json!({"message": 5}), "message"),
        (json!({"subcode": 1.5}), "subcode"),
    ];
    for (v, prop) in cases {
        let err = serde_json::from_value::<ResultInfo>(v)
            .unwrap_err()
            .to_string();
        assert!(err.contains(&format!("`{prop}`")), "{err}");
        assert!(err.contains("#microsoft.graph.resultInfo"), "{err}");
    }
    // Nested: both properties are named, the position is given once.
    let err =
        serde_json::from_str::<CommsOperation>(r#"{"id":"1","resultInfo":{"code":"two hundred"}}"#)
            .unwrap_err()
            .to_string();
    assert!(
        err.contains("`resultInfo`") && err.contains("`code`"),
        "{err}"
    );
    assert_eq!(err.matches(" at line ").count(), 1, "{err}");
    // An enum property that is not a string.
    let err = serde_json::from_value::<CommsOperation>(json!({"status": 3}))
        .unwrap_err()
        .to_string();
    assert!(err.contains("`status`"), "{err}");
}

#[test]
fn not_an_object_is_an_error() {
    for v in [json!(null), json!("x"), json!([1]), json!(3)] {
        let err = serde_json::from_value::<RecordOperation>(v)
            .unwrap_err()
            .to_string();
        assert!(err.contains("#microsoft.graph.recordOperation"), "{err}");
    }
}

#[test]
fn duplicate_known_property_is_an_error() {
    let err = serde_json::from_str::<ResultInfo>(r#"{"code":1,"code":2}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("duplicate property `code`"), "{err}");
}

#[test]
fn duplicate_unknown_keys_are_both_kept() {
    let r: ResultInfo = serde_json::from_str(r#"{"x":1,"x":2}"#).unwrap();
    assert_eq!(r.additional_data.len(), 2);
    assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"x":1,"x":2}"#);
}

/// A change notification's resource data, as Graph sends it (annotations, unknown members).
#[test]
fn notification_payload_round_trips() {
    round_trip::<RecordOperation>(json!({
        "@odata.type": "#microsoft.graph.recordOperation",
        "@odata.id": "/communications/calls/57DAB8B1/operations/0FE0623F",
        "@odata.etag": "W/\"54451\"",
        "id": "0FE0623F",
        "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
        "resultInfo": {
            "@odata.type": "#microsoft.graph.resultInfo",
            "code": 200,
            "subcode": 8510,
            "message": "Action completed, max record duration reached.",
            "newDiagnosticField": {"z": [1, 2, {"b": true, "a": null}], "a": "keep order"}
        },
        "status": "Completed",
        "completionReason": "someFutureReason",
        "recordingAccessToken": "eyJ0eXAi.secret",
        "recordingLocation": "https://resource.location/0FE0623F",
        "status@odata.type": "#microsoft.graph.operationStatus",
        "@microsoft.graph.tips": "Use $select",
        "newProperty": {"nested": {"y": 1, "x": 2}},
        "newNull": null
    }));
}

#[test]
fn annotation_before_tag_and_context_round_trip() {
    round_trip::<CommsOperation>(json!({
        "@odata.type": "#microsoft.graph.commsOperation",
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#communications/calls('1')/operations/$entity",
        "id": "1",
        "status": "Running"
    }));
}

#[test]
fn tag_read_late_is_written_first() {
    let op: ResultInfo = serde_json::from_str(
        r#"{"code":7,"@odata.etag":"e","@odata.type":"microsoft.graph.resultInfo"}"#,
    )
    .unwrap();
    let v = serde_json::to_value(&op).unwrap();
    assert_eq!(keys(&v), ["@odata.type", "code", "@odata.etag"]);
    assert_eq!(v["@odata.type"], "#microsoft.graph.resultInfo");
}

#[test]
fn extra_named_like_a_declared_property_is_not_written_twice() {
    let mut r = ResultInfo {
        code: Some(1),
        ..Default::default()
    };
    r.additional_data.insert("code", 2);
    r.additional_data.insert("other", 3);
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.resultInfo","code":1,"other":3}"##
    );
}

#[test]
fn kept_tag_in_additional_data_is_written_verbatim() {
    let mut r = ResultInfo::default();
    r.additional_data
        .insert("@odata.type", "microsoft.graph.resultInfo");
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        r#"{"@odata.type":"microsoft.graph.resultInfo"}"#
    );
}

#[test]
fn renamed_and_raw_fields() {
    mod m {
        use graph_resource::prelude::*;
        #[graph_resource(complex, name = "customThing", namespace = "contoso.models")]
        pub struct Thing {
            #[graph(rename = "x-weird")]
            pub weird: Option<String>,
            pub r#type: Option<String>,
            pub r#loop: Option<bool>,
            pub ip_v4_address: Option<String>,
            pub tags: Vec<String>,
        }
    }
    let t = m::Thing {
        r#type: Some("a".into()),
        r#loop: Some(true),
        ip_v4_address: Some("1.2.3.4".into()),
        ..Default::default()
    };
    let _ = AdditionalData::new();
    assert_eq!(
        serde_json::to_value(&t).unwrap(),
        json!({"@odata.type": "#contoso.models.customThing", "type": "a", "loop": true, "ipV4Address": "1.2.3.4", "tags": []})
    );
    assert_eq!(m::Thing::ODATA_TYPE, "#contoso.models.customThing");
    // A non-`Option` field that is missing or `null` reads as its default.
    let back: m::Thing = serde_json::from_value(json!({"type": "a"})).unwrap();
    assert!(back.tags.is_empty());
    let back: m::Thing = serde_json::from_value(json!({"tags": null})).unwrap();
    assert!(back.tags.is_empty());
    let back: m::Thing = serde_json::from_value(json!({"tags": ["x"]})).unwrap();
    assert_eq!(back.tags, ["x"]);
    let err = serde_json::from_value::<m::Thing>(json!({"tags": 5}))
        .unwrap_err()
        .to_string();
    assert!(err.contains("`tags`"), "{err}");
}

#[test]
fn known_members_are_written_in_declared_spelling() {
    // Services send "running" for the schema's `Running`: it reads, and is written as declared.
    let op: CommsOperation = serde_json::from_value(json!({"status": "running"})).unwrap();
    assert_eq!(op.status, Some(OperationStatus::Running));
    assert_eq!(serde_json::to_value(&op).unwrap()["status"], "Running");
}
