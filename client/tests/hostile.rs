//! The peers' handler scenarios (Kiota's redirect and retry handlers, msgraph-sdk's large-file
//! upload task and batch content) and a hostile server, on every executor (ureq, reqwest, and
//! the third over `TcpStream`): redirects, bounded answers, timeouts, uploads that lie or stall,
//! batches that lie, keys that break out, secrets.

#[macro_use]
mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{json, redirect, serve, serve_within, Action, Exec, TOKEN};
use graph_resource::prelude::*;
use graph_resource::{Batch, Graph, OperationRequest};
use graph_resource_client::{Error, Limits, RetryPolicy, TransportKind, UploadOptions, RANGE_UNIT};
use serde_json::json;

/// v1.0 `user` (a slice).
#[graph_resource(inherits = entity)]
pub struct User {
    pub display_name: Option<String>,
}

fn fast() -> RetryPolicy {
    RetryPolicy::default().base_delay(Duration::from_millis(10))
}

each_executor!(
    a_get_follows_a_302_to_another_host_without_the_token,
    the_same_origin_keeps_the_token_and_a_307_keeps_method_and_body,
    a_303_after_a_post_is_a_get_without_body,
    a_write_is_never_sent_to_another_origin_nor_reported_done,
    a_loop_too_many_or_no_location_is_one_error_never_retried,
    answers_over_the_limit_are_refused_not_retried,
    a_silent_server_times_out,
    an_outlook_session_answering_200_goes_on_to_the_end,
    a_throttled_range_waits_its_retry_after,
    a_session_that_does_not_advance_ends_and_is_deleted,
    a_cancelled_upload_deletes_its_session,
    a_saved_session_resumes_where_the_service_is,
    batch_answers_that_lie_are_errors,
    a_retry_round_fills_only_its_own_members,
    dot_and_empty_keys_never_leave_the_client,
    secrets_stay_out_of_waits_errors_and_debug,
    transport_errors_keep_their_kind,
    a_request_kind_of_your_own_goes_through,
);

/// Streaming is the executors' (the third executor of the tests buffers whole answers).
mod streaming {
    #[test]
    fn ureq_executor() {
        super::a_download_streams_past_the_body_limit(super::common::blocking);
    }
    #[test]
    fn reqwest_executor() {
        super::a_download_streams_past_the_body_limit(super::common::nonblocking);
    }
    #[test]
    fn ureq_error_answers_of_a_download_are_bounded() {
        super::a_downloads_error_answer_is_bounded(super::common::blocking);
    }
    #[test]
    fn reqwest_error_answers_of_a_download_are_bounded() {
        super::a_downloads_error_answer_is_bounded(super::common::nonblocking);
    }
}

/// Graph's own redirect: a drive item's `/content` answered `302` to a pre-authenticated URL
/// on another host, which must get no token (Kiota: RedirectWithDifferentHostShouldRemoveAuthHeader).
fn a_get_follows_a_302_to_another_host_without_the_token<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let (files, files_server) = serve(1, |_, _| {
        Action::Reply(200, vec![], b"%PDF-1.7 bytes".to_vec())
    });
    let download = format!("http://localhost:{}/y4mdownload?tempauth=abc", files.port());
    let (graph, graph_server) = serve(1, move |_, _| redirect(302, &download));
    let e = make(fast());
    let content = e
        .download(&format!("http://{graph}/v1.0/me/drive/items/01/content"))
        .unwrap();
    assert_eq!(content, b"%PDF-1.7 bytes", "{}", e.name());
    let at_graph = graph_server.join().unwrap();
    assert_eq!(
        at_graph[0].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    let at_files = files_server.join().unwrap();
    assert_eq!(at_files[0].path, "/y4mdownload?tempauth=abc");
    assert_eq!(
        at_files[0].header("authorization"),
        None,
        "{}: the token went to another host",
        e.name()
    );
}

