use graph_resource::prelude::*;

#[graph_enum(rename_al = "PascalCase", flag)]
pub enum Status {
    Running,
}

fn main() {}
