//! Declarations in an edition-2024 crate: a child of an edition-2021 type whose property is
//! named `gen` (a keyword here), with every warning denied.

#![deny(warnings, missing_docs, unreachable_pub, unused_qualifications)]
#![warn(clippy::pedantic, clippy::nursery)]

use graph_resource::graph_resource;

/// A child of the 2021 crate's `job`, whose `gen` is a keyword in this edition.
#[graph_resource(inherits = graph_resource_test_models::job)]
pub struct BatchJob {
    /// A property of its own named like a 2024 keyword.
    pub r#yield: Option<String>,
}

/// A child by the base's Rust name.
#[graph_resource(inherits = graph_resource_test_models::Job)]
pub struct TimedJob {
    /// Seconds.
    pub seconds: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keyword_fields_across_editions() {
        let job: TimedJob =
            serde_json::from_value(json!({"gen": 3, "try": true, "async": false, "seconds": 9}))
                .unwrap();
        assert_eq!(job.r#gen, Some(3));
        assert_eq!(job.r#try, Some(true));
        assert_eq!(job.r#async, Some(false));
        let request = TimedJob::create().r#gen(4).r#try(false).seconds(1).build();
        assert_eq!(
            serde_json::to_value(request.body()).unwrap(),
            json!({"@odata.type": "#microsoft.graph.timedJob", "gen": 4, "try": false, "seconds": 1})
        );
    }

    #[test]
    fn own_keyword_fields() {
        let job: BatchJob = serde_json::from_value(json!({"yield": "x", "gen": 2})).unwrap();
        assert_eq!((job.r#yield.as_deref(), job.r#gen), (Some("x"), Some(2)));
        let request = BatchJob::create().r#yield("y").build();
        assert_eq!(serde_json::to_value(request.body()).unwrap()["yield"], "y");
    }
}
