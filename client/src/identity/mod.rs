//! Tokens that get and renew themselves: a [`Credential`] (a [`Flow`] of the Microsoft
//! identity platform, or a [`TokenSource`] of yours) that the executors ask before every
//! request, cached until shortly before it expires, renewed once for all concurrent requests,
//! and asked again with the service's claims when Graph answers a claims challenge.
//!
//! The flows are sans-IO machines like the rest of [`machine`](crate::machine): each executor
//! drives them over its own HTTP stack, so they behave the same on both.
//!
//! | flow | for | made with |
//! |---|---|---|
//! | [`ClientSecret`] | a daemon or service (app-only), with a secret | [`Credential::client_secret`] |
//! | `ClientCertificate` (feature `certificate`) | the same, with a certificate (a signed client assertion) | [`Credential::from_flow`] |
//! | [`DeviceCode`] | a CLI acting for a user who signs in on another device (RFC 8628) | [`Credential::device_code`] |
//! | [`RefreshToken`] | a user's refresh token you already have | [`Credential::refresh_token`] |
//! | [`ManagedIdentity`] | code on an Azure VM or App Service, no secret at all | [`Credential::managed_identity`] |
//! | [`WorkloadIdentity`] | Kubernetes (a federated token file) | [`Credential::workload_identity`] |
//! | [`Credential::environment`] | whatever the `AZURE_*` variables say, else managed identity | like `DefaultAzureCredential` |
//! | [`TokenSource`] / [`AsyncTokenSource`] | anything else (a closure, `azure_identity`) | [`Credential::from_source`] |

mod flows;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use http::header::{HeaderValue, AUTHORIZATION, WWW_AUTHENTICATE};

#[cfg(feature = "certificate")]
pub use flows::ClientCertificate;
pub use flows::{
    Authority, ClientSecret, DeviceCode, DeviceCodeInfo, ManagedIdentity, RefreshToken,
    WorkloadIdentity,
};

use crate::machine::Machine;
use crate::Error;

/// An access token and when it expires. Its `Debug` never shows the token.
#[derive(Clone)]
pub struct AccessToken {
    secret: String,
    expires_at: SystemTime,
    obtained_at: SystemTime,
    refresh_token: Option<String>,
}

impl AccessToken {
    /// `secret`, valid for `lifetime` from now.
    pub fn new(secret: impl Into<String>, lifetime: Duration) -> Self {
        let now = SystemTime::now();
        AccessToken {
            secret: secret.into(),
            expires_at: now + lifetime,
            obtained_at: now,
            refresh_token: None,
        }
    }

    /// The token to send (`Authorization: Bearer <secret>`).
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// When it expires.
    pub fn expires_at(&self) -> SystemTime {
        self.expires_at
    }

    /// Whether it is still good to send: more than `min(5 minutes, half its lifetime)` left
    /// (Azure Identity renews 5 minutes early; a token that lives less than 10 minutes is
    /// renewed in its second half).
    pub fn is_fresh(&self) -> bool {
        let lifetime = self
            .expires_at
            .duration_since(self.obtained_at)
            .unwrap_or_default();
        let margin = (lifetime / 2).min(Duration::from_secs(300));
        SystemTime::now() + margin < self.expires_at
    }

