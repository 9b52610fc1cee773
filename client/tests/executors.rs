//! One test list, run by both executors (ureq and reqwest) against a server on 127.0.0.1:
//! paging over 3 pages then a delta link, a foreign next link, a 429 with `Retry-After: 1`
//! then success (the wait measured), a 503 storm that exhausts the bound, a PATCH not sent
//! again after a reset (and a GET that is), a batch of 25 with two throttled members, a 10 MiB
//! upload in ranges with one interrupted range resumed, and errors that show no token or query.

#[macro_use]
mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{json, serve, Action, Exec, TOKEN};
use graph_resource::prelude::*;
use graph_resource::Batch;
use graph_resource_client::{Error, RetryPolicy, RetryReason, UploadOptions, Wait, RANGE_UNIT};
use serde_json::json;

/// v1.0 `user` (a slice).
#[graph_resource(inherits = entity)]
pub struct User {
    pub display_name: Option<String>,
    pub mail: Option<String>,
}

fn fast() -> RetryPolicy {
    RetryPolicy::default().base_delay(Duration::from_millis(20))
}

each_executor!(
    three_pages_then_a_delta_link,
    a_foreign_next_link_ends_the_pages_without_a_request,
    a_429_waits_its_retry_after_then_succeeds,
    a_503_storm_exhausts_the_bound,
    a_patch_is_not_sent_again_after_a_reset_a_get_is,
    a_batch_of_25_sends_its_two_throttled_members_again,
    ten_mib_upload_in_ranges_resumes_an_interrupted_range,
    errors_show_no_token_and_no_query,
    create_delete_an_action_and_a_delta_function,
);

fn three_pages_then_a_delta_link<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let (addr, server) = serve(3, |r, addr| {
        let base = format!("http://{addr}/v1.0/users/delta");
        let page = |ids: [&str; 2], link: serde_json::Value| {
            let mut body = json!({"value": [{"id": ids[0]}, {"id": ids[1], "displayName": "B"}]});
            body.as_object_mut()
                .unwrap()
                .extend(link.as_object().unwrap().clone());
            json(200, body)
        };
        match r.path.as_str() {
            "/v1.0/users/delta" => page(
                ["1", "2"],
                json!({"@odata.nextLink": format!("{base}?$skiptoken=p2")}),
            ),
            "/v1.0/users/delta?$skiptoken=p2" => page(
                ["3", "4"],
                json!({"@odata.nextLink": format!("{base}?$skiptoken=p3")}),
            ),
            "/v1.0/users/delta?$skiptoken=p3" => page(
                ["5", "6"],
                json!({"@odata.deltaLink": format!("{base}?$deltatoken=d1")}),
            ),
            other => json(
                404,
                json!({"error": {"code": "NotFound", "message": other}}),
            ),
        }
    });
    let exec = make(fast());
    let url = format!("http://{addr}/v1.0/users/delta");
    let (items, delta) = exec.items_and_delta(User::list().build(), &url);
    let ids: Vec<String> = items.into_iter().map(|u| u.unwrap().id.unwrap()).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5", "6"], "{}", exec.name());
    assert_eq!(
        delta,
        Some(format!("http://{addr}/v1.0/users/delta?$deltatoken=d1"))
    );
    let received = server.join().unwrap();
    assert_eq!(received.len(), 3);
    assert!(received
        .iter()
        .all(|r| r.header("authorization") == Some(&format!("Bearer {TOKEN}")[..])));
}

fn a_foreign_next_link_ends_the_pages_without_a_request<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    // The server listens 2 s for a second request, which must not come.
    let (addr, server) = common::serve_within(2, Duration::from_secs(2), |_, _| {
        json(
            200,
            json!({"value": [{"id": "1"}], "@odata.nextLink": "http://127.0.0.2:9/v1.0/users?$skiptoken=x"}),
        )
    });
    let exec = make(fast());
    let pages = exec.all_pages(User::list().build(), &format!("http://{addr}/v1.0/users"));
    assert_eq!(
        pages.len(),
        2,
        "{}: the page, then the refusal",
        exec.name()
    );
    assert_eq!(pages[0].as_ref().unwrap().value.len(), 1);
    match &pages[1] {
        Err(Error::Request(e)) => assert!(
            e.to_string().contains("another scheme, host or port"),
            "{e}"
        ),
        other => panic!("{}: {other:?}", exec.name()),
    }
    assert_eq!(
        server.join().unwrap().len(),
        1,
        "no request went to the foreign host"
    );
}

