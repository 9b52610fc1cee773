//! Two serializers of one string each: a map key that is a string ([`StrKey`]; any other key
//! is refused, and the caller asks serde_json), and raw JSON text ([`RawText`], serde_json's
//! `RawValue` and `arbitrary_precision` numbers).

use serde::ser::{self, Impossible, Serialize, Serializer};
use serde_json::Error;

use super::write_key;

/// Writes a string key, escaped, and the `:` after it (after a `,` where `.1` says so);
/// refuses anything else without writing.
pub(super) struct StrKey<'a>(pub(super) &'a mut String, pub(super) bool);

/// Writes a string as it is (it is JSON text already); refuses anything else.
pub(super) struct RawText<'a>(pub(super) &'a mut String);

fn refused() -> Error {
    ser::Error::custom("not a string")
}

/// The methods of a [`Serializer`] of one string that refuse everything else.
macro_rules! refuse {
    () => {
        type Ok = ();
        type Error = Error;
        type SerializeSeq = Impossible<(), Error>;
        type SerializeTuple = Impossible<(), Error>;
        type SerializeTupleStruct = Impossible<(), Error>;
        type SerializeTupleVariant = Impossible<(), Error>;
        type SerializeMap = Impossible<(), Error>;
        type SerializeStruct = Impossible<(), Error>;
        type SerializeStructVariant = Impossible<(), Error>;

        refuse!(@leaf serialize_bool(bool), serialize_i8(i8), serialize_i16(i16),
            serialize_i32(i32), serialize_i64(i64), serialize_u8(u8), serialize_u16(u16),
            serialize_u32(u32), serialize_u64(u64), serialize_f32(f32), serialize_f64(f64),
            serialize_bytes(&[u8]), serialize_unit_struct(&'static str));

        fn serialize_none(self) -> Result<(), Error> {
            Err(refused())
        }
        fn serialize_unit(self) -> Result<(), Error> {
            Err(refused())
        }
        fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), Error> {
            Err(refused())
        }
        fn serialize_newtype_variant<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<(), Error> {
            Err(refused())
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
            Err(refused())
        }
        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
            Err(refused())
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, Error> {
            Err(refused())
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, Error> {
            Err(refused())
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
            Err(refused())
        }
        fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
            Err(refused())
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, Error> {
            Err(refused())
        }
    };
    (@leaf $($method:ident($ty:ty)),*) => {$(
        fn $method(self, _: $ty) -> Result<(), Error> {
            Err(refused())
        }
    )*};
}

impl Serializer for StrKey<'_> {
    refuse!();

    #[inline]
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_key(self.0, self.1, v);
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
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
}

impl Serializer for RawText<'_> {
    refuse!();

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.push_str(v);
        Ok(())
    }

    fn serialize_char(self, _: char) -> Result<(), Error> {
        Err(refused())
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Error> {
        Err(refused())
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(refused())
    }
}
