//! Real payloads from Microsoft's Graph documentation (`tests/payloads/`), read into v1.0 types
//! modelled by hand from the v1.0 schema, and written back: the same JSON value, modulo the
//! contract's list (the `#` added to a type's own tag, declared enum spelling, `null`s of
//! `Option` fields left out). Derived types the code does not know, where the schema names a
//! base, read into the base and keep their tag and properties.

use graph_resource::models::*;
use graph_resource::prelude::*;
use serde_json::{json, Value};

/// v1.0 types, as the schema declares them (only the properties these payloads use, and a few
/// more: the rest are kept in `additional_data` anyway).
mod v1 {
    use graph_resource::prelude::*;

    #[graph_resource(complex)]
    pub struct Identity {
        pub display_name: Option<String>,
        pub id: Option<String>,
    }

    #[graph_resource(complex)]
    pub struct IdentitySet {
        pub application: Option<Identity>,
        pub device: Option<Identity>,
        pub user: Option<Identity>,
    }

    /// `chatMessageFromIdentitySet` derives from `identitySet`.
    #[graph_resource(complex, inherits = identitySet)]
    pub struct ChatMessageFromIdentitySet {}

    #[graph_enum]
    pub enum BodyType {
        Text,
        Html,
    }

    #[graph_resource(complex)]
    pub struct ItemBody {
        pub content: Option<String>,
        pub content_type: Option<BodyType>,
    }

    #[graph_enum]
    pub enum ChatMessageType {
        Message,
        ChatEvent,
        Typing,
        UnknownFutureValue,
        SystemEventMessage,
    }

    #[graph_enum]
    pub enum ChatMessageImportance {
        Normal,
        High,
        Urgent,
        UnknownFutureValue,
    }

    #[graph_resource(inherits = entity)]
    pub struct ChatMessage {
        pub attachments: Option<Vec<serde_json::Value>>,
        pub body: Option<ItemBody>,
        pub chat_id: Option<String>,
        pub created_date_time: Option<String>,
        pub deleted_date_time: Option<String>,
        pub etag: Option<String>,
        pub from: Option<ChatMessageFromIdentitySet>,
        pub importance: Option<ChatMessageImportance>,
        pub last_modified_date_time: Option<String>,
        pub locale: Option<String>,
        pub message_type: Option<ChatMessageType>,
        pub reply_to_id: Option<String>,
        pub subject: Option<String>,
        pub summary: Option<String>,
        pub web_url: Option<String>,
    }

    #[graph_resource(complex)]
    pub struct ParticipantInfo {
        pub identity: Option<IdentitySet>,
        pub language_id: Option<String>,
        pub region: Option<String>,
    }

    /// Abstract in the schema: Graph sends its derived types (`serviceHostedMediaConfig`,
    /// `appHostedMediaConfig`), which this code does not declare.
    #[graph_resource(complex, abstract)]
    pub struct MediaConfig {
        pub remove_from_default_audio_group: Option<bool>,
    }

    #[graph_enum]
    pub enum CallState {
        Incoming,
        Establishing,
        Established,
        Hold,
        Transferring,
        TransferAccepted,
        Redirecting,
        Terminating,
        Terminated,
        UnknownFutureValue,
    }

    #[graph_enum]
    pub enum Modality {
        Audio,
        Video,
        VideoBasedScreenSharing,
        Data,
        UnknownFutureValue,
    }

    #[graph_resource(inherits = entity)]
    pub struct Call {
        pub callback_uri: Option<String>,
        pub direction: Option<String>,
        pub media_config: Option<MediaConfig>,
        pub my_participant_id: Option<String>,
        pub requested_modalities: Option<Vec<Modality>>,
        pub result_info: Option<graph_resource::models::ResultInfo>,
        pub source: Option<ParticipantInfo>,
        pub state: Option<CallState>,
        pub subject: Option<String>,
        pub targets: Option<Vec<serde_json::Value>>,
    }

    #[graph_resource(complex)]
    pub struct ResourceData {}

