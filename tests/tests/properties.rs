//! Property tests: for arbitrary values of the built-in types (unknown enum members, nested
//! complex values, `additional_data` with any JSON), `from_value(to_value(x)) == x`; and for
//! arbitrary Graph-shaped JSON (tags of this type, of another type, or none, nested too; any
//! double, however large), `to_value(from_value(v)) == v` whenever reading succeeds, modulo the
//! `#` added to the type's own tag, known properties sent as `null`, and known enum members
//! written in their declared spelling.

use graph_resource::models::*;
use graph_resource::{AdditionalData, GraphEnum, GraphResource};
use proptest::prelude::*;
use serde_json::{Map, Number, Value};

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        any::<u64>().prop_map(|n| Value::Number(n.into())),
        prop_oneof![
            any::<f64>(),
            Just(6.022_140_76e23),
            Just(1.797_693_134_862_315_7e308),
            Just(-0.0),
            Just(18_446_744_073_709_551_616.0),
        ]
        .prop_filter_map("finite", Number::from_f64)
        .prop_map(Value::Number),
        ".{0,12}".prop_map(Value::String),
    ]
}

fn json() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(4, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-zA-Z@.]{0,8}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Extra entries: unique keys, none of them a declared property of `T` or `@odata.type`.
fn extras<T: GraphResource>() -> impl Strategy<Value = AdditionalData> {
    prop::collection::vec(("@?[a-zA-Z][a-zA-Z0-9.@]{0,10}", json()), 0..4).prop_map(|kv| {
        let mut seen = std::collections::HashSet::new();
        kv.into_iter()
            .filter(|(k, _)| k != "@odata.type" && !T::PROPERTIES.contains(&k.as_str()))
            .filter(|(k, _)| seen.insert(k.clone()))
            .collect()
    })
}

/// A member: a known one, or a string that is no known member in any case.
fn member<E: GraphEnum + 'static>() -> impl Strategy<Value = E> {
    prop_oneof![
        (0..E::MEMBERS.len()).prop_map(|i| E::from_index(i).unwrap()),
        ".{0,10}"
            .prop_filter("not a known member", |s| {
                !E::MEMBERS.iter().any(|m| m.eq_ignore_ascii_case(s))
            })
            .prop_map(E::unrecognized),
    ]
}

fn result_info() -> impl Strategy<Value = ResultInfo> {
    (
        any::<Option<i32>>(),
        any::<Option<i32>>(),
        any::<Option<String>>(),
        extras::<ResultInfo>(),
    )
        .prop_map(|(code, subcode, message, additional_data)| ResultInfo {
            code,
            subcode,
            message,
            additional_data,
        })
}

fn record_operation() -> impl Strategy<Value = RecordOperation> {
    (
        any::<Option<String>>(),
        any::<Option<String>>(),
        proptest::option::of(result_info()),
        proptest::option::of(member::<OperationStatus>()),
        proptest::option::of(member::<RecordCompletionReason>()),
        any::<Option<String>>(),
        any::<Option<String>>(),
        extras::<RecordOperation>(),
    )
        .prop_map(|(id, cc, ri, st, cr, tok, loc, extra)| RecordOperation {
            id,
            client_context: cc,
            result_info: ri,
            status: st,
            completion_reason: cr,
            recording_access_token: tok,
            recording_location: loc,
            additional_data: extra,
        })
}

/// A type with tri-state fields (absent, `null`, value).
#[graph_resource::graph_resource(complex)]
pub struct Patch {
    pub subject: Option<Option<String>>,
    pub size: Option<Option<f64>>,
    pub info: Option<Option<ResultInfo>>,
}

fn tri<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> impl Strategy<Value = Option<Option<T>>> {
    prop_oneof![Just(None), Just(Some(None)), s.prop_map(|v| Some(Some(v)))]
}

