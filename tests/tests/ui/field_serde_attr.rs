use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing {
    #[serde(rename = "x")]
    pub a: Option<String>,
}

fn main() {}
