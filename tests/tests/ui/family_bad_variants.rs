use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_family(base = commsOperation, bse = entity)]
pub enum AnyOperation {
    Record(RecordOperation),
    Nothing,
    Two(RecordOperation, CommsOperation),
    Named { op: CommsOperation },
    #[graph(rename = "x")]
    Other(CommsOperation),
}

fn main() {}
