use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing<T> {
    pub a: Option<T>,
}

fn main() {}
