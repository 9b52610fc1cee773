//! [`Batch`]: several requests in one JSON `$batch` request (Graph takes at most 20 a batch).

use std::collections::HashMap;
use std::fmt;

use http::header::{HeaderName, HeaderValue};
use http::Method;
use serde_json::{json, Map, Value};

use super::wire::{self, RequestError};
use crate::GraphError;

/// Graph's limit of requests in one `$batch`.
pub const BATCH_LIMIT: usize = 20;

struct Item {
    id: String,
    method: String,
    /// Relative to the service root: `/users/1`.
    url: String,
    headers: Map<String, Value>,
    body: Option<Value>,
    depends_on: Vec<String>,
}

/// Requests sent together as JSON batches: `POST {service root}/$batch`, at most 20 requests
/// each, requests that depend on each other (`dependsOn`) in the same batch. The requests are
/// the ones `to_http` makes; their `Authorization` header is not copied into the batch body:
/// the token travels once, on the batch request.
///
/// ```
/// use graph_resource::models::RecordOperation;
/// use graph_resource::Batch;
///
/// let root = "https://graph.microsoft.com/v1.0";
/// let mut batch = Batch::new(root);
/// let get = RecordOperation::get().build().to_http(&format!("{root}/ops/1"), "t0ken")?;
/// let first = batch.add(&get)?;
/// let delete = RecordOperation::delete().to_http(&format!("{root}/ops/2"), "t0ken")?;
/// batch.add_after(&delete, &[&first])?;
/// let requests = batch.to_http("t0ken")?;
/// assert_eq!(requests.len(), 1);
/// assert_eq!(requests[0].uri(), "https://graph.microsoft.com/v1.0/$batch");
/// let body = String::from_utf8(requests[0].body().clone()).unwrap();
/// assert!(body.contains(r#""dependsOn":["1"]"#) && !body.contains("t0ken"));
/// # Ok::<(), graph_resource::RequestError>(())
/// ```
pub struct Batch {
    root: String,
    items: Vec<Item>,
}

/// One answer of a batch: the id of its request and the answer as a response of its own.
#[derive(Debug)]
pub struct BatchResponse {
    /// The id [`Batch::add`] gave the request.
    pub id: String,
    /// The answer, to read with the request's own `parse_response`.
    pub response: http::Response<Vec<u8>>,
}

impl Batch {
    /// A batch for the service at `service_root` (`https://graph.microsoft.com/v1.0`).
    pub fn new(service_root: &str) -> Batch {
        Batch {
            root: service_root.trim_end_matches('/').to_owned(),
            items: Vec::new(),
        }
    }

    /// A batch of only the requests `ids` names (to send again the members a service
    /// throttled), in their order, each keeping its `dependsOn` on the requests kept (a request
    /// it depended on that is not kept has run already).
    ///
    /// ```
    /// use graph_resource::Batch;
    /// let root = "https://graph.microsoft.com/v1.0";
    /// let get = |id: &str| {
    ///     http::Request::get(format!("{root}/users/{id}")).body(Vec::new()).unwrap()
    /// };
    /// let mut batch = Batch::new(root);
    /// let a = batch.add(&get("a"))?;
    /// let b = batch.add_after(&get("b"), &[&a])?;
    /// let c = batch.add_after(&get("c"), &[&b])?;
    /// let again = batch.only(&[&b, &c]);
    /// assert_eq!(again.ids(), [b.as_str(), c.as_str()]);
    /// let body = String::from_utf8(again.to_http("t")?[0].body().clone()).unwrap();
    /// assert!(body.contains(r#""id":"3","method":"GET","url":"/users/c","dependsOn":["2"]"#));
    /// assert!(!body.contains(r#""dependsOn":["1"]"#));
    /// # Ok::<(), graph_resource::RequestError>(())
    /// ```
    pub fn only(&self, ids: &[&str]) -> Batch {
        let kept = |id: &str| ids.contains(&id);
        Batch {
            root: self.root.clone(),
            items: self
                .items
                .iter()
                .filter(|i| kept(&i.id))
                .map(|i| Item {
                    id: i.id.clone(),
                    method: i.method.clone(),
                    url: i.url.clone(),
                    headers: i.headers.clone(),
                    body: i.body.clone(),
                    depends_on: i.depends_on.iter().filter(|d| kept(d)).cloned().collect(),
                })
                .collect(),
        }
    }

    /// The ids of its requests, in order.
    pub fn ids(&self) -> Vec<&str> {
        self.items.iter().map(|i| i.id.as_str()).collect()
    }

    /// How many requests the batch holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Adds a request; returns its id (`"1"`, `"2"`, …).
    pub fn add(&mut self, request: &http::Request<Vec<u8>>) -> Result<String, RequestError> {
        self.add_after(request, &[])
    }

