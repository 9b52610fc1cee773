//! The seed page, "Create recordOperation" (Microsoft Graph beta), with the built-in types:
//!
//! 1. builds the page's example object with the create-request builder and prints it as the
//!    page's example request body;
//! 2. prints the whole HTTP request `to_http` makes for the page's collection, built from a
//!    typed path (`Graph::beta().communications().calls().id(..).operations()`, with the
//!    declarations below: v1.0's container, `cloudCommunications` and `call`), token redacted:
//!    `POST https://graph.microsoft.com/beta/communications/calls/{id}/operations`;
//! 3. reads the page's example `201 Created` answer with `parse_response` and prints the typed
//!    value, its secret redacted.
//!
//! `cargo run --example record_operation --features graph-resource-examples/send -- --send URL`
//! also sends the request to `URL` (with the token in the `GRAPH_TOKEN` environment variable, if
//! set) and prints the typed answer or the `GraphError`; `-- --list URL` reads the collection at
//! `URL` page by page (following `@odata.nextLink` safely) and prints each operation.

use graph_resource::models::{
    OperationStatus, RecordCompletionReason, RecordOperation, ResultInfo,
};
use graph_resource::{AdditionalData, CreateRequest, Graph};
use paths::GraphService as _;

/// Where a call's operations are, declared by hand as Graph's CSDL declares it (the generator
/// writes the same declarations for the whole schema).
mod paths {
    use graph_resource::models::{CommsOperation, RecordOperation};
    use graph_resource::prelude::*;

    /// The part of Graph's entity container that leads to calls.
    #[graph_container]
    pub struct GraphService {
        pub communications: CloudCommunications,
    }

    /// `/communications`.
    #[graph_resource(inherits = entity)]
    pub struct CloudCommunications {
        #[graph(navigation)]
        pub calls: Option<Vec<Call>>,
    }

    /// A call: its operations, and the action that starts a recording.
    #[graph_resource(inherits = entity)]
    #[graph_operations(action recordResponse(RecordResponse) -> RecordOperation)]
    pub struct Call {
        #[graph(navigation)]
        pub operations: Option<Vec<CommsOperation>>,
    }

    /// The parameters of `recordResponse` (a part of them).
    #[graph_params]
    pub struct RecordResponse {
        pub client_context: Option<String>,
        pub max_record_duration_in_seconds: Option<i32>,
    }
}

const CALL_ID: &str = "57dab8b1-894c-409a-b240-bd8beae78896";

/// The body of the page's example `201 Created` answer.
const CREATED: &str = r##"{
  "@odata.type": "#microsoft.graph.recordOperation",
  "id": "725dc5e6-c5e6-725d-e6c5-5d72e6c55d72",
  "clientContext": "String",
  "resultInfo": {
    "@odata.type": "microsoft.graph.resultInfo"
  },
  "status": "String",
  "completionReason": "String",
  "recordingAccessToken": "String",
  "recordingLocation": "String"
}"##;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("GRAPH_TOKEN").unwrap_or_else(|_| "example-access-token".into());
    let send_to = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => None,
        [flag, url] if flag == "--send" => Some(url.clone()),
        [flag, url] if flag == "--list" => return list(url, &token),
        _ => return Err("usage: record_operation [--send URL | --list URL]".into()),
    };

    // The page's placeholder values: "String" is no member of operationStatus or
    // recordCompletionReason, so it is kept as an unrecognized member and written back verbatim.
    // The page writes the nested tag without `#`; a tag kept in `additional_data` is written as
    // it is, so the body is the page's to the byte.
    let result_info = ResultInfo {
        additional_data: [("@odata.type", "microsoft.graph.resultInfo")]
            .into_iter()
            .collect::<AdditionalData>(),
        ..Default::default()
    };
    let request: CreateRequest<RecordOperation> = RecordOperation::create()
        .client_context("String")
        .result_info(result_info)
        .status("String".parse::<OperationStatus>()?)
        .completion_reason("String".parse::<RecordCompletionReason>()?)
        .recording_access_token("String")
        .recording_location("String")
        .build();
    println!("Request body (the page's example request):");
    println!("{}", serde_json::to_string_pretty(request.body())?);

    // The page's "Collection URI for recordOperation": a call's operations.
    let call = Graph::beta().communications().calls().id(CALL_ID);
    let operations = call.operations();
    let http = match &send_to {
        Some(url) => request.to_http(url, &token)?,
        None => request.to_http(&operations, &token)?,
    };
    let url = http.uri().to_string();
    println!();
    println!("The HTTP request to_http makes:");
    println!("{} {}", http.method(), http.uri());
    for (name, value) in http.headers() {
        if value.is_sensitive() {
            println!("{name}: Bearer <redacted>");
        } else {
            println!("{name}: {}", value.to_str()?);
        }
    }
    println!();
    println!("{}", String::from_utf8_lossy(http.body()));

    let answer = match send_to {
        Some(_) => {
            println!();
            println!("Sending it to {url} ...");
            send(http)?
        }
        None => http::Response::builder()
            .status(201)
            .header("Content-Type", "application/json")
            .body(CREATED.as_bytes().to_vec())?,
    };
    println!();
    println!("Answer {}, read with parse_response:", answer.status());
    match request.parse_response(&answer) {
        Ok(created) => println!("{created:#?}"),
        Err(error) => {
            println!("GraphError: {error}");
            println!("{error:#?}");
        }
    }

    // The action that makes a recordOperation in v1.0: POST …/calls/{id}/recordResponse.
    let action = call.record_response(paths::RecordResponse {
        client_context: Some("String".into()),
        max_record_duration_in_seconds: Some(10),
    });
    let http = action.to_http(&token)?;
    println!();
    println!("The recordResponse action on the same call:");
    println!("{} {}", http.method(), http.uri());
    println!("{}", String::from_utf8_lossy(http.body()));
    Ok(())
}

/// Reads the collection at `url` page by page and prints each operation; stops at the last
/// page, or at the first error (a 429 says when to retry).
fn list(url: &str, token: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut list = RecordOperation::list().top(50).build();
    let first = list.to_http(url, token)?;
    let mut page = list.parse_response(&send(first)?)?;
    let mut pages = 1;
    loop {
        for op in &page.value {
            println!(
                "{}  {}  {}",
                op.id.as_deref().unwrap_or("-"),
                op.status.as_ref().map_or("-", |s| s.as_str()),
                op.recording_location.as_deref().unwrap_or("-")
            );
        }
        match list.next_request(&page, token) {
            None => break,
            Some(next) => {
                page = list.parse_response(&send(next?)?)?;
                pages += 1;
            }
        }
    }
    println!("{pages} page(s); delta link: {:?}", page.delta_link);
    Ok(())
}

/// Sends a request with a real HTTPS client (the `send` feature).
#[cfg(feature = "send")]
fn send(
    request: http::Request<Vec<u8>>,
) -> Result<http::Response<Vec<u8>>, Box<dyn std::error::Error>> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(30)))
        .build()
        .into();
    let (parts, mut body) = agent.run(request)?.into_parts();
    Ok(http::Response::from_parts(parts, body.read_to_vec()?))
}

/// Without the `send` feature there is no HTTPS client: say how to get one.
#[cfg(not(feature = "send"))]
fn send(
    _request: http::Request<Vec<u8>>,
) -> Result<http::Response<Vec<u8>>, Box<dyn std::error::Error>> {
    Err(
        "this example was built without an HTTPS client: run it with \
         `--features graph-resource-examples/send`"
            .into(),
    )
}
