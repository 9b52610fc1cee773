use graph_resource::prelude::*;

#[graph_resource(inherits = entity)]
pub struct Team {
    #[graph(required)]
    pub display_name: Option<String>,
    pub description: Option<String>,
}

fn main() {
    let _ = Team::create().description("no name").build();
}