/// Kiota: ShouldRedirectWithSameMethodAndBody (307), and a relative same-origin 301 keeps
/// the token.
fn the_same_origin_keeps_the_token_and_a_307_keeps_method_and_body<E: Exec>(
    make: impl Fn(RetryPolicy) -> E,
) {
    let (addr, server) = serve(4, |r, _| match r.path.as_str() {
        "/v1.0/me" => redirect(301, "/v1.0/users/1"),
        "/v1.0/users/1" if r.method == "GET" => json(200, json!({"id": "1"})),
        "/v1.0/users/1" => redirect(307, "/v1.0/users/2"),
        _ => json(200, json!({"id": "2", "displayName": "Adele"})),
    });
    let e = make(fast());
    let me: User = e
        .get(&User::get().build(), &format!("http://{addr}/v1.0/me"))
        .unwrap();
    assert_eq!(me.id.as_deref(), Some("1"));
    let updated = e
        .update(
            &User::update().display_name("Adele").build(),
            &format!("http://{addr}/v1.0/users/1"),
        )
        .unwrap();
    assert_eq!(updated.unwrap().display_name.as_deref(), Some("Adele"));
    let got = server.join().unwrap();
    assert_eq!(got.len(), 4, "{}", e.name());
    for r in &got {
        assert!(
            r.header("authorization").is_some(),
            "{}: {} lost its token",
            e.name(),
            r.path
        );
    }
    assert_eq!(got[3].method, "PATCH");
    assert_eq!(got[3].body, got[2].body);
    assert!(String::from_utf8_lossy(&got[3].body).contains("Adele"));
}

/// Kiota: ShouldRedirectChangeMethodAndContent (303).
fn a_303_after_a_post_is_a_get_without_body<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let (addr, server) = serve(2, |r, _| match r.method.as_str() {
        "POST" => redirect(303, "/v1.0/users/9"),
        _ => json(200, json!({"id": "9"})),
    });
    let e = make(fast());
    let created = e
        .create(
            &User::create().display_name("A").build(),
            &format!("http://{addr}/v1.0/users"),
        )
        .unwrap();
    assert_eq!(created.id.as_deref(), Some("9"));
    let got = server.join().unwrap();
    assert_eq!(
        (got[1].method.as_str(), got[1].body.len()),
        ("GET", 0),
        "{}",
        e.name()
    );
    assert_eq!(got[1].header("content-type"), None);
}

/// A redirected write to another origin: an error, nothing sent there, never `Ok`.
fn a_write_is_never_sent_to_another_origin_nor_reported_done<E: Exec>(
    make: impl Fn(RetryPolicy) -> E,
) {
    let (other, other_server) =
        serve_within(1, Duration::from_millis(300), |_, _| json(204, json!({})));
    let target = format!("http://{other}/v1.0/users/1");
    let e = make(fast());
    for status in [301, 302, 307, 308] {
        let to = target.clone();
        let (addr, server) = serve(2, move |_, _| redirect(status, &to));
        let deleted = e.delete(&User::delete(), &format!("http://{addr}/v1.0/users/1"));
        assert!(
            matches!(deleted, Err(Error::Redirect { .. })),
            "{}: {status} {deleted:?}",
            e.name()
        );
        let patched = e.update(
            &User::update().display_name("secret name").build(),
            &format!("http://{addr}/v1.0/users/1"),
        );
        match patched {
            Err(Error::Redirect { message }) => {
                assert!(message.contains("nothing was done"), "{message}");
                assert!(!message.contains("secret name"));
            }
            other => panic!("{}: {status}: {other:?}", e.name()),
        }
        assert_eq!(server.join().unwrap().len(), 2);
    }
    assert!(
        other_server.join().unwrap().is_empty(),
        "{}: a write reached another origin",
        e.name()
    );
}

/// Kiota: ExceedMaxRedirectsShouldThrowsException; and a loop or a redirect without
/// `Location` is one error, never retried as a failed connection.
fn a_loop_too_many_or_no_location_is_one_error_never_retried<E: Exec>(
    make: impl Fn(RetryPolicy) -> E,
) {
    let e = make(fast());
    // A loop between two URLs.
    let (addr, server) = serve_within(2, Duration::from_secs(3), |r, _| {
        if r.path == "/a" {
            redirect(302, "/b")
        } else {
            redirect(302, "/a")
        }
    });
    let err = e
        .get(&User::get().build(), &format!("http://{addr}/a"))
        .unwrap_err();
    assert!(
        matches!(&err, Error::Redirect { message } if message.contains("loop")),
        "{}: {err}",
        e.name()
    );
    assert_eq!(server.join().unwrap().len(), 2, "{}", e.name());
    // Always somewhere new: the bound.
    let (addr, server) = serve_within(6, Duration::from_secs(3), |r, _| {
        redirect(302, &format!("{}x", r.path))
    });
    let err = e
        .get(&User::get().build(), &format!("http://{addr}/x"))
        .unwrap_err();
    assert!(
        err.to_string().contains("more than 5"),
        "{}: {err}",
        e.name()
    );
    assert_eq!(server.join().unwrap().len(), 6);
    // No Location.
    let (addr, server) = serve_within(1, Duration::from_secs(2), |_, _| {
        Action::Reply(302, vec![], vec![])
    });
    let err = e
        .get(&User::get().build(), &format!("http://{addr}/x"))
        .unwrap_err();
    assert!(
        err.to_string().contains("without a Location"),
        "{}: {err}",
        e.name()
    );
    assert_eq!(server.join().unwrap().len(), 1);
}

