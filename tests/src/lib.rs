//! Types shared by the integration tests: declared in nested modules to check that inheritance
//! works across modules in either declaration order, with relative and absolute paths.

pub mod late_child {
    use graph_resource::graph_resource;

    /// A child declared before its base, in another module, by relative path.
    #[graph_resource(inherits = super::bases::directoryObject)]
    pub struct Group {
        pub display_name: Option<String>,
        pub mail_enabled: Option<bool>,
    }
}

pub mod bases {
    use graph_resource::prelude::*;

    mod private_types {
        use graph_resource::graph_resource;

        /// A complex type this module's children cannot name.
        #[graph_resource(complex)]
        pub struct DeletionInfo {
            pub reason: Option<String>,
        }
    }

    /// A base declared after one of its children.
    #[graph_resource(inherits = entity)]
    pub struct DirectoryObject {
        pub deleted_date_time: Option<String>,
        pub deletion: Option<private_types::DeletionInfo>,
    }
}

pub mod early_child {
    use graph_resource::graph_resource;

    /// A child declared after its base, by absolute path.
    #[graph_resource(inherits = crate::bases::directoryObject)]
    pub struct User {
        pub user_principal_name: Option<String>,
        #[graph(secret)]
        pub password: Option<String>,
    }

    /// Depth four: entity → directoryObject → user → guestUser.
    #[graph_resource(inherits = user)]
    pub struct GuestUser {
        pub invited_by: Option<String>,
    }
}

/// Asserts that `written` is `original` read and written back, modulo the contract's list: a
/// key of `original` missing from `written` must have been `null` (an `Option` field that read
/// it as `None`); a type's own tag may gain its `#`; a string may differ in ASCII case (an enum
/// member written in its declared spelling); nothing may be added; a tag present is first.
pub fn assert_round_trip(original: &serde_json::Value, written: &serde_json::Value, at: &str) {
    assert_round_trip_declared(original, written, None, at);
}

/// [`assert_round_trip`], where a `null` may be left out only for a property in `declared`.
pub fn assert_round_trip_declared(
    original: &serde_json::Value,
    written: &serde_json::Value,
    declared: Option<&[&str]>,
    at: &str,
) {
    use serde_json::Value;
    match (original, written) {
        (Value::Object(o), Value::Object(w)) => {
            for (k, v) in o {
                match w.get(k) {
                    Some(wv) if k == "@odata.type" => {
                        let (a, b) = (v.as_str().unwrap(), wv.as_str().unwrap());
                        assert!(
                            a == b || format!("#{a}") == b,
                            "{at}.{k}: {a} written as {b}"
                        );
                    }
                    Some(wv) => assert_round_trip_declared(v, wv, declared, &format!("{at}.{k}")),
                    None => assert!(
                        v.is_null() && declared.is_none_or(|d| d.contains(&k.as_str())),
                        "{at}.{k} = {v} was lost"
                    ),
                }
            }
            for k in w.keys() {
                assert!(o.contains_key(k), "{at}.{k} was added");
            }
            if o.contains_key("@odata.type") {
                assert_eq!(
                    w.keys().next().map(String::as_str),
                    Some("@odata.type"),
                    "{at}: the tag is written first"
                );
            }
        }
        (Value::Array(o), Value::Array(w)) => {
            assert_eq!(o.len(), w.len(), "{at}");
            for (i, (a, b)) in o.iter().zip(w).enumerate() {
                assert_round_trip_declared(a, b, declared, &format!("{at}[{i}]"));
            }
        }
        (Value::String(a), Value::String(b)) => {
            assert!(a.eq_ignore_ascii_case(b), "{at}: {a:?} written as {b:?}")
        }
        (a, b) => assert_eq!(a, b, "{at}"),
    }
}

/// The README's examples, run as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
