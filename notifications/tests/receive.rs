//! Receiving as Graph sends: the documentation's payload shapes, content encrypted exactly as
//! Graph describes with a key pair made here, validation tokens signed here; and every way
//! they can be wrong.

use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use graph_resource::prelude::*;
use graph_resource_notifications::subscription::{answer, LifecycleAnswer, NewSubscription};
use graph_resource_notifications::token::{
    SigningKeys, TokenError, TokenValidator, GRAPH_CHANGE_TRACKING_APP_ID,
};
use graph_resource_notifications::{
    decrypt, encrypt_like_graph, ChangeNotification, ChangeNotificationEncryptedContent,
    DecryptError, DecryptionKeys, LifecycleEventType, Notification, ReceiveError, Received,
    Webhook,
};
use rsa::pkcs1::EncodeRsaPrivateKey as _;
use rsa::pkcs8::EncodePrivateKey as _;
use rsa::traits::PublicKeyParts as _;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde_json::json;

/// Graph's `message`, as a generated models crate declares it (the properties read here).
#[graph_resource(inherits = entity)]
pub struct Message {
    pub subject: Option<String>,
    pub body_preview: Option<String>,
}

/// Graph's `chatMessage`, likewise.
#[graph_resource(inherits = entity)]
pub struct ChatMessage {
    pub message_type: Option<String>,
    pub body: Option<ItemBody>,
}

#[graph_resource(complex)]
pub struct ItemBody {
    pub content_type: Option<String>,
    pub content: Option<String>,
}

/// A family, as generated models have them: resource data is read into it too.
#[graph_family(base = entity)]
pub enum AnyResource {
    Message(Message),
    Chat(ChatMessage),
}

const STATE: &str = "secretClientValue";
const APP: &str = "5f1a4f3c-0e0b-4b1e-9c2f-8f2a1d2e3c4b";
const TENANT: &str = "84bd8158-6d4d-4958-8b9f-9d6445542f95";

fn key(slot: usize) -> &'static RsaPrivateKey {
    static KEYS: OnceLock<Vec<RsaPrivateKey>> = OnceLock::new();
    &KEYS.get_or_init(|| {
        let mut rng = rand::thread_rng();
        (0..2)
            .map(|_| RsaPrivateKey::new(&mut rng, 2048).expect("a key pair"))
            .collect()
    })[slot]
}

fn keys() -> DecryptionKeys {
    let mut keys = DecryptionKeys::new();
    let pem = key(0).to_pkcs8_pem(rsa::pkcs8::LineEnding::LF).unwrap();
    keys.add_pem("cert-1", &pem).unwrap();
    keys
}

fn receive(body: serde_json::Value) -> Result<Received, ReceiveError> {
    Webhook::new(STATE).receive("POST", None, &serde_json::to_vec(&body).unwrap())
}

fn notifications(body: serde_json::Value) -> Vec<Notification> {
    match receive(body).unwrap() {
        Received::Notifications(n) => n.items,
        other => panic!("notifications: {other:?}"),
    }
}

#[test]
fn the_documentations_message_notification_reads_typed() {
    let body = include_bytes!("payloads/changenotification-message.json");
    let Received::Notifications(n) = Webhook::new(STATE).receive("POST", None, body).unwrap()
    else {
        panic!("a notification")
    };
    assert_eq!(n.items.len(), 1);
    let Notification::Change(change) = &n.items[0] else {
        panic!("a change")
    };
    assert_eq!(change.change_type.as_deref(), Some("created"));
    assert_eq!(change.tenant_id.as_deref(), Some(TENANT));
    assert!(
        !format!("{change:?}").contains(STATE),
        "clientState is redacted"
    );
    // `#Microsoft.Graph.Message`: the generated type reads it (tags match in any case), the
    // etag and @odata.id kept.
    let message: Message = change.resource_data_as().unwrap();
    assert_eq!(message.id.as_deref(), Some("{long_id_string}"));
    assert_eq!(
        message.additional_data.get("@odata.etag").unwrap(),
        "W/\"CQAAABYAAADkrWGo7bouTKlsgTZMr9KwAAAUWRHf\""
    );
    let any: AnyResource = change.resource_data_as().unwrap();
    assert!(matches!(any, AnyResource::Message(_)));
}

