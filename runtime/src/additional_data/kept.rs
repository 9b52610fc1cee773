//! [`Kept`]: one value of [`AdditionalData`](super::AdditionalData), as the JSON text it was
//! read as or as a `Value` set in code.
//!
//! Reading keeps the text: serde_json hands it over whole (its `RawValue` protocol) after the
//! scan it makes anyway, so that an unknown value costs one copy, never a tree of `Value`s. The
//! tree is built on the first access (`get`), once; writing copies the text back, so numbers of
//! any size or precision (`18446744073709551617`, `1e400`, `1E-7`,
//! `0.1000000000000000055511`) are written as they were read. Whitespace between tokens (a
//! pretty-printed answer) is not kept: a compact writer writes compact JSON; every token is
//! kept as it was. A value handed out mutably
//! (`get_mut`, `iter_mut`) becomes a `Value` and is written from it.

use std::fmt;
use std::sync::OnceLock;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;

/// serde_json's name for a value read or written as its JSON text (its `RawValue` protocol).
pub(crate) const RAW_TOKEN: &str = "$serde_json::private::RawValue";

/// A value kept in `AdditionalData` (written by `__private::json`, which knows the writers
/// that take text).
#[derive(Clone)]
pub(crate) enum Kept {
    /// The exact JSON text read, and its `Value` once asked for.
    Text {
        text: Box<str>,
        value: OnceLock<Value>,
    },
    /// A value set in code (or one handed out mutably).
    Value(Value),
}

impl Kept {
    /// The value as a `Value` (built from the text on first access).
    pub(crate) fn value(&self) -> &Value {
        match self {
            Kept::Text { text, value } => value.get_or_init(|| value_of(text)),
            Kept::Value(v) => v,
        }
    }

    /// The value as a `Value` to change: from now on it is written from that `Value`.
    pub(crate) fn value_mut(&mut self) -> &mut Value {
        if let Kept::Text { text, value } = self {
            let v = value.take().unwrap_or_else(|| value_of(text));
            *self = Kept::Value(v);
        }
        match self {
            Kept::Value(v) => v,
            Kept::Text { .. } => unreachable!("made a value just above"),
        }
    }

    /// The value as a `Value`, owned.
    pub(crate) fn into_value(self) -> Value {
        match self {
            Kept::Text { text, mut value } => value.take().unwrap_or_else(|| value_of(&text)),
            Kept::Value(v) => v,
        }
    }

    /// The exact JSON text read, for a value not changed since.
    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            Kept::Text { text, .. } => Some(text),
            Kept::Value(_) => None,
        }
    }

    /// Its JSON text: the exact text read, or the text of a value set since.
    pub(crate) fn json_text(&self) -> std::borrow::Cow<'_, str> {
        match self.text() {
            Some(text) => std::borrow::Cow::Borrowed(text),
            None => std::borrow::Cow::Owned(self.value().to_string()),
        }
    }
}

/// The `Value` of a JSON text. serde_json refuses a number beyond `f64` (`1e400`): such a
/// number reads as `null` (the text keeps it; nothing else is lost).
fn value_of(text: &str) -> Value {
    serde_json::from_str(text)
        .or_else(|_| serde_json::from_str(&huge_numbers_as_null(text)))
        .unwrap_or(Value::Null)
}

/// `text` (valid JSON) with every number that parses to an infinite `f64` replaced by `null`.
fn huge_numbers_as_null(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (i, b) in outside_strings(text) {
        // A number starts with `-` or a digit; the rest of one already read is passed over.
        if i < copied || !(b == b'-' || b.is_ascii_digit()) {
            continue;
        }
        let end = text[i..]
            .find(|c: char| !matches!(c, '0'..='9' | '-' | '+' | '.' | 'e' | 'E'))
            .map_or(text.len(), |n| i + n);
        if text[i..end].parse::<f64>().is_ok_and(f64::is_infinite) {
            out.push_str(&text[copied..i]);
            out.push_str("null");
        } else {
            out.push_str(&text[copied..end]);
        }
        copied = end;
    }
    out.push_str(&text[copied..]);
    out
}

