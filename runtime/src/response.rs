//! Reading Graph's answers: the value a request asked for, or a [`GraphError`] read from the
//! answer. Bodies are anything that reads as bytes (`Vec<u8>`, `bytes::Bytes`, `String`, …).

use http::Response;
use serde::de::DeserializeOwned;

use crate::GraphError;

/// The value in a successful answer: a status in `ok` with a JSON body that reads as `T`;
/// any other answer is the service's error. `what` names the value in errors.
pub(crate) fn value<T: DeserializeOwned, B: AsRef<[u8]>>(
    response: &Response<B>,
    ok: &[u16],
    what: &str,
) -> Result<T, GraphError> {
    let status = response.status();
    if !ok.contains(&status.as_u16()) {
        return Err(GraphError::from_response(response));
    }
    let body = response.body().as_ref();
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(GraphError::decode(
            status,
            response.headers(),
            format!("the {status} answer has no body; {what} was expected"),
        ));
    }
    serde_json::from_slice(body).map_err(|e| {
        GraphError::decode(
            status,
            response.headers(),
            format!("the answer's body is not {what}: {e}"),
        )
    })
}