#[test]
fn event_and_lifecycle_notifications_in_one_collection() {
    let items = notifications(json!({"value": [
        {"subscriptionId": "s-ev", "clientState": STATE, "changeType": "updated",
         "resource": "Users/u1/Events/e1", "subscriptionExpirationDateTime": "2026-12-09T10:00:00Z",
         "resourceData": {"@odata.type": "#Microsoft.Graph.Event", "@odata.id": "Users/u1/Events/e1",
                          "id": "e1"}},
        {"subscriptionId": "s-ev", "clientState": STATE, "lifecycleEvent": "reauthorizationRequired",
         "resource": "Users/u1/Events", "tenantId": TENANT},
        {"subscriptionId": "s-old", "clientState": STATE, "lifecycleEvent": "subscriptionRemoved",
         "resource": "me/messages"},
        {"subscriptionId": "s-m", "clientState": STATE, "lifecycleEvent": "missed",
         "resource": "me/messages"},
        {"subscriptionId": "s-x", "clientState": STATE, "lifecycleEvent": "somethingNew"}
    ]}));
    assert!(
        matches!(&items[0], Notification::Change(c) if c.resource.as_deref() == Some("Users/u1/Events/e1"))
    );
    assert_eq!(answer(&items[0]), None);
    assert!(matches!(
        &items[1],
        Notification::Lifecycle(LifecycleEventType::ReauthorizationRequired, _)
    ));
    assert_eq!(
        answer(&items[1]),
        Some(LifecycleAnswer::Renew {
            subscription_id: "s-ev".into()
        })
    );
    assert_eq!(
        answer(&items[2]),
        Some(LifecycleAnswer::Recreate {
            subscription_id: "s-old".into(),
            resource: Some("me/messages".into())
        })
    );
    assert_eq!(
        answer(&items[3]),
        Some(LifecycleAnswer::Resync {
            resource: Some("me/messages".into())
        })
    );
    assert_eq!(
        answer(&items[4]),
        Some(LifecycleAnswer::Other("somethingNew".into()))
    );
}

#[test]
fn a_client_state_that_is_not_yours_refuses_the_request() {
    for bad in [
        json!("guess"),
        json!(null),
        json!(""),
        json!("secretClientValu"),
        json!("secretClientValueX"),
    ] {
        let err = receive(json!({"value": [
            {"subscriptionId": "s1", "clientState": STATE},
            {"subscriptionId": "s2", "clientState": bad}
        ]}))
        .unwrap_err();
        assert_eq!(
            err,
            ReceiveError::ClientState {
                index: 1,
                subscription_id: Some("s2".into())
            }
        );
        assert_eq!(err.status(), 400);
        assert!(!err.to_string().contains(STATE));
    }
    let missing = receive(json!({"value": [{"subscriptionId": "s1"}]})).unwrap_err();
    assert!(matches!(
        missing,
        ReceiveError::ClientState { index: 0, .. }
    ));
    // A second secret (a rotation) is accepted beside the first.
    let webhook = Webhook::new(STATE).client_state("next");
    let body = br#"{"value":[{"clientState":"next"},{"clientState":"secretClientValue"}]}"#;
    assert!(webhook.receive("POST", None, body).is_ok());
}

#[test]
fn what_is_not_a_notification_is_an_error_never_a_panic() {
    let webhook = Webhook::new(STATE).body_limit(64);
    assert_eq!(
        webhook.receive("GET", None, b"").unwrap_err(),
        ReceiveError::Method
    );
    assert_eq!(
        webhook.receive("POST", None, &[b' '; 65]).unwrap_err(),
        ReceiveError::TooLarge(64)
    );
    for body in [
        &b""[..],
        b"{",
        b"[]",
        b"{}",
        b"{\"value\":{}}",
        b"\xff\xfe",
        b"{\"value\":[1]}",
    ] {
        let err = webhook.receive("POST", None, body).unwrap_err();
        assert!(matches!(err, ReceiveError::Json(_)), "{body:?}: {err:?}");
        assert_eq!(err.status(), 400);
    }
}

fn chat_message() -> serde_json::Value {
    json!({
        "@odata.type": "#microsoft.graph.chatMessage",
        "id": "1616990032035", "messageType": "message",
        "createdDateTime": "2021-03-29T03:53:52.035Z",
        "body": {"contentType": "html", "content": "<p>test</p>"},
        "big": 18446744073709551617u128.to_string()
    })
}

