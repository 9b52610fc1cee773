//! `graph-resource-codegen --csdl FILE --out DIR [--type NAMESPACE.NAME]... [--derived]` (see `--help`)
//! [`--single-file NAME.rs`]: writes `DIR/mod.rs` and one file per namespace (or one file).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: graph-resource-codegen --csdl FILE --out DIR [--type NAMESPACE.NAME]... [--derived] [--no-navigation] [--no-operations] [--no-container] [--no-families] [--secret NAME]... [--extern NAMESPACE=PATH... --extern-csdl FILE] [--module-root PATH] [--single-file NAME.rs | --crate NAME [--runtime-path DIR] [--dependency TOML]...]

  --csdl FILE         the CSDL document (Graph's $metadata)
  --out DIR           where to write mod.rs and one file per namespace
  --type NAME         a type to generate, with everything it needs (repeat it); none: all
  --derived           also every type derived from a type generated
  --no-navigation     leave navigation properties out (and the types only they need)
  --no-operations     leave bound actions and functions out (and the types only they need)
  --no-container      leave the entity container (its singletons and entity sets) out
  --no-families       leave the families (`AnyDirectoryObject`, … for every base type) out
  --secret NAME       also mark this property secret: `name` on any type, or
                      `namespace.type/name` (repeat it; the defaults stay)
  --extern NS=PATH    the namespace NS is another crate's, whose module PATH holds its
                      types (`microsoft.graph=::graph_resource_models::graph`): not
                      written; the document's types inherit, reference and extend them
                      (families extend theirs, the container extends theirs); repeat it
  --extern-csdl FILE  the document that declares the --extern namespaces (for the models
                      crate, its schema): their types, bases, families and container
  --module-root PATH  where the tree is in its crate, public (`crate::generated` for a
                      `pub mod generated`; --crate: `crate`): each type declares
                      `module = PATH::<module>`, and types inheriting it elsewhere show
                      its property types as they are
  --single-file NAME  write the whole tree to DIR/NAME as inline modules (for include!)
  --crate NAME        write a ready crate to DIR (Cargo.toml, README.md, src/lib.rs, one
                      src/<module>.rs per namespace) that a crate depends on by path,
                      with one Cargo feature per namespace (all on by default)
  --runtime-path DIR  with --crate: depend on graph-resource in DIR (its `runtime` folder)
                      instead of this version from crates.io; a relative DIR is taken from
                      where you are and written relative to --out
  --dependency TOML   with --crate: one more [dependencies] line, such as the crate that
                      holds the --extern namespaces (repeat it)";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("graph-resource-codegen: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What the command line asks for.
struct Args {
    csdl: PathBuf,
    out: PathBuf,
    single: Option<String>,
    krate: Option<String>,
    runtime_path: Option<String>,
    dependencies: Vec<String>,
    extern_csdl: Option<PathBuf>,
    options: graph_resource_codegen::Options,
    /// The command line, for the crate's README.
    command: String,
}

impl Args {
    /// Reads the arguments; `None` for `--help` (printed).
    fn parse(args: Vec<String>) -> Result<Option<Args>, String> {
        let mut csdl: Option<PathBuf> = None;
        let mut out: Option<PathBuf> = None;
        let (mut single, mut krate, mut runtime_path) = (None, None, None);
        let (mut dependencies, mut extern_csdl) = (Vec::new(), None);
        let command = std::iter::once("graph-resource-codegen".to_owned())
            .chain(args.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ");
        let mut options = graph_resource_codegen::Options::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| {
                args.next()
                    .ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"))
            };
            match arg.as_str() {
                "--csdl" => csdl = Some(value("--csdl")?.into()),
                "--out" => out = Some(value("--out")?.into()),
                "--type" => options.roots.push(value("--type")?),
                "--derived" => options.derived = true,
                "--no-navigation" => options.no_navigation = true,
                "--no-operations" => options.no_operations = true,
                "--no-container" => options.no_container = true,
                "--no-families" => options.no_families = true,
                "--secret" => options.secrets.push(value("--secret")?),
                "--single-file" => single = Some(value("--single-file")?),
                "--crate" => krate = Some(value("--crate")?),
                "--runtime-path" => runtime_path = Some(value("--runtime-path")?),
                "--dependency" => dependencies.push(value("--dependency")?),
                "--extern" => options
                    .externs
                    .push(value("--extern")?.parse().map_err(|e| format!("{e}"))?),
                "--module-root" => options.module_root = Some(value("--module-root")?),
                "--extern-csdl" => extern_csdl = Some(PathBuf::from(value("--extern-csdl")?)),
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return Ok(None);
                }
                other => return Err(format!("unknown argument `{other}`\n\n{USAGE}")),
            }
        }
        let csdl = csdl.ok_or_else(|| format!("--csdl is required\n\n{USAGE}"))?;
        // Flag mistakes before the document is read and generated.
        if runtime_path.is_some() && krate.is_none() {
            return Err(format!("--runtime-path goes with --crate\n\n{USAGE}"));
        }
        if !dependencies.is_empty() && krate.is_none() {
            return Err(format!("--dependency goes with --crate\n\n{USAGE}"));
        }
        if options.externs.is_empty() != extern_csdl.is_none() {
            return Err(format!(
                "--extern and --extern-csdl go together: the namespaces, and the document \
                 that declares them\n\n{USAGE}"
            ));
        }
        if single.is_some() && krate.is_some() {
            return Err(format!("--single-file or --crate, not both\n\n{USAGE}"));
        }
        let out = out.ok_or_else(|| format!("--out is required\n\n{USAGE}"))?;
        options.source = csdl.file_name().map(|n| n.to_string_lossy().into_owned());
        options.features = krate.is_some();
        if krate.is_some() && options.module_root.is_none() {
            options.module_root = Some("crate".to_owned());
        }
        Ok(Some(Args {
            csdl,
            out,
            single,
            krate,
            runtime_path,
            dependencies,
            extern_csdl,
            options,
            command,
        }))
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let Some(args) = Args::parse(args)? else {
        return Ok(());
    };
    let (csdl, out) = (&args.csdl, &args.out);
    let text = std::fs::read_to_string(csdl)
        .map_err(|e| format!("cannot read {}: {e}", csdl.display()))?;
    let mut options = args.options.clone();
    if let Some(path) = &args.extern_csdl {
        options.extern_csdl = Some(
            std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        );
    }
    let generated = graph_resource_codegen::generate(&text, &options)
        .map_err(|e| format!("{}: {e}", csdl.display()))?;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let files = match (&args.single, &args.krate) {
        (Some(name), _) => vec![(name.clone(), generated.single_file())],
        (None, Some(name)) => {
            let mut options = graph_resource_codegen::CrateOptions::new(name);
            if let Some(path) = &args.runtime_path {
                let path = runtime_dependency_path(path, out)?;
                options.runtime = format!("{{ path = {path:?} }}");
            }
            options.generated_by = args.command.clone();
            options.dependencies = args.dependencies.clone();
            generated.crate_files(&options).map_err(|e| e.to_string())?
        }
        (None, None) => generated.files(),
    };
    for (name, code) in &files {
        let path = out.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        std::fs::write(&path, code).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let c = generated.counts;
    eprintln!(
        "graph-resource-codegen: {} entity types, {} complex types, {} enumerations, {} bound \
         operations, {} container members, {} families ({} variants) in {} namespaces -> {} \
         ({} files); {} Edm.Stream properties and {} operations left out",
        c.entities,
        c.complexes,
        c.enums,
        c.operations,
        c.container_members,
        c.families,
        c.family_variants,
        generated.modules.len(),
        out.display(),
        files.len(),
        c.streams_skipped,
        c.operations_skipped
    );
    Ok(())
}

/// The path the generated `Cargo.toml` names the runtime by: `typed` as given when absolute;
/// else the same directory, found from the current one, written relative to `out` (where Cargo
/// resolves it). The directory must hold graph-resource's `Cargo.toml`.
fn runtime_dependency_path(typed: &str, out: &Path) -> Result<String, String> {
    let dir = Path::new(typed);
    let manifest = dir.join("Cargo.toml");
    let is_runtime = std::fs::read_to_string(&manifest).is_ok_and(|toml| {
        toml.lines()
            .any(|l| l.trim() == "name = \"graph-resource\"")
    });
    if !is_runtime {
        return Err(format!(
            "--runtime-path {typed}: {} is not graph-resource's manifest (the `runtime` folder \
             of a graph-resource checkout holds it)",
            manifest.display()
        ));
    }
    if dir.is_absolute() {
        return Ok(typed.to_owned());
    }
    let canonical = |p: &Path| {
        p.canonicalize()
            .map_err(|e| format!("cannot resolve {}: {e}", p.display()))
    };
    let (dir, out) = (canonical(dir)?, canonical(out)?);
    Ok(relative_path(&dir, &out))
}

/// `to` written relative to `from` (both absolute and canonical), with `/` between parts.
fn relative_path(to: &Path, from: &Path) -> String {
    let to: Vec<_> = to.components().collect();
    let from: Vec<_> = from.components().collect();
    let common = to.iter().zip(&from).take_while(|(a, b)| a == b).count();
    let ups = std::iter::repeat("..".to_owned()).take(from.len() - common);
    let downs = to[common..]
        .iter()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    let parts: Vec<String> = ups.chain(downs).collect();
    if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(
            relative_path(&p("/w/repo/runtime"), &p("/w/repo/tests/models")),
            "../../runtime"
        );
        assert_eq!(
            relative_path(&p("/w/repo/runtime"), &p("/w/repo")),
            "runtime"
        );
        assert_eq!(relative_path(&p("/w/repo"), &p("/w/repo")), ".");
        assert_eq!(
            relative_path(&p("/a/runtime"), &p("/b/c")),
            "../../a/runtime"
        );
    }
}
