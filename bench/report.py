#!/usr/bin/env python3
"""Prints the ratios of the last `cargo bench -p graph-resource-bench` run, from criterion's
estimates (target/criterion/<group>/<name>/new/estimates.json): median times and throughput
ratios of ours against each baseline measured in the same run."""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")


def median_ns(group, name):
    """The median of criterion's samples (issue 19 asks for medians; robust on a shared
    machine)."""
    f = root / group / name / "new" / "estimates.json"
    if not f.exists():
        return None
    return json.loads(f.read_text())["median"]["point_estimate"]


def fmt(ns):
    return f"{ns / 1000:.1f} µs" if ns >= 1000 else f"{ns:.0f} ns"


rows = []
for group, ours, baselines in [
    ("read_one", "ours", ["baseline_L", "baseline_U"]),
    ("read_collection_1000", "ours", ["baseline_L", "baseline_U"]),
    ("write_one", "ours", ["baseline_L", "baseline_U"]),
    ("write_collection_1000", "ours", ["baseline_L", "baseline_U"]),
    ("family_read_1000", "graph_family", ["serde_tag_enum"]),
    ("family_two_derived_1000", "graph_family", ["serde_tag_enum"]),
]:
    o = median_ns(group, ours)
    if o is None:
        continue
    for b in baselines:
        t = median_ns(group, b)
        if t is not None:
            # Throughput ratio: how many times the baseline's throughput ours reaches.
            rows.append((group, f"{ours} vs {b}", fmt(o), fmt(t), t / o))

print("| benchmark | comparison | ours | baseline | ours' throughput / baseline's |")
print("|---|---|---|---|---|")
for g, c, o, t, r in rows:
    print(f"| {g} | {c} | {o} | {t} | {r:.2f}× |")
