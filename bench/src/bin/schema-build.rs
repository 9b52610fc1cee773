//! Whole-schema build benchmark: `cargo run --release -p graph-resource-bench --bin schema-build
//! -- [--runs N] [--work DIR]`.
//!
//! Generates Graph's whole v1.0 schema (`codegen/tests/data/graph-v1.0.xml`) four times: with
//! graph-resource-codegen with everything (types, navigation as path methods, the 1,141 bound
//! operations with their parameter structs, the container, the 267 families), the same without
//! the families, with graph-resource-codegen types only (the same types and fields, no path
//! methods of navigation properties, no operations, no container, no families), and as the
//! same types written
//! as plain serde derives (every ancestor's properties flattened in, `Option` fields skipped when
//! `None`, an `@odata.type` field, enums with a `#[serde(other)]` catch-all; unknown properties
//! dropped, which costs serde nothing to compile). For each crate it prebuilds the dependencies,
//! then times clean debug builds and `cargo check`s of that crate alone, with their peak memory
//! (GNU time's maximum resident set size of cargo and the rustc it waits for). Then a program
//! that reads and writes one `user` through the whole crate: `cargo check` after a one-line
//! edit of it, and its stripped release binary against the same over a `user` closure.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use graph_resource_bench::crates::{cargo, write_crate};
use graph_resource_codegen::{module_stem, select, type_ident, Csdl, Kind, Options, TypeDef};
use heck::ToSnakeCase;

fn field_ident(name: &str, taken: &mut HashSet<String>) -> String {
    let mut base = name.to_snake_case();
    if matches!(base.as_str(), "self" | "super" | "crate" | "odata_type") {
        base.push('_');
    }
    let mut n = base.clone();
    let mut i = 2;
    while !taken.insert(n.clone()) {
        n = format!("{base}_{i}");
        i += 1;
    }
    graph_resource_codegen::rust_ident(&n)
}

fn path_to(csdl: &Csdl, from: &TypeDef, qname: &str) -> String {
    let t = csdl.get(qname).expect("declared");
    if t.namespace == from.namespace {
        type_ident(&t.name)
    } else {
        format!(
            "super::{}::{}",
            module_stem(&t.namespace),
            type_ident(&t.name)
        )
    }
}

fn serde_source(csdl: &Csdl, selected: &[String]) -> Vec<(String, String)> {
    let mut by_ns: std::collections::BTreeMap<String, String> = Default::default();
    for q in selected {
        let def = csdl.get(q).unwrap();
        let out = by_ns.entry(def.namespace.clone()).or_insert_with(|| {
            "#![allow(dead_code, clippy::all)]\nuse serde::{Deserialize, Serialize};\n".to_owned()
        });
        let name = type_ident(&def.name);
        if def.kind == Kind::Enum {
            let _ = writeln!(
                out,
                "\n#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]\npub enum {name} {{"
            );
            let mut taken = HashSet::new();
            for m in &def.members {
                let mut v = type_ident(&m.name);
                while !taken.insert(v.clone()) {
                    v.push('_');
                }
                let _ = writeln!(out, "    #[serde(rename = {:?})]\n    {v},", m.name);
            }
            let _ = writeln!(out, "    #[serde(other)]\n    UnknownMember__,\n}}");
            continue;
        }
        let _ = writeln!(
            out,
            "\n#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]\npub struct {name} {{\n    \
             #[serde(rename = \"@odata.type\", default, skip_serializing_if = \"Option::is_none\")]\n    \
             pub odata_type: Option<String>,"
        );
        let mut taken = HashSet::new();
        for (_, p) in csdl.all_properties(def) {
            if p.ty.name == "Edm.Stream" {
                continue;
            }
            let element = match p.ty.name.as_str() {
                "Edm.Boolean" => "bool".to_owned(),
                "Edm.Int16" => "i16".to_owned(),
                "Edm.Int32" => "i32".to_owned(),
                "Edm.Int64" => "i64".to_owned(),
                "Edm.Byte" => "u8".to_owned(),
                "Edm.SByte" => "i8".to_owned(),
                "Edm.Double" | "Edm.Single" | "Edm.Decimal" => "f64".to_owned(),
                "Edm.String" | "Edm.DateTimeOffset" | "Edm.Date" | "Edm.TimeOfDay"
                | "Edm.Duration" | "Edm.Guid" | "Edm.Binary" => "String".to_owned(),
                other if other.starts_with("Edm.") => "serde_json::Value".to_owned(),
                other => match csdl.get(other) {
                    Some(t) if t.kind == Kind::Enum && t.flags => "String".to_owned(),
                    Some(t) if t.kind == Kind::Enum => path_to(csdl, def, other),
                    _ => path_to(csdl, def, other),
                },
            };
            let is_struct = csdl.get(&p.ty.name).is_some_and(|t| t.kind != Kind::Enum);
            let ty = if p.ty.collection {
                format!("Vec<{element}>")
            } else if is_struct {
                format!("Box<{element}>")
            } else {
                element
            };
            let field = field_ident(&p.name, &mut taken);
            let _ = writeln!(
                out,
                "    #[serde(rename = {:?}, default, skip_serializing_if = \"Option::is_none\")]\n    pub {field}: Option<{ty}>,",
                p.name
            );
        }
        out.push_str("}\n");
    }
    let mut files = vec![];
    let mut mod_rs = String::new();
    for (ns, code) in by_ns {
        let stem = module_stem(&ns);
        let _ = writeln!(mod_rs, "pub mod {stem};");
        files.push((format!("{stem}.rs"), code));
    }
    files.push(("mod.rs".to_owned(), mod_rs));
    files
}

