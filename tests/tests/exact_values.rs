//! Exact unknown values: what a type does not declare is kept as the JSON text it was read as
//! and written back byte for byte while untouched, numbers of any size or precision included,
//! in unknown properties and in annotations, through every way a value is read and written.

use graph_resource::models::*;
use graph_resource::prelude::*;
use serde_json::{json, Value};

/// Numbers a `serde_json::Value` cannot keep as written: beyond `u64`, beyond `f64`'s range,
/// beyond its precision, a negative zero and an exponent's spelling.
const NUMBERS: &[&str] = &[
    "18446744073709551617",
    "-0.0",
    "1e400",
    "-1.5E-400",
    "0.1000000000000000055511",
    "1E-7",
    "-340282366920938463463374607431768211457",
    "123456789012345678901234567890.123456789012345678901234567890e-5",
];

/// A compact object carrying `n` in an unknown property, nested in an unknown object and array,
/// in an annotation of the object and in an annotation of a declared property.
fn carrying(n: &str, tag: bool) -> String {
    let tag = if tag {
        r##""@odata.type":"#microsoft.graph.recordOperation","##
    } else {
        ""
    };
    format!(
        r#"{{{tag}"id":"op-1","status":"Running","sizeInBytes":{n},"nested":{{"a":[{n},{{"b":{n}}}],"s":"{n}"}},"@contoso.weight":{n},"status@contoso.rank":{n}}}"#
    )
}

#[graph_family(base = commsOperation)]
pub enum AnyOperation {
    Record(RecordOperation),
    #[graph(fallback)]
    Other(CommsOperation),
}

#[test]
fn numbers_round_trip_byte_for_byte_in_unknown_properties_and_annotations() {
    for n in NUMBERS {
        for tagged in [true, false] {
            let text = carrying(n, tagged);
            let op: RecordOperation = serde_json::from_str(&text).unwrap();
            assert_eq!(serde_json::to_string(&op).unwrap(), text, "to_string");
            assert_eq!(serde_json::to_vec(&op).unwrap(), text.as_bytes(), "to_vec");
            // A writer that is not a Vec (serde_json's generic path).
            let mut out = std::io::Cursor::new(Vec::new());
            serde_json::to_writer(&mut out, &op).unwrap();
            assert_eq!(out.into_inner(), text.as_bytes(), "to_writer");
            // Read from bytes and from a reader too.
            let from_slice: RecordOperation = serde_json::from_slice(text.as_bytes()).unwrap();
            assert_eq!(serde_json::to_string(&from_slice).unwrap(), text);
            let from_reader: RecordOperation = serde_json::from_reader(text.as_bytes()).unwrap();
            assert_eq!(serde_json::to_string(&from_reader).unwrap(), text);
            // The exact text is there to read.
            let extra = &op.additional_data;
            assert_eq!(extra.get_text("sizeInBytes").as_deref(), Some(*n));
            assert_eq!(extra.get_text("@contoso.weight").as_deref(), Some(*n));
            assert_eq!(extra.get_text("status@contoso.rank").as_deref(), Some(*n));
        }
    }
}

