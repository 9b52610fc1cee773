//! The sample models crate with only its `graph` feature: the other namespaces' modules are not
//! compiled, and what refers to them is left out soundly. A property of a left-out type is
//! read into `additional_data` and written back as read; the types of `microsoft.graph` read
//! real answers from Microsoft's docs as they do with every feature on.
#![deny(warnings)]

use graph_resource::prelude::*;
use graph_resource_sample_models::graph::{
    CloudCommunications, ColumnDefinition, GraphService as _, Group, User,
};
use serde_json::{json, Value};

fn payload(name: &str) -> Value {
    let path = format!("{}/../payloads/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// `value` as written back: without its `null` properties (read as `None`, not written).
fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

#[test]
fn real_answers_read_and_write_back_with_one_namespace() {
    for (name, value) in [
        ("user-get-default.json", payload("user-get-default.json")),
        ("group-get.json", payload("group-get.json")),
    ] {
        let back = if name.starts_with("user") {
            serde_json::to_value(serde_json::from_value::<User>(value.clone()).unwrap())
        } else {
            serde_json::to_value(serde_json::from_value::<Group>(value.clone()).unwrap())
        };
        assert_eq!(back.unwrap(), without_nulls(&value), "{name}");
    }
}

/// `termColumn`'s `termSet` and `parentTerm` are `microsoft.graph.termStore` types: without
/// the `term_store` feature they are not fields, and the service's values are kept.
#[test]
fn a_property_of_a_left_out_namespace_is_kept_as_read() {
    let column = json!({
        "id": "99ddcf45-e2f7-4f17-82b0-6fba34445103",
        "name": "Department",
        "term": {
            "allowMultipleValues": false,
            "showFullyQualifiedName": false,
            "termSet": {"id": "3f7e7a2c", "localizedNames": [{"name": "Departments", "languageTag": "en-US"}]},
            "parentTerm": {"id": "b8f2c3e1"}
        }
    });
    let read: ColumnDefinition = serde_json::from_value(column.clone()).unwrap();
    let term = read.term.as_ref().unwrap();
    assert_eq!(term.allow_multiple_values, Some(false));
    assert_eq!(
        term.additional_data.get("termSet"),
        Some(&column["term"]["termSet"])
    );
    assert_eq!(
        term.additional_data.get("parentTerm"),
        Some(&column["term"]["parentTerm"])
    );
    assert_eq!(serde_json::to_value(&read).unwrap(), column);
}

/// `cloudCommunications.callRecords` is a navigation property to `callRecords.callRecord`:
/// its path method goes with the feature; the others stay.
#[test]
fn navigation_to_a_left_out_namespace_is_not_there_and_the_rest_is() {
    let calls = Graph::v1().communications().calls();
    assert_eq!(
        calls.url(),
        "https://graph.microsoft.com/v1.0/communications/calls"
    );
    let read: CloudCommunications =
        serde_json::from_value(json!({"id": "c", "callRecords": [{"id": "r"}]})).unwrap();
    assert_eq!(
        read.additional_data.get("callRecords"),
        Some(&json!([{"id": "r"}]))
    );
}
