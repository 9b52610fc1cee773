//! A child that imports only its base's Graph name (`use crate::a_ext::auditedOperation;`), in
//! another module and in another crate, beside a module named like a type (`mod calendar` next
//! to `Calendar`), and fifty children of one such base. The children's modules import none of
//! the base's property types.
#![deny(warnings)]

use graph_resource::GraphResource;

/// The base's module; its property types live in a module the children never name.
pub mod a_ext {
    use graph_resource::prelude::*;

    mod kinds {
        use graph_resource::prelude::*;

        /// Who audited.
        #[graph_resource(complex)]
        pub struct AuditActor {
            pub display_name: Option<String>,
        }

        /// How it ended.
        #[graph_enum]
        pub enum AuditOutcome {
            Success,
            Failure,
        }
    }

    /// An audited operation.
    #[graph_resource(inherits = entity)]
    pub struct AuditedOperation {
        pub actor: Option<kinds::AuditActor>,
        pub outcome: Option<kinds::AuditOutcome>,
        pub note: Option<String>,
    }

    /// A calendar whose Graph name is shared with a module of its children's module.
    #[graph_resource(inherits = entity)]
    pub struct Calendar {
        pub owner: Option<kinds::AuditActor>,
    }
}

/// Children: only the Graph names are imported, and a module `calendar` stands beside them.
pub mod children {
    use crate::a_ext::{auditedOperation, calendar};
    use graph_resource::graph_resource;

    /// A module named like the base's Graph name: it shadows nothing the children need.
    pub mod calendar_helpers {}
    #[allow(non_snake_case)]
    pub mod Calendar {}

    /// A child of `auditedOperation`.
    #[graph_resource(inherits = auditedOperation)]
    pub struct SignInOperation {
        pub ip_address: Option<String>,
    }

    /// A child of `calendar`, whose Rust name is a module here.
    #[graph_resource(inherits = calendar)]
    pub struct GroupCalendar {
        pub group_id: Option<String>,
    }

    macro_rules! fifty {
        ($($name:ident)*) => {$(
            /// One of fifty children of one base.
            #[graph_resource(inherits = auditedOperation)]
            pub struct $name {
                pub extra: Option<i64>,
            }
        )*};
    }
    fifty! {
        C01 C02 C03 C04 C05 C06 C07 C08 C09 C10 C11 C12 C13 C14 C15 C16 C17 C18 C19 C20
        C21 C22 C23 C24 C25 C26 C27 C28 C29 C30 C31 C32 C33 C34 C35 C36 C37 C38 C39 C40
        C41 C42 C43 C44 C45 C46 C47 C48 C49 C50
    }
}

/// `mod calendar` in the very module that imports the Graph name `calendar` by path.
pub mod beside_a_module {
    use graph_resource::graph_resource;

    pub mod calendar {}

    /// Inherits by a path ending in the Graph name.
    #[graph_resource(inherits = crate::a_ext::calendar)]
    pub struct TeamCalendar {
        pub team_id: Option<String>,
    }
}

/// A child of another crate's type, by its Graph name alone.
pub mod from_another_crate {
    use graph_resource::graph_resource;
    use graph_resource_test_models::mediaPrompt;

    /// A media prompt with a cache key.
    #[graph_resource(inherits = mediaPrompt, complex)]
    pub struct CachedPrompt {
        pub cache_key: Option<String>,
    }
}

/// Bases imported under other names, as Rust users do when two crates both have an `alert`:
/// the Graph name and the Rust name under aliases, from this crate and another, the children
/// declared before the bases' modules are (module order is no matter).
pub mod renamed_imports {
    use graph_resource::graph_resource;
    use graph_resource_test_models::mediaPrompt as vendorMedia;
    use graph_resource_test_models::MediaPrompt as VendorPrompt;

    use super::late::lateBase as auditBase;
    use crate::a_ext::auditedOperation as securityAudit;
    use crate::a_ext::AuditedOperation as SecAudit;

    /// The Graph name under an alias.
    #[graph_resource(inherits = securityAudit)]
    pub struct ByGraphAlias {
        pub risk: Option<String>,
    }

    /// The Rust name under an alias.
    #[graph_resource(inherits = SecAudit)]
    pub struct ByRustAlias {
        pub risk: Option<String>,
    }

    /// Another crate's Graph name under an alias.
    #[graph_resource(inherits = vendorMedia, complex)]
    pub struct SpeechPrompt {
        pub voice: Option<String>,
    }

    /// Another crate's Rust name under an alias.
    #[graph_resource(inherits = VendorPrompt, complex)]
    pub struct VendorMediaPrompt {
        pub vendor: Option<String>,
    }

    /// A base declared in a module after this one, under an alias.
    #[graph_resource(inherits = auditBase)]
    pub struct LateChild {
        pub extra: Option<i32>,
    }
}

/// Declared after the module that imports it.
pub mod late {
    use graph_resource::prelude::*;

    mod kinds {
        /// A kind of this module only.
        #[graph_resource::graph_enum]
        pub enum LateKind {
            Early,
            Late,
        }
    }

