// Two glob imports bring two types of one Graph name: the base is ambiguous, an error naming
// both imports (in one crate rustc makes it one; across crates see the README).
mod graph {
    use graph_resource::prelude::*;
    #[graph_resource(inherits = entity)]
    pub struct Device {
        pub display_name: Option<String>,
    }
}

mod contoso {
    use graph_resource::prelude::*;
    #[graph_resource(inherits = entity, namespace = "contoso")]
    pub struct Device {
        pub enrollment_key: Option<String>,
    }
}

mod app {
    use super::contoso::*;
    use super::graph::*;
    use graph_resource::prelude::*;

    #[graph_resource(inherits = device)]
    pub struct Laptop {
        pub lid: Option<String>,
    }
}

fn main() {}
