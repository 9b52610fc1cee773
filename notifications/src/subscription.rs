//! Subscriptions: creating one, renewing it before it expires (Graph's maximum lifetime per
//! resource kind, [`max_lifetime`]), deleting it, and what to do on a lifecycle event
//! ([`answer`]). The requests are the runtime's, for any executor
//! (`graph_resource_client::blocking::Client::create`, `update`, `delete`).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use graph_resource::prelude::*;
use graph_resource::UpdateRequest;

use crate::model::{LifecycleEventType, Subscription};
use crate::receive::Notification;

/// `/subscriptions` of a Graph root.
pub fn subscriptions(root: &Graph) -> CollectionPath<Subscription> {
    root.collection("subscriptions")
}

/// Graph's maximum lifetime of a subscription to `resource` (as written in the
/// subscription: `me/messages`, `/teams/{id}/channels/{id}/messages`), from the table of
/// Graph's `subscription` resource documentation (v1.0). A resource the table does not name
/// gets the shortest common one (4,230 minutes).
pub fn max_lifetime(resource: &str) -> Duration {
    let r = resource
        .trim_start_matches('/')
        .split(['?', '$'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let has = |s: &str| r.contains(s);
    let starts = |s: &str| r.starts_with(s);
    let minutes: u64 = if has("presences") {
        60
    } else if starts("security/alerts") {
        43_200
    } else if starts("chats")
        || starts("teams")
        || has("/chats")
        || has("/channels")
        || starts("communications/onlinemeetings")
    {
        4_320
    } else if has("/messages") || has("/events") || has("/contacts") || has("mailfolders") {
        10_080
    } else if has("/drive") || starts("drives") || has("/lists") {
        42_300
    } else if is_directory(&r) {
        41_760
    } else {
        4_230
    };
    Duration::from_secs(minutes * 60)
}

/// `users`, `groups`, one of them, or their deleted items: directory resources.
fn is_directory(r: &str) -> bool {
    let r = r
        .strip_prefix("directory/deleteditems/microsoft.graph.")
        .unwrap_or(r);
    let mut parts = r.split('/');
    matches!(parts.next(), Some("users" | "user" | "groups" | "group")) && parts.count() <= 1
}

/// The expiry to ask for a subscription to `resource` made or renewed at `now`: its maximum
/// lifetime less a margin (5 minutes, so that clock skew does not make Graph refuse it), as
/// Graph writes dates (`2026-12-05T10:00:00Z`).
pub fn expiry(resource: &str, now: SystemTime) -> String {
    let margin = Duration::from_secs(300);
    let at = now + max_lifetime(resource).saturating_sub(margin);
    utc(at)
}

/// A time as ISO 8601 UTC, to the second.
pub fn utc(at: SystemTime) -> String {
    let secs = at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3_600,
        rem % 3_600 / 60,
        rem % 60
    )
}

/// A subscription to make: what to watch, where notifications go, your `clientState`; for
/// rich notifications, your certificate; for lifecycle events, their URL.
#[derive(Clone, Default)]
pub struct NewSubscription {
    /// The resource (`me/messages`).
    pub resource: String,
    /// `created`, `updated`, `deleted`, comma-joined.
    pub change_type: String,
    /// Where notifications go (https).
    pub notification_url: String,
    /// Where lifecycle notifications go.
    pub lifecycle_notification_url: Option<String>,
    /// Your secret, carried back by each notification.
    pub client_state: String,
    /// For rich notifications: your certificate as [`certificate_base64`] gives it, and the
    /// id each notification names it by.
    pub certificate: Option<(String, String)>,
}

impl std::fmt::Debug for NewSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSubscription")
            .field("resource", &self.resource)
            .field("change_type", &self.change_type)
            .field("notification_url", &self.notification_url)
            .field(
                "lifecycle_notification_url",
                &self.lifecycle_notification_url,
            )
            .field("client_state", &"<redacted>")
            .field(
                "certificate_id",
                &self.certificate.as_ref().map(|(_, id)| id),
            )
            .finish()
    }
}

impl NewSubscription {
    /// The `POST /subscriptions` request, expiring as late as Graph allows from `now`.
    pub fn request(&self, now: SystemTime) -> graph_resource::CreateRequest<Subscription> {
        let mut b = Subscription::create()
            .resource(self.resource.as_str())
            .change_type(self.change_type.as_str())
            .notification_url(self.notification_url.as_str())
            .client_state(self.client_state.as_str())
            .expiration_date_time(expiry(&self.resource, now));
        if let Some(url) = &self.lifecycle_notification_url {
            b = b.lifecycle_notification_url(url.as_str());
        }
        if let Some((certificate, id)) = &self.certificate {
            b = b
                .include_resource_data(true)
                .encryption_certificate(certificate.as_str())
                .encryption_certificate_id(id.as_str());
        }
        b.build()
    }
}

