//! Generates the Graph v1.0 types the crate's features name, from the schema shipped in the
//! crate (`schema/graph-v1.0.xml`), into `OUT_DIR/models.rs` (`src/lib.rs` includes it).
//!
//! A root feature (`user`, `driveItem`) is a type of `microsoft.graph`; a namespace feature
//! (`namespace-security`) is every type of that namespace; `full` is the whole schema. What
//! the selected types need (bases, property types, navigation targets with `navigation`,
//! operation parameters and results with `operations`) is generated with them: the closure is
//! computed here, from the features Cargo turned on, never declared by hand.

use std::collections::BTreeSet;
use std::path::PathBuf;

const SCHEMA: &str = "schema/graph-v1.0.xml";

fn main() {
    println!("cargo:rerun-if-changed={SCHEMA}");
    println!("cargo:rerun-if-changed=build.rs");
    let enabled: BTreeSet<String> = std::env::vars()
        .filter_map(|(k, _)| k.strip_prefix("CARGO_FEATURE_").map(str::to_owned))
        .collect();
    let on = |feature: &str| enabled.contains(&feature_env(feature));
    let text = std::fs::read_to_string(SCHEMA).expect("the schema shipped in the crate");
    let doc = graph_resource_codegen::Csdl::parse(&text).expect("the shipped schema reads");
    let mut roots = Vec::new();
    for def in &doc.types {
        let root_feature = def.namespace == "microsoft.graph" && on(&def.name);
        let module = graph_resource_codegen::module_stem(&def.namespace);
        if root_feature || on(&format!("namespace-{module}")) {
            roots.push(def.qname.as_str().to_owned());
        }
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("models.rs");
    if roots.is_empty() && !on("full") {
        // No feature names a type: nothing to generate (an empty `roots` would mean all).
        std::fs::write(
            &out,
            "// No feature of graph-resource-models names a type.\n",
        )
        .expect("OUT_DIR is writable");
        return;
    }
    if on("full") {
        roots.clear();
    }
    let options = graph_resource_codegen::Options {
        roots,
        no_navigation: !on("navigation"),
        no_operations: !on("operations"),
        source: Some("graph-v1.0.xml".into()),
        // The modules are at the crate's root (`graph_resource_models::graph`): types
        // inheriting ours in other crates name our property types through them.
        module_root: Some("crate".into()),
        ..Default::default()
    };
    let generated = graph_resource_codegen::generate(&text, &options).expect("generated");
    std::fs::write(&out, generated.single_file()).expect("OUT_DIR is writable");
}

/// The variable Cargo sets for a turned-on feature: `CARGO_FEATURE_` and the name in capitals
/// with `-` as `_` (`driveItem` -> `DRIVEITEM`).
fn feature_env(feature: &str) -> String {
    feature.to_uppercase().replace('-', "_")
}
