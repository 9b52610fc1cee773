use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing(pub Option<String>);

fn main() {}
