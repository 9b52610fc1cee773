use graph_resource::prelude::*;

// The Graph name names a hidden macro and alias: path keywords cannot.
#[graph_resource(complex)]
pub struct Crate {
    pub a: Option<String>,
}

#[graph_resource(complex, name = "self")]
pub struct Other {
    pub a: Option<String>,
}

// Other keywords are fine (as raw identifiers).
#[graph_resource(complex, name = "type")]
pub struct Kind {
    pub a: Option<String>,
}

fn main() {
    let _ = Kind::default();
}
