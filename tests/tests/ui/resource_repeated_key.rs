use graph_resource::prelude::*;

#[graph_resource(complex, name = "a", complex, name = "b")]
pub struct Thing {
    pub a: Option<String>,
}

fn main() {}
