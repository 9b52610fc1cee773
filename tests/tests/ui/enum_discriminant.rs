use graph_resource::prelude::*;

#[graph_enum]
pub enum Status {
    Running = 1,
    Failed = 2,
}

fn main() {}
