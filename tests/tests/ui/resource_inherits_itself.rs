// A type that names itself as its base: said so, not "cannot find macro" (or std's `print!`).
use graph_resource::prelude::*;

#[graph_resource(inherits = print)]
pub struct Print {
    pub text: Option<String>,
}

#[graph_resource(inherits = self::Device)]
pub struct Device {
    pub name: Option<String>,
}

#[graph_resource(inherits = gadget, name = "gadget")]
pub struct Widget {
    pub name: Option<String>,
}

fn main() {}
