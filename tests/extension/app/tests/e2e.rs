//! Three crates as an author writes them, through the client against a Graph-like loopback
//! server: the generated models (`graph-resource-models`), Contoso's extension (generated
//! from a CSDL fragment over them, plus hand declarations) and this application's types.
#![deny(warnings)]

use contoso_app::{AnyObject, RuggedDevice};
use contoso_graph::ops::device::Wipe;
use contoso_graph::{AnyDevice, ContosoService, Device, DeviceKind, UserDevices};
use graph_resource::prelude::*;
use graph_resource_client::blocking::Client;
use graph_resource_models::graph::{AnyDirectoryObject as GraphObject, GraphService, User};
use graph_resource_test_support::{json, serve, Action};
use serde_json::json;

/// A `/directoryObjects` answer holding a type of each crate, and one nobody declares (whose
/// secret-looking property must not show in `Debug`).
fn mixed() -> serde_json::Value {
    json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#directoryObjects",
        "value": [
            {"@odata.type": "#microsoft.graph.user", "id": "87d349ed", "displayName": "Adele Vance",
             "businessPhones": ["+1 425 555 0109"]},
            {"@odata.type": "#microsoft.graph.group", "id": "02bd9fd6", "displayName": "Contoso Life",
             "mailEnabled": true},
            {"@odata.type": "#contoso.device", "id": "d1", "displayName": "kiosk-7",
             "kind": "kiosk", "enrollmentKey": "k3y"},
            {"@odata.type": "#contoso.kiosk", "id": "d2", "location": "Lobby"},
            {"@odata.type": "#fabrikam.ruggedDevice", "id": "d3", "dropRating": 2,
             "displayName": "field-1"},
            {"@odata.type": "#contoso.contractor", "id": "c1", "agency": "Temps",
             "badgePin": "4321"},
            {"@odata.type": "#microsoft.graph.orgContact", "id": "o1", "pager": "s3cret"}
        ]
    })
}

#[test]
fn a_mixed_answer_reads_into_each_crates_types() {
    let body = mixed();
    let (addr, server) = serve(1, move |_, _| json(200, body.clone()));
    let root = Graph::new(&format!("http://{addr}/v1.0")).unwrap();
    let client = Client::new("t0ken");
    let objects: Vec<AnyObject> = client
        .pages(AnyObject::list().build(), &root.directory_objects())
        .items()
        .collect::<Result<_, _>>()
        .unwrap();
    let received = server.join().unwrap();
    assert_eq!(received[0].path, "/v1.0/directoryObjects");

    use contoso_graph::AnyDirectoryObject as Contoso;
    assert!(matches!(&objects[0], AnyObject::Contoso(Contoso::Extended(GraphObject::User(u)))
        if u.display_name.as_deref() == Some("Adele Vance")));
    assert!(matches!(&objects[1], AnyObject::Contoso(Contoso::Extended(GraphObject::Group(_)))));
    match &objects[2] {
        AnyObject::Contoso(Contoso::Device(d)) => {
            assert_eq!(d.kind, Some(DeviceKind::Kiosk));
            assert_eq!(d.enrollment_key.as_deref(), Some("k3y"));
            assert!(!format!("{d:?}").contains("k3y"), "a generated secret is redacted");
        }
        other => panic!("Contoso's device: {other:?}"),
    }
    assert!(matches!(&objects[3], AnyObject::Contoso(Contoso::Kiosk(k))
        if k.location.as_deref() == Some("Lobby")));
    assert!(matches!(&objects[4], AnyObject::Rugged(r) if r.drop_rating == Some(2)));
    match &objects[5] {
        AnyObject::Contractor(c) => {
            assert_eq!(c.badge_pin.as_deref(), Some("4321"));
            assert!(!format!("{c:?}").contains("4321"));
        }
        other => panic!("Contoso's contractor: {other:?}"),
    }
    // Graph's orgContact is not in the models crate's selection: Graph's fallback keeps it,
    // `Debug` shows its unknown properties by name only, and it reads as a declared type.
    let contact = &objects[6];
    assert_eq!(contact.odata_type(), "#microsoft.graph.orgContact");
    let shown = format!("{contact:?}");
    assert!(shown.contains("pager") && !shown.contains("s3cret"), "{shown}");
    assert_eq!(contact.id().as_deref(), Some("o1"));
    // Everything written back as read.
    let back: Vec<serde_json::Value> = objects.iter().map(|o| serde_json::to_value(o).unwrap()).collect();
    assert_eq!(serde_json::Value::from(back), mixed()["value"]);
}

