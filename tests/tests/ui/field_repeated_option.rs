use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing {
    #[graph(secret, secret)]
    pub a: Option<String>,
    #[graph(rename = "x")]
    #[graph(rename = "y")]
    pub b: Option<String>,
}

fn main() {}
