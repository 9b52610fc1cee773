//! Reads the docs' `user` and `message` answers through the client and the ready models crate,
//! from a Graph-like server on 127.0.0.1 (no tenant, no network).
#![deny(warnings)]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use graph_resource_models::graph::*;
use graph_resource::prelude::*;
use graph_resource_client::blocking::Client;

const USER: &str = include_str!("../payloads/user-get-default.json");
const MESSAGES: &str = include_str!("../payloads/messages-list.json");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Graph::new(&format!("{}/v1.0", serve()))?;
    let client = Client::new("eyJ0eXAiOiJKV1QifQ");

    let user = root.users().id("87d349ed-44d7-43e1-9a83-5f2406dee5bd");
    let adele: User = client.get(&User::get().build(), &user)?;
    assert_eq!(adele.display_name.as_deref(), Some("Adele Vance"));
    assert_eq!(adele.business_phones, Some(vec!["+1 425 555 0109".to_owned()]));

    let mut subjects = Vec::new();
    for message in client.pages(Message::list().build(), &root.me().messages()).items() {
        subjects.push(message?.subject.unwrap_or_default());
    }
    assert_eq!(subjects, ["You have late tasks!"]);
    println!("{}: {}", adele.display_name.unwrap_or_default(), subjects.join(", "));
    Ok(())
}

/// Answers `GET /v1.0/users/{id}` with the user and `GET /v1.0/me/messages` with the messages.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let root = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut stream = stream.unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            loop {
                let mut header = String::new();
                reader.read_line(&mut header).unwrap();
                if header.trim().is_empty() {
                    break;
                }
            }
            let path = line.split(' ').nth(1).unwrap_or("");
            let (status, body) = if path.starts_with("/v1.0/users/87d349ed") {
                ("200 OK", USER)
            } else if path.starts_with("/v1.0/me/messages") {
                ("200 OK", MESSAGES)
            } else {
                ("404 Not Found", r#"{"error":{"code":"NotFound","message":"no"}}"#)
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    root
}