    pub(crate) fn with_refresh_token(mut self, refresh_token: Option<String>) -> Self {
        self.refresh_token = refresh_token;
        self
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("secret", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// What a token is asked for: the scopes (`https://graph.microsoft.com/.default`) and, after a
/// claims challenge, the claims the service asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenRequest {
    /// The scopes.
    pub scopes: Vec<String>,
    /// The claims of a claims challenge (a JSON text), to send to the identity platform.
    pub claims: Option<String>,
}

impl TokenRequest {
    /// For `scopes`, without claims.
    pub fn new(scopes: &[String]) -> Self {
        TokenRequest {
            scopes: scopes.to_vec(),
            claims: None,
        }
    }

    /// The one resource of the scopes, as the managed-identity endpoints want it
    /// (`https://graph.microsoft.com`).
    pub fn resource(&self) -> String {
        let scope = self.scopes.first().map_or("", String::as_str);
        scope.trim_end_matches("/.default").to_owned()
    }
}

/// The scope of a Graph root: `https://graph.microsoft.com/.default` for
/// `https://graph.microsoft.com/v1.0`; a national cloud's own host for its root.
///
/// ```
/// use graph_resource_client::identity::scope_for_root;
/// assert_eq!(scope_for_root("https://graph.microsoft.com/v1.0"), "https://graph.microsoft.com/.default");
/// assert_eq!(scope_for_root("https://microsoftgraph.chinacloudapi.cn/beta"), "https://microsoftgraph.chinacloudapi.cn/.default");
/// ```
pub fn scope_for_root(root: &str) -> String {
    let (scheme, rest) = root.split_once("://").unwrap_or(("https", root));
    let host = rest.split(['/', '?']).next().unwrap_or(rest);
    format!("{scheme}://{host}/.default")
}

/// The scopes a client asks for by default: Graph's public cloud
/// (`https://graph.microsoft.com/.default`).
pub fn default_scopes() -> Vec<String> {
    vec![scope_for_root("https://graph.microsoft.com/v1.0")]
}

/// A way to get a token from the Microsoft identity platform, as a sans-IO machine the
/// executor drives.
pub trait Flow: Send + Sync {
    /// Its name, in errors (`client credentials`, `device code`, …).
    fn name(&self) -> &'static str;

    /// A machine that gets one token for `request`.
    fn start(
        &self,
        request: &TokenRequest,
    ) -> Result<Box<dyn Machine<Output = AccessToken> + Send>, Error>;

    /// A token it got (a refresh token flow keeps the rotated refresh token).
    fn obtained(&self, _token: &AccessToken) {}
}

/// A token source of yours, blocking form: a closure or any type (an adapter over
/// `azure_identity`'s `TokenCredential`). The async executor calls it too, inline.
pub trait TokenSource: Send + Sync {
    /// A token for `request` (or why not).
    fn token(&self, request: &TokenRequest) -> Result<AccessToken, String>;
}

impl<F: Fn(&TokenRequest) -> Result<AccessToken, String> + Send + Sync> TokenSource for F {
    fn token(&self, request: &TokenRequest) -> Result<AccessToken, String> {
        self(request)
    }
}

/// The future an [`AsyncTokenSource`] returns.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<AccessToken, String>> + Send + 'a>>;

/// A token source of yours, async form (only the async executor can use it).
pub trait AsyncTokenSource: Send + Sync {
    /// A token for `request` (or why not).
    fn token<'a>(&'a self, request: &'a TokenRequest) -> TokenFuture<'a>;
}

/// Where a credential's tokens come from.
pub(crate) enum Source {
    Static(String),
    Flow(Box<dyn Flow>),
    Blocking(Box<dyn TokenSource>),
    // Read by the async executor only.
    #[cfg_attr(not(feature = "reqwest"), allow(dead_code))]
    Async(Box<dyn AsyncTokenSource>),
}

/// Where a client's tokens come from, shared by its clones: cached, renewed once for every
/// concurrent request, renewal errors naming the flow. `Credential::from(token)` is a static
/// token (never renewed).
#[derive(Clone)]
pub struct Credential {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) source: Source,
    cache: Mutex<Option<AccessToken>>,
    pub(crate) gate: Mutex<()>,
    #[cfg(feature = "reqwest")]
    pub(crate) async_gate: tokio::sync::Mutex<()>,
    renewals: AtomicU64,
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.inner.source {
            Source::Static(_) => "static token",
            Source::Flow(flow) => flow.name(),
            Source::Blocking(_) => "token source",
            Source::Async(_) => "async token source",
        };
        f.debug_struct("Credential")
            .field("source", &kind)
            .field("renewals", &self.renewals())
            .finish()
    }
}

impl<S: Into<String>> From<S> for Credential {
    fn from(token: S) -> Self {
        Credential::with_source(Source::Static(token.into()))
    }
}

impl Credential {
    fn with_source(source: Source) -> Self {
        Credential {
            inner: Arc::new(Inner {
                source,
                cache: Mutex::new(None),
                gate: Mutex::new(()),
                #[cfg(feature = "reqwest")]
                async_gate: tokio::sync::Mutex::new(()),
                renewals: AtomicU64::new(0),
            }),
        }
    }

    /// Tokens from a flow of the identity platform.
    pub fn from_flow(flow: impl Flow + 'static) -> Self {
        Credential::with_source(Source::Flow(Box::new(flow)))
    }

    /// Tokens from a source of yours (a closure taking a [`TokenRequest`]).
    pub fn from_source(source: impl TokenSource + 'static) -> Self {
        Credential::with_source(Source::Blocking(Box::new(source)))
    }

