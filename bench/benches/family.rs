//! Reading a 1,000-item mixed collection of comms operations (tags first, as Graph sends
//! them) into `Vec<AnyCommsOperation>` (`#[graph_family]`) and into serde's internally tagged
//! enum of hand-written structs, in the same run.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use graph_resource_bench::{mixed_collection, AnyCommsOperation, AnyCommsOperationSerde, Page};
use std::hint::black_box;

fn family(c: &mut Criterion) {
    let text = mixed_collection(1000);
    let mut group = c.benchmark_group("family_read_1000");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("graph_family", |b| {
        b.iter(|| serde_json::from_str::<Page<AnyCommsOperation>>(black_box(&text)).unwrap())
    });
    group.bench_function("serde_tag_enum", |b| {
        b.iter(|| serde_json::from_str::<Page<AnyCommsOperationSerde>>(black_box(&text)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, family);
criterion_main!(benches);
