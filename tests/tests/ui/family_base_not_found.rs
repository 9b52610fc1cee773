use graph_resource::prelude::*;

#[graph_family(base = callRecord)]
pub enum AnyRecord {
    Record(RecordOperation),
}

fn main() {}
