//! The Graph types the runtime declares itself (`graph_resource::models`) and its prelude
//! carries. A generated module declares none of them again where the document's type is the
//! same: it re-exports the runtime's, so that `use graph_resource::prelude::*;` beside a glob
//! of the generated module names one item, never two (rustc calls two ambiguous). The runtime's
//! tests check these shapes against its own declarations.

/// A type of the runtime that a generated module may re-export instead of declaring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeedType {
    /// `microsoft.graph.entity`
    pub qname: &'static str,
    /// Its Rust name in `graph_resource::models`.
    pub rust: &'static str,
    /// Its lookup name, re-exported too (structured types only).
    pub lookup: Option<&'static str>,
    /// The shape a document's type must have to be this one.
    pub shape: Shape,
}

/// What must match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A root entity type (no base) with exactly these properties: (JSON name, Edm type).
    Entity(&'static [(&'static str, &'static str)]),
    /// An enumeration with exactly these members, in order (not flags).
    Enum(&'static [&'static str]),
}

/// The runtime's types the prelude carries.
pub const PRELUDE_SEED: &[SeedType] = &[
    SeedType {
        qname: "microsoft.graph.entity",
        rust: "Entity",
        lookup: Some("entity"),
        shape: Shape::Entity(&[("id", "Edm.String")]),
    },
    SeedType {
        qname: "microsoft.graph.operationStatus",
        rust: "OperationStatus",
        lookup: None,
        shape: Shape::Enum(&["NotStarted", "Running", "Completed", "Failed"]),
    },
    SeedType {
        qname: "microsoft.graph.recordCompletionReason",
        rust: "RecordCompletionReason",
        lookup: None,
        shape: Shape::Enum(&[
            "operationCanceled",
            "stopToneDetected",
            "maxRecordDurationReached",
            "initialSilenceTimeout",
            "maxSilenceTimeout",
            "playPromptFailed",
            "playBeepFailed",
            "mediaReceiveTimeout",
            "unspecifiedError",
        ]),
    },
];

/// The seed type of `qname`, if the runtime declares one.
pub fn seed_type(qname: &str) -> Option<&'static SeedType> {
    PRELUDE_SEED.iter().find(|s| s.qname == qname)
}
