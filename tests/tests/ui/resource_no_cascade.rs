use graph_resource::prelude::*;

// One mistake, one error: the struct is still emitted, so its uses do not fail too.
#[graph_resource(complex)]
pub struct Thing {
    #[graph(secret = yes)]
    pub a: Option<String>,
}

fn make() -> Thing {
    Thing { a: None }
}

fn main() {
    let _ = make().a;
}
