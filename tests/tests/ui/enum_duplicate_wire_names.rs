use graph_resource::prelude::*;

#[graph_enum]
pub enum Status {
    Running,
    #[graph(rename = "RUNNING")]
    AlsoRunning,
    #[graph(rename = "")]
    Nothing,
}

fn main() {}
