//! The names generated code adds or derives, in one place: which names a type may be looked up
//! by, which identifiers must be written raw, and what a builder's setters are called.
//!
//! What a `#[graph_resource]` adds to the user's module (see the README's "Names"):
//! - a `#[macro_export]` macro `__graph_resource_<Type>_<fingerprint>` (unique per expansion);
//! - a hidden module of the same name, glob re-exported, which names that macro by the type's
//!   Rust name and by its Graph name, in the macro namespace only. A glob import is shadowed by
//!   anything the user declares, and two globs that bring one name are ambiguous only where the
//!   name is used, so two types with one Graph name (`alert`, `security.alert`) live side by
//!   side and are inherited by their Rust names. Names that would shadow or make ambiguous a
//!   macro or attribute of the standard library (`todo`, `print`, `file`, `test`, `Default`)
//!   are left out; `inherits` looks such a Graph name up by its Rust name.
//!
//! Everything else (impls, the builder, its helper traits) is inside an anonymous `const _`.

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Span};
use syn::ext::IdentExt;

/// Macros and attributes of the standard library a bare name could reach without an import
/// (the `std` macro prelude, built-in attributes and derives). A glob-imported macro of one of
/// these names silently shadows it or makes it ambiguous, so no lookup name is one of them.
#[rustfmt::skip]
const STD_MACROS: &[&str] = &[
    // macros of the std/core prelude
    "asm", "assert", "assert_eq", "assert_matches", "assert_ne", "cfg", "cfg_match", "cfg_select",
    "column", "compile_error", "concat", "concat_bytes", "concat_idents", "const_format_args",
    "dbg", "debug_assert", "debug_assert_eq", "debug_assert_matches", "debug_assert_ne", "env",
    "eprint", "eprintln", "file", "format", "format_args", "format_args_nl", "global_asm",
    "include", "include_bytes", "include_str", "is_aarch64_feature_detected",
    "is_arm_feature_detected", "is_loongarch_feature_detected", "is_mips64_feature_detected",
    "is_mips_feature_detected", "is_powerpc64_feature_detected", "is_powerpc_feature_detected",
    "is_riscv_feature_detected", "is_x86_feature_detected", "line", "log_syntax", "matches",
    "module_path", "naked_asm", "option_env", "panic", "print", "println", "stringify",
    "thread_local", "todo", "trace_macros", "try", "unimplemented", "unreachable", "vec", "write",
    "writeln",
    // built-in attributes
    "allow", "alloc_error_handler", "automatically_derived", "bench", "cfg_accessible",
    "cfg_attr", "cfg_eval", "cold", "collapse_debuginfo", "crate_name", "crate_type",
    "debugger_visualizer", "deny", "deprecated", "derive", "diagnostic", "doc", "expect",
    "export_name", "feature", "forbid", "global_allocator", "ignore", "inline", "instruction_set",
    "link", "link_name", "link_ordinal", "link_section", "macro_export", "macro_use", "must_use",
    "no_builtins", "no_implicit_prelude", "no_link", "no_main", "no_mangle", "no_std",
    "non_exhaustive", "panic_handler", "path", "proc_macro", "proc_macro_attribute",
    "proc_macro_derive", "recursion_limit", "repr", "should_panic", "target_feature", "test",
    "test_case", "track_caller", "type_length_limit", "unsafe", "used", "warn",
    "windows_subsystem",
    // derives of the std prelude
    "Clone", "Copy", "Debug", "Default", "Eq", "Hash", "Ord", "PartialEq", "PartialOrd",
];

/// Whether `name` may be a lookup name in the macro namespace.
pub fn is_lookup_name(name: &str) -> bool {
    !STD_MACROS.contains(&name)
}

/// The macro `inherits = <path ending in segment>` calls: the segment itself, or, for a Graph
/// name that cannot be a lookup name (`todo`), the type's Rust name (`Todo`).
pub fn lookup_segment(segment: &Ident) -> Ident {
    let name = segment.unraw().to_string();
    if is_lookup_name(&name) {
        return segment.clone();
    }
    let rust = name.to_upper_camel_case();
    if rust == name {
        return segment.clone();
    }
    Ident::new(&rust, segment.span())
}

/// Words that are keywords in some edition: written raw wherever an identifier from one crate
/// (a base's field, maybe of edition 2015 or 2021) is emitted in another (maybe 2024).
#[rustfmt::skip]
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do",
    "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in",
    "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// `name` as an identifier at `span`, raw when it is a keyword of any edition.
pub fn ident(name: &str, span: Span) -> Ident {
    if KEYWORDS.contains(&name) {
        Ident::new_raw(name, span)
    } else {
        Ident::new(name, span)
    }
}

/// An identifier carried from elsewhere, re-made at `span` (raw where any edition needs it).
pub fn respan_ident(ident: &Ident, span: Span) -> Ident {
    self::ident(&ident.unraw().to_string(), span)
}

/// The methods of a create or update builder that are not setters.
pub const BUILDER_METHODS: &[&str] = &["build", "null"];

/// The setter of a field in a builder: the field's own name, except for a field named like
/// one of the builder's own methods (`build`, `null`), whose setter is `set_build`, `set_null`.
pub fn setter(field: &Ident) -> Ident {
    let name = field.unraw().to_string();
    if BUILDER_METHODS.contains(&name.as_str()) {
        Ident::new(&format!("set_{name}"), field.span())
    } else {
        field.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn std_names_are_looked_up_by_rust_name() {
        let span = Span::call_site();
        assert_eq!(lookup_segment(&Ident::new("todo", span)), "Todo");
        assert_eq!(lookup_segment(&Ident::new("print", span)), "Print");
        assert_eq!(
            lookup_segment(&Ident::new("commsOperation", span)),
            "commsOperation"
        );
        assert_eq!(
            lookup_segment(&Ident::new("CommsOperation", span)),
            "CommsOperation"
        );
    }

    #[test]
    fn keywords_of_any_edition_are_raw() {
        let span = Span::call_site();
        assert_eq!(ident("gen", span).to_string(), "r#gen");
        assert_eq!(ident("type", span).to_string(), "r#type");
        assert_eq!(ident("value", span).to_string(), "value");
    }

    #[test]
    fn setters() {
        let span = Span::call_site();
        assert_eq!(setter(&Ident::new("build", span)), "set_build");
        assert_eq!(setter(&Ident::new("null", span)), "set_null");
        assert_eq!(setter(&Ident::new("value", span)), "value");
    }
}
