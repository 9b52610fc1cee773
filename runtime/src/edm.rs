//! The OData primitive types whose JSON is text in a format of its own: kept as the exact text
//! they were read from, and written back byte for byte.
//!
//! Graph writes `2021-05-25T20:12:14.8640000Z` (seven fractional digits); chrono writes nine,
//! `time` as many as needed: converting on every read would change what is written back.
//! These types hold the text and convert on demand: to chrono types (feature `chrono`), `time`
//! types (feature `time`) and `uuid::Uuid` (feature `uuid`); [`Duration`] converts to
//! `std::time::Duration` without any feature. [`Double`] is an `f64` that also reads and writes
//! the OData strings `"NaN"`, `"INF"` and `"-INF"`.
//!
//! ```
//! use graph_resource::edm::{DateTimeOffset, Double, Duration};
//!
//! let when: DateTimeOffset = serde_json::from_str(r#""2021-05-25T20:12:14.8640000Z""#)?;
//! assert_eq!(serde_json::to_string(&when)?, r#""2021-05-25T20:12:14.8640000Z""#);
//! let wait: Duration = serde_json::from_str(r#""PT1H30M""#)?;
//! assert_eq!(wait.to_std(), Some(std::time::Duration::from_secs(5400)));
//! let x: Double = serde_json::from_str(r#""-INF""#)?;
//! assert_eq!(x.0, f64::NEG_INFINITY);
//! assert_eq!(serde_json::to_string(&x)?, r#""-INF""#);
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;
use std::str::FromStr;

use serde::de::{Error as _, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $edm:literal) => {
        $(#[$doc])*
        #[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// The value from its text, kept as it is.
            pub fn new(text: impl Into<String>) -> Self {
                $name(text.into())
            }

            /// The exact text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The text, by value.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({:?})"), self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok($name(s.to_owned()))
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = crate::str::deserialize_str(d).map_err(|e| {
                    D::Error::custom(format_args!(concat!("an ", $edm, " is a string: {}"), e))
                })?;
                Ok($name(s.into_string()))
            }
        }
    };
}

text_type!(
    /// `Edm.DateTimeOffset`: `2021-05-25T20:12:14.8640000Z`.
    DateTimeOffset,
    "Edm.DateTimeOffset"
);
text_type!(
    /// `Edm.Date`: `2021-05-25`.
    Date,
    "Edm.Date"
);
text_type!(
    /// `Edm.TimeOfDay`: `20:12:14.0000000`.
    TimeOfDay,
    "Edm.TimeOfDay"
);
text_type!(
    /// `Edm.Duration`, in ISO 8601: `PT1H30M`, `P1DT2H`, `-PT0.5S`.
    Duration,
    "Edm.Duration"
);
text_type!(
    /// `Edm.Guid`: `87d349ed-44d7-43e1-9a83-5f2406dee5bd`.
    Guid,
    "Edm.Guid"
);
text_type!(
    /// `Edm.Binary`: base64url text, kept as it is.
    Binary,
    "Edm.Binary"
);

impl Duration {
    /// The duration as a `std::time::Duration`: `None` when it is negative, has years or months
    /// (no fixed length), or is not ISO 8601 (`[-]P[nW][nD][T[nH][nM][n[.f]S]]`).
    pub fn to_std(&self) -> Option<std::time::Duration> {
        let s = self.0.trim();
        if s.starts_with('-') {
            return None;
        }
        let rest = s.strip_prefix('P')?;
        let (date, time) = match rest.split_once('T') {
            Some((d, t)) if !t.is_empty() => (d, Some(t)),
            Some(_) => return None,
            None => (rest, None),
        };
        let mut total = std::time::Duration::ZERO;
        let mut any = false;
        let mut parse = |part: &str, units: &[(char, u64)]| -> Option<()> {
            let mut number = String::new();
            for c in part.chars() {
                if c.is_ascii_digit() || c == '.' {
                    number.push(c);
                    continue;
                }
                let (_, secs) = units.iter().find(|(u, _)| *u == c)?;
                let value: f64 = number.parse().ok()?;
                if !value.is_finite() || value < 0.0 {
                    return None;
                }
                total = total.checked_add(
                    std::time::Duration::try_from_secs_f64(value * *secs as f64).ok()?,
                )?;
                number.clear();
                any = true;
            }
            number.is_empty().then_some(())
        };
        parse(date, &[('W', 604_800), ('D', 86_400)])?;
        if let Some(time) = time {
            parse(time, &[('H', 3_600), ('M', 60), ('S', 1)])?;
        }
        any.then_some(total)
    }

    /// A duration written as Graph writes one: `PT5400S`, `PT0.5S`.
    pub fn from_std(d: std::time::Duration) -> Duration {
        let secs = d.as_secs();
        let nanos = d.subsec_nanos();
        if nanos == 0 {
            Duration(format!("PT{secs}S"))
        } else {
            let frac = format!("{nanos:09}");
            Duration(format!("PT{secs}.{}S", frac.trim_end_matches('0')))
        }
    }
}

