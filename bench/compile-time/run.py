#!/usr/bin/env python3
"""Compile-time benchmark.

Generates a crate of 200 Graph-like types (inheritance depth 3, 8 own fields each, 2 enums)
twice: with #[graph_resource]/#[graph_enum] (`ct_ours`), and as hand-written serde structs with
the same flattened fields (`ct_serde`). Then, for each profile, times a clean build of just
that crate (its dependencies prebuilt) several times and reports medians and the ratio.

Usage: python3 bench/compile-time/run.py [--runs N] [--work DIR] [--profile dev|release]...
Needs only cargo and python3.
"""
import argparse
import pathlib
import statistics
import subprocess
import tempfile
import time

here = pathlib.Path(__file__).resolve().parent
repo = here.parent.parent

ap = argparse.ArgumentParser()
ap.add_argument("--runs", type=int, default=5)
ap.add_argument("--work", default=None)
ap.add_argument("--profile", action="append", choices=["dev", "release"])
args = ap.parse_args()
profiles = args.profile or ["dev", "release"]
work = pathlib.Path(args.work or tempfile.mkdtemp(prefix="graph-resource-ct-"))
subprocess.run(["python3", str(here / "gen.py"), str(work), str(repo)], check=True)


def cargo(crate, *a):
    subprocess.run(["cargo", *a], cwd=work / crate, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def clean_build_times(crate, profile):
    cargo(crate, "build", "--profile", profile)  # dependencies prebuilt
    times = []
    for _ in range(args.runs):
        cargo(crate, "clean", "--profile", profile, "-p", crate)
        start = time.perf_counter()
        cargo(crate, "build", "--profile", profile)
        times.append(time.perf_counter() - start)
    return times


print(f"work dir: {work}; {args.runs} clean builds per crate and profile")
for profile in profiles:
    ours = clean_build_times("ct_ours", profile)
    serde = clean_build_times("ct_serde", profile)
    mo, ms = statistics.median(ours), statistics.median(serde)
    print(f"[{profile}] #[graph_resource]: median {mo:.2f}s  (runs: {', '.join(f'{t:.2f}' for t in ours)})")
    print(f"[{profile}] hand-written serde: median {ms:.2f}s  (runs: {', '.join(f'{t:.2f}' for t in serde)})")
    print(f"[{profile}] ratio ours / serde: {mo / ms:.2f}x")

lines = sum(1 for _ in open(work / "ct_ours" / "src" / "lib.rs"))
print(f"source lines: ct_ours {lines}, ct_serde "
      f"{sum(1 for _ in open(work / 'ct_serde' / 'src' / 'lib.rs'))}")
snap = repo / "macros" / "snapshots" / "record_operation.rs"
print(f"expanded lines of one type (recordOperation, {snap.relative_to(repo)}): "
      f"{sum(1 for _ in open(snap))}")
