// `#[graph(extends)]` misused: twice, with `fallback`, and over a family of another base.
use graph_resource::models::*;
use graph_resource::prelude::*;

#[graph_family(base = commsOperation)]
pub enum Graphs {
    Record(RecordOperation),
    #[graph(fallback)]
    Other(CommsOperation),
}

#[graph_family(base = entity)]
pub enum Entities {
    #[graph(fallback)]
    Other(Entity),
}

#[graph_family(base = commsOperation)]
pub enum Twice {
    #[graph(extends)]
    A(Graphs),
    #[graph(extends)]
    B(Graphs),
}

#[graph_family(base = commsOperation)]
pub enum WithFallback {
    #[graph(extends, fallback)]
    A(Graphs),
}

#[graph_family(base = commsOperation)]
pub enum OtherBase {
    #[graph(extends)]
    A(Entities),
}

#[graph_family(base = commsOperation)]
pub enum Repeats {
    Record(RecordOperation),
    #[graph(extends)]
    A(Graphs),
}

fn main() {}
