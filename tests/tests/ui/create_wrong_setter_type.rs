use graph_resource::models::*;
use graph_resource::prelude::*;

fn main() {
    let _ = RecordOperation::create().status("Running").build();
}
