//! The seed page, "Create recordOperation" (Microsoft Graph beta), with the built-in types:
//! builds the page's example object and prints it as the example request body, then reads the
//! example `201 Created` body and prints the typed value, its secret redacted.
//!
//! Run with `cargo run --example record_operation`.

use graph_resource::models::{
    OperationStatus, RecordCompletionReason, RecordOperation, ResultInfo,
};
use graph_resource::AdditionalData;

/// The body of the page's example `201 Created` response.
const CREATED: &str = r##"{
  "@odata.type": "#microsoft.graph.recordOperation",
  "id": "725dc5e6-c5e6-725d-e6c5-5d72e6c55d72",
  "clientContext": "String",
  "resultInfo": {
    "@odata.type": "microsoft.graph.resultInfo"
  },
  "status": "String",
  "completionReason": "String",
  "recordingAccessToken": "String",
  "recordingLocation": "String"
}"##;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The page's placeholder values: "String" is no member of operationStatus or
    // recordCompletionReason, so it is kept as an unrecognized member and written back verbatim.
    // The page writes the nested tag without `#`; a tag kept in `additional_data` is written as
    // it is, so the body below is the page's to the byte.
    let result_info = ResultInfo {
        additional_data: [("@odata.type", "microsoft.graph.resultInfo")]
            .into_iter()
            .collect::<AdditionalData>(),
        ..Default::default()
    };
    let operation = RecordOperation {
        client_context: Some("String".into()),
        result_info: Some(result_info),
        status: Some("String".parse::<OperationStatus>()?),
        completion_reason: Some("String".parse::<RecordCompletionReason>()?),
        recording_access_token: Some("String".into()),
        recording_location: Some("String".into()),
        ..Default::default()
    };
    println!("Request body:");
    println!("{}", serde_json::to_string_pretty(&operation)?);

    let created: RecordOperation = serde_json::from_str(CREATED)?;
    println!();
    println!("201 Created, read as a typed value:");
    println!("{created:#?}");
    Ok(())
}