fn write_gen_crate(dir: &Path, name: &str, deps: &str, files: &[(String, String)]) {
    let _ = std::fs::remove_dir_all(dir.join("src/gen"));
    let mut all: Vec<(String, &str)> = files
        .iter()
        .map(|(f, c)| (format!("gen/{f}"), c.as_str()))
        .collect();
    all.push(("lib.rs".into(), "#[path = \"gen/mod.rs\"]\npub mod gen;\n"));
    let all: Vec<(&str, &str)> = all.iter().map(|(f, c)| (f.as_str(), *c)).collect();
    write_crate(dir, name, deps, &all);
}

/// Runs cargo under GNU time: (seconds, peak resident memory in MB).
fn timed(dir: &Path, args: &[&str]) -> (f64, f64) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%e %M", &cargo])
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .output()
        .expect("/usr/bin/time (GNU time) runs");
    assert!(
        out.status.success(),
        "cargo {args:?} failed in {}",
        dir.display()
    );
    let text = String::from_utf8_lossy(&out.stderr);
    let last = text.lines().last().unwrap_or_default();
    let mut it = last.split_whitespace();
    let secs: f64 = it.next().and_then(|s| s.parse().ok()).expect("seconds");
    let kb: f64 = it.next().and_then(|s| s.parse().ok()).expect("max RSS");
    (secs, kb / 1024.0)
}

fn measure(dir: &Path, name: &str, runs: usize) -> [(f64, f64); 2] {
    cargo(dir, &["build"]);
    cargo(dir, &["check"]);
    let mut build = vec![];
    let mut check = vec![];
    for _ in 0..runs {
        cargo(dir, &["clean", "-p", name]);
        build.push(timed(dir, &["build"]));
        cargo(dir, &["clean", "-p", name]);
        check.push(timed(dir, &["check"]));
    }
    let median = |mut v: Vec<(f64, f64)>| {
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        v[v.len() / 2]
    };
    [median(build), median(check)]
}

fn main() {
    let mut runs = 3;
    let mut work: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            "--work" => work = args.next().map(PathBuf::from),
            other => panic!("unknown argument {other}; see the file's header"),
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap();
    let text = std::fs::read_to_string(root.join("codegen/tests/data/graph-v1.0.xml")).unwrap();
    let work = work.unwrap_or_else(|| root.join("target/schema-build"));
    let options = graph_resource_codegen::Options {
        source: Some("graph-v1.0.xml".into()),
        ..Default::default()
    };
    let ours = graph_resource_codegen::generate(&text, &options).unwrap();
    let types_only = graph_resource_codegen::generate(
        &text,
        &graph_resource_codegen::Options {
            no_operations: true,
            no_container: true,
            no_families: true,
            ..options.clone()
        },
    )
    .unwrap();
    let no_families = graph_resource_codegen::generate(
        &text,
        &graph_resource_codegen::Options {
            no_families: true,
            ..options.clone()
        },
    )
    .unwrap();
    // The same fields, without their path methods.
    let types_only: Vec<(String, String)> = types_only
        .files()
        .into_iter()
        .map(|(f, c)| {
            let c = c
                .replace("    #[graph(navigation)]\n", "")
                .replace(", navigation)]", ")]");
            (f, c)
        })
        .collect();
    let csdl = Csdl::parse(&text).unwrap();
    let selected = select(&csdl, &Options::default()).unwrap();
    let serde = serde_source(&csdl, &selected);
    let lines =
        |files: &[(String, String)]| files.iter().map(|(_, c)| c.lines().count()).sum::<usize>();
    let ours_files = ours.files();
    write_gen_crate(
        &work.join("schema_ours"),
        "schema_ours",
        &format!(
            "graph-resource = {{ path = {:?} }}\nserde = \"1\"\nserde_json = \"1\"",
            root.join("runtime").display().to_string()
        ),
        &ours_files,
    );
    write_gen_crate(
        &work.join("schema_types"),
        "schema_types",
        &format!(
            "graph-resource = {{ path = {:?} }}\nserde = \"1\"\nserde_json = \"1\"",
            root.join("runtime").display().to_string()
        ),
        &types_only,
    );
    write_gen_crate(
        &work.join("schema_serde"),
        "schema_serde",
        "serde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"",
        &serde,
    );
    let c = ours.counts;
    println!(
        "{} entity, {} complex, {} enum types, {} operations, {} container members; source \
         lines: ours {}, types only {}, serde {}; {runs} runs each",
        c.entities,
        c.complexes,
        c.enums,
        c.operations,
        c.container_members,
        lines(&ours_files),
        lines(&types_only),
        lines(&serde)
    );
    let o = measure(&work.join("schema_ours"), "schema_ours", runs);
    println!(
        "everything: debug build {:.1} s, {:.0} MB; cargo check {:.1} s, {:.0} MB",
        o[0].0, o[0].1, o[1].0, o[1].1
    );
    let t = measure(&work.join("schema_types"), "schema_types", runs);
    println!(
        "types only: debug build {:.1} s, {:.0} MB; cargo check {:.1} s, {:.0} MB",
        t[0].0, t[0].1, t[1].0, t[1].1
    );
    write_gen_crate(
        &work.join("schema_nofam"),
        "schema_nofam",
        &format!(
            "graph-resource = {{ path = {:?} }}\nserde = \"1\"\nserde_json = \"1\"",
            root.join("runtime").display().to_string()
        ),
        &no_families.files(),
    );
    let n = measure(&work.join("schema_nofam"), "schema_nofam", runs);
    println!(
        "everything but families: debug build {:.1} s, {:.0} MB; cargo check {:.1} s, {:.0} MB \
         (families: {} of them, {} variants, cost {:.2}x build, {:.2}x check)",
        n[0].0,
        n[0].1,
        n[1].0,
        n[1].1,
        ours.counts.families,
        ours.counts.family_variants,
        o[0].0 / n[0].0,
        o[1].0 / n[1].0
    );
    let s = measure(&work.join("schema_serde"), "schema_serde", runs);
    for (i, what) in ["debug build", "cargo check"].iter().enumerate() {
        println!(
            "{what}: everything {:.1} s, {:.0} MB; types only {:.1} s, {:.0} MB; serde {:.1} s, \
             {:.0} MB; everything/types {:.2}x time, {:.2}x memory; types/serde {:.2}x time, \
             {:.2}x memory",
            o[i].0,
            o[i].1,
            t[i].0,
            t[i].1,
            s[i].0,
            s[i].1,
            o[i].0 / t[i].0,
            o[i].1 / t[i].1,
            t[i].0 / s[i].0,
            t[i].1 / s[i].1
        );
    }
    pay_for_what_you_use(&work, &root, &text, runs);
}