fn patch() -> impl Strategy<Value = Patch> {
    (
        tri(".{0,8}"),
        tri(any::<f64>().prop_filter("finite", |f| f.is_finite())),
        tri(result_info()),
        extras::<Patch>(),
    )
        .prop_map(|(subject, size, info, additional_data)| Patch {
            subject,
            size,
            info,
            additional_data,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn tri_state_values_round_trip(p in patch()) {
        let text = serde_json::to_string(&p).unwrap();
        let back: Patch = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&back, &p);
        // And Graph-shaped JSON: each property absent, null or a value, written back as read.
        let mut v = serde_json::to_value(&p).unwrap();
        v.as_object_mut().unwrap().remove("@odata.type");
        let read: Patch = serde_json::from_value(v.clone()).unwrap();
        prop_assert_eq!(serde_json::to_value(&read).unwrap(), v);
    }

    #[test]
    fn values_round_trip(op in record_operation()) {
        let v = serde_json::to_value(&op).unwrap();
        prop_assert_eq!(v["@odata.type"].as_str(), Some("#microsoft.graph.recordOperation"));
        let back: RecordOperation = serde_json::from_value(v).unwrap();
        prop_assert_eq!(&back, &op);
        // Through text as well.
        let text = serde_json::to_string(&op).unwrap();
        let back: RecordOperation = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back, op);
    }

    #[test]
    fn graph_shaped_json_round_trips(v in graph_shaped()) {
        if let Ok(op) = serde_json::from_value::<RecordOperation>(v.clone()) {
            let back = serde_json::to_value(&op).unwrap();
            prop_assert_eq!(back, normalized(&v));
        }
    }

    #[test]
    fn reading_anything_never_panics(v in json()) {
        let _ = serde_json::from_value::<RecordOperation>(v.clone());
        let _ = serde_json::from_value::<ResultInfo>(v.clone());
        let _ = serde_json::from_str::<RecordOperation>(&v.to_string());
    }
}

/// Objects with known properties (right or wrong JSON type, or null), unknown ones and
/// annotations, and a tag in any form or none.
fn graph_shaped() -> impl Strategy<Value = Value> {
    let known = prop_oneof![
        (
            "id",
            prop_oneof![".{0,6}".prop_map(Value::String), json_leaf()]
        ),
        ("clientContext", ".{0,6}".prop_map(Value::String)),
        (
            "status",
            prop_oneof![
                prop::sample::select(OperationStatus::MEMBERS)
                    .prop_map(|m| Value::String(m.to_string())),
                "[a-z]{1,6}".prop_map(Value::String),
                json_leaf(),
            ]
        ),
        (
            "completionReason",
            prop::sample::select(RecordCompletionReason::MEMBERS)
                .prop_map(|m| Value::String(m.to_string()))
        ),
        (
            "resultInfo",
            prop_oneof![
                Just(Value::Null),
                (any::<Option<i32>>(), json())
                    .prop_map(|(c, x)| serde_json::json!({"code": c, "x": x})),
                (any::<Option<i32>>(), json()).prop_map(|(c, x)| {
                    serde_json::json!({"x": x, "@odata.type": "#microsoft.graph.derivedResultInfo", "code": c})
                }),
            ]
        ),
        ("recordingLocation", json_leaf()),
    ]
    .prop_map(|(k, v)| (k.to_string(), v));
    let unknown = ("@?[a-z][a-zA-Z.@]{0,8}", json()).prop_filter("not declared", |(k, _)| {
        k != "@odata.type" && !RecordOperation::PROPERTIES.contains(&k.as_str())
    });
    let tag = prop_oneof![
        Just(None),
        Just(Some("#microsoft.graph.recordOperation")),
        Just(Some("microsoft.graph.recordOperation")),
        Just(Some("#microsoft.graph.newDerivedOperation")),
    ];
    (
        prop::collection::vec(prop_oneof![known, unknown], 0..8),
        tag,
    )
        .prop_map(|(entries, tag)| {
            let mut m = Map::new();
            for (k, v) in entries {
                m.insert(k, v);
            }
            if let Some(t) = tag {
                m.insert("@odata.type".into(), Value::String(t.into()));
            }
            Value::Object(m)
        })
}

