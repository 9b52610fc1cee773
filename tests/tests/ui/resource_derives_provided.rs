use graph_resource::prelude::*;
use serde::Serialize;

#[graph_resource(inherits = entity)]
#[derive(Debug, Clone, Serialize, Eq)]
pub struct Contact {
    pub given_name: Option<String>,
}

fn main() {
    let _ = Contact::default();
}
