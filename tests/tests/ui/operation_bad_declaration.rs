use graph_resource::prelude::*;

#[graph_resource(inherits = entity)]
#[graph_operations(method recordResponse, action "a/b")]
pub struct Call {
    pub state: Option<String>,
}

#[graph_params]
pub struct Params {
    #[graph(read_only)]
    pub a: Option<String>,
}

#[graph_resource(inherits = entity)]
pub struct Thing {
    #[graph(bare)]
    pub b: Option<String>,
}

fn main() {}
