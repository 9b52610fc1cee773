//! Generated families on an ugly document (`families.xml`): names qualified where two derived
//! types share one, a fallback renamed where a type is called `other`, a family renamed where
//! `anyRecord` exists, keyword-named types, and concrete and complex bases.
#![deny(warnings)]

use graph_resource::prelude::*;
use graph_resource_generated_tests::families::{contoso_hr, contoso_hr_v2};
use serde_json::{json, Value};

#[test]
fn every_derived_type_has_its_variant_and_the_rest_is_kept() {
    use contoso_hr::RecordFamily;
    let sent = json!({"value": [
        {"@odata.type": "#contoso.hr.alert", "id": "1", "title": "t", "severity": 3},
        {"@odata.type": "#contoso.hr.v2.alert", "id": "2", "score": 0.5},
        {"@odata.type": "#contoso.hr.other", "id": "3"},
        {"@odata.type": "#contoso.hr.type", "id": "4"},
        {"@odata.type": "#contoso.hr.self", "id": "5"},
        {"@odata.type": "#contoso.hr.v2.stickyNote", "id": "6", "text": "hi", "color": "yellow"},
        {"@odata.type": "#contoso.hr.memo", "id": "7", "body": "unknown to this document"},
        {"id": "8", "title": "no tag"}
    ]});
    let page: Page<RecordFamily> = serde_json::from_value(sent.clone()).unwrap();
    let v = &page.value;
    assert!(matches!(&v[0], RecordFamily::ContosoHrAlert(a) if a.severity == Some(3)));
    assert!(matches!(&v[1], RecordFamily::ContosoHrV2Alert(a) if a.score.is_some()));
    assert!(matches!(&v[2], RecordFamily::Other(_)));
    assert!(matches!(&v[3], RecordFamily::Type(_)));
    assert!(matches!(&v[4], RecordFamily::Self_(_)));
    assert!(matches!(&v[5], RecordFamily::StickyNote(n) if n.color.as_deref() == Some("yellow")));
    match &v[6] {
        RecordFamily::OtherType(r) => {
            assert_eq!(r.foreign_type(), Some("#contoso.hr.memo"));
            assert_eq!(
                r.additional_data.get("body"),
                Some(&json!("unknown to this document"))
            );
        }
        other => panic!("the fallback, read as {other:?}"),
    }
    // No tag and an abstract base: the fallback, written without a tag of another type.
    assert!(matches!(&v[7], RecordFamily::OtherType(r) if r.title.as_deref() == Some("no tag")));
    let written: Vec<Value> = v.iter().map(|x| serde_json::to_value(x).unwrap()).collect();
    assert_eq!(written[..7], sent["value"].as_array().unwrap()[..7]);
    // The runtime's `entity` is the root: `id` comes from it.
    let _: &graph_resource::models::Entity =
        &graph_resource_generated_tests::families::graph::Entity::default();
}

#[test]
fn concrete_and_complex_bases_are_their_own_fallback() {
    use contoso_hr::AnyAddress;
    use contoso_hr_v2::AnyNote;
    let note: AnyNote = serde_json::from_value(json!({"id": "n", "text": "plain"})).unwrap();
    assert!(matches!(&note, AnyNote::Note(n) if n.text.as_deref() == Some("plain")));
    let sticky: AnyNote =
        serde_json::from_value(json!({"@odata.type": "#contoso.hr.v2.stickyNote", "color": "red"}))
            .unwrap();
    assert!(matches!(&sticky, AnyNote::StickyNote(_)));
    let address: AnyAddress = serde_json::from_value(
        json!({"@odata.type": "#contoso.hr.physicalAddress", "city": "Oslo", "street": "Karl Johans gate"}),
    )
    .unwrap();
    assert!(matches!(&address, AnyAddress::PhysicalAddress(a) if a.street.is_some()));
    let unknown: AnyAddress = serde_json::from_value(
        json!({"@odata.type": "#contoso.hr.postalAddress", "city": "Bergen", "box": 7}),
    )
    .unwrap();
    assert!(matches!(&unknown, AnyAddress::Address(a) if a.city.as_deref() == Some("Bergen")));
    assert_eq!(
        serde_json::to_value(&unknown).unwrap(),
        json!({"@odata.type": "#contoso.hr.postalAddress", "city": "Bergen", "box": 7})
    );
}
