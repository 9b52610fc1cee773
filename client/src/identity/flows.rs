//! The flows of the Microsoft identity platform, each a sans-IO machine over
//! [`Exchange`]s: client credentials (secret), device code (RFC 8628), refresh token, managed
//! identity (App Service, VM instance metadata) and workload identity (a federated token file).

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

use super::{AccessToken, Flow, TokenRequest};
use crate::machine::{Exchange, Machine, Step, TransportError};
use crate::{Error, Limits, RetryPolicy};

/// Where the identity platform is: one per national cloud, or any URL (a test's, a proxy's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Authority {
    /// `https://login.microsoftonline.com` (the public cloud).
    Public,
    /// `https://login.microsoftonline.us` (US Government).
    UsGovernment,
    /// `https://login.chinacloudapi.cn` (21Vianet).
    China,
    /// Any other, as `https://host[:port]` (no trailing slash needed).
    Custom(String),
}

impl Authority {
    /// Its URL.
    pub fn url(&self) -> &str {
        match self {
            Authority::Public => "https://login.microsoftonline.com",
            Authority::UsGovernment => "https://login.microsoftonline.us",
            Authority::China => "https://login.chinacloudapi.cn",
            Authority::Custom(url) => url.trim_end_matches('/'),
        }
    }

    fn endpoint(&self, tenant: &str, what: &str) -> String {
        format!("{}/{tenant}/oauth2/v2.0/{what}", self.url())
    }
}

/// A form `POST` to the identity platform.
fn form_post(url: &str, pairs: &[(&str, &str)]) -> Result<http::Request<Vec<u8>>, Error> {
    let mut form = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        form.append_pair(k, v);
    }
    http::Request::post(url)
        .header(
            http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .header(http::header::ACCEPT, "application/json")
        .body(form.finish().into_bytes())
        .map_err(|_| identity_error("the authority's URL is not a URL"))
}

fn identity_error(message: impl Into<String>) -> Error {
    Error::Identity {
        flow: "",
        message: message.into(),
    }
}

