use graph_resource::prelude::*;

#[graph_resource(inherits = directoryObject)]
pub struct User {
    pub upn: Option<String>,
}

fn main() {}
