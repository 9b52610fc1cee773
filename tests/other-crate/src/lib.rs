//! Graph types declared in a crate of their own, for the tests' cross-crate inheritance.
//! The property types live in a private module the child crate cannot name.

mod kinds {
    use graph_resource::graph_enum;

    /// How a prompt is rendered.
    #[graph_enum]
    pub enum PromptKind {
        /// Audio.
        Audio,
        /// Text spoken by a voice.
        Speech,
    }
}

pub use kinds::PromptKind;

pub mod media {
    use graph_resource::graph_resource;

    /// Where a media file is.
    #[graph_resource(complex)]
    pub struct MediaInfo {
        /// The URI of the file.
        pub uri: Option<String>,
        /// An id of the resource.
        pub resource_id: Option<String>,
    }
}

use graph_resource::graph_resource;

/// The abstract base of prompts (declared after its child `mediaPrompt`, in the same module).
#[graph_resource(complex, abstract)]
pub struct Prompt {
    /// The kind of prompt; its type is in a private module.
    pub kind: Option<kinds::PromptKind>,
}

/// A prompt that plays a media file.
#[graph_resource(inherits = prompt, complex)]
pub struct MediaPrompt {
    /// The media to play; its type is in another module.
    pub media_info: Option<media::MediaInfo>,
    /// Loop count, a raw identifier property name.
    pub r#loop: Option<i32>,
}

/// A comms operation of this crate, inheriting the runtime's `commsOperation` by path.
#[graph_resource(inherits = graph_resource::models::commsOperation)]
pub struct PlayPromptOperation {
    /// Why the prompt completed.
    pub completion_reason: Option<String>,
    /// A token that must not show in logs.
    #[graph(secret)]
    pub media_token: Option<String>,
}

/// A type of this edition-2021 crate with properties named like keywords of other editions
/// (`gen` is one in 2024, `try` and `async` from 2018): children in any edition inherit them.
#[graph_resource(inherits = graph_resource::models::entity)]
pub struct Job {
    /// The generation; a plain identifier in this crate's edition.
    pub gen: Option<i32>,
    /// Whether to try again.
    pub r#try: Option<bool>,
    /// Whether it runs in the background.
    pub r#async: Option<bool>,
}
