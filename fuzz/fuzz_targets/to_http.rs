//! `to_http` with arbitrary URLs and tokens: never a panic; what it accepts is a request whose
//! URL and headers carry no control character or white space; its errors never show the token.
#![no_main]

use graph_resource::models::RecordOperation;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (url, token) = text.split_once('\u{1}').unwrap_or((&text, "token"));
    let request = RecordOperation::create().client_context("c").build();
    match request.to_http(url, token) {
        Ok(http) => {
            let uri = http.uri().to_string();
            assert!(uri.bytes().all(|b| b.is_ascii_graphic()));
            for value in http.headers().values() {
                assert!(value.as_bytes().iter().all(|b| (0x20..0x7f).contains(b)));
            }
            assert!(!token.is_empty());
        }
        Err(error) => {
            // The message does not depend on the token's letters and digits: the same token
            // with every one of them replaced gives the same message.
            let masked: String = token
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { 'x' } else { c })
                .collect();
            let bearer = token
                .get(..7)
                .is_some_and(|p| p.eq_ignore_ascii_case("bearer "));
            if !bearer {
                let other = request.to_http(url, &masked).err().map(|e| e.to_string());
                assert_eq!(other, Some(error.to_string()));
            }
        }
    }
});
