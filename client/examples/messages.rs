//! `cargo run -p graph-resource-client --example messages` (the features `ureq` and `reqwest`,
//! which the crate's own dev-dependency turns on for its examples): lists a
//! user's messages page by page and uploads a 4 MiB file in ranges with a progress bar, with
//! both executors, against a small Graph-like server this example starts on 127.0.0.1 (so it
//! needs no tenant and no network).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use graph_resource::prelude::*;
use graph_resource_client::{blocking, nonblocking, UploadOptions};

/// v1.0 `message` (a slice).
#[graph_resource(inherits = entity)]
pub struct Message {
    pub subject: Option<String>,
    pub is_read: Option<bool>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = serve();
    let messages = format!("{root}/v1.0/me/messages");

    println!("ureq (blocking):");
    let client = blocking::Client::new("eyJ0eXAiOiJKV1QifQ");
    for message in client
        .pages(Message::list().top(2).build(), &messages)
        .items()
    {
        let m = message?;
        println!(
            "  {} {}",
            if m.is_read == Some(true) { " " } else { "*" },
            m.subject.unwrap_or_default()
        );
    }
    let data = vec![7u8; 4 * 1024 * 1024];
    let done = client.upload(
        &format!("{root}/upload/session-1"),
        &data,
        UploadOptions::default().chunk_units(2).progress(bar),
    )?;
    println!("\n  uploaded: {}", String::from_utf8_lossy(&done.body));

    println!("reqwest (async):");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        use futures_util::StreamExt;
        let client = nonblocking::Client::new("eyJ0eXAiOiJKV1QifQ");
        let mut pages = std::pin::pin!(client.pages(Message::list().top(2).build(), &messages));
        while let Some(page) = pages.next().await {
            for m in page?.value {
                println!(
                    "  {} {}",
                    if m.is_read == Some(true) { " " } else { "*" },
                    m.subject.unwrap_or_default()
                );
            }
        }
        let done = client
            .upload(
                &format!("{root}/upload/session-2"),
                &data,
                UploadOptions::default().chunk_units(2).progress(bar),
            )
            .await?;
        println!("\n  uploaded: {}", String::from_utf8_lossy(&done.body));
        Ok::<(), graph_resource_client::Error>(())
    })?;
    Ok(())
}

/// A progress bar on one line.
fn bar(done: u64, total: u64) {
    let width = 40;
    let filled = (done * width / total.max(1)) as usize;
    print!(
        "\r  [{}{}] {:>3}%",
        "#".repeat(filled),
        " ".repeat(width as usize - filled),
        done * 100 / total.max(1)
    );
    let _ = std::io::stdout().flush();
}

/// A Graph-like server: two pages of messages, and upload sessions.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let root = format!("http://{}", listener.local_addr().unwrap());
    let base = root.clone();
    let sessions: Arc<Mutex<std::collections::HashMap<String, usize>>> = Arc::default();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (method, path) = (
                parts.next().unwrap_or("").to_owned(),
                parts.next().unwrap_or("").to_owned(),
            );
            let mut len = 0;
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                if h.trim().is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    if k.eq_ignore_ascii_case("content-length") {
                        len = v.trim().parse().unwrap_or(0);
                    }
                }
            }
            let mut body = vec![0; len];
            reader.read_exact(&mut body).unwrap();
            let (status, reply) = match (method.as_str(), path.as_str()) {
                ("GET", "/v1.0/me/messages?$top=2") => (
                    200,
                    format!(
                        r#"{{"value":[{{"id":"1","subject":"Quarterly review","isRead":false}},{{"id":"2","subject":"Lunch?","isRead":true}}],"@odata.nextLink":"{base}/v1.0/me/messages?$top=2&$skip=2"}}"#
                    ),
                ),
                ("GET", "/v1.0/me/messages?$top=2&$skip=2") => (
                    200,
                    r#"{"value":[{"id":"3","subject":"Your build passed","isRead":false}]}"#
                        .to_owned(),
                ),
                ("PUT", p) if p.starts_with("/upload/") => {
                    let mut s = sessions.lock().unwrap();
                    let have = s.entry(p.to_owned()).or_default();
                    *have += body.len();
                    if *have >= 4 * 1024 * 1024 {
                        (
                            201,
                            r#"{"id":"01BYE5RZ","name":"report.bin","size":4194304}"#.to_owned(),
                        )
                    } else {
                        (202, format!(r#"{{"nextExpectedRanges":["{have}-"]}}"#))
                    }
                }
                _ => (
                    404,
                    r#"{"error":{"code":"itemNotFound","message":"not here"}}"#.to_owned(),
                ),
            };
            let mut out = stream;
            let _ = write!(
                out,
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
                reply.len()
            );
        }
    });
    root
}
