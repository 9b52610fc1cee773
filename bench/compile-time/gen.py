#!/usr/bin/env python3
"""Generates the two crates of the compile-time benchmark: 200 types in chains of depth 3
(a root, a child, a grandchild), 8 own fields each, and 2 enums; `ct_ours` declares them with
#[graph_resource]/#[graph_enum], `ct_serde` as hand-written serde structs with the same
flattened fields (rename_all camelCase, skip_serializing_if, an @odata.type field)."""
import pathlib
import sys

work = pathlib.Path(sys.argv[1])
repo = pathlib.Path(sys.argv[2])
TYPES = 200
DEPTH = 3
FIELDS = 8
FIELD_TYPES = ["Option<String>", "Option<i32>", "Option<bool>", "Option<i64>",
               "Option<String>", "Option<Vec<String>>", "Option<Color>", "Option<Size>"]


def manifest(name, deps):
    return f"""[package]
name = "{name}"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
{deps}

[workspace]
"""


def enums_ours():
    return """#[graph_enum]
pub enum Color { Red, Green, Blue, UnknownFutureValue }

#[graph_enum(rename_all = "PascalCase")]
pub enum Size { Small, Medium, Large }
"""


def enums_serde():
    return """#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Color { Red, Green, Blue, UnknownFutureValue }

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Size { Small, Medium, Large }
"""


def fields(t):
    return [(f"t{t}_field_{f}", FIELD_TYPES[f % len(FIELD_TYPES)]) for f in range(FIELDS)]


ours = ["use graph_resource::prelude::*;", enums_ours()]
serde = ["use serde::{Deserialize, Serialize};", enums_serde()]
for t in range(TYPES):
    level = t % DEPTH
    name = f"Type{t}"
    own = fields(t)
    if level == 0:
        ours.append(f"#[graph_resource(inherits = entity)]\npub struct {name} {{")
    else:
        ours.append(f"#[graph_resource(inherits = type{t - 1})]\npub struct {name} {{")
    ours += [f"    pub {f}: {ty}," for f, ty in own]
    ours.append("}\n")
    # The serde twin carries its ancestors' fields flattened in.
    inherited = []
    for a in range(t - level, t):
        inherited += fields(a)
    serde.append("#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]")
    serde.append('#[serde(rename_all = "camelCase")]')
    serde.append(f"pub struct {name} {{")
    serde.append('    #[serde(rename = "@odata.type", skip_serializing_if = "Option::is_none")]')
    serde.append("    pub odata_type: Option<String>,")
    serde.append('    #[serde(skip_serializing_if = "Option::is_none")]')
    serde.append("    pub id: Option<String>,")
    for f, ty in inherited + own:
        serde.append('    #[serde(skip_serializing_if = "Option::is_none")]')
        serde.append(f"    pub {f}: {ty},")
    serde.append("}\n")

runtime = repo / "runtime"
for crate, body, deps in [
    ("ct_ours", ours, f'graph-resource = {{ path = "{runtime}" }}'),
    ("ct_serde", serde, 'serde = { version = "1", features = ["derive"] }\nserde_json = "1"'),
]:
    d = work / crate
    (d / "src").mkdir(parents=True, exist_ok=True)
    (d / "Cargo.toml").write_text(manifest(crate, deps))
    (d / "src" / "lib.rs").write_text("#![allow(dead_code)]\n" + "\n".join(body) + "\n")
    print(f"wrote {d}")