    /// Adds a request that runs after the requests `depends_on` (ids of this batch).
    pub fn add_after(
        &mut self,
        request: &http::Request<Vec<u8>>,
        depends_on: &[&str],
    ) -> Result<String, RequestError> {
        let url = request.uri().to_string();
        let relative = url
            .get(..self.root.len())
            .filter(|prefix| prefix.eq_ignore_ascii_case(&self.root))
            .map(|_| &url[self.root.len()..])
            .filter(|rest| rest.starts_with('/'))
            .ok_or_else(|| {
                RequestError::batch(format!(
                    "a request is not under the batch's service root {}",
                    self.root
                ))
            })?;
        for d in depends_on {
            if !self.items.iter().any(|i| i.id == *d) {
                return Err(RequestError::batch(format!(
                    "`{d}` is not the id of a request of this batch"
                )));
            }
        }
        let mut headers = Map::new();
        for (name, value) in request.headers() {
            if matches!(
                name.as_str(),
                "authorization" | "host" | "content-length" | "accept"
            ) {
                continue;
            }
            if let Ok(v) = value.to_str() {
                headers.insert(name.as_str().to_owned(), Value::String(v.to_owned()));
            }
        }
        let body =
            if request.body().is_empty() {
                None
            } else {
                Some(serde_json::from_slice(request.body()).map_err(|e| {
                    RequestError::batch(format!("a request's body is not JSON: {e}"))
                })?)
            };
        let id = (self.items.len() + 1).to_string();
        self.items.push(Item {
            id: id.clone(),
            method: request.method().as_str().to_owned(),
            url: relative.to_owned(),
            headers,
            body,
            depends_on: depends_on.iter().map(|d| (*d).to_owned()).collect(),
        });
        Ok(id)
    }

    /// The batches to send: `POST {root}/$batch`, 20 requests at most each, requests that
    /// depend on each other together, in the order they were added.
    pub fn to_http(&self, bearer_token: &str) -> Result<Vec<http::Request<Vec<u8>>>, RequestError> {
        Ok(self
            .parts(bearer_token)?
            .into_iter()
            .map(|p| p.request)
            .collect())
    }

    /// The batches to send, each with the ids it holds, to read its answer strictly
    /// ([`BatchPart::parse_response`]).
    pub fn parts(&self, bearer_token: &str) -> Result<Vec<BatchPart>, RequestError> {
        let mut out = Vec::new();
        for chunk in self.chunks()? {
            let requests: Vec<Value> = chunk
                .iter()
                .map(|i| {
                    let mut r = json!({"id": i.id, "method": i.method, "url": i.url});
                    if !i.headers.is_empty() {
                        r["headers"] = Value::Object(i.headers.clone());
                    }
                    if let Some(b) = &i.body {
                        r["body"] = b.clone();
                    }
                    if !i.depends_on.is_empty() {
                        r["dependsOn"] = json!(i.depends_on);
                    }
                    r
                })
                .collect();
            let body =
                serde_json::to_vec(&json!({ "requests": requests })).map_err(RequestError::body)?;
            let url = format!("{}/$batch", self.root);
            out.push(BatchPart {
                request: wire::request(Method::POST, &url, bearer_token, Some(body))?,
                ids: chunk.iter().map(|i| i.id.clone()).collect(),
            });
        }
        Ok(out)
    }

    /// The requests in batches: groups of requests linked by `dependsOn`, packed in order.
    fn chunks(&self) -> Result<Vec<Vec<&Item>>, RequestError> {
        // Union-find over the ids.
        let index: HashMap<&str, usize> = self
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.id.as_str(), i))
            .collect();
        let mut parent: Vec<usize> = (0..self.items.len()).collect();
        fn find(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        for (i, it) in self.items.iter().enumerate() {
            for d in &it.depends_on {
                let (a, b) = (find(&mut parent, i), find(&mut parent, index[d.as_str()]));
                parent[a] = b;
            }
        }
        let mut groups: Vec<(usize, Vec<&Item>)> = Vec::new();
        for (i, it) in self.items.iter().enumerate() {
            let root = find(&mut parent, i);
            match groups.iter_mut().find(|(r, _)| *r == root) {
                Some((_, g)) => g.push(it),
                None => groups.push((root, vec![it])),
            }
        }
        let mut chunks: Vec<Vec<&Item>> = Vec::new();
        for (_, group) in groups {
            if group.len() > BATCH_LIMIT {
                return Err(RequestError::batch(format!(
                    "{} requests depend on each other: a batch holds at most {BATCH_LIMIT}",
                    group.len()
                )));
            }
            match chunks.last_mut() {
                Some(last) if last.len() + group.len() <= BATCH_LIMIT => last.extend(group),
                _ => chunks.push(group),
            }
        }
        Ok(chunks)
    }

    /// Reads the answer to one batch request: one response per request it held, each to be
    /// read with its own request's `parse_response`. A batch answered with another status
    /// than `200` is a [`GraphError`], and so is an answer naming an id this batch does not
    /// hold, or one id twice. (A batch sent in several parts gets each part's answers from
    /// each answer; [`BatchPart::parse_response`] also requires every member's.)
    pub fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<Vec<BatchResponse>, GraphError> {
        read_answers(response, &self.ids(), false)
    }
}

