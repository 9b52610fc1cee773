use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_resource(inherits = recordOperation)]
pub struct Thing {
    #[graph(rename = "clientContext")]
    pub context: Option<String>,
    #[graph(rename = "id")]
    pub key: Option<String>,
}

fn main() {}
