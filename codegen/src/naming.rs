//! The Rust names of generated items (a leaf: every emitter uses it), through the rules the
//! macros share (`graph_resource_internals::names`).

use graph_resource_internals::names as rules;

/// `name` as a Rust identifier: raw where a keyword of any edition, with `_` after a word no
/// raw form exists for (`self`, `crate`).
pub fn rust_ident(name: &str) -> String {
    rules::ident_text(name)
}

/// The module of a namespace: `microsoft.graph` -> `graph`, `microsoft.graph.callRecords` ->
/// `call_records`, `contoso.hr` -> `contoso_hr`.
pub fn module_stem(namespace: &str) -> String {
    if namespace == rules::GRAPH_NAMESPACE {
        return "graph".to_owned();
    }
    let rest = namespace
        .strip_prefix(rules::GRAPH_NAMESPACE)
        .and_then(|rest| rest.strip_prefix('.'))
        .unwrap_or(namespace);
    // Dots separate words as any other punctuation does.
    rules::snake_case(rest)
}

/// The Rust name of a type: its CSDL name in UpperCamelCase.
pub fn type_ident(name: &str) -> String {
    rules::type_name(name)
}