/// One `$batch` request of a [`Batch`] and the ids of the requests it holds.
#[derive(Debug)]
pub struct BatchPart {
    /// `POST {root}/$batch`.
    pub request: http::Request<Vec<u8>>,
    /// The ids it holds, in order.
    pub ids: Vec<String>,
}

impl BatchPart {
    /// Reads its answer, strictly: exactly one answer per id it sent, in any order. An answer
    /// naming an id it did not send, one id twice, or a member without an answer is a
    /// [`GraphError`] (of kind `Decode`) naming the ids, never a silent drop.
    pub fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<Vec<BatchResponse>, GraphError> {
        let ids: Vec<&str> = self.ids.iter().map(String::as_str).collect();
        read_answers(response, &ids, true)
    }
}

/// Each answer's id among `ids`, once; with `all`, every id answered.
fn check_ids<B>(
    response: &http::Response<B>,
    answers: &[BatchResponse],
    ids: &[&str],
    all: bool,
) -> Result<(), GraphError> {
    let decode =
        |message: String| GraphError::decode(response.status(), response.headers(), message);
    if answers.len() > ids.len() {
        return Err(decode(format!(
            "the batch answer holds {} answers for {} requests",
            answers.len(),
            ids.len()
        )));
    }
    let mut seen: Vec<&str> = Vec::with_capacity(answers.len());
    for a in answers {
        if !ids.contains(&a.id.as_str()) {
            return Err(decode(format!(
                "the batch answer names the id `{}`, which was not sent",
                short(&a.id)
            )));
        }
        if seen.contains(&a.id.as_str()) {
            return Err(decode(format!(
                "the batch answer names the id `{}` twice",
                a.id
            )));
        }
        seen.push(&a.id);
    }
    if all {
        let missing: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| !seen.contains(id))
            .collect();
        if !missing.is_empty() {
            return Err(decode(format!(
                "the batch answer has no answer for the request(s) {}",
                missing.join(", ")
            )));
        }
    }
    Ok(())
}

/// An id as an error shows it: at most 40 characters (a server's id may be anything).
fn short(id: &str) -> String {
    let mut s: String = id.chars().take(40).collect();
    if s.len() < id.len() {
        s.push('…');
    }
    s
}

/// The answers of a `$batch` answer to the requests `ids`, checked (see [`check_ids`]).
fn read_answers<B: AsRef<[u8]>>(
    response: &http::Response<B>,
    ids: &[&str],
    all: bool,
) -> Result<Vec<BatchResponse>, GraphError> {
    let answers = answers(response)?;
    check_ids(response, &answers, ids, all)?;
    Ok(answers)
}

/// The answers of a `$batch` answer, as sent.
fn answers<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Vec<BatchResponse>, GraphError> {
    let body: Value = crate::response::value(response, &[200], "a batch answer")?;
    let decode =
        |message: String| GraphError::decode(response.status(), response.headers(), message);
    let answers = body
        .get("responses")
        .and_then(Value::as_array)
        .ok_or_else(|| decode("the batch answer has no `responses` array".into()))?;
    answers
        .iter()
        .map(|a| {
            let id = a
                .get("id")
                .and_then(Value::as_str)
                .ok_or_else(|| decode("a batch answer without `id`".into()))?;
            let status = a
                .get("status")
                .and_then(Value::as_u64)
                .and_then(|s| u16::try_from(s).ok())
                .and_then(|s| http::StatusCode::from_u16(s).ok())
                .ok_or_else(|| decode(format!("the batch answer `{id}` has no valid status")))?;
            let mut builder = http::Response::builder().status(status);
            let mut json_body = true;
            if let Some(Value::Object(headers)) = a.get("headers") {
                for (k, v) in headers {
                    let (Ok(name), Some(Ok(value))) = (
                        HeaderName::try_from(k.as_str()),
                        v.as_str().map(HeaderValue::from_str),
                    ) else {
                        continue;
                    };
                    if name == http::header::CONTENT_TYPE {
                        json_body = value.to_str().is_ok_and(|t| t.contains("json"));
                    }
                    builder = builder.header(name, value);
                }
            }
            let bytes = match a.get("body") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::String(s)) if !json_body => s.clone().into_bytes(),
                Some(b) => serde_json::to_vec(b).unwrap_or_default(),
            };
            let response = builder
                .body(bytes)
                .map_err(|e| decode(format!("the batch answer `{id}`: {e}")))?;
            Ok(BatchResponse {
                id: id.to_owned(),
                response,
            })
        })
        .collect()
}

impl fmt::Debug for Batch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Batch")
            .field("root", &self.root)
            .field("requests", &self.items.len())
            .finish()
    }
}