fn a_429_waits_its_retry_after_then_succeeds<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let mut n = 0;
    let (addr, server) = serve(2, move |_, _| {
        n += 1;
        if n == 1 {
            Action::Reply(
                429,
                vec![
                    ("Retry-After", "1".into()),
                    ("Content-Type", "application/json".into()),
                ],
                br#"{"error":{"code":"TooManyRequests","message":"Please retry"}}"#.to_vec(),
            )
        } else {
            json(200, json!({"id": "u1", "displayName": "Adele"}))
        }
    });
    let waits: Arc<Mutex<Vec<Wait>>> = Arc::default();
    let log = waits.clone();
    let exec = make(fast().on_wait(move |w| log.lock().unwrap().push(w.clone())));
    let start = Instant::now();
    let user = exec
        .get(
            &User::get().build(),
            &format!("http://{addr}/v1.0/users/u1?$select=displayName"),
        )
        .unwrap();
    let took = start.elapsed();
    assert_eq!(user.display_name.as_deref(), Some("Adele"));
    assert!(
        took >= Duration::from_secs(1),
        "{}: waited {took:?}",
        exec.name()
    );
    assert!(
        took < Duration::from_secs(5),
        "{}: waited {took:?}",
        exec.name()
    );
    let waits = waits.lock().unwrap();
    assert_eq!(waits.len(), 1);
    assert_eq!(waits[0].delay, Duration::from_secs(1));
    assert!(waits[0].from_retry_after);
    assert_eq!(waits[0].reason, RetryReason::Status(429));
    assert_eq!(waits[0].what, "GET /v1.0/users/u1", "no query shown");
    let got = server.join().unwrap();
    assert_eq!(got.len(), 2);
    // Kiota's RetryHandler scenario: the retry says which attempt it is.
    assert_eq!(got[0].header("retry-attempt"), None);
    assert_eq!(got[1].header("retry-attempt"), Some("1"), "{}", exec.name());
}

fn a_503_storm_exhausts_the_bound<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let (addr, server) = common::serve_within(4, Duration::from_secs(3), |_, _| {
        json(
            503,
            json!({"error": {"code": "serviceNotAvailable", "message": "busy"}}),
        )
    });
    let exec = make(fast().max_retries(2));
    let err = exec
        .get(&User::get().build(), &format!("http://{addr}/v1.0/me"))
        .unwrap_err();
    let graph = err.graph().expect("the service's last answer");
    assert_eq!(graph.status(), 503);
    assert_eq!(graph.code(), Some("serviceNotAvailable"));
    // 1 + 2 retries, then nothing more (the server listens 3 s for a fourth).
    let received = server.join().unwrap();
    assert_eq!(received.len(), 3);
}

fn a_patch_is_not_sent_again_after_a_reset_a_get_is<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let mut n = 0;
    let (addr, server) = serve(3, move |r, _| {
        n += 1;
        match (n, r.method.as_str()) {
            (1, "PATCH") => Action::Reset,
            (2, "GET") => Action::Reset,
            (3, "GET") => json(200, json!({"id": "u1"})),
            _ => json(
                500,
                json!({"error": {"code": "unexpected", "message": "unexpected"}}),
            ),
        }
    });
    let exec = make(fast());
    let url = format!("http://{addr}/v1.0/users/u1");
    let err = exec
        .update(&User::update().display_name("A").build(), &url)
        .unwrap_err();
    match &err {
        Error::Transport { message } => assert!(message.contains("not sent again"), "{message}"),
        other => panic!("{}: {other:?}", exec.name()),
    }
    let user = exec.get(&User::get().build(), &url).unwrap();
    assert_eq!(user.id.as_deref(), Some("u1"));
    let received = server.join().unwrap();
    let methods: Vec<&str> = received.iter().map(|r| r.method.as_str()).collect();
    assert_eq!(methods, ["PATCH", "GET", "GET"], "{}", exec.name());
}