    /// Tokens from an async source of yours (the async executor only).
    pub fn from_async_source(source: impl AsyncTokenSource + 'static) -> Self {
        Credential::with_source(Source::Async(Box::new(source)))
    }

    /// Client credentials with a secret (a daemon app).
    pub fn client_secret(
        tenant: impl Into<String>,
        client_id: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        Credential::from_flow(ClientSecret::new(tenant, client_id, secret))
    }

    /// The device code flow (a CLI): `show` gets the code and where to enter it.
    pub fn device_code(
        tenant: impl Into<String>,
        client_id: impl Into<String>,
        show: impl Fn(&DeviceCodeInfo) + Send + Sync + 'static,
    ) -> Self {
        Credential::from_flow(DeviceCode::new(tenant, client_id, show))
    }

    /// A refresh token you have (rotated tokens are kept).
    pub fn refresh_token(
        tenant: impl Into<String>,
        client_id: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        Credential::from_flow(RefreshToken::new(tenant, client_id, refresh_token))
    }

    /// The managed identity of the Azure host (App Service's `IDENTITY_ENDPOINT` and
    /// `IDENTITY_HEADER` when set, else the VM's instance metadata endpoint).
    pub fn managed_identity() -> Self {
        Credential::from_flow(ManagedIdentity::from_env())
    }

    /// Workload identity (Kubernetes): `AZURE_TENANT_ID`, `AZURE_CLIENT_ID` and the token file
    /// `AZURE_FEDERATED_TOKEN_FILE` names.
    pub fn workload_identity(
        tenant: impl Into<String>,
        client_id: impl Into<String>,
        token_file: impl Into<std::path::PathBuf>,
    ) -> Self {
        Credential::from_flow(WorkloadIdentity::new(tenant, client_id, token_file))
    }

    /// What the process environment says, in the spirit of `DefaultAzureCredential`: see
    /// [`Credential::environment_from`].
    pub fn environment() -> Self {
        Credential::environment_from(|name| std::env::var(name).ok())
    }

    /// What `var` says: `AZURE_TENANT_ID` and `AZURE_CLIENT_ID` with `AZURE_CLIENT_SECRET`
    /// (client credentials) or `AZURE_FEDERATED_TOKEN_FILE` (workload identity); else the
    /// managed identity (`AZURE_CLIENT_ID` then names a user-assigned one). The authority is
    /// `AZURE_AUTHORITY_HOST` when set.
    pub fn environment_from(var: impl Fn(&str) -> Option<String>) -> Self {
        let authority = var("AZURE_AUTHORITY_HOST").map(Authority::Custom);
        let tenant = var("AZURE_TENANT_ID");
        let client = var("AZURE_CLIENT_ID");
        if let (Some(tenant), Some(client)) = (&tenant, &client) {
            if let Some(secret) = var("AZURE_CLIENT_SECRET") {
                let mut flow = ClientSecret::new(tenant, client, secret);
                if let Some(a) = authority {
                    flow = flow.authority(a);
                }
                return Credential::from_flow(flow);
            }
            if let Some(file) = var("AZURE_FEDERATED_TOKEN_FILE") {
                let mut flow = WorkloadIdentity::new(tenant, client, file);
                if let Some(a) = authority {
                    flow = flow.authority(a);
                }
                return Credential::from_flow(flow);
            }
        }
        let mut flow = ManagedIdentity::from_vars(&var);
        if let Some(client) = client {
            flow = flow.client_id(client);
        }
        Credential::from_flow(flow)
    }

    /// How many tokens it has got so far (a static token: none).
    pub fn renewals(&self) -> u64 {
        self.inner.renewals.load(Ordering::Relaxed)
    }

