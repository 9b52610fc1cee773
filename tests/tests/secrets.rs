//! Secrets through every request kind, as a property over secret values: no `Debug`, no
//! `Display` and no error read from a service that echoes the request shows a
//! `#[graph(secret)]` value (own or inherited, set by a builder or changed in a diff).

use graph_resource::models::{OperationStatus, RecordOperation};
use graph_resource::prelude::*;
use proptest::prelude::*;

/// A service that echoes what it was sent in its error message (some do).
fn echoing(status: u16, request: &http::Request<Vec<u8>>) -> http::Response<Vec<u8>> {
    let sent = String::from_utf8_lossy(request.body()).into_owned();
    let body = serde_json::json!({"error": {
        "code": "BadRequest",
        "message": format!("Invalid request body: {sent}"),
        "innerError": {"request-id": "r-1", "date": "2026-12-01T00:00:00"}
    }});
    http::Response::builder()
        .status(status)
        .body(serde_json::to_vec(&body).unwrap())
        .unwrap()
}

fn shows(secret: &str, texts: &[String]) -> Option<String> {
    texts.iter().find(|t| t.contains(secret)).cloned()
}

/// Every way an error or a request can be printed.
fn printed<E: std::fmt::Debug + std::fmt::Display>(e: &E) -> Vec<String> {
    vec![format!("{e}"), format!("{e:?}"), format!("{e:#?}")]
}

/// `changePassword`, bound to a user, and a function with a secret parameter.
mod users {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    #[graph_operations(
        action changePassword(ChangePassword),
        function checkPin(CheckPin) -> bool,
    )]
    pub struct User {
        pub display_name: Option<String>,
    }

    #[graph_params]
    pub struct ChangePassword {
        #[graph(secret)]
        pub current_password: Option<String>,
        #[graph(secret)]
        pub new_password: Option<String>,
    }

    #[graph_params]
    pub struct CheckPin {
        #[graph(secret)]
        pub pin: String,
    }
}

fn secret() -> impl Strategy<Value = String> {
    // A marker keeps the value from occurring in the output by chance.
    "[A-Za-z0-9 !#$%&()*+,./:;<=>?@^_{|}~-]{0,24}".prop_map(|s| format!("Zq{s}Zq"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_request_kind_shows_a_secret(token in secret()) {
        let url = "https://graph.microsoft.com/beta/communications/calls/1/operations";
        let with_secret = RecordOperation {
            id: Some("1".into()),
            status: Some(OperationStatus::Running),
            recording_access_token: Some(token.clone()),
            ..Default::default()
        };

        // Create: builder and whole value.
        let create = RecordOperation::create()
            .client_context("c")
            .recording_access_token(token.as_str())
            .build();
        let http = create.to_http(url, "t0ken").unwrap();
        prop_assert!(String::from_utf8_lossy(http.body()).contains(&token), "the body carries it");
        let err = create.parse_response(&echoing(400, &http)).unwrap_err();
        prop_assert_eq!(shows(&token, &printed(&err)), None);
        prop_assert_eq!(shows(&token, &[format!("{create:?}"), format!("{:?}", create.body())]), None);

        // Update: a setter, and a diff in either direction.
        let update = RecordOperation::update().recording_access_token(token.as_str()).build();
        let http = update.to_http(url, "t0ken").unwrap();
        let err = update.parse_response(&echoing(400, &http)).unwrap_err();
        prop_assert_eq!(shows(&token, &printed(&err)), None);
        prop_assert_eq!(shows(&token, &[format!("{update:?}"), format!("{update:#?}")]), None);
        for diff in [
            RecordOperation::diff(&RecordOperation::default(), &with_secret),
            RecordOperation::diff(&with_secret, &RecordOperation::default()),
        ] {
            prop_assert_eq!(shows(&token, &[format!("{diff:?}"), format!("{diff:#?}")]), None);
            let http = diff.to_http(url, "t0ken").unwrap();
            let err = diff.parse_response(&echoing(409, &http)).unwrap_err();
            prop_assert_eq!(shows(&token, &printed(&err)), None);
        }

        // A value whose secret sits in additional_data (pushed by hand, named like the field).
        let mut by_hand = RecordOperation::default();
        by_hand.additional_data.push("recordingAccessToken", token.clone());
        prop_assert_eq!(shows(&token, &[format!("{by_hand:?}")]), None);

        // Get, list (and its page), delete: answers carrying the secret.
        let answer = http::Response::builder()
            .status(200)
            .body(serde_json::to_vec(&with_secret).unwrap())
            .unwrap();
        let get = RecordOperation::get().build();
        let one = get.parse_response(&answer).unwrap();
        prop_assert_eq!(shows(&token, &[format!("{one:?}"), format!("{get:?}")]), None);
        let page_body = serde_json::json!({"value": [with_secret.clone()]});
        let page_answer = http::Response::builder()
            .status(200)
            .body(serde_json::to_vec(&page_body).unwrap())
            .unwrap();
        let list = RecordOperation::list().build();
        let page: Page<RecordOperation> = list.parse_response(&page_answer).unwrap();
        prop_assert_eq!(shows(&token, &[format!("{page:?}"), format!("{list:?}")]), None);
        let bad_secret = http::Response::builder()
            .status(200)
            .body(format!(r#"{{"recordingAccessToken": [{}]}}"#, serde_json::Value::from(token.clone())).into_bytes())
            .unwrap();
        let err = get.parse_response(&bad_secret).unwrap_err();
        prop_assert_eq!(shows(&token, &printed(&err)), None);
        let delete = RecordOperation::delete();
        prop_assert_eq!(shows(&token, &[format!("{delete:?}")]), None);

        // Operations: an action's body and a function's URL carry the secret; neither the
        // request's Debug nor an echoing error shows it.
        let me = Graph::v1().entity::<users::User>("me");
        let change = me.change_password(users::ChangePassword {
            current_password: Some(token.clone()),
            new_password: Some(format!("{token}-new")),
        });
        let http = change.to_http("t0ken").unwrap();
        let err = change.parse_response(&echoing(400, &http)).unwrap_err();
        prop_assert_eq!(shows(&token, &printed(&err)), None);
        prop_assert_eq!(shows(&token, &[format!("{change:?}"), format!("{:?}", users::ChangePassword {
            current_password: Some(token.clone()),
            new_password: None,
        })]), None);
        let check = me.check_pin(users::CheckPin { pin: token.clone() });
        let http = check.to_http("t0ken").unwrap();
        let echo_url = http::Response::builder()
            .status(400)
            .body(serde_json::to_vec(&serde_json::json!({"error": {"code": "BadRequest",
                "message": format!("bad pin '{}' in {}", token, http.uri())}})).unwrap())
            .unwrap();
        let err = check.parse_response(&echo_url).unwrap_err();
        prop_assert_eq!(shows(&token, &printed(&err)), None);
        let in_url = check.url().split("pin=").nth(1).unwrap().trim_end_matches(')').trim_matches('\'').to_owned();
        prop_assert_eq!(shows(&in_url, &printed(&err)), None, "the URL's form of the secret");
        prop_assert_eq!(shows(&token, &[format!("{check:?}")]), None);

        // Batch: the create inside it.
        let mut batch = Batch::new("https://graph.microsoft.com/beta");
        batch.add(&create.to_http(url, "t0ken").unwrap()).unwrap();
        prop_assert_eq!(shows(&token, &[format!("{batch:?}")]), None);
    }
}
