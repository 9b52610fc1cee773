#![deny(deprecated)]
use graph_resource::prelude::*;

// A child carries its base's deprecation: using the inherited field warns (here, errors).
#[graph_resource(inherits = entity)]
pub struct Team {
    #[deprecated(note = "use `summary`")]
    pub internal_id: Option<String>,
}

#[graph_resource(inherits = team)]
pub struct ClassTeam {
    pub term: Option<String>,
}

fn main() {
    let t = ClassTeam::default();
    let _ = t.internal_id;
}
