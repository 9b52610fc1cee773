//! Every request kind end to end over 127.0.0.1 with a real client: a list that pages three
//! times then returns a delta link; a next link to another host, and one seen before, refused;
//! a 429 with Retry-After on a page; PATCH with nulls and If-Match answered 204, then 412;
//! DELETE 204; GET with $select/$expand; a batch of 25 requests split in two.

mod common;

use std::time::Duration;

use common::{send, serve, Reply};
use graph_resource::prelude::*;
use graph_resource::{GraphErrorKind, RequestErrorKind};
use serde_json::{json, Value};

const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJncmFwaCJ9.c2lnbmF0dXJl";

/// v1.0 `user` (a slice).
#[graph_resource(inherits = entity)]
pub struct User {
    pub display_name: Option<String>,
    pub job_title: Option<String>,
    pub office_location: Option<String>,
    pub mobile_phone: Option<String>,
    pub business_phones: Option<Vec<String>>,
    #[graph(read_only)]
    pub created_date_time: Option<String>,
}

fn json_reply(status: u16, body: Value) -> Reply {
    (
        status,
        vec![("Content-Type", "application/json".into())],
        serde_json::to_vec(&body).unwrap(),
    )
}

#[test]
fn a_list_pages_three_times_then_gives_a_delta_link() {
    let (addr, server) = serve(3, move |r| {
        let base = format!("http://{}/v1.0/users/delta", r.header_values("host")[0]);
        match r.path.as_str() {
            p if p.starts_with("/v1.0/users/delta?$select=") => json_reply(
                200,
                json!({"@odata.context": "ctx", "@odata.nextLink": format!("{base}?$skiptoken=2"),
                       "value": [{"id": "1", "displayName": "Adele"}]}),
            ),
            "/v1.0/users/delta?$skiptoken=2" => json_reply(
                200,
                json!({"@odata.nextLink": format!("{base}?$skiptoken=3"),
                       "value": [{"id": "2", "@removed": {"reason": "deleted"}}]}),
            ),
            "/v1.0/users/delta?$skiptoken=3" => json_reply(
                200,
                json!({"@odata.deltaLink": format!("{base}?$deltatoken=4"),
                       "value": [{"id": "3", "displayName": "Irvin"}]}),
            ),
            other => json_reply(
                404,
                json!({"error": {"code": "NotFound", "message": other}}),
            ),
        }
    });
    let url = format!("http://{addr}/v1.0/users/delta");
    let mut list = User::list().select(["id", "displayName"]).build();
    let first = list.to_http(&url, TOKEN).unwrap();
    let mut page = list.parse_response(&send(first)).unwrap();
    let mut users = page.value.clone();
    let mut pages = 1;
    while let Some(next) = list.next_request(&page, TOKEN) {
        page = list.parse_response(&send(next.unwrap())).unwrap();
        users.extend(page.value.clone());
        pages += 1;
    }
    assert_eq!(pages, 3);
    assert_eq!(users.len(), 3);
    // A removed item is recognisable without string digging.
    assert_eq!(users[1].removed(), Some("deleted"));
    assert_eq!(users[0].removed(), None);
    // The delta link is kept for the next round.
    assert_eq!(
        page.delta_link.as_deref(),
        Some(format!("{url}?$deltatoken=4").as_str())
    );
    let received = server.join().unwrap();
    assert!(received.iter().all(|r| r.method == "GET"
        && r.header_values("authorization") == [format!("Bearer {TOKEN}").as_str()]));
    assert_eq!(received[0].path, "/v1.0/users/delta?$select=id,displayName");
}

#[test]
fn next_links_elsewhere_or_seen_before_are_refused() {
    let mut list = User::list().build();
    list.to_http("https://graph.microsoft.com/v1.0/users", TOKEN)
        .unwrap();
    for elsewhere in [
        "https://evil.example/v1.0/users?$skiptoken=1",
        "http://graph.microsoft.com/v1.0/users?$skiptoken=1",
        "https://graph.microsoft.com:8443/v1.0/users?$skiptoken=1",
    ] {
        let page = Page::<User> {
            next_link: Some(elsewhere.into()),
            ..Page::default()
        };
        let err = list.next_request(&page, TOKEN).unwrap().unwrap_err();
        assert_eq!(err.kind(), RequestErrorKind::NextLink, "{elsewhere}");
        assert!(!err.to_string().contains(TOKEN));
    }
    let page = Page::<User> {
        next_link: Some("https://GRAPH.microsoft.com:443/v1.0/users?$skiptoken=1".into()),
        ..Page::default()
    };
    assert!(list.next_request(&page, TOKEN).unwrap().is_ok());
    let err = list.next_request(&page, TOKEN).unwrap().unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::NextLink);
    assert!(err.to_string().contains("loop"), "{err}");
    // The last page: no next request.
    assert!(list.next_request(&Page::default(), TOKEN).is_none());
}