    /// The flow's (or source's) name, for errors.
    pub(crate) fn name(&self) -> &'static str {
        match &self.inner.source {
            Source::Static(_) => "static token",
            Source::Flow(f) => f.name(),
            Source::Blocking(_) | Source::Async(_) => "token source",
        }
    }

    /// A fresh cached token, or the static one.
    pub(crate) fn cached(&self, request: &TokenRequest) -> Option<String> {
        if let Source::Static(t) = &self.inner.source {
            return Some(t.clone());
        }
        if request.claims.is_some() {
            return None;
        }
        let cache = self.inner.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .as_ref()
            .filter(|t| t.is_fresh())
            .map(|t| t.secret.clone())
    }

    /// Keeps a token just got.
    pub(crate) fn store(&self, token: AccessToken) -> String {
        if let Source::Flow(f) = &self.inner.source {
            f.obtained(&token);
        }
        self.inner.renewals.fetch_add(1, Ordering::Relaxed);
        let secret = token.secret.clone();
        *self.inner.cache.lock().unwrap_or_else(|e| e.into_inner()) = Some(token);
        secret
    }

    /// The error for a renewal that failed: names the flow, never a secret.
    pub(crate) fn failed(&self, why: Error) -> Error {
        let message = match why {
            Error::Identity { message, .. } => message,
            other => other.to_string(),
        };
        Error::Identity {
            flow: self.name(),
            message,
        }
    }

    /// A token for `request`, for a blocking executor (yours too): the cached one while
    /// fresh, else one renewal (concurrent callers wait for it and share it), got by `run`
    /// driving the flow's machine over the executor's transport (with
    /// [`drive`](crate::machine::drive)). A failed renewal is an [`Error::Identity`] naming
    /// the flow.
    pub fn token_blocking(
        &self,
        request: &TokenRequest,
        run: impl FnOnce(&mut (dyn Machine<Output = AccessToken> + Send)) -> Result<AccessToken, Error>,
    ) -> Result<String, Error> {
        if let Some(t) = self.cached(request) {
            return Ok(t);
        }
        let _renewing = self.inner.gate.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = self.cached(request) {
            return Ok(t);
        }
        let token = match &self.inner.source {
            Source::Static(t) => return Ok(t.clone()),
            Source::Flow(flow) => flow.start(request).and_then(|mut m| run(&mut *m)),
            Source::Blocking(source) => source
                .token(request)
                .map_err(|message| Error::Identity { flow: "", message }),
            Source::Async(_) => Err(Error::Identity {
                flow: "",
                message: "an async token source needs the async executor".into(),
            }),
        };
        Ok(self.store(token.map_err(|e| self.failed(e))?))
    }
}

/// The claims of a claims challenge (`401` with `WWW-Authenticate: Bearer …
/// error="insufficient_claims", claims="<base64>"`), decoded; `None` for any other answer.
pub fn claims_challenge(response: &http::Response<Vec<u8>>) -> Option<String> {
    if response.status() != http::StatusCode::UNAUTHORIZED {
        return None;
    }
    let header = response.headers().get(WWW_AUTHENTICATE)?.to_str().ok()?;
    if !header.contains("insufficient_claims") {
        return None;
    }
    let at = header.find("claims=\"")? + "claims=\"".len();
    let end = header[at..].find('"')? + at;
    let encoded = &header[at..end];
    use base64::Engine;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(encoded))
        .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(encoded))
        .ok()?;
    String::from_utf8(decoded).ok()
}

/// Whether `request` carries `token` (a request to Graph, not an upload range or a redirect
/// to another origin).
pub fn carries(request: &http::Request<Vec<u8>>, token: &str) -> bool {
    request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        == Some(token)
}

/// Sets `token` as `request`'s bearer token (marked sensitive): the retry after a claims
/// challenge.
pub fn authorize(request: &mut http::Request<Vec<u8>>, token: &str) {
    if let Ok(mut value) = HeaderValue::try_from(format!("Bearer {token}")) {
        value.set_sensitive(true);
        request.headers_mut().insert(AUTHORIZATION, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freshness_and_challenges() {
        assert!(AccessToken::new("t", Duration::from_secs(3600)).is_fresh());
        assert!(!AccessToken::new("t", Duration::from_secs(0)).is_fresh());
        // A short-lived token is fresh in its first half.
        assert!(AccessToken::new("t", Duration::from_secs(60)).is_fresh());
        assert!(!format!("{:?}", AccessToken::new("s3cr3t", Duration::ZERO)).contains("s3cr3t"));
        let claims = r#"{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}"#;
        use base64::Engine;
        let header = format!(
            r#"Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="{}""#,
            base64::engine::general_purpose::STANDARD.encode(claims)
        );
        let r = http::Response::builder()
            .status(401)
            .header("www-authenticate", header)
            .body(Vec::new())
            .unwrap();
        assert_eq!(claims_challenge(&r).as_deref(), Some(claims));
        let plain = http::Response::builder()
            .status(401)
            .header("www-authenticate", "Bearer realm=\"\"")
            .body(Vec::new())
            .unwrap();
        assert_eq!(claims_challenge(&plain), None);
    }
}