/// A number of seconds sent as a number or a string.
fn seconds(value: Option<&Value>) -> Option<u64> {
    match value? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// The identity platform's error: `error: description` (its first line, no secret: the
/// platform does not echo them).
fn platform_error(body: &Value, status: http::StatusCode) -> Error {
    let code = body.get("error").and_then(Value::as_str).unwrap_or("error");
    let description = body
        .get("error_description")
        .and_then(Value::as_str)
        .and_then(|d| d.lines().next())
        .unwrap_or("");
    identity_error(format!("{status}: {code}: {description}"))
}

/// A token answer: `access_token` with `expires_in` (seconds) or `expires_on` (epoch
/// seconds); anything else the platform's error.
fn read_token(response: &http::Response<Vec<u8>>) -> Result<AccessToken, Error> {
    let body: Value = serde_json::from_slice(response.body()).unwrap_or(Value::Null);
    if !response.status().is_success() {
        return Err(platform_error(&body, response.status()));
    }
    let secret = body
        .get("access_token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| identity_error("the answer has no access_token"))?;
    let lifetime = match seconds(body.get("expires_in")) {
        Some(s) => Duration::from_secs(s),
        None => {
            let on = seconds(body.get("expires_on")).ok_or_else(|| {
                identity_error("the answer says neither expires_in nor expires_on")
            })?;
            (SystemTime::UNIX_EPOCH + Duration::from_secs(on))
                .duration_since(SystemTime::now())
                .unwrap_or_default()
        }
    };
    let refresh = body
        .get("refresh_token")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok(AccessToken::new(secret, lifetime).with_refresh_token(refresh))
}

/// One request to the identity platform, its answer read as a token.
struct TokenCall {
    exchange: Exchange,
}

impl TokenCall {
    fn new(request: http::Request<Vec<u8>>) -> Box<Self> {
        Box::new(TokenCall {
            exchange: Exchange::new(request, &RetryPolicy::default(), &Limits::default()),
        })
    }
}

impl Machine for TokenCall {
    type Output = AccessToken;
    fn step(&mut self, token: &str) -> Step<AccessToken> {
        self.exchange.step(token).then(|r| read_token(&r))
    }
    fn answer(&mut self, outcome: Result<http::Response<Vec<u8>>, TransportError>) {
        self.exchange.answer(outcome);
    }
}

/// An app registration: its tenant and client id, and the authority it signs in at.
#[derive(Clone, Debug)]
struct App {
    tenant: String,
    client_id: String,
    authority: Authority,
}

impl App {
    fn new(tenant: impl Into<String>, client_id: impl Into<String>) -> App {
        App {
            tenant: tenant.into(),
            client_id: client_id.into(),
            authority: Authority::Public,
        }
    }

    fn endpoint(&self, what: &str) -> String {
        self.authority.endpoint(&self.tenant, what)
    }

    /// A request to the token endpoint: `grant` (the flow's own pairs), then `client_id`,
    /// `scope` and the claims of a claims challenge.
    fn token_call(
        &self,
        request: &TokenRequest,
        grant: &[(&str, &str)],
    ) -> Result<Box<dyn Machine<Output = AccessToken> + Send>, Error> {
        let scope = request.scopes.join(" ");
        let mut pairs = grant.to_vec();
        pairs.push(("client_id", &self.client_id));
        pairs.push(("scope", &scope));
        if let Some(claims) = &request.claims {
            pairs.push(("claims", claims));
        }
        Ok(TokenCall::new(form_post(&self.endpoint("token"), &pairs)?))
    }
}

/// The grant of client credentials with an assertion.
const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// Client credentials with a secret: `grant_type=client_credentials`.
pub struct ClientSecret {
    app: App,
    secret: String,
}

impl ClientSecret {
    /// For the app `client_id` of `tenant`, with `secret`.
    pub fn new(
        tenant: impl Into<String>,
        client_id: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        ClientSecret {
            app: App::new(tenant, client_id),
            secret: secret.into(),
        }
    }

    /// Another authority (a national cloud, a test server).
    #[must_use]
    pub fn authority(mut self, authority: Authority) -> Self {
        self.app.authority = authority;
        self
    }
}

impl fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientSecret")
            .field("app", &self.app)
            .field("secret", &"<redacted>")
            .finish()
    }
}

impl Flow for ClientSecret {
    fn name(&self) -> &'static str {
        "client credentials"
    }
    fn start(
        &self,
        request: &TokenRequest,
    ) -> Result<Box<dyn Machine<Output = AccessToken> + Send>, Error> {
        self.app.token_call(
            request,
            &[
                ("grant_type", "client_credentials"),
                ("client_secret", &self.secret),
            ],
        )
    }
}

/// Workload identity: client credentials whose assertion is the federated token in a file
/// (read again for every token: Kubernetes rotates it).
pub struct WorkloadIdentity {
    app: App,
    token_file: PathBuf,
}

impl WorkloadIdentity {
    /// For the app `client_id` of `tenant`, the assertion in `token_file`.
    pub fn new(
        tenant: impl Into<String>,
        client_id: impl Into<String>,
        token_file: impl Into<PathBuf>,
    ) -> Self {
        WorkloadIdentity {
            app: App::new(tenant, client_id),
            token_file: token_file.into(),
        }
    }

    /// Another authority.
    #[must_use]
    pub fn authority(mut self, authority: Authority) -> Self {
        self.app.authority = authority;
        self
    }
}

impl fmt::Debug for WorkloadIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WorkloadIdentity")
            .field("app", &self.app)
            .field("token_file", &self.token_file)
            .finish()
    }
}

impl Flow for WorkloadIdentity {
    fn name(&self) -> &'static str {
        "workload identity"
    }
    fn start(
        &self,
        request: &TokenRequest,
    ) -> Result<Box<dyn Machine<Output = AccessToken> + Send>, Error> {
        let assertion = std::fs::read_to_string(&self.token_file).map_err(|e| {
            identity_error(format!(
                "the federated token file cannot be read: {}",
                e.kind()
            ))
        })?;
        self.app.token_call(
            request,
            &[
                ("grant_type", "client_credentials"),
                ("client_assertion_type", JWT_BEARER),
                ("client_assertion", assertion.trim()),
            ],
        )
    }
}