fn a_batch_of_25_sends_its_two_throttled_members_again<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let rounds: Arc<Mutex<Vec<Vec<String>>>> = Arc::default();
    let seen = rounds.clone();
    let (addr, server) = serve(3, move |r, _| {
        let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        let ids: Vec<String> = body["requests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["id"].as_str().unwrap().to_owned())
            .collect();
        let first_round = seen.lock().unwrap().len() < 2;
        seen.lock().unwrap().push(ids.clone());
        let responses: Vec<serde_json::Value> = ids
            .iter()
            .map(|id| {
                if first_round && (id == "3" || id == "22") {
                    json!({"id": id, "status": 429, "headers": {"Retry-After": "1"},
                           "body": {"error": {"code": "TooManyRequests", "message": "throttled"}}})
                } else {
                    json!({"id": id, "status": 200, "body": {"id": format!("u{id}")}})
                }
            })
            .collect();
        json(200, json!({"responses": responses}))
    });
    let root = format!("http://{addr}/v1.0");
    let mut batch = Batch::new(&root);
    for i in 1..=25 {
        let get = User::get()
            .build()
            .to_http(&format!("{root}/users/u{i}"), TOKEN)
            .unwrap();
        batch.add(&get).unwrap();
    }
    let exec = make(fast());
    let start = Instant::now();
    let answers = exec.batch(&batch).unwrap();
    assert!(
        start.elapsed() >= Duration::from_secs(1),
        "the members' Retry-After was waited"
    );
    assert_eq!(answers.len(), 25);
    for (i, a) in answers.iter().enumerate() {
        assert_eq!(a.id, (i + 1).to_string());
        assert_eq!(a.response.status(), 200, "{}: member {}", exec.name(), a.id);
        let user: User = User::get().build().parse_response(&a.response).unwrap();
        assert_eq!(user.id, Some(format!("u{}", i + 1)));
    }
    let rounds = rounds.lock().unwrap();
    assert_eq!(rounds.len(), 3, "20 + 5, then the two again");
    assert_eq!(rounds[0].len(), 20);
    assert_eq!(rounds[1].len(), 5);
    assert_eq!(rounds[2], ["3", "22"]);
    assert_eq!(server.join().unwrap().len(), 3);
}

fn ten_mib_upload_in_ranges_resumes_an_interrupted_range<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    const SIZE: usize = 10 * 1024 * 1024;
    let data: Vec<u8> = (0..SIZE).map(|i| (i * 31 % 251) as u8).collect();
    let stored: Arc<Mutex<Vec<u8>>> = Arc::default();
    let store = stored.clone();
    let mut puts = 0;
    let (addr, server) = serve(5, move |r, _| {
        let mut have = store.lock().unwrap();
        let expected = || json!({"nextExpectedRanges": [format!("{}-", have.len())]});
        match r.method.as_str() {
            "GET" => json(200, expected()),
            "PUT" => {
                puts += 1;
                let range = r.header("content-range").unwrap().to_owned();
                let (span, total) = range
                    .strip_prefix("bytes ")
                    .unwrap()
                    .split_once('/')
                    .unwrap();
                let (start, end) = span.split_once('-').unwrap();
                let (start, end): (usize, usize) = (start.parse().unwrap(), end.parse().unwrap());
                assert_eq!(total, SIZE.to_string());
                assert_eq!(start, have.len(), "a byte sent twice, or one skipped");
                assert_eq!(r.body.len(), end - start + 1);
                if end + 1 < SIZE {
                    assert_eq!(
                        r.body.len() % (320 * 1024),
                        0,
                        "ranges are multiples of 320 KiB"
                    );
                }
                if puts == 2 {
                    // The second range: half of it is stored, then the connection drops.
                    have.extend_from_slice(&r.body[..r.body.len() / 2]);
                    return Action::Reset;
                }
                have.extend_from_slice(&r.body);
                if have.len() == SIZE {
                    json(
                        201,
                        json!({"id": "01BYE5RZ", "name": "big.bin", "size": SIZE}),
                    )
                } else {
                    drop(have);
                    let have = store.lock().unwrap();
                    json(
                        202,
                        json!({"expirationDateTime": "2026-12-02T00:00:00Z", "nextExpectedRanges": [format!("{}-", have.len())]}),
                    )
                }
            }
            _ => json(405, json!({})),
        }
    });
    let progress: Arc<Mutex<Vec<(u64, u64)>>> = Arc::default();
    let log = progress.clone();
    let exec = make(fast());
    let url = format!("http://{addr}/up/AQ5Kp?tempauth=c2Vzc2lvbi1zZWNyZXQ");
    let done = exec
        .upload(
            &url,
            &data,
            UploadOptions::default()
                .chunk_units(10)
                .progress(move |d, t| log.lock().unwrap().push((d, t))),
        )
        .unwrap();
    assert_eq!(done.status, 201);
    let item: serde_json::Value = done.json().unwrap();
    assert_eq!(item["name"], "big.bin");
    assert!(
        *stored.lock().unwrap() == data,
        "{}: the file arrived whole",
        exec.name()
    );
    let received = server.join().unwrap();
    assert!(
        received.iter().all(|r| r.header("authorization").is_none()),
        "no token on the upload URL"
    );
    let methods: Vec<&str> = received.iter().map(|r| r.method.as_str()).collect();
    // 3.125 MiB ranges: the second is cut at half, the session says it has 4.6875 MiB, and the
    // upload goes on from there (a multiple of 320 KiB, as Graph keeps whole units).
    assert_eq!(
        methods,
        ["PUT", "PUT", "GET", "PUT", "PUT"],
        "{}",
        exec.name()
    );
    let starts: Vec<&str> = received
        .iter()
        .filter_map(|r| r.header("content-range"))
        .map(|c| c.strip_prefix("bytes ").unwrap().split('-').next().unwrap())
        .collect();
    assert_eq!(starts, ["0", "3276800", "4915200", "8192000"]);
    let progress = progress.lock().unwrap();
    assert_eq!(progress.last(), Some(&(SIZE as u64, SIZE as u64)));
    assert!(progress.windows(2).all(|w| w[0].0 <= w[1].0));
    assert_eq!(RANGE_UNIT, 320 * 1024);
}