#[test]
fn numbers_round_trip_in_collections_and_families() {
    for n in NUMBERS {
        let items = [carrying(n, true), carrying(n, false)];
        let page = format!(r#"{{"value":[{}],"@odata.count":2}}"#, items.join(","));
        let read: Page<RecordOperation> = serde_json::from_str(&page).unwrap();
        for (item, text) in read.value.iter().zip(&items) {
            assert_eq!(&serde_json::to_string(item).unwrap(), text);
        }
        // A family: the tag first (read straight through), and late (entries before it are
        // buffered and read again).
        let first: AnyOperation = serde_json::from_str(&items[0]).unwrap();
        assert_eq!(serde_json::to_string(&first).unwrap(), items[0]);
        let late = format!(
            r##"{{"sizeInBytes":{n},"@contoso.weight":{n},"@odata.type":"#microsoft.graph.recordOperation","id":"x"}}"##
        );
        let read: AnyOperation = serde_json::from_str(&late).unwrap();
        let AnyOperation::Record(record) = &read else {
            panic!("{read:?}")
        };
        assert_eq!(
            record.additional_data.get_text("sizeInBytes").as_deref(),
            Some(*n)
        );
        assert_eq!(
            serde_json::to_string(&read).unwrap(),
            format!(
                r##"{{"@odata.type":"#microsoft.graph.recordOperation","id":"x","sizeInBytes":{n},"@contoso.weight":{n}}}"##
            )
        );
    }
}

#[test]
fn values_read_as_serde_json_values() {
    let op: RecordOperation = serde_json::from_str(&carrying("1e400", false)).unwrap();
    let extra = &op.additional_data;
    // A number beyond f64 reads as null (a Value cannot hold it); its text is kept.
    assert_eq!(extra.get("sizeInBytes"), Some(&Value::Null));
    assert_eq!(
        extra.get("nested"),
        Some(&json!({"a": [null, {"b": null}], "s": "1e400"}))
    );
    let op: RecordOperation =
        serde_json::from_str(&carrying("18446744073709551617", false)).unwrap();
    assert_eq!(
        op.additional_data
            .get("sizeInBytes")
            .and_then(Value::as_f64),
        Some(18446744073709551617.0)
    );
    let collected: Vec<(&str, &Value)> = op.additional_data.iter().collect();
    assert_eq!(collected.len(), 4);
    assert_eq!(collected[0].0, "sizeInBytes");
    let owned: Vec<(String, Value)> = op.additional_data.clone().into_iter().collect();
    assert_eq!(owned[3].0, "status@contoso.rank");
}

#[test]
fn a_value_changed_is_written_from_its_value_the_others_stay_exact() {
    let text = carrying("1e400", false);
    let mut op: RecordOperation = serde_json::from_str(&text).unwrap();
    *op.additional_data.get_mut("sizeInBytes").unwrap() = json!(7);
    op.additional_data.insert("@contoso.weight", json!("heavy"));
    assert_eq!(
        op.additional_data.get_text("sizeInBytes").as_deref(),
        Some("7")
    );
    assert_eq!(
        serde_json::to_string(&op).unwrap(),
        text.replace(r#""sizeInBytes":1e400"#, r#""sizeInBytes":7"#)
            .replace(r#""@contoso.weight":1e400"#, r#""@contoso.weight":"heavy""#)
    );
    // Equality is by value: the same text, or equal Values.
    let a: RecordOperation = serde_json::from_str(r#"{"x":{"a":1,"b":[2]}}"#).unwrap();
    let b: RecordOperation = serde_json::from_str(r#"{"x": {"a": 1, "b": [2]}}"#).unwrap();
    let mut c = RecordOperation::default();
    c.additional_data.insert("x", json!({"a": 1, "b": [2]}));
    assert_eq!(a.additional_data, b.additional_data);
    assert_eq!(a.additional_data, c.additional_data);
}

#[test]
fn pretty_answers_are_kept_token_for_token() {
    // Whitespace between tokens is not a value's: written compact, every token as read.
    let pretty = "{\n  \"id\": \"op-1\",\n  \"deep\": { \"n\": 1E-7 ,\n \"s\": \"a  b\" }\n}";
    let op: RecordOperation = serde_json::from_str(pretty).unwrap();
    assert_eq!(
        serde_json::to_string(&op).unwrap(),
        r#"{"id":"op-1","deep":{"n":1E-7,"s":"a  b"}}"#
    );
    // A pretty writer gets the same tokens.
    let written = serde_json::to_string_pretty(&op).unwrap();
    assert!(written.contains(r#"{"n":1E-7,"s":"a  b"}"#), "{written}");
    // `to_value` gets Values (it cannot hold text).
    let value = serde_json::to_value(&op).unwrap();
    assert_eq!(value["deep"], json!({"n": 1e-7, "s": "a  b"}));
}

/// Real Graph material: the docs' user and message answers, each with unknown numbers
/// added, read into the v1.0-shaped types a user writes and written back byte for byte.
#[test]
fn docs_payloads_with_new_numbers_round_trip_exactly() {
    #[graph_resource(inherits = entity)]
    pub struct User {
        pub display_name: Option<String>,
        pub business_phones: Option<Vec<String>>,
        pub mail: Option<String>,
    }
    #[graph_resource(inherits = entity)]
    pub struct Message {
        pub subject: Option<String>,
        pub is_read: Option<bool>,
    }
    let user = include_str!("../payloads/user-get-default.json").replacen(
        "{",
        r#"{"@contoso.quota":18446744073709551617,"storageRatio":0.1000000000000000055511,"#,
        1,
    );
    let read: User = serde_json::from_str(&user).unwrap();
    let written = serde_json::to_string(&read).unwrap();
    assert!(
        written.starts_with(r#"{"id":"87d349ed-44d7-43e1-9a83-5f2406dee5bd","displayName":"Adele Vance","businessPhones":["+1 425 555 0109"],"mail":"AdeleV@contoso.com","#),
        "{written}"
    );
    assert!(written.contains(r#""@contoso.quota":18446744073709551617,"storageRatio":0.1000000000000000055511,"givenName":"Adele""#), "{written}");
    // Every value of the answer survives (as a Value: the two numbers are beyond it).
    assert_eq!(
        serde_json::from_str::<Value>(&written).unwrap(),
        serde_json::from_str::<Value>(&user).unwrap()
    );
    let messages = include_str!("../payloads/messages-list.json")
        .replace(r#""subject":"#, r#""sizeInBytes":-0.0,"subject":"#);
    let page: Page<Message> = serde_json::from_str(&messages).unwrap();
    assert!(!page.value.is_empty());
    for message in &page.value {
        assert_eq!(
            message.additional_data.get_text("sizeInBytes").as_deref(),
            Some("-0.0")
        );
        assert!(serde_json::to_string(message)
            .unwrap()
            .contains(r#""sizeInBytes":-0.0"#));
    }
}

/// The ugliest legal Rust around it: a macro-made type of a raw keyword name with a raw keyword
/// field, under `deny(warnings)`; keys that are empty, escaped or a field's Rust spelling.
mod ugly {
    #![deny(warnings)]
    use graph_resource::prelude::*;

    macro_rules! declare {
        ($name:ident, $field:ident) => {
            #[graph_resource(complex)]
            pub struct $name {
                pub $field: Option<i64>,
            }
        };
    }
    declare!(r#Match, r#type);
}

#[test]
fn odd_keys_and_names_keep_their_numbers() {
    let text =
        r#"{"type":1,"r#type":18446744073709551617,"":1e400,"a\"b\\c\u00e9":[-0.0],"@":1E-7}"#;
    let read: ugly::Match = serde_json::from_str(text).unwrap();
    assert_eq!(read.r#type, Some(1));
    assert_eq!(read.additional_data.get_text("").as_deref(), Some("1e400"));
    assert_eq!(
        read.additional_data.get_text("a\"b\\cé").as_deref(),
        Some("[-0.0]")
    );
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"type":1,"r#type":18446744073709551617,"":1e400,"a\"b\\cé":[-0.0],"@":1E-7}"#
    );
}
