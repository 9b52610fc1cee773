// A base declared with another release of graph-resource (same record protocol, other runtime
// traits): one clear error, not a trait bound unmet per property.
graph_resource::models::commsOperation! {
    __graph_resource_v3_0_0_9 { ::graph_resource::__private::inherit }
    {}
    pub struct X {}
}

fn main() {}
