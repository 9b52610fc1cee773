use graph_resource::prelude::*;

#[graph_resource(complex, inherits = entity)]
pub struct Thing {
    pub a: Option<String>,
}

fn main() {}
