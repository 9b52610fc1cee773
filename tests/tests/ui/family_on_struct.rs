use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_family(base = commsOperation)]
pub struct AnyOperation {
    pub op: RecordOperation,
}

fn main() {}
