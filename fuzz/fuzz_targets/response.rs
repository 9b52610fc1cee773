//! `parse_response` / `GraphError` with arbitrary status, headers and body: never a panic, and
//! the error's text never shows the request's secret.
#![no_main]

use graph_resource::models::RecordOperation;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let status = 100 + u16::from_le_bytes([data[0], data[1]]) % 900;
    let header_count = usize::from(data[2] % 4);
    let mut rest = &data[3..];
    let mut builder = http::Response::builder().status(status);
    for _ in 0..header_count {
        let Some(end) = rest.iter().position(|b| *b == b'\n') else {
            break;
        };
        let (line, tail) = rest.split_at(end);
        rest = &tail[1..];
        let names = [
            "retry-after",
            "content-type",
            "date",
            "request-id",
            "client-request-id",
        ];
        let name = names[usize::from(line.first().copied().unwrap_or(0)) % names.len()];
        if let Ok(value) = http::HeaderValue::from_bytes(line.get(1..).unwrap_or_default()) {
            builder = builder.header(name, value);
        }
    }
    let Ok(response) = builder.body(rest.to_vec()) else {
        return;
    };
    let request = RecordOperation::create()
        .recording_access_token("FUZZ-SECRET-TOKEN")
        .build();
    match request.parse_response(&response) {
        Ok(value) => {
            let _ = format!("{value:?}");
        }
        Err(error) => {
            let shown = format!("{error} {error:?}");
            assert!(!shown.contains("FUZZ-SECRET-TOKEN"));
            let _ = (
                error.retry_after(),
                error.code(),
                error.message(),
                error.request_id(),
            );
        }
    }
});
