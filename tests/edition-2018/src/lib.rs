//! Declarations in an edition-2018 crate: children of the runtime's and of an edition-2021
//! crate's types, with every warning denied.

#![deny(warnings, missing_docs, unreachable_pub, unused_qualifications)]
#![warn(clippy::pedantic, clippy::nursery)]

use graph_resource::graph_resource;
use graph_resource::models::commsOperation;

/// A child of the runtime's `commsOperation`, imported by its Graph name alone.
#[graph_resource(inherits = commsOperation)]
pub struct CancelMediaProcessingOperation {
    /// Whether all media was cancelled.
    pub all: Option<bool>,
}

/// A child of the 2021 crate's `job`, whose `gen` is a plain identifier here too.
#[graph_resource(inherits = graph_resource_test_models::job)]
pub struct NightlyJob {
    /// When it runs.
    pub at: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use graph_resource::models::OperationStatus;
    use serde_json::json;

    #[test]
    fn children_across_editions() {
        let op: CancelMediaProcessingOperation =
            serde_json::from_value(json!({"status": "running", "all": true})).unwrap();
        assert_eq!(op.status, Some(OperationStatus::Running));
        let job: NightlyJob = serde_json::from_value(json!({"gen": 1, "at": "02:00"})).unwrap();
        assert_eq!((job.gen, job.at.as_deref()), (Some(1), Some("02:00")));
    }
}
