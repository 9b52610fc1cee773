use graph_resource::prelude::*;

// `base` is the family's key; a resource says `inherits`.
#[graph_resource(base = entity)]
pub struct Contact {
    pub given_name: Option<String>,
}

fn main() {}