/// A refresh token you have: `grant_type=refresh_token`; the rotated refresh token the
/// platform sends back replaces it.
pub struct RefreshToken {
    app: App,
    refresh_token: Mutex<String>,
}

impl RefreshToken {
    /// For the (public) app `client_id` of `tenant`.
    pub fn new(
        tenant: impl Into<String>,
        client_id: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        RefreshToken {
            app: App::new(tenant, client_id),
            refresh_token: Mutex::new(refresh_token.into()),
        }
    }

    /// Another authority.
    #[must_use]
    pub fn authority(mut self, authority: Authority) -> Self {
        self.app.authority = authority;
        self
    }
}

impl fmt::Debug for RefreshToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RefreshToken")
            .field("app", &self.app)
            .field("refresh_token", &"<redacted>")
            .finish()
    }
}

impl Flow for RefreshToken {
    fn name(&self) -> &'static str {
        "refresh token"
    }
    fn start(
        &self,
        request: &TokenRequest,
    ) -> Result<Box<dyn Machine<Output = AccessToken> + Send>, Error> {
        let refresh = self
            .refresh_token
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        self.app.token_call(
            request,
            &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
        )
    }
    fn obtained(&self, token: &AccessToken) {
        if let Some(rotated) = &token.refresh_token {
            *self.refresh_token.lock().unwrap_or_else(|e| e.into_inner()) = rotated.clone();
        }
    }
}

/// What the device code flow shows the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceCodeInfo {
    /// The code to enter.
    pub user_code: String,
    /// Where to enter it.
    pub verification_uri: String,
    /// The platform's sentence saying both.
    pub message: String,
}

type Show = Arc<dyn Fn(&DeviceCodeInfo) + Send + Sync>;

/// The device code flow (RFC 8628): a code the user enters on another device, then polling
/// the token endpoint at the platform's interval (`authorization_pending`: again; `slow_down`:
/// 5 s more; `expired_token`, `access_denied`, or the code's lifetime over: an error).
pub struct DeviceCode {
    app: App,
    show: Show,
}

impl DeviceCode {
    /// For the (public) app `client_id` of `tenant`; `show` gets the code.
    pub fn new(
        tenant: impl Into<String>,
        client_id: impl Into<String>,
        show: impl Fn(&DeviceCodeInfo) + Send + Sync + 'static,
    ) -> Self {
        DeviceCode {
            app: App::new(tenant, client_id),
            show: Arc::new(show),
        }
    }

    /// Another authority.
    #[must_use]
    pub fn authority(mut self, authority: Authority) -> Self {
        self.app.authority = authority;
        self
    }
}

impl fmt::Debug for DeviceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeviceCode")
            .field("app", &self.app)
            .finish()
    }
}

impl Flow for DeviceCode {
    fn name(&self) -> &'static str {
        "device code"
    }
    fn start(
        &self,
        request: &TokenRequest,
    ) -> Result<Box<dyn Machine<Output = AccessToken> + Send>, Error> {
        let scope = request.scopes.join(" ");
        let mut pairs = vec![
            ("client_id", self.app.client_id.as_str()),
            ("scope", &scope),
        ];
        if let Some(claims) = &request.claims {
            pairs.push(("claims", claims));
        }
        let ask = form_post(&self.app.endpoint("devicecode"), &pairs)?;
        Ok(Box::new(DevicePoll {
            token_url: self.app.endpoint("token"),
            client_id: self.app.client_id.clone(),
            show: self.show.clone(),
            exchange: Exchange::new(ask, &RetryPolicy::default(), &Limits::default()),
            polling: None,
            waited: false,
        }))
    }
}

/// What the platform's device code answer set: the code to poll with, how often, until when.
struct Polling {
    device_code: String,
    interval: Duration,
    deadline: Instant,
}

/// The device code flow as a machine: one exchange for the code, then one per poll, a wait of
/// the interval before each.
struct DevicePoll {
    token_url: String,
    client_id: String,
    show: Show,
    /// The code's request, then the current poll.
    exchange: Exchange,
    /// `None` until the code is got.
    polling: Option<Polling>,
    /// A wait was asked for: the next step polls.
    waited: bool,
}

