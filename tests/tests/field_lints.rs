//! Lint attributes on fields (`allow`, `expect`) hold wherever generated code repeats the
//! field, under `#![deny(warnings)]` and clippy's pedantic group: no item the macros write
//! names a field without its lint levels, and no `expect` is left unfulfilled.
#![deny(warnings)]
#![warn(clippy::pedantic)]

use graph_resource::prelude::*;

/// A type whose author kept Graph's camelCase spelling for some fields.
#[graph_resource(inherits = entity, name = "lintedThing")]
pub struct LintedThing {
    #[allow(non_snake_case)]
    pub displayName: Option<String>,
    #[expect(non_snake_case)]
    pub createdBy: Option<String>,
    #[allow(dead_code)]
    pub plain: Option<String>,
    #[allow(non_snake_case, clippy::doc_markdown)]
    #[graph(secret)]
    pub secretValue: Option<String>,
    #[allow(non_snake_case)]
    #[graph(required)]
    pub mustHave: Option<i32>,
}

/// A child inherits the fields, and their lint levels.
#[graph_resource(inherits = lintedThing)]
pub struct LintedChild {
    #[expect(non_snake_case)]
    pub childName: Option<String>,
}

/// A family over the base: accessors are named after its properties.
#[graph_family(base = lintedThing)]
pub enum AnyLinted {
    Child(LintedChild),
    #[graph(fallback)]
    Other(LintedThing),
}

#[test]
fn camel_case_fields_read_write_and_build() {
    let t: LintedThing = serde_json::from_value(serde_json::json!({
        "displayName": "A", "createdBy": "B", "plain": "C", "secretValue": "s3", "mustHave": 1
    }))
    .unwrap();
    assert_eq!(t.displayName.as_deref(), Some("A"));
    assert!(!format!("{t:?}").contains("s3"));
    let req = LintedThing::create().mustHave(2).displayName("x").build();
    let body = serde_json::to_value(req.body()).unwrap();
    assert_eq!(body["mustHave"], 2);
    let update = LintedChild::update().childName("c").build();
    assert!(format!("{update:?}").contains("childName"));
    let diff = LintedChild::diff(
        &LintedChild::default(),
        &LintedChild {
            secretValue: Some("s3cret".into()),
            ..Default::default()
        },
    );
    assert!(!format!("{diff:?}").contains("s3cret"));
    let any: AnyLinted = serde_json::from_value(serde_json::json!({
        "@odata.type": "#microsoft.graph.lintedChild", "displayName": "d"
    }))
    .unwrap();
    assert_eq!(any.displayName().as_deref(), Some("d"));
}
