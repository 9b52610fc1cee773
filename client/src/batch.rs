//! Sending a [`Batch`]: its `$batch` requests, then again the members the service throttled
//! (and those that failed only because one they depend on was throttled), after their
//! `Retry-After`, until none is left or the policy's bound is reached.

use std::collections::BTreeMap;
use std::time::Duration;

use graph_resource::{Batch, BatchResponse};

use crate::retry::{retry_after, RetryPolicy, RetryReason, Wait};
use crate::Error;

/// The state of a batch being sent.
pub(crate) struct BatchRun<'p> {
    whole: &'p Batch,
    /// The members to send again (after a round with throttled ones); `None`: all of them.
    again: Option<Batch>,
    answers: BTreeMap<String, BatchResponse>,
    policy: &'p RetryPolicy,
    retries: u32,
}

pub(crate) enum BatchNext {
    Done(Vec<BatchResponse>),
    Wait(Duration),
}

/// Whether a member's answer means "send me again": throttled (429, 503) or failed because a
/// request it depends on failed (424), which is sent again with it.
fn again(status: http::StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 503 | 424)
}

impl<'p> BatchRun<'p> {
    pub(crate) fn new(batch: &'p Batch, policy: &'p RetryPolicy) -> Self {
        BatchRun {
            whole: batch,
            again: None,
            answers: BTreeMap::new(),
            policy,
            retries: 0,
        }
    }

    /// The members this round sends.
    fn pending(&self) -> &Batch {
        self.again.as_ref().unwrap_or(self.whole)
    }

    /// The `$batch` requests for the members not answered yet.
    pub(crate) fn requests(&self, token: &str) -> Result<Vec<http::Request<Vec<u8>>>, Error> {
        Ok(self.pending().to_http(token)?)
    }

    /// Reads one `$batch` answer (of the requests `requests` gave).
    pub(crate) fn read(&mut self, response: &http::Response<Vec<u8>>) -> Result<(), Error> {
        for answer in self.pending().parse_response(response)? {
            self.answers.insert(answer.id.clone(), answer);
        }
        Ok(())
    }

    /// After every `$batch` request of a round: done, or wait and send the throttled again.
    pub(crate) fn after_round(&mut self) -> BatchNext {
        let pending = self.again.as_ref().unwrap_or(self.whole);
        let throttled: Vec<&str> = pending
            .ids()
            .into_iter()
            .filter(|id| {
                self.answers
                    .get(*id)
                    .map_or(true, |a| again(a.response.status()))
            })
            .collect();
        let any_throttled = throttled.iter().any(|id| {
            self.answers
                .get(*id)
                .is_some_and(|a| matches!(a.response.status().as_u16(), 429 | 503))
        });
        if throttled.is_empty() || !any_throttled || self.retries >= self.policy.retries() {
            return BatchNext::Done(self.finish());
        }
        let wait = throttled
            .iter()
            .filter_map(|id| self.answers.get(*id))
            .filter_map(|a| retry_after(&a.response))
            .max();
        self.retries += 1;
        let (delay, from_retry_after) = self.policy.delay(self.retries, wait);
        self.policy.observe(&Wait {
            retry: self.retries,
            delay,
            from_retry_after,
            reason: RetryReason::Status(429),
            what: format!("{} throttled members of a batch", throttled.len()),
        });
        self.again = Some(self.whole.only(&throttled));
        BatchNext::Wait(delay)
    }

    fn finish(&mut self) -> Vec<BatchResponse> {
        self.whole
            .ids()
            .into_iter()
            .filter_map(|id| self.answers.remove(id))
            .collect()
    }
}
