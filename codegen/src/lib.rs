//! Generates `#[graph_resource]` / `#[graph_enum]` declarations from an OData CSDL document
//! (Microsoft Graph's `$metadata`): the whole document, or the types a library needs.
//!
//! ```
//! let csdl = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
//!   <edmx:DataServices>
//!     <Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
//!       <EntityType Name="entity" Abstract="true"><Property Name="id" Type="Edm.String" /></EntityType>
//!       <EntityType Name="todoTask" BaseType="microsoft.graph.entity">
//!         <Property Name="title" Type="Edm.String" />
//!       </EntityType>
//!     </Schema>
//!   </edmx:DataServices>
//! </edmx:Edmx>"#;
//! let options = graph_resource_codegen::Options {
//!     roots: vec!["microsoft.graph.todoTask".into()],
//!     ..Default::default()
//! };
//! let generated = graph_resource_codegen::generate(csdl, &options)?;
//! assert_eq!(generated.counts.entities, 2);
//! let graph = &generated.modules[0].code;
//! assert!(graph.contains("#[graph_resource(inherits = Entity)]\npub struct TodoTask {"));
//! # Ok::<(), graph_resource_codegen::Error>(())
//! ```
//!
//! Three routes: a crate of its own ([`Generated::crate_files`], `--crate NAME`), which your
//! crate depends on by path, so that your edits never expand the models again (the fast one
//! for large selections); a build script that writes [`Generated::single_file`] to `OUT_DIR`
//! and `include!`s it; or `cargo run -p graph-resource-codegen -- --csdl FILE --out DIR`,
//! which writes [`Generated::files`] into your source tree.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod csdl;
mod emit;
mod emit_families;
mod emit_ops;
mod features;
mod krate;
mod naming;
mod ops;
mod scc;
mod select;
mod types;

pub use csdl::{Csdl, Error, Kind, Member, Property, TypeDef, TypeRef};
pub use emit::{Counts, Generated, Module};
pub use features::Feature;
pub use krate::CrateOptions;
pub use naming::{module_stem, rust_ident, type_ident};
pub use ops::{ContainerMember, Operation, Param};
pub use select::select;

/// What to generate.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Qualified names of the types wanted (`microsoft.graph.user`, or `graph.user` with the
    /// schema's alias): they and everything they need. Empty: every type of the document.
    pub roots: Vec<String>,
    /// Also every type derived from a type generated (and what those need).
    pub derived: bool,
    /// Leave navigation properties out, and the types only they need (a service sends them
    /// only for `$expand`; a type without them keeps them in `additional_data`).
    pub no_navigation: bool,
    /// Leave out the bound actions and functions (`#[graph_operations]`, the `ops` modules)
    /// and, with `roots`, the types only they need.
    pub no_operations: bool,
    /// Leave out the entity container (`#[graph_container]`).
    pub no_container: bool,
    /// Leave out the families (`#[graph_family]` enums `Any<Base>` for every type others
    /// derive from).
    pub no_families: bool,
    /// More properties to mark `#[graph(secret)]`, beside [`DEFAULT_SECRETS`]: a property
    /// name (`pin`, any type) or `namespace.type/property` (`microsoft.graph.user/employeeId`).
    pub secrets: Vec<String>,
    /// What the generated files name as their source (a file name); default `$metadata`.
    pub source: Option<String>,
    /// One Cargo feature per namespace, for [`Generated::crate_files`] (`--crate` sets it):
    /// each module is compiled only with its feature, every reference to another namespace's
    /// type is under that namespace's feature (read into `additional_data` without it), and
    /// a namespace's feature turns on those its types inherit from. All are on by default.
    pub features: bool,
    /// Namespaces whose types live in another crate already (a models crate): they are not
    /// written; the document's types inherit, reference and extend them there. Needs
    /// [`extern_csdl`](Self::extern_csdl).
    pub externs: Vec<Extern>,
    /// The document that declares the [`externs`](Self::externs)' namespaces (for a generated
    /// models crate, the schema it was generated from): their kinds, bases, properties,
    /// families and container, which the document being generated builds on.
    pub extern_csdl: Option<String>,
    /// Where the generated modules are in their crate, as a path public from other crates
    /// (`crate` for a crate of its own or the models crate, `crate::generated` for a tree
    /// put in a `pub mod generated`): each structured type then declares
    /// `module = <root>::<module>`, so that a type inheriting it in another crate names its
    /// property types as they are (in its fields and its rustdoc) instead of through the
    /// base. [`Generated::crate_files`] (`--crate`) takes `crate` when it is not set.
    pub module_root: Option<String>,
}

