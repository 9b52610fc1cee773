//! Validation tokens: the JWTs a rich notification collection carries (`validationTokens`),
//! which prove Graph sent it. Each is checked: its signature (RS256, by a key of yours, picked
//! by the token's `kid`), its audience (your app id), its issuer (Microsoft Entra, for the
//! token's tenant or yours), that it was issued to Graph's change-tracking app (`azp`, or
//! `appid` in v1 tokens), and its time window (`nbf`, `exp`, against the `now` you give,
//! with a leeway).
//!
//! Fetching the keys is yours (`https://login.microsoftonline.com/common/discovery/v2.0/keys`,
//! cached, fetched again on an unknown `kid`): [`SigningKeys::from_jwks`] reads that document.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jsonwebtoken::{jwk::JwkSet, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

/// The app id of Microsoft Graph Change Tracking, which Graph's validation tokens are issued
/// to (their `azp`).
pub const GRAPH_CHANGE_TRACKING_APP_ID: &str = "0bf30f3b-4a52-48df-9a82-234910c4a086";

/// Public keys that validation tokens may be signed with, by key id.
#[derive(Clone, Default)]
pub struct SigningKeys {
    keys: Vec<(Option<String>, DecodingKey)>,
}

impl fmt::Debug for SigningKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.keys.iter().map(|(kid, _)| kid))
            .finish()
    }
}

impl SigningKeys {
    /// The RSA signing keys of a JWKS document (`{"keys":[{"kty":"RSA","kid":…,"n":…,"e":…}]}`);
    /// keys of other kinds or uses are left out.
    pub fn from_jwks(json: &str) -> Result<Self, TokenError> {
        let set: JwkSet = serde_json::from_str(json).map_err(|_| TokenError::Keys)?;
        let keys = set
            .keys
            .iter()
            .filter(|k| matches!(k.algorithm, jsonwebtoken::jwk::AlgorithmParameters::RSA(_)))
            .filter(|k| {
                k.common
                    .public_key_use
                    .as_ref()
                    .map_or(true, |u| *u == jsonwebtoken::jwk::PublicKeyUse::Signature)
            })
            .filter_map(|k| Some((k.common.key_id.clone(), DecodingKey::from_jwk(k).ok()?)))
            .collect::<Vec<_>>();
        if keys.is_empty() {
            return Err(TokenError::Keys);
        }
        Ok(SigningKeys { keys })
    }

    /// One RSA key from its modulus and exponent (base64url, as a JWK writes them).
    pub fn add_rsa_components(&mut self, kid: &str, n: &str, e: &str) -> Result<(), TokenError> {
        let key = DecodingKey::from_rsa_components(n, e).map_err(|_| TokenError::Keys)?;
        self.keys.push((Some(kid.to_owned()), key));
        Ok(())
    }
}

/// Checks validation tokens for an app.
#[derive(Clone, Debug)]
pub struct TokenValidator {
    app_ids: Vec<String>,
    tenants: Vec<String>,
    keys: SigningKeys,
    leeway: Duration,
}

/// What a valid token says.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct TokenClaims {
    /// The audience: your app id.
    pub aud: String,
    /// The issuer.
    pub iss: String,
    /// The tenant.
    #[serde(default)]
    pub tid: Option<String>,
    /// Expiry, seconds since 1970.
    pub exp: u64,
    /// Not before, seconds since 1970.
    #[serde(default)]
    pub nbf: Option<u64>,
    /// The app the token was issued to (v2 tokens).
    #[serde(default)]
    pub azp: Option<String>,
    /// The app the token was issued to (v1 tokens).
    #[serde(default)]
    pub appid: Option<String>,
}