/// The deepest nesting serde_json reads into a `Value` (its limit of 128 counts the value
/// itself): a text kept deeper could never be read as one
/// (serde_json scans a raw value without a limit, since it does not recurse to do so).
const MAX_DEPTH: usize = 127;

/// Whether `text` holds more than `limit` brackets that open (a count, no branch per byte):
/// only then can it nest deeper.
fn may_nest_deeper_than(text: &str, limit: usize) -> bool {
    text.len() > 2 * limit && text.bytes().filter(|b| matches!(b, b'[' | b'{')).count() > limit
}

/// The bytes of `text` (valid JSON) that stand outside its strings (the quotes themselves
/// excluded), with their positions.
fn outside_strings(text: &str) -> impl Iterator<Item = (usize, u8)> + '_ {
    let (mut in_string, mut escaped) = (false, false);
    text.bytes().enumerate().filter(move |&(_, b)| {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            false
        } else {
            in_string = b == b'"';
            !in_string
        }
    })
}

/// Whether arrays and objects in `text` (valid JSON) nest deeper than `limit`.
fn nests_deeper_than(text: &str, limit: usize) -> bool {
    let mut depth = 0usize;
    for (_, b) in outside_strings(text) {
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// `text` (valid JSON) without the whitespace between its tokens, or `None` when it has none
/// there: what a compact writer writes, every token as it was.
fn compacted(text: &str) -> Option<String> {
    // Whitespace can stand only between tokens or in a string: none at all, nothing to do.
    memchr::memchr3(b' ', b'\n', b'\r', text.as_bytes())
        .or_else(|| memchr::memchr(b'\t', text.as_bytes()))?;
    let mut out: Option<String> = None;
    let mut copied = 0;
    for (i, b) in outside_strings(text) {
        if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[copied..i]);
            copied = i + 1;
        }
    }
    let mut out = out?;
    out.push_str(&text[copied..]);
    Some(out)
}

/// Equal values: the same text, or equal `Value`s.
impl PartialEq for Kept {
    fn eq(&self, other: &Self) -> bool {
        match (self.text(), other.text()) {
            (Some(a), Some(b)) if a == b => true,
            _ => self.value() == other.value(),
        }
    }
}

impl fmt::Debug for Kept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.value(), f)
    }
}

/// From serde_json (text, slice, reader or `Value`): the value's text, whole. From any other
/// deserializer: the value, as a `Value`.
impl<'de> Deserialize<'de> for Kept {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(RAW_TOKEN, KeptVisitor)
    }
}

struct KeptVisitor;

