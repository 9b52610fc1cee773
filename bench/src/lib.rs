//! The shapes the benchmarks compare, and the payloads they read.
//!
//! - ours: the built-in `RecordOperation` (`#[graph_resource]`), and a `#[graph_family]`;
//! - baseline L ("the limit"): a hand-written `#[derive(Serialize, Deserialize)]` struct with
//!   the same flattened fields, which drops unknown properties;
//! - baseline U ("what users write to keep unknowns"): L plus
//!   `#[serde(flatten)] extra: Map<String, Value>`;
//! - for families, serde's internally tagged enum (`#[serde(tag = "@odata.type")]`).

pub mod crates;

/// A family of 390 variants and one of 3 over the same base (written by `build.rs`).
pub mod wide {
    use graph_resource::prelude::*;
    include!(concat!(env!("OUT_DIR"), "/wide.rs"));

    /// A 1,000-item page of `wideBase` objects whose tags cycle through `kinds` derived types
    /// (spread over the family: `wide000` … `wide389`), all of one shape and length.
    pub fn collection(n: usize, kinds: usize) -> String {
        let items: Vec<serde_json::Value> = (0..n)
            .map(|i| {
                let k = (i * 7) % kinds;
                serde_json::json!({
                    "@odata.type": format!("#bench.wide{k:03}"),
                    "id": format!("{i:08x}-item"),
                    "displayName": "Audit record",
                    "operation": "FileAccessed",
                    "count": i
                })
            })
            .collect();
        serde_json::json!({ "value": items }).to_string()
    }
}

