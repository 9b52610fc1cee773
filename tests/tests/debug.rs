//! `Debug` never shows a secret, inherited or own.

use graph_resource::models::*;
use graph_resource::prelude::*;

const TOKEN: &str = "eyJ0eXAiOiJKV1QiLCJub25jZSI6IjEyMzQ1Njc4OTAifQ.TOP-SECRET";

#[graph_resource(inherits = recordOperation)]
pub struct AuditedRecording {
    #[graph(secret)]
    pub pin: String,
    pub auditor: Option<String>,
}

#[test]
fn own_secret_is_redacted() {
    let op = RecordOperation {
        id: Some("1".into()),
        recording_access_token: Some(TOKEN.into()),
        ..Default::default()
    };
    let debug = format!("{op:?}");
    assert!(!debug.contains("TOP-SECRET"), "{debug}");
    assert!(
        debug.contains("recording_access_token: Some(<redacted>)"),
        "{debug}"
    );
    assert!(debug.contains("id: Some(\"1\")"), "{debug}");
    let pretty = format!("{op:#?}");
    assert!(!pretty.contains("TOP-SECRET"), "{pretty}");
    // An unset secret says so.
    let unset = format!("{:?}", RecordOperation::default());
    assert!(unset.contains("recording_access_token: None"), "{unset}");
}

#[test]
fn inherited_secret_is_redacted() {
    let a = AuditedRecording {
        recording_access_token: Some(TOKEN.into()),
        pin: "4321-PIN".into(),
        auditor: Some("eve".into()),
        ..Default::default()
    };
    let debug = format!("{a:?}");
    assert!(debug.starts_with("AuditedRecording {"), "{debug}");
    assert!(
        !debug.contains("TOP-SECRET") && !debug.contains("4321-PIN"),
        "{debug}"
    );
    assert!(debug.contains("pin: <redacted>"), "{debug}");
    assert!(debug.contains("auditor: Some(\"eve\")"), "{debug}");
    // The secret is still serialized: it is data, only Debug hides it.
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["recordingAccessToken"], TOKEN);
    assert_eq!(json["pin"], "4321-PIN");
}

#[test]
fn wrong_type_for_a_secret_does_not_echo_it() {
    let err = serde_json::from_str::<AuditedRecording>(r#"{"pin": ["4321-PIN"]}"#)
        .unwrap_err()
        .to_string();
    assert!(!err.contains("4321-PIN"), "{err}");
    assert!(err.contains("`pin`"), "{err}");
    let err =
        serde_json::from_str::<RecordOperation>(r#"{"recordingAccessToken": {"t": "TOP-SECRET"}}"#)
            .unwrap_err()
            .to_string();
    assert!(!err.contains("TOP-SECRET"), "{err}");
}