/// A program that reads and writes one `user`, depending on the whole v1.0 crate
/// (`schema_ours`): `cargo check` after a one-line edit of it (the crate route's promise), and
/// the size of its release binary against the same program over a `--type
/// microsoft.graph.user` closure.
fn pay_for_what_you_use(work: &Path, root: &Path, text: &str, runs: usize) {
    let main = |edit: usize| {
        format!(
            "use models::gen::graph::User;\n\nfn main() {{\n    let text = std::env::args().nth(1)\n        \
             .unwrap_or_else(|| r#\"{{\"id\":\"1\",\"displayName\":\"A\"}}\"#.to_owned());\n    \
             let user: User = serde_json::from_str(&text).expect(\"a user\");\n    \
             println!(\"{{}}\", serde_json::to_string(&user).unwrap());\n    \
             println!(\"edit {edit}\");\n}}\n"
        )
    };
    let runtime = root.join("runtime").display().to_string();
    let closure = graph_resource_codegen::generate(
        text,
        &graph_resource_codegen::Options {
            roots: vec!["microsoft.graph.user".into()],
            source: Some("graph-v1.0.xml".into()),
            ..Default::default()
        },
    )
    .unwrap();
    write_gen_crate(
        &work.join("schema_closure"),
        "schema_closure",
        &format!("graph-resource = {{ path = {runtime:?} }}\nserde = \"1\"\nserde_json = \"1\""),
        &closure.files(),
    );
    let mut sizes = vec![];
    for (user, models) in [
        ("user_whole", "schema_ours"),
        ("user_closure", "schema_closure"),
    ] {
        let dir = work.join(user);
        let _ = std::fs::remove_dir_all(dir.join("src"));
        write_crate(
            &dir,
            user,
            &format!(
                "models = {{ package = \"{models}\", path = \"../{models}\" }}\nserde_json = \"1\"\n\n\
                 [profile.release]\nstrip = true"
            ),
            &[("main.rs", &main(0))],
        );
        cargo(&dir, &["build", "--release"]);
        let bin = dir.join("target/release").join(user);
        sizes.push(std::fs::metadata(&bin).unwrap().len());
    }
    println!(
        "one user read and written, release, stripped: {} bytes over the whole v1.0 crate, {} \
         bytes over a microsoft.graph.user closure ({} types): {:.3}x",
        sizes[0],
        sizes[1],
        closure.counts.entities + closure.counts.complexes + closure.counts.enums,
        sizes[0] as f64 / sizes[1] as f64
    );
    let dir = work.join("user_whole");
    cargo(&dir, &["check"]);
    let mut edits = vec![];
    for edit in 1..=runs.max(3) {
        std::fs::write(dir.join("src/main.rs"), main(edit)).unwrap();
        edits.push(timed(&dir, &["check"]).0);
    }
    edits.sort_by(f64::total_cmp);
    println!(
        "cargo check after a one-line edit of a crate that depends on the whole v1.0 crate: \
         {:.2} s (median of {})",
        edits[edits.len() / 2],
        edits.len()
    );
}
