use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_family]
pub enum AnyOperation {
    Record(RecordOperation),
}

fn main() {}
