//! The notification reader on arbitrary requests: never a panic; whatever it takes carries
//! the client state, and its resource data reads (or fails) without a panic.
#![no_main]

use graph_resource_notifications::{Notification, Received, Webhook};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let webhook = Webhook::new("s3cret").body_limit(1 << 16);
    // The first byte picks the method; a query up to the first NUL; the rest is the body.
    let (method, rest) = match data.split_first() {
        Some((m, rest)) => (if m % 4 == 0 { "GET" } else { "POST" }, rest),
        None => ("POST", data),
    };
    let (query, body) = match rest.iter().position(|b| *b == 0) {
        Some(at) => (std::str::from_utf8(&rest[..at]).ok(), &rest[at + 1..]),
        None => (None, rest),
    };
    match webhook.receive(method, query, body) {
        Ok(Received::Handshake(h)) => {
            assert!(!h.body().is_empty() && !h.body().chars().any(char::is_control));
        }
        Ok(Received::Notifications(n)) => {
            for item in &n.items {
                let n = item.notification();
                assert_eq!(n.client_state.as_deref(), Some("s3cret"));
                let _ = n.resource_data_as::<serde_json::Value>();
                if let Notification::Lifecycle(..) = item {
                    assert!(n.lifecycle_event.is_some());
                }
            }
        }
        Err(e) => {
            assert!(!e.to_string().contains("s3cret"));
        }
    }
});
