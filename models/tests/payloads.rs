//! The docs' answers, read into the ready types and written back (real Graph material), and the
//! typed paths and operations the features bring.
#![cfg(all(
    feature = "user",
    feature = "message",
    feature = "navigation",
    feature = "operations"
))]
#![deny(warnings)]

use graph_resource::prelude::*;
use graph_resource_models::graph::*;
use serde_json::Value;

fn same_json(written: &str, original: &str) {
    let written: Value = serde_json::from_str(written).unwrap();
    let original: Value = serde_json::from_str(original).unwrap();
    assert_eq!(written, original);
}

#[test]
fn the_docs_user_and_messages() {
    let text = include_str!("../../tests/payloads/user-get-default.json");
    let user: User = serde_json::from_str(text).unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Adele Vance"));
    assert_eq!(
        user.business_phones.as_deref(),
        Some(&["+1 425 555 0109".to_owned()][..])
    );
    same_json(&serde_json::to_string(&user).unwrap(), text);

    let text = include_str!("../../tests/payloads/messages-list.json");
    let page: Page<Message> = serde_json::from_str(text).unwrap();
    assert_eq!(
        page.value[0].subject.as_deref(),
        Some("You have late tasks!")
    );
    let sender = page.value[0].sender.as_ref().unwrap();
    let address = sender.email_address.as_ref().unwrap();
    assert_eq!(
        address.address.as_deref(),
        Some("noreply@Planner.Office365.com")
    );
}

#[test]
fn paths_and_operations_of_a_user() {
    let me = Graph::v1().me();
    assert_eq!(
        me.messages().url(),
        "https://graph.microsoft.com/v1.0/me/messages"
    );
    let send = me.send_mail(ops::user::SendMail {
        message: Message {
            subject: Some("Hi".into()),
            ..Default::default()
        },
        save_to_sent_items: None,
    });
    let http = send.to_http("t0ken").unwrap();
    assert_eq!(http.uri(), "https://graph.microsoft.com/v1.0/me/sendMail");
    let delta = Graph::v1().users().delta();
    assert_eq!(
        delta.to_http("t0ken").unwrap().uri(),
        "https://graph.microsoft.com/v1.0/users/delta()"
    );
}
