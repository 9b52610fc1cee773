use graph_resource::models::*;

fn main() {
    // `id` is read-only: no setter on the update builder either.
    let _ = RecordOperation::update().id("op-1").build();
}
