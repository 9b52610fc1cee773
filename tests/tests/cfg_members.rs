//! Members configured out with `#[cfg]`, as a generated models crate's namespace features do
//! (`--crate`: a reference to another namespace's type is under that namespace's feature):
//! a family variant, a bound operation, a container member and a navigation property. What is
//! configured out never reaches the compiler (the types named here do not exist); what is read
//! for it is kept like anything unknown. `cfg(any())` is never on, `cfg(test)` is on here.
#![deny(warnings)]

use graph_resource::models::*;
use graph_resource::prelude::*;
use serde_json::{json, Value};

#[graph_resource(inherits = commsOperation)]
pub struct PlayPromptOperation {
    pub completion_reason: Option<String>,
}

/// The first variant is configured out: the others keep their places.
#[graph_family(base = commsOperation)]
pub enum AnyOperation {
    #[cfg(any())]
    Missing(not_there::MissingOperation),
    #[cfg(test)]
    PlayPrompt(PlayPromptOperation),
    Record(RecordOperation),
    #[graph(fallback)]
    Other(CommsOperation),
}

#[graph_container]
pub struct Service {
    pub calls: Vec<Call>,
    #[cfg(any())]
    pub missing: Vec<not_there::MissingEntity>,
}

#[graph_resource(inherits = entity)]
#[graph_operations(
    #[cfg(any())]
    action "not.there.run"(not_there::Params) -> not_there::Result,
    #[cfg(test)]
    function "microsoft.graph.isRecording" -> bool,
)]
pub struct Call {
    pub state: Option<String>,
    #[graph(navigation)]
    pub operations: Option<Vec<CommsOperation>>,
    #[cfg(any())]
    #[graph(navigation)]
    pub missing: Option<Vec<not_there::MissingEntity>>,
}

fn payload() -> Value {
    json!({"value": [
        {"@odata.type": "#microsoft.graph.recordOperation", "id": "r", "status": "Completed"},
        {"@odata.type": "#not.there.missingOperation", "id": "m", "x": 1},
        {"@odata.type": "#microsoft.graph.playPromptOperation", "id": "p", "completionReason": "x"},
    ]})
}

#[test]
fn a_variant_configured_out_is_read_by_the_fallback_and_written_back_as_read() {
    let page: Page<AnyOperation> = serde_json::from_value(payload()).unwrap();
    let [record, missing, play] = &page.value[..] else {
        panic!("three items: {:?}", page.value)
    };
    assert!(matches!(record, AnyOperation::Record(r) if r.id.as_deref() == Some("r")));
    assert!(
        matches!(play, AnyOperation::PlayPrompt(p) if p.completion_reason.as_deref() == Some("x"))
    );
    let AnyOperation::Other(other) = missing else {
        panic!("the fallback: {missing:?}")
    };
    assert_eq!(other.additional_data.get("x"), Some(&json!(1)));
    assert_eq!(missing.odata_type(), "#not.there.missingOperation");
    for (item, json) in page
        .value
        .iter()
        .zip(payload()["value"].as_array().unwrap())
    {
        assert_eq!(&serde_json::to_value(item).unwrap(), json);
    }
}

#[test]
fn a_tag_of_an_empty_name_finds_no_configured_out_variant() {
    let item: AnyOperation =
        serde_json::from_value(json!({"@odata.type": "#", "id": "e"})).unwrap();
    assert!(matches!(&item, AnyOperation::Other(_)), "{item:?}");
    let strict: Result<Strict, _> = serde_json::from_value(json!({"@odata.type": "#"}));
    let error = strict.unwrap_err().to_string();
    assert!(
        error.contains("known types: #microsoft.graph.recordOperation")
            && !error.contains(", ,")
            && !error.contains(": ,"),
        "{error}"
    );
}

/// No fallback: an unknown tag is an error naming the types that are there.
#[graph_family(base = commsOperation)]
pub enum Strict {
    #[cfg(any())]
    Missing(not_there::MissingOperation),
    Record(RecordOperation),
}

#[test]
fn operations_container_members_and_navigation_configured_out_are_not_there() {
    let call = Graph::v1().calls().id("c1");
    assert_eq!(
        call.is_recording()
            .to_http("token")
            .unwrap()
            .uri()
            .to_string(),
        "https://graph.microsoft.com/v1.0/calls/c1/microsoft.graph.isRecording()"
    );
    assert_eq!(
        call.operations().url(),
        "https://graph.microsoft.com/v1.0/calls/c1/operations"
    );
    // A property whose field is configured out is kept like an unknown one.
    let read: Call = serde_json::from_value(json!({"id": "c1", "missing": [{"id": "m"}]})).unwrap();
    assert_eq!(
        read.additional_data.get("missing"),
        Some(&json!([{"id": "m"}]))
    );
}
