//! Addresses and operations declared by hand, as the v1.0 CSDL declares them: the container
//! (`me`, `users`, `directoryObjects`, `communications`), navigation properties (contained:
//! `calls`, `operations`, `messages`; not contained: `manager`; inherited from an abstract
//! base: `createdByUser`), bound actions and functions (`recordResponse`, `sendMail`,
//! `reminderView`, `delta` on the user collection), keys, casts, national clouds.
#![deny(warnings)]

use graph_resource::models::{OperationStatus, RecordOperation};
use graph_resource::prelude::*;
use model::ops;
use model::*;
use proptest::prelude::*;

pub mod model {
    use graph_resource::models::{CommsOperation, RecordOperation};
    use graph_resource::prelude::*;

    /// The entity container of Graph v1.0 (a part of it).
    #[graph_container]
    pub struct GraphService {
        /// The signed-in user.
        pub me: User,
        pub users: Vec<User>,
        pub directory_objects: Vec<DirectoryObject>,
        pub communications: CloudCommunications,
        pub drives: Vec<Drive>,
    }

    #[graph_resource(inherits = entity)]
    pub struct DirectoryObject {
        pub deleted_date_time: Option<String>,
    }

    #[graph_resource(inherits = directoryObject)]
    #[graph_operations(
        action sendMail(ops::user::SendMail),
        function reminderView(ops::user::ReminderView) -> [Reminder],
        collection function delta -> [User],
    )]
    pub struct User {
        pub display_name: Option<String>,
        /// The user's manager: not contained (`/me/manager`).
        #[graph(navigation)]
        pub manager: Option<Box<DirectoryObject>>,
        #[graph(navigation)]
        pub messages: Option<Vec<Message>>,
        /// Groups, directory roles, …: a polymorphic collection.
        #[graph(navigation)]
        pub member_of: Option<Vec<DirectoryObject>>,
    }

    #[graph_resource(inherits = directoryObject)]
    pub struct Group {
        pub display_name: Option<String>,
    }

    /// What `memberOf` holds.
    #[graph_family(base = directoryObject)]
    pub enum AnyDirectoryObject {
        User(User),
        Group(Group),
        #[graph(fallback)]
        Other(DirectoryObject),
    }

    #[graph_resource(inherits = entity)]
    pub struct Message {
        pub subject: Option<String>,
    }

    #[graph_resource(complex)]
    pub struct Reminder {
        pub event_id: Option<String>,
        pub event_subject: Option<String>,
    }

    #[graph_resource(inherits = entity)]
    pub struct CloudCommunications {
        #[graph(navigation)]
        pub calls: Option<Vec<Call>>,
    }

    #[graph_resource(inherits = entity)]
    #[graph_operations(
        action recordResponse(ops::call::RecordResponse) -> RecordOperation,
        action "microsoft.graph.cancelMedia",
        function "microsoft.graph.isRecording" -> bool,
    )]
    pub struct Call {
        pub state: Option<String>,
        #[graph(navigation)]
        pub operations: Option<Vec<CommsOperation>>,
    }

    #[graph_resource(inherits = entity, abstract)]
    pub struct BaseItem {
        pub name: Option<String>,
        /// Inherited by every item's path.
        #[graph(navigation)]
        pub created_by_user: Option<User>,
    }

    #[graph_resource(inherits = baseItem)]
    pub struct Drive {
        #[graph(navigation)]
        pub items: Option<Vec<DriveItem>>,
        #[graph(navigation)]
        pub root: Option<DriveItem>,
    }

    #[graph_resource(inherits = baseItem)]
    pub struct DriveItem {
        pub size: Option<i64>,
        #[graph(navigation)]
        pub children: Option<Vec<DriveItem>>,
    }

    pub mod ops {
        pub mod user {
            use graph_resource::graph_params;

            #[graph_params]
            pub struct SendMail {
                #[graph(rename = "Message")]
                pub message: super::super::Message,
                #[graph(rename = "SaveToSentItems")]
                pub save_to_sent_items: Option<bool>,
            }

            #[graph_params]
            pub struct ReminderView {
                #[graph(rename = "StartDateTime")]
                pub start_date_time: String,
                #[graph(rename = "EndDateTime")]
                pub end_date_time: Option<String>,
            }
        }

        pub mod report_root {
            use graph_resource::graph_params;

            /// v1.0 `getTeamsUserActivityUserDetail(date=…)`: an `Edm.Date`, written bare.
            #[graph_params]
            pub struct GetTeamsUserActivityUserDetail {
                #[graph(bare)]
                pub date: String,
            }
        }

        pub mod call {
            use graph_resource::graph_params;

            #[graph_params]
            pub struct RecordResponse {
                pub prompts: Option<Vec<serde_json::Value>>,
                pub barge_in_allowed: Option<bool>,
                pub initial_silence_timeout_in_seconds: Option<i32>,
                pub max_silence_timeout_in_seconds: Option<i32>,
                pub max_record_duration_in_seconds: Option<i32>,
                pub play_beep: Option<bool>,
                pub stop_tones: Option<Vec<String>>,
                pub client_context: Option<String>,
            }
        }
    }
}

