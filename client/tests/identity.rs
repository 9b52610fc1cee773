//! Credentials on both executors, against a loopback identity endpoint that checks every form
//! it receives and a loopback Graph: each flow's form, a paging run across a token expiry
//! (one renewal), a claims challenge then success, the device code polling rules, renewal
//! failures, and secrets kept out of errors and `Debug`. (20 concurrent requests: `https.rs`.)

mod common;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use common::{json, serve, Action, Exec, Received};
use graph_resource::prelude::*;
use graph_resource_client::identity::{
    Authority, ClientCertificate, ClientSecret, Credential, DeviceCode, ManagedIdentity,
    RefreshToken, WorkloadIdentity,
};
use graph_resource_client::Error;
use serde_json::json;

/// v1.0 `user` (a slice).
#[graph_resource(inherits = entity)]
pub struct User {
    pub display_name: Option<String>,
}

const SECRET: &str = "c1ient-s3cret~value";
const SCOPE: &str = "https://graph.microsoft.com/.default";

fn form(r: &Received) -> HashMap<String, String> {
    url::form_urlencoded::parse(&r.body).into_owned().collect()
}

fn token(value: &str, expires_in: u64) -> Action {
    json(
        200,
        json!({"token_type": "Bearer", "expires_in": expires_in, "access_token": value}),
    )
}