#[test]
fn a_429_on_a_page_says_when_to_retry() {
    let (addr, server) = serve(1, |_| {
        let (status, mut headers, body) = json_reply(
            429,
            json!({"error": {"code": "TooManyRequests", "message": "Slow down.",
                             "innerError": {"request-id": "r-1", "client-request-id": "c-1"}}}),
        );
        headers.push(("Retry-After", "7".into()));
        (status, headers, body)
    });
    let mut list = User::list()
        .top(50)
        .search("\"displayName:a&b\"")
        .count()
        .build();
    let request = list
        .to_http(&format!("http://{addr}/v1.0/users"), TOKEN)
        .unwrap();
    assert_eq!(request.headers()["consistencylevel"], "eventual");
    let err = list.parse_response(&send(request)).unwrap_err();
    assert_eq!(err.status(), 429);
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(err.request_id(), Some("r-1"));
    assert!(err.is_retryable());
    let received = server.join().unwrap();
    assert_eq!(
        received[0].path,
        "/v1.0/users?$search=%22displayName:a%26b%22&$top=50&$count=true"
    );
}

#[test]
fn patch_with_nulls_and_if_match_then_412() {
    let (addr, server) = serve(2, {
        let mut n = 0;
        move |r| {
            n += 1;
            assert_eq!(r.method, "PATCH");
            if n == 1 {
                assert_eq!(r.header_values("if-match"), ["W/\"3\""]);
                (204, vec![], vec![])
            } else {
                json_reply(
                    412,
                    json!({"error": {"code": "PreconditionFailed", "message": "The ETag does not match."}}),
                )
            }
        }
    });
    let url = format!("http://{addr}/v1.0/users/87d349ed");
    let before: User = serde_json::from_value(json!({
        "@odata.etag": "W/\"3\"", "id": "87d349ed", "displayName": "Adele Vance",
        "jobTitle": "Retail Manager", "officeLocation": "18/2111", "createdDateTime": "2017-01-01"
    }))
    .unwrap();
    let mut after = before.clone();
    after.display_name = Some("Adele V.".into());
    after.office_location = None;
    after.created_date_time = Some("changed".into()); // read-only: never sent
    let request = User::diff(&before, &after);
    assert_eq!(request.etag(), Some("W/\"3\""));
    assert_eq!(
        request
            .parse_response(&send(request.to_http(&url, TOKEN).unwrap()))
            .unwrap(),
        None
    );
    let stale = User::update()
        .job_title("Manager")
        .null("mobilePhone")
        .build()
        .if_match("W/\"2\"");
    let err = stale
        .parse_response(&send(stale.to_http(&url, TOKEN).unwrap()))
        .unwrap_err();
    assert!(err.is_precondition_failed());
    assert_eq!(err.code(), Some("PreconditionFailed"));
    let received = server.join().unwrap();
    let body: Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(
        body,
        json!({"@odata.type": "#microsoft.graph.user", "displayName": "Adele V.", "officeLocation": null})
    );
    let body: Value = serde_json::from_slice(&received[1].body).unwrap();
    assert_eq!(
        body,
        json!({"@odata.type": "#microsoft.graph.user", "jobTitle": "Manager", "mobilePhone": null})
    );
}

#[test]
fn get_and_delete() {
    let (addr, server) = serve(2, |r| match r.method.as_str() {
        "GET" => json_reply(
            200,
            json!({"id": "1", "displayName": "Adele", "manager": {"id": "2"}}),
        ),
        _ => (204, vec![], vec![]),
    });
    let url = format!("http://{addr}/v1.0/users/1");
    let get = User::get()
        .select(["id", "displayName"])
        .expand(["manager($select=id)"])
        .build();
    let user = get
        .parse_response(&send(get.to_http(&url, TOKEN).unwrap()))
        .unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Adele"));
    assert!(user.additional_data.contains_key("manager"));
    let delete = User::delete().if_match("W/\"3\"");
    delete
        .parse_response(&send(delete.to_http(&url, TOKEN).unwrap()))
        .unwrap();
    let received = server.join().unwrap();
    assert_eq!(
        received[0].path,
        "/v1.0/users/1?$select=id,displayName&$expand=manager($select=id)"
    );
    assert_eq!(received[1].method, "DELETE");
    assert_eq!(received[1].header_values("if-match"), ["W/\"3\""]);
}

