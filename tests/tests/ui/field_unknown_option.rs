use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing {
    #[graph(secrett)]
    pub a: Option<String>,
    #[graph(readonly)]
    pub b: Option<String>,
}

fn main() {}