const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.e30.c2ln";

fn answer(status: u16, body: &str) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .body(body.as_bytes().to_vec())
        .unwrap()
}

#[test]
fn the_seed_create_goes_to_its_real_collection() {
    let root = Graph::v1();
    let call = root.communications().calls().id("57dab8b1");
    let operations = call.operations();
    assert_eq!(
        operations.url(),
        "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/operations"
    );
    // A recordOperation is a commsOperation: its create goes to a collection of them.
    let req = RecordOperation::create()
        .client_context("c")
        .status(OperationStatus::Running)
        .build();
    let http = req.to_http(&operations, TOKEN).unwrap();
    assert_eq!(http.method(), "POST");
    assert_eq!(
        http.uri(),
        "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/operations"
    );
    // Strings still work, and so does a reference to a path.
    let again = req.to_http(&&operations, TOKEN).unwrap();
    assert_eq!(again.uri(), http.uri());
    assert!(req.to_http(&format!("{}", operations), TOKEN).is_ok());
}

#[test]
fn record_response_posts_its_declared_parameters() {
    let call = Graph::v1().communications().calls().id("57dab8b1");
    let act = call.record_response(ops::call::RecordResponse {
        client_context: Some("c".into()),
        max_record_duration_in_seconds: Some(30),
        stop_tones: Some(vec!["#".into()]),
        ..Default::default()
    });
    let http = act.to_http(TOKEN).unwrap();
    assert_eq!(http.method(), "POST");
    assert_eq!(
        http.uri(),
        "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/recordResponse"
    );
    assert_eq!(http.headers()["content-type"], "application/json");
    assert_eq!(
        std::str::from_utf8(http.body()).unwrap(),
        r##"{"maxRecordDurationInSeconds":30,"stopTones":["#"],"clientContext":"c"}"##
    );
    // The seed page's answer: 200 with the recordOperation.
    let op: RecordOperation = act
        .parse_response(&answer(
            200,
            r##"{"@odata.type":"#microsoft.graph.recordOperation","id":"0fe0623f","status":"running","clientContext":"c","recordingAccessToken":"SECRET"}"##,
        ))
        .unwrap();
    assert_eq!(op.status, Some(OperationStatus::Running));
    assert!(!format!("{act:?}").contains("clientContext"));
    // Qualified segments, no parameters, a primitive result.
    let cancel = call.cancel_media();
    assert_eq!(
        cancel.url(),
        "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/microsoft.graph.cancelMedia"
    );
    assert!(cancel.to_http(TOKEN).unwrap().body().is_empty());
    cancel.parse_response(&answer(204, "")).unwrap();
    let rec = call.is_recording();
    assert_eq!(rec.to_http(TOKEN).unwrap().method(), "GET");
    assert!(rec.url().ends_with("/microsoft.graph.isRecording()"));
    assert!(rec
        .parse_response(&answer(200, r#"{"value":true}"#))
        .unwrap());
}

#[test]
fn send_mail_uses_the_declared_names_and_answers_202() {
    let req = Graph::v1().me().send_mail(ops::user::SendMail {
        message: Message {
            subject: Some("Meet for lunch?".into()),
            ..Default::default()
        },
        save_to_sent_items: Some(false),
    });
    let http = req.to_http(TOKEN).unwrap();
    assert_eq!(http.uri(), "https://graph.microsoft.com/v1.0/me/sendMail");
    let body: serde_json::Value = serde_json::from_slice(http.body()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "Message": {"@odata.type": "#microsoft.graph.message", "subject": "Meet for lunch?"},
            "SaveToSentItems": false
        })
    );
    req.parse_response(&answer(202, "")).unwrap();
    let err = req
        .parse_response(&answer(
            400,
            r#"{"error":{"code":"ErrorInvalidRecipients","message":"At least one recipient is not valid."}}"#,
        ))
        .unwrap_err();
    assert_eq!(err.code(), Some("ErrorInvalidRecipients"));
}

