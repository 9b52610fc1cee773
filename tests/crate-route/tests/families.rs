//! Generated families (`codegen --crate`'s `AnyDirectoryObject`, `AnyCommsOperation`) read real
//! polymorphic answers: `/me/memberOf` and a call's operations, through the typed paths, and
//! write them back as they came (every property and annotation kept; `null`s left out).
#![deny(warnings)]

use graph_resource::prelude::*;
use graph_resource_crate_route::group_names;
use graph_resource_sample_models::graph::*;
use serde_json::Value;

const TOKEN: &str = "t0ken";

fn answer(body: &str) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(body.as_bytes().to_vec())
        .unwrap()
}

/// `value` as written back: without its `null` properties (read as `None`, not written) and
/// with `status` in the declared spelling of `operationStatus` (the runtime's, which v1.0's
/// re-exports: `Running` where Graph sent `running`; the contract's "declared spelling").
fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| match (k.as_str(), v) {
                    ("status", Value::String(s)) => {
                        let declared = serde_json::to_value(
                            serde_json::from_value::<OperationStatus>(v.clone()).unwrap(),
                        )
                        .unwrap();
                        assert!(declared.as_str().unwrap().eq_ignore_ascii_case(s));
                        (k.clone(), declared)
                    }
                    _ => (k.clone(), without_nulls(v)),
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

#[test]
fn member_of_reads_roles_and_groups_into_the_generated_family() {
    let text = include_str!("../payloads/me-memberof.json");
    let mut list = AnyDirectoryObject::list().build();
    let http = list.to_http(&Graph::v1().me().member_of(), TOKEN).unwrap();
    assert_eq!(http.uri(), "https://graph.microsoft.com/v1.0/me/memberOf");
    let page: Page<AnyDirectoryObject> = list.parse_response(&answer(text)).unwrap();
    assert_eq!(page.value.len(), 2);
    match &page.value[0] {
        AnyDirectoryObject::DirectoryRole(role) => {
            assert_eq!(role.display_name.as_deref(), Some("Global Administrator"));
            assert_eq!(
                role.role_template_id.as_deref(),
                Some("62e90394-69f5-4237-9190-012177145e10")
            );
        }
        other => panic!("a directory role, read as {other:?}"),
    }
    match &page.value[1] {
        AnyDirectoryObject::Group(group) => {
            assert_eq!(group.mail_enabled, Some(true));
            assert_eq!(
                group.group_types.as_deref(),
                Some(&["Unified".to_owned()][..])
            );
            assert_eq!(group.proxy_addresses.as_ref().map(Vec::len), Some(2));
        }
        other => panic!("a group, read as {other:?}"),
    }
    assert_eq!(group_names(&page), ["Sample Team Site"]);
    // Written back: the same objects (tags first), nothing lost.
    let sent: Value = serde_json::from_str(text).unwrap();
    for (read, sent) in page.value.iter().zip(sent["value"].as_array().unwrap()) {
        assert_eq!(serde_json::to_value(read).unwrap(), without_nulls(sent));
    }
    // The collection's own annotation is kept on the page.
    assert_eq!(
        page.additional_data
            .get("@odata.context")
            .and_then(Value::as_str),
        Some("https://graph.microsoft.com/v1.0/$metadata#directoryObjects")
    );
}

#[test]
fn a_calls_operations_read_into_the_generated_family_unknown_ones_kept() {
    // The docs' answers to recordResponse and playPrompt, and an operation of a type v1.0 does
    // not have.
    let text = r##"{"value": [
        {"@odata.type": "#microsoft.graph.recordOperation",
         "id": "0fe0623f-d628-42ed-b4bd-8ac290072cc5", "status": "running", "resultInfo": null,
         "recordingLocation": null, "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c"},
        {"@odata.type": "#microsoft.graph.playPromptOperation",
         "id": "0fe0623f-d628-42ed-b4bd-8ac290072cc5", "status": "running",
         "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c"},
        {"@odata.type": "#microsoft.graph.transferToVoicemailOperation",
         "id": "7a", "status": "completed", "voicemailBox": "+1 425 555 0100"}
    ]}"##;
    let call = Graph::v1().communications().calls().id("57dab8b1");
    let mut list = AnyCommsOperation::list().build();
    let http = list.to_http(&call.operations(), TOKEN).unwrap();
    assert_eq!(
        http.uri(),
        "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/operations"
    );
    let page = list.parse_response(&answer(text)).unwrap();
    assert!(matches!(
        &page.value[0],
        AnyCommsOperation::RecordOperation(op) if op.status == Some(OperationStatus::Running)
    ));
    assert!(matches!(
        &page.value[1],
        AnyCommsOperation::PlayPromptOperation(op)
            if op.client_context.as_deref() == Some("d45324c1-fcb5-430a-902c-f20af696537c")
    ));
    // Unknown: the base, its tag and extra property kept, written back as they came.
    match &page.value[2] {
        AnyCommsOperation::CommsOperation(op) => {
            assert_eq!(
                op.foreign_type(),
                Some("#microsoft.graph.transferToVoicemailOperation")
            );
            assert_eq!(op.status, Some(OperationStatus::Completed));
        }
        other => panic!("the fallback, read as {other:?}"),
    }
    let sent: Value = serde_json::from_str(text).unwrap();
    for (read, sent) in page.value.iter().zip(sent["value"].as_array().unwrap()) {
        assert_eq!(serde_json::to_value(read).unwrap(), without_nulls(sent));
    }
}

#[test]
fn an_operation_inside_a_notification_reads_into_the_family() {
    let text = include_str!("../payloads/comms-notifications.json");
    let sent: Value = serde_json::from_str(text).unwrap();
    let data = &sent["value"][0]["resourceData"];
    let op: AnyCommsOperation = serde_json::from_value(data.clone()).unwrap();
    match &op {
        AnyCommsOperation::PlayPromptOperation(p) => {
            assert_eq!(p.status, Some(OperationStatus::Completed));
            assert_eq!(
                p.result_info.as_ref().and_then(|r| r.message.as_deref()),
                Some("Action completed successfully.")
            );
            assert_eq!(
                p.additional_data.get("@odata.etag").and_then(Value::as_str),
                Some("W/\"54451\"")
            );
        }
        other => panic!("playPromptOperation, read as {other:?}"),
    }
    assert_eq!(serde_json::to_value(&op).unwrap(), without_nulls(data));
}
