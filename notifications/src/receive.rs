//! A webhook's request, read: a handshake to answer, or notifications whose `clientState` is
//! yours, typed.

use std::fmt;

use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq as _;

use crate::decrypt::{decrypt, DecryptError, DecryptionKeys};
use crate::handshake::{handshake, Handshake};
use crate::model::{ChangeNotification, ChangeNotificationCollection, LifecycleEventType};

/// The default bound of a notification body (Graph batches up to 1,000 notifications; rich
/// ones carry the resource).
pub const DEFAULT_BODY_LIMIT: usize = 4 * 1024 * 1024;

/// Reads what a notification URL receives. Feed it the request's method, query and body
/// (from any web framework); answer with what it gives.
#[derive(Clone)]
pub struct Webhook {
    client_states: Vec<String>,
    body_limit: usize,
}

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook")
            .field("client_states", &self.client_states.len())
            .field("body_limit", &self.body_limit)
            .finish()
    }
}

/// What a request to the notification URL was.
#[derive(Debug)]
pub enum Received {
    /// A validation request: answer with [`Handshake::response`] (within 10 seconds).
    Handshake(Handshake),
    /// Notifications, each with your `clientState`: answer `202 Accepted`
    /// ([`Notifications::response`]) quickly, and process them after.
    Notifications(Notifications),
}

/// Notifications received, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Notifications {
    /// Each notification, typed.
    pub items: Vec<Notification>,
    /// The collection's validation tokens (rich notifications): check them with
    /// [`crate::token::TokenValidator::validate_all`].
    pub validation_tokens: Vec<String>,
}

impl Notifications {
    /// The answer Graph expects once they are taken: `202 Accepted`, no body.
    pub fn response(&self) -> http::Response<Vec<u8>> {
        let mut response = http::Response::new(Vec::new());
        *response.status_mut() = http::StatusCode::ACCEPTED;
        response
    }
}

/// One notification: a change, or an event of the subscription's life.
#[derive(Debug, Clone, PartialEq)]
pub enum Notification {
    /// The resource was created, updated or deleted.
    Change(ChangeNotification),
    /// The subscription needs something of you (see [`crate::subscription::answer`]).
    Lifecycle(LifecycleEventType, ChangeNotification),
}

impl Notification {
    /// The notification as Graph sent it.
    pub fn notification(&self) -> &ChangeNotification {
        match self {
            Notification::Change(n) | Notification::Lifecycle(_, n) => n,
        }
    }
}

impl ChangeNotification {
    /// The resource data read as `T`: a generated type or family of your choice
    /// (`resource_data_as::<Message>()`), from what the notification holds (exact values).
    pub fn resource_data_as<T: DeserializeOwned>(&self) -> Result<T, ReceiveError> {
        let data = self
            .resource_data
            .as_ref()
            .ok_or(ReceiveError::NoResourceData)?;
        let text = serde_json::to_string(data).map_err(|e| ReceiveError::Json(e.to_string()))?;
        serde_json::from_str(&text).map_err(|e| ReceiveError::Json(e.to_string()))
    }

    /// A rich notification's resource, decrypted with your keys and read as `T`. The
    /// signature is checked before anything is decrypted.
    pub fn decrypt_as<T: DeserializeOwned>(
        &self,
        keys: &DecryptionKeys,
    ) -> Result<T, ReceiveError> {
        let content = self
            .encrypted_content
            .as_ref()
            .ok_or(ReceiveError::NoEncryptedContent)?;
        let plain = decrypt(content, keys).map_err(ReceiveError::Decrypt)?;
        serde_json::from_slice(&plain).map_err(|e| ReceiveError::Json(e.to_string()))
    }
}

