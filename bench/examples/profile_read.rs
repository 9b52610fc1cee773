//! A loop to profile reading (`perf record`): `cargo run --release -p graph-resource-bench
//! --example profile_read -- [ours|L|U|family|serde_tag|write|writeL|writeU|skip|skip_mixed|
//! unknowns|unknownsU|writeUnknowns|writeUnknownsU]
//! [iterations]`. `skip` and `skip_mixed` are the parser's floor: serde_json checks the same
//! text and builds nothing (`IgnoredAny`).

use graph_resource::models::RecordOperation;
use graph_resource_bench::*;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map(String::as_str).unwrap_or("ours");
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(300);
    let records = record_collection(1000);
    let mixed = mixed_collection(1000);
    let mut total = 0;
    let ours: Page<RecordOperation> = serde_json::from_str(&records).unwrap();
    let l: Page<RecordOperationL> = serde_json::from_str(&records).unwrap();
    let u: Page<RecordOperationU> = serde_json::from_str(&records).unwrap();
    let unknowns = unknowns_collection(1000);
    let ours_unknowns: Page<RecordOperation> = serde_json::from_str(&unknowns).unwrap();
    let u_unknowns: Page<RecordOperationU> = serde_json::from_str(&unknowns).unwrap();
    for _ in 0..n {
        total += match what {
            "write" => serde_json::to_vec(&ours).unwrap().len(),
            "writeL" => serde_json::to_vec(&l).unwrap().len(),
            "writeU" => serde_json::to_vec(&u).unwrap().len(),
            "writeUnknowns" => serde_json::to_vec(&ours_unknowns).unwrap().len(),
            "writeUnknownsU" => serde_json::to_vec(&u_unknowns).unwrap().len(),
            "unknowns" => serde_json::from_str::<Page<RecordOperation>>(&unknowns)
                .unwrap()
                .value
                .len(),
            "unknownsU" => serde_json::from_str::<Page<RecordOperationU>>(&unknowns)
                .unwrap()
                .value
                .len(),
            "U" => serde_json::from_str::<Page<RecordOperationU>>(&records)
                .unwrap()
                .value
                .len(),
            "serde_tag" => serde_json::from_str::<Page<AnyCommsOperationSerde>>(&mixed)
                .unwrap()
                .value
                .len(),
            "family" => serde_json::from_str::<Page<AnyCommsOperation>>(&mixed)
                .unwrap()
                .value
                .len(),
            "skip" => {
                serde_json::from_str::<serde::de::IgnoredAny>(&records).unwrap();
                1000
            }
            "skip_mixed" => {
                serde_json::from_str::<serde::de::IgnoredAny>(&mixed).unwrap();
                1000
            }
            "L" => serde_json::from_str::<Page<RecordOperationL>>(&records)
                .unwrap()
                .value
                .len(),
            _ => serde_json::from_str::<Page<RecordOperation>>(&records)
                .unwrap()
                .value
                .len(),
        };
    }
    println!("{total}");
}
