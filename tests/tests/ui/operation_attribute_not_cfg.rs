use graph_resource::prelude::*;

#[graph_resource(inherits = entity)]
#[graph_operations(
    #[cfg(feature = "calls")]
    action "microsoft.graph.cancelMedia",
    #[doc = "only cfg may stand here"]
    function "microsoft.graph.isRecording" -> bool,
)]
pub struct Call {
    pub state: Option<String>,
}

fn main() {}
