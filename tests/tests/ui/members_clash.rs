// Members an author adds beside generated ones: a name the generated container or a type's
// paths already have is an error naming it (not E0034 at a call), as is a name `Graph` or
// `EntityPath` itself has (which would be called instead, silently).
use graph_resource::prelude::*;

mod generated {
    use graph_resource::prelude::*;

    #[graph_resource(inherits = entity)]
    pub struct User {
        #[graph(navigation)]
        pub manager: Option<Box<User>>,
    }

    #[graph_container]
    pub struct GraphService {
        pub users: Vec<User>,
        pub me: User,
    }
}

#[graph_container(extends = generated::GraphService)]
pub struct Contoso {
    pub devices: Vec<generated::User>,
    pub users: Vec<generated::User>,
}

#[graph_container(extends = generated::GraphService)]
pub struct Reserved {
    pub url: generated::User,
}

#[graph_navigation(on = generated::User)]
pub struct UserLinks {
    pub manager: Option<generated::User>,
    pub devices: Vec<generated::User>,
}

#[graph_navigation(on = generated::User)]
pub struct PathReserved {
    pub cast: Vec<generated::User>,
}

#[graph_navigation]
pub struct Nowhere {
    pub x: Vec<generated::User>,
}

fn main() {}
