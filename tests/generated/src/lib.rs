//! Graph v1.0 types, generated at build time from Microsoft's published schema: the closure of
//! the types the payload tests read (call, chatMessage, driveItem, event, group, message,
//! participant, user, …), with their navigation properties.

#![deny(warnings)]

include!(concat!(env!("OUT_DIR"), "/models.rs"));