#[test]
fn a_batch_of_25_is_split_in_two() {
    let (addr, server) = serve(2, |r| {
        let body: Value = serde_json::from_slice(&r.body).unwrap();
        let responses: Vec<Value> = body["requests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                let id = q["id"].as_str().unwrap();
                if id == "25" {
                    json!({"id": id, "status": 429, "headers": {"Retry-After": "3", "Content-Type": "application/json"},
                           "body": {"error": {"code": "TooManyRequests", "message": "later"}}})
                } else {
                    json!({"id": id, "status": 200, "headers": {"Content-Type": "application/json"},
                           "body": {"id": id, "displayName": format!("user {id}")}})
                }
            })
            .collect();
        json_reply(200, json!({ "responses": responses }))
    });
    let root = format!("http://{addr}/v1.0");
    let mut batch = Batch::new(&root);
    let mut ids = Vec::new();
    for i in 1..=25 {
        let get = User::get().select(["displayName"]).build();
        let request = get.to_http(&format!("{root}/users/{i}"), TOKEN).unwrap();
        ids.push(match i {
            // 20 and 21 depend on 19: the three stay in one batch.
            20 | 21 => batch.add_after(&request, &["19"]).unwrap(),
            _ => batch.add(&request).unwrap(),
        });
    }
    let requests = batch.to_http(TOKEN).unwrap();
    assert_eq!(requests.len(), 2);
    let mut answers = Vec::new();
    for request in requests {
        assert!(!String::from_utf8_lossy(request.body()).contains(TOKEN));
        answers.extend(batch.parse_response(&send(request)).unwrap());
    }
    assert_eq!(answers.len(), 25);
    let get = User::get().build();
    let first: User = get.parse_response(&answers[0].response).unwrap();
    assert_eq!(first.display_name.as_deref(), Some("user 1"));
    let last = answers.iter().find(|a| a.id == "25").unwrap();
    let err = get.parse_response(&last.response).unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3)));
    assert_eq!(err.kind(), GraphErrorKind::Service);
    let received = server.join().unwrap();
    let sizes: Vec<usize> = received
        .iter()
        .map(|r| {
            let v: Value = serde_json::from_slice(&r.body).unwrap();
            v["requests"].as_array().unwrap().len()
        })
        .collect();
    // 1..=18 fill the first batch but for 19, 20 and 21, which depend on each other and go
    // together into the second.
    assert_eq!(sizes, [18, 7]);
    assert!(received
        .iter()
        .all(|r| r.path == "/v1.0/$batch" && r.method == "POST"));
}

/// The seed's call, its operations and the `recordResponse` action, declared as v1.0 does.
mod comms {
    use graph_resource::models::{CommsOperation, RecordOperation};
    use graph_resource::prelude::*;

    #[graph_container]
    pub struct Service {
        pub communications: CloudCommunications,
    }

    #[graph_resource(inherits = entity)]
    pub struct CloudCommunications {
        #[graph(navigation)]
        pub calls: Option<Vec<Call>>,
    }

    #[graph_resource(inherits = entity)]
    #[graph_operations(
        action recordResponse(RecordResponse) -> RecordOperation,
        function isMuted(IsMuted) -> bool,
    )]
    pub struct Call {
        #[graph(navigation)]
        pub operations: Option<Vec<CommsOperation>>,
    }

    #[graph_params]
    pub struct RecordResponse {
        pub client_context: Option<String>,
        pub max_record_duration_in_seconds: Option<i32>,
    }

    #[graph_params]
    pub struct IsMuted {
        pub participant: String,
    }
}

#[test]
fn a_create_built_from_a_path_and_an_action_and_a_function() {
    use comms::Service as _;
    use graph_resource::models::{OperationStatus, RecordOperation};

    let (addr, server) = serve(3, |r| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/beta/communications/calls/57dab8b1/operations") => json_reply(
            201,
            json!({"@odata.type": "#microsoft.graph.recordOperation", "id": "op1",
                   "clientContext": "c1", "status": "notStarted"}),
        ),
        ("POST", "/beta/communications/calls/57dab8b1/recordResponse") => json_reply(
            200,
            json!({"@odata.type": "#microsoft.graph.recordOperation", "id": "op2",
                   "status": "running", "clientContext": "c2", "recordingAccessToken": "s3cret"}),
        ),
        ("GET", "/beta/communications/calls/57dab8b1/isMuted(participant='O''Neil%20x')") => {
            json_reply(200, json!({"value": true}))
        }
        (m, p) => json_reply(
            404,
            json!({"error": {"code": "NotFound", "message": format!("{m} {p}")}}),
        ),
    });
    let root = Graph::new(&format!("http://{addr}/beta")).unwrap();
    let call = root.communications().calls().id("57dab8b1");
    let create = RecordOperation::create().client_context("c1").build();
    let created = create
        .parse_response(&send(create.to_http(&call.operations(), TOKEN).unwrap()))
        .unwrap();
    assert_eq!(created.status, Some(OperationStatus::NotStarted));
    let act = call.record_response(comms::RecordResponse {
        client_context: Some("c2".into()),
        max_record_duration_in_seconds: Some(5),
    });
    let op: RecordOperation = act
        .parse_response(&send(act.to_http(TOKEN).unwrap()))
        .unwrap();
    assert_eq!(op.id.as_deref(), Some("op2"));
    assert!(!format!("{op:?}").contains("s3cret"));
    let muted = call.is_muted(comms::IsMuted {
        participant: "O'Neil x".into(),
    });
    assert!(muted
        .parse_response(&send(muted.to_http(TOKEN).unwrap()))
        .unwrap());
    let received = server.join().unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&received[1].body).unwrap(),
        json!({"clientContext": "c2", "maxRecordDurationInSeconds": 5})
    );
    assert_eq!(
        received[1].header_values("authorization"),
        [format!("Bearer {TOKEN}")]
    );
}
