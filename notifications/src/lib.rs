//! Receiving Microsoft Graph change notifications, sans-IO: a web framework feeds a
//! [`Webhook`] the request's method, query and body, and answers with what it gives back.
//!
//! - **Handshake** ([`handshake()`]): a validation request gives the exact text and content
//!   type to answer; anything else is not one.
//! - **Notifications** ([`Webhook::receive`]): the collection read into typed notifications
//!   ([`Notification::Change`], [`Notification::Lifecycle`]), each notification's
//!   `clientState` compared in constant time against yours; the resource data read into a
//!   generated type or family of your choice ([`ChangeNotification::resource_data_as`]).
//! - **Rich notifications** ([`decrypt()`], [`ChangeNotification::decrypt_as`]): the HMAC
//!   checked before decrypting, the data key unwrapped with your RSA private key (PEM or DER,
//!   picked by `encryptionCertificateId`); a wrong signature, key, padding or length is an
//!   error, never a panic, never partial output.
//! - **Validation tokens** ([`token::TokenValidator`]): issuer, audience, `azp`, expiry and
//!   signature, against keys you fetch ([`token::SigningKeys::from_jwks`]).
//! - **Subscriptions** ([`subscription`]): creating one, renewing it before Graph's maximum
//!   lifetime for its resource, deleting it, and the answer to each lifecycle event.
//!
//! ```
//! use graph_resource_notifications::{Notification, Received, Webhook};
//!
//! let webhook = Webhook::new("secretClientValue");
//! // The handshake, when the subscription is created:
//! let Received::Handshake(h) = webhook.receive("POST", Some("validationToken=abc%3D"), b"")? else {
//!     unreachable!()
//! };
//! assert_eq!((h.body(), h.response().status().as_u16()), ("abc=", 200));
//! // A notification (the documentation's example):
//! let body = br##"{"value":[{"subscriptionId":"s1","clientState":"secretClientValue",
//!     "changeType":"created","resource":"users/u1/messages/m1",
//!     "resourceData":{"@odata.type":"#Microsoft.Graph.Message","id":"m1"}}]}"##;
//! let Received::Notifications(n) = webhook.receive("POST", None, body)? else { unreachable!() };
//! let Notification::Change(change) = &n.items[0] else { unreachable!() };
//! assert_eq!(change.resource.as_deref(), Some("users/u1/messages/m1"));
//! assert_eq!(n.response().status().as_u16(), 202);
//! // Not your clientState: refused.
//! let forged = br#"{"value":[{"subscriptionId":"s1","clientState":"guess"}]}"#;
//! assert_eq!(webhook.receive("POST", None, forged).unwrap_err().status().as_u16(), 400);
//! # Ok::<(), graph_resource_notifications::ReceiveError>(())
//! ```
//!
//! What is verified, what is yours, and the threat model: the crate's README.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod decrypt;
mod handshake;
mod model;
mod receive;
pub mod subscription;
pub mod token;

pub use decrypt::{decrypt, encrypt_like_graph, DecryptError, DecryptionKeys, KeyError, KEY_LEN};
pub use handshake::{handshake, Handshake, MAX_TOKEN_LEN};
pub use model::{
    ChangeNotification, ChangeNotificationCollection, ChangeNotificationEncryptedContent,
    LifecycleEventType, ResourceData, Subscription,
};
pub use receive::{
    Notification, Notifications, ReceiveError, Received, Webhook, DEFAULT_BODY_LIMIT,
};
