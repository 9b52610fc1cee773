//! The built-in types: the seed page of Microsoft Graph beta (`recordOperation` and what it
//! builds on), declared with the crate's own macros.
//!
//! Each type comes with the names its children inherit it by, its Graph name (`entity`,
//! `commsOperation`, `recordOperation`, `resultInfo`) and its Rust name; and each declares
//! `module = crate::models`, so that a child that imports only the Graph name
//! (`use graph_resource::models::commsOperation;`) can name the types of its properties.

use crate::{graph_enum, graph_resource};

/// The base of every Graph entity type: an object with an identity.
#[graph_resource(abstract, module = crate::models)]
pub struct Entity {
    /// The unique identifier of the object. Read-only: assigned by the service.
    #[graph(read_only)]
    pub id: Option<String>,
}

/// The status of a long-running communications operation.
#[graph_resource(inherits = entity, module = crate::models)]
pub struct CommsOperation {
    /// Unique client context string. Max limit is 256 chars.
    pub client_context: Option<String>,
    /// The result information: the service's answer about the operation (a create request
    /// may carry one, as the seed page's does).
    pub result_info: Option<ResultInfo>,
    /// The operation status.
    pub status: Option<OperationStatus>,
}

/// The status of a `record` action on a call.
#[graph_resource(inherits = commsOperation, module = crate::models)]
pub struct RecordOperation {
    /// Why the recording completed.
    pub completion_reason: Option<RecordCompletionReason>,
    /// The access token required to retrieve the recording. A secret: never shown by `Debug`.
    #[graph(secret)]
    pub recording_access_token: Option<String>,
    /// The location where the recording is located.
    pub recording_location: Option<String>,
}

/// The result of an operation.
#[graph_resource(complex, module = crate::models)]
pub struct ResultInfo {
    /// The result code.
    pub code: Option<i32>,
    /// The result sub-code.
    pub subcode: Option<i32>,
    /// The message.
    pub message: Option<String>,
}

/// The status of an operation. The schema spells its members in PascalCase; services also send
/// them in lower case, which reads the same.
#[graph_enum(rename_all = "PascalCase")]
pub enum OperationStatus {
    /// Not started yet.
    NotStarted,
    /// Running.
    Running,
    /// Completed.
    Completed,
    /// Failed.
    Failed,
}

/// Why a recording completed.
#[graph_enum]
pub enum RecordCompletionReason {
    /// The operation was canceled.
    OperationCanceled,
    /// A stop tone was detected.
    StopToneDetected,
    /// The maximum recording duration was reached.
    MaxRecordDurationReached,
    /// No sound was heard at the start.
    InitialSilenceTimeout,
    /// The maximum silence was reached.
    MaxSilenceTimeout,
    /// The prompt could not be played.
    PlayPromptFailed,
    /// The beep could not be played.
    PlayBeepFailed,
    /// No media was received in time.
    MediaReceiveTimeout,
    /// An unspecified error.
    UnspecifiedError,
}