fn encrypted(plaintext: &[u8]) -> ChangeNotificationEncryptedContent {
    let public = RsaPublicKey::from(key(0));
    encrypt_like_graph(
        plaintext,
        [7u8; 32],
        &public,
        "cert-1",
        &mut rand::thread_rng(),
    )
}

#[test]
fn rich_notifications_decrypt_as_graph_encrypts() {
    let plain = serde_json::to_vec(&chat_message()).unwrap();
    let content = encrypted(&plain);
    let items = notifications(json!({
        "value": [{
            "subscriptionId": "s-chat", "clientState": STATE, "changeType": "created",
            "resource": "chats('19:8ea0e38b@thread.v2')/messages('1616990032035')",
            "resourceData": {"id": "1616990032035", "@odata.type": "#Microsoft.Graph.chatMessage",
                             "@odata.id": "chats('19:8ea0e38b@thread.v2')/messages('1616990032035')"},
            "encryptedContent": content,
            "tenantId": TENANT
        }],
        "validationTokens": ["a.b.c"]
    }));
    let Notification::Change(change) = &items[0] else {
        panic!()
    };
    assert_eq!(
        decrypt(change.encrypted_content.as_ref().unwrap(), &keys()).unwrap(),
        plain
    );
    let message: ChatMessage = change.decrypt_as(&keys()).unwrap();
    assert_eq!(
        message.body.as_ref().unwrap().content.as_deref(),
        Some("<p>test</p>")
    );
    let any: AnyResource = change.decrypt_as(&keys()).unwrap();
    assert!(matches!(any, AnyResource::Chat(_)));
    // The same key in DER (PKCS#1) works too; the keys' Debug shows ids only.
    let mut der_keys = DecryptionKeys::new();
    der_keys
        .add_der("cert-1", key(0).to_pkcs1_der().unwrap().as_bytes())
        .unwrap();
    assert_eq!(decrypt(&content_of(change), &der_keys).unwrap(), plain);
    assert_eq!(format!("{der_keys:?}"), r#"["cert-1"]"#);
}

fn content_of(change: &ChangeNotification) -> ChangeNotificationEncryptedContent {
    change.encrypted_content.clone().unwrap()
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn unb64(text: &str) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .unwrap()
}

#[test]
fn every_way_encrypted_content_can_be_wrong_is_an_error() {
    let good = encrypted(br#"{"id":"1","subject":"forty bytes of plaintext"}"#);
    let keys = keys();
    assert!(decrypt(&good, &keys).is_ok());

    let mut tampered_signature = good.clone();
    let mut sig = unb64(&good.data_signature);
    sig[0] ^= 1;
    tampered_signature.data_signature = b64(&sig);
    assert_eq!(
        decrypt(&tampered_signature, &keys),
        Err(DecryptError::Signature)
    );

    let mut truncated = good.clone();
    let data = unb64(&good.data);
    truncated.data = b64(&data[..data.len() - 16]);
    assert_eq!(decrypt(&truncated, &keys), Err(DecryptError::Signature));

    let mut tampered_data = good.clone();
    let mut data = unb64(&good.data);
    data[3] ^= 0x80;
    tampered_data.data = b64(&data);
    assert_eq!(decrypt(&tampered_data, &keys), Err(DecryptError::Signature));

    // Another key pair under the same certificate id: the data key does not unwrap.
    let mut wrong = DecryptionKeys::new();
    wrong.add("cert-1", key(1).clone());
    assert_eq!(decrypt(&good, &wrong), Err(DecryptError::DataKey));

    let mut unknown = good.clone();
    unknown.encryption_certificate_id = Some("cert-2".into());
    assert_eq!(
        decrypt(&unknown, &keys),
        Err(DecryptError::UnknownCertificate(Some("cert-2".into())))
    );

    let mut not_base64 = good.clone();
    not_base64.data = "!!".into();
    assert_eq!(
        decrypt(&not_base64, &keys),
        Err(DecryptError::Base64("data"))
    );

    // Signed right, padded wrong: the padding is checked and refused (nothing given out).
    let key32 = [7u8; 32];
    let mut bad_padding = good.clone();
    let mut blocks = unb64(&good.data);
    let n = blocks.len();
    blocks[n - 17] ^= 0x01; // flips the last plaintext byte: the padding byte
    bad_padding.data = b64(&blocks);
    bad_padding.data_signature = b64(&hmac_sha256(&key32, &blocks));
    assert_eq!(decrypt(&bad_padding, &keys), Err(DecryptError::Data));

    // Whole blocks missing after signing right: not whole blocks.
    let mut partial = good.clone();
    let cut = &unb64(&good.data)[..20];
    partial.data = b64(cut);
    partial.data_signature = b64(&hmac_sha256(&key32, cut));
    assert_eq!(decrypt(&partial, &keys), Err(DecryptError::Data));

    // A data key of another length.
    let public = RsaPublicKey::from(key(0));
    let mut short = good.clone();
    short.data_key = b64(&public
        .encrypt(
            &mut rand::thread_rng(),
            rsa::Oaep::new::<sha1::Sha1>(),
            &[1u8; 16],
        )
        .unwrap());
    assert_eq!(decrypt(&short, &keys), Err(DecryptError::KeyLength(16)));

    // No error shows the key, the data or a plaintext.
    for e in [
        DecryptError::Signature,
        DecryptError::Data,
        DecryptError::DataKey,
    ] {
        assert!(!e.to_string().contains(&good.data));
    }
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> Vec<u8> {
    use hmac::Mac as _;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key).unwrap();
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

// ---- validation tokens ----------------------------------------------------------------------

fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_796_169_600) // 2026-12-02T00:00:00Z
}

fn secs(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).unwrap().as_secs()
}

