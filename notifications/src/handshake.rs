//! The validation handshake: when a subscription is created (or its URL changed), Graph posts
//! to the notification URL with `?validationToken=...` and expects the decoded token back, as
//! `text/plain`, within 10 seconds.

/// A validation request's answer: the token, decoded, as the body of a `200 OK` in
/// `text/plain`.
#[derive(Clone, PartialEq, Eq)]
pub struct Handshake {
    token: String,
}

/// The longest token answered (Graph's are about 100 characters).
pub const MAX_TOKEN_LEN: usize = 1024;

impl Handshake {
    /// The content type of the answer.
    pub const CONTENT_TYPE: &'static str = "text/plain";

    /// The answer's body: the token, decoded.
    pub fn body(&self) -> &str {
        &self.token
    }

    /// The whole answer: `200 OK`, `Content-Type: text/plain`, the token.
    pub fn response(&self) -> http::Response<Vec<u8>> {
        let mut response = http::Response::new(self.token.clone().into_bytes());
        response.headers_mut().insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        response
    }
}

impl std::fmt::Debug for Handshake {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handshake")
            .field("token_len", &self.token.len())
            .finish()
    }
}

/// The handshake a request is, if it is one: a `POST` whose query has one non-empty
/// `validationToken` (decoded as a form value: `%3A` and `+`), without control characters and
/// at most [`MAX_TOKEN_LEN`] bytes. Anything else (another method, no token, two tokens) is
/// not a handshake: `None`.
///
/// ```
/// use graph_resource_notifications::handshake;
///
/// let query = "validationToken=Validation%3A+Testing+client+application+reachability";
/// let answer = handshake("POST", Some(query)).unwrap();
/// assert_eq!(answer.body(), "Validation: Testing client application reachability");
/// assert!(handshake("GET", Some(query)).is_none());
/// assert!(handshake("POST", Some("validationToken=a&validationToken=b")).is_none());
/// ```
pub fn handshake(method: &str, query: Option<&str>) -> Option<Handshake> {
    if method != "POST" {
        return None;
    }
    let mut tokens = form_urlencoded::parse(query?.as_bytes())
        .filter(|(k, _)| k == "validationToken")
        .map(|(_, v)| v);
    let token = tokens.next()?;
    if tokens.next().is_some()
        || token.is_empty()
        || token.len() > MAX_TOKEN_LEN
        || token.chars().any(char::is_control)
    {
        return None;
    }
    Some(Handshake {
        token: token.into_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_post_with_one_clean_token_is_a_handshake() {
        let real = "validationToken=Validation%3a+Testing+client+application+reachability+for+subscription+Request-Id%3a+522a8e7e-096a-494c-aaf1-ac0dcfca45b7";
        let h = handshake("POST", Some(real)).unwrap();
        assert_eq!(
            h.body(),
            "Validation: Testing client application reachability for subscription Request-Id: 522a8e7e-096a-494c-aaf1-ac0dcfca45b7"
        );
        let response = h.response();
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["content-type"],
            "text/plain; charset=utf-8"
        );
        assert_eq!(response.body(), h.body().as_bytes());
        for (method, query) in [
            ("GET", Some(real)),
            ("PUT", Some(real)),
            ("POST", None),
            ("POST", Some("")),
            ("POST", Some("validationToken=")),
            ("POST", Some("validationtoken=x")),
            ("POST", Some("validationToken=a&validationToken=a")),
            ("POST", Some("validationToken=a%0D%0ASet-Cookie:%20x")),
            ("POST", Some("validationToken=%00")),
        ] {
            assert!(handshake(method, query).is_none(), "{method} {query:?}");
        }
        let long = format!("validationToken={}", "a".repeat(MAX_TOKEN_LEN + 1));
        assert!(handshake("POST", Some(&long)).is_none());
        // Other parameters beside it change nothing; the token is never in Debug.
        let h = handshake("POST", Some("x=1&validationToken=s3cret")).unwrap();
        assert_eq!(h.body(), "s3cret");
        assert!(!format!("{h:?}").contains("s3cret"));
    }
}