/// `Edm.Double` (and `Edm.Single`): a JSON number, or one of the strings OData writes for the
/// values JSON has no number for: `"NaN"`, `"INF"`, `"-INF"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
pub struct Double(pub f64);

impl From<f64> for Double {
    fn from(v: f64) -> Self {
        Double(v)
    }
}

impl From<Double> for f64 {
    fn from(v: Double) -> Self {
        v.0
    }
}

impl fmt::Display for Double {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for Double {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.is_nan() {
            s.serialize_str("NaN")
        } else if v == f64::INFINITY {
            s.serialize_str("INF")
        } else if v == f64::NEG_INFINITY {
            s.serialize_str("-INF")
        } else {
            s.serialize_f64(v)
        }
    }
}

impl<'de> Deserialize<'de> for Double {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Double;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number, or \"NaN\", \"INF\" or \"-INF\"")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Double, E> {
                Ok(Double(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Double, E> {
                Ok(Double(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Double, E> {
                Ok(Double(v as f64))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Double, E> {
                match v {
                    "NaN" => Ok(Double(f64::NAN)),
                    "INF" | "Infinity" => Ok(Double(f64::INFINITY)),
                    "-INF" | "-Infinity" => Ok(Double(f64::NEG_INFINITY)),
                    // IEEE754Compatible servers write numbers as strings.
                    other => other
                        .parse()
                        .map(Double)
                        .map_err(|_| E::invalid_value(serde::de::Unexpected::Str(other), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// `Edm.Decimal`: a JSON number (kept as serde_json reads it) or, from a server in
/// `IEEE754Compatible` mode, a string (kept to the last digit); written back in the same form.
#[derive(Clone, Debug, PartialEq)]
pub enum Decimal {
    /// Sent as a JSON number.
    Number(serde_json::Number),
    /// Sent as a string.
    Text(String),
}

impl Default for Decimal {
    fn default() -> Self {
        Decimal::Number(0.into())
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decimal::Number(n) => fmt::Display::fmt(n, f),
            Decimal::Text(t) => f.write_str(t),
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Decimal::Number(n) => n.serialize(s),
            Decimal::Text(t) => s.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::Number(n) => Ok(Decimal::Number(n)),
            serde_json::Value::String(t) => Ok(Decimal::Text(t)),
            other => Err(D::Error::custom(format_args!(
                "an Edm.Decimal is a number or a string, not {other}"
            ))),
        }
    }
}

#[cfg(feature = "chrono")]
mod chrono_impls {
    use super::{Date, DateTimeOffset, TimeOfDay};

    impl DateTimeOffset {
        /// The value as a chrono date-time with its offset.
        pub fn to_chrono(
            &self,
        ) -> Result<chrono::DateTime<chrono::FixedOffset>, chrono::ParseError> {
            chrono::DateTime::parse_from_rfc3339(&self.0)
        }
    }

    impl<Tz: chrono::TimeZone> From<chrono::DateTime<Tz>> for DateTimeOffset
    where
        Tz::Offset: std::fmt::Display,
    {
        /// Written as Graph writes: seven fractional digits, `Z` for UTC.
        fn from(v: chrono::DateTime<Tz>) -> Self {
            use chrono::Timelike;
            let utc = v.with_timezone(&chrono::Utc);
            DateTimeOffset(format!(
                "{}.{:07}Z",
                utc.format("%Y-%m-%dT%H:%M:%S"),
                utc.nanosecond() % 1_000_000_000 / 100
            ))
        }
    }

    impl Date {
        /// The value as a chrono date.
        pub fn to_chrono(&self) -> Result<chrono::NaiveDate, chrono::ParseError> {
            chrono::NaiveDate::parse_from_str(&self.0, "%Y-%m-%d")
        }
    }

    impl From<chrono::NaiveDate> for Date {
        fn from(v: chrono::NaiveDate) -> Self {
            Date(v.format("%Y-%m-%d").to_string())
        }
    }

    impl TimeOfDay {
        /// The value as a chrono time.
        pub fn to_chrono(&self) -> Result<chrono::NaiveTime, chrono::ParseError> {
            chrono::NaiveTime::parse_from_str(&self.0, "%H:%M:%S%.f")
        }
    }

    impl From<chrono::NaiveTime> for TimeOfDay {
        fn from(v: chrono::NaiveTime) -> Self {
            use chrono::Timelike;
            TimeOfDay(format!(
                "{}.{:07}",
                v.format("%H:%M:%S"),
                v.nanosecond() % 1_000_000_000 / 100
            ))
        }
    }
}

#[cfg(feature = "time")]
mod time_impls {
    use super::DateTimeOffset;

    impl DateTimeOffset {
        /// The value as a `time` date-time with its offset.
        pub fn to_time(&self) -> Result<time::OffsetDateTime, time::error::Parse> {
            time::OffsetDateTime::parse(&self.0, &time::format_description::well_known::Rfc3339)
        }
    }

    impl From<time::OffsetDateTime> for DateTimeOffset {
        /// Written in RFC 3339 (UTC, as many fractional digits as needed).
        fn from(v: time::OffsetDateTime) -> Self {
            let utc = v.to_offset(time::UtcOffset::UTC);
            DateTimeOffset(
                utc.format(&time::format_description::well_known::Rfc3339)
                    .unwrap_or_default(),
            )
        }
    }
}

#[cfg(feature = "uuid")]
mod uuid_impls {
    use super::Guid;

    impl Guid {
        /// The value as a `uuid::Uuid`.
        pub fn to_uuid(&self) -> Result<uuid::Uuid, uuid::Error> {
            uuid::Uuid::parse_str(&self.0)
        }
    }

    impl From<uuid::Uuid> for Guid {
        fn from(v: uuid::Uuid) -> Self {
            Guid(v.hyphenated().to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let d = |s: &str| Duration::new(s).to_std();
        assert_eq!(d("PT1H30M"), Some(std::time::Duration::from_secs(5400)));
        assert_eq!(d("P1DT2H"), Some(std::time::Duration::from_secs(93_600)));
        assert_eq!(d("P2W"), Some(std::time::Duration::from_secs(1_209_600)));
        assert_eq!(d("PT0.5S"), Some(std::time::Duration::from_millis(500)));
        for bad in [
            "", "P", "PT", "-PT1S", "P1Y", "P1M", "1H", "PTxS", "PT1.2.3S",
        ] {
            assert_eq!(d(bad), None, "{bad}");
        }
        assert_eq!(
            Duration::from_std(std::time::Duration::from_millis(1500)).as_str(),
            "PT1.5S"
        );
        assert_eq!(
            Duration::from_std(std::time::Duration::from_secs(60)).as_str(),
            "PT60S"
        );
    }

    #[test]
    fn doubles() {
        for (text, v) in [("1.5", 1.5), (r#""INF""#, f64::INFINITY), ("3", 3.0)] {
            assert_eq!(serde_json::from_str::<Double>(text).unwrap().0, v);
        }
        assert!(serde_json::from_str::<Double>(r#""NaN""#)
            .unwrap()
            .0
            .is_nan());
        assert_eq!(
            serde_json::to_string(&Double(f64::NAN)).unwrap(),
            r#""NaN""#
        );
        assert_eq!(serde_json::to_string(&Double(2.5)).unwrap(), "2.5");
        assert!(serde_json::from_str::<Double>(r#""many""#).is_err());
        assert!(serde_json::from_str::<Double>("true").is_err());
    }

    #[test]
    fn text_is_kept() {
        let t = r#""2021-05-25T20:12:14.8640000Z""#;
        let v: DateTimeOffset = serde_json::from_str(t).unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), t);
        assert!(serde_json::from_str::<Guid>("5").is_err());
        let d: Decimal = serde_json::from_str("12.50").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "12.5");
        let d: Decimal = serde_json::from_str(r#""12.50""#).unwrap();
        assert_eq!(d, Decimal::Text("12.50".into()));
        assert_eq!(serde_json::to_string(&d).unwrap(), r#""12.50""#);
    }

    #[cfg(feature = "chrono")]
    #[test]
    fn chrono_conversions() {
        let v = DateTimeOffset::new("2021-05-25T20:12:14.8640000Z");
        let dt = v.to_chrono().unwrap();
        assert_eq!(dt.timestamp_millis(), 1_621_973_534_864);
        assert_eq!(
            DateTimeOffset::from(dt),
            v,
            "written back with seven digits"
        );
        let d = Date::new("2014-11-03").to_chrono().unwrap();
        assert_eq!(Date::from(d).as_str(), "2014-11-03");
        let t = TimeOfDay::new("17:30:00.0000000").to_chrono().unwrap();
        assert_eq!(TimeOfDay::from(t).as_str(), "17:30:00.0000000");
    }

    #[cfg(feature = "time")]
    #[test]
    fn time_conversions() {
        let v = DateTimeOffset::new("2021-05-25T20:12:14.864Z");
        let dt = v.to_time().unwrap();
        assert_eq!(dt.unix_timestamp(), 1_621_973_534);
        assert_eq!(DateTimeOffset::from(dt), v);
    }

    #[cfg(feature = "uuid")]
    #[test]
    fn uuid_conversions() {
        let g = Guid::new("87d349ed-44d7-43e1-9a83-5f2406dee5bd");
        let u = g.to_uuid().unwrap();
        assert_eq!(Guid::from(u), g);
    }
}
