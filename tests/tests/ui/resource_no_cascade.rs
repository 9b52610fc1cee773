use graph_resource::prelude::*;

// One mistake, one error: the struct is still emitted, with its `additional_data` and the
// traits the macro would implement, so its uses do not fail too.
#[graph_resource(complex)]
pub struct Thing {
    #[graph(secret = yes)]
    pub a: Option<String>,
}

fn make() -> Thing {
    Thing { a: None, additional_data: AdditionalData::new() }
}

fn main() {
    let thing = make();
    let _ = thing.a.clone();
    let _ = format!("{:?}", thing.clone() == Thing::default());
    let _ = serde_json::to_string(&thing);
    let _: Result<Thing, _> = serde_json::from_str("{}");
}
