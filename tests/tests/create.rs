//! The create-request builder: setters for writable fields (inherited ones included), required
//! fields, the request `to_http` makes, and how answers are read.

use graph_resource::models::*;
use graph_resource::prelude::*;
use graph_resource::{GraphErrorKind, RequestErrorKind};
use serde_json::json;

const URL: &str = "https://graph.microsoft.com/beta/communications/calls/57dab8b1/operations";
const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJncmFwaCJ9.c2lnbmF0dXJl";

/// A team with two required fields and a read-only one.
#[graph_resource(inherits = entity)]
pub struct Team {
    #[graph(required)]
    pub display_name: Option<String>,
    #[graph(required)]
    pub visibility: Option<String>,
    pub description: Option<String>,
    #[graph(read_only)]
    pub web_url: Option<String>,
    pub member_count: i32,
    #[graph(secret)]
    pub join_code: Option<String>,
}

#[test]
fn builder_sets_inherited_and_own_fields() {
    let request = RecordOperation::create()
        .client_context("d45324c1-fcb5-430a-902c-f20af696537c")
        .status(OperationStatus::Running)
        .result_info(ResultInfo {
            code: Some(200),
            ..Default::default()
        })
        .completion_reason(RecordCompletionReason::StopToneDetected)
        .recording_location(String::from("https://x/rec"))
        .build();
    let body = request.body();
    assert_eq!(body.status, Some(OperationStatus::Running));
    assert_eq!(body.id, None);
    assert_eq!(
        serde_json::to_value(body).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.recordOperation",
            "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
            "resultInfo": {"@odata.type": "#microsoft.graph.resultInfo", "code": 200},
            "status": "Running",
            "completionReason": "stopToneDetected",
            "recordingLocation": "https://x/rec"
        })
    );
}

#[test]
fn required_fields_in_any_order_and_last_value_wins() {
    let a = Team::create()
        .visibility("private")
        .description("d")
        .display_name("first")
        .display_name("second")
        .member_count(3)
        .build();
    let b = Team::create()
        .display_name("second")
        .visibility("private")
        .member_count(3)
        .description("d")
        .build();
    assert_eq!(a, b);
    assert_eq!(a.body().display_name.as_deref(), Some("second"));
    assert_eq!(a.clone().into_body().member_count, 3);
}

#[test]
fn to_http_makes_exactly_the_contract_request() {
    let request = RecordOperation::create()
        .client_context("ctx")
        .status(OperationStatus::Running)
        .build();
    let http = request.to_http(URL, TOKEN).unwrap();
    assert_eq!(http.method(), http::Method::POST);
    assert_eq!(http.uri(), URL);
    let headers = http.headers();
    assert_eq!(headers.len(), 4);
    assert_eq!(headers["authorization"], format!("Bearer {TOKEN}").as_str());
    assert!(headers["authorization"].is_sensitive());
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(headers["accept"], "application/json");
    assert_eq!(
        headers["content-length"],
        http.body().len().to_string().as_str()
    );
    assert_eq!(
        http.body().as_slice(),
        serde_json::to_vec(request.body()).unwrap().as_slice()
    );
    // The sensitive header does not show in the request's Debug.
    assert!(!format!("{http:?}").contains(TOKEN));
}

#[test]
fn to_http_refuses_bad_urls_and_tokens_without_echoing_them() {
    let request = Team::create()
        .display_name("x")
        .visibility("y")
        .join_code("JOIN-SECRET")
        .build();
    for url in [
        "",
        "graph.microsoft.com/beta/teams",
        "https://graph.microsoft.com/beta/teams#top",
        "https://graph.microsoft.com/beta/te ams",
        "https://graph.microsoft.com/beta/teams\r\nX-Injected: 1",
        "ftp://graph.microsoft.com/beta/teams",
        "https://graph.microsoft.com/beta/teams\u{0}",
    ] {
        let err = request.to_http(url, TOKEN).unwrap_err();
        assert_eq!(err.kind(), RequestErrorKind::Url, "{url:?}");
        assert!(!err.to_string().contains(TOKEN));
    }
    for token in [
        "",
        "abc\r\nX-Injected: 1",
        "abc\n",
        "a\0b",
        "has space",
        "Bearer abc",
        "tökén",
    ] {
        let err = request
            .to_http("https://graph.microsoft.com/beta/teams", token)
            .unwrap_err();
        assert_eq!(err.kind(), RequestErrorKind::Token, "{token:?}");
        if !token.is_empty() {
            assert!(!err.to_string().contains(token), "{err}");
            assert!(!format!("{err:?}").contains(token), "{err:?}");
        }
    }
}

