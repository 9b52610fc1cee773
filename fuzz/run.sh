#!/usr/bin/env bash
# Runs each fuzz harness for a bounded time (default 60 s each) and prints libFuzzer's
# execution counts. Needs cargo-fuzz (`cargo install cargo-fuzz`); cargo-fuzz asks for nightly
# compiler flags, which the stable toolchain accepts with RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
for target in read response to_http notifications decrypt; do
    echo "== $target ($seconds s)"
    RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -- -max_total_time="$seconds" -max_len=4096 2>&1 \
        | grep -E "^#[0-9]+ +DONE|^Done|SUMMARY|panicked|ERROR" || true
done
