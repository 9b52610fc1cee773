use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Detail {
    pub text: Option<String>,
}

#[graph_resource(inherits = entity)]
pub struct Noted {
    pub detail: Option<Detail>,
}

#[graph_resource(inherits = noted)]
pub struct Child {
    /// Restated with another type than the base's.
    #[graph(inherited)]
    pub detail: Option<String>,
    /// Restates nothing.
    #[graph(inherited)]
    pub nothing: Option<i32>,
}

fn main() {}
