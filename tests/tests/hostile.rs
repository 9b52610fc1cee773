//! Hostile and odd inputs: errors, never panics or stack overflows; nothing silently changed.

use std::io::Read;

use graph_resource::models::*;
use graph_resource::prelude::*;
use serde_json::json;

#[graph_family(base = commsOperation)]
pub enum AnyOperation {
    Record(RecordOperation),
    #[graph(fallback)]
    Other(CommsOperation),
}

fn nested(depth: usize) -> String {
    let mut s = String::with_capacity(depth * 2 + 64);
    s.push_str(r#"{"id":"1","deep":"#);
    s.extend(std::iter::repeat_n('[', depth));
    s.extend(std::iter::repeat_n(']', depth));
    s.push('}');
    s
}

#[test]
fn nesting_100_000_levels_is_an_error_not_a_stack_overflow() {
    let text = nested(100_000);
    let err = serde_json::from_str::<RecordOperation>(&text).unwrap_err();
    assert!(err.to_string().contains("recursion limit"), "{err}");
    // Through a family, where entries before a late tag are buffered.
    let err = serde_json::from_str::<AnyOperation>(&text).unwrap_err();
    assert!(err.to_string().contains("recursion limit"), "{err}");
    // Through the tag-first path.
    let tagged = text.replacen(
        '{',
        r##"{"@odata.type":"#microsoft.graph.recordOperation","##,
        1,
    );
    assert!(serde_json::from_str::<AnyOperation>(&tagged).is_err());
    // Nesting within the limit is kept.
    let ok: RecordOperation = serde_json::from_str(&nested(100)).unwrap();
    assert!(ok.additional_data.contains_key("deep"));
}

#[test]
fn invalid_utf8_is_an_error() {
    let mut bytes = br#"{"id":"ab"#.to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(br#"","x":1}"#);
    assert!(serde_json::from_slice::<RecordOperation>(&bytes).is_err());
    let mut bytes = br#"{"unknown":""#.to_vec();
    bytes.extend_from_slice(&[0xc3, 0x28]);
    bytes.extend_from_slice(br#""}"#);
    assert!(serde_json::from_slice::<RecordOperation>(&bytes).is_err());
    assert!(serde_json::from_slice::<AnyOperation>(&bytes).is_err());
}

#[test]
fn large_and_small_numbers_are_kept_exactly() {
    let v = json!({
        "umax": u64::MAX,
        "imin": i64::MIN,
        "big": 1.8e19,
        "tiny": 5e-324,
        "neg": -0.0
    });
    let text = serde_json::to_string(&v).unwrap();
    let op: RecordOperation = serde_json::from_str(&text).unwrap();
    assert_eq!(op.additional_data.get("umax"), Some(&json!(u64::MAX)));
    assert_eq!(op.additional_data.get("imin"), Some(&json!(i64::MIN)));
    assert_eq!(op.additional_data.get("big"), Some(&json!(1.8e19)));
    let back = serde_json::to_string(&op).unwrap();
    assert!(back.contains("\"umax\":18446744073709551615"), "{back}");
    assert!(back.contains("\"imin\":-9223372036854775808"), "{back}");
    // The same double (serde_json spells it `1.8e+19`).
    assert!(back.contains("\"big\":1.8e+19"), "{back}");
    // A typed property out of its range is an error naming it, never a wrapped value.
    let err = serde_json::from_str::<ResultInfo>(r#"{"code": 4294967296}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("`code`"), "{err}");
}

#[test]
fn null_or_wrong_shape_where_an_object_is_expected() {
    for v in [
        json!({"resultInfo": 5}),
        json!({"resultInfo": "x"}),
        json!({"resultInfo": []}),
    ] {
        let err = serde_json::from_value::<RecordOperation>(v)
            .unwrap_err()
            .to_string();
        assert!(err.contains("`resultInfo`"), "{err}");
    }
    assert!(serde_json::from_str::<Vec<AnyOperation>>("[null]").is_err());
    let ok: Vec<Option<AnyOperation>> = serde_json::from_str("[null, {}]").unwrap();
    assert!(ok[0].is_none() && ok[1].is_some());
}

/// A reader that produces `{"value":[...]}` of `n` record operations without holding the text.
struct Collection {
    n: usize,
    i: usize,
    buf: Vec<u8>,
    pos: usize,
}

impl Read for Collection {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
            if self.i == 0 {
                self.buf.extend_from_slice(br#"{"value":["#);
            }
            if self.i < self.n {
                if self.i > 0 {
                    self.buf.push(b',');
                }
                self.buf.extend_from_slice(
                    format!(
                        r##"{{"@odata.type":"#microsoft.graph.recordOperation","@odata.etag":"W/\"{0}\"","id":"{0:08}","clientContext":"d45324c1-fcb5-430a-902c-f20af696537c","status":"completed","resultInfo":{{"code":200,"subcode":8510,"message":"Action completed, max record duration reached."}},"recordingLocation":"https://resource.location/{0:08}"}}"##,
                        self.i
                    )
                    .as_bytes(),
                );
            } else if self.i == self.n {
                self.buf.extend_from_slice(b"]}");
            } else {
                return Ok(0);
            }
            self.i += 1;
        }
        let k = out.len().min(self.buf.len() - self.pos);
        out[..k].copy_from_slice(&self.buf[self.pos..self.pos + k]);
        self.pos += k;
        Ok(k)
    }
}

#[test]
fn a_50_mb_collection_streams_from_a_reader() {
    #[graph_resource(complex, name = "page")]
    pub struct Page {
        pub value: Vec<AnyOperation>,
    }
    // ~260 bytes an item: 200,000 items is over 50 MB of JSON, read as it arrives.
    let n = 200_000;
    let reader = std::io::BufReader::with_capacity(
        64 * 1024,
        Collection {
            n,
            i: 0,
            buf: Vec::new(),
            pos: 0,
        },
    );
    let page: Page = serde_json::from_reader(reader).unwrap();
    assert_eq!(page.value.len(), n);
    assert_eq!(
        page.value[n - 1].id().as_deref(),
        Some(format!("{:08}", n - 1).as_str())
    );
}

#[test]
fn numbers_of_any_size_are_read_and_written_back() {
    // Nothing a server sends is refused: integers in the 64-bit ranges are kept exactly,
    // anything else as the nearest double, as `serde_json::Value` keeps it.
    for text in [
        r#"{"id":"1","big":18446744073709551616}"#,
        r#"{"id":"1","huge":1e308,"max":1.7976931348623157e308,"avogadro":6.02214076e23}"#,
        r#"{"id":"1","nested":{"list":[1,2,-9223372036854775809,-0.0]}}"#,
        r#"{"big":123456789012345678901234567890,"@odata.type":"microsoft.graph.recordOperation"}"#,
        r#"{"u":18446744073709551615,"i":-9223372036854775808}"#,
    ] {
        let expected: serde_json::Value = serde_json::from_str(text).unwrap();
        let op = serde_json::from_str::<RecordOperation>(text).unwrap();
        let mut back = serde_json::to_value(&op).unwrap();
        if back["@odata.type"] == "#microsoft.graph.recordOperation" {
            back["@odata.type"] = "microsoft.graph.recordOperation".into();
        }
        assert_eq!(back, expected, "{text}");
        let family = serde_json::from_slice::<AnyOperation>(text.as_bytes());
        assert!(family.is_ok(), "{text}: {family:?}");
        let extra = serde_json::from_reader::<_, AdditionalData>(text.as_bytes()).unwrap();
        assert_eq!(serde_json::to_value(&extra).unwrap(), expected, "{text}");
    }
    // The extremes of u64 and i64 are exact, not doubles.
    let extra: AdditionalData =
        serde_json::from_str(r#"{"u":18446744073709551615,"i":-9223372036854775808}"#).unwrap();
    assert_eq!(extra.get("u").unwrap().as_u64(), Some(u64::MAX));
    assert_eq!(extra.get("i").unwrap().as_i64(), Some(i64::MIN));
    // -0.0 keeps its sign.
    let extra: AdditionalData = serde_json::from_str(r#"{"z":-0.0}"#).unwrap();
    assert_eq!(serde_json::to_string(&extra).unwrap(), r#"{"z":-0.0}"#);
}
