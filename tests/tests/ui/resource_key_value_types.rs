use graph_resource::prelude::*;

#[graph_resource(name = thing, inherits = 5, crate = 1 + 1)]
pub struct Thing {
    pub a: Option<String>,
}

fn main() {}
