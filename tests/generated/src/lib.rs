//! Graph v1.0 types, generated at build time from Microsoft's published schema: the closure of
//! the types the payload tests read (call, chatMessage, driveItem, event, group, message,
//! participant, user, …), with their navigation properties.

#![deny(warnings)]

include!(concat!(env!("OUT_DIR"), "/models.rs"));

/// `families.xml`: derived types of one name in two namespaces, a derived type named `other`
/// and keyword-like ones, a type already named `anyRecord`, concrete and complex bases, and a
/// document without `microsoft.graph.entity` (the runtime's is used).
pub mod families {
    include!(concat!(env!("OUT_DIR"), "/families.rs"));
}