use graph_resource::models::{commsOperation, CommsOperation, RecordOperation};
use graph_resource::{graph_family, graph_resource};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// A collection page: `{"value": [...]}`.
#[derive(Serialize, Deserialize)]
pub struct Page<T> {
    pub value: Vec<T>,
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct ResultInfoL {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subcode: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Baseline L: what serde's derive does with the same flattened fields, dropping unknowns.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RecordOperationL {
    #[serde(rename = "@odata.type", skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_context: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_info: Option<ResultInfoL>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recording_access_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recording_location: Option<String>,
}

/// Baseline U: L keeping unknown properties with `#[serde(flatten)]`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RecordOperationU {
    #[serde(rename = "@odata.type", skip_serializing_if = "Option::is_none")]
    pub odata_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_context: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_info: Option<ResultInfoL>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recording_access_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recording_location: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A play-prompt operation of ours, for the family benchmark.
#[graph_resource(inherits = commsOperation)]
pub struct PlayPromptOperation {
    pub completion_reason: Option<String>,
    pub prompts_count: Option<i32>,
}

/// Ours: a family of comms operations.
#[graph_family(base = commsOperation)]
pub enum AnyCommsOperation {
    Record(RecordOperation),
    PlayPrompt(PlayPromptOperation),
    #[graph(fallback)]
    Other(CommsOperation),
}

/// The serde baseline of the family: hand-written structs and an internally tagged enum.
#[derive(Deserialize, Debug)]
#[serde(tag = "@odata.type")]
pub enum AnyCommsOperationSerde {
    #[serde(rename = "#microsoft.graph.recordOperation")]
    Record(RecordOperationL),
    #[serde(rename = "#microsoft.graph.playPromptOperation")]
    PlayPrompt(PlayPromptOperationL),
    #[serde(rename = "#microsoft.graph.commsOperation")]
    Other(CommsOperationL),
}

#[derive(Deserialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
pub struct PlayPromptOperationL {
    pub id: Option<String>,
    pub client_context: Option<String>,
    pub result_info: Option<ResultInfoL>,
    pub status: Option<String>,
    pub completion_reason: Option<String>,
    pub prompts_count: Option<i32>,
}

#[derive(Deserialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
pub struct CommsOperationL {
    pub id: Option<String>,
    pub client_context: Option<String>,
    pub result_info: Option<ResultInfoL>,
    pub status: Option<String>,
}

/// One recordOperation notification payload: every property, a nested resultInfo, and the
/// `@odata.id` / `@odata.etag` annotations.
pub fn record_operation(i: usize) -> Value {
    json!({
        "@odata.type": "#microsoft.graph.recordOperation",
        "@odata.id": format!("/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896/operations/{i:08x}-d628-42ed-b4bd-8ac290072cc5"),
        "@odata.etag": format!("W/\"{i}\""),
        "id": format!("{i:08x}-d628-42ed-b4bd-8ac290072cc5"),
        "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
        "resultInfo": {
            "@odata.type": "#microsoft.graph.resultInfo",
            "code": 200,
            "subcode": 8510,
            "message": "Action completed, max record duration reached."
        },
        "status": "Completed",
        "completionReason": "maxRecordDurationReached",
        "recordingAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2ln",
        "recordingLocation": format!("https://resource.location/{i:08x}")
    })
}

/// A 1,000-item `{"value":[...]}` of recordOperation payloads.
pub fn record_collection(n: usize) -> String {
    json!({ "value": (0..n).map(record_operation).collect::<Vec<_>>() }).to_string()
}

/// [`record_operation`] with what `RecordOperation` does not declare, as a newer service
/// sends it: a string, a nested object, an array of objects, and two numbers that
/// [`unknowns_collection`] writes as an integer beyond `u64` and a decimal beyond `f64` (a
/// `Value` cannot hold them: here they are the strings `"BIG"` and `"PRECISE"`).
pub fn record_operation_unknowns(i: usize) -> Value {
    let mut v = record_operation(i);
    let extra: Value = serde_json::from_str(&format!(
        r#"{{"callChainId":"{i:08x}-7f3e-4a1c-9d55-0c3c2b2a1e9f",
            "participant":{{"endpointType":"default","region":null,"languageId":"en-US",
              "identity":{{"user":{{"id":"{i:08x}","displayName":"Alex Wilber","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"}}}}}},
            "mediaStreams":[{{"label":"main-audio","direction":"sendReceive","serverMuted":false,"sourceId":"1"}},
              {{"label":"main-video","direction":"receiveOnly","serverMuted":true,"sourceId":"2"}}],
            "sizeInBytes":"BIG","score":"PRECISE"}}"#
    ))
    .unwrap();
    if let (Value::Object(v), Value::Object(extra)) = (&mut v, extra) {
        v.extend(extra);
    }
    v
}

/// The text of a `{"value":[…]}` of `n` [`record_operation_unknowns`], numbers as written.
pub fn unknowns_collection(n: usize) -> String {
    let items: Vec<String> = (0..n)
        .map(|i| {
            record_operation_unknowns(i)
                .to_string()
                .replace("\"BIG\"", "18446744073709551617")
                .replace("\"PRECISE\"", "0.1000000000000000055511")
        })
        .collect();
    format!("{{\"value\":[{}]}}", items.join(","))
}

/// A `{"value":[…]}` of `n` comms operations, half recordOperation and half
/// playPromptOperation, alternating (issue 19's harness: a 50/50 mix of two derived types).
pub fn two_derived_collection(n: usize) -> String {
    let items: Vec<Value> = (0..n)
        .map(|i| {
            if i % 2 == 0 {
                record_operation(i)
            } else {
                json!({
                    "@odata.type": "#microsoft.graph.playPromptOperation",
                    "@odata.id": format!("communications/calls/57dab8b1/operations/{i:08x}"),
                    "@odata.etag": "W/\"54451\"",
                    "id": format!("{i:08x}-play"),
                    "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
                    "resultInfo": {"@odata.type": "#microsoft.graph.resultInfo", "code": 200, "subcode": 0, "message": "ok"},
                    "status": "Running",
                    "completionReason": "completedSuccessfully"
                })
            }
        })
        .collect();
    json!({ "value": items }).to_string()
}

