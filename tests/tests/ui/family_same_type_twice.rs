use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_family(base = commsOperation)]
pub enum AnyOperation {
    Record(RecordOperation),
    AlsoRecord(RecordOperation),
}

fn main() {}
