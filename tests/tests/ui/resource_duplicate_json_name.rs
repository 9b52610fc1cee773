use graph_resource::prelude::*;

#[graph_resource(inherits = entity)]
pub struct Thing {
    pub display_name: Option<String>,
    #[graph(rename = "displayName")]
    pub name: Option<String>,
    #[graph(rename = "id")]
    pub key: Option<String>,
}

fn main() {}
