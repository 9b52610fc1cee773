//! A compact JSON writer for generated types, byte for byte what `serde_json::to_vec` writes,
//! with a faster string escape.
//!
//! serde_json escapes every string, keys included, one byte at a time through a table
//! (`format_escaped_str`: 70% of the instructions of writing a recordOperation). [`Json`]
//! tests eight bytes at a time for the bytes JSON escapes, so that the property names, tags
//! and member names a resource is mostly made of cost a few word tests and a copy. It is used
//! only where it cannot change a byte: when a generated type is written by serde_json's compact
//! serializer into a `Vec` (`to_vec`, `to_string`: see [`serialize_resource`]), the object is
//! written by [`Json`] into the thread's buffer and handed to serde_json as a raw value
//! (serde_json's `RawValue` protocol), which serde_json copies as is. Any other serializer
//! (pretty JSON, `to_value`, a stream, other formats) gets the generic path.
//!
//! What this module does not write itself it asks serde_json for (numbers, non-string map
//! keys), so the two cannot drift apart; the tests compare them on every shape
//! of serde's data model.

use std::cell::RefCell;
use std::fmt::Display;
use std::sync::OnceLock;

use serde::ser::{self, Serialize, SerializeStruct as _, Serializer};
use serde_json::Error;

use super::write::{All, WriteResource};
use crate::additional_data::{Kept, RAW_TOKEN};

/// serde_json's name for a number written as its digits (with its `arbitrary_precision`
/// feature); its name for a value written as its text is [`RAW_TOKEN`].
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// `Serialize::serialize` of a generated type: through [`Json`] when `S` is serde_json's
/// compact serializer into a `Vec` (and serde_json takes raw values, checked once), the
/// generic way otherwise.
#[inline]
pub fn serialize_resource<T, S>(value: &T, s: S) -> Result<S::Ok, S::Error>
where
    T: WriteResource + ?Sized,
    S: Serializer,
{
    if is_compact_json::<S>() && tokens().raw {
        write_raw(s, |out| value.write(Json::new(out), All))
    } else {
        value.write(s, All)
    }
}

/// Whether `S` is `&mut serde_json::Serializer<&mut Vec<u8>>`: the compact serializer of
/// `to_vec`, `to_string` and `to_writer` into a `Vec`, known by name (two constants compared).
/// Only an in-memory writer: the object is built whole before it is copied out, which a
/// stream (a file, a socket) should not have to hold.
#[inline]
fn is_compact_json<S>() -> bool {
    use std::any::type_name;
    type_name::<S>() == type_name::<&mut serde_json::Serializer<&mut Vec<u8>>>()
}

/// What serde_json does with the two raw-text names, found once by asking it.
struct Tokens {
    /// A `RawValue` is written as its text (always, with the `raw_value` feature this crate
    /// turns on).
    raw: bool,
    /// A number is a struct holding its digits (serde_json's `arbitrary_precision`).
    number: bool,
}

fn tokens() -> &'static Tokens {
    static TOKENS: OnceLock<Tokens> = OnceLock::new();
    TOKENS.get_or_init(|| {
        let raw_as_text = |name: &'static str| {
            struct Probe(&'static str);
            impl Serialize for Probe {
                fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    let mut st = s.serialize_struct(self.0, 1)?;
                    st.serialize_field(self.0, "[7]")?;
                    st.end()
                }
            }
            serde_json::to_vec(&Probe(name)).is_ok_and(|text| text == b"[7]")
        };
        Tokens {
            raw: raw_as_text(RAW_TOKEN),
            number: raw_as_text(NUMBER_TOKEN),
        }
    })
}

