//! A user's crate on the crate route: the models are a generated crate it depends on by path
//! (`tests/sample-models`, written by `graph-resource-codegen --crate`), so editing this file
//! re-checks this file only.

use graph_resource::prelude::*;
use graph_resource_sample_models::graph::{AnyDirectoryObject, Group};

/// The display names of the groups among `/me/memberOf`'s answer.
pub fn group_names(page: &Page<AnyDirectoryObject>) -> Vec<&str> {
    page.value
        .iter()
        .filter_map(|o| match o {
            AnyDirectoryObject::Group(Group { display_name, .. }) => display_name.as_deref(),
            _ => None,
        })
        .collect()
}
