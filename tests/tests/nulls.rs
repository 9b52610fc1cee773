//! Absent, `null` and values: tri-state fields, `null`s sent through `additional_data`, create
//! bodies that hold exactly what the caller set, and derived tags nested in a family's variant
//! whatever the position of the family's own tag.

use graph_resource::prelude::*;
use serde_json::{json, Value};

/// v1.0 `event` (a slice): `subject` may be cleared with `null`, `isReminderOn` is a plain bool.
#[graph_resource(inherits = entity)]
pub struct Event {
    pub subject: Option<Option<String>>,
    pub body_preview: Option<String>,
    pub is_reminder_on: bool,
    pub reminder_minutes_before_start: i32,
    pub categories: Vec<String>,
    pub location: Option<Option<Location>>,
}

#[graph_resource(complex)]
pub struct Location {
    pub display_name: Option<String>,
}

#[graph_family(base = entity)]
pub enum AnyEntity {
    Event(Event),
    #[graph(fallback)]
    Other(Entity),
}

#[test]
fn tri_state_fields_read_and_write_absent_null_and_values() {
    let absent: Event = serde_json::from_value(json!({"id": "1"})).unwrap();
    assert_eq!(absent.subject, None);
    let null: Event = serde_json::from_value(json!({"subject": null, "location": null})).unwrap();
    assert_eq!(null.subject, Some(None));
    assert_eq!(null.location, Some(None));
    let value: Event = serde_json::from_value(
        json!({"subject": "Review", "location": {"displayName": "Rainier"}}),
    )
    .unwrap();
    assert_eq!(value.subject, Some(Some("Review".to_owned())));
    for (v, subject) in [
        (&absent, None),
        (&null, Some(Value::Null)),
        (&value, Some(json!("Review"))),
    ] {
        let back = serde_json::to_value(v).unwrap();
        assert_eq!(back.get("subject").cloned(), subject);
    }
    // Through a family's accessor too.
    let mut any: AnyEntity =
        serde_json::from_value(json!({"@odata.type": "#microsoft.graph.event", "subject": null}))
            .unwrap();
    let AnyEntity::Event(e) = &mut any else {
        panic!("{any:?}")
    };
    assert_eq!(e.subject, Some(None));
    e.subject = Some(Some("x".into()));
    assert_eq!(serde_json::to_value(&any).unwrap()["subject"], "x");
}

#[test]
fn a_builder_sends_null_for_a_tri_state_field() {
    let request = Event::create()
        .subject(None::<String>)
        .body_preview("p")
        .build();
    assert_eq!(
        serde_json::from_slice::<Value>(&request.body_json().unwrap()).unwrap(),
        json!({"@odata.type": "#microsoft.graph.event", "subject": null, "bodyPreview": "p"})
    );
    let request = Event::create().subject(String::from("s")).build();
    assert_eq!(
        serde_json::from_slice::<Value>(&request.body_json().unwrap()).unwrap(),
        json!({"@odata.type": "#microsoft.graph.event", "subject": "s"})
    );
}

#[test]
fn create_bodies_hold_exactly_what_was_set() {
    // Nothing set: the tag alone, though `isReminderOn`, `reminderMinutesBeforeStart` and
    // `categories` are not `Option`s.
    let request = Event::create().build();
    let http = request
        .to_http("https://graph.microsoft.com/v1.0/me/events", "t")
        .unwrap();
    assert_eq!(
        http.body().as_slice(),
        br##"{"@odata.type":"#microsoft.graph.event"}"##
    );
    // A plain field set to its default is sent: the caller wrote it.
    let request = Event::create().is_reminder_on(false).build();
    assert_eq!(
        serde_json::from_slice::<Value>(&request.body_json().unwrap()).unwrap(),
        json!({"@odata.type": "#microsoft.graph.event", "isReminderOn": false})
    );
    // Plain `Serialize` of a value is unchanged: every field that is not `None`.
    assert_eq!(
        serde_json::to_value(request.body()).unwrap(),
        json!({"@odata.type": "#microsoft.graph.event", "isReminderOn": false,
               "reminderMinutesBeforeStart": 0, "categories": []})
    );
    // A request made from a whole value writes it as `Serialize` does.
    let whole = CreateRequest::new(request.body().clone());
    assert_eq!(
        serde_json::from_slice::<Value>(&whole.body_json().unwrap()).unwrap(),
        serde_json::to_value(request.body()).unwrap()
    );
}

