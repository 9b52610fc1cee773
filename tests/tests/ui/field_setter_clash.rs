use graph_resource::prelude::*;

// `build` gets the setter `set_build`, which is another field's.
#[graph_resource(inherits = entity)]
pub struct Pipeline {
    pub build: Option<String>,
    pub set_build: Option<String>,
}

fn main() {}