    #[graph_resource(inherits = entity)]
    pub struct ChangeNotification {
        pub change_type: Option<String>,
        #[graph(secret)]
        pub client_state: Option<String>,
        pub resource: Option<String>,
        pub resource_data: Option<ResourceData>,
        pub subscription_expiration_date_time: Option<String>,
        pub subscription_id: Option<String>,
        pub tenant_id: Option<String>,
    }

    #[graph_resource(complex)]
    pub struct ChangeNotificationCollection {
        pub value: Vec<ChangeNotification>,
    }

    /// `group`, with tri-state fields where the service sends `null`: read and written back as
    /// they came.
    #[graph_resource(inherits = entity)]
    pub struct Group {
        pub classification: Option<Option<String>>,
        pub created_date_time: Option<String>,
        pub deleted_date_time: Option<Option<String>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub expiration_date_time: Option<Option<String>>,
        pub group_types: Vec<String>,
        pub mail: Option<String>,
        pub mail_enabled: bool,
        pub mail_nickname: Option<String>,
        pub proxy_addresses: Vec<String>,
        pub security_enabled: bool,
        pub theme: Option<Option<String>>,
        pub visibility: Option<String>,
    }
}

fn assert_round_trip(original: &Value, written: &Value, declared: &[&str], at: &str) {
    graph_resource_tests::assert_round_trip_declared(original, written, Some(declared), at);
}

