#!/usr/bin/env bash
# Build times of the ready models crate as a user's project sees them (BENCHMARKS.md, "Round 4:
# the ready models crate"): a project outside the workspace depending on graph-resource-models
# with a set of features. Its dependencies are built first (the models crate with no type); then,
# per set, a build and a `cargo check` of the models crate alone (the build script generating
# the types included), and a one-line edit of the project. Beside them, the route of round 3:
# `codegen --crate` for user and message, then the same build. Prints one line per measure.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
dir="$root/target/models-build"
rm -rf "$dir"
mkdir -p "$dir/app/src"
export CARGO_TARGET_DIR="$dir/target" CARGO_INCREMENTAL=1
cargo build -q --release -p graph-resource-codegen
codegen="$root/target/release/graph-resource-codegen"
[ -x "$codegen" ] || codegen="$CARGO_TARGET_DIR/release/graph-resource-codegen"

manifest() { # $1: the models dependency
    cat > "$dir/app/Cargo.toml" <<TOML
[package]
name = "models-build"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
graph-resource = { path = "$root/runtime" }
$1

[workspace]
TOML
}
echo 'fn main() { println!("edit 0"); }' > "$dir/app/src/main.rs"
cp Cargo.lock "$dir/app/Cargo.lock"
cd "$dir/app"
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
edit() { sed -i "s/edit [0-9]*/edit $RANDOM/" src/main.rs; }

manifest "graph-resource-models = { path = \"$root/models\" }"
cargo build -q 2> /dev/null
cargo check -q 2> /dev/null
for set in '"user"' '"user", "message"' '"user", "message", "event", "driveItem"' '"full"'; do
    manifest "graph-resource-models = { path = \"$root/models\", features = [$set] }"
    echo "[$set] build $(seconds cargo build)"
    edit
    echo "[$set] one-line edit $(seconds cargo build)"
    cargo clean -q -p graph-resource-models
    echo "[$set] check $(seconds cargo check)"
done
# Round 3's route, the same run: the generator first (timed), then the crate it writes.
rm -rf "$dir/gen"
echo "[crate route: user, message] generate $(seconds "$codegen" --csdl "$root/codegen/tests/data/graph-v1.0.xml" --out "$dir/gen" --crate gen-models --runtime-path "$root/runtime" --type microsoft.graph.user --type microsoft.graph.message)"
manifest "gen-models = { path = \"$dir/gen\" }"
echo "[crate route: user, message] build $(seconds cargo build)"
edit
echo "[crate route: user, message] one-line edit $(seconds cargo build)"
cargo clean -q -p gen-models
echo "[crate route: user, message] check $(seconds cargo check)"
