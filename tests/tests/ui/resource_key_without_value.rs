use graph_resource::prelude::*;

#[graph_resource(inherits, name)]
pub struct Thing {
    pub a: Option<String>,
}

fn main() {}