impl DevicePoll {
    fn poll(&self, device_code: &str) -> Result<Exchange, Error> {
        let request = form_post(
            &self.token_url,
            &[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("client_id", &self.client_id),
                ("device_code", device_code),
            ],
        )?;
        Ok(Exchange::new(
            request,
            &RetryPolicy::none(),
            &Limits::default(),
        ))
    }

    /// The code's answer: shown to the user, and what to poll with.
    fn code(&self, response: &http::Response<Vec<u8>>) -> Result<Polling, Error> {
        let body: Value = serde_json::from_slice(response.body()).unwrap_or(Value::Null);
        if !response.status().is_success() {
            return Err(platform_error(&body, response.status()));
        }
        let text = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_owned);
        let device_code =
            text("device_code").ok_or_else(|| identity_error("the answer has no device_code"))?;
        let info = DeviceCodeInfo {
            user_code: text("user_code")
                .ok_or_else(|| identity_error("the answer has no user_code"))?,
            verification_uri: text("verification_uri").unwrap_or_default(),
            message: text("message").unwrap_or_default(),
        };
        let lifetime = Duration::from_secs(seconds(body.get("expires_in")).unwrap_or(900));
        (self.show)(&info);
        Ok(Polling {
            device_code,
            interval: Duration::from_secs(seconds(body.get("interval")).unwrap_or(5)),
            deadline: Instant::now() + lifetime,
        })
    }
}

/// A poll's answer: the token, `None` to poll again (`slow_down` lengthening `interval`), or
/// why the flow ends.
fn polled(
    response: &http::Response<Vec<u8>>,
    interval: &mut Duration,
) -> Option<Result<AccessToken, Error>> {
    if response.status().is_success() {
        return Some(read_token(response));
    }
    let body: Value = serde_json::from_slice(response.body()).unwrap_or(Value::Null);
    match body.get("error").and_then(Value::as_str) {
        Some("authorization_pending") => None,
        Some("slow_down") => {
            *interval += Duration::from_secs(5);
            None
        }
        Some("expired_token") => Some(Err(identity_error(
            "the device code expired before the user signed in",
        ))),
        Some("access_denied" | "authorization_declined") => {
            Some(Err(identity_error("the user declined the sign-in")))
        }
        _ => Some(Err(platform_error(&body, response.status()))),
    }
}

impl Machine for DevicePoll {
    type Output = AccessToken;

    fn step(&mut self, token: &str) -> Step<AccessToken> {
        if std::mem::take(&mut self.waited) {
            let code = &self
                .polling
                .as_ref()
                .expect("a wait follows the code")
                .device_code;
            match self.poll(code) {
                Ok(e) => self.exchange = e,
                Err(e) => return Step::Done(Err(e)),
            }
        }
        let response = match self.exchange.step(token) {
            Step::Done(Ok(r)) => r,
            Step::Done(Err(e)) => return Step::Done(Err(e)),
            Step::Send(r) => return Step::Send(r),
            Step::Wait(d) => return Step::Wait(d),
        };
        let polling = match &mut self.polling {
            None => match self.code(&response) {
                Ok(p) => self.polling.insert(p),
                Err(e) => return Step::Done(Err(e)),
            },
            Some(p) => match polled(&response, &mut p.interval) {
                Some(done) => return Step::Done(done),
                None => p,
            },
        };
        if Instant::now() >= polling.deadline {
            return Step::Done(Err(identity_error(
                "the device code expired before the user signed in",
            )));
        }
        self.waited = true;
        Step::Wait(polling.interval)
    }

    fn answer(&mut self, outcome: Result<http::Response<Vec<u8>>, TransportError>) {
        self.exchange.answer(outcome);
    }
}

/// A managed identity: App Service's endpoint (`IDENTITY_ENDPOINT` with the secret header
/// `IDENTITY_HEADER`) when set, else the VM's instance metadata endpoint (`Metadata: true`).
pub struct ManagedIdentity {
    endpoint: String,
    header: Option<String>,
    client_id: Option<String>,
}

