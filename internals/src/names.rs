//! Names: keywords, lookup names, default names.

use heck::{ToLowerCamelCase, ToUpperCamelCase};

/// Words that are keywords in some edition: written raw (`r#type`) wherever an identifier from
/// one crate (maybe of edition 2015 or 2021) is emitted in another (maybe 2024).
#[rustfmt::skip]
pub const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do",
    "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in",
    "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// Identifiers no raw form exists for.
pub const PATH_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Whether `name` must be written raw (`r#name`) as an identifier.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Whether `name` cannot be an identifier at all, raw or not.
pub fn is_path_keyword(name: &str) -> bool {
    PATH_KEYWORDS.contains(&name)
}

/// `ident` without its `r#`.
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// `name` as identifier text: raw where a keyword of any edition, with `_` after a word no raw
/// form exists for (`self_`, `crate_`).
pub fn ident_text(name: &str) -> String {
    if is_path_keyword(name) {
        format!("{name}_")
    } else if is_keyword(name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// The field every resource ends with; no property may take its name.
pub const ADDITIONAL_DATA: &str = "additional_data";

/// The variant every `#[graph_enum]` gets for members the code does not know.
pub const CATCH_ALL: &str = "Unrecognized";

/// The prelude's types an inherited field may name, with their absolute paths: written so in
/// children (and by the generator where a namespace declares a type of the same name).
pub const PRELUDE_TYPES: &[(&str, &str)] = &[
    ("Option", "::core::option::Option"),
    ("String", "::std::string::String"),
    ("Vec", "::std::vec::Vec"),
    ("Box", "::std::boxed::Box"),
];

/// The primitive types.
#[rustfmt::skip]
pub const PRIMITIVES: &[&str] = &[
    "bool", "char", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128",
    "usize", "f32", "f64", "str",
];

/// Graph's own namespace: types in it are named without it (`namespace = …` only for others),
/// operations bound in it are called by their bare name, and its module is `graph`.
pub const GRAPH_NAMESPACE: &str = "microsoft.graph";

/// The JSON name of an enumeration member by default: its variant's name, unrawed, in
/// lowerCamelCase (Graph's members are `notStarted`, `running`).
pub fn default_member_name(variant: &str) -> String {
    unraw(variant).to_lower_camel_case()
}

/// The JSON name of a field by default: its name, unrawed, in lowerCamelCase.
pub fn default_json_name(field: &str) -> String {
    unraw(field).to_lower_camel_case()
}

/// The Graph name of a type by default: its Rust name, unrawed, in lowerCamelCase.
pub fn default_graph_name(rust: &str) -> String {
    unraw(rust).to_lower_camel_case()
}

/// The Rust name of a Graph type, enum member or operation parameter struct: UpperCamelCase,
/// starting with a letter, raw or suffixed where a keyword.
pub fn type_name(graph: &str) -> String {
    let mut s = graph.to_upper_camel_case();
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        s = format!("T{s}");
    }
    ident_text(&s)
}

/// A Graph name in snake_case, a run of capitals kept together with a one-letter tail
/// (`cloudPCs` -> `cloud_pcs`, `iCalUId` -> `ical_uid`) and a one-letter word joined to the word
/// after it (`oData` -> `odata`, `iOS` -> `ios`, `IPod` -> `ipod`); `_` and any other
/// character that is not a letter or digit separate words and are never joined across.
///
/// Words start at a capital after a lowercase letter or digit, and inside a run of capitals
/// at its last capital when more than one lowercase letter follows (`IPAddress` ->
/// `ip_address`); digits stay with the word before them and take the case of its last letter
/// (`windows10Enterprise` -> `windows10_enterprise`, `formulasR1C1` -> `formulas_r1c1`).
/// heck's rule differs on runs: it splits `PCs` into `p_cs`.
pub fn snake_case(graph: &str) -> String {
    let mut out = String::with_capacity(graph.len() + 4);
    for chunk in graph.split(|c: char| !c.is_alphanumeric()) {
        let words = camel_words(chunk);
        let mut i = 0;
        while i < words.len() {
            let mut word = words[i].to_lowercase();
            // A lone letter (`i` of `iCal`, `O` of `OData`) is the first letter of the next word.
            while word.chars().count() == 1
                && word.starts_with(char::is_alphabetic)
                && i + 1 < words.len()
            {
                i += 1;
                word.push_str(&words[i].to_lowercase());
            }
            if !out.is_empty() {
                out.push('_');
            }
            out.push_str(&word);
            i += 1;
        }
    }
    out
}

/// The words of a run of letters and digits in camelCase (see [`snake_case`]).
fn camel_words(chunk: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = chunk.char_indices().collect();
    let is_lower = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_lowercase());
    let mut starts = vec![0];
    // The case of the last letter seen: digits continue it (`r1c1` is one word, as is `2t`).
    let mut last_upper = None;
    for (k, &(at, c)) in chars.iter().enumerate() {
        let starts_word = k > 0
            && c.is_uppercase()
            && match last_upper {
                // The last capital of a run begins the next word when two or more lowercase
                // letters follow: `IPAddress` = `IP` `Address`, but `PCs` and `UId` stay whole.
                Some(true) => is_lower(k + 1) && is_lower(k + 2),
                Some(false) => true,
                None => false,
            };
        if starts_word {
            starts.push(at);
        }
        if c.is_alphabetic() {
            last_upper = Some(c.is_uppercase());
        }
    }
    let mut words = Vec::with_capacity(starts.len());
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(chunk.len());
        if start < end {
            words.push(&chunk[start..end]);
        }
    }
    words
}