fn jwks() -> String {
    let public = RsaPublicKey::from(key(0));
    let url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    json!({"keys": [
        {"kty": "RSA", "use": "sig", "kid": "k1", "n": url.encode(public.n().to_bytes_be()),
         "e": url.encode(public.e().to_bytes_be())},
        {"kty": "EC", "use": "sig", "kid": "ec", "crv": "P-256",
         "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
         "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}
    ]})
    .to_string()
}

fn token(claims: serde_json::Value, signer: usize, kid: &str) -> String {
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
    header.kid = Some(kid.to_owned());
    let der = key(signer).to_pkcs1_der().unwrap();
    let key = jsonwebtoken::EncodingKey::from_rsa_der(der.as_bytes());
    jsonwebtoken::encode(&header, &claims, &key).unwrap()
}

fn claims() -> serde_json::Value {
    json!({
        "aud": APP,
        "iss": format!("https://sts.windows.net/{TENANT}/"),
        "tid": TENANT,
        "iat": secs(now()) - 60,
        "nbf": secs(now()) - 60,
        "exp": secs(now()) + 3600,
        "azp": GRAPH_CHANGE_TRACKING_APP_ID,
        "azpacr": "2"
    })
}

fn with(mut claims: serde_json::Value, key: &str, value: serde_json::Value) -> serde_json::Value {
    claims[key] = value;
    claims
}

#[test]
fn validation_tokens_are_checked_whole() {
    let validator = TokenValidator::new(APP, SigningKeys::from_jwks(&jwks()).unwrap());
    let good = token(claims(), 0, "k1");
    let ok = validator.validate(&good, now()).unwrap();
    assert_eq!(ok.tid.as_deref(), Some(TENANT));
    assert!(validator
        .validate_all(std::slice::from_ref(&good), now())
        .is_ok());
    assert_eq!(validator.validate_all(&[], now()), Err(TokenError::Missing));
    // v1 tokens say `appid`, v2 ones `iss` at login.microsoftonline.com.
    let v1 = with(claims(), "azp", json!(null));
    let v1 = with(v1, "appid", json!(GRAPH_CHANGE_TRACKING_APP_ID));
    assert!(validator.validate(&token(v1, 0, "k1"), now()).is_ok());
    let v2 = with(
        claims(),
        "iss",
        json!(format!("https://login.microsoftonline.com/{TENANT}/v2.0")),
    );
    assert!(validator.validate(&token(v2, 0, "k1"), now()).is_ok());

    let cases: Vec<(String, TokenError)> = vec![
        (
            token(with(claims(), "aud", json!("another-app")), 0, "k1"),
            TokenError::Audience,
        ),
        (
            token(with(claims(), "azp", json!("some-other-app")), 0, "k1"),
            TokenError::AuthorizedParty,
        ),
        (
            token(with(claims(), "azp", json!(null)), 0, "k1"),
            TokenError::AuthorizedParty,
        ),
        (
            token(with(claims(), "exp", json!(secs(now()) - 301)), 0, "k1"),
            TokenError::Expired,
        ),
        (
            token(with(claims(), "nbf", json!(secs(now()) + 301)), 0, "k1"),
            TokenError::NotYetValid,
        ),
        (
            token(
                with(claims(), "iss", json!("https://evil.example/t/")),
                0,
                "k1",
            ),
            TokenError::Issuer,
        ),
        (
            token(with(claims(), "tid", json!("another-tenant")), 0, "k1"),
            TokenError::Issuer,
        ),
        // Signed by another key under the published kid; an unpublished kid.
        (token(claims(), 1, "k1"), TokenError::Signature),
        (
            token(claims(), 0, "k9"),
            TokenError::UnknownKey(Some("k9".into())),
        ),
        ("not.a.jwt".into(), TokenError::Malformed),
        (String::new(), TokenError::Malformed),
    ];
    for (t, expected) in cases {
        assert_eq!(
            validator.validate(&t, now()),
            Err(expected.clone()),
            "{expected}"
        );
        assert_eq!(
            validator.validate_all(&[good.clone(), t.clone()], now()),
            Err(expected)
        );
    }
    // Within the leeway of 5 minutes, expired and early tokens are still taken.
    assert!(validator
        .validate(
            &token(with(claims(), "exp", json!(secs(now()) - 299)), 0, "k1"),
            now()
        )
        .is_ok());
    // HS256 with the public key as secret (the algorithm confusion attack), and `none`.
    let hs = jsonwebtoken::encode(
        &jsonwebtoken::Header {
            kid: Some("k1".into()),
            ..jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256)
        },
        &claims(),
        &jsonwebtoken::EncodingKey::from_secret(jwks().as_bytes()),
    )
    .unwrap();
    assert_eq!(validator.validate(&hs, now()), Err(TokenError::Algorithm));
    let url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let none = format!(
        "{}.{}.",
        url.encode(br#"{"alg":"none","typ":"JWT"}"#),
        url.encode(claims().to_string())
    );
    assert!(validator.validate(&none, now()).is_err());
    // A tenant of its own: another tenant's token is refused.
    let mine = TokenValidator::new(APP, SigningKeys::from_jwks(&jwks()).unwrap()).tenant("t-mine");
    assert_eq!(mine.validate(&good, now()), Err(TokenError::Issuer));
    // Keys: not a JWKS, or one without RSA keys.
    assert_eq!(SigningKeys::from_jwks("{}").unwrap_err(), TokenError::Keys);
    assert_eq!(
        SigningKeys::from_jwks(r#"{"keys":[]}"#).unwrap_err(),
        TokenError::Keys
    );
}

#[test]
fn a_subscription_request_as_graph_documents_it() {
    let new = NewSubscription {
        resource: "me/messages".into(),
        change_type: "created,updated".into(),
        notification_url: "https://webhook.contoso.com/api".into(),
        lifecycle_notification_url: Some("https://webhook.contoso.com/lifecycle".into()),
        client_state: STATE.into(),
        certificate: Some(("MIIB".into(), "cert-1".into())),
    };
    assert!(!format!("{new:?}").contains(STATE));
    let request = new.request(now());
    assert_eq!(
        serde_json::to_value(request.body()).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.subscription",
            "changeType": "created,updated",
            "clientState": STATE,
            "encryptionCertificate": "MIIB",
            "encryptionCertificateId": "cert-1",
            "expirationDateTime": "2026-12-08T23:55:00Z",
            "includeResourceData": true,
            "lifecycleNotificationUrl": "https://webhook.contoso.com/lifecycle",
            "notificationUrl": "https://webhook.contoso.com/api",
            "resource": "me/messages"
        })
    );
    let root = Graph::v1();
    let subs = graph_resource_notifications::subscription::subscriptions(&root);
    let http = request.to_http(&subs, "t0ken").unwrap();
    assert_eq!(http.uri(), "https://graph.microsoft.com/v1.0/subscriptions");
    let renew = graph_resource_notifications::subscription::renew("me/messages", now());
    let http = renew.to_http(&subs.id("s1"), "t0ken").unwrap();
    assert_eq!(http.method(), "PATCH");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(http.body()).unwrap(),
        json!({"@odata.type": "#microsoft.graph.subscription", "expirationDateTime": "2026-12-08T23:55:00Z"})
    );
    let delete = graph_resource_notifications::Subscription::delete();
    assert_eq!(
        delete.to_http(&subs.id("s1"), "t0ken").unwrap().method(),
        "DELETE"
    );
}
