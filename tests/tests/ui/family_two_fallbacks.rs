use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_family(base = commsOperation)]
pub enum AnyOperation {
    #[graph(fallback)]
    Record(RecordOperation),
    #[graph(fallback)]
    Other(CommsOperation),
}

fn main() {}