/// Whether `S` writes a value of [`emit_raw`] as its text, unchanged: serde_json's serializer
/// (any writer, compact or pretty) and [`Json`], when serde_json takes raw values (checked
/// once). Any other (`to_value`, another format) is given values, not text.
pub(crate) fn writes_json_text<S>() -> bool {
    use std::any::type_name;
    let name = type_name::<S>();
    (name.starts_with("&mut serde_json::ser::Serializer<") || name == type_name::<Json<'static>>())
        && tokens().raw
}

/// Writes `text`, a JSON value's text, as is (serde_json's `RawValue` protocol): only for a
/// serializer [`writes_json_text`] says takes it.
pub(crate) fn emit_raw<S: Serializer>(s: S, text: &str) -> Result<S::Ok, S::Error> {
    let mut st = s.serialize_struct(RAW_TOKEN, 1)?;
    st.serialize_field(RAW_TOKEN, text)?;
    st.end()
}

/// The text as read to serde_json (compact or pretty, any writer); the `Value` to any other
/// serializer.
impl Serialize for Kept {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.text() {
            Some(text) if writes_json_text::<S>() => emit_raw(s, text),
            _ => self.value().serialize(s),
        }
    }
}

/// Writes what `write` puts in a buffer as one raw value of `s`. The buffer is the thread's
/// (no allocation per object), or a new one when it is in use.
fn write_raw<S: Serializer>(
    s: S,
    write: impl FnOnce(&mut String) -> Result<(), Error>,
) -> Result<S::Ok, S::Error> {
    thread_local! {
        static BUFFER: RefCell<String> = const { RefCell::new(String::new()) };
    }
    /// A buffer grown past this by one large object is not kept.
    const KEEP: usize = 64 * 1024;

    BUFFER.with(|cell| {
        let mut shared = cell.try_borrow_mut().ok();
        let mut own = String::new();
        let buf = match shared.as_deref_mut() {
            Some(shared) => {
                shared.clear();
                shared
            }
            None => &mut own,
        };
        let result = match write(buf) {
            Ok(()) => emit_raw(s, buf),
            Err(e) => Err(ser::Error::custom(e)),
        };
        if buf.capacity() > KEEP {
            *buf = String::new();
        }
        result
    })
}

/// The compact JSON serializer writing into a buffer.
pub struct Json<'a> {
    out: &'a mut String,
}

impl<'a> Json<'a> {
    /// A serializer appending to `out`.
    pub fn new(out: &'a mut String) -> Self {
        Json { out }
    }

    /// Writes what serde_json's own serializer writes for a number (at most 40 characters:
    /// `i128::MIN`), through a stack buffer.
    fn ask_serde_json(
        self,
        write: impl FnOnce(&mut serde_json::Serializer<&mut &mut [u8]>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut buf = [0u8; 48];
        let mut rest = &mut buf[..];
        write(&mut serde_json::Serializer::new(&mut rest))?;
        let n = 48 - rest.len();
        self.out.push_str(from_serde_json(&buf[..n])?);
        Ok(())
    }
}

/// serde_json writes UTF-8 only.
fn from_serde_json(text: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(text).map_err(ser::Error::custom)
}

/// Where a compound value stands: serde_json's states, so that even a `Serialize` that lies
/// about its length writes what serde_json would.
#[derive(PartialEq, Eq, Clone, Copy)]
enum State {
    Empty,
    First,
    Rest,
}

/// A sequence, map or struct being written; `close` is what ends it (`]`, `}`, `]}`, `}}`).
pub struct Compound<'a> {
    out: &'a mut String,
    state: State,
    close: &'static str,
    kind: Kind,
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Plain,
    /// A struct serde_json writes as raw text (its value, a string, is written unquoted).
    Raw,
}

impl<'a> Compound<'a> {
    fn open(out: &'a mut String, open: char, len: Option<usize>, close: &'static str) -> Self {
        out.push(open);
        let state = if len == Some(0) {
            out.push_str(&close[..1]);
            State::Empty
        } else {
            State::First
        };
        Compound {
            out,
            state,
            close,
            kind: Kind::Plain,
        }
    }

    #[inline]
    fn comma(&mut self) {
        if self.next() {
            self.out.push(',');
        }
    }

    /// Whether the next entry follows another (a `,` before it); the next one will.
    #[inline]
    fn next(&mut self) -> bool {
        let comma = self.state != State::First;
        self.state = State::Rest;
        comma
    }

