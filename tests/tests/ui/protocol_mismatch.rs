// What a base of another graph-resource version answers: a clear error, not "no rules expected".
graph_resource::models::commsOperation! {
    __graph_resource_v1 { ::graph_resource::__private::inherit }
    {}
    pub struct X {}
}

fn main() {}
