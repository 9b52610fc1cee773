use graph_resource::prelude::*;

// `inherits` takes the Graph name (`commsOperation`), not the Rust type name.
#[graph_resource(inherits = CommsOperation)]
pub struct MyOperation {
    pub extra: Option<String>,
}

fn main() {}
