//! The prelude's glob beside a generated module's glob, as every user of generated types
//! writes them: no name is ambiguous (rustc's `ambiguous_glob_imports`, an error under
//! `deny(warnings)`): the generator re-exports the runtime's `entity`, `operationStatus` (the
//! very items the prelude carries) instead of declaring them again. `.ci/schema-check` does
//! the same for every type of the whole v1.0 and the shared beta document.
#![deny(warnings)]

use graph_resource::prelude::*;
use graph_resource_generated_tests::graph::*;

#[test]
fn prelude_and_generated_globs_name_one_item_each() {
    let op: CommsOperation = serde_json::from_value(serde_json::json!({
        "@odata.type": "#microsoft.graph.recordOperation", "id": "1", "status": "running"
    }))
    .unwrap();
    assert_eq!(op.status, Some(OperationStatus::Running));
    let user = User {
        id: Some("u".into()),
        display_name: Some("Adele".into()),
        ..Default::default()
    };
    let entity: Entity = serde_json::from_value(serde_json::to_value(&user).unwrap()).unwrap();
    assert_eq!(entity.id.as_deref(), Some("u"));
    assert!(
        std::any::TypeId::of::<Entity>()
            == std::any::TypeId::of::<graph_resource::models::Entity>()
    );
    let _: Option<Page<User>> = None;
}

/// A child of a generated type, by its Graph name alone.
mod child {
    use graph_resource::graph_resource;
    use graph_resource_generated_tests::graph::directoryObject;

    /// A hand-declared directory object.
    #[graph_resource(inherits = directoryObject)]
    pub struct CustomDirectoryObject {
        pub custom: Option<String>,
    }
}

#[test]
fn a_generated_base_by_graph_name() {
    let c = child::CustomDirectoryObject {
        deleted_date_time: None,
        custom: Some("x".into()),
        ..Default::default()
    };
    assert_eq!(serde_json::to_value(&c).unwrap()["custom"], "x");
}
