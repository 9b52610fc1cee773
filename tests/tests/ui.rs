//! Every misuse of the macros is a compile error at the offending tokens: one `.rs` file per
//! mistake in `tests/ui`, with the exact expected compiler output beside it in `.stderr`.
//! Regenerate after an intended change with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
