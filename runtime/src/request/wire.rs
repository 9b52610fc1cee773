//! What every request shares on the wire: the URL and token rules of `to_http`, and
//! [`RequestError`] when they are broken.

use crate::request_error::describe;
pub use crate::request_error::RequestError;
use http::header::{HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use http::{Method, Request};

pub(crate) fn check_url(url: &str) -> Result<http::Uri, RequestError> {
    if url.is_empty() {
        return Err(RequestError::url("the URL is empty"));
    }
    if let Some((at, c)) = url.char_indices().find(|&(_, c)| !c.is_ascii_graphic()) {
        return Err(RequestError::url(format!("{} at byte {at}", describe(c))));
    }
    if url.contains('#') {
        return Err(RequestError::url(
            "the URL has a fragment (`#...`); a request URL cannot carry one",
        ));
    }
    let scheme_end = url
        .find("://")
        .ok_or_else(|| RequestError::url("the URL is not absolute: it needs `https://`"))?;
    let scheme = &url[..scheme_end];
    if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
        return Err(RequestError::url(format!(
            "the scheme `{scheme}` is not http or https"
        )));
    }
    let uri: http::Uri = url
        .parse()
        .map_err(|e: http::uri::InvalidUri| RequestError::url(format!("not a valid URL: {e}")))?;
    let authority = uri
        .authority()
        .ok_or_else(|| RequestError::url("the URL has no host"))?;
    if authority.as_str().contains('@') {
        return Err(RequestError::url(
            "the URL carries credentials (`user@host`); pass the token instead",
        ));
    }
    if authority.host().is_empty() {
        return Err(RequestError::url("the URL has no host"));
    }
    check_segments(uri.path())?;
    Ok(uri)
}

/// Refuses a path that a URL library would rewrite, or that addresses something other than
/// what its segments name: a `.` or `..` segment in any case or encoding (`%2E`, `.%2e`), which
/// clients resolve away (`…/operations/..` is sent as `…/calls/57dab8b1`), and an empty segment
/// (`…/calls/` from an empty key, which addresses the collection).
fn check_segments(path: &str) -> Result<(), RequestError> {
    if path == "/" {
        return Ok(());
    }
    for (i, segment) in path.split('/').enumerate().skip(1) {
        let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
        if decoded == "." || decoded == ".." {
            return Err(RequestError::url(format!(
                "path segment {i} is `{segment}` (a key of `.` or `..`?): URL libraries resolve \
                 it to another resource, so it is never sent"
            )));
        }
        if segment.is_empty() {
            return Err(RequestError::url(format!(
                "path segment {i} is empty (an empty key?): it would address another resource \
                 than the one named"
            )));
        }
    }
    Ok(())
}

/// `url` without its query (for `Debug` and messages: a query may carry a skip token or a
/// secret).
pub(crate) fn without_query(url: &str) -> &str {
    url.split_once('?').map_or(url, |(path, _)| path)
}

fn authorization(token: &str) -> Result<HeaderValue, RequestError> {
    if token.is_empty() {
        return Err(RequestError::token("the token is empty"));
    }
    if token
        .get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("bearer "))
    {
        return Err(RequestError::token(
            "the token starts with `Bearer `: pass the token alone, the scheme is added",
        ));
    }
    if let Some((at, c)) = token.char_indices().find(|&(_, c)| !c.is_ascii_graphic()) {
        return Err(RequestError::token(format!(
            "{} at byte {at}; a header cannot carry it",
            describe(c)
        )));
    }
    let mut value = HeaderValue::try_from(format!("Bearer {token}"))
        .map_err(|_| RequestError::token("a header cannot carry this token"))?;
    value.set_sensitive(true);
    Ok(value)
}

/// The request every kind of request makes: `method url`, `Authorization: Bearer <token>`
/// (marked sensitive), `Accept: application/json`, and with a body `Content-Type:
/// application/json` and `Content-Length`. The URL and token are checked first.
pub(crate) fn request(
    method: Method,
    url: &str,
    token: &str,
    body: Option<Vec<u8>>,
) -> Result<Request<Vec<u8>>, RequestError> {
    let uri = check_url(url)?;
    let authorization = authorization(token)?;
    let has_body = body.is_some();
    let mut request = Request::new(body.unwrap_or_default());
    *request.method_mut() = method;
    *request.uri_mut() = uri;
    let len = request.body().len();
    let headers = request.headers_mut();
    headers.insert(AUTHORIZATION, authorization);
    headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
    if has_body {
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        headers.insert(CONTENT_LENGTH, HeaderValue::from(len));
    }
    Ok(request)
}

/// Adds `If-Match` when there is an ETag to match.
pub(crate) fn if_match(
    request: &mut Request<Vec<u8>>,
    etag: Option<&str>,
) -> Result<(), RequestError> {
    if let Some(etag) = etag {
        let value = HeaderValue::from_str(etag).map_err(|_| {
            RequestError::header("the If-Match value has characters a header cannot carry")
        })?;
        request.headers_mut().insert(http::header::IF_MATCH, value);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RequestErrorKind;

    #[test]
    fn urls() {
        assert!(check_url("https://graph.microsoft.com/beta/x").is_ok());
        assert!(check_url("HTTP://127.0.0.1:8080/x?a=b").is_ok());
        assert!(check_url("https://host").is_ok());
        assert!(check_url("https://host/").is_ok());
        assert!(check_url("https://host/a/..b/c.d/.../x?q=/../").is_ok());
        for (bad, why) in [
            ("", "empty"),
            ("/relative/path", "absolute"),
            ("graph.microsoft.com/x", "absolute"),
            ("ftp://host/x", "scheme"),
            ("https://host/x#frag", "fragment"),
            ("https://host/a b", "space"),
            ("https://host/a\r\nX: y", "carriage return"),
            ("https://host/\u{0}", "NUL"),
            ("https://hóst/", "non-ASCII"),
            ("https://user:pw@host/", "credentials"),
            ("https:///x", "URL"),
            ("https://host/calls/..", "`..`"),
            ("https://host/calls/%2E%2E/x", "`%2E%2E`"),
            ("https://host/calls/.%2e", "`.%2e`"),
            ("https://host/calls/.", "`.`"),
            ("https://host/calls/", "empty"),
            ("https://host/calls//operations", "empty"),
        ] {
            let err = check_url(bad).unwrap_err();
            assert_eq!(err.kind(), RequestErrorKind::Url);
            assert!(err.to_string().contains(why), "{bad:?}: {err}");
        }
    }

    #[test]
    fn tokens() {
        assert!(authorization("eyJ0.eyJz.sig-_~+/=").unwrap().is_sensitive());
        for (bad, why) in [
            ("", "empty"),
            ("Bearer abc", "Bearer"),
            ("abc\r\nX-Evil: 1", "carriage return"),
            ("abc\n", "line feed"),
            ("a\0b", "NUL"),
            ("a b", "space"),
            ("tökén", "non-ASCII"),
            ("a\u{7f}", "control"),
            // A multi-byte character across byte 7 (where the `Bearer ` check looks).
            ("abcdefé-rest", "non-ASCII"),
        ] {
            let err = authorization(bad).unwrap_err();
            assert_eq!(err.kind(), RequestErrorKind::Token);
            assert!(err.to_string().contains(why), "{bad:?}: {err}");
            if bad.len() > 2 {
                assert!(!err.to_string().contains(bad), "{err}");
            }
        }
    }
}