#[test]
fn extended_paths_requests_and_operations_go_where_they_should() {
    let root = Graph::v1();
    // The author's entity set beside Graph's, and navigation on Graph's user.
    assert_eq!(
        root.contoso_devices().url(),
        "https://graph.microsoft.com/v1.0/contosoDevices"
    );
    assert_eq!(
        root.me().contoso_devices().url(),
        "https://graph.microsoft.com/v1.0/me/contoso.devices"
    );
    let user = root.users().id("87d349ed");
    assert_eq!(
        user.contoso_devices().id("d/1").url(),
        "https://graph.microsoft.com/v1.0/users/87d349ed/contoso.devices/d%2F1"
    );
    // Contoso's generated navigation to Graph's user, and Graph's paths of a user there.
    let owner = root.contoso_devices().id("d1").owner();
    assert_eq!(owner.url(), "https://graph.microsoft.com/v1.0/contosoDevices/d1/owner");
    let _: &EntityPath<User> = &owner;

    let (addr, server) = serve(4, move |r, addr| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/v1.0/contosoDevices") => json(
            201,
            json!({"@odata.type": "#contoso.device", "id": "d9", "displayName": "kiosk-9",
                   "kind": "kiosk"}),
        ),
        ("GET", "/v1.0/contosoDevices") => json(
            200,
            json!({
                "value": [{"@odata.type": "#contoso.kiosk", "id": "d2"}],
                "@odata.nextLink": format!("http://{addr}/v1.0/contosoDevices?$skiptoken=2")
            }),
        ),
        ("GET", "/v1.0/contosoDevices?$skiptoken=2") => json(200, json!({"value": [{"id": "d9"}]})),
        ("POST", "/v1.0/contosoDevices/d9/contoso.wipe") => Action::Reply(204, vec![], vec![]),
        _ => json(404, json!({"error": {"code": "NotFound", "message": r.path.clone()}})),
    });
    let root = Graph::new(&format!("http://{addr}/v1.0")).unwrap();
    let client = Client::new("t0ken");

    let create = Device::create()
        .display_name("kiosk-9")
        .kind(DeviceKind::Kiosk)
        .enrollment_key("n3w")
        .build();
    let created: Device = client.create(&create, &root.contoso_devices()).unwrap();
    assert_eq!(created.id.as_deref(), Some("d9"));

    let listed: Vec<AnyDevice> = client
        .pages(AnyDevice::list().build(), &root.contoso_devices())
        .items()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(matches!(listed[0], AnyDevice::Kiosk(_)));
    assert!(matches!(listed[1], AnyDevice::Device(_)));

    client
        .call(&root.contoso_devices().id("d9").wipe(Wipe { keep_enrollment: Some(true) }))
        .unwrap();

    let received = server.join().unwrap();
    assert_eq!(received.len(), 4);
    let body: serde_json::Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(
        body,
        json!({"@odata.type": "#contoso.device", "displayName": "kiosk-9", "kind": "kiosk",
               "enrollmentKey": "n3w"})
    );
    assert_eq!(received[3].method, "POST");
    assert_eq!(received[3].path, "/v1.0/contosoDevices/d9/contoso.wipe");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&received[3].body).unwrap(),
        json!({"keepEnrollment": true})
    );
}

#[test]
fn a_type_of_the_third_crate_has_every_inherited_field() {
    let rugged = RuggedDevice {
        id: Some("d3".into()),
        display_name: Some("field-1".into()),
        enrollment_key: Some("k".into()),
        drop_rating: Some(2),
        ..Default::default()
    };
    assert_eq!(
        RuggedDevice::ANCESTORS,
        [
            "#microsoft.graph.entity",
            "#microsoft.graph.directoryObject",
            "#contoso.device"
        ]
    );
    let shown = format!("{rugged:?}");
    assert!(shown.contains("enrollment_key") && !shown.contains("\"k\""), "{shown}");
    let _ = AnyObject::from(rugged);
}
