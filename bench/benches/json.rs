//! Reading and writing one recordOperation notification payload and a 1,000-item collection,
//! with ours (`#[graph_resource]`), baseline L (hand-written derive, drops unknowns) and
//! baseline U (L plus `#[serde(flatten)]` extras), in the same run.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use graph_resource::models::RecordOperation;
use graph_resource_bench::{
    record_collection, record_operation, Page, RecordOperationL, RecordOperationU,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::hint::black_box;

fn read_one<T: DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).unwrap()
}

fn bench_shape<T: DeserializeOwned + Serialize>(c: &mut Criterion, name: &str) {
    let one = record_operation(7).to_string();
    let many = record_collection(1000);

    let mut g = c.benchmark_group("read_one");
    g.throughput(Throughput::Bytes(one.len() as u64));
    g.bench_function(name, |b| b.iter(|| read_one::<T>(black_box(&one))));
    g.finish();

    let mut g = c.benchmark_group("read_collection_1000");
    g.throughput(Throughput::Bytes(many.len() as u64));
    g.bench_function(name, |b| b.iter(|| read_one::<Page<T>>(black_box(&many))));
    g.finish();

    let value: T = read_one(&one);
    let page: Page<T> = read_one(&many);
    let mut g = c.benchmark_group("write_one");
    g.throughput(Throughput::Bytes(one.len() as u64));
    g.bench_function(name, |b| {
        b.iter(|| serde_json::to_vec(black_box(&value)).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("write_collection_1000");
    g.throughput(Throughput::Bytes(many.len() as u64));
    g.bench_function(name, |b| {
        b.iter(|| serde_json::to_vec(black_box(&page)).unwrap())
    });
    g.finish();
}

fn all(c: &mut Criterion) {
    bench_shape::<RecordOperation>(c, "ours");
    bench_shape::<RecordOperationL>(c, "baseline_L");
    bench_shape::<RecordOperationU>(c, "baseline_U");
}

criterion_group!(benches, all);
criterion_main!(benches);
