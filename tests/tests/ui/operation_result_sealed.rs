// `OperationResult` is sealed: a result is one of OData's kinds (a `#[graph_resource]` type, a
// page, a primitive, bytes, nothing), so that the `http` feature's method never breaks an
// implementation elsewhere.
use graph_resource::OperationResult;

pub struct Report(pub Vec<u8>);

impl OperationResult for Report {}

fn main() {}
