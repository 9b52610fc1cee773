use graph_resource::prelude::*;

#[graph_resource(complex, module = self::models)]
pub struct Contact {
    pub given_name: Option<String>,
}

fn main() {}
