use graph_resource::prelude::*;

#[graph_resource(inherits = entity)]
pub struct Thing {
    #[graph(read_only, required)]
    pub a: Option<String>,
}

fn main() {}