/// The VM's instance metadata endpoint.
const IMDS: &str = "http://169.254.169.254/metadata/identity/oauth2/token";

impl ManagedIdentity {
    /// From the process environment.
    pub fn from_env() -> Self {
        ManagedIdentity::from_vars(&|name: &str| std::env::var(name).ok())
    }

    /// From `var`: App Service when `IDENTITY_ENDPOINT` and `IDENTITY_HEADER` are set, else
    /// the instance metadata endpoint.
    pub fn from_vars(var: &dyn Fn(&str) -> Option<String>) -> Self {
        match (var("IDENTITY_ENDPOINT"), var("IDENTITY_HEADER")) {
            (Some(endpoint), Some(header)) => ManagedIdentity {
                endpoint,
                header: Some(header),
                client_id: None,
            },
            _ => ManagedIdentity::instance_metadata(IMDS),
        }
    }

    /// The instance metadata endpoint at `endpoint` (tests, proxies).
    pub fn instance_metadata(endpoint: impl Into<String>) -> Self {
        ManagedIdentity {
            endpoint: endpoint.into(),
            header: None,
            client_id: None,
        }
    }

    /// A user-assigned identity, by its client id.
    #[must_use]
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.client_id = Some(client_id.into());
        self
    }
}

impl fmt::Debug for ManagedIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ManagedIdentity")
            .field("app_service", &self.header.is_some())
            .field("client_id", &self.client_id)
            .finish()
    }
}

impl Flow for ManagedIdentity {
    fn name(&self) -> &'static str {
        "managed identity"
    }
    fn start(
        &self,
        request: &TokenRequest,
    ) -> Result<Box<dyn Machine<Output = AccessToken> + Send>, Error> {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        let version = if self.header.is_some() {
            "2019-08-01"
        } else {
            "2018-02-01"
        };
        query.append_pair("api-version", version);
        query.append_pair("resource", &request.resource());
        if let Some(id) = &self.client_id {
            query.append_pair("client_id", id);
        }
        let url = format!("{}?{}", self.endpoint, query.finish());
        let mut builder = http::Request::get(url).header(http::header::ACCEPT, "application/json");
        builder = match &self.header {
            Some(secret) => builder.header("x-identity-header", secret.as_str()),
            None => builder.header("metadata", "true"),
        };
        let request = builder
            .body(Vec::new())
            .map_err(|_| identity_error("the managed identity endpoint is not a URL"))?;
        Ok(TokenCall::new(request))
    }
}

/// Client credentials with a certificate: a client assertion (a JWT signed `RS256` with the
/// certificate's private key, `x5t#S256` the certificate's SHA-256 thumbprint, valid 10
/// minutes, for the token endpoint) instead of a secret. Feature `certificate`.
#[cfg(feature = "certificate")]
pub struct ClientCertificate {
    app: App,
    key: ring::signature::RsaKeyPair,
    thumbprint: String,
}

#[cfg(feature = "certificate")]
impl ClientCertificate {
    /// For the app `client_id` of `tenant`: its certificate and RSA private key (PKCS#8 or
    /// PKCS#1), both PEM.
    pub fn from_pem(
        tenant: impl Into<String>,
        client_id: impl Into<String>,
        certificate_pem: &[u8],
        private_key_pem: &[u8],
    ) -> Result<Self, Error> {
        use rustls_pki_types::pem::PemObject;
        use rustls_pki_types::{CertificateDer, PrivateKeyDer};
        let cert = CertificateDer::from_pem_slice(certificate_pem)
            .map_err(|_| identity_error("the certificate is not a PEM certificate"))?;
        let key = match PrivateKeyDer::from_pem_slice(private_key_pem) {
            Ok(PrivateKeyDer::Pkcs8(k)) => {
                ring::signature::RsaKeyPair::from_pkcs8(k.secret_pkcs8_der())
            }
            Ok(PrivateKeyDer::Pkcs1(k)) => {
                ring::signature::RsaKeyPair::from_der(k.secret_pkcs1_der())
            }
            _ => {
                return Err(identity_error(
                    "the private key is not a PEM RSA key (PKCS#8 or PKCS#1)",
                ))
            }
        }
        .map_err(|_| identity_error("the private key is not a usable RSA key"))?;
        let digest = ring::digest::digest(&ring::digest::SHA256, cert.as_ref());
        Ok(ClientCertificate {
            app: App::new(tenant, client_id),
            key,
            thumbprint: b64url(digest.as_ref()),
        })
    }