#[test]
fn request_debug_redacts_secrets() {
    let request = Team::create()
        .display_name("x")
        .visibility("y")
        .join_code("JOIN-SECRET")
        .build();
    let debug = format!("{request:?}");
    assert!(!debug.contains("JOIN-SECRET"), "{debug}");
    assert!(debug.contains("join_code: Some(<redacted>)"), "{debug}");
    let builder = Team::create().join_code("JOIN-SECRET");
    assert!(!format!("{builder:?}").contains("JOIN-SECRET"));
}

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<Vec<u8>> {
    let mut b = http::Response::builder().status(status);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(body.as_bytes().to_vec()).unwrap()
}

#[test]
fn parse_response_accepts_200_201_202_with_a_body() {
    let request = RecordOperation::create().client_context("c").build();
    for status in [200, 201, 202] {
        let created = request
            .parse_response(&response(
                status,
                &[("Content-Type", "application/json")],
                r##"{"@odata.type":"#microsoft.graph.recordOperation","id":"op-1","clientContext":"c","status":"running"}"##,
            ))
            .unwrap();
        assert_eq!(created.id.as_deref(), Some("op-1"));
        assert_eq!(created.status, Some(OperationStatus::Running));
    }
}

#[test]
fn parse_response_errors() {
    let request = RecordOperation::create().build();
    // A Graph error body with Retry-After.
    let err = request
        .parse_response(&response(
            429,
            &[("Retry-After", "7"), ("Content-Type", "application/json")],
            r#"{"error":{"code":"TooManyRequests","message":"Retry later.","innerError":{"request-id":"r-1","client-request-id":"c-1","date":"2026-11-28T10:00:00"}}}"#,
        ))
        .unwrap_err();
    assert_eq!(err.status(), 429);
    assert_eq!(err.code(), Some("TooManyRequests"));
    assert_eq!(err.message(), Some("Retry later."));
    assert_eq!(err.request_id(), Some("r-1"));
    assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(7)));
    assert_eq!(
        err.to_string(),
        "429 Too Many Requests: TooManyRequests: Retry later."
    );
    // HTML, empty, truncated: still a GraphError with the status.
    for (status, body) in [
        (500, "<html><h1>Internal Server Error</h1></html>"),
        (502, ""),
        (400, r#"{"error":{"code":"Bad"#),
        (204, ""),
    ] {
        let err = request
            .parse_response(&response(status, &[("Content-Type", "text/html")], body))
            .unwrap_err();
        assert_eq!(err.status(), status);
        assert_eq!(err.kind(), GraphErrorKind::UnexpectedBody);
        let _ = err.to_string();
    }
    // A 2xx whose body is not the object names the property that failed, never panics.
    for (status, body, says) in [
        (201, r#"{"status": 5}"#, "`status`"),
        (
            201,
            r#"{"@odata.type": 5}"#,
            "`@odata.type` must be a string",
        ),
        (201, "[]", "recordOperation"),
        (201, "<html>", "not the created object"),
        (202, "", "no body"),
        (200, "{\"id\":", "not the created object"),
    ] {
        let err = request
            .parse_response(&response(status, &[], body))
            .unwrap_err();
        assert_eq!(err.kind(), GraphErrorKind::Decode, "{body}");
        assert!(err.to_string().contains(says), "{err}");
    }
}

#[test]
fn errors_that_echo_the_request_do_not_leak_secrets() {
    let request = Team::create()
        .display_name("x")
        .visibility("y")
        .join_code("JOIN-SECRET-42")
        .build();
    let echo = response(
        400,
        &[("Content-Type", "application/json")],
        r#"{"error":{"code":"BadRequest","message":"Invalid joinCode 'JOIN-SECRET-42'.","target":"JOIN-SECRET-42",
            "details":[{"message":"JOIN-SECRET-42 is not allowed"}],
            "innerError":{"request-id":"r","echo":{"joinCode":"JOIN-SECRET-42"}}}}"#,
    );
    let err = request.parse_response(&echo).unwrap_err();
    for shown in [err.to_string(), format!("{err:?}"), format!("{err:#?}")] {
        assert!(!shown.contains("JOIN-SECRET-42"), "{shown}");
    }
    assert_eq!(err.message(), Some("Invalid joinCode '<redacted>'."));
    // A 2xx body whose decoding fails on an echoed secret.
    let bad = response(201, &[], r#"{"memberCount": "JOIN-SECRET-42"}"#);
    let err = request.parse_response(&bad).unwrap_err();
    assert!(
        !format!("{err} {err:?}").contains("JOIN-SECRET-42"),
        "{err:?}"
    );
}

/// A recursive type written with `Self`.
#[graph_resource(inherits = entity)]
pub struct Folder {
    pub name: Option<String>,
    pub children: Option<Vec<Self>>,
}

#[test]
fn recursive_types_with_self() {
    let request = Folder::create()
        .name("root")
        .children(vec![Folder {
            name: Some("leaf".into()),
            ..Default::default()
        }])
        .build();
    let v = serde_json::to_value(request.body()).unwrap();
    assert_eq!(v["children"][0]["name"], "leaf");
    let back: Folder = serde_json::from_value(v).unwrap();
    assert_eq!(&back, request.body());
}