#[test]
fn reminder_view_writes_function_literals_and_reads_a_page() {
    let f = Graph::v1().me().reminder_view(ops::user::ReminderView {
        start_date_time: "2017-06-05T10:00:00".into(),
        end_date_time: Some("2017-06-11T10:00:00".into()),
    });
    assert_eq!(
        f.url(),
        "https://graph.microsoft.com/v1.0/me/reminderView(StartDateTime='2017-06-05T10:00:00',EndDateTime='2017-06-11T10:00:00')"
    );
    // `None` is left out; quotes doubled; what would change the URL percent-encoded.
    let g = Graph::v1().me().reminder_view(ops::user::ReminderView {
        start_date_time: "O'Brien/#?&".into(),
        end_date_time: None,
    });
    assert_eq!(
        g.url(),
        "https://graph.microsoft.com/v1.0/me/reminderView(StartDateTime='O''Brien%2F%23%3F%26')"
    );
    assert_eq!(f.to_http(TOKEN).unwrap().method(), "GET");
    // The documentation's answer.
    let page: Page<Reminder> = f
        .parse_response(&answer(
            200,
            r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.reminder)",
                "value":[{"eventId":"AAMkADNsvAAA=","eventSubject":"Plan summer company picnic"}]}"#,
        ))
        .unwrap();
    assert_eq!(
        page.value[0].event_subject.as_deref(),
        Some("Plan summer company picnic")
    );
}

#[test]
fn users_delta_pages_with_safe_next_links() {
    let root = Graph::v1();
    let mut delta = root.users().delta();
    let first = delta.to_http(TOKEN).unwrap();
    assert_eq!(
        first.uri(),
        "https://graph.microsoft.com/v1.0/users/delta()"
    );
    let page1: Page<User> = delta
        .parse_response(&answer(
            200,
            r#"{"@odata.nextLink":"https://graph.microsoft.com/v1.0/users/delta()?$skiptoken=p2","value":[{"id":"1","displayName":"A"}]}"#,
        ))
        .unwrap();
    let next = delta.next_request(&page1, TOKEN).unwrap().unwrap();
    assert_eq!(
        next.uri(),
        "https://graph.microsoft.com/v1.0/users/delta()?$skiptoken=p2"
    );
    // The same link again is a loop: an error, no request.
    assert!(delta.next_request(&page1, TOKEN).unwrap().is_err());
    let last: Page<User> = delta
        .parse_response(&answer(
            200,
            r#"{"@odata.deltaLink":"https://graph.microsoft.com/v1.0/users/delta()?$deltatoken=d","value":[]}"#,
        ))
        .unwrap();
    assert!(delta.next_request(&last, TOKEN).is_none());
    assert_eq!(
        last.delta_link.as_deref(),
        Some("https://graph.microsoft.com/v1.0/users/delta()?$deltatoken=d")
    );
    // A next link on another host never gets the token.
    let foreign: Page<User> = serde_json::from_str(
        r#"{"@odata.nextLink":"https://evil.example/users?$skiptoken=x","value":[]}"#,
    )
    .unwrap();
    let err = root
        .users()
        .delta()
        .next_request(&foreign, TOKEN)
        .unwrap()
        .unwrap_err();
    assert!(err.to_string().contains("another scheme, host or port"));
}

