//! Contoso's types over Graph's: `generated` (from `contoso.xml`, over the models crate's
//! `microsoft.graph`) and, by hand, what a schema fragment cannot say: navigation on Graph's
//! own `user`, and a type derived from it.
#![deny(warnings, missing_docs)]

/// What graph-resource-codegen wrote from `contoso.xml` (`--module-root crate::generated`: a
/// public path, through which types inheriting these in other crates name their property
/// types).
pub mod generated;

pub use generated::contoso::*;

use graph_resource::prelude::*;
use graph_resource_models::graph::User;

/// Contoso's navigation of Graph's users.
#[graph_navigation(on = User)]
pub struct UserDevices {
    /// The devices a user holds.
    #[graph(rename = "contoso.devices")]
    pub contoso_devices: Vec<Device>,
}

/// A contractor: Graph's `user` with Contoso's properties.
#[graph_resource(inherits = graph_resource_models::graph::user, namespace = "contoso", module = crate)]
pub struct Contractor {
    /// The agency that employs them.
    pub agency: Option<String>,
    /// The PIN of their badge.
    #[graph(secret)]
    pub badge_pin: Option<String>,
}
