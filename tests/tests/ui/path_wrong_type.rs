use graph_resource::models::RecordOperation;
use graph_resource::prelude::*;

/// A user: not a base of recordOperation.
#[graph_resource(inherits = entity)]
pub struct User {
    pub display_name: Option<String>,
}

fn main() {
    let req = RecordOperation::create().client_context("c").build();
    let users = Graph::v1().collection::<User>("users");
    // A recordOperation is not created among users.
    let _ = req.to_http(&users, "t0ken");
}
