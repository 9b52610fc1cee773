//! graph-resource without its `http` feature: declarations, JSON and request bodies compile
//! and work, and neither `http` nor `httpdate` is built. Checked alone in CI
//! (`cargo test -p graph-resource-models-only`), where no other package turns the feature on.

#![deny(warnings, missing_docs)]

use graph_resource::prelude::*;

/// A v1.0 `todoTask` (a slice).
#[graph_resource(inherits = entity)]
pub struct TodoTask {
    /// The task's title.
    #[graph(required)]
    pub title: Option<String>,
    /// Whether a reminder is set.
    pub is_reminder_on: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_and_bodies_without_http() {
        let t: TodoTask =
            serde_json::from_str(r#"{"title":"Buy milk","isReminderOn":true}"#).unwrap();
        assert!(t.is_reminder_on);
        let request = TodoTask::create().title("Buy milk").build();
        assert_eq!(
            request.body_json().unwrap(),
            br##"{"@odata.type":"#microsoft.graph.todoTask","title":"Buy milk"}"##
        );
        let change = TodoTask::update().null("title").build();
        assert_eq!(
            change.body_json().unwrap(),
            br##"{"@odata.type":"#microsoft.graph.todoTask","title":null}"##
        );
        let before = TodoTask::default();
        let after = TodoTask {
            is_reminder_on: true,
            ..TodoTask::default()
        };
        assert_eq!(
            TodoTask::diff(&before, &after).body_json().unwrap(),
            br##"{"@odata.type":"#microsoft.graph.todoTask","isReminderOn":true}"##
        );
    }
}
