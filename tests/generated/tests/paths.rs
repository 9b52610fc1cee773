//! Generated paths and operations (v1.0's own declarations, through the generator): the
//! container's singletons and sets, navigation (inherited from abstract bases too), the
//! seed's `recordResponse`, `sendMail`, `reminderView`, `users().delta()`, casts.
#![deny(warnings)]

use graph_resource::prelude::*;
use graph_resource_generated_tests::graph::*;

const TOKEN: &str = "t0ken";

fn answer(status: u16, body: &str) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .body(body.as_bytes().to_vec())
        .unwrap()
}

#[test]
fn the_seed_record_operation_has_its_collection_and_its_action() {
    let root = Graph::v1();
    let call = root.communications().calls().id("57dab8b1");
    let operations = call.operations();
    assert_eq!(
        operations.url(),
        "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/operations"
    );
    // v1.0's recordOperation is a commsOperation: created among the call's operations.
    let http = RecordOperation::create()
        .client_context("d45324c1")
        .build()
        .to_http(&operations, TOKEN)
        .unwrap();
    assert_eq!(http.uri(), operations.url());
    let act = call.record_response(ops::call::RecordResponse {
        client_context: Some("d45324c1".into()),
        max_record_duration_in_seconds: Some(10),
        play_beep: Some(true),
        ..Default::default()
    });
    let http = act.to_http(TOKEN).unwrap();
    assert_eq!(
        http.uri(),
        "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/recordResponse"
    );
    assert_eq!(
        std::str::from_utf8(http.body()).unwrap(),
        r#"{"maxRecordDurationInSeconds":10,"playBeep":true,"clientContext":"d45324c1"}"#
    );
    let op: RecordOperation = act
        .parse_response(&answer(
            200,
            r##"{"@odata.type":"#microsoft.graph.recordOperation","id":"0fe0623f","status":"running","clientContext":"d45324c1","recordingAccessToken":"x"}"##,
        ))
        .unwrap();
    assert_eq!(op.status, Some(OperationStatus::Running));
}

#[test]
fn send_mail_reminder_view_and_delta() {
    let root = Graph::v1();
    let send = root.me().send_mail(ops::user::SendMail {
        message: Message {
            subject: Some("Hi".into()),
            ..Default::default()
        },
        save_to_sent_items: Some(false),
    });
    let http = send.to_http(TOKEN).unwrap();
    let body: serde_json::Value = serde_json::from_slice(http.body()).unwrap();
    assert_eq!(body["SaveToSentItems"], false);
    assert_eq!(body["Message"]["subject"], "Hi");
    send.parse_response(&answer(202, "")).unwrap();

    let view = root.me().reminder_view(ops::user::ReminderView {
        start_date_time: "2017-06-05T10:00:00".into(),
        end_date_time: Some("2017-06-11T10:00:00".into()),
    });
    assert_eq!(
        view.url(),
        "https://graph.microsoft.com/v1.0/me/reminderView(StartDateTime='2017-06-05T10:00:00',EndDateTime='2017-06-11T10:00:00')"
    );
    let page: Page<Reminder> = view
        .parse_response(&answer(
            200,
            r#"{"value":[{"eventSubject":"Plan summer company picnic","eventStartTime":{"dateTime":"2017-06-09T18:00:00.0000000","timeZone":"UTC"}}]}"#,
        ))
        .unwrap();
    assert_eq!(
        page.value[0].event_subject.as_deref(),
        Some("Plan summer company picnic")
    );

    let mut delta = root.users().delta();
    assert_eq!(
        delta.to_http(TOKEN).unwrap().uri(),
        "https://graph.microsoft.com/v1.0/users/delta()"
    );
    let page: Page<User> = delta
        .parse_response(&answer(
            200,
            r#"{"@odata.nextLink":"https://graph.microsoft.com/v1.0/users/delta()?$skiptoken=a","value":[{"id":"1"}]}"#,
        ))
        .unwrap();
    assert!(delta.next_request(&page, TOKEN).unwrap().is_ok());
    let foreign: Page<User> =
        serde_json::from_str(r#"{"@odata.nextLink":"https://example.com/x","value":[]}"#).unwrap();
    assert!(delta.next_request(&foreign, TOKEN).unwrap().is_err());
}

#[test]
fn navigation_inherited_and_not_contained_and_casts() {
    let root = Graph::v1();
    assert_eq!(
        root.me().manager().url(),
        "https://graph.microsoft.com/v1.0/me/manager"
    );
    // `createdByUser` is declared on the abstract `baseItem`: a drive item's path has it.
    let item = root.drives().id("b!x").items().id("01ABC");
    assert_eq!(
        item.created_by_user().url(),
        "https://graph.microsoft.com/v1.0/drives/b!x/items/01ABC/createdByUser"
    );
    assert_eq!(
        item.children().url(),
        "https://graph.microsoft.com/v1.0/drives/b!x/items/01ABC/children"
    );
    let user = root.directory_objects().id("1").cast::<User>();
    assert_eq!(
        user.url(),
        "https://graph.microsoft.com/v1.0/directoryObjects/1/microsoft.graph.user"
    );
    assert!(User::get().build().to_http(&user, TOKEN).is_ok());
    // Groups: a polymorphic membership, read through the base.
    let members = root.groups().id("g").members();
    let mut list = DirectoryObject::list().build();
    assert_eq!(
        list.to_http(&members, TOKEN).unwrap().uri(),
        "https://graph.microsoft.com/v1.0/groups/g/members"
    );
    // A national cloud.
    let us = Graph::new("https://graph.microsoft.us/v1.0").unwrap();
    assert_eq!(
        us.users().id("a b").url(),
        "https://graph.microsoft.us/v1.0/users/a%20b"
    );
}
