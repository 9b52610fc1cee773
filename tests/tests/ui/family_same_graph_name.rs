// Two variants whose types have one namespace-qualified Graph name: a tag would be read into
// the first only. An error at the second.
use graph_resource::models::*;
use graph_resource::prelude::*;

mod a {
    use graph_resource::prelude::*;
    #[graph_resource(inherits = graph_resource::models::commsOperation, namespace = "contoso")]
    pub struct Transfer {
        pub target: Option<String>,
    }
}

mod b {
    use graph_resource::prelude::*;
    #[graph_resource(inherits = graph_resource::models::commsOperation, namespace = "Contoso", name = "TRANSFER")]
    pub struct Move {
        pub to: Option<String>,
    }
}

#[graph_family(base = commsOperation)]
pub enum AnyOperation {
    Record(RecordOperation),
    Transfer(a::Transfer),
    Move(b::Move),
    #[graph(fallback)]
    Other(CommsOperation),
}

fn main() {}
