use graph_resource::prelude::*;

#[graph_resource]
pub enum Thing {
    A,
    B,
}

fn main() {}
