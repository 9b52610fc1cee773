use graph_resource::prelude::*;

#[graph_enum]
pub enum Status {
    #[graph(secret)]
    Running,
}

fn main() {}