    /// A base of `renamed_imports::LateChild`.
    #[graph_resource(inherits = entity)]
    pub struct LateBase {
        pub kind: Option<kinds::LateKind>,
    }
}

#[test]
fn bases_imported_under_other_names() {
    use renamed_imports::*;
    let v = serde_json::json!({"id": "1", "actor": {"displayName": "Adele"}, "outcome": "failure", "risk": "high"});
    let a: ByGraphAlias = serde_json::from_value(v.clone()).unwrap();
    let b: ByRustAlias = serde_json::from_value(v).unwrap();
    assert_eq!(a.actor.unwrap().display_name.as_deref(), Some("Adele"));
    assert_eq!(b.risk.as_deref(), Some("high"));
    assert_eq!(ByGraphAlias::ODATA_TYPE, "#microsoft.graph.byGraphAlias");
    let p: SpeechPrompt = serde_json::from_value(serde_json::json!({
        "kind": "speech", "mediaInfo": {"uri": "https://x"}, "loop": 1, "voice": "en"
    }))
    .unwrap();
    assert_eq!(p.media_info.unwrap().uri.as_deref(), Some("https://x"));
    let q: VendorMediaPrompt = serde_json::from_value(serde_json::json!({"loop": 3})).unwrap();
    assert_eq!(q.r#loop, Some(3));
    let l: LateChild =
        serde_json::from_value(serde_json::json!({"kind": "late", "extra": 1})).unwrap();
    assert!(l.kind.is_some());
}

#[test]
fn a_child_importing_only_the_graph_name_gets_every_field() {
    let v = serde_json::json!({
        "@odata.type": "#microsoft.graph.signInOperation",
        "id": "1",
        "actor": {"displayName": "Adele"},
        "outcome": "failure",
        "note": "n",
        "ipAddress": "10.0.0.1",
    });
    let op: children::SignInOperation = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(
        op.actor.as_ref().unwrap().display_name.as_deref(),
        Some("Adele")
    );
    assert_eq!(op.outcome.as_ref().unwrap().as_str(), "failure");
    assert_eq!(op.ip_address.as_deref(), Some("10.0.0.1"));
    assert_eq!(serde_json::to_value(&op).unwrap(), v);
    assert_eq!(
        children::SignInOperation::ANCESTORS,
        [
            "#microsoft.graph.entity",
            "#microsoft.graph.auditedOperation"
        ]
    );
}

#[test]
fn fifty_children_of_one_base() {
    let c = children::C50 {
        note: Some("x".into()),
        extra: Some(50),
        ..Default::default()
    };
    let v = serde_json::to_value(&c).unwrap();
    assert_eq!(v["@odata.type"], "#microsoft.graph.c50");
    assert_eq!(v["note"], "x");
    assert_eq!(
        children::C01::ANCESTORS,
        [
            "#microsoft.graph.entity",
            "#microsoft.graph.auditedOperation"
        ]
    );
}

#[test]
fn modules_named_like_the_base_change_nothing() {
    let g = children::GroupCalendar {
        owner: serde_json::from_value(serde_json::json!({"displayName": "o"})).unwrap(),
        group_id: Some("g".into()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&g).unwrap()["owner"]["displayName"],
        "o"
    );
    let t = beside_a_module::TeamCalendar::default();
    assert!(t.owner.is_none() && t.team_id.is_none());
}

#[test]
fn another_crates_base_by_graph_name() {
    let p: from_another_crate::CachedPrompt = serde_json::from_value(serde_json::json!({
        "kind": "speech", "mediaInfo": {"uri": "https://x"}, "loop": 2, "cacheKey": "k"
    }))
    .unwrap();
    assert_eq!(p.media_info.unwrap().uri.as_deref(), Some("https://x"));
    assert_eq!(p.r#loop, Some(2));
}

/// A child restating inherited properties with their types as its module names them
/// (`#[graph(inherited)]`, what the generator writes): the struct and its docs show the real
/// types, checked to be the base's.
pub mod restated {
    use graph_resource::prelude::*;

    /// A detail.
    #[graph_resource(complex)]
    pub struct Detail {
        pub text: Option<String>,
    }

    /// A base with a property of a type of this module.
    #[graph_resource(inherits = entity)]
    pub struct Noted {
        pub detail: Option<Detail>,
        pub note: Option<String>,
    }

    /// Restates both (the second in another order, as `r#`-less as written).
    #[graph_resource(inherits = noted)]
    pub struct NotedOperation {
        #[graph(inherited)]
        pub note: Option<String>,
        #[graph(inherited)]
        pub detail: Option<Detail>,
        pub extra: Option<i32>,
    }
}

#[test]
fn restated_inherited_properties_keep_their_place_and_json() {
    let op = restated::NotedOperation {
        detail: Some(restated::Detail {
            text: Some("t".into()),
            ..Default::default()
        }),
        note: Some("n".into()),
        extra: Some(1),
        ..Default::default()
    };
    let v = serde_json::to_value(&op).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["@odata.type", "detail", "note", "extra"]);
    let back: restated::NotedOperation = serde_json::from_value(v).unwrap();
    assert_eq!(back, op);
}