    /// Another authority.
    #[must_use]
    pub fn authority(mut self, authority: Authority) -> Self {
        self.app.authority = authority;
        self
    }

    /// The certificate's SHA-256 thumbprint as the assertion's `x5t#S256` carries it.
    pub fn thumbprint(&self) -> &str {
        &self.thumbprint
    }

    /// A signed assertion for `audience` (the token endpoint).
    fn assertion(&self, audience: &str) -> Result<String, Error> {
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let rng = ring::rand::SystemRandom::new();
        let mut jti = [0u8; 16];
        ring::rand::SecureRandom::fill(&rng, &mut jti)
            .map_err(|_| identity_error("no randomness for the assertion's jti"))?;
        let header = serde_json::json!({"alg": "RS256", "typ": "JWT", "x5t#S256": self.thumbprint});
        let claims = serde_json::json!({
            "aud": audience,
            "iss": self.app.client_id,
            "sub": self.app.client_id,
            "jti": jti.iter().map(|b| format!("{b:02x}")).collect::<String>(),
            "iat": now,
            "nbf": now,
            "exp": now + 600,
        });
        let signed = format!(
            "{}.{}",
            b64url(header.to_string().as_bytes()),
            b64url(claims.to_string().as_bytes())
        );
        let mut signature = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(
                &ring::signature::RSA_PKCS1_SHA256,
                &rng,
                signed.as_bytes(),
                &mut signature,
            )
            .map_err(|_| identity_error("the assertion could not be signed"))?;
        Ok(format!("{signed}.{}", b64url(&signature)))
    }
}

#[cfg(feature = "certificate")]
fn b64url(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(feature = "certificate")]
impl fmt::Debug for ClientCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCertificate")
            .field("app", &self.app)
            .field("thumbprint", &self.thumbprint)
            .field("key", &"<redacted>")
            .finish()
    }
}

#[cfg(feature = "certificate")]
impl Flow for ClientCertificate {
    fn name(&self) -> &'static str {
        "client certificate"
    }
    fn start(
        &self,
        request: &TokenRequest,
    ) -> Result<Box<dyn Machine<Output = AccessToken> + Send>, Error> {
        let assertion = self.assertion(&self.app.endpoint("token"))?;
        self.app.token_call(
            request,
            &[
                ("grant_type", "client_credentials"),
                ("client_assertion_type", JWT_BEARER),
                ("client_assertion", &assertion),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str) -> http::Response<Vec<u8>> {
        http::Response::builder()
            .status(status)
            .body(body.as_bytes().to_vec())
            .unwrap()
    }

    /// RFC 8628 §3.5: pending polls again, slow_down polls again 5 s later, expired and
    /// declined end the flow, anything else is the platform's error.
    #[test]
    fn a_polls_answer() {
        let mut interval = Duration::from_secs(1);
        assert!(polled(
            &answer(400, r#"{"error":"authorization_pending"}"#),
            &mut interval
        )
        .is_none());
        assert_eq!(interval, Duration::from_secs(1));
        assert!(polled(&answer(400, r#"{"error":"slow_down"}"#), &mut interval).is_none());
        assert_eq!(interval, Duration::from_secs(6));
        for (error, why) in [
            ("expired_token", "expired"),
            ("access_denied", "declined"),
            ("authorization_declined", "declined"),
            ("bad_verification_code", "bad_verification_code"),
        ] {
            let body = format!(r#"{{"error":"{error}"}}"#);
            let err = polled(&answer(400, &body), &mut interval)
                .unwrap()
                .unwrap_err();
            assert!(err.to_string().contains(why), "{error}: {err}");
        }
        let token = polled(
            &answer(200, r#"{"access_token":"t","expires_in":60}"#),
            &mut interval,
        );
        assert_eq!(token.unwrap().unwrap().secret(), "t");
    }
}
