//! A webhook on axum: a real HTTP server on 127.0.0.1 that answers Graph's validation
//! handshake, checks each notification's clientState and the collection's validation tokens,
//! decrypts rich notifications and prints them read into Graph's types (`Message` and
//! `ChatMessage`, declared below as graph-resource-codegen writes them; with the models crate,
//! `graph_resource_models::graph::{Message, ChatMessage}` are the same).
//!
//! Then, playing Graph's part (no tenant, no network), it posts to itself what Graph posts: a
//! validation request, a notification for a message, a rich notification for a chat message
//! (encrypted to the webhook's key pair, with a validation token signed by a key "Graph"
//! publishes), and a forged one.
//!
//! `cargo run -p graph-resource-notifications --example webhook`

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use base64::Engine as _;
use graph_resource::prelude::*;
use graph_resource_notifications::token::{
    SigningKeys, TokenValidator, GRAPH_CHANGE_TRACKING_APP_ID,
};
use graph_resource_notifications::{
    encrypt_like_graph, DecryptionKeys, Handshake, Notification, Received, Webhook,
};
use rsa::pkcs1::EncodeRsaPrivateKey as _;
use rsa::traits::PublicKeyParts as _;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde_json::json;

/// Graph's `message` (the properties printed here).
#[graph_resource(inherits = entity)]
pub struct Message {
    pub subject: Option<String>,
}

/// Graph's `chatMessage` (likewise).
#[graph_resource(inherits = entity)]
pub struct ChatMessage {
    pub message_type: Option<String>,
    pub body: Option<ItemBody>,
}

/// Graph's `itemBody`.
#[graph_resource(complex)]
pub struct ItemBody {
    pub content_type: Option<String>,
    pub content: Option<String>,
}

const APP_ID: &str = "5f1a4f3c-0e0b-4b1e-9c2f-8f2a1d2e3c4b";
const TENANT: &str = "84bd8158-6d4d-4958-8b9f-9d6445542f95";
const CLIENT_STATE: &str = "a-secret-of-the-subscription";

/// What the webhook needs: the client state, its private key, Graph's signing keys.
struct App {
    webhook: Webhook,
    keys: DecryptionKeys,
    tokens: TokenValidator,
}

async fn notifications(
    State(app): State<Arc<App>>,
    method: Method,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let received = match app
        .webhook
        .receive(method.as_str(), query.as_deref(), &body)
    {
        Ok(received) => received,
        Err(e) => {
            println!("webhook: refused ({}): {e}", e.status());
            return (e.status(), e.to_string()).into_response();
        }
    };
    match received {
        Received::Handshake(h) => {
            println!(
                "webhook: validation handshake answered ({} bytes)",
                h.body().len()
            );
            (
                [(header::CONTENT_TYPE, Handshake::CONTENT_TYPE)],
                h.body().to_owned(),
            )
                .into_response()
        }
        Received::Notifications(n) => {
            let rich = n
                .items
                .iter()
                .any(|i| i.notification().encrypted_content.is_some());
            if rich {
                if let Err(e) = app
                    .tokens
                    .validate_all(&n.validation_tokens, SystemTime::now())
                {
                    println!("webhook: refused (401): {e}");
                    return (StatusCode::UNAUTHORIZED, e.to_string()).into_response();
                }
            }
            for item in &n.items {
                print(&app, item);
            }
            n.response().map(axum::body::Body::from).into_response()
        }
    }
}