/// Why a validation token is not valid. It never holds the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenError {
    /// Not a JWT, or its claims are not what Graph's are.
    Malformed,
    /// Not signed with RS256.
    Algorithm,
    /// Signed by a key that is not among the keys given (fetch them again).
    UnknownKey(Option<String>),
    /// The signature does not match.
    Signature,
    /// Issued for another app.
    Audience,
    /// Not issued by Microsoft Entra for an allowed tenant.
    Issuer,
    /// Not issued to Microsoft Graph Change Tracking.
    AuthorizedParty,
    /// Past its expiry.
    Expired,
    /// Not valid yet.
    NotYetValid,
    /// The collection carries no token where one is needed.
    Missing,
    /// No usable key in what was given.
    Keys,
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            TokenError::Malformed => "the validation token is not a JWT with Graph's claims",
            TokenError::Algorithm => "the validation token is not signed with RS256",
            TokenError::UnknownKey(_) => {
                "the validation token's key is not among the signing keys (fetch them again)"
            }
            TokenError::Signature => "the validation token's signature does not match",
            TokenError::Audience => "the validation token is for another app (audience)",
            TokenError::Issuer => {
                "the validation token's issuer is not Microsoft Entra for an allowed tenant"
            }
            TokenError::AuthorizedParty => {
                "the validation token was not issued to Microsoft Graph Change Tracking (azp)"
            }
            TokenError::Expired => "the validation token has expired",
            TokenError::NotYetValid => "the validation token is not valid yet",
            TokenError::Missing => "the notifications carry no validation token",
            TokenError::Keys => "no RSA signing key could be read",
        };
        f.write_str(text)?;
        if let TokenError::UnknownKey(Some(kid)) = self {
            write!(f, ": `{kid}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for TokenError {}

impl TokenValidator {
    /// Tokens for the app `app_id` (their audience), signed by one of `keys`; any tenant
    /// (the issuer must be Microsoft Entra's for the token's own tenant); 5 minutes of leeway.
    pub fn new(app_id: impl Into<String>, keys: SigningKeys) -> Self {
        TokenValidator {
            app_ids: vec![app_id.into()],
            tenants: Vec::new(),
            keys,
            leeway: Duration::from_secs(300),
        }
    }

    /// Also accepts tokens for another app id (an app with several registrations).
    pub fn app_id(mut self, app_id: impl Into<String>) -> Self {
        self.app_ids.push(app_id.into());
        self
    }

    /// Accepts tokens of this tenant only (repeat for several).
    pub fn tenant(mut self, tenant_id: impl Into<String>) -> Self {
        self.tenants.push(tenant_id.into());
        self
    }

    /// The allowed clock skew.
    pub fn leeway(mut self, leeway: Duration) -> Self {
        self.leeway = leeway;
        self
    }

    /// Validates one token at time `now`.
    pub fn validate(&self, token: &str, now: SystemTime) -> Result<TokenClaims, TokenError> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| TokenError::Malformed)?;
        if header.alg != Algorithm::RS256 {
            return Err(TokenError::Algorithm);
        }
        let candidates: Vec<&DecodingKey> = self
            .keys
            .keys
            .iter()
            .filter(|(kid, _)| header.kid.is_none() || *kid == header.kid)
            .map(|(_, key)| key)
            .collect();
        if candidates.is_empty() {
            return Err(TokenError::UnknownKey(header.kid));
        }
        let mut validation = Validation::new(Algorithm::RS256);
        // Times are checked below against `now`, not the system clock.
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.set_audience(&self.app_ids);
        validation.set_required_spec_claims(&["exp", "aud", "iss"]);
        let mut last = TokenError::Signature;
        for key in candidates {
            match jsonwebtoken::decode::<TokenClaims>(token, key, &validation) {
                Ok(data) => return self.check(data.claims, now),
                Err(e) => {
                    use jsonwebtoken::errors::ErrorKind as K;
                    last = match e.kind() {
                        K::InvalidSignature => TokenError::Signature,
                        K::InvalidAudience => return Err(TokenError::Audience),
                        K::InvalidAlgorithm => return Err(TokenError::Algorithm),
                        _ => return Err(TokenError::Malformed),
                    };
                }
            }
        }
        Err(last)
    }

    fn check(&self, claims: TokenClaims, now: SystemTime) -> Result<TokenClaims, TokenError> {
        let tenant = issuer_tenant(&claims.iss).ok_or(TokenError::Issuer)?;
        let allowed = if self.tenants.is_empty() {
            claims.tid.as_deref().map_or(true, |tid| tid == tenant)
        } else {
            self.tenants.iter().any(|t| t == tenant)
        };
        if !allowed {
            return Err(TokenError::Issuer);
        }
        let party = claims.azp.as_deref().or(claims.appid.as_deref());
        if party != Some(GRAPH_CHANGE_TRACKING_APP_ID) {
            return Err(TokenError::AuthorizedParty);
        }
        let now = now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let leeway = self.leeway.as_secs();
        if now > claims.exp.saturating_add(leeway) {
            return Err(TokenError::Expired);
        }
        if claims
            .nbf
            .is_some_and(|nbf| now.saturating_add(leeway) < nbf)
        {
            return Err(TokenError::NotYetValid);
        }
        Ok(claims)
    }

    /// Validates every token of a collection at time `now`: all must be valid, and there must
    /// be one.
    pub fn validate_all(&self, tokens: &[String], now: SystemTime) -> Result<(), TokenError> {
        if tokens.is_empty() {
            return Err(TokenError::Missing);
        }
        for token in tokens {
            self.validate(token, now)?;
        }
        Ok(())
    }
}

/// The tenant of a Microsoft Entra issuer: `https://sts.windows.net/{tenant}/` (v1) or
/// `https://login.microsoftonline.com/{tenant}/v2.0` (v2).
fn issuer_tenant(iss: &str) -> Option<&str> {
    let tenant = iss
        .strip_prefix("https://sts.windows.net/")
        .and_then(|t| t.strip_suffix('/'))
        .or_else(|| {
            iss.strip_prefix("https://login.microsoftonline.com/")
                .and_then(|t| t.strip_suffix("/v2.0"))
        })?;
    let ok = !tenant.is_empty()
        && tenant
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    ok.then_some(tenant)
}

#[cfg(test)]
mod tests {
    use super::issuer_tenant;

    #[test]
    fn issuers() {
        assert_eq!(
            issuer_tenant("https://sts.windows.net/84bd8158-6d4d-4958-8b9f-9d6445542f95/"),
            Some("84bd8158-6d4d-4958-8b9f-9d6445542f95")
        );
        assert_eq!(
            issuer_tenant("https://login.microsoftonline.com/t1/v2.0"),
            Some("t1")
        );
        for bad in [
            "https://sts.windows.net//",
            "https://sts.windows.net/t1",
            "https://evil.example/t1/",
            "https://sts.windows.net/t1/x/",
            "http://sts.windows.net/t1/",
        ] {
            assert_eq!(issuer_tenant(bad), None, "{bad}");
        }
    }
}
