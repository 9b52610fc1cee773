use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing {
    #[graph(rename = "")]
    pub a: Option<String>,
}

fn main() {}
