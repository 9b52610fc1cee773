use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing {
    #[graph(rename = "@odata.type")]
    pub kind: Option<String>,
    // Other annotations may be modeled as fields.
    #[graph(rename = "@odata.nextLink")]
    pub next_link: Option<String>,
}

fn main() {}
