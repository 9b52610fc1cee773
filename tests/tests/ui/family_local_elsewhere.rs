// `local` says the base is declared in the family's module; here it is not, and the base's
// property type `Kind` is not in scope: the error names the type, at the base's field.
mod a {
    use graph_resource::prelude::*;

    #[graph_enum]
    pub enum Kind {
        Big,
    }

    #[graph_resource(inherits = entity, name = "thing")]
    pub struct Thing {
        pub kind: Option<Kind>,
    }

    #[graph_resource(inherits = thing)]
    pub struct BigThing {}
}

mod b {
    use super::a::{thing, BigThing, Thing};
    use graph_resource::prelude::*;

    #[graph_family(base = thing, local)]
    pub enum AnyThing {
        Big(BigThing),
        #[graph(fallback)]
        Other(Thing),
    }
}

fn main() {}
