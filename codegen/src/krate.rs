//! `--crate NAME`: the generated tree as a crate of its own, so that a user's crate depends on
//! it by path and an edit of theirs never expands the models again (proc-macro expansion is
//! not incremental: models in the user's own crate are expanded and checked on every build).

use std::fmt::Write as _;

use crate::{Error, Generated};

/// What `Generated::crate_files` writes besides the modules.
#[derive(Clone, Debug)]
pub struct CrateOptions {
    /// The package name (`graph-models`): ASCII letters, digits, `-` and `_`.
    pub name: String,
    /// The `graph-resource` dependency as TOML: a version requirement (`"0.1"`, the
    /// default) or a table (`{ path = "../graph-resource/runtime" }`).
    pub runtime: String,
    /// How it was generated, for its README (the command line).
    pub generated_by: String,
    /// More `[dependencies]` lines (`graph-resource-models = { path = "../models" }`): the
    /// crates that hold the namespaces of `Options::externs`.
    pub dependencies: Vec<String>,
}

impl CrateOptions {
    /// A crate named `name` depending on this version of graph-resource from crates.io.
    pub fn new(name: &str) -> Self {
        CrateOptions {
            name: name.to_owned(),
            runtime: format!("\"{}\"", env!("CARGO_PKG_VERSION")),
            generated_by: String::new(),
            dependencies: Vec::new(),
        }
    }
}

impl Generated {
    /// The files of a ready crate: `Cargo.toml` (depending on graph-resource, serde and
    /// serde_json only), `README.md`, `src/lib.rs` and one `src/<module>.rs` per namespace.
    ///
    /// ```
    /// let csdl = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
    ///   <edmx:DataServices><Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    ///     <EntityType Name="entity" Abstract="true"><Property Name="id" Type="Edm.String" /></EntityType>
    ///   </Schema></edmx:DataServices></edmx:Edmx>"#;
    /// let generated = graph_resource_codegen::generate(csdl, &Default::default())?;
    /// let files = generated.crate_files(&graph_resource_codegen::CrateOptions::new("my-models"))?;
    /// let names: Vec<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
    /// assert_eq!(names, ["Cargo.toml", "README.md", "src/lib.rs", "src/graph.rs"]);
    /// assert!(files[0].1.contains("name = \"my-models\""));
    /// # Ok::<(), graph_resource_codegen::Error>(())
    /// ```
    pub fn crate_files(&self, options: &CrateOptions) -> Result<Vec<(String, String)>, Error> {
        let name = &options.name;
        let valid = !name.is_empty()
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            return Err(Error {
                message: format!(
                    "--crate {name:?}: a package name is ASCII letters, digits, `-` and `_`, \
                     starting with a letter"
                ),
            });
        }
        let c = &self.counts;
        let summary = format!(
            "{} entity types, {} complex types, {} enumerations, {} families, {} bound \
             operations",
            c.entities, c.complexes, c.enums, c.families, c.operations
        );
        let mut files = vec![
            ("Cargo.toml".to_owned(), self.cargo_toml(options)),
            ("README.md".to_owned(), self.readme(options, &summary)),
            ("src/lib.rs".to_owned(), self.lib_rs(&summary)),
        ];
        files.extend(
            self.modules
                .iter()
                .map(|m| (format!("src/{}.rs", m.stem), m.code.clone())),
        );
        Ok(files)
    }

    /// The manifest: graph-resource, serde and serde_json, and a feature per namespace.
    fn cargo_toml(&self, options: &CrateOptions) -> String {
        let mut cargo = format!(
            "[package]\n\
             name = \"{name}\"\n\
             version = \"0.1.0\"\n\
             edition = \"2021\"\n\
             description = \"Microsoft Graph types generated from {source} by graph-resource-codegen\"\n\
             publish = false\n\
             \n\
             [dependencies]\n\
             graph-resource = {runtime}\n\
             serde = \"1\"\n\
             serde_json = \"1\"\n",
            name = options.name,
            source = self.source,
            runtime = options.runtime,
        );
        for line in &options.dependencies {
            let _ = writeln!(cargo, "{line}");
        }
        if !self.features.is_empty() {
            let list = |names: &mut dyn Iterator<Item = &String>| {
                names
                    .map(|n| format!("{n:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let _ = write!(
                cargo,
                "\n[features]\ndefault = [{}]\n",
                list(&mut self.features.iter().map(|f| &f.name))
            );
            for f in &self.features {
                let _ = writeln!(cargo, "{} = [{}]", f.name, list(&mut f.requires.iter()));
            }
        }
        cargo
    }

    /// The README: what was generated, the command, and the features.
    fn readme(&self, options: &CrateOptions, summary: &str) -> String {
        let mut readme = format!(
            "# {}\n\nGenerated by graph-resource-codegen {} from `{}`: {summary}. Do not edit: \
             generate it again.\n",
            options.name,
            env!("CARGO_PKG_VERSION"),
            self.source
        );
        if !options.generated_by.is_empty() {
            let _ = write!(readme, "\n```sh\n{}\n```\n", options.generated_by);
        }
        // The example: `graph` where there is one (Graph's own namespace), else the first.
        let example = self
            .features
            .iter()
            .find(|f| f.name == "graph")
            .or(self.features.first());
        if let Some(first) = example {
            let _ = write!(
                readme,
                "\nOne Cargo feature per namespace, all on by default: `{}`. With \
                 `default-features = false, features = [\"{}\"]` only that module is compiled \
                 (and those its types inherit from); a property, operation, container member or \
                 family variant of a namespace left out is not there, and what a service sends \
                 for it is kept in `additional_data` (a family reads it through its fallback).\n",
                self.features
                    .iter()
                    .map(|f| f.name.as_str())
                    .collect::<Vec<_>>()
                    .join("`, `"),
                first.name,
            );
        }
        readme
    }

    /// `src/lib.rs`: one module a namespace, each under its feature.
    fn lib_rs(&self, summary: &str) -> String {
        let mut lib = format!(
            "//! Microsoft Graph types generated by graph-resource-codegen from `{}`: {summary}.\n\
             //! Do not edit: generate again (see README.md).\n\n#![forbid(unsafe_code)]\n\n",
            self.source
        );
        for m in &self.modules {
            if let Some(feature) = &m.feature {
                let _ = writeln!(lib, "#[cfg(feature = {feature:?})]");
            }
            let _ = writeln!(lib, "pub mod {};", m.ident);
        }
        lib
    }
}
