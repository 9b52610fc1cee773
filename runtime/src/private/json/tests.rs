//! [`Json`] against serde_json's compact serializer on every shape of serde's data model: the
//! bytes (and the errors) must be the same.

use serde::ser::{
    SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant, SerializeTuple,
    SerializeTupleStruct, SerializeTupleVariant,
};
use serde::{Serialize, Serializer};
use serde_json::{json, Value};

use super::{write_str, Json};

fn ours<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    let mut out = String::new();
    value
        .serialize(Json::new(&mut out))
        .map_err(|e| e.to_string())?;
    Ok(out)
}

fn theirs<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| e.to_string())
}

#[track_caller]
fn same<T: Serialize + ?Sized>(value: &T) {
    assert_eq!(ours(value), theirs(value));
}

#[test]
fn strings_escape_as_serde_json_does() {
    let mut cases: Vec<String> = (0u32..0x80)
        .chain([0x7f, 0xe9, 0x2028, 0x1f600])
        .filter_map(char::from_u32)
        .map(String::from)
        .collect();
    // Every special byte at every position of strings around the 8-byte word.
    for len in 0..20 {
        for at in 0..len {
            for special in ['"', '\\', '\n', '\u{1}', '\u{1f}', 'é', ' '] {
                let mut s: String = "abcdefghijklmnopqrstuvwxyz"[..len].to_owned();
                s.replace_range(at..at + 1, &special.to_string());
                cases.push(s);
            }
        }
    }
    cases.push("\"\"\\\\\u{0}\u{8}\u{9}\u{a}\u{c}\u{d}\u{1b}".into());
    cases.push("ünïcödé and \u{7f} and 🙂 and more than eight bytes".into());
    for s in &cases {
        let mut out = String::new();
        write_str(&mut out, s);
        assert_eq!(out, serde_json::to_string(s).unwrap(), "{s:?}");
    }
}

#[test]
fn values_write_the_same() {
    same(&json!(null));
    same(&json!([
        true,
        false,
        0,
        -1,
        1.5,
        1e300,
        -0.0,
        u64::MAX,
        i64::MIN,
        "x\ny"
    ]));
    same(&json!({"a": {"b": [[], {}, [{}], {"c": null}]}, "\u{1}": "\"", "": ""}));
    same(&json!(f64::MIN_POSITIVE));
    same(&serde_json::Map::new());
    // A deterministic spread of nested values.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    fn build(depth: u32, next: &mut dyn FnMut() -> u64) -> Value {
        let r = next();
        let text = |r: u64| -> String {
            (0..r % 23)
                .map(|i| char::from_u32(((r >> (i % 50)) % 0x3000) as u32).unwrap_or('?'))
                .collect()
        };
        match (r % 8, depth) {
            (0, _) => Value::Null,
            (1, _) => Value::Bool(r % 3 == 0),
            (2, _) => json!((r as i64) >> (r % 60)),
            (3, _) => json!(f64::from_bits(r >> 2) / 3.0),
            (4, _) | (_, 0) => Value::String(text(r)),
            (5, _) => Value::Array((0..r % 5).map(|_| build(depth - 1, next)).collect()),
            _ => Value::Object(
                (0..r % 5)
                    .map(|i| (text(r >> i), build(depth - 1, next)))
                    .collect(),
            ),
        }
    }
    for _ in 0..2000 {
        same(&build(4, &mut next));
    }
}

/// One value of each shape of serde's data model.
enum Shape {
    Leaves,
    Unit,
    UnitStruct,
    UnitVariant,
    NewtypeStruct,
    NewtypeVariant,
    Tuple,
    TupleStruct,
    TupleVariant(usize),
    Struct,
    StructVariant(usize),
    Seq(Option<usize>, usize),
    Map(Option<usize>, usize),
    Bytes,
    NoBytes,
    Display,
    Keys,
}

