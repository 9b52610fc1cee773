//! HTTPS for real, on both executors (feature `rustls`): a test CA and server certificates
//! made here with rcgen, a Graph-shaped server and an identity endpoint over TLS. A paging run
//! across a token expiry renews once, a claims challenge then success, 20 concurrent requests
//! renew once; an untrusted, a wrong-name and an expired certificate are TLS errors, never
//! retried.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use common::{json, serve_tls, Action, Exec, Received, TOKEN};
use graph_resource::prelude::*;
use graph_resource_client::identity::{Authority, ClientSecret, Credential};
use graph_resource_client::{Error, RetryPolicy, TransportKind};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use serde_json::json;

/// v1.0 `user` (a slice).
#[graph_resource(inherits = entity)]
pub struct User {
    pub display_name: Option<String>,
}

/// A CA, and server configurations signed by it.
struct Pki {
    root_pem: String,
    issuer: Issuer<'static, KeyPair>,
}

impl Pki {
    fn new() -> Pki {
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(DnType::CommonName, "graph-resource test CA");
        let root = params.self_signed(&key).unwrap();
        Pki {
            root_pem: root.pem(),
            issuer: Issuer::new(params, key),
        }
    }

    /// A server certificate for `names`, valid now or (`expired`) only in 2019.
    fn server(&self, names: &[&str], expired: bool) -> Arc<rustls::ServerConfig> {
        let key = KeyPair::generate().unwrap();
        let mut params =
            CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
                .unwrap();
        if expired {
            params.not_before = rcgen::date_time_ymd(2019, 1, 1);
            params.not_after = rcgen::date_time_ymd(2019, 12, 31);
        }
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        let key = rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der()).unwrap();
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert.der().clone()], key)
        .unwrap();
        Arc::new(config)
    }
}

fn ureq(root: Option<&str>) -> common::Blocking {
    let mut client = graph_resource_client::blocking::Client::new(TOKEN);
    if let Some(pem) = root {
        client = client.trust_root_pem(pem.as_bytes()).unwrap();
    }
    common::Blocking(
        client.with_policy(RetryPolicy::default().base_delay(Duration::from_millis(10))),
    )
}

fn reqwest(root: Option<&str>) -> common::Async {
    let mut client = graph_resource_client::nonblocking::Client::new(TOKEN);
    if let Some(pem) = root {
        client = client.trust_root_pem(pem.as_bytes()).unwrap();
    }
    common::Async {
        client: client.with_policy(RetryPolicy::default().base_delay(Duration::from_millis(10))),
        runtime: tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap(),
    }
}

#[test]
fn refused_certificates_ureq() {
    refused_certificates(ureq);
}

#[test]
fn refused_certificates_reqwest() {
    refused_certificates(reqwest);
}

/// Untrusted, wrong name, expired: each a TLS error after one connection (never retried).
fn refused_certificates<E: Exec>(make: impl Fn(Option<&str>) -> E) {
    let pki = Pki::new();
    let cases = [
        (
            "untrusted",
            pki.server(&["localhost", "127.0.0.1"], false),
            None,
        ),
        (
            "wrong name",
            pki.server(&["graph.contoso.example"], false),
            Some(pki.root_pem.as_str()),
        ),
        (
            "expired",
            pki.server(&["localhost", "127.0.0.1"], true),
            Some(pki.root_pem.as_str()),
        ),
    ];
    for (case, config, root) in cases {
        let ((addr, _server), connections) =
            serve_tls(1, Duration::from_secs(2), config, |_, _| {
                json(200, json!({"id": "1"}))
            });
        let e = make(root);
        let err = e
            .get(&User::get().build(), &format!("https://{addr}/v1.0/me"))
            .unwrap_err();
        assert_eq!(
            err.transport_kind(),
            Some(TransportKind::Tls),
            "{} {case}: {err}",
            e.name()
        );
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(
            connections.load(Ordering::SeqCst),
            1,
            "{} {case}: retried",
            e.name()
        );
    }
}

#[test]
fn graph_and_identity_over_tls_ureq() {
    graph_and_identity_over_tls(|root, credential| {
        common::Blocking(
            graph_resource_client::blocking::Client::with_credential(credential)
                .trust_root_pem(root.as_bytes())
                .unwrap(),
        )
    });
}

#[test]
fn graph_and_identity_over_tls_reqwest() {
    graph_and_identity_over_tls(|root, credential| common::Async {
        client: graph_resource_client::nonblocking::Client::with_credential(credential)
            .trust_root_pem(root.as_bytes())
            .unwrap(),
        runtime: tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap(),
    });
}

fn form(r: &Received) -> std::collections::HashMap<String, String> {
    url::form_urlencoded::parse(&r.body).into_owned().collect()
}

