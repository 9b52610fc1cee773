use graph_resource::prelude::*;

#[graph_enum]
pub enum Status {
    Running,
    Failed(String),
    Other { code: i32 },
}

fn main() {}
