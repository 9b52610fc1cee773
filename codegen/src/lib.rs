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
    let doc = Csdl::parse(csdl)?;
    let selected = select(&doc, options)?;
    emit::emit(&doc, &selected, options)
}
