use graph_resource::prelude::*;

#[graph_resource(complex)]
pub struct Thing {
    #[graph(rename = "@odata.type")]
    pub kind: Option<String>,
    #[graph(rename = "name@odata.type")]
    pub name_type: Option<String>,
}

fn main() {}