/// A 2 GiB claim, an endless body and a body just over a configured limit: one request each,
/// an error naming the limit.
fn answers_over_the_limit_are_refused_not_retried<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let e = make(fast()).limited(Limits::default().max_body(1 << 20));
    for (head, bytes) in [
        (
            "HTTP/1.1 200 OK\r\nContent-Length: 2147483648\r\nConnection: close\r\n",
            8 << 20,
        ),
        ("HTTP/1.1 200 OK\r\nConnection: close\r\n", 64 << 20),
    ] {
        let (addr, server) = serve_within(1, Duration::from_secs(5), move |_, _| Action::Flood {
            head: head.to_owned(),
            bytes,
        });
        let err = e
            .get(&User::get().build(), &format!("http://{addr}/v1.0/me"))
            .unwrap_err();
        assert_eq!(
            err.transport_kind(),
            Some(TransportKind::TooLarge),
            "{}: {err}",
            e.name()
        );
        assert!(err.to_string().contains("1048576 bytes"), "{err}");
        assert_eq!(server.join().unwrap().len(), 1, "{}: retried", e.name());
    }
    let e = e.limited(Limits::default().max_body(100));
    let (addr, _server) = serve(1, |_, _| json(200, json!({"id": "x".repeat(200)})));
    let err = e
        .get(&User::get().build(), &format!("http://{addr}/v1.0/me"))
        .unwrap_err();
    assert!(
        err.to_string().contains("limit of 100 bytes"),
        "{}: {err}",
        e.name()
    );
}

fn a_silent_server_times_out<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let e = make(RetryPolicy::none())
        .limited(Limits::default().request_timeout(Duration::from_millis(400)));
    let (addr, _server) = serve(1, |_, _| Action::Silent(Duration::from_secs(3)));
    let start = Instant::now();
    let err = e
        .get(&User::get().build(), &format!("http://{addr}/v1.0/me"))
        .unwrap_err();
    assert_eq!(
        err.transport_kind(),
        Some(TransportKind::Timeout),
        "{}: {err}",
        e.name()
    );
    assert!(start.elapsed() < Duration::from_secs(3), "{}", e.name());
}

/// msgraph-sdk's large-file upload task against an Outlook attachment session: every
/// intermediate range is answered `200` with `nextExpectedRanges`, the last `201` with a
/// `Location`.
fn an_outlook_session_answering_200_goes_on_to_the_end<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let total = 700_000usize;
    let (addr, server) = serve(3, move |r, addr| {
        let range = r.header("content-range").unwrap().to_owned();
        let end: usize = range[6..]
            .split(['-', '/'])
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        if end + 1 == total {
            Action::Reply(
                201,
                vec![(
                    "Location",
                    format!("http://{addr}/v1.0/me/messages/1/attachments/2"),
                )],
                vec![],
            )
        } else {
            json(
                200,
                json!({
                    "@odata.context": "https://outlook.office.com/api/v2.0/$metadata#Users('a')/Messages('b')/AttachmentSessions/$entity",
                    "expirationDateTime": "2026-12-03T09:00:00Z",
                    "nextExpectedRanges": [format!("{}", end + 1)]
                }),
            )
        }
    });
    let data: Vec<u8> = (0..total).map(|i| (i % 251) as u8).collect();
    let e = make(fast());
    let done = e
        .upload(
            &format!("http://{addr}/up/AAMk?authtoken=x"),
            &data,
            UploadOptions::default().chunk_units(1),
        )
        .unwrap();
    assert_eq!(done.status, 201, "{}", e.name());
    assert!(done.location.unwrap().ends_with("/attachments/2"));
    let got = server.join().unwrap();
    let received: Vec<u8> = got.iter().flat_map(|r| r.body.clone()).collect();
    assert_eq!(received, data, "{}: every byte, once", e.name());
    assert!(got.iter().all(|r| r.header("authorization").is_none()));
}