/// A Graph name's snake_case as an identifier's text before keywords are handled: `p_` in front
/// where it would be empty or start with a digit (the generator adds `_2`, `_3` to it where
/// two fields would clash).
pub fn snake_name(graph: &str) -> String {
    let s = snake_case(graph);
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("p_{s}")
    } else {
        s
    }
}

/// The method or field name of a Graph name (a navigation property, an operation, a
/// parameter, a singleton or entity set): snake_case, starting with a letter, raw where a
/// keyword, suffixed where no raw form exists.
pub fn method_name(graph: &str) -> String {
    ident_text(&snake_name(graph))
}

/// The module, inside a namespace's `ops`, of the operations bound to `binding` (a type's Graph
/// name): `user`, or `user_collection` for those bound to a collection of users.
pub fn ops_module(binding: &str, collection: bool) -> String {
    let base = snake_case(binding);
    if collection {
        ident_text(&format!("{base}_collection"))
    } else {
        ident_text(&base)
    }
}

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
    !STD_MACROS.contains(&name) && !is_path_keyword(name) && name != "_"
}

/// The macro `inherits = <.. segment>` calls: the segment itself, or, for a Graph name that
/// cannot be a lookup name (`todo`), the type's Rust name (`Todo`).
pub fn lookup_name(segment: &str) -> String {
    let name = unraw(segment);
    if is_lookup_name(name) {
        segment.to_owned()
    } else {
        type_name(name)
    }
}

/// Names a Graph name may not take in the type namespace: the primitive types (a
/// glob-imported `bool` would shadow the primitive) and the prelude's types and traits.
#[rustfmt::skip]
const TYPE_NAMESPACE_RESERVED: &[&str] = &[
    "Self", "self", "super", "crate",
    "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "ToString",
    "ToOwned", "Clone", "Copy", "Send", "Sync", "Sized", "Unpin", "Drop", "Fn", "FnMut",
    "FnOnce", "Iterator", "IntoIterator", "Extend", "Default", "Eq", "PartialEq", "Ord",
    "PartialOrd", "AsRef", "AsMut", "Into", "From", "TryFrom", "TryInto", "FromIterator",
];

/// Whether a type's Graph name also names the type (a hidden alias beside the lookup macro),
/// so that `use m::commsOperation;` brings the type as well as its macro.
pub fn is_type_alias_name(name: &str) -> bool {
    !TYPE_NAMESPACE_RESERVED.contains(&name) && !PRIMITIVES.contains(&name)
}

/// The methods of a create or update builder that are not setters.
pub const BUILDER_METHODS: &[&str] = &["build", "null"];

/// The setter of a field in a builder: the field's own name, except for a field named like
/// one of the builder's own methods (`build`, `null`): `set_build`, `set_null`.
pub fn setter_name(field: &str) -> Option<String> {
    let name = unraw(field);
    BUILDER_METHODS
        .contains(&name)
        .then(|| format!("set_{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_keeps_runs_of_capitals() {
        for (graph, snake) in [
            ("cloudPCs", "cloud_pcs"),
            ("iCalUId", "ical_uid"),
            ("oDataType", "odata_type"),
            ("isODataEnabled", "is_odata_enabled"),
            ("oAuth2PermissionGrants", "oauth2_permission_grants"),
            (
                "iOSMobileApplicationManagement",
                "ios_mobile_application_management",
            ),
            ("iPhoneAndIPod", "iphone_and_ipod"),
            ("sourceIPAddress", "source_ip_address"),
            ("aaGUIDs", "aa_guids"),
            ("AAGUIDs", "aaguids"),
            ("clockMHz", "clock_mhz"),
            ("IPAddress", "ip_address"),
            ("displayName", "display_name"),
            ("id", "id"),
            ("ID", "id"),
            ("windows10EnterpriseN", "windows10_enterprise_n"),
            ("t_Dist_2T", "t_dist_2t"),
            ("formulasR1C1", "formulas_r1c1"),
            ("oauth2PermissionGrant", "oauth2_permission_grant"),
            ("stDev_P", "st_dev_p"),
            ("ssl3_0", "ssl3_0"),
            ("tls1_2", "tls1_2"),
            ("countA", "count_a"),
            ("callRecords", "call_records"),
            ("Unicode\u{e9}Name", "unicode\u{e9}_name"),
            ("", ""),
            ("__", ""),
        ] {
            assert_eq!(snake_case(graph), snake, "{graph}");
        }
    }

    #[test]
    fn names() {
        assert_eq!(ident_text("type"), "r#type");
        assert_eq!(ident_text("self"), "self_");
        assert_eq!(default_json_name("r#loop"), "loop");
        assert_eq!(default_json_name("display_name"), "displayName");
        assert_eq!(type_name("callRecords"), "CallRecords");
        assert_eq!(type_name("3d"), "T3d");
        assert_eq!(method_name("recordResponse"), "record_response");
        assert_eq!(method_name("cloudPCs"), "cloud_pcs");
        assert_eq!(method_name("iCalUId"), "ical_uid");
        assert_eq!(method_name("type"), "r#type");
        assert_eq!(ops_module("user", true), "user_collection");
        assert_eq!(ops_module("driveItem", false), "drive_item");
        assert_eq!(lookup_name("todo"), "Todo");
        assert_eq!(lookup_name("commsOperation"), "commsOperation");
        assert!(!is_type_alias_name("bool") && is_type_alias_name("calendar"));
        assert_eq!(setter_name("build").as_deref(), Some("set_build"));
        assert_eq!(setter_name("value"), None);
    }
}
