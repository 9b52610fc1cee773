//! Strings read borrowed where the input allows: `@odata.type` values and flags.

use std::fmt;

use serde::de::Visitor;
use serde::Deserializer;

/// A string read borrowed where the input allows, owned otherwise.
pub(crate) enum Str<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Str<'_> {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Str::Borrowed(s) => s,
            Str::Owned(s) => s,
        }
    }

    pub(crate) fn into_string(self) -> String {
        match self {
            Str::Borrowed(s) => s.to_owned(),
            Str::Owned(s) => s,
        }
    }
}

struct StrVisitor;

impl<'de> Visitor<'de> for StrVisitor {
    type Value = Str<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Str<'de>, E> {
        Ok(Str::Borrowed(s))
    }
    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Str<'de>, E> {
        Ok(Str::Owned(s.to_owned()))
    }
    fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Str<'de>, E> {
        Ok(Str::Owned(s))
    }
}

/// Reads a string, borrowed where the input allows.
pub(crate) fn deserialize_str<'de, D: Deserializer<'de>>(d: D) -> Result<Str<'de>, D::Error> {
    d.deserialize_str(StrVisitor)
}
