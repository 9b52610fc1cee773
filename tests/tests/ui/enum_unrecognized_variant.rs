use graph_resource::prelude::*;

#[graph_enum]
pub enum Status {
    Running,
    Unrecognized,
}

fn main() {}
