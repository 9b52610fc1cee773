use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing {
    #[graph(secret = true)]
    pub a: Option<String>,
    #[graph(rename)]
    pub b: Option<String>,
    #[graph(rename = 5)]
    pub c: Option<String>,
}

fn main() {}
