use graph_resource::models::RecordOperation;

fn main() {
    // `recordingLocaton`: a misspelled property does not compile.
    let p = RecordOperation::properties();
    let _ = RecordOperation::get().select([p.id, p.recording_locaton]).build();
}
