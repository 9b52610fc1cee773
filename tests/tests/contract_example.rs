//! The contract's own declaration, verbatim (its imports included: only the Graph name of the
//! base is imported): a user's `RecordOperation` beside the prelude's type of that name (the
//! local one wins), and the create-request flow of the contract.

use graph_resource::models::{commsOperation, RecordCompletionReason};
use graph_resource::prelude::*;

/// A recording operation.
#[graph_resource(inherits = commsOperation)]
pub struct RecordOperation {
    pub completion_reason: Option<RecordCompletionReason>,
    #[graph(secret)]
    pub recording_access_token: Option<String>,
    pub recording_location: Option<String>,
}

#[test]
fn the_contract_example() -> Result<(), Box<dyn std::error::Error>> {
    assert_eq!(
        <RecordOperation as GraphResource>::ODATA_TYPE,
        "#microsoft.graph.recordOperation"
    );
    let token = "eyJ0eXAiOiJKV1QifQ.e30.c2ln";
    let request = RecordOperation::create()
        .client_context("d45324c1-fcb5-430a-902c-f20af696537c")
        .status(OperationStatus::Running)
        .build();
    let http: http::Request<Vec<u8>> = request.to_http(
        "https://graph.microsoft.com/beta/communications/calls/57dab8b1/operations",
        token,
    )?;
    assert_eq!(http.method(), "POST");
    let response = http::Response::builder()
        .status(201)
        .body(br#"{"id":"op","clientContext":"d45324c1-fcb5-430a-902c-f20af696537c","status":"running","recordingAccessToken":"SECRET"}"#.to_vec())?;
    let created: RecordOperation = request.parse_response(&response)?;
    assert_eq!(created.status, Some(OperationStatus::Running));
    assert!(!format!("{created:?}").contains("SECRET"));
    // The prelude's type is still there by path, and both read the same payload.
    let builtin: graph_resource::models::RecordOperation = serde_json::from_slice(response.body())?;
    assert_eq!(builtin.id, created.id);
    Ok(())
}