/// Why a request was not taken. It never holds a `clientState`, a key, or the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiveError {
    /// Not a `POST` (and not a handshake).
    Method,
    /// The body is over the bound.
    TooLarge(usize),
    /// The body is not a notification collection (serde's message, without the body).
    Json(String),
    /// A notification's `clientState` is missing or not yours: not from your subscription.
    ClientState {
        /// Its index in the collection.
        index: usize,
        /// Its subscription, as it says.
        subscription_id: Option<String>,
    },
    /// A notification without `resourceData` was asked for it.
    NoResourceData,
    /// A notification without `encryptedContent` was asked to decrypt it.
    NoEncryptedContent,
    /// The encrypted content did not decrypt.
    Decrypt(DecryptError),
}

impl ReceiveError {
    /// The status to answer with: `405`, `413`, or `400`.
    pub fn status(&self) -> http::StatusCode {
        match self {
            ReceiveError::Method => http::StatusCode::METHOD_NOT_ALLOWED,
            ReceiveError::TooLarge(_) => http::StatusCode::PAYLOAD_TOO_LARGE,
            _ => http::StatusCode::BAD_REQUEST,
        }
    }
}

impl fmt::Display for ReceiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReceiveError::Method => f.write_str("not a POST and not a validation request"),
            ReceiveError::TooLarge(limit) => {
                write!(f, "the body is over the bound of {limit} bytes")
            }
            ReceiveError::Json(e) => write!(f, "not a change notification collection: {e}"),
            ReceiveError::ClientState {
                index,
                subscription_id,
            } => write!(
                f,
                "notification {index} (subscription {}) does not carry your clientState",
                subscription_id.as_deref().unwrap_or("?")
            ),
            ReceiveError::NoResourceData => f.write_str("the notification has no resourceData"),
            ReceiveError::NoEncryptedContent => {
                f.write_str("the notification has no encryptedContent")
            }
            ReceiveError::Decrypt(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ReceiveError {}

impl Webhook {
    /// A webhook whose subscriptions were created with `client_state`.
    pub fn new(client_state: impl Into<String>) -> Self {
        Webhook {
            client_states: vec![client_state.into()],
            body_limit: DEFAULT_BODY_LIMIT,
        }
    }

    /// Also accepts this `clientState` (subscriptions of several secrets, or a secret being
    /// rotated).
    pub fn client_state(mut self, client_state: impl Into<String>) -> Self {
        self.client_states.push(client_state.into());
        self
    }

    /// The bound of a body ([`DEFAULT_BODY_LIMIT`] unless set).
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Reads a request: `method` (`POST`), `query` (what follows `?`, if anything) and `body`.
    pub fn receive(
        &self,
        method: &str,
        query: Option<&str>,
        body: &[u8],
    ) -> Result<Received, ReceiveError> {
        if let Some(h) = handshake(method, query) {
            return Ok(Received::Handshake(h));
        }
        if method != "POST" {
            return Err(ReceiveError::Method);
        }
        if body.len() > self.body_limit {
            return Err(ReceiveError::TooLarge(self.body_limit));
        }
        let collection: ChangeNotificationCollection =
            serde_json::from_slice(body).map_err(|e| ReceiveError::Json(e.to_string()))?;
        let value = collection
            .value
            .ok_or_else(|| ReceiveError::Json("no `value`".to_owned()))?;
        let mut items = Vec::with_capacity(value.len());
        for (index, n) in value.into_iter().enumerate() {
            if !self.is_ours(n.client_state.as_deref()) {
                return Err(ReceiveError::ClientState {
                    index,
                    subscription_id: n.subscription_id.clone(),
                });
            }
            items.push(match n.lifecycle_event.clone() {
                Some(event) => Notification::Lifecycle(event, n),
                None => Notification::Change(n),
            });
        }
        Ok(Received::Notifications(Notifications {
            items,
            validation_tokens: collection.validation_tokens.unwrap_or_default(),
        }))
    }

    /// Whether `sent` is one of the client states, compared in constant time (each compared
    /// whole, whatever matched before).
    fn is_ours(&self, sent: Option<&str>) -> bool {
        let Some(sent) = sent else {
            return false;
        };
        let mut ours = subtle::Choice::from(0);
        for state in &self.client_states {
            ours |= state.as_bytes().ct_eq(sent.as_bytes());
        }
        bool::from(ours)
    }
}
