//! Every snake_case name the generator writes for Graph's v1.0 schema that the acronym-aware rule
//! (`graph_resource_internals::names::snake_case`) spells differently from heck's, which the
//! generator used before: the list a user upgrading reads (`tests/data/renamed-v1.0.txt`).
//! `UPDATE_EXPECT=1 cargo test -p graph-resource-codegen --test names` writes it anew.

use std::collections::BTreeSet;

use graph_resource_codegen::{generate, module_stem, Csdl, Options};
use heck::ToSnakeCase;

const V1: &str = include_str!("data/graph-v1.0.xml");

#[test]
fn every_changed_v1_name_is_listed() {
    let doc = Csdl::parse(V1).unwrap();
    let mut changed = BTreeSet::new();
    let mut note = |kind: &str, owner: &str, graph: &str| {
        let old = graph.to_snake_case();
        let new = graph_resource_internals::names::snake_case(graph);
        if old != new {
            changed.insert(format!("{kind} {owner}{graph}: {old} -> {new}"));
        }
    };
    for def in &doc.types {
        for p in &def.properties {
            let kind = if p.navigation {
                "navigation"
            } else {
                "property"
            };
            note(kind, &format!("{}.", def.qname.as_str()), &p.name);
        }
    }
    for op in &doc.operations {
        let binding = op.binding.name.as_str();
        note("operation", &format!("{binding}/"), &op.name);
        // The module of the operations bound to a type (`ops::drive_item`).
        note(
            "ops module",
            "",
            binding.rsplit('.').next().unwrap_or(binding),
        );
        for param in &op.params {
            note("parameter", &format!("{binding}/{}(", op.name), &param.name);
        }
    }
    for m in &doc.container {
        note("root member", "", &m.name);
    }
    for def in &doc.types {
        let stem = module_stem(&def.namespace);
        let old = match def.namespace.strip_prefix("microsoft.graph.") {
            Some(rest) => rest.to_snake_case(),
            None => stem.clone(),
        };
        if old != stem {
            changed.insert(format!("module {}: {old} -> {stem}", def.namespace));
        }
    }
    let mut listed = String::new();
    for line in &changed {
        listed.push_str(line);
        listed.push('\n');
    }
    expect_test::expect_file!["data/renamed-v1.0.txt"].assert_eq(&listed);
}

/// The generated code carries the new names, with the Graph name kept on the wire.
#[test]
fn generated_fields_take_the_new_names() {
    let options = Options {
        roots: vec![
            "microsoft.graph.event".into(),
            "microsoft.graph.user".into(),
        ],
        no_operations: true,
        ..Default::default()
    };
    let generated = generate(V1, &options).unwrap();
    let graph = &generated
        .modules
        .iter()
        .find(|m| m.stem == "graph")
        .unwrap()
        .code;
    for expected in [
        "#[graph(rename = \"iCalUId\")]\n    pub ical_uid: Option<String>,",
        "#[graph(rename = \"cloudPCs\", navigation)]\n    pub cloud_pcs:",
    ] {
        assert!(graph.contains(expected), "missing {expected:?}");
    }
    assert!(!graph.contains("i_cal_u_id") && !graph.contains("cloud_p_cs"));
}
