use graph_resource::prelude::*;

#[graph_resource]
pub union Thing {
    a: u32,
    b: f32,
}

fn main() {}