#[test]
fn keys_are_one_segment_whatever_they_hold() {
    let users = Graph::v1().users();
    for (key, segment) in [
        ("a/b", "a%2Fb"),
        ("x?y", "x%3Fy"),
        ("h#f", "h%23f"),
        ("%", "%25"),
        ("with space", "with%20space"),
        ("Zoë", "Zo%C3%AB"),
        ("../..", "..%2F.."),
        ("...", "%2E%2E%2E"),
        ("adele@contoso.com", "adele@contoso.com"),
        ("b!AbC:/x", "b!AbC%3A%2Fx"),
    ] {
        let path = users.id(key);
        assert_eq!(
            path.url(),
            format!("https://graph.microsoft.com/v1.0/users/{segment}"),
            "{key:?}"
        );
        // Requests accept it: the URL is valid.
        assert!(User::get().build().to_http(&path, TOKEN).is_ok(), "{key:?}");
    }
    // A key that URL libraries would resolve away (`.`, `..`: reqwest sends
    // `DELETE …/users/%2E%2E` to `…/v1.0`), or the empty key (which addresses the collection),
    // keeps the path's shape but no request is made to it: an error before anything is sent.
    for (key, why) in [("..", "`%2E%2E`"), (".", "`%2E`"), ("", "empty")] {
        let path = users.id(key);
        let err = User::delete().to_http(&path, TOKEN).unwrap_err();
        assert_eq!(err.kind(), graph_resource::RequestErrorKind::Url, "{key:?}");
        assert!(err.to_string().contains(why), "{key:?}: {err}");
        assert!(
            User::get().build().to_http(&path, TOKEN).is_err(),
            "{key:?}"
        );
    }
}

#[test]
fn casts_navigation_and_clouds() {
    let root = Graph::v1();
    let item = root.directory_objects().id("1").cast::<User>();
    assert_eq!(
        item.url(),
        "https://graph.microsoft.com/v1.0/directoryObjects/1/microsoft.graph.user"
    );
    assert_eq!(
        root.directory_objects().cast::<User>().url(),
        "https://graph.microsoft.com/v1.0/directoryObjects/microsoft.graph.user"
    );
    // A user path has the user's navigation and its bases' (none here but the id).
    assert_eq!(
        root.me().manager().url(),
        "https://graph.microsoft.com/v1.0/me/manager"
    );
    assert_eq!(
        root.users().id("u1").messages().id("m1").url(),
        "https://graph.microsoft.com/v1.0/users/u1/messages/m1"
    );
    // Inherited from the abstract `baseItem`: every drive item's path has it.
    let child = root.drives().id("d").root().children().id("c");
    assert_eq!(
        child.created_by_user().url(),
        "https://graph.microsoft.com/v1.0/drives/d/root/children/c/createdByUser"
    );
    assert_eq!(
        child.created_by_user().manager().url(),
        "https://graph.microsoft.com/v1.0/drives/d/root/children/c/createdByUser/manager"
    );
    // Requests take a path of their type or of a base of it.
    let http = User::update()
        .display_name("A")
        .build()
        .to_http(&root.me(), TOKEN)
        .unwrap();
    assert_eq!(http.method(), "PATCH");
    assert_eq!(http.uri(), "https://graph.microsoft.com/v1.0/me");
    assert!(User::get()
        .build()
        .to_http(&root.directory_objects().id("1"), TOKEN)
        .is_ok());
    assert!(User::delete().to_http(&item, TOKEN).is_ok());
    let mut list = User::list().top(5).build();
    let http = list.to_http(&root.users(), TOKEN).unwrap();
    assert_eq!(http.uri(), "https://graph.microsoft.com/v1.0/users?$top=5");
    // A base farther up (entity) also takes the request.
    let entities = root.collection::<graph_resource::models::Entity>("directoryObjects");
    assert!(User::list().build().to_http(&entities, TOKEN).is_ok());
    // National clouds.
    for base in [
        "https://graph.microsoft.us/v1.0",
        "https://dod-graph.microsoft.us/v1.0",
        "https://microsoftgraph.chinacloudapi.cn/v1.0",
    ] {
        let cloud = Graph::new(base).unwrap();
        assert_eq!(cloud.me().manager().url(), format!("{base}/me/manager"));
    }
    assert!(Graph::new("https://graph.microsoft.us/v1.0?x").is_err());
}

#[test]
fn query_options_name_properties_checked_at_compile_time() {
    let p = User::properties();
    let get = User::get()
        .select([p.id, p.display_name])
        .expand([p.manager, p.member_of])
        .build();
    let http = get.to_http(&Graph::v1().me(), TOKEN).unwrap();
    assert_eq!(
        http.uri(),
        "https://graph.microsoft.com/v1.0/me?$select=id,displayName&$expand=manager,memberOf"
    );
    let mut list = User::list()
        .select([p.display_name])
        .orderby([p.display_name.desc(), p.id.asc()])
        .build();
    let http = list.to_http(&Graph::v1().users(), TOKEN).unwrap();
    assert_eq!(
        http.uri(),
        "https://graph.microsoft.com/v1.0/users?$select=displayName&$orderby=displayName%20desc,id%20asc"
    );
    // Raw strings still work.
    let raw = User::get().select(["id", "mail"]).build();
    assert!(raw.to_http(&Graph::v1().me(), TOKEN).is_ok());
    assert_eq!(p.deleted_date_time.as_str(), "deletedDateTime");
}