/// What a successful read writes back: the type's own tag with `#` (another type's as it was,
/// none where there was none), no known property that was `null`.
fn normalized(v: &Value) -> Value {
    let mut m = v.as_object().unwrap().clone();
    if m.get("@odata.type").and_then(Value::as_str) == Some("microsoft.graph.recordOperation") {
        m.insert(
            "@odata.type".into(),
            "#microsoft.graph.recordOperation".into(),
        );
    }
    m.retain(|k, v| !(v.is_null() && RecordOperation::PROPERTIES.contains(&k.as_str())));
    if let Some(Value::Object(ri)) = m.get_mut("resultInfo") {
        ri.retain(|k, v| !(v.is_null() && ResultInfo::PROPERTIES.contains(&k.as_str())));
    }
    if let Some(Value::String(s)) = m.get("status") {
        let declared = OperationStatus::from_member(s).as_str().to_owned();
        m.insert("status".into(), Value::String(declared));
    }
    Value::Object(m)
}

/// A type for `diff`: plain, tri-state, not-`Option`, collection, complex and read-only fields.
#[graph_resource::graph_resource(inherits = graph_resource::models::entity)]
pub struct Contact {
    pub given_name: Option<String>,
    pub age: Option<i32>,
    pub nickname: Option<Option<String>>,
    pub rank: i32,
    pub tags: Option<Vec<String>>,
    pub address: Option<Address>,
    #[graph(read_only)]
    pub created: Option<String>,
}

#[graph_resource::graph_resource(complex)]
pub struct Address {
    pub city: Option<String>,
    pub zip: Option<String>,
}

fn contact() -> impl Strategy<Value = Contact> {
    let address = (any::<Option<bool>>(), any::<Option<bool>>()).prop_map(|(c, z)| Address {
        city: c.map(|c| if c { "Oslo" } else { "Rome" }.to_owned()),
        zip: z.map(|z| if z { "0150" } else { "00100" }.to_owned()),
        ..Default::default()
    });
    (
        any::<Option<bool>>(),
        any::<Option<i8>>(),
        tri(prop_oneof![Just("a".to_owned()), Just("b".to_owned())]),
        0..3i32,
        proptest::option::of(prop::collection::vec("[ab]", 0..2)),
        proptest::option::of(address),
        any::<Option<bool>>(),
    )
        .prop_map(|(g, a, n, r, t, ad, c)| Contact {
            given_name: g.map(|g| if g { "Adele" } else { "Alex" }.to_owned()),
            age: a.map(i32::from),
            nickname: n,
            rank: r,
            tags: t,
            address: ad,
            created: c.map(|c| c.to_string()),
            ..Default::default()
        })
}

fn without_nulls(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        other => other,
    }
}

/// RFC 7386: applies a JSON merge patch.
fn apply_merge_patch(target: &Value, patch: &Value) -> Value {
    match patch {
        Value::Object(p) => {
            let mut out = target.as_object().cloned().unwrap_or_default();
            for (k, v) in p {
                if v.is_null() {
                    out.remove(k);
                } else {
                    let merged = apply_merge_patch(out.get(k).unwrap_or(&Value::Null), v);
                    out.insert(k.clone(), merged);
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Applying `diff`'s body to `before` as a JSON merge patch (what Graph's PATCH does) gives
    /// `after` on the writable fields; read-only fields and tri-state `None`s are left alone.
    #[test]
    fn diff_is_a_merge_patch(before in contact(), after in contact()) {
        let request = Contact::diff(&before, &after);
        let mut patch: Value = serde_json::from_slice(&request.body_json().unwrap()).unwrap();
        prop_assert_eq!(patch["@odata.type"].as_str(), Some("#microsoft.graph.contact"));
        patch.as_object_mut().unwrap().remove("@odata.type");
        prop_assert!(patch.get("created").is_none() && patch.get("id").is_none());
        let before_json = serde_json::to_value(&before).unwrap();
        let patched = apply_merge_patch(&before_json, &patch);
        let mut expected = after.clone();
        expected.created = before.created.clone();
        if after.nickname.is_none() {
            expected.nickname = before.nickname.clone();
        }
        // In a merge patch `null` clears a property: cleared and absent are one state.
        prop_assert_eq!(
            without_nulls(patched),
            without_nulls(serde_json::to_value(&expected).unwrap())
        );
        // Nothing changed, nothing sent.
        prop_assert!(Contact::diff(&before, &before).is_empty());
    }
}
