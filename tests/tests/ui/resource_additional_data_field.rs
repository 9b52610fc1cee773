use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing {
    pub additional_data: Option<String>,
}

fn main() {}
