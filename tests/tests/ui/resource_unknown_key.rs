use graph_resource::prelude::*;

#[graph_resource(inherit = entity, abstrct)]
pub struct Thing {
    pub a: Option<String>,
}

fn main() {}