/// An identity endpoint for `tenant` that checks the client-credentials form and hands out
/// `tok-1`, `tok-2`, … living `lifetime` seconds; the count of tokens given.
fn identity(
    lifetime: u64,
    n: usize,
) -> (
    String,
    Arc<AtomicUsize>,
    std::thread::JoinHandle<Vec<Received>>,
) {
    let given = Arc::new(AtomicUsize::new(0));
    let count = given.clone();
    let (addr, server) = serve(n, move |r, _| {
        assert_eq!(r.method, "POST");
        assert_eq!(r.path, "/contoso.onmicrosoft.com/oauth2/v2.0/token");
        assert_eq!(
            r.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        assert!(
            r.header("authorization").is_none(),
            "no bearer token to the identity platform"
        );
        let f = form(r);
        assert_eq!(f["grant_type"], "client_credentials");
        assert_eq!(f["client_id"], "6731de76-14a6-49ae-97bc-6eba6914391e");
        assert_eq!(f["client_secret"], SECRET);
        assert_eq!(f["scope"], SCOPE);
        let n = count.fetch_add(1, Ordering::SeqCst) + 1;
        std::thread::sleep(Duration::from_millis(200)); // renewals overlap if they can
        token(&format!("tok-{n}"), lifetime)
    });
    (format!("http://{addr}"), given, server)
}

fn client_secret(authority: &str) -> Credential {
    Credential::from_flow(
        ClientSecret::new(
            "contoso.onmicrosoft.com",
            "6731de76-14a6-49ae-97bc-6eba6914391e",
            SECRET,
        )
        .authority(Authority::Custom(authority.to_owned())),
    )
}

macro_rules! both {
    ($($name:ident),* $(,)?) => {
        mod ureq_executor {
            $(#[test] fn $name() { super::$name(super::common::blocking_with); })*
        }
        mod reqwest_executor {
            $(#[test] fn $name() { super::$name(super::common::nonblocking_with); })*
        }
    };
}

both!(
    client_credentials_then_graph_with_the_token,
    a_paging_run_across_an_expiry_renews_once,
    a_claims_challenge_gets_one_new_token_and_one_retry,
    a_failed_renewal_names_the_flow_and_sends_nothing,
    the_device_code_flow_polls_by_the_rules,
    a_refresh_token_is_rotated,
    managed_identity_on_a_vm_and_on_app_service,
    workload_identity_reads_its_token_file,
    the_environment_chain,
    a_certificate_signs_its_assertion,
);

fn client_credentials_then_graph_with_the_token<E: Exec>(make: impl Fn(Credential) -> E) {
    let (authority, given, _identity) = identity(3600, 1);
    let (graph, server) = serve(2, |r, _| {
        assert_eq!(r.header("authorization"), Some("Bearer tok-1"));
        json(200, json!({"id": "87d349ed", "displayName": "Adele Vance"}))
    });
    let credential = client_secret(&authority);
    let e = make(credential.clone());
    for _ in 0..2 {
        let me: User = e
            .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
            .unwrap();
        assert_eq!(me.display_name.as_deref(), Some("Adele Vance"));
    }
    assert_eq!(
        given.load(Ordering::SeqCst),
        1,
        "{}: the token is cached",
        e.name()
    );
    assert_eq!(server.join().unwrap().len(), 2);
    assert_eq!(credential.renewals(), 1);
    let shown = format!("{credential:?}");
    assert!(
        !shown.contains(SECRET) && shown.contains("client credentials"),
        "{shown}"
    );
}

/// Tokens living 4 s are renewed in their second half: a paging run whose second page takes
/// 2.5 s renews once, and the third page carries the new token.
fn a_paging_run_across_an_expiry_renews_once<E: Exec>(make: impl Fn(Credential) -> E) {
    let (authority, given, _identity) = identity(4, 2);
    let (graph, server) = serve(3, |r, addr| {
        let page = |n: u32| format!("http://{addr}/v1.0/users?$skiptoken={n}");
        match r.path.as_str() {
            "/v1.0/users" => json(
                200,
                json!({"value": [{"id": "1"}], "@odata.nextLink": page(2)}),
            ),
            p if p.ends_with("=2") => {
                std::thread::sleep(Duration::from_millis(2500));
                json(
                    200,
                    json!({"value": [{"id": "2"}], "@odata.nextLink": page(3)}),
                )
            }
            _ => json(200, json!({"value": [{"id": "3"}]})),
        }
    });
    let e = make(client_secret(&authority));
    let pages = e.all_pages(User::list().build(), &format!("http://{graph}/v1.0/users"));
    assert_eq!(pages.len(), 3, "{}", e.name());
    assert!(pages.iter().all(Result::is_ok));
    let got = server.join().unwrap();
    let tokens: Vec<_> = got
        .iter()
        .map(|r| r.header("authorization").unwrap().to_owned())
        .collect();
    assert_eq!(
        tokens,
        ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"],
        "{}",
        e.name()
    );
    assert_eq!(given.load(Ordering::SeqCst), 2);
}

fn challenge(claims: &str) -> Action {
    Action::Reply(
        401,
        vec![
            (
                "WWW-Authenticate",
                format!(
                    r#"Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="{}""#,
                    base64::engine::general_purpose::STANDARD.encode(claims)
                ),
            ),
            ("Content-Type", "application/json".into()),
        ],
        br#"{"error":{"code":"InvalidAuthenticationToken","message":"Continuous access evaluation resulted in claims challenge"}}"#.to_vec(),
    )
}

/// Continuous access evaluation: a `401` with a claims challenge gets one new token asked
/// with those claims and one retry; a second challenge, or a `401` without one, is the
/// service's error.
fn a_claims_challenge_gets_one_new_token_and_one_retry<E: Exec>(make: impl Fn(Credential) -> E) {
    let claims = r#"{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}"#;
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = asked.clone();
    let (authority, _identity) = serve(3, move |r, _| {
        let f = form(r);
        log.lock().unwrap().push(f.get("claims").cloned());
        let n = log.lock().unwrap().len();
        token(&format!("tok-{n}"), 3600)
    });
    let mut n = 0;
    let (graph, server) = serve(4, move |r, _| {
        n += 1;
        match n {
            1 => challenge(claims),
            2 => {
                assert_eq!(r.header("authorization"), Some("Bearer tok-2"));
                json(200, json!({"id": "1"}))
            }
            // The next call: challenged, retried, challenged again: the service's error.
            _ => challenge(claims),
        }
    });
    let e = make(client_secret(&format!("http://{authority}")));
    let url = format!("http://{graph}/v1.0/me");
    let me: User = e.get(&User::get().build(), &url).unwrap();
    assert_eq!(me.id.as_deref(), Some("1"), "{}", e.name());
    let err = e.get(&User::get().build(), &url).unwrap_err();
    assert_eq!(
        err.graph().map(|g| g.status().as_u16()),
        Some(401),
        "{}: {err}",
        e.name()
    );
    assert_eq!(
        server.join().unwrap().len(),
        4,
        "one retry per call, never a loop"
    );
    let asked = asked.lock().unwrap();
    assert_eq!(
        *asked,
        [None, Some(claims.to_owned()), Some(claims.to_owned())]
    );
}

fn a_failed_renewal_names_the_flow_and_sends_nothing<E: Exec>(make: impl Fn(Credential) -> E) {
    let (authority, _identity) = serve(1, |_, _| {
        json(
            401,
            json!({
                "error": "invalid_client",
                "error_description": "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 0000",
                "error_codes": [7000215]
            }),
        )
    });
    let (graph, server) =
        common::serve_within(1, Duration::from_millis(500), |_, _| json(200, json!({})));
    let e = make(client_secret(&format!("http://{authority}")));
    let err = e
        .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
        .unwrap_err();
    match &err {
        Error::Identity { flow, message } => {
            assert_eq!(*flow, "client credentials");
            assert!(
                message.contains("invalid_client") && message.contains("AADSTS7000215"),
                "{message}"
            );
        }
        other => panic!("{}: {other:?}", e.name()),
    }
    assert!(!format!("{err} {err:?}").contains(SECRET));
    assert!(
        server.join().unwrap().is_empty(),
        "{}: a request went without a token",
        e.name()
    );
}

/// RFC 8628: the code shown, a poll after the interval, `authorization_pending` polls again,
/// `slow_down` adds 5 s, then the token.
fn the_device_code_flow_polls_by_the_rules<E: Exec>(make: impl Fn(Credential) -> E) {
    let polls = Arc::new(Mutex::new(Vec::<Instant>::new()));
    let log = polls.clone();
    let (authority, _identity) = serve(4, move |r, _| {
        let f = form(r);
        assert_eq!(f["client_id"], "14d82eec-204b-4c2f-b7e8-296a70dab67e");
        if r.path.ends_with("/devicecode") {
            assert_eq!(f["scope"], SCOPE);
            return json(
                200,
                json!({
                    "device_code": "GMMhmHCXhWEzkobqIHGG_EnNYYsAkukHspeYUk9E8",
                    "user_code": "WDJB-MJHT",
                    "verification_uri": "https://microsoft.com/devicelogin",
                    "expires_in": 900,
                    "interval": 1,
                    "message": "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code WDJB-MJHT to authenticate."
                }),
            );
        }
        assert_eq!(
            f["grant_type"],
            "urn:ietf:params:oauth:grant-type:device_code"
        );
        assert_eq!(
            f["device_code"],
            "GMMhmHCXhWEzkobqIHGG_EnNYYsAkukHspeYUk9E8"
        );
        let mut polls = log.lock().unwrap();
        polls.push(Instant::now());
        match polls.len() {
            1 => json(400, json!({"error": "authorization_pending"})),
            2 => json(400, json!({"error": "slow_down"})),
            _ => token("user-token", 3600),
        }
    });
    let shown = Arc::new(Mutex::new(None));
    let seen = shown.clone();
    let started = Instant::now();
    let credential = Credential::from_flow(
        DeviceCode::new(
            "organizations",
            "14d82eec-204b-4c2f-b7e8-296a70dab67e",
            move |info| {
                *seen.lock().unwrap() = Some(info.user_code.clone());
            },
        )
        .authority(Authority::Custom(format!("http://{authority}"))),
    );
    let (graph, _server) = serve(1, |r, _| {
        assert_eq!(r.header("authorization"), Some("Bearer user-token"));
        json(200, json!({"id": "me"}))
    });
    let e = make(credential);
    let me: User = e
        .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
        .unwrap();
    assert_eq!(me.id.as_deref(), Some("me"));
    assert_eq!(shown.lock().unwrap().as_deref(), Some("WDJB-MJHT"));
    let polls = polls.lock().unwrap();
    assert!(
        polls[0] - started >= Duration::from_millis(950),
        "{}: polled before the interval",
        e.name()
    );
    assert!(polls[1] - polls[0] >= Duration::from_millis(950));
    assert!(
        polls[2] - polls[1] >= Duration::from_millis(5950),
        "{}: slow_down not heeded",
        e.name()
    );
}

fn a_refresh_token_is_rotated<E: Exec>(make: impl Fn(Credential) -> E) {
    let (authority, identity) = serve(2, |r, _| {
        let f = form(r);
        assert_eq!(f["grant_type"], "refresh_token");
        let next = if f["refresh_token"] == "0.ARwA-first" {
            "0.ARwA-second"
        } else {
            "0.ARwA-third"
        };
        json(
            200,
            json!({"access_token": format!("at-{next}"), "expires_in": 4, "refresh_token": next}),
        )
    });
    let (graph, _server) = serve(2, |_, _| json(200, json!({"id": "1"})));
    let e = make(Credential::from_flow(
        RefreshToken::new(
            "common",
            "14d82eec-204b-4c2f-b7e8-296a70dab67e",
            "0.ARwA-first",
        )
        .authority(Authority::Custom(format!("http://{authority}"))),
    ));
    for _ in 0..2 {
        let _: User = e
            .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
            .unwrap();
        // A token living 4 s is stale after half of it.
        std::thread::sleep(Duration::from_millis(2100));
    }
    let sent: Vec<_> = identity
        .join()
        .unwrap()
        .iter()
        .map(|r| form(r)["refresh_token"].clone())
        .collect();
    assert_eq!(sent, ["0.ARwA-first", "0.ARwA-second"], "{}", e.name());
}

fn managed_identity_on_a_vm_and_on_app_service<E: Exec>(make: impl Fn(Credential) -> E) {
    let (endpoint, identity) = serve(2, |r, _| {
        assert_eq!(r.method, "GET");
        assert!(
            r.path
                .contains("resource=https%3A%2F%2Fgraph.microsoft.com"),
            "{}",
            r.path
        );
        if r.path.contains("api-version=2019-08-01") {
            assert_eq!(r.header("x-identity-header"), Some("app-service-secret"));
            let on = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs()
                + 3600;
            json(
                200,
                json!({"access_token": "mi-app", "expires_on": on.to_string(), "resource": "https://graph.microsoft.com", "token_type": "Bearer"}),
            )
        } else {
            assert!(
                r.path.contains("api-version=2018-02-01") && r.path.contains("client_id=u-a-id")
            );
            assert_eq!(r.header("metadata"), Some("true"));
            json(
                200,
                json!({"access_token": "mi-vm", "expires_in": "3599", "token_type": "Bearer"}),
            )
        }
    });
    let (graph, server) = serve(2, |_, _| json(200, json!({"id": "1"})));
    let vm = make(Credential::from_flow(
        ManagedIdentity::instance_metadata(format!(
            "http://{endpoint}/metadata/identity/oauth2/token"
        ))
        .client_id("u-a-id"),
    ));
    let _: User = vm
        .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
        .unwrap();
    let vars: HashMap<&str, String> = [
        ("IDENTITY_ENDPOINT", format!("http://{endpoint}/msi/token")),
        ("IDENTITY_HEADER", "app-service-secret".to_owned()),
    ]
    .into();
    let app = make(Credential::environment_from(|k| vars.get(k).cloned()));
    let _: User = app
        .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
        .unwrap();
    let tokens: Vec<_> = server
        .join()
        .unwrap()
        .iter()
        .map(|r| r.header("authorization").unwrap().to_owned())
        .collect();
    assert_eq!(tokens, ["Bearer mi-vm", "Bearer mi-app"], "{}", vm.name());
    assert_eq!(identity.join().unwrap().len(), 2);
}

fn workload_identity_reads_its_token_file<E: Exec>(make: impl Fn(Credential) -> E) {
    let dir = std::env::temp_dir().join(format!("gr-wi-{}-{}", std::process::id(), make_id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("azure-identity-token");
    std::fs::write(&file, "eyJhbGciOiJSUzI1NiJ9.federated.sig\n").unwrap();
    let (authority, _identity) = serve(1, |r, _| {
        let f = form(r);
        assert_eq!(
            f["client_assertion_type"],
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        );
        assert_eq!(f["client_assertion"], "eyJhbGciOiJSUzI1NiJ9.federated.sig");
        assert_eq!(f["grant_type"], "client_credentials");
        token("wi-token", 3600)
    });
    let (graph, server) = serve(1, |_, _| json(200, json!({"id": "1"})));
    let e = make(Credential::from_flow(
        WorkloadIdentity::new("t", "c", &file)
            .authority(Authority::Custom(format!("http://{authority}"))),
    ));
    let _: User = e
        .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
        .unwrap();
    assert_eq!(
        server.join().unwrap()[0].header("authorization"),
        Some("Bearer wi-token")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

fn make_id() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
}

/// `AZURE_*` variables with a secret: client credentials at `AZURE_AUTHORITY_HOST`.
fn the_environment_chain<E: Exec>(make: impl Fn(Credential) -> E) {
    let (authority, given, _identity) = identity(3600, 1);
    let vars: HashMap<&str, String> = [
        ("AZURE_TENANT_ID", "contoso.onmicrosoft.com".to_owned()),
        (
            "AZURE_CLIENT_ID",
            "6731de76-14a6-49ae-97bc-6eba6914391e".to_owned(),
        ),
        ("AZURE_CLIENT_SECRET", SECRET.to_owned()),
        ("AZURE_AUTHORITY_HOST", authority),
    ]
    .into();
    let credential = Credential::environment_from(|k| vars.get(k).cloned());
    assert!(format!("{credential:?}").contains("client credentials"));
    let (graph, _server) = serve(1, |_, _| json(200, json!({"id": "1"})));
    let e = make(credential);
    let _: User = e
        .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
        .unwrap();
    assert_eq!(given.load(Ordering::SeqCst), 1);
}

// 20 concurrent requests renewing once: `https.rs`, on both executors, over TLS.

/// A closure is a token source; its failure is an identity error and nothing is sent.
#[test]
fn closures_are_token_sources() {
    use graph_resource_client::identity::AccessToken;
    let (graph, server) = serve(1, |r, _| {
        assert_eq!(r.header("authorization"), Some("Bearer from-closure"));
        json(200, json!({"id": "1"}))
    });
    let calls = Arc::new(AtomicUsize::new(0));
    let counted = calls.clone();
    let credential = Credential::from_source(
        move |request: &graph_resource_client::identity::TokenRequest| {
            assert_eq!(request.scopes, [SCOPE]);
            counted.fetch_add(1, Ordering::SeqCst);
            Ok(AccessToken::new("from-closure", Duration::from_secs(3600)))
        },
    );
    let client = graph_resource_client::blocking::Client::with_credential(credential);
    let _: User = client
        .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
        .unwrap();
    let _ = server.join();
    let failing = Credential::from_source(|_: &graph_resource_client::identity::TokenRequest| {
        Err("vault locked".to_owned())
    });
    let client = graph_resource_client::blocking::Client::with_credential(failing);
    let err = client
        .get(&User::get().build(), "http://127.0.0.1:9/v1.0/me")
        .unwrap_err();
    assert!(
        matches!(&err, Error::Identity { message, .. } if message == "vault locked"),
        "{err}"
    );
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

/// The test app's certificate (`tests/data`, made with openssl; its SHA-256 thumbprint computed
/// by openssl too: `openssl x509 -outform DER | openssl dgst -sha256 -binary | base64url`).
const APP_CERT: &[u8] = include_bytes!("data/app-cert.pem");
const APP_KEY: &[u8] = include_bytes!("data/app-key.pem");
const APP_PUBLIC_PKCS1: &[u8] = include_bytes!("data/app-public-pkcs1.der");
const APP_THUMBPRINT: &str = "2xo8xy8dmofT52fp53QSbwf6ncy5NSZqoxrxlQn0xtg";

/// Client credentials with a certificate: the endpoint checks the assertion's header, claims
/// and signature (with the certificate's public key).
fn a_certificate_signs_its_assertion<E: Exec>(make: impl Fn(Credential) -> E) {
    let (authority, _identity) = serve(1, |r, addr| {
        let f = form(r);
        assert_eq!(f["grant_type"], "client_credentials");
        assert_eq!(
            f["client_assertion_type"],
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        );
        assert!(!f.contains_key("client_secret"));
        let jwt = &f["client_assertion"];
        let parts: Vec<&str> = jwt.split('.').collect();
        assert_eq!(parts.len(), 3);
        let decode = |p: &str| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(p)
                .unwrap()
        };
        let header: serde_json::Value = serde_json::from_slice(&decode(parts[0])).unwrap();
        assert_eq!(header["alg"], "RS256");
        assert_eq!(header["x5t#S256"], APP_THUMBPRINT);
        let claims: serde_json::Value = serde_json::from_slice(&decode(parts[1])).unwrap();
        assert_eq!(
            claims["aud"],
            format!("http://{addr}/contoso/oauth2/v2.0/token")
        );
        assert_eq!(claims["iss"], "app-id");
        assert_eq!(claims["sub"], "app-id");
        assert_eq!(
            claims["exp"].as_u64().unwrap() - claims["nbf"].as_u64().unwrap(),
            600
        );
        let key = ring::signature::UnparsedPublicKey::new(
            &ring::signature::RSA_PKCS1_2048_8192_SHA256,
            APP_PUBLIC_PKCS1,
        );
        let signed = format!("{}.{}", parts[0], parts[1]);
        key.verify(signed.as_bytes(), &decode(parts[2]))
            .expect("the assertion's signature verifies");
        // A tampered assertion does not.
        assert!(key
            .verify(format!("{signed}x").as_bytes(), &decode(parts[2]))
            .is_err());
        token("cert-token", 3600)
    });
    let (graph, server) = serve(1, |_, _| json(200, json!({"id": "1"})));
    let flow = ClientCertificate::from_pem("contoso", "app-id", APP_CERT, APP_KEY)
        .unwrap()
        .authority(Authority::Custom(format!("http://{authority}")));
    assert_eq!(flow.thumbprint(), APP_THUMBPRINT);
    assert!(!format!("{flow:?}").contains("PRIVATE"));
    let e = make(Credential::from_flow(flow));
    let _: User = e
        .get(&User::get().build(), &format!("http://{graph}/v1.0/me"))
        .unwrap();
    assert_eq!(
        server.join().unwrap()[0].header("authorization"),
        Some("Bearer cert-token")
    );
    assert!(ClientCertificate::from_pem(
        "t",
        "c",
        APP_CERT,
        b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
    )
    .is_err());
}