/// A 1,000-item mixed collection, tags first: record, play prompt and base operations.
pub fn mixed_collection(n: usize) -> String {
    let items: Vec<Value> = (0..n)
        .map(|i| match i % 3 {
            0 => record_operation(i),
            1 => json!({
                "@odata.type": "#microsoft.graph.playPromptOperation",
                "id": format!("{i:08x}-play"),
                "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
                "resultInfo": {"@odata.type": "#microsoft.graph.resultInfo", "code": 200, "subcode": 0, "message": "ok"},
                "status": "Running",
                "completionReason": "completedSuccessfully",
                "promptsCount": 2
            }),
            _ => json!({
                "@odata.type": "#microsoft.graph.commsOperation",
                "id": format!("{i:08x}-comms"),
                "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
                "status": "NotStarted"
            }),
        })
        .collect();
    json!({ "value": items }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_family_reads_every_variant_and_keeps_unknown_ones() {
        use wide::{AnyNarrow, AnyWide};
        let text = wide::collection(390, 390);
        let page: Page<AnyWide> = serde_json::from_str(&text).unwrap();
        for (i, item) in page.value.iter().enumerate() {
            let written = serde_json::to_value(item).unwrap();
            assert_eq!(
                written["@odata.type"],
                format!("#bench.wide{:03}", (i * 7) % 390)
            );
            assert!(!matches!(item, AnyWide::Other(_)));
        }
        // The narrow family reads the others into its fallback, tags kept.
        let page: Page<AnyNarrow> = serde_json::from_str(&text).unwrap();
        assert!(matches!(page.value[1], AnyNarrow::Other(_)));
        assert_eq!(
            serde_json::to_value(&page.value[1]).unwrap()["@odata.type"],
            "#bench.wide007"
        );
    }

    #[test]
    fn the_shapes_read_the_same_payloads() {
        let text = record_collection(10);
        let ours: Page<RecordOperation> = serde_json::from_str(&text).unwrap();
        let l: Page<RecordOperationL> = serde_json::from_str(&text).unwrap();
        let u: Page<RecordOperationU> = serde_json::from_str(&text).unwrap();
        assert_eq!(ours.value.len(), 10);
        assert_eq!(ours.value[3].id, l.value[3].id);
        assert_eq!(u.value[3].extra.len(), 2);
        assert_eq!(ours.value[3].additional_data.len(), 2);
        let mixed = mixed_collection(9);
        let fam: Page<AnyCommsOperation> = serde_json::from_str(&mixed).unwrap();
        let serde: Page<AnyCommsOperationSerde> = serde_json::from_str(&mixed).unwrap();
        assert!(matches!(fam.value[1], AnyCommsOperation::PlayPrompt(_)));
        assert!(matches!(
            serde.value[1],
            AnyCommsOperationSerde::PlayPrompt(_)
        ));
        assert!(matches!(fam.value[2], AnyCommsOperation::Other(_)));
        let two = two_derived_collection(4);
        let fam: Page<AnyCommsOperation> = serde_json::from_str(&two).unwrap();
        let serde: Page<AnyCommsOperationSerde> = serde_json::from_str(&two).unwrap();
        assert!(matches!(fam.value[0], AnyCommsOperation::Record(_)));
        assert!(matches!(fam.value[1], AnyCommsOperation::PlayPrompt(_)));
        assert!(matches!(
            serde.value[3],
            AnyCommsOperationSerde::PlayPrompt(_)
        ));
    }
}

#[cfg(test)]
mod unknowns_tests {
    #[test]
    fn the_unknowns_payload_carries_its_numbers_as_written() {
        let text = super::unknowns_collection(2);
        assert_eq!(
            text.matches("\"sizeInBytes\":18446744073709551617").count(),
            2
        );
        assert_eq!(
            text.matches("\"score\":0.1000000000000000055511").count(),
            2
        );
        serde_json::from_str::<serde::de::IgnoredAny>(&text).unwrap();
    }
}