    fn close(self) {
        if self.state != State::Empty {
            self.out.push_str(&self.close[..1]);
        }
        self.out.push_str(&self.close[1..]);
    }

    /// `,"key":`.
    #[inline]
    fn key(&mut self, key: &str) {
        let comma = self.next();
        write_key(self.out, comma, key);
    }
}

/// Writes `{"variant":`, what precedes a variant's content.
fn variant_key(out: &mut String, variant: &str) {
    out.push('{');
    write_str(out, variant);
    out.push(':');
}

macro_rules! delegate {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method(self, $($arg: $ty),*) -> Result<(), Error> {
                self.ask_serde_json(|j| j.$method($($arg),*))
            }
        )*
    };
}

impl<'a> Serializer for Json<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    delegate! {
        serialize_i8(v: i8); serialize_i16(v: i16); serialize_i32(v: i32); serialize_i64(v: i64);
        serialize_i128(v: i128); serialize_u8(v: u8); serialize_u16(v: u16); serialize_u32(v: u32);
        serialize_u64(v: u64); serialize_u128(v: u128); serialize_f32(v: f32);
        serialize_f64(v: f64);
    }

    /// An array of numbers, as serde_json writes bytes.
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        self.collect_seq(v)
    }

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    #[inline]
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<(), Error> {
        self.serialize_str(v)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        variant_key(self.out, variant);
        value.serialize(Json::new(self.out))?;
        self.out.push('}');
        Ok(())
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(Compound::open(self.out, '[', len, "]"))
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        variant_key(self.out, variant);
        Ok(Compound::open(self.out, '[', Some(len), "]}"))
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(Compound::open(self.out, '{', len, "}"))
    }

    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        let t = tokens();
        if (name == RAW_TOKEN && t.raw) || (name == NUMBER_TOKEN && t.number) {
            return Ok(Compound {
                out: self.out,
                state: State::Empty,
                close: "",
                kind: Kind::Raw,
            });
        }
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        variant_key(self.out, variant);
        Ok(Compound::open(self.out, '{', Some(len), "}}"))
    }

    fn collect_str<T: ?Sized + Display>(self, value: &T) -> Result<(), Error> {
        self.serialize_str(&value.to_string())
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(Json::new(self.out))
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

macro_rules! as_seq {
    ($($trait:ident $method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
                ser::SerializeSeq::serialize_element(self, value)
            }
            fn end(self) -> Result<(), Error> {
                ser::SerializeSeq::end(self)
            }
        }
    )*};
}

as_seq!(SerializeTuple serialize_element, SerializeTupleStruct serialize_field, SerializeTupleVariant serialize_field);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;

    /// Writes the key and the `:` after it (a string key in one go).
    #[inline]
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        let comma = self.next();
        if key.serialize(StrKey(self.out, comma)).is_err() {
            // Not a string: what serde_json writes (or refuses) for this key, asked of it.
            let mut text = Vec::new();
            let mut json = serde_json::Serializer::new(&mut text);
            let mut map = ser::Serializer::serialize_map(&mut json, Some(1))?;
            map.serialize_key(key)?;
            if comma {
                self.out.push(',');
            }
            self.out.push_str(from_serde_json(&text[1..])?);
            self.out.push(':');
        }
        Ok(())
    }

    #[inline]
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Json::new(self.out))
    }

    #[inline]
    fn serialize_entry<K: ?Sized + Serialize, V: ?Sized + Serialize>(
        &mut self,
        key: &K,
        value: &V,
    ) -> Result<(), Error> {
        self.serialize_key(key)?;
        self.serialize_value(value)
    }

    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        if self.kind == Kind::Raw {
            return value.serialize(RawText(self.out));
        }
        self.key(key);
        value.serialize(Json::new(self.out))
    }

    fn end(self) -> Result<(), Error> {
        if self.kind == Kind::Raw {
            return Ok(());
        }
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }

    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

mod escape;
mod leaf;
pub(crate) use escape::{write_key, write_str};
use leaf::{RawText, StrKey};

#[cfg(test)]
mod tests;