impl<'de> Visitor<'de> for KeptVisitor {
    type Value = Kept;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    /// serde_json's answer to the raw-value name: a map of one entry, that name to the text.
    /// Any other map is a value of a deserializer that does not know the name.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Kept, A::Error> {
        let Some(key) = map.next_key_seed(TokenOrKey)? else {
            return Ok(Kept::Value(Value::Object(Default::default())));
        };
        let Some(key) = key else {
            let mut text: String = map.next_value()?;
            // Strings, numbers and literals (most kept values: annotations) hold neither.
            if text.starts_with(['[', '{']) {
                if may_nest_deeper_than(&text, MAX_DEPTH) && nests_deeper_than(&text, MAX_DEPTH) {
                    return Err(de::Error::custom(format_args!(
                        "recursion limit exceeded: a value nested deeper than {MAX_DEPTH} levels"
                    )));
                }
                if let Some(compact) = compacted(&text) {
                    text = compact;
                }
            }
            return Ok(Kept::Text {
                text: text.into_boxed_str(),
                value: OnceLock::new(),
            });
        };
        let mut object = serde_json::Map::new();
        object.insert(key, map.next_value()?);
        while let Some((k, v)) = map.next_entry::<String, Value>()? {
            object.insert(k, v);
        }
        Ok(Kept::Value(Value::Object(object)))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Kept, D::Error> {
        Value::deserialize(d).map(Kept::Value)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Kept, A::Error> {
        Value::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Kept::Value)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Kept, E> {
        Ok(Kept::Value(Value::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Kept, E> {
        Ok(Kept::Value(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Kept, E> {
        Ok(Kept::Value(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Kept, E> {
        Ok(Kept::Value(v.into()))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Kept, E> {
        Ok(Kept::Value(Value::String(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Kept, E> {
        Ok(Kept::Value(Value::String(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Kept, E> {
        Ok(Kept::Value(Value::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Kept, E> {
        Ok(Kept::Value(Value::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Kept, D::Error> {
        Value::deserialize(d).map(Kept::Value)
    }
}

/// A map's first key: `None` for serde_json's raw-value name (compared, not allocated: every
/// kept value passes here), the key otherwise.
struct TokenOrKey;

impl<'de> de::DeserializeSeed<'de> for TokenOrKey {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for TokenOrKey {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Option<String>, E> {
        Ok((key != RAW_TOKEN).then(|| key.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_numbers_read_as_null_and_nothing_else_changes() {
        assert_eq!(
            huge_numbers_as_null(r#"[1e400,-1E+999,"1e400 \" 1e400",1e-7,0.5,{"a":-2e308}]"#),
            r#"[null,null,"1e400 \" 1e400",1e-7,0.5,{"a":null}]"#
        );
        assert_eq!(
            value_of(r#"{"n":1e400,"m":2}"#),
            serde_json::json!({"n": null, "m": 2})
        );
    }

    #[test]
    fn depth_is_counted_outside_strings() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(may_nest_deeper_than(&deep(128), 127) && !may_nest_deeper_than(&deep(127), 127));
        assert!(!nests_deeper_than(&deep(127), 127));
        assert!(nests_deeper_than(&deep(128), 127));
        let quoted = format!("[\"{}\\\"{}\"]", "[".repeat(300), "{".repeat(300));
        assert!(!nests_deeper_than(&quoted, 127));
        assert!(serde_json::from_str::<Kept>(&deep(128)).is_err());
        assert_eq!(
            serde_json::from_str::<Kept>(&deep(127))
                .unwrap()
                .value()
                .to_string(),
            deep(127)
        );
    }

    #[test]
    fn whitespace_between_tokens_goes_and_in_strings_stays() {
        let pretty = "{\n  \"a b\" : [ 1e400 ,\t\"x \\\" y\" ],\r\n  \"c\": -0.0\n}";
        assert_eq!(
            compacted(pretty).as_deref(),
            Some(r#"{"a b":[1e400,"x \" y"],"c":-0.0}"#)
        );
        assert_eq!(compacted(r#"{"a b":"c\td"}"#), None);
        assert_eq!(compacted(r#"{"a":1}"#), None);
        assert_eq!(compacted(r#"{ "a": 1 }"#).as_deref(), Some(r#"{"a":1}"#));
        let kept: Kept = serde_json::from_str(pretty).unwrap();
        assert_eq!(kept.text(), Some(r#"{"a b":[1e400,"x \" y"],"c":-0.0}"#));
    }

    #[test]
    fn text_from_serde_json_value_from_anything_else() {
        let kept: Kept = serde_json::from_str(r#" {"a":1e400} "#).unwrap();
        assert_eq!(kept.text(), Some(r#"{"a":1e400}"#));
        let kept: Kept = serde_json::from_slice(b"18446744073709551617").unwrap();
        assert_eq!(kept.text(), Some("18446744073709551617"));
        let kept: Kept = serde_json::from_reader(&b"-0.0"[..]).unwrap();
        assert_eq!(kept.text(), Some("-0.0"));
        let kept: Kept = serde_json::from_value(serde_json::json!({"a": [1, "x"]})).unwrap();
        assert_eq!(kept.value(), &serde_json::json!({"a": [1, "x"]}));
        let kept =
            Kept::deserialize(de::value::StrDeserializer::<de::value::Error>::new("x")).unwrap();
        assert_eq!(kept.value(), &Value::String("x".into()));
        let kept =
            Kept::deserialize(de::value::U64Deserializer::<de::value::Error>::new(7)).unwrap();
        assert_eq!(kept.value(), &Value::from(7));
    }
}
