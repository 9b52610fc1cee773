//! Reading a 1,000-item mixed collection of comms operations (tags first, as Graph sends
//! them) into `Vec<AnyCommsOperation>` (`#[graph_family]`) and into serde's internally tagged
//! enum of hand-written structs, in the same run.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use graph_resource_bench::{mixed_collection, AnyCommsOperation, AnyCommsOperationSerde, Page};
use std::hint::black_box;

/// `Page<AnyCommsOperation>` against serde's tagged enum on `text`, as group `name`.
fn against_serde(c: &mut Criterion, name: &str, text: &str) {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("graph_family", |b| {
        b.iter(|| serde_json::from_str::<Page<AnyCommsOperation>>(black_box(text)).unwrap())
    });
    group.bench_function("serde_tag_enum", |b| {
        b.iter(|| serde_json::from_str::<Page<AnyCommsOperationSerde>>(black_box(text)).unwrap())
    });
    group.finish();
}

fn family(c: &mut Criterion) {
    against_serde(c, "family_read_1000", &mixed_collection(1000));
    // Issue 19's harness: a 50/50 mix of two derived types.
    against_serde(
        c,
        "family_two_derived_1000",
        &graph_resource_bench::two_derived_collection(1000),
    );
}

/// The same 1,000 objects read through a family of 3 variants and one of 390: finding the
/// variant by tag must not grow with the family.
fn width(c: &mut Criterion) {
    use graph_resource_bench::wide::{collection, AnyNarrow, AnyWide};
    let narrow = collection(1000, 3);
    let wide = collection(1000, 390);
    let mut group = c.benchmark_group("family_width_read_1000");
    group.throughput(Throughput::Bytes(wide.len() as u64));
    group.bench_function("variants_3", |b| {
        b.iter(|| serde_json::from_str::<Page<AnyNarrow>>(black_box(&narrow)).unwrap())
    });
    group.bench_function("variants_390", |b| {
        b.iter(|| serde_json::from_str::<Page<AnyWide>>(black_box(&wide)).unwrap())
    });
    // The wide family reading the narrow payload: the lookup alone, with the same three
    // variants' code hot as in `variants_3`.
    group.bench_function("variants_390_tags_3", |b| {
        b.iter(|| serde_json::from_str::<Page<AnyWide>>(black_box(&narrow)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, family, width);
criterion_main!(benches);
