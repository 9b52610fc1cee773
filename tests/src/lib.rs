//! Types shared by the integration tests: declared in nested modules to check that inheritance
//! works across modules in either declaration order, with relative and absolute paths.

pub mod late_child {
    use graph_resource::graph_resource;

    /// A child declared before its base, in another module, by relative path.
    #[graph_resource(inherits = super::bases::directoryObject)]
    pub struct Group {
        pub display_name: Option<String>,
        pub mail_enabled: Option<bool>,
    }
}

pub mod bases {
    use graph_resource::prelude::*;

    mod private_types {
        use graph_resource::graph_resource;

        /// A complex type this module's children cannot name.
        #[graph_resource(complex)]
        pub struct DeletionInfo {
            pub reason: Option<String>,
        }
    }

    /// A base declared after one of its children.
    #[graph_resource(inherits = entity)]
    pub struct DirectoryObject {
        pub deleted_date_time: Option<String>,
        pub deletion: Option<private_types::DeletionInfo>,
    }
}

pub mod early_child {
    use graph_resource::graph_resource;

    /// A child declared after its base, by absolute path.
    #[graph_resource(inherits = crate::bases::directoryObject)]
    pub struct User {
        pub user_principal_name: Option<String>,
        #[graph(secret)]
        pub password: Option<String>,
    }

    /// Depth four: entity → directoryObject → user → guestUser.
    #[graph_resource(inherits = user)]
    pub struct GuestUser {
        pub invited_by: Option<String>,
    }
}

/// The README's examples, run as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
