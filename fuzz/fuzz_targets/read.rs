//! Reading every built-in type, a family and a deeply nested user type from arbitrary bytes:
//! never a panic; whatever reads writes back to something that reads the same, and
//! `serde_json::to_vec` (the runtime's own writer) writes what the generic path writes.
#![no_main]

use graph_resource::models::*;
use graph_resource::prelude::*;
use graph_resource::__private::{All, WriteResource};
use libfuzzer_sys::fuzz_target;

#[graph_resource(complex, name = "node")]
pub struct Node {
    pub name: Option<String>,
    pub children: Option<Vec<Node>>,
    pub info: Option<ResultInfo>,
    pub ops: Option<Vec<AnyOperation>>,
}

#[graph_family(base = commsOperation)]
pub enum AnyOperation {
    Record(RecordOperation),
    #[graph(fallback)]
    Other(CommsOperation),
}

/// What the generated writer writes through serde_json's own serializer (the generic path:
/// `serde_json::to_vec` takes the runtime's faster writer, which must write the same bytes).
fn generic<T: WriteResource>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value
        .write(&mut serde_json::Serializer::new(&mut out), All)
        .expect("a value read writes");
    out
}

fn check<T: GraphResource + WriteResource>(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<T>(data) {
        let _ = format!("{value:?}");
        let text = serde_json::to_vec(&value).expect("a value read writes");
        assert_eq!(text, generic(&value), "the fast writer and the generic one differ");
        let again: T = serde_json::from_slice(&text).expect("what was written reads");
        assert_eq!(again, value);
    }
}

fuzz_target!(|data: &[u8]| {
    check::<RecordOperation>(data);
    check::<CommsOperation>(data);
    check::<Entity>(data);
    check::<ResultInfo>(data);
    check::<Node>(data);
    if let Ok(op) = serde_json::from_slice::<AnyOperation>(data) {
        let text = serde_json::to_vec(&op).unwrap();
        assert_eq!(serde_json::from_slice::<AnyOperation>(&text).unwrap(), op);
    }
    let _ = serde_json::from_slice::<OperationStatus>(data);
    let _ = serde_json::from_slice::<RecordCompletionReason>(data);
});