#[test]
fn a_family_reads_a_polymorphic_navigation() {
    let root = Graph::v1();
    let mut list = AnyDirectoryObject::list().build();
    let http = list.to_http(&root.me().member_of(), TOKEN).unwrap();
    assert_eq!(http.uri(), "https://graph.microsoft.com/v1.0/me/memberOf");
    let page = list
        .parse_response(&answer(
            200,
            r##"{"value":[{"@odata.type":"#microsoft.graph.group","id":"g","displayName":"Sales"},
                         {"@odata.type":"#microsoft.graph.directoryRole","id":"r"}]}"##,
        ))
        .unwrap();
    assert!(
        matches!(&page.value[0], AnyDirectoryObject::Group(g) if g.display_name.as_deref() == Some("Sales"))
    );
    assert!(matches!(&page.value[1], AnyDirectoryObject::Other(_)));
    // And one member, by its base's path.
    let one = AnyDirectoryObject::get().build();
    assert!(one
        .to_http(&root.directory_objects().id("g"), TOKEN)
        .is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// For any key, `id(key)` adds exactly one segment, which decodes to the key.
    #[test]
    fn any_key_is_exactly_one_segment(key in any::<String>()) {
        let users = Graph::v1().users();
        let url = users.id(&key).url().to_owned();
        let rest = url.strip_prefix("https://graph.microsoft.com/v1.0/users/").unwrap();
        prop_assert!(!rest.contains('/') && !rest.contains('?') && !rest.contains('#'));
        prop_assert!(rest != "." && rest != "..");
        let decoded = percent_decode(rest);
        prop_assert_eq!(decoded, key.clone());
        let http = User::get().build().to_http(&users.id(&key), TOKEN);
        if matches!(key.as_str(), "" | "." | "..") {
            // A key URL libraries would resolve away, or the empty key: no request at all.
            prop_assert!(http.is_err());
        } else {
            prop_assert!(http.is_ok());
            let path = http.unwrap().uri().path().to_owned();
            prop_assert_eq!(path.matches('/').count(), 3);
        }
    }

    /// The same for keys made of dots and a few other characters (where `.` and `..` are
    /// likely, which `any::<String>()` rarely draws).
    #[test]
    fn dot_keys_are_refused_others_are_one_segment(key in "[./a%]{0,3}") {
        let users = Graph::v1().users();
        let http = User::get().build().to_http(&users.id(&key), TOKEN);
        if matches!(key.as_str(), "" | "." | "..") {
            prop_assert!(http.is_err());
        } else {
            let path = http.unwrap().uri().path().to_owned();
            prop_assert_eq!(path.matches('/').count(), 3);
        }
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// A bare parameter is one OData literal: a date goes in as it is; a value that would end the
/// parameter (`,`), add one (`=`) or end the call (`)`) makes the request an error that names
/// the parameter, never a URL.
#[test]
fn a_bare_parameter_cannot_add_parameters_or_end_the_call() {
    use graph_resource::OperationRequest;
    use ops::report_root::GetTeamsUserActivityUserDetail as Detail;
    let reports = "https://graph.microsoft.com/v1.0/reports";
    let f = OperationRequest::<Vec<u8>>::function(
        reports,
        "getTeamsUserActivityUserDetail",
        &Detail {
            date: "2017-09-01".into(),
        },
    );
    let http = f.to_http(TOKEN).unwrap();
    assert_eq!(
        http.uri(),
        "https://graph.microsoft.com/v1.0/reports/getTeamsUserActivityUserDetail(date=2017-09-01)"
    );
    for evil in [
        "2017-09-01,period='D180'",
        "2017-09-01)/microsoft.graph.delete(",
        "2017-09-01'",
        "",
    ] {
        let f = OperationRequest::<Vec<u8>>::function(
            reports,
            "getTeamsUserActivityUserDetail",
            &Detail { date: evil.into() },
        );
        let err = f.to_http(TOKEN).unwrap_err();
        assert!(err.to_string().contains("`date`"), "{evil:?}: {err}");
    }
}
