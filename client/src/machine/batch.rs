//! [`BatchRun`]: a [`Batch`] sent as `$batch` requests, then again its throttled members.

use std::collections::BTreeMap;
use std::fmt;

use graph_resource::{Batch, BatchPart, BatchResponse};

use super::{finished, Exchange, Machine, Step, TransportError};
use crate::retry::{retry_after, RetryPolicy, RetryReason, Wait};
use crate::{Error, Limits};

/// A batch as a machine: its `$batch` requests (each an [`Exchange`] under the retry
/// policy), every answer checked against the ids that request sent (a member without an
/// answer, an id not sent or answered twice, more answers than requests: an
/// [`Error::Batch`]); then, while the policy allows, the members answered `429`/`503` (and
/// those failed `424` because one they depend on was) again as a new batch after the longest
/// of their `Retry-After`s. A retry round fills only its own members. The output: one answer
/// per member, in the order they were added.
pub struct BatchRun<'b> {
    whole: &'b Batch,
    policy: RetryPolicy,
    limits: Limits,
    /// The members this round sends; `None`: all of them.
    round: Option<Batch>,
    parts: Vec<BatchPart>,
    part: usize,
    exchange: Option<Exchange>,
    answers: BTreeMap<String, BatchResponse>,
    retries: u32,
    done: bool,
}

/// Whether a member's answer means "send me again": throttled (429, 503) or failed because a
/// request it depends on failed (424), which is sent again with it.
fn again(status: http::StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 503 | 424)
}

impl<'b> BatchRun<'b> {
    /// `batch` under `policy` and `limits`.
    pub fn new(batch: &'b Batch, policy: &RetryPolicy, limits: &Limits) -> Self {
        BatchRun {
            whole: batch,
            policy: policy.clone(),
            limits: *limits,
            round: None,
            parts: Vec::new(),
            part: 0,
            exchange: None,
            answers: BTreeMap::new(),
            retries: 0,
            done: false,
        }
    }

    fn pending(&self) -> &Batch {
        self.round.as_ref().unwrap_or(self.whole)
    }

    fn fail(&mut self, e: Error) -> Step<Vec<BatchResponse>> {
        self.done = true;
        Step::Done(Err(e))
    }

    /// After every `$batch` request of a round: done, or wait and send the throttled again.
    fn after_round(&mut self) -> Step<Vec<BatchResponse>> {
        let throttled: Vec<String> = self
            .pending()
            .ids()
            .into_iter()
            .filter(|id| {
                self.answers
                    .get(*id)
                    .is_some_and(|a| again(a.response.status()))
            })
            .map(str::to_owned)
            .collect();
        let any_throttled = throttled.iter().any(|id| {
            self.answers
                .get(id)
                .is_some_and(|a| matches!(a.response.status().as_u16(), 429 | 503))
        });
        if !any_throttled || self.retries >= self.policy.retries() {
            self.done = true;
            let mut answers = std::mem::take(&mut self.answers);
            let all: Option<Vec<BatchResponse>> = self
                .whole
                .ids()
                .into_iter()
                .map(|id| answers.remove(id))
                .collect();
            return match all {
                Some(all) => Step::Done(Ok(all)),
                None => Step::Done(Err(Error::Batch {
                    message: "a member has no answer".into(),
                })),
            };
        }
        let wait = throttled
            .iter()
            .filter_map(|id| self.answers.get(id))
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
        let ids: Vec<&str> = throttled.iter().map(String::as_str).collect();
        self.round = Some(self.whole.only(&ids));
        self.parts.clear();
        self.part = 0;
        Step::Wait(delay)
    }
}

impl Machine for BatchRun<'_> {
    type Output = Vec<BatchResponse>;

    fn step(&mut self, bearer_token: &str) -> Step<Self::Output> {
        loop {
            if self.done {
                return Step::Done(Err(finished()));
            }
            if self.parts.is_empty() {
                match self.pending().parts(bearer_token) {
                    Ok(parts) => self.parts = parts,
                    Err(e) => return self.fail(e.into()),
                }
                self.part = 0;
            }
            if self.part >= self.parts.len() {
                return self.after_round();
            }
            let exchange = match &mut self.exchange {
                Some(e) => e,
                None => {
                    // The part's request is sent once (its retries are the exchange's).
                    let request = std::mem::take(&mut self.parts[self.part].request);
                    self.exchange
                        .insert(Exchange::new(request, &self.policy, &self.limits))
                }
            };
            let response = match exchange.step(bearer_token) {
                Step::Send(r) => return Step::Send(r),
                Step::Wait(d) => return Step::Wait(d),
                Step::Done(Err(e)) => return self.fail(e),
                Step::Done(Ok(response)) => response,
            };
            self.exchange = None;
            let answers = match self.parts[self.part].parse_response(&response) {
                Ok(answers) => answers,
                Err(e) if e.kind() == graph_resource::GraphErrorKind::Decode => {
                    let message = e
                        .message()
                        .unwrap_or("an unreadable batch answer")
                        .to_owned();
                    return self.fail(Error::Batch { message });
                }
                Err(e) => return self.fail(e.into()),
            };
            for answer in answers {
                self.answers.insert(answer.id.clone(), answer);
            }
            self.part += 1;
        }
    }

    fn answer(&mut self, outcome: Result<http::Response<Vec<u8>>, TransportError>) {
        if let Some(e) = &mut self.exchange {
            e.answer(outcome);
        }
    }
}

impl fmt::Debug for BatchRun<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BatchRun")
            .field("members", &self.whole.len())
            .field("answered", &self.answers.len())
            .field("retries", &self.retries)
            .finish()
    }
}