/// A namespace another crate holds (`--extern microsoft.graph=graph_resource_models::graph`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extern {
    /// `microsoft.graph`.
    pub namespace: String,
    /// The module that holds its types, as the generated code names it: an absolute path
    /// (`::graph_resource_models::graph`, or `crate::…`).
    pub path: String,
}

impl std::str::FromStr for Extern {
    type Err = Error;

    /// `NAMESPACE=PATH`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = |why: &str| {
            Error {
            message: format!("--extern {s}: {why} (expected NAMESPACE=PATH, such as microsoft.graph=::graph_resource_models::graph)"),
        }
        };
        let (namespace, path) = s.split_once('=').ok_or_else(|| bad("no `=`"))?;
        let (namespace, path) = (namespace.trim(), path.trim());
        if namespace.is_empty() {
            return Err(bad("no namespace"));
        }
        if syn_like_path(path).is_none() {
            return Err(bad("the path is not a Rust path"));
        }
        Ok(Extern {
            namespace: namespace.to_owned(),
            path: path.to_owned(),
        })
    }
}

/// `Some` for a Rust path (`::a::b`, `crate::a`, `a::b`): identifiers joined by `::`.
fn syn_like_path(path: &str) -> Option<()> {
    let rest = path.strip_prefix("::").unwrap_or(path);
    let ok = !rest.is_empty()
        && rest.split("::").all(|seg| {
            let seg = seg.strip_prefix("r#").unwrap_or(seg);
            let mut chars = seg.chars();
            chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
    ok.then_some(())
}

impl Options {
    /// The module path of a namespace another crate holds, if `namespace` is one.
    pub fn extern_path(&self, namespace: &str) -> Option<&str> {
        self.externs
            .iter()
            .find(|x| x.namespace == namespace)
            .map(|x| x.path.as_str())
    }
}

/// Every namespace of the extern document is another crate's: those `--extern` does not name
/// are in the same crate as the first it names, in the module the generator gives them
/// (`microsoft.graph.security` beside `::graph_resource_models::graph` is
/// `::graph_resource_models::security`).
fn complete_externs(options: &Options, extern_doc: &Csdl) -> Options {
    let mut options = options.clone();
    let Some(first) = options.externs.first().cloned() else {
        return options;
    };
    let parent = first
        .path
        .rsplit_once("::")
        .map_or("", |(p, _)| p)
        .to_owned();
    let mut namespaces: Vec<&str> = extern_doc
        .types
        .iter()
        .map(|t| t.namespace.as_str())
        .collect();
    namespaces.sort_unstable();
    namespaces.dedup();
    for ns in namespaces {
        if options.extern_path(ns).is_none() {
            let module = rust_ident(&module_stem(ns));
            let path = if parent.is_empty() {
                module
            } else {
                format!("{parent}::{module}")
            };
            options.externs.push(Extern {
                namespace: ns.to_owned(),
                path,
            });
        }
    }
    options
}

/// The properties the generator marks `#[graph(secret)]` (never shown by `Debug`, nor in
/// errors), by name on any type, or as `namespace.type/property`: the webhook's shared secret
/// (`clientState`), credentials' secrets and keys, passwords and tokens.
pub const DEFAULT_SECRETS: &[&str] = &[
    "clientState",
    "secretText",
    "password",
    "newPassword",
    "currentPassword",
    "clientSecret",
    "hashedSecret",
    "sharedSecret",
    "accessToken",
    "refreshToken",
    "recordingAccessToken",
    "privateKey",
    "microsoft.graph.keyCredential/key",
    "microsoft.graph.passwordCredential/secretText",
    "microsoft.graph.passwordProfile/password",
];

/// Reads a CSDL document and generates the declarations `options` asks for.
pub fn generate(csdl: &str, options: &Options) -> Result<Generated, Error> {
    if options.externs.is_empty() {
        let doc = Csdl::parse(csdl)?;
        let selected = select(&doc, options)?;
        return emit::emit(&doc, &selected, options);
    }
    let text = options.extern_csdl.as_deref().ok_or_else(|| Error {
        message: "--extern needs --extern-csdl: the document that declares those namespaces".into(),
    })?;
    let base = Csdl::parse(text).map_err(|e| Error {
        message: format!("the --extern-csdl document: {}", e.message),
    })?;
    for x in &options.externs {
        if !base.types.iter().any(|t| t.namespace == x.namespace) {
            return Err(Error {
                message: format!(
                    "--extern {}: the --extern-csdl document has no type of that namespace",
                    x.namespace
                ),
            });
        }
    }
    let options = complete_externs(options, &base);
    let doc = Csdl::parse_extending(csdl, base)?;
    let selected = select(&doc, &options)?;
    emit::emit(&doc, &selected, &options)
}
