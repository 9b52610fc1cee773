use graph_resource::prelude::*;

#[graph_resource(complex, name = "my-thing", namespace = "contoso..models")]
pub struct Thing {
    pub a: Option<String>,
}

#[graph_resource(complex, name = "")]
pub struct Other {
    pub a: Option<String>,
}

fn main() {}
