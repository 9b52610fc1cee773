//! An application's own types over Contoso's and Graph's: a type derived from Contoso's
//! `device`, and one family of every directory object the three crates know.
#![deny(warnings, missing_docs)]

use graph_resource::prelude::*;

/// Fabrikam's rugged device: Contoso's `device` (itself Graph's `directoryObject`), and more.
#[graph_resource(inherits = contoso_graph::device, namespace = "fabrikam")]
pub struct RuggedDevice {
    /// How far it may fall, in metres.
    pub drop_rating: Option<i32>,
}

/// Every directory object: this crate's, Contoso's, and through Contoso's family Graph's.
#[graph_family(base = graph_resource_models::graph::directoryObject)]
pub enum AnyObject {
    /// Fabrikam's.
    Rugged(RuggedDevice),
    /// Contoso's, by hand.
    Contractor(contoso_graph::Contractor),
    /// Contoso's generated family, which extends Graph's.
    #[graph(extends)]
    Contoso(contoso_graph::AnyDirectoryObject),
}