impl Serialize for Shape {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Shape::Leaves => {
                let mut t = s.serialize_tuple(20)?;
                t.serialize_element(&i8::MIN)?;
                t.serialize_element(&i16::MIN)?;
                t.serialize_element(&i32::MIN)?;
                t.serialize_element(&i64::MIN)?;
                t.serialize_element(&i128::MIN)?;
                t.serialize_element(&u8::MAX)?;
                t.serialize_element(&u16::MAX)?;
                t.serialize_element(&u32::MAX)?;
                t.serialize_element(&u64::MAX)?;
                t.serialize_element(&u128::MAX)?;
                t.serialize_element(&1.1f32)?;
                t.serialize_element(&f32::NAN)?;
                t.serialize_element(&f64::INFINITY)?;
                t.serialize_element(&0.1f64)?;
                t.serialize_element(&'"')?;
                t.serialize_element(&'é')?;
                t.serialize_element(&Some(true))?;
                t.serialize_element(&None::<u8>)?;
                t.serialize_element(&false)?;
                t.serialize_element(&())?;
                t.end()
            }
            Shape::Unit => s.serialize_unit(),
            Shape::UnitStruct => s.serialize_unit_struct("U"),
            Shape::UnitVariant => s.serialize_unit_variant("E", 1, "vari\"ant"),
            Shape::NewtypeStruct => s.serialize_newtype_struct("N", &[1, 2]),
            Shape::NewtypeVariant => s.serialize_newtype_variant("E", 0, "nv", &json!({"a": 1})),
            Shape::Tuple => (1, "two", [3.5]).serialize(s),
            Shape::TupleStruct => {
                let mut t = s.serialize_tuple_struct("T", 2)?;
                t.serialize_field(&1)?;
                t.serialize_field(&"x")?;
                t.end()
            }
            Shape::TupleVariant(n) => {
                let mut t = s.serialize_tuple_variant("E", 2, "tv", n)?;
                for i in 0..n {
                    t.serialize_field(&i)?;
                }
                t.end()
            }
            Shape::Struct => {
                let mut t = s.serialize_struct("S", 3)?;
                t.serialize_field("a", &1)?;
                t.skip_field("b")?;
                t.serialize_field("c\u{1}", &"z")?;
                t.end()
            }
            Shape::StructVariant(n) => {
                let mut t = s.serialize_struct_variant("E", 3, "sv", n)?;
                for _ in 0..n {
                    t.serialize_field("k", &[0u8; 0])?;
                }
                t.end()
            }
            // A length announced (or not) and what is actually written may differ.
            Shape::Seq(announced, n) => {
                let mut t = s.serialize_seq(announced)?;
                for i in 0..n {
                    t.serialize_element(&i)?;
                }
                t.end()
            }
            Shape::Map(announced, n) => {
                let mut t = s.serialize_map(announced)?;
                for i in 0..n {
                    t.serialize_key(&format!("k{i}"))?;
                    t.serialize_value(&i)?;
                }
                t.end()
            }
            Shape::Bytes => s.serialize_bytes(b"\x00\xffab"),
            Shape::NoBytes => s.serialize_bytes(b""),
            Shape::Display => s.collect_str(&format_args!("{}\n{}", 1, "\"two\"")),
            Shape::Keys => {
                let mut t = s.serialize_map(None)?;
                t.serialize_entry(&7i32, &0)?;
                t.serialize_entry(&u128::MAX, &0)?;
                t.serialize_entry(&true, &0)?;
                t.serialize_entry(&'c', &0)?;
                t.serialize_entry(&1.5f64, &0)?;
                t.serialize_entry(&Shape::UnitVariant, &0)?;
                t.serialize_entry(&Shape::NewtypeStruct, &0)?;
                t.end()
            }
        }
    }
}

#[test]
fn every_shape_writes_the_same() {
    use Shape::*;
    for shape in [
        Leaves,
        Unit,
        UnitStruct,
        UnitVariant,
        NewtypeStruct,
        NewtypeVariant,
        Tuple,
        TupleStruct,
        TupleVariant(0),
        TupleVariant(2),
        Struct,
        StructVariant(0),
        StructVariant(2),
        Seq(None, 0),
        Seq(None, 3),
        Seq(Some(0), 0),
        Seq(Some(0), 2),
        Seq(Some(5), 2),
        Map(None, 0),
        Map(Some(0), 2),
        Map(Some(1), 3),
        Bytes,
        NoBytes,
        Display,
    ] {
        same(&shape);
        same(&[&shape, &shape]);
    }
}

#[test]
fn keys_are_what_serde_json_makes_of_them() {
    // Non-string keys are asked of serde_json: the same text, or the same error.
    let ours = ours(&Shape::Keys);
    assert_eq!(ours, theirs(&Shape::Keys));
    assert!(ours.is_err(), "a sequence key is refused: {ours:?}");
    let mut m = std::collections::BTreeMap::new();
    m.insert(3u8, "x");
    m.insert(200, "y");
    same(&m);
    let mut m = std::collections::BTreeMap::new();
    m.insert(false, 1);
    m.insert(true, 2);
    same(&m);
    let mut m = std::collections::BTreeMap::new();
    m.insert(vec![1], 1);
    same(&m);
    let mut m = std::collections::HashMap::new();
    m.insert('é', 1);
    same(&m);
}

