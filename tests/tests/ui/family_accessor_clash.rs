use graph_resource::prelude::*;

#[graph_resource(inherits = entity)]
pub struct Thing {
    pub odata_type: Option<String>,
    pub size: Option<i64>,
    pub size_mut: Option<bool>,
}

#[graph_family(base = thing)]
pub enum AnyThing {
    #[graph(fallback)]
    Thing(Thing),
}

fn main() {}
