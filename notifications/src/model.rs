//! Graph's types of a notification, declared with graph-resource's own macros: what a
//! webhook receives (`changeNotificationCollection`), and a subscription.

use graph_resource::prelude::*;

/// What Graph posts to a notification URL: `microsoft.graph.changeNotificationCollection`.
#[graph_resource(complex)]
pub struct ChangeNotificationCollection {
    /// The notifications, of one or several subscriptions (a collection without it is not
    /// one: [`crate::Webhook`] refuses it).
    pub value: Option<Vec<ChangeNotification>>,
    /// With rich notifications: JWTs that Graph signed, one per app and tenant, to validate
    /// (see [`crate::token`]).
    pub validation_tokens: Option<Vec<String>>,
}

/// One notification: `microsoft.graph.changeNotification`. A change (`change_type`) or, with
/// `lifecycle_event`, an event of the subscription's life.
#[graph_resource(complex)]
pub struct ChangeNotification {
    /// The notification's id (for deduplication).
    pub id: Option<String>,
    /// The subscription that sent it.
    pub subscription_id: Option<String>,
    /// When that subscription expires.
    pub subscription_expiration_date_time: Option<String>,
    /// The secret the subscription was created with: compared (in constant time) to yours
    /// by [`crate::Webhook`].
    #[graph(secret)]
    pub client_state: Option<String>,
    /// `created`, `updated` or `deleted`.
    pub change_type: Option<String>,
    /// The changed resource, relative to the Graph root (`users/{id}/messages/{id}`).
    pub resource: Option<String>,
    /// What Graph says of the resource: its type, id and, on some resources, properties.
    pub resource_data: Option<ResourceData>,
    /// The tenant the change happened in.
    pub tenant_id: Option<String>,
    /// A lifecycle notification's event.
    pub lifecycle_event: Option<LifecycleEventType>,
    /// A rich notification's resource, encrypted to your certificate.
    pub encrypted_content: Option<ChangeNotificationEncryptedContent>,
}

/// `microsoft.graph.resourceData`: an open type (its `@odata.type` names the resource's type,
/// its other properties are kept and read by [`ChangeNotification::resource_data_as`]).
#[graph_resource(complex)]
pub struct ResourceData {
    /// The resource's id.
    pub id: Option<String>,
}

/// `microsoft.graph.lifecycleEventType`.
#[graph_enum]
pub enum LifecycleEventType {
    /// Notifications were not delivered: resynchronize (a delta query).
    Missed,
    /// The subscription is gone: create it again.
    SubscriptionRemoved,
    /// Graph needs the app to reauthorize (renew) the subscription.
    ReauthorizationRequired,
}

/// `microsoft.graph.changeNotificationEncryptedContent`: a rich notification's resource.
#[graph_resource(complex)]
pub struct ChangeNotificationEncryptedContent {
    /// The resource's JSON, AES-256-CBC encrypted (PKCS#7 padding), base64.
    pub data: String,
    /// The symmetric key, encrypted to your certificate (RSA-OAEP, SHA-1), base64.
    pub data_key: String,
    /// HMAC-SHA256 of the encrypted data under the symmetric key, base64.
    pub data_signature: String,
    /// The id you gave the certificate when subscribing.
    pub encryption_certificate_id: Option<String>,
    /// The certificate's thumbprint, hexadecimal.
    pub encryption_certificate_thumbprint: Option<String>,
}

/// `microsoft.graph.subscription`: what a subscription is (`POST /subscriptions`).
#[graph_resource(inherits = entity)]
pub struct Subscription {
    /// The app that created it.
    #[graph(read_only)]
    pub application_id: Option<String>,
    /// `created`, `updated`, `deleted`, comma-joined.
    pub change_type: Option<String>,
    /// A secret of yours that each notification carries back.
    #[graph(secret)]
    pub client_state: Option<String>,
    /// Who created it.
    #[graph(read_only)]
    pub creator_id: Option<String>,
    /// Your certificate (DER, base64) for rich notifications.
    pub encryption_certificate: Option<String>,
    /// Your id for that certificate, carried back by each notification.
    pub encryption_certificate_id: Option<String>,
    /// When it expires (ISO 8601, UTC).
    pub expiration_date_time: Option<String>,
    /// Whether notifications carry the resource (encrypted).
    pub include_resource_data: Option<bool>,
    /// The lowest TLS version the notification URL supports.
    pub latest_supported_tls_version: Option<String>,
    /// Where lifecycle notifications go.
    pub lifecycle_notification_url: Option<String>,
    /// An OData query that filters notifications.
    pub notification_query_options: Option<String>,
    /// Where notifications go.
    pub notification_url: Option<String>,
    /// The app id Graph uses to authenticate to the notification URL.
    pub notification_url_app_id: Option<String>,
    /// The resource watched (`me/messages`).
    pub resource: Option<String>,
}
