//! The redirect rules, decided here for every executor (the HTTP libraries' own following is
//! off):
//! - at most [`Limits::max_redirects`](crate::Limits::max_redirects); a `Location` seen before
//!   (a loop), a missing or unreadable `Location`, or `https` to `http` is an error, never
//!   retried;
//! - `303` becomes a `GET` (a `HEAD` stays one) without body: the write was done, its result
//!   is there;
//! - `301`/`302`/`307`/`308` keep the method; a `GET`/`HEAD` is followed anywhere, a write
//!   (`POST`, `PATCH`, `PUT`, `DELETE`) only to the same origin (scheme, host, port): sent to
//!   another origin, it is an error and never reported as done;
//! - `Authorization` (and `Cookie`) only to the same origin as the first request.

use http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, LOCATION};
use http::{Method, StatusCode};

use crate::Error;

/// A scheme, host and port: where a token may go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Origin {
    scheme: String,
    host: String,
    port: u16,
}

impl Origin {
    pub(crate) fn of(uri: &http::Uri) -> Origin {
        let scheme = uri.scheme_str().unwrap_or("").to_ascii_lowercase();
        let port = uri
            .port_u16()
            .unwrap_or(if scheme == "http" { 80 } else { 443 });
        Origin {
            host: uri.host().unwrap_or("").to_ascii_lowercase(),
            scheme,
            port,
        }
    }
}