fn errors_show_no_token_and_no_query<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    // Nothing listens on this port (bound, then dropped).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let exec = make(RetryPolicy::none());
    let err = exec
        .get(
            &User::get().build(),
            &format!("http://127.0.0.1:{port}/v1.0/users?$filter=mail%20eq%20'secret-filter'"),
        )
        .unwrap_err();
    let shown = format!("{err} {err:?}");
    assert!(
        matches!(err, Error::Transport { .. }),
        "{}: {shown}",
        exec.name()
    );
    assert!(
        !shown.contains("secret-filter") && !shown.contains(TOKEN),
        "{}: {shown}",
        exec.name()
    );
    // An answer that echoes the token's text in its message is the runtime's GraphError,
    // which shows status, code and message; the client adds nothing of the request.
    let (addr, server) = serve(1, |_, _| {
        json(
            400,
            json!({"error": {"code": "badRequest", "message": "bad"}}),
        )
    });
    let err = exec
        .get(
            &User::get().build(),
            &format!("http://{addr}/v1.0/me?$select=secret-select"),
        )
        .unwrap_err();
    let shown = format!("{err} {err:?}");
    assert!(
        !shown.contains("secret-select") && !shown.contains(TOKEN),
        "{shown}"
    );
    server.join().unwrap();
}

fn create_delete_an_action_and_a_delta_function<E: Exec>(make: impl Fn(RetryPolicy) -> E) {
    let (addr, server) = serve(5, |r, addr| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/v1.0/users") => json(201, json!({"id": "new", "displayName": "Ada"})),
        ("DELETE", "/v1.0/users/new") => Action::Reply(204, vec![], vec![]),
        ("POST", "/v1.0/users/new/revokeSignInSessions") => json(200, json!({"value": true})),
        ("GET", "/v1.0/users/delta()") => json(
            200,
            json!({
            "value": [{"id": "1"}],
            "@odata.nextLink": format!("http://{addr}/v1.0/users/delta()?$skiptoken=2")}),
        ),
        ("GET", "/v1.0/users/delta()?$skiptoken=2") => json(
            200,
            json!({
            "value": [{"id": "2", "@removed": {"reason": "deleted"}}],
            "@odata.deltaLink": format!("http://{addr}/v1.0/users/delta()?$deltatoken=3")}),
        ),
        _ => json(404, json!({"error": {"code": "NotFound", "message": "no"}})),
    });
    let exec = make(fast());
    let root = format!("http://{addr}/v1.0");
    let created = exec
        .create(
            &User::create().display_name("Ada").build(),
            &format!("{root}/users"),
        )
        .unwrap();
    assert_eq!(created.id.as_deref(), Some("new"));
    exec.delete(&User::delete(), &format!("{root}/users/new"))
        .unwrap();
    let revoked: bool = exec
        .call(&graph_resource::OperationRequest::action(
            &format!("{root}/users/new"),
            "revokeSignInSessions",
            &(),
        ))
        .unwrap();
    assert!(revoked);
    let delta: graph_resource::OperationRequest<Page<User>> =
        graph_resource::OperationRequest::function(&format!("{root}/users"), "delta", &());
    let pages = exec.delta_pages(delta);
    let pages: Vec<Page<User>> = pages.into_iter().map(Result::unwrap).collect();
    assert_eq!(pages.len(), 2, "{}", exec.name());
    assert_eq!(pages[1].value[0].removed(), Some("deleted"));
    assert_eq!(
        pages[1].delta_link,
        Some(format!("{root}/users/delta()?$deltatoken=3"))
    );
    let methods: Vec<String> = server
        .join()
        .unwrap()
        .into_iter()
        .map(|r| r.method)
        .collect();
    assert_eq!(methods, ["POST", "DELETE", "POST", "GET", "GET"]);
}