/// The identity endpoint and Graph both over TLS: tokens living 4 s, a paging run whose second
/// page takes 2.5 s (one renewal), then a claims challenge answered with a new token.
fn graph_and_identity_over_tls<E: Exec>(make: impl Fn(&str, Credential) -> E) {
    let pki = Pki::new();
    let given = Arc::new(AtomicUsize::new(0));
    let count = given.clone();
    let claims = r#"{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}"#;
    let ((identity, _identity), _) = serve_tls(
        3,
        Duration::from_secs(30),
        pki.server(&["localhost"], false),
        move |r, _| {
            let f = form(r);
            assert_eq!(f["grant_type"], "client_credentials");
            assert_eq!(f["client_secret"], "s3cret");
            let n = count.fetch_add(1, Ordering::SeqCst) + 1;
            if n == 3 {
                assert_eq!(f.get("claims").map(String::as_str), Some(claims));
            }
            json(
                200,
                json!({"access_token": format!("tok-{n}"), "expires_in": 4}),
            )
        },
    );
    let mut n = 0;
    let ((graph, server), _) = serve_tls(
        5,
        Duration::from_secs(30),
        pki.server(&["localhost", "127.0.0.1"], false),
        move |r, addr| {
            n += 1;
            let next = |k: u32| format!("https://{addr}/v1.0/users?$skiptoken={k}");
            match n {
                1 => json(
                    200,
                    json!({"value": [{"id": "1"}], "@odata.nextLink": next(2)}),
                ),
                2 => {
                    std::thread::sleep(Duration::from_millis(2500));
                    json(
                        200,
                        json!({"value": [{"id": "2"}], "@odata.nextLink": next(3)}),
                    )
                }
                3 => json(200, json!({"value": [{"id": "3"}]})),
                4 => Action::Reply(
                    401,
                    vec![(
                        "WWW-Authenticate",
                        format!(
                            r#"Bearer realm="", error="insufficient_claims", claims="{}""#,
                            base64::engine::general_purpose::STANDARD.encode(claims)
                        ),
                    )],
                    vec![],
                ),
                _ => {
                    assert_eq!(r.header("authorization"), Some("Bearer tok-3"));
                    json(200, json!({"id": "me"}))
                }
            }
        },
    );
    let credential =
        Credential::from_flow(ClientSecret::new("contoso", "app", "s3cret").authority(
            Authority::Custom(format!("https://localhost:{}", identity.port())),
        ));
    let e = make(&pki.root_pem, credential.clone());
    let pages = e.all_pages(User::list().build(), &format!("https://{graph}/v1.0/users"));
    assert!(
        pages.iter().all(Result::is_ok) && pages.len() == 3,
        "{}: {pages:?}",
        e.name()
    );
    let me: User = e
        .get(&User::get().build(), &format!("https://{graph}/v1.0/me"))
        .unwrap();
    assert_eq!(me.id.as_deref(), Some("me"));
    let got = server.join().unwrap();
    let tokens: Vec<_> = got
        .iter()
        .map(|r| r.header("authorization").unwrap().to_owned())
        .collect();
    assert_eq!(
        tokens,
        [
            "Bearer tok-1",
            "Bearer tok-1",
            "Bearer tok-2",
            "Bearer tok-2",
            "Bearer tok-3"
        ],
        "{}",
        e.name()
    );
    assert_eq!(credential.renewals(), 3);
}

/// 20 concurrent requests over TLS: one token.
#[test]
fn twenty_concurrent_requests_over_tls_renew_once_ureq() {
    twenty_concurrent_over_tls(|root, credential, url| {
        let client = graph_resource_client::blocking::Client::with_credential(credential)
            .trust_root_pem(root.as_bytes())
            .unwrap();
        std::thread::scope(|s| {
            for _ in 0..20 {
                let client = client.clone();
                s.spawn(move || client.get(&User::get().build(), url).unwrap());
            }
        });
    });
}

#[test]
fn twenty_concurrent_requests_over_tls_renew_once_reqwest() {
    twenty_concurrent_over_tls(|root, credential, url| {
        let client = graph_resource_client::nonblocking::Client::with_credential(credential)
            .trust_root_pem(root.as_bytes())
            .unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let request = User::get().build();
        runtime.block_on(async {
            let calls = (0..20).map(|_| client.get(&request, url));
            for result in futures_util::future::join_all(calls).await {
                result.unwrap();
            }
        });
    });
}

/// An identity endpoint (slow: renewals overlap if they can) and Graph over TLS; `run` makes
/// 20 concurrent requests to the URL with the root and credential it is given.
fn twenty_concurrent_over_tls(run: impl FnOnce(&str, Credential, &str)) {
    let pki = Pki::new();
    let given = Arc::new(AtomicUsize::new(0));
    let count = given.clone();
    let ((identity, _i), _) = serve_tls(
        1,
        Duration::from_secs(30),
        pki.server(&["localhost"], false),
        move |_, _| {
            count.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(200));
            json(200, json!({"access_token": "tok", "expires_in": 3600}))
        },
    );
    let ((graph, server), _) = serve_tls(
        20,
        Duration::from_secs(30),
        pki.server(&["127.0.0.1"], false),
        |_, _| json(200, json!({"id": "1"})),
    );
    let credential =
        Credential::from_flow(ClientSecret::new("contoso", "app", "s3cret").authority(
            Authority::Custom(format!("https://localhost:{}", identity.port())),
        ));
    run(
        &pki.root_pem,
        credential,
        &format!("https://{graph}/v1.0/me"),
    );
    assert_eq!(given.load(Ordering::SeqCst), 1);
    let got = server.join().unwrap();
    assert_eq!(got.len(), 20);
    assert!(got
        .iter()
        .all(|r| r.header("authorization") == Some("Bearer tok")));
}

/// Without the feature's TLS an `https` URL would be a transport error of kind TLS; with it,
/// a bad PEM text is refused when it is given.
#[test]
fn a_root_that_is_not_pem_is_refused() {
    let err = graph_resource_client::blocking::Client::new(TOKEN)
        .trust_root_pem(b"not a certificate")
        .unwrap_err();
    assert!(matches!(&err, Error::Transport { .. }), "{err}");
    assert_eq!(err.transport_kind(), Some(TransportKind::Tls));
}