/// The certificate Graph encrypts rich notifications to (DER, as `encryptionCertificate`
/// wants it: base64), from PEM (`BEGIN CERTIFICATE`) or DER.
pub fn certificate_base64(certificate: &[u8]) -> Option<String> {
    let der = match std::str::from_utf8(certificate) {
        Ok(text) if text.contains("-----BEGIN CERTIFICATE-----") => {
            let body: String = text
                .lines()
                .skip_while(|l| !l.starts_with("-----BEGIN CERTIFICATE-----"))
                .skip(1)
                .take_while(|l| !l.starts_with("-----END CERTIFICATE-----"))
                .collect();
            base64::engine::general_purpose::STANDARD
                .decode(body.trim())
                .ok()?
        }
        _ => certificate.to_vec(),
    };
    (!der.is_empty()).then(|| base64::engine::general_purpose::STANDARD.encode(der))
}

/// Renewing a subscription to `resource` at `now`: a `PATCH` of its expiry, to send to
/// `subscriptions(root).id(subscription_id)`.
pub fn renew(resource: &str, now: SystemTime) -> UpdateRequest<Subscription> {
    Subscription::update()
        .expiration_date_time(expiry(resource, now))
        .build()
}

/// What to do on a lifecycle notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LifecycleAnswer {
    /// `reauthorizationRequired`: renew it (a [`renew`] request to this subscription), which
    /// also reauthorizes it.
    Renew {
        /// The subscription.
        subscription_id: String,
    },
    /// `subscriptionRemoved`: create it again ([`NewSubscription`]), then catch up on what
    /// changed meanwhile (a delta query of the resource).
    Recreate {
        /// The subscription that is gone.
        subscription_id: String,
        /// Its resource.
        resource: Option<String>,
    },
    /// `missed`: some notifications were not delivered: run a delta query of the resource
    /// (`.../delta`) from your last delta link.
    Resync {
        /// The resource to query.
        resource: Option<String>,
    },
    /// An event this code does not know (kept verbatim): see Graph's documentation.
    Other(String),
}

/// The answer to a lifecycle notification; `None` for a change notification.
pub fn answer(notification: &Notification) -> Option<LifecycleAnswer> {
    let Notification::Lifecycle(event, n) = notification else {
        return None;
    };
    let subscription_id = n.subscription_id.clone().unwrap_or_default();
    Some(match event {
        LifecycleEventType::ReauthorizationRequired => LifecycleAnswer::Renew { subscription_id },
        LifecycleEventType::SubscriptionRemoved => LifecycleAnswer::Recreate {
            subscription_id,
            resource: n.resource.clone(),
        },
        LifecycleEventType::Missed => LifecycleAnswer::Resync {
            resource: n.resource.clone(),
        },
        other => LifecycleAnswer::Other(other.as_str().to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes_of_documented_resources() {
        let minutes = |r: &str| max_lifetime(r).as_secs() / 60;
        assert_eq!(minutes("me/messages"), 10_080);
        assert_eq!(minutes("/users/{id}/events"), 10_080);
        assert_eq!(minutes("me/mailFolders('Inbox')/messages"), 10_080);
        assert_eq!(minutes("/teams/t/channels/c/messages"), 4_320);
        assert_eq!(minutes("/chats/getAllMessages"), 4_320);
        assert_eq!(minutes("communications/presences?$filter=id in ('a')"), 60);
        assert_eq!(minutes("security/alerts?$filter=status eq 'New'"), 43_200);
        assert_eq!(minutes("me/drive/root"), 42_300);
        assert_eq!(minutes("sites/s/lists/l"), 42_300);
        assert_eq!(minutes("users"), 41_760);
        assert_eq!(minutes("groups"), 41_760);
        assert_eq!(minutes("communications/callRecords"), 4_230);
        assert_eq!(minutes("something/new"), 4_230);
    }

    #[test]
    fn certificates_in_pem_or_der_are_sent_as_base64_der() {
        let der = [0x30u8, 0x82, 0x01, 0x0a, 0x02];
        let b64 = base64::engine::general_purpose::STANDARD.encode(der);
        let pem = format!("junk\n-----BEGIN CERTIFICATE-----\n{b64}\n-----END CERTIFICATE-----\n");
        assert_eq!(
            certificate_base64(pem.as_bytes()).as_deref(),
            Some(b64.as_str())
        );
        assert_eq!(certificate_base64(&der).as_deref(), Some(b64.as_str()));
        assert_eq!(certificate_base64(b""), None);
        let bad = "-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----";
        assert_eq!(certificate_base64(bad.as_bytes()), None);
    }

    #[test]
    fn dates_are_written_as_graph_writes_them() {
        assert_eq!(utc(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let t = UNIX_EPOCH + Duration::from_secs(1_798_761_599); // 2026-12-31T23:59:59Z
        assert_eq!(utc(t), "2026-12-31T23:59:59Z");
        let leap = UNIX_EPOCH + Duration::from_secs(951_782_400); // 2000-02-29
        assert_eq!(utc(leap), "2000-02-29T00:00:00Z");
        let now = UNIX_EPOCH + Duration::from_secs(1_796_169_600); // 2026-12-02T00:00:00Z
        assert_eq!(utc(now), "2026-12-02T00:00:00Z");
        assert_eq!(expiry("me/messages", now), "2026-12-08T23:55:00Z");
    }
}
