//! The crate's features are the schema's: one per type of `microsoft.graph` that an entity set
//! or singleton holds, or that one of those holds in a collection (a navigation property), one
//! per namespace, `full`, and the two options. `UPDATE_EXPECT=1` writes them into Cargo.toml.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use graph_resource_codegen::{module_stem, Csdl};

const SCHEMA: &str = include_str!("../schema/graph-v1.0.xml");
const MANIFEST: &str = include_str!("../Cargo.toml");
const BEGIN: &str = "# BEGIN generated features\n";
const END: &str = "# END generated features\n";

/// The root types: what the container holds, and what those hold in collections; concrete
/// types of `microsoft.graph` only (an abstract type is reached through its derived ones, a type
/// of another namespace through that namespace's feature).
fn root_types(doc: &Csdl) -> BTreeSet<String> {
    let mut roots = BTreeSet::new();
    for member in &doc.container {
        roots.insert(member.ty.as_str().to_owned());
        let Some(def) = doc.get(member.ty.as_str()) else {
            continue;
        };
        for (_, p) in doc.all_properties(def) {
            if p.navigation && p.ty.collection {
                roots.insert(p.ty.name.as_str().to_owned());
            }
        }
    }
    roots
        .into_iter()
        .filter_map(|q| {
            let def = doc.get(&q)?;
            (def.namespace == "microsoft.graph" && !def.is_abstract).then(|| def.name.clone())
        })
        .collect()
}

fn features_section(doc: &Csdl) -> String {
    let mut out = String::new();
    out.push_str("default = [\"navigation\", \"operations\"]\n");
    out.push_str("# Navigation properties: fields, path methods, and the types they reach.\n");
    out.push_str("navigation = []\n");
    out.push_str(
        "# Bound actions and functions, and the types their parameters and results need.\n",
    );
    out.push_str("operations = []\n");
    out.push_str("# Every type of the schema.\n");
    out.push_str("full = []\n");
    out.push_str("# Every type of one namespace.\n");
    let namespaces: BTreeSet<String> = doc
        .types
        .iter()
        .map(|t| module_stem(&t.namespace))
        .collect();
    for module in namespaces {
        let _ = writeln!(out, "namespace-{module} = []");
    }
    let roots = root_types(doc);
    let _ = writeln!(out, "# One type and what it needs ({} types).", roots.len());
    for name in roots {
        let _ = writeln!(out, "{name} = []");
    }
    out
}

#[test]
fn the_features_are_the_schemas() {
    let doc = Csdl::parse(SCHEMA).unwrap();
    let section = features_section(&doc);
    let start = MANIFEST.find(BEGIN).expect("the BEGIN marker") + BEGIN.len();
    let end = MANIFEST.find(END).expect("the END marker");
    if MANIFEST[start..end] != section {
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
            let updated = format!("{}{section}{}", &MANIFEST[..start], &MANIFEST[end..]);
            std::fs::write(path, updated).unwrap();
        } else {
            panic!("the features of Cargo.toml are not the schema's: run with UPDATE_EXPECT=1");
        }
    }
    // Cargo's rules: names it takes, two that its variables (CARGO_FEATURE_<NAME in capitals>,
    // which the build script reads) could not tell apart, and crates.io's limit of 300.
    let names: Vec<&str> = section
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split(" = ").next())
        .collect();
    let mut seen = BTreeSet::new();
    for name in &names {
        assert!(name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert!(
            seen.insert(name.to_uppercase().replace('-', "_")),
            "{name} twice"
        );
    }
    assert!(names.len() <= 300, "{} features", names.len());
    for wanted in [
        "user",
        "group",
        "message",
        "event",
        "driveItem",
        "chatMessage",
        "namespace-security",
    ] {
        assert!(names.contains(&wanted), "{wanted}");
    }
}
