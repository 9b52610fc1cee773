//! The seed page ("Create recordOperation", Microsoft Graph beta): its example request body is
//! produced byte for byte, its example 201 body reads and writes back.

use graph_resource::models::*;
use graph_resource::AdditionalData;
use serde_json::json;

const REQUEST: &str = r##"{
  "@odata.type": "#microsoft.graph.recordOperation",
  "clientContext": "String",
  "resultInfo": {
    "@odata.type": "microsoft.graph.resultInfo"
  },
  "status": "String",
  "completionReason": "String",
  "recordingAccessToken": "String",
  "recordingLocation": "String"
}"##;

/// The page's example 201 body: the request's, with the assigned id after the tag.
fn created() -> String {
    REQUEST.replacen(
        "\n  \"clientContext\"",
        "\n  \"id\": \"725dc5e6-c5e6-725d-e6c5-5d72e6c55d72\",\n  \"clientContext\"",
        1,
    )
}

#[test]
fn example_request_body_is_produced_exactly() {
    let op = RecordOperation {
        client_context: Some("String".into()),
        result_info: Some(ResultInfo {
            additional_data: [("@odata.type", "microsoft.graph.resultInfo")]
                .into_iter()
                .collect::<AdditionalData>(),
            ..Default::default()
        }),
        status: Some("String".parse().unwrap()),
        completion_reason: Some("String".parse().unwrap()),
        recording_access_token: Some("String".into()),
        recording_location: Some("String".into()),
        ..Default::default()
    };
    assert_eq!(serde_json::to_string_pretty(&op).unwrap(), REQUEST);
}

#[test]
fn example_response_reads() {
    let op: RecordOperation = serde_json::from_str(&created()).unwrap();
    assert_eq!(
        op.id.as_deref(),
        Some("725dc5e6-c5e6-725d-e6c5-5d72e6c55d72")
    );
    assert_eq!(
        op.status,
        Some(OperationStatus::Unrecognized("String".into()))
    );
    assert_eq!(
        op.completion_reason,
        Some(RecordCompletionReason::Unrecognized("String".into()))
    );
    assert_eq!(op.recording_access_token.as_deref(), Some("String"));
    // Written back, the only change is the `#` the nested tag gains.
    let mut expected: serde_json::Value = serde_json::from_str(&created()).unwrap();
    expected["resultInfo"] = json!({"@odata.type": "#microsoft.graph.resultInfo"});
    assert_eq!(serde_json::to_value(&op).unwrap(), expected);
}