#[test]
fn raw_values_are_written_as_they_are() {
    let raw = serde_json::value::RawValue::from_string("{ \"a\" : [1, 2] }".into()).unwrap();
    same(&raw);
    same(&[&raw, &raw]);
    same(&json!({"n": 12345678901234567890u64, "f": 1e-7}));
}

/// A resource written through serde_json's compact serializer (the fast path) and the generic
/// way (the same serializer, but the generated writer called directly).
#[track_caller]
fn fast_is_generic<T: super::WriteResource + Serialize>(value: &T) -> String {
    let mut generic = Vec::new();
    value
        .write(&mut serde_json::Serializer::new(&mut generic), super::All)
        .unwrap();
    let fast = serde_json::to_string(value).unwrap();
    assert_eq!(fast, String::from_utf8(generic).unwrap());
    // Pretty and `to_value` take the generic path.
    let pretty: Value =
        serde_json::from_str(&serde_json::to_string_pretty(value).unwrap()).unwrap();
    assert_eq!(serde_json::to_value(value).unwrap(), pretty);
    fast
}

#[test]
fn resources_write_the_same_either_way() {
    use crate::models::{RecordOperation, ResultInfo};
    let text = r##"{"@odata.type":"#microsoft.graph.recordOperation","id":"a\tb","clientContext":"c","resultInfo":{"@odata.type":"#microsoft.graph.resultInfo","code":200,"message":"m\u0001","more":[1,{"z":null}]},"status":"NotStarted","completionReason":"newMember","recordingAccessToken":"secret","@odata.id":"x/\"1\"","new@odata.type":"#Int64","new":12345678901234567890,"dup":1,"dup":2.5}"##;
    let op: RecordOperation = serde_json::from_str(text).unwrap();
    assert_eq!(fast_is_generic(&op), text);
    // A value read without a tag, and one of a derived type the code does not know.
    let info: ResultInfo = serde_json::from_str(r#"{"code":1}"#).unwrap();
    assert_eq!(fast_is_generic(&info), r#"{"code":1}"#);
    let foreign = r##"{"@odata.type":"#x.derived","code":1}"##;
    let info: ResultInfo = serde_json::from_str(foreign).unwrap();
    assert_eq!(fast_is_generic(&info), foreign);
    // Inside other containers, and written to an `io::Write`.
    let many = serde_json::to_string(&vec![&op, &op]).unwrap();
    assert_eq!(many, format!("[{text},{text}]"));
    let mut sink = Vec::new();
    serde_json::to_writer(&mut sink, &(1, &op)).unwrap();
    assert_eq!(sink, format!("[1,{text}]").into_bytes());
}

/// A value whose `Serialize` writes a resource with serde_json while the thread's buffer is
/// in use (the nested write gets a buffer of its own).
struct Nested(crate::models::ResultInfo);

impl Serialize for Nested {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&serde_json::to_string(&self.0).unwrap())
    }
}

#[test]
fn a_write_inside_a_write_has_its_own_buffer() {
    use crate::models::{CommsOperation, ResultInfo};
    let info: ResultInfo = serde_json::from_str(r#"{"code":3}"#).unwrap();
    let mut op = CommsOperation::default();
    op.additional_data.insert(
        "x",
        serde_json::to_value(ours(&Nested(info.clone())).unwrap()).unwrap(),
    );
    let text = serde_json::to_string(&(Nested(info), &op)).unwrap();
    assert_eq!(
        text,
        r##"["{\"code\":3}",{"@odata.type":"#microsoft.graph.commsOperation","x":"\"{\\\"code\\\":3}\""}]"##
    );
}

#[test]
fn the_fast_path_is_taken_for_compact_json_only() {
    use serde_json::ser::{CompactFormatter, PrettyFormatter};
    use serde_json::Serializer as J;
    assert!(super::tokens().raw);
    assert!(super::is_compact_json::<&mut J<&mut Vec<u8>>>());
    assert!(super::is_compact_json::<
        &mut J<&mut Vec<u8>, CompactFormatter>,
    >());
    // A stream is written as it goes, not built whole first.
    assert!(!super::is_compact_json::<&mut J<std::io::Sink>>());
    assert!(!super::is_compact_json::<
        &mut J<&mut Vec<u8>, PrettyFormatter<'static>>,
    >());
    assert!(!super::is_compact_json::<serde_json::value::Serializer>());
    assert!(!super::is_compact_json::<Json<'static>>());
}
