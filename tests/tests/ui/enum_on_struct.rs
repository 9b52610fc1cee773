use graph_resource::prelude::*;

#[graph_enum]
pub struct Thing {
    pub a: Option<String>,
}

fn main() {}
