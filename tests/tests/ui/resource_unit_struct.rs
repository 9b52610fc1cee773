use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing;

fn main() {}
