use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_resource(inherits = commsOperation)]
pub struct MyOperation {
    pub id: Option<String>,
    pub status: Option<String>,
    pub extra: Option<String>,
}

fn main() {}
