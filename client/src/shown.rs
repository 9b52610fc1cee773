//! What a URL shows of itself in waits, errors and `Debug`: scheme, host and path, never the
//! query nor an operation's parameters (a leaf: the machines, the errors and the retry policy
//! use it).

/// A URL as waits, errors and `Debug` show it: scheme, host, and the path with every
/// operation's parameters taken out (`reminderView(…)`), never the query.
pub(crate) fn shown_url(uri: &http::Uri) -> String {
    format!(
        "{}://{}{}",
        uri.scheme_str().unwrap_or("http"),
        uri.authority().map_or("", http::uri::Authority::as_str),
        shown_path(uri.path())
    )
}

/// A path with each segment's parenthesized part (a function's parameters) shown as `(…)`.
pub(crate) fn shown_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, segment) in path.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        // The first `(`, written or percent-encoded, starts the parameters.
        let open = [segment.find('('), segment.find("%28")]
            .into_iter()
            .flatten()
            .min();
        match open {
            Some(at) => {
                out.push_str(&segment[..at]);
                out.push_str("(…)");
            }
            None => out.push_str(segment),
        }
    }
    out
}

/// The method and path of a request, without its query or parameters (for waits and errors).
pub(crate) fn what<B>(request: &http::Request<B>) -> String {
    format!("{} {}", request.method(), shown_path(request.uri().path()))
}

/// A transport's message with every URL in it (the request's, in whatever encoding the
/// library wrote it, or any other) cut to its scheme, host and path, and the query of `uri`
/// (the request's) taken out wherever it appears alone.
pub(crate) fn strip_urls(message: &str, uri: &http::Uri) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = [rest.find("http://"), rest.find("https://")]
        .into_iter()
        .flatten()
        .min()
    {
        out.push_str(&rest[..at]);
        let end = rest[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '>' | ','))
            .map_or(rest.len(), |n| at + n);
        let url = &rest[at..end];
        match url.parse::<http::Uri>() {
            Ok(uri) => out.push_str(&shown_url(&uri)),
            Err(_) => out.push_str(url.split('?').next().unwrap_or("")),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    if let Some(q) = uri.query().filter(|q| !q.is_empty()) {
        out = out.replace(q, "…");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_urls_hold_no_query_and_no_parameters() {
        let uri: http::Uri =
            "https://h/v1.0/me/reminderView(StartDateTime='x',EndDateTime='y')?$skiptoken=s3cr3t"
                .parse()
                .unwrap();
        assert_eq!(shown_url(&uri), "https://h/v1.0/me/reminderView(…)");
        assert_eq!(shown_path("/a/f%28X=1%29/b"), "/a/f(…)/b");
        assert_eq!(shown_path("/users/a%2Fb"), "/users/a%2Fb");
        // An encoded character before the parenthesis does not hide it.
        assert_eq!(shown_path("/a/f%2Eg%28X=1%29"), "/a/f%2Eg(…)");
    }

    #[test]
    fn urls_are_cut_to_their_path() {
        let uri: http::Uri = "https://h/v1.0/users?$filter=mail%20eq%20'secret'"
            .parse()
            .unwrap();
        let message = "error sending request for url (https://h/v1.0/users?$filter=mail%20eq%20%27secret%27): \
                       redirected to http://other/x(A='s')?q=1 and $filter=mail%20eq%20'secret'";
        let out = strip_urls(message, &uri);
        assert!(!out.contains("secret"), "{out}");
        assert!(out.contains("(https://h/v1.0/users)"), "{out}");
        assert!(out.contains("http://other/x(…)"), "{out}");
    }
}
