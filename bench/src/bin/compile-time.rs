//! Compile-time benchmark: `cargo run --release -p graph-resource-bench --bin compile-time --
//! [--runs N] [--work DIR] [--profile dev|release]`.
//!
//! Generates a crate of 200 Graph-like types (inheritance chains of depth 3 from `entity`,
//! 8 own fields each, 2 enums) twice: with `#[graph_resource]`/`#[graph_enum]` (`ct_ours`) and
//! as hand-written serde structs with the same flattened fields (`ct_serde`). For each profile
//! it prebuilds the dependencies, then times `N` clean builds of just that crate and reports
//! the medians and their ratio. Needs nothing but cargo.

use std::path::{Path, PathBuf};
use std::time::Instant;

use graph_resource_bench::crates::{cargo, write_crate};

const TYPES: usize = 200;
const DEPTH: usize = 3;
const FIELDS: usize = 8;
const FIELD_TYPES: [&str; 8] = [
    "Option<String>",
    "Option<i32>",
    "Option<bool>",
    "Option<i64>",
    "Option<String>",
    "Option<Vec<String>>",
    "Option<Color>",
    "Option<Size>",
];

fn fields(t: usize) -> Vec<(String, &'static str)> {
    (0..FIELDS)
        .map(|f| {
            (
                format!("t{t}_field_{f}"),
                FIELD_TYPES[f % FIELD_TYPES.len()],
            )
        })
        .collect()
}

fn ours() -> String {
    let mut s = String::from(
        "#![allow(dead_code)]\nuse graph_resource::prelude::*;\n\n\
         #[graph_enum]\npub enum Color { Red, Green, Blue, UnknownFutureValue }\n\n\
         #[graph_enum(rename_all = \"PascalCase\")]\npub enum Size { Small, Medium, Large }\n\n",
    );
    for t in 0..TYPES {
        let base = if t % DEPTH == 0 {
            "entity".to_owned()
        } else {
            format!("type{}", t - 1)
        };
        s.push_str(&format!(
            "#[graph_resource(inherits = {base})]\npub struct Type{t} {{\n"
        ));
        for (f, ty) in fields(t) {
            s.push_str(&format!("    pub {f}: {ty},\n"));
        }
        s.push_str("}\n\n");
    }
    s
}

fn serde() -> String {
    let mut s = String::from(
        "#![allow(dead_code)]\nuse serde::{Deserialize, Serialize};\n\n\
         #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]\n#[serde(rename_all = \"camelCase\")]\n\
         pub enum Color { Red, Green, Blue, UnknownFutureValue }\n\n\
         #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]\npub enum Size { Small, Medium, Large }\n\n",
    );
    for t in 0..TYPES {
        let level = t % DEPTH;
        // The serde twin carries its ancestors' fields flattened in.
        let mut all: Vec<_> = (t - level..t).flat_map(fields).collect();
        all.extend(fields(t));
        s.push_str(
            "#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]\n\
             #[serde(rename_all = \"camelCase\")]\n",
        );
        s.push_str(&format!("pub struct Type{t} {{\n"));
        s.push_str("    #[serde(rename = \"@odata.type\", skip_serializing_if = \"Option::is_none\")]\n    pub odata_type: Option<String>,\n");
        s.push_str("    #[serde(skip_serializing_if = \"Option::is_none\")]\n    pub id: Option<String>,\n");
        for (f, ty) in all {
            s.push_str(&format!(
                "    #[serde(skip_serializing_if = \"Option::is_none\")]\n    pub {f}: {ty},\n"
            ));
        }
        s.push_str("}\n\n");
    }
    s
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn clean_builds(dir: &Path, name: &str, profile: &str, runs: usize) -> Vec<f64> {
    cargo(dir, &["build", "--profile", profile]);
    (0..runs)
        .map(|_| {
            cargo(dir, &["clean", "--profile", profile, "-p", name]);
            let start = Instant::now();
            cargo(dir, &["build", "--profile", profile]);
            start.elapsed().as_secs_f64()
        })
        .collect()
}

fn main() {
    let mut runs = 5;
    let mut work: Option<PathBuf> = None;
    let mut profiles = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            "--work" => work = args.next().map(PathBuf::from),
            "--profile" => profiles.push(args.next().expect("--profile dev|release")),
            other => panic!("unknown argument {other}; see the file's header"),
        }
    }
    if profiles.is_empty() {
        profiles = vec!["dev".into(), "release".into()];
    }
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime");
    let runtime = runtime.canonicalize().expect("the runtime crate");
    let work = work.unwrap_or_else(|| std::env::temp_dir().join("graph-resource-compile-time"));
    let (ours_src, serde_src) = (ours(), serde());
    write_crate(
        &work.join("ct_ours"),
        "ct_ours",
        &format!(
            "graph-resource = {{ path = {:?} }}",
            runtime.display().to_string()
        ),
        &[("lib.rs", &ours_src)],
    );
    write_crate(
        &work.join("ct_serde"),
        "ct_serde",
        "serde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"",
        &[("lib.rs", &serde_src)],
    );
    println!(
        "work dir: {}; {TYPES} types, depth {DEPTH}, {FIELDS} own fields, 2 enums; source lines: ours {}, serde {}",
        work.display(),
        ours_src.lines().count(),
        serde_src.lines().count()
    );
    for profile in &profiles {
        let o = clean_builds(&work.join("ct_ours"), "ct_ours", profile, runs);
        let s = clean_builds(&work.join("ct_serde"), "ct_serde", profile, runs);
        let show = |v: &[f64]| {
            v.iter()
                .map(|t| format!("{t:.2}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (mo, ms) = (median(o.clone()), median(s.clone()));
        println!(
            "[{profile}] #[graph_resource]:  median {mo:.2} s (runs: {})",
            show(&o)
        );
        println!(
            "[{profile}] hand-written serde: median {ms:.2} s (runs: {})",
            show(&s)
        );
        println!("[{profile}] ratio ours / serde: {:.2}x", mo / ms);
    }
}