#[test]
fn a_null_pushed_into_additional_data_is_sent_where_the_field_is_none() {
    // The workaround Microsoft's .NET SDK documents, for a field that is a plain `Option`.
    let mut e = Event::default();
    e.additional_data.push("bodyPreview", Value::Null);
    assert_eq!(
        serde_json::to_value(&e).unwrap(),
        json!({"@odata.type": "#microsoft.graph.event", "isReminderOn": false,
               "reminderMinutesBeforeStart": 0, "categories": [], "bodyPreview": null})
    );
    // The field wins when it has a value: never two keys.
    e.body_preview = Some("p".into());
    let text = serde_json::to_string(&e).unwrap();
    assert_eq!(text.matches("bodyPreview").count(), 1, "{text}");
    assert!(text.contains(r#""bodyPreview":"p""#));
    // In a create body, the entry is sent where the caller set nothing for the field.
    let mut request = Event::create().subject(String::from("s")).build();
    let mut body = request.clone().into_body();
    body.additional_data.push("bodyPreview", Value::Null);
    request = CreateRequest::new(body);
    let sent: Value = serde_json::from_slice(&request.body_json().unwrap()).unwrap();
    assert_eq!(sent["bodyPreview"], Value::Null);
}

/// A family whose variant holds a property typed with a base, where the payload sends a
/// derived type: the family's own tag first, later, or absent.
#[test]
fn derived_tags_nested_in_a_familys_variant() {
    let location = json!({"@odata.type": "#microsoft.graph.locationConstraintItem", "displayName": "Rainier", "resolveAvailability": true});
    let objects = [
        json!({"@odata.type": "#microsoft.graph.event", "id": "1", "location": location}),
        json!({"id": "1", "location": location, "@odata.type": "#microsoft.graph.event"}),
        json!({"id": "1", "location": location}),
    ];
    for v in objects {
        let any: AnyEntity = serde_json::from_value(v.clone()).unwrap();
        let loc = match &any {
            AnyEntity::Event(e) => e.location.clone().flatten().unwrap(),
            // No tag: the base's own variant is the fallback, which keeps everything.
            AnyEntity::Other(o) => {
                assert!(v.get("@odata.type").is_none());
                assert_eq!(o.additional_data.get("location"), Some(&location));
                continue;
            }
        };
        assert_eq!(loc.display_name.as_deref(), Some("Rainier"));
        assert_eq!(
            loc.foreign_type(),
            Some("#microsoft.graph.locationConstraintItem")
        );
        assert_eq!(serde_json::to_value(&any).unwrap(), with_defaults(&v));
        let text = serde_json::to_string(&any).unwrap();
        assert!(
            text.starts_with(r##"{"@odata.type":"#microsoft.graph.event""##),
            "{text}"
        );
    }
}

#[test]
fn numbers_inside_families_and_nested_arrays() {
    let v = json!({
        "@odata.type": "#microsoft.graph.event",
        "id": "n",
        "stats": [6.02214076e23, 1.7976931348623157e308, -0.0, 18446744073709551615u64,
                  -9223372036854775808i64, {"deep": [1e-300, 0.1]}]
    });
    let text = serde_json::to_string(&v).unwrap();
    let any: AnyEntity = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_value(&any).unwrap(), with_defaults(&v));
    // A big integer beyond 64 bits, read where the family buffers (before its tag).
    let late = r##"{"big":18446744073709551616,"@odata.type":"#microsoft.graph.event"}"##;
    let any: AnyEntity = serde_json::from_str(late).unwrap();
    assert_eq!(
        serde_json::to_value(&any).unwrap(),
        with_defaults(&serde_json::from_str::<Value>(late).unwrap())
    );
}

/// `v` as an `Event` read from it is written: its fields that are not `Option`s always are.
fn with_defaults(v: &Value) -> Value {
    let mut out = v.clone();
    let m = out.as_object_mut().unwrap();
    for (k, d) in [
        ("isReminderOn", json!(false)),
        ("reminderMinutesBeforeStart", json!(0)),
        ("categories", json!([])),
    ] {
        m.entry(k).or_insert(d);
    }
    // Declared properties first, in declaration order, then the others as read.
    let declared = Event::PROPERTIES;
    let mut ordered = serde_json::Map::new();
    if let Some(t) = m.get("@odata.type") {
        ordered.insert("@odata.type".into(), t.clone());
    }
    for k in declared {
        if let Some(v) = m.get(*k) {
            ordered.insert((*k).into(), v.clone());
        }
    }
    for (k, v) in m.iter() {
        ordered.entry(k.clone()).or_insert(v.clone());
    }
    Value::Object(ordered)
}
