//! A subscription's life through the client's blocking executor, against a Graph-like
//! loopback server: created, renewed when Graph asks (`reauthorizationRequired`), deleted.

use std::time::{Duration, UNIX_EPOCH};

use graph_resource::prelude::*;
use graph_resource_client::blocking::Client;
use graph_resource_notifications::subscription::{
    answer, renew, subscriptions, LifecycleAnswer, NewSubscription,
};
use graph_resource_notifications::{Notification, Received, Subscription, Webhook};
use graph_resource_test_support::{json, serve, Action};
use serde_json::json;

#[test]
fn created_renewed_on_request_and_deleted() {
    let (addr, server) = serve(3, |r, _| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/v1.0/subscriptions") => {
            let mut sent: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
            sent["id"] = json!("7f105c7d");
            sent["applicationId"] = json!("24d3b144");
            json(201, sent)
        }
        ("PATCH", "/v1.0/subscriptions/7f105c7d") => Action::Reply(204, vec![], vec![]),
        ("DELETE", "/v1.0/subscriptions/7f105c7d") => Action::Reply(204, vec![], vec![]),
        _ => json(404, json!({"error": {"code": "NotFound", "message": "no"}})),
    });
    let root = Graph::new(&format!("http://{addr}/v1.0")).unwrap();
    let client = Client::new("t0ken");
    let now = UNIX_EPOCH + Duration::from_secs(1_796_169_600);

    let new = NewSubscription {
        resource: "me/mailFolders('Inbox')/messages".into(),
        change_type: "created".into(),
        notification_url: "https://webhook.contoso.com/api".into(),
        client_state: "secretClientValue".into(),
        ..Default::default()
    };
    let created: Subscription = client
        .create(&new.request(now), &subscriptions(&root))
        .unwrap();
    let id = created.id.clone().unwrap();
    assert_eq!(
        created.expiration_date_time.as_deref(),
        Some("2026-12-08T23:55:00Z")
    );
    assert!(!format!("{created:?}").contains("secretClientValue"));

    // Graph asks for reauthorization: the answer is a renewal of that subscription.
    let body = json!({"value": [{"subscriptionId": id, "clientState": "secretClientValue",
                                  "lifecycleEvent": "reauthorizationRequired",
                                  "resource": "me/mailFolders('Inbox')/messages"}]});
    let Received::Notifications(n) = Webhook::new("secretClientValue")
        .receive("POST", None, body.to_string().as_bytes())
        .unwrap()
    else {
        panic!("notifications")
    };
    let Some(LifecycleAnswer::Renew { subscription_id }) = answer(&n.items[0]) else {
        panic!("a renewal: {:?}", n.items[0])
    };
    assert!(matches!(n.items[0], Notification::Lifecycle(..)));
    let later = now + Duration::from_secs(86_400);
    let renewed = client
        .update(
            &renew(&created.resource.clone().unwrap(), later),
            &subscriptions(&root).id(&subscription_id),
        )
        .unwrap();
    assert_eq!(renewed, None);
    client
        .delete(
            &Subscription::delete(),
            &subscriptions(&root).id(&subscription_id),
        )
        .unwrap();

    let received = server.join().unwrap();
    assert_eq!(received.len(), 3);
    let patch: serde_json::Value = serde_json::from_slice(&received[1].body).unwrap();
    assert_eq!(patch["expirationDateTime"], "2026-12-09T23:55:00Z");
    assert_eq!(received[2].method, "DELETE");
    assert!(received
        .iter()
        .all(|r| r.header("authorization") == Some("Bearer t0ken")));
}
