//! End to end over a real socket: a small Graph-like server on 127.0.0.1 (an ephemeral port,
//! std's `TcpListener`) checks the request that `to_http` built and a real HTTP client (ureq)
//! sent, then answers; the answer goes through `parse_response`.

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use common::{send, serve_once};

use graph_resource::models::*;
use graph_resource::prelude::*;
use graph_resource::GraphErrorKind;
use serde_json::{json, Value};

const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJncmFwaCJ9.c2lnbmF0dXJl";

fn record_request() -> CreateRequest<RecordOperation> {
    RecordOperation::create()
        .client_context("d45324c1-fcb5-430a-902c-f20af696537c")
        .status(OperationStatus::NotStarted)
        .completion_reason(RecordCompletionReason::OperationCanceled)
        .recording_access_token("REC-SECRET")
        .build()
}

/// Posts `record_request()` to the server at `addr` and reads its answer.
fn post_record(addr: SocketAddr) -> Result<RecordOperation, graph_resource::GraphError> {
    let request = record_request();
    let url = format!("http://{addr}/beta/communications/calls/1/operations");
    request.parse_response(&send(request.to_http(&url, TOKEN).unwrap()))
}

#[test]
fn created_201() {
    let (addr, server) = serve_once(|req| {
        // The service assigns an id and answers with the object, as Graph does.
        let mut object: Value = serde_json::from_slice(&req.body).unwrap();
        object["id"] = json!("0fe0623f-d628-42ed-b4bd-8ac290072cc5");
        object["status"] = json!("running");
        object["@odata.etag"] = json!("W/\"1\"");
        (
            201,
            vec![("Content-Type", "application/json".to_owned())],
            serde_json::to_vec(&object).unwrap(),
        )
    });
    let request = record_request();
    let url = format!("http://{addr}/beta/communications/calls/57dab8b1/operations");
    let created = request
        .parse_response(&send(request.to_http(&url, TOKEN).unwrap()))
        .unwrap();

    let received = server.join().unwrap();
    assert_eq!(received.method, "POST");
    assert_eq!(
        received.path,
        "/beta/communications/calls/57dab8b1/operations"
    );
    assert_eq!(
        received.header_values("authorization"),
        [format!("Bearer {TOKEN}")]
    );
    assert_eq!(received.header_values("content-type"), ["application/json"]);
    assert_eq!(received.header_values("accept"), ["application/json"]);
    assert_eq!(
        received.header_values("content-length"),
        [received.body.len().to_string()]
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&received.body).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.recordOperation",
            "clientContext": "d45324c1-fcb5-430a-902c-f20af696537c",
            "status": "NotStarted",
            "completionReason": "operationCanceled",
            "recordingAccessToken": "REC-SECRET"
        })
    );

    assert_eq!(
        created.id.as_deref(),
        Some("0fe0623f-d628-42ed-b4bd-8ac290072cc5")
    );
    assert_eq!(created.status, Some(OperationStatus::Running));
    assert_eq!(
        created.recording_access_token.as_deref(),
        Some("REC-SECRET")
    );
    assert_eq!(
        created.additional_data.get("@odata.etag"),
        Some(&json!("W/\"1\""))
    );
}

#[test]
fn too_many_requests_429() {
    let (addr, server) = serve_once(|_| {
        (
            429,
            vec![
                ("Content-Type", "application/json".to_owned()),
                ("Retry-After", "3".to_owned()),
                ("request-id", "hdr-request-id".to_owned()),
            ],
            json!({"error": {
                "code": "TooManyRequests",
                "message": "Too many requests, retry after 3 seconds.",
                "innerError": {
                    "request-id": "6f9e1a5c-1f6e-4f0b-9a51-4c1b2e1e8a11",
                    "client-request-id": "3a1c0e2b-5d4f-4a8e-9b7c-1d2e3f4a5b6c",
                    "date": "2026-11-28T10:00:00"
                }
            }})
            .to_string()
            .into_bytes(),
        )
    });
    let err = post_record(addr).unwrap_err();
    server.join().unwrap();
    assert_eq!(err.status(), 429);
    assert_eq!(err.kind(), GraphErrorKind::Service);
    assert_eq!(err.code(), Some("TooManyRequests"));
    assert_eq!(
        err.request_id(),
        Some("6f9e1a5c-1f6e-4f0b-9a51-4c1b2e1e8a11")
    );
    assert_eq!(
        err.client_request_id(),
        Some("3a1c0e2b-5d4f-4a8e-9b7c-1d2e3f4a5b6c")
    );
    assert_eq!(err.date(), Some("2026-11-28T10:00:00"));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3)));
    assert!(err.is_retryable());
    let shown = err.to_string();
    assert!(
        shown.contains("429") && shown.contains("TooManyRequests"),
        "{shown}"
    );
    assert!(!shown.contains(TOKEN) && !format!("{err:?}").contains(TOKEN));
}

#[test]
fn server_error_500_with_html() {
    let (addr, server) = serve_once(|_| {
        (
            500,
            vec![("Content-Type", "text/html; charset=utf-8".to_owned())],
            b"<!DOCTYPE html><html><body><h1>500 - Internal server error.</h1></body></html>"
                .to_vec(),
        )
    });
    let err = post_record(addr).unwrap_err();
    server.join().unwrap();
    assert_eq!(err.status(), 500);
    assert_eq!(err.kind(), GraphErrorKind::UnexpectedBody);
    assert_eq!(err.code(), None);
    let shown = err.to_string();
    assert!(shown.starts_with("500 Internal Server Error"), "{shown}");
    assert!(shown.contains("HTML"), "{shown}");
    assert!(!shown.contains("<h1>"), "{shown}");
}