/// A `429` (and a `503`) on a range wait their `Retry-After` under the retry policy.
fn a_throttled_range_waits_its_retry_after<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let total = 2 * RANGE_UNIT;
    let mut n = 0;
    let (addr, server) = serve(4, move |_, _| {
        n += 1;
        match n {
            1 => Action::Reply(429, vec![("Retry-After", "1".into())], vec![]),
            2 => json(
                202,
                json!({"nextExpectedRanges": [format!("{RANGE_UNIT}-")]}),
            ),
            3 => Action::Reply(503, vec![("Retry-After", "1".into())], vec![]),
            _ => json(201, json!({"id": "01", "name": "f.bin"})),
        }
    });
    let data = vec![7u8; total];
    let e = make(fast());
    let start = Instant::now();
    let done = e
        .upload(
            &format!("http://{addr}/up"),
            &data,
            UploadOptions::default().chunk_units(1),
        )
        .unwrap();
    assert_eq!(done.status, 201);
    assert!(
        start.elapsed() >= Duration::from_millis(1900),
        "{}: {:?}",
        e.name(),
        start.elapsed()
    );
    let got = server.join().unwrap();
    let ranges: Vec<_> = got
        .iter()
        .map(|r| r.header("content-range").unwrap().to_owned())
        .collect();
    assert_eq!(
        ranges,
        [
            "bytes 0-327679/655360",
            "bytes 0-327679/655360",
            "bytes 327680-655359/655360",
            "bytes 327680-655359/655360"
        ]
    );
}

/// A session answering `202 ["0-"]` forever: an error after the stall bound, the session
/// deleted, a bounded number of bytes sent.
fn a_session_that_does_not_advance_ends_and_is_deleted<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let (addr, server) = serve_within(5, Duration::from_secs(5), |r, _| match r.method.as_str() {
        "DELETE" => Action::Reply(204, vec![], vec![]),
        _ => json(202, json!({"nextExpectedRanges": ["0-"]})),
    });
    let data = vec![1u8; 4 * RANGE_UNIT];
    let e = make(fast());
    let err = e
        .upload(
            &format!("http://{addr}/up"),
            &data,
            UploadOptions::default().chunk_units(1),
        )
        .unwrap_err();
    assert!(
        matches!(&err, Error::Upload { message } if message.contains("did not advance")),
        "{}: {err}",
        e.name()
    );
    let got = server.join().unwrap();
    assert_eq!(got.last().unwrap().method, "DELETE", "{}", e.name());
    assert_eq!(got.len(), 5, "4 ranges then the delete");
}

fn a_cancelled_upload_deletes_its_session<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let (addr, server) = serve_within(2, Duration::from_secs(5), |r, _| match r.method.as_str() {
        "DELETE" => Action::Reply(204, vec![], vec![]),
        _ => {
            let start: usize = r.header("content-range").unwrap()[6..]
                .split('-')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            json(
                202,
                json!({"nextExpectedRanges": [format!("{}-", start + RANGE_UNIT)]}),
            )
        }
    });
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = cancel.clone();
    let options = UploadOptions::default()
        .chunk_units(1)
        .cancel_on(cancel)
        .progress(move |done, _| flag.store(done >= RANGE_UNIT as u64, Ordering::Relaxed));
    let e = make(fast());
    let err = e
        .upload(
            &format!("http://{addr}/up"),
            &vec![1u8; 4 * RANGE_UNIT],
            options,
        )
        .unwrap_err();
    assert!(err.to_string().contains("cancelled"), "{}: {err}", e.name());
    let got = server.join().unwrap();
    let methods: Vec<_> = got.iter().map(|r| r.method.as_str()).collect();
    assert_eq!(methods, ["PUT", "DELETE"], "{}", e.name());
}

fn a_saved_session_resumes_where_the_service_is<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let (addr, server) = serve(2, |r, _| match r.method.as_str() {
        "GET" => json(
            200,
            json!({"uploadUrl": "x", "nextExpectedRanges": [format!("{RANGE_UNIT}-")]}),
        ),
        _ => json(201, json!({"id": "01"})),
    });
    let data = vec![3u8; 2 * RANGE_UNIT];
    let e = make(fast());
    let done = e
        .resume_upload(
            &format!("http://{addr}/up"),
            &data,
            UploadOptions::default(),
        )
        .unwrap();
    assert_eq!(done.status, 201);
    let got = server.join().unwrap();
    assert_eq!(
        got[1].header("content-range"),
        Some("bytes 327680-655359/655360"),
        "{}",
        e.name()
    );
    assert_eq!(got[1].body.len(), RANGE_UNIT);
}

