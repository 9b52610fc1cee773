// An entity type (no `complex`) inheriting a complex type: an error asking for `complex`,
// not a type that silently loses its requests and paths.
use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_resource(inherits = resultInfo)]
pub struct DetailedResultInfo {
    pub detail: Option<String>,
}

fn main() {
    let _ = DetailedResultInfo::default();
}
