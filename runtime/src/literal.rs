//! OData literals in a function's URL (`Name='it''s'`, `Date=2017-06-05`): how a parameter is
//! written, and what marks one that cannot be (a leaf: operation requests and the parameter
//! structs `#[graph_params]` writes use it).

use percent_encoding::{utf8_percent_encode, AsciiSet};
use serde::Serialize;
use serde_json::Value;

/// What a function's literal keeps as it is in a path segment: OData's punctuation
/// (`'(),=:@!$*+;`); `/ ? # % &`, white space, quotes and non-ASCII are percent-encoded.
pub(crate) const LITERAL: &AsciiSet = &crate::path::URL_UNSAFE.add(b'/');

/// What marks a bare value that is not one literal in a function's URL being built: a
/// character no URL carries, so the request refuses to be made (see [`OperationRequest::function`]).
pub(crate) const NOT_ONE_LITERAL: char = '\u{0}';

/// Whether `text` is one bare OData literal of the kinds Graph writes bare (dates, times,
/// date-times with offsets, durations, GUIDs, numbers): letters, digits and `-:.+_` only, so
/// nothing in it can end the parameter (`,`), start another (`=`), or end the call (`)`).
fn one_bare_literal(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'.' | b'+' | b'_'))
}

/// Appends `name=literal` (after a `,` where `out` has pairs already); nothing for `null`.
/// `bare` writes a string without quotes (`Edm.DateTimeOffset`, `Edm.Guid`, … literals); a
/// bare string that is not one such literal (`2017-06-05,EndDateTime=…`) makes the function's
/// request an error instead of a URL.
pub fn write_literal<V: Serialize + ?Sized>(out: &mut String, name: &str, value: &V, bare: bool) {
    let value = match serde_json::to_value(value) {
        Ok(Value::Null) | Err(_) => return,
        Ok(v) => v,
    };
    // `None`: a bare string that is not one literal.
    let text = match &value {
        Value::String(s) if bare => one_bare_literal(s).then(|| s.clone()),
        Value::String(s) => Some(format!("'{}'", s.replace('\'', "''"))),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        // Collections and complex values: their JSON (OData 4.01 JSON literals).
        other => Some(other.to_string()),
    };
    if !out.is_empty() {
        out.push(',');
    }
    out.push_str(name);
    out.push('=');
    match text {
        Some(text) => out.extend(utf8_percent_encode(&text, LITERAL)),
        None => out.push(NOT_ONE_LITERAL),
    }
}