fn batch_of(root: &str, n: usize) -> Batch {
    let mut batch = Batch::new(root);
    for i in 0..n {
        batch
            .add(
                &User::get()
                    .build()
                    .to_http(&format!("{root}/users/{i}"), TOKEN)
                    .unwrap(),
            )
            .unwrap();
    }
    batch
}

/// msgraph-sdk's batch response content: every answer must match an id sent, once.
fn batch_answers_that_lie_are_errors<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let ok = |id: &str| json!({"id": id, "status": 200, "body": {"id": id}});
    let lies = [
        (json!([ok("1")]), "no answer for the request(s) 2"),
        (json!([ok("1"), ok("7")]), "`7`, which was not sent"),
        (json!([ok("1"), ok("1")]), "`1` twice"),
        (
            json!((0..25).map(|i| ok(&i.to_string())).collect::<Vec<_>>()),
            "25 answers for 2 requests",
        ),
    ];
    let e = make(fast());
    for (responses, why) in lies {
        let (addr, _server) = serve(1, move |_, _| json(200, json!({"responses": responses})));
        let root = format!("http://{addr}/v1.0");
        let err = e.batch(&batch_of(&root, 2)).unwrap_err();
        assert!(
            matches!(&err, Error::Batch { message } if message.contains(why)),
            "{}: {why}: {err}",
            e.name()
        );
    }
}

/// A retry round answers a member it did not send (one answered in the first round): an
/// error, never an overwrite.
fn a_retry_round_fills_only_its_own_members<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let mut round = 0;
    let (addr, _server) = serve(2, move |_, _| {
        round += 1;
        if round == 1 {
            json(
                200,
                json!({"responses": [
                    {"id": "1", "status": 200, "body": {"id": "first"}},
                    {"id": "2", "status": 429, "headers": {"Retry-After": "0"}}
                ]}),
            )
        } else {
            json(
                200,
                json!({"responses": [
                    {"id": "2", "status": 200, "body": {"id": "second"}},
                    {"id": "1", "status": 200, "body": {"id": "overwritten"}}
                ]}),
            )
        }
    });
    let e = make(fast());
    let err = e
        .batch(&batch_of(&format!("http://{addr}/v1.0"), 2))
        .unwrap_err();
    assert!(
        matches!(&err, Error::Batch { message } if message.contains("2 answers for 1 requests")),
        "{}: {err}",
        e.name()
    );
}

/// `DELETE …/operations/..` would go to the call (reqwest resolves `%2E%2E`); `id("")` to the
/// collection. Nothing is sent.
fn dot_and_empty_keys_never_leave_the_client<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let (addr, server) = serve_within(1, Duration::from_millis(300), |_, _| {
        Action::Reply(204, vec![], vec![])
    });
    let root = Graph::new(&format!("http://{addr}/v1.0")).unwrap();
    let users = root.collection::<User>("users");
    let e = make(fast());
    for key in ["..", ".", ""] {
        let path = users.id(key);
        let err = e.delete(&User::delete(), path.url()).unwrap_err();
        assert!(
            matches!(err, Error::Request(_)),
            "{}: {key:?}: {err}",
            e.name()
        );
    }
    assert!(
        server.join().unwrap().is_empty(),
        "{}: a request was sent",
        e.name()
    );
}

/// The retry observer sees no operation parameter; a token the service echoes is redacted;
/// a pager's `Debug` shows no skip token.
fn secrets_stay_out_of_waits_errors_and_debug<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let mut n = 0;
    let (addr, _server) = serve(2, move |_, _| {
        n += 1;
        if n == 1 {
            Action::Reply(429, vec![("Retry-After", "0".into())], vec![])
        } else {
            json(
                401,
                json!({"error": {"code": "InvalidAuthenticationToken", "message": format!("token {TOKEN} is not valid")}}),
            )
        }
    });
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let e = make(fast().on_wait(move |w| log.lock().unwrap().push(w.what.clone())));
    let f: OperationRequest<bool> = OperationRequest::function(
        &format!("http://{addr}/v1.0/me"),
        "checkPin",
        &[("Pin", "pin-4711")],
    );
    let err = e.call(&f).unwrap_err();
    let shown = format!("{err} {err:?}");
    assert!(
        !shown.contains(TOKEN) && shown.contains("<redacted>"),
        "{}: {shown}",
        e.name()
    );
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    assert!(
        !seen[0].contains("pin-4711") && seen[0].contains("checkPin(…)"),
        "{}",
        seen[0]
    );
    let pager = graph_resource::call::BoundList::new(
        User::list().build(),
        "https://h/v1.0/users?$skiptoken=s3cr3t",
    );
    assert!(!format!("{pager:?}").contains("s3cr3t"));
}

