mod contacts {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    pub struct Contact {
        pub given_name: Option<String>,
        note: Option<String>,
    }
}

fn main() {
    // The setter has the field's visibility: private here.
    let _ = contacts::Contact::create().given_name("a").note("b").build();
}
