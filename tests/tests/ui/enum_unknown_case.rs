use graph_resource::prelude::*;

#[graph_enum(rename_all = "Title Case")]
pub enum Status {
    Running,
}

fn main() {}