/// Whether a status is a redirect this crate follows.
pub(crate) fn is_redirect(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

fn refused(message: String) -> Error {
    Error::Redirect { message }
}

/// The request to send after `answer` redirected `current`, or why not. `first` is the
/// origin of the first request (the token's), `visited` the URLs sent so far.
pub(crate) fn follow(
    current: &http::Request<Vec<u8>>,
    answer: &http::Response<Vec<u8>>,
    first: &Origin,
    visited: &[String],
) -> Result<http::Request<Vec<u8>>, Error> {
    let status = answer.status();
    let method = current.method();
    let what = crate::shown::what(current);
    let location = answer
        .headers()
        .get(LOCATION)
        .ok_or_else(|| refused(format!("{what} answered {status} without a Location")))?
        .to_str()
        .map_err(|_| {
            refused(format!(
                "{what} answered {status} with an unreadable Location"
            ))
        })?;
    let base = url::Url::parse(&current.uri().to_string())
        .map_err(|_| refused(format!("{what}: the request's URL does not parse")))?;
    let target = base.join(location).map_err(|_| {
        refused(format!(
            "{what} answered {status} with a Location that is not a URL"
        ))
    })?;
    let target: http::Uri = target.as_str().parse().map_err(|_| {
        refused(format!(
            "{what} answered {status} with a Location that is not a URL"
        ))
    })?;
    let shown = crate::shown::shown_url(&target);
    match target.scheme_str() {
        Some("https") => {}
        Some("http") if current.uri().scheme_str() == Some("http") => {}
        Some("http") => {
            return Err(refused(format!(
                "{what} was redirected from https to http ({shown}): not followed"
            )))
        }
        _ => {
            return Err(refused(format!(
                "{what} was redirected to a scheme that is not http(s)"
            )))
        }
    }
    let sent_before = target.to_string();
    if visited.contains(&sent_before) {
        return Err(refused(format!(
            "{what} was redirected to {shown}, sent before: a loop"
        )));
    }
    let same_origin = Origin::of(&target) == *first;
    let write = !matches!(*method, Method::GET | Method::HEAD);
    let (method, keep_body) = if status == StatusCode::SEE_OTHER {
        let m = if *method == Method::HEAD {
            Method::HEAD
        } else {
            Method::GET
        };
        (m, false)
    } else if write && !same_origin {
        return Err(refused(format!(
            "{what} was redirected ({status}) to another origin ({shown}): a write is not sent \
             there, and nothing was done"
        )));
    } else {
        (method.clone(), true)
    };
    let mut next = http::Request::new(if keep_body {
        current.body().clone()
    } else {
        Vec::new()
    });
    *next.method_mut() = method;
    *next.uri_mut() = target;
    *next.headers_mut() = current.headers().clone();
    let headers = next.headers_mut();
    if !same_origin {
        headers.remove(AUTHORIZATION);
        headers.remove(COOKIE);
    }
    if !keep_body {
        headers.remove(CONTENT_TYPE);
        headers.remove(CONTENT_LENGTH);
    }
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: Method, url: &str) -> http::Request<Vec<u8>> {
        http::Request::builder()
            .method(method)
            .uri(url)
            .header(AUTHORIZATION, "Bearer t")
            .header(CONTENT_TYPE, "application/json")
            .body(b"{\"secret\":1}".to_vec())
            .unwrap()
    }

    fn redirect(status: u16, location: Option<&str>) -> http::Response<Vec<u8>> {
        let mut b = http::Response::builder().status(status);
        if let Some(l) = location {
            b = b.header(LOCATION, l);
        }
        b.body(Vec::new()).unwrap()
    }

    fn go(
        method: Method,
        from: &str,
        status: u16,
        to: Option<&str>,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        let current = request(method, from);
        let first = Origin::of(current.uri());
        follow(&current, &redirect(status, to), &first, &[from.to_owned()])
    }

    #[test]
    fn the_rules() {
        let a = "https://graph.microsoft.com/v1.0/me/drive/items/1/content";
        // A GET to another host: followed, without the token.
        let r = go(
            Method::GET,
            a,
            302,
            Some("https://public.sn.files.1drv.com/y4m?x=1"),
        )
        .unwrap();
        assert_eq!(r.uri().host(), Some("public.sn.files.1drv.com"));
        assert!(r.headers().get(AUTHORIZATION).is_none());
        // Same origin, relative: the token stays.
        let r = go(Method::GET, a, 301, Some("/v1.0/me/x")).unwrap();
        assert_eq!(r.uri(), "https://graph.microsoft.com/v1.0/me/x");
        assert!(r.headers().get(AUTHORIZATION).is_some());
        // Same host, other port or scheme: another origin.
        let r = go(
            Method::GET,
            a,
            302,
            Some("https://graph.microsoft.com:8443/x"),
        )
        .unwrap();
        assert!(r.headers().get(AUTHORIZATION).is_none());
        // https -> http: an error.
        let e = go(Method::GET, a, 302, Some("http://graph.microsoft.com/x")).unwrap_err();
        assert!(e.to_string().contains("https to http"), "{e}");
        // 303 after a POST: a GET without body.
        let r = go(Method::POST, a, 303, Some("https://other.example/result")).unwrap();
        assert_eq!(r.method(), Method::GET);
        assert!(r.body().is_empty() && r.headers().get(CONTENT_TYPE).is_none());
        assert!(r.headers().get(AUTHORIZATION).is_none());
        // A write to another origin: an error, whatever the status.
        for status in [301, 302, 307, 308] {
            for m in [Method::POST, Method::PATCH, Method::PUT, Method::DELETE] {
                let e = go(m.clone(), a, status, Some("https://evil.example/x")).unwrap_err();
                assert!(e.to_string().contains("nothing was done"), "{e}");
            }
        }
        // A write to the same origin: re-sent with its body and method.
        let r = go(Method::PATCH, a, 307, Some("/v1.0/me/y")).unwrap();
        assert_eq!(r.method(), Method::PATCH);
        assert_eq!(r.body(), b"{\"secret\":1}");
        // No Location, a loop.
        assert!(go(Method::GET, a, 302, None)
            .unwrap_err()
            .to_string()
            .contains("without a Location"));
        assert!(go(Method::GET, a, 302, Some(a))
            .unwrap_err()
            .to_string()
            .contains("a loop"));
        assert!(go(Method::GET, a, 302, Some("ftp://x/y")).is_err());
    }
}
