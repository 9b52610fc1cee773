// `entity` comes with `use graph_resource::prelude::*;` (or `graph_resource::models::entity`).
#[graph_resource::graph_resource(inherits = entity)]
pub struct Contact {
    pub given_name: Option<String>,
}

fn main() {}
