use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_family(base = commsOperation)]
pub enum AnyOperation {
    Record(RecordOperation),
    Result(ResultInfo),
    Root(Entity),
}

fn main() {}
