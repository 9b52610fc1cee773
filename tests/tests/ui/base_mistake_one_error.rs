//! A base with one mistake (an unknown key) and twenty children in another module: one error,
//! at the mistake; the children, their requests and their uses compile.

mod bases {
    use graph_resource::prelude::*;

    mod kinds {
        #[graph_resource::graph_resource(complex)]
        pub struct Detail {
            pub note: Option<String>,
        }
    }

    #[graph_resource(inherits = entity, colour = "red")]
    pub struct AuditedOperation {
        pub detail: Option<kinds::Detail>,
        pub outcome: Option<String>,
    }
}

mod children {
    use crate::bases::auditedOperation;
    use graph_resource::graph_resource;

    macro_rules! twenty {
        ($($name:ident)*) => {$(
            #[graph_resource(inherits = auditedOperation)]
            pub struct $name {
                pub extra: Option<i64>,
            }
        )*};
    }
    twenty! {
        C01 C02 C03 C04 C05 C06 C07 C08 C09 C10 C11 C12 C13 C14 C15 C16 C17 C18 C19 C20
    }
}

fn main() {
    let c = children::C07::create().outcome("ok").extra(1).build();
    let _ = c.body().detail.as_ref().map(|d| d.note.clone());
    let _ = graph_resource::Graph::v1()
        .collection::<children::C20>("x")
        .id("1")
        .url()
        .to_owned();
}