fn transport_errors_keep_their_kind<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let e = make(RetryPolicy::none());
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let err = e
        .get(
            &User::get().build(),
            &format!("http://{closed}/v1.0/me?$select=secret"),
        )
        .unwrap_err();
    assert_eq!(
        err.transport_kind(),
        Some(TransportKind::Refused),
        "{}: {err}",
        e.name()
    );
    assert!(!err.to_string().contains("secret"), "{err}");
    let (addr, _server) = serve(1, |_, _| Action::Reset);
    let err = e
        .get(&User::get().build(), &format!("http://{addr}/v1.0/me"))
        .unwrap_err();
    assert_eq!(
        err.transport_kind(),
        Some(TransportKind::Reset),
        "{}: {err}",
        e.name()
    );
    let err = e
        .get(&User::get().build(), "http://graph.invalid/v1.0/me")
        .unwrap_err();
    assert_eq!(
        err.transport_kind(),
        Some(TransportKind::Dns),
        "{}: {err}",
        e.name()
    );
}

/// A library author's request kind: `GET {user}/photo/$value` read as a length, through the
/// same retries and redirects as the built-in kinds.
struct PhotoSize(String);

impl graph_resource::call::Call for PhotoSize {
    type Output = usize;
    fn to_http(&self, token: &str) -> Result<http::Request<Vec<u8>>, graph_resource::RequestError> {
        graph_resource::call::get(&format!("{}/photo/$value", self.0), token)
    }
    fn parse_response(
        &self,
        response: &http::Response<Vec<u8>>,
    ) -> Result<usize, graph_resource::GraphError> {
        match response.status().as_u16() {
            200 => Ok(response.body().len()),
            _ => Err(graph_resource::GraphError::from_response(response)),
        }
    }
}

fn a_request_kind_of_your_own_goes_through<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let mut n = 0;
    let (addr, server) = serve(3, move |_, _| {
        n += 1;
        match n {
            1 => Action::Reply(429, vec![("Retry-After", "0".into())], vec![]),
            2 => redirect(302, "/cdn/photo.jpg"),
            _ => Action::Reply(
                200,
                vec![("Content-Type", "image/jpeg".into())],
                vec![0xFF; 1234],
            ),
        }
    });
    let e = make(fast());
    assert_eq!(
        e.send(PhotoSize(format!("http://{addr}/v1.0/me"))).unwrap(),
        1234,
        "{}",
        e.name()
    );
    let got = server.join().unwrap();
    assert_eq!(got[2].path, "/cdn/photo.jpg");
}

/// `Edm.Stream` content is streamed, not buffered: 3 MiB through a 1 MiB body limit.
fn a_download_streams_past_the_body_limit<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let e = make(fast()).limited(Limits::default().max_body(1 << 20));
    let (addr, _server) = serve(1, |_, _| Action::Reply(200, vec![], vec![b'x'; 3 << 20]));
    let content = e
        .download(&format!(
            "http://{addr}/v1.0/reports/getTeamsUserActivityUserDetail(period='D7')"
        ))
        .unwrap();
    assert_eq!(content.len(), 3 << 20, "{}", e.name());
}

/// Only a successful answer is streamed: an endless error answer to a download is read as any
/// answer, bounded, and is not retried.
fn a_downloads_error_answer_is_bounded<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let e = make(fast()).limited(Limits::default().max_body(1 << 20));
    let (addr, server) = serve_within(1, Duration::from_secs(5), |_, _| Action::Flood {
        head: "HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n".to_owned(),
        bytes: 64 << 20,
    });
    let err = e
        .download(&format!("http://{addr}/v1.0/me/drive/items/01/content"))
        .unwrap_err();
    assert_eq!(
        err.transport_kind(),
        Some(TransportKind::TooLarge),
        "{}: {err}",
        e.name()
    );
    assert_eq!(server.join().unwrap().len(), 1);
}
