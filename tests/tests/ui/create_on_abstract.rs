use graph_resource::prelude::*;

fn main() {
    // `entity` is abstract: it can be inherited, not created.
    let _ = Entity::create();
}
