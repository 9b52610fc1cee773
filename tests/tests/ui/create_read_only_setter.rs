use graph_resource::models::*;
use graph_resource::prelude::*;

fn main() {
    // `id` is read-only: assigned by the service, so the builder has no setter for it.
    let _ = RecordOperation::create().id("op-1").build();
}