fn print(app: &App, item: &Notification) {
    let n = item.notification();
    match item {
        Notification::Lifecycle(event, _) => println!("webhook: lifecycle event {event}"),
        Notification::Change(_) if n.encrypted_content.is_some() => {
            match n.decrypt_as::<ChatMessage>(&app.keys) {
                Ok(chat) => println!(
                    "webhook: {} chatMessage {:?}: {:?}",
                    n.change_type.as_deref().unwrap_or("?"),
                    chat.id.as_deref().unwrap_or("?"),
                    chat.body.and_then(|b| b.content).unwrap_or_default()
                ),
                Err(e) => println!("webhook: not decrypted: {e}"),
            }
        }
        Notification::Change(_) => match n.resource_data_as::<Message>() {
            Ok(message) => println!(
                "webhook: {} message {:?} at {}",
                n.change_type.as_deref().unwrap_or("?"),
                message.id.as_deref().unwrap_or("?"),
                n.resource.as_deref().unwrap_or("?")
            ),
            Err(e) => println!("webhook: unreadable resource data: {e}"),
        },
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut rng = rand::thread_rng();
    // The webhook's key pair (its certificate is what a subscription sends Graph), and the key
    // "Graph" signs validation tokens with, published as a JWKS.
    let subscriber = RsaPrivateKey::new(&mut rng, 2048)?;
    let graph_signer = RsaPrivateKey::new(&mut rng, 2048)?;
    let mut keys = DecryptionKeys::new();
    keys.add("cert-1", subscriber.clone());
    let app = Arc::new(App {
        webhook: Webhook::new(CLIENT_STATE),
        keys,
        tokens: TokenValidator::new(APP_ID, SigningKeys::from_jwks(&jwks(&graph_signer))?),
    });

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let router = Router::new()
        .route("/notifications", post(notifications))
        .with_state(app);
    tokio::spawn(async move { axum::serve(listener, router).await });
    println!("webhook: listening on http://{addr}/notifications");

    // Graph's part, from a thread of its own (blocking sockets).
    let public = RsaPublicKey::from(&subscriber);
    let statuses = tokio::task::spawn_blocking(move || play_graph(addr, &public, &graph_signer))
        .await?
        .map_err(|e| e.to_string())?;
    assert_eq!(
        statuses,
        [200, 202, 202, 400, 401],
        "what the webhook answered"
    );
    println!("graph: the webhook answered {statuses:?}");
    Ok(())
}

/// Posts what Graph posts; the statuses the webhook answered.
fn play_graph(
    addr: SocketAddr,
    subscriber: &RsaPublicKey,
    signer: &RsaPrivateKey,
) -> Result<Vec<u16>, Box<dyn std::error::Error + Send + Sync>> {
    let mut statuses = Vec::new();
    let token =
        "Validation: Testing client application reachability for subscription Request-Id: 522a8e7e";
    let query = format!(
        "validationToken={}",
        token.replace(' ', "+").replace(':', "%3A")
    );
    let (status, body) = send(addr, &format!("/notifications?{query}"), b"")?;
    assert_eq!(body, token.as_bytes(), "the handshake echoes the token");
    statuses.push(status);

    let message = json!({"value": [{
        "id": "lsgTZMr9KwAAA", "subscriptionId": "s-mail", "clientState": CLIENT_STATE,
        "changeType": "created", "resource": "users/u1/messages/m1", "tenantId": TENANT,
        "resourceData": {"@odata.type": "#Microsoft.Graph.Message", "@odata.id": "Users/u1/Messages/m1",
                         "@odata.etag": "W/\"CQAAABYAAADkrWGo7bouTKlsgTZMr9KwAAAUWRHf\"", "id": "m1"}
    }]});
    statuses.push(send(addr, "/notifications", message.to_string().as_bytes())?.0);

    let chat = json!({"@odata.type": "#microsoft.graph.chatMessage", "id": "1616990032035",
                      "messageType": "message", "body": {"contentType": "html", "content": "<p>Hello</p>"}});
    let mut rng = rand::thread_rng();
    let mut key = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rng, &mut key);
    let content = encrypt_like_graph(
        chat.to_string().as_bytes(),
        key,
        subscriber,
        "cert-1",
        &mut rng,
    );
    let rich = |token: String| {
        json!({
            "value": [{"subscriptionId": "s-chat", "clientState": CLIENT_STATE, "changeType": "created",
                       "resource": "chats('19:x@thread.v2')/messages('1616990032035')",
                       "resourceData": {"id": "1616990032035"}, "encryptedContent": content,
                       "tenantId": TENANT}],
            "validationTokens": [token]
        })
    };
    statuses.push(
        send(
            addr,
            "/notifications",
            rich(validation_token(signer)).to_string().as_bytes(),
        )?
        .0,
    );

    let forged = json!({"value": [{"subscriptionId": "s-mail", "clientState": "a-guess", "changeType": "deleted"}]});
    statuses.push(send(addr, "/notifications", forged.to_string().as_bytes())?.0);
    // A rich notification whose token another key signed.
    let other = RsaPrivateKey::new(&mut rng, 2048)?;
    statuses.push(
        send(
            addr,
            "/notifications",
            rich(validation_token(&other)).to_string().as_bytes(),
        )?
        .0,
    );
    Ok(statuses)
}

fn jwks(signer: &RsaPrivateKey) -> String {
    let url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    json!({"keys": [{"kty": "RSA", "use": "sig", "kid": "graph-1",
                     "n": url.encode(signer.n().to_bytes_be()), "e": url.encode(signer.e().to_bytes_be())}]})
    .to_string()
}

fn validation_token(signer: &RsaPrivateKey) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let claims = json!({"aud": APP_ID, "iss": format!("https://sts.windows.net/{TENANT}/"), "tid": TENANT,
                        "iat": now, "nbf": now, "exp": now + 3600, "azp": GRAPH_CHANGE_TRACKING_APP_ID});
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
    header.kid = Some("graph-1".into());
    let der = signer.to_pkcs1_der().expect("a DER key");
    jsonwebtoken::encode(
        &header,
        &claims,
        &jsonwebtoken::EncodingKey::from_rsa_der(der.as_bytes()),
    )
    .expect("a signed token")
}

/// One `POST` over HTTP/1.1 (`Connection: close`): the status and the body.
fn send(
    addr: SocketAddr,
    target: &str,
    body: &[u8],
) -> Result<(u16, Vec<u8>), Box<dyn std::error::Error + Send + Sync>> {
    let mut stream = TcpStream::connect(addr)?;
    write!(
        stream,
        "POST {target} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(body)?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let text = String::from_utf8_lossy(&answer);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no status line")?;
    let at = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("no end of headers")?
        + 4;
    Ok((status, answer[at..].to_vec()))
}
