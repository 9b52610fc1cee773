use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Contact
where
    String: Clone,
{
    pub given_name: Option<String>,
}

fn main() {}
