// Each place takes the options of its table, nothing else: `inherited` (a property's) on a
// parameter and on a container's member, `bare` (a parameter's) on a container's member,
// `secret` under `cfg_attr` on a container's member, and a misspelled key.
use graph_resource::prelude::*;

#[graph_params]
pub struct Params {
    #[graph(inherited)]
    pub a: Option<String>,
    #[graph(bair)]
    pub b: Option<String>,
}

#[graph_resource(inherits = entity)]
pub struct Widget {
    pub name: Option<String>,
}

#[graph_container]
pub struct Service {
    #[graph(inherited)]
    pub widgets: Vec<Widget>,
    #[graph(bare, rename = "theWidget")]
    pub widget: Widget,
    #[cfg_attr(all(), graph(secret))]
    pub other: Widget,
}

fn main() {}
