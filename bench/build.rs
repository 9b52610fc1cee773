//! Writes `wide.rs`: a family of 390 derived types (as wide as v1.0's `security.auditData`) and
//! one of 3 over the same base, so that the family benchmark can compare reading by tag.

use std::fmt::Write as _;

/// Variants of the wide family (v1.0's `security.auditData` has 392 derived types).
const WIDE: usize = 390;

fn main() {
    let mut out = String::from(
        "#[graph_resource(inherits = entity, abstract, name = \"wideBase\", namespace = \"bench\")]\n\
         pub struct WideBase {\n    pub display_name: Option<String>,\n    pub operation: Option<String>,\n    pub count: Option<i64>,\n}\n",
    );
    for i in 0..WIDE {
        let _ = writeln!(
            out,
            "#[graph_resource(inherits = WideBase, name = \"wide{i:03}\", namespace = \"bench\")]\npub struct Wide{i:03} {{}}"
        );
    }
    out.push_str(
        "/// 390 variants and a fallback.\n#[graph_family(base = WideBase)]\npub enum AnyWide {\n",
    );
    for i in 0..WIDE {
        let _ = writeln!(out, "    Wide{i:03}(Wide{i:03}),");
    }
    out.push_str("    #[graph(fallback)]\n    Other(WideBase),\n}\n");
    out.push_str(
        "/// 3 variants and a fallback, over the same base.\n#[graph_family(base = WideBase)]\npub enum AnyNarrow {\n    Wide000(Wide000),\n    Wide001(Wide001),\n    Wide002(Wide002),\n    #[graph(fallback)]\n    Other(WideBase),\n}\n",
    );
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("wide.rs");
    std::fs::write(path, out).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}
