use graph_resource::prelude::*;

// Every mistake is reported at once, each at its own tokens.
#[graph_resource(complex, colour = "red")]
pub struct Thing {
    #[graph(rename = "")]
    pub a: Option<String>,
    #[graph(required, read_only)]
    pub b: Option<String>,
    #[graph(secret, hidden)]
    pub c: Option<String>,
    pub additional_data: Option<String>,
}

fn main() {}