fn payload(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn chat_messages_with_untagged_derived_identities() {
    let text = include_str!("../payloads/chatmessages-getall.json");
    let v = payload(text);
    let messages: Vec<v1::ChatMessage> = serde_json::from_value(v["value"].clone()).unwrap();
    assert_eq!(messages.len(), 2);
    let from = messages[0].from.as_ref().unwrap();
    let user = from.user.as_ref().unwrap();
    assert_eq!(user.display_name.as_deref(), Some("user1 a"));
    // `teamworkUserIdentity`'s own property, sent untagged where the schema says `identity`.
    assert_eq!(
        user.additional_data.get("userIdentityType"),
        Some(&json!("aadUser"))
    );
    assert_eq!(
        messages[0].importance,
        Some(v1::ChatMessageImportance::Normal)
    );
    let back = serde_json::to_value(&messages).unwrap();
    assert_round_trip(
        &v["value"],
        &back,
        &v1::ChatMessage::PROPERTIES
            .iter()
            .chain(v1::IdentitySet::PROPERTIES)
            .copied()
            .collect::<Vec<_>>(),
        "value",
    );
}

#[test]
fn a_derived_chat_identity_with_its_tag() {
    // What `GET /chats/{id}/messages/{id}` sends: the derived type's tag inside `from`.
    let v = json!({
        "@odata.type": "#microsoft.graph.chatMessage",
        "id": "1616990032035",
        "from": {
            "application": null,
            "device": null,
            "user": {
                "@odata.type": "#microsoft.graph.teamworkUserIdentity",
                "id": "8ea0e38b-efb3-4757-924a-5f94061cf8c2",
                "displayName": "Robin Kline",
                "userIdentityType": "aadUser",
                "tenantId": "e61ef81e-8bd8-476a-92e8-4a62f8426fca"
            }
        }
    });
    let m: v1::ChatMessage = serde_json::from_value(v.clone()).unwrap();
    let user = m.from.as_ref().unwrap().user.as_ref().unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Robin Kline"));
    assert_eq!(
        user.foreign_type(),
        Some("#microsoft.graph.teamworkUserIdentity")
    );
    let back = serde_json::to_value(&m).unwrap();
    assert_round_trip(&v, &back, v1::IdentitySet::PROPERTIES, "");
    // The derived tag is written once, first.
    let text = serde_json::to_string(&m).unwrap();
    assert_eq!(text.matches("teamworkUserIdentity").count(), 1);
    assert!(text.contains(r##""user":{"@odata.type":"#microsoft.graph.teamworkUserIdentity","##));
}

#[test]
fn a_call_whose_media_config_is_a_derived_type() {
    let text = include_str!("../payloads/call-get-1.json");
    let v = payload(text);
    let call: v1::Call = serde_json::from_str(text).unwrap();
    assert_eq!(call.state, Some(v1::CallState::Established));
    let media = call.media_config.as_ref().unwrap();
    assert_eq!(
        media.foreign_type(),
        Some("#microsoft.graph.serviceHostedMediaConfig")
    );
    assert!(media.additional_data.contains_key("preFetchMedia"));
    assert_eq!(
        call.source
            .as_ref()
            .and_then(|s| s.identity.as_ref())
            .and_then(|i| i.application.as_ref())
            .and_then(|a| a.display_name.as_deref()),
        Some("Calling Bot")
    );
    let back = serde_json::to_value(&call).unwrap();
    let declared: Vec<&str> = v1::Call::PROPERTIES
        .iter()
        .chain(v1::ParticipantInfo::PROPERTIES)
        .copied()
        .collect();
    assert_round_trip(&v, &back, &declared, "");
}

#[test]
fn a_change_notification_with_an_odd_cased_resource_tag() {
    let text = include_str!("../payloads/changenotification-message.json");
    let v = payload(text);
    let n: v1::ChangeNotificationCollection = serde_json::from_str(text).unwrap();
    let data = n.value[0].resource_data.as_ref().unwrap();
    assert_eq!(data.foreign_type(), Some("#Microsoft.Graph.Message"));
    assert_eq!(
        data.additional_data.get("id"),
        Some(&json!("{long_id_string}"))
    );
    // The client state is a secret: not in Debug.
    assert!(!format!("{n:?}").contains("secretClientValue"));
    let back = serde_json::to_value(&n).unwrap();
    assert_round_trip(&v, &back, &[], "");
}

#[test]
fn a_group_with_nulls_kept_by_tri_state_fields() {
    let text = include_str!("../payloads/group-get.json");
    let v = payload(text);
    let g: v1::Group = serde_json::from_str(text).unwrap();
    assert_eq!(g.classification, Some(None));
    assert_eq!(
        g.description.as_deref(),
        Some("Welcome to the HR Taskforce team.")
    );
    assert_eq!(g.group_types, ["Unified"]);
    assert!(g.mail_enabled && !g.security_enabled);
    let back = serde_json::to_value(&g).unwrap();
    // Tri-state fields write their `null`s back; only `Option` fields drop theirs.
    assert_eq!(back["classification"], Value::Null);
    assert!(back.as_object().unwrap().contains_key("theme"));
    assert_round_trip(&v, &back, v1::Group::PROPERTIES, "");
}

#[test]
fn a_record_response_into_the_seed_type() {
    let text = include_str!("../payloads/recordresponse-response.json");
    let v = payload(text);
    let op: RecordOperation = serde_json::from_str(text).unwrap();
    assert_eq!(op.status, Some(OperationStatus::Running));
    let mut back = serde_json::to_value(&op).unwrap();
    assert_eq!(back["status"], "Running", "the declared spelling");
    back["status"] = json!("running");
    assert_round_trip(&v, &back, RecordOperation::PROPERTIES, "");
}

#[test]
fn every_payload_reads_into_an_open_type_and_back_unchanged() {
    // A type that declares nothing keeps everything, in order: the floor of "nothing lost".
    #[graph_resource(complex)]
    struct Anything {}
    for text in [
        include_str!("../payloads/call-get-1.json"),
        include_str!("../payloads/changenotification-message.json"),
        include_str!("../payloads/chatmessages-getall.json"),
        include_str!("../payloads/driveitem-get.json"),
        include_str!("../payloads/event-get-locations.json"),
        include_str!("../payloads/group-get.json"),
        include_str!("../payloads/messages-list.json"),
        include_str!("../payloads/participant-get.json"),
        include_str!("../payloads/recordresponse-response.json"),
        include_str!("../payloads/user-get-default.json"),
    ] {
        let any: Anything = serde_json::from_str(text).unwrap();
        let back = serde_json::to_string(&any).unwrap();
        let original: Value = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&back).unwrap(), original);
        // And the keys in the server's order.
        assert_eq!(back, serde_json::to_string(&original).unwrap());
    }
}
