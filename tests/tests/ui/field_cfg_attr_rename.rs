use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Contact {
    #[cfg_attr(all(), graph(rename = "name"))]
    pub given_name: Option<String>,
    #[cfg_attr(all(), graph(required, secret))]
    pub note: Option<String>,
}

fn main() {}
