//! Microsoft's doc payloads read into the generated v1.0 types and written back: the same JSON
//! value, modulo the contract's list (`#` added to a type's own tag, declared enum spelling,
//! `null`s of `Option` fields left out).

use graph_resource::GraphResource;
use graph_resource_generated_tests::graph;
use graph_resource_tests::assert_round_trip;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

fn round_trip<T: DeserializeOwned + Serialize>(text: &str) -> T {
    let original: Value = serde_json::from_str(text).unwrap();
    let value: T = serde_json::from_str(text).unwrap();
    let written = serde_json::to_value(&value).unwrap();
    assert_round_trip(&original, &written, "");
    value
}

#[test]
fn call_with_a_derived_media_config() {
    let call: graph::Call = round_trip(include_str!("../../payloads/call-get-1.json"));
    assert_eq!(call.state, Some(graph::CallState::Established));
    let media = call.media_config.unwrap();
    assert_eq!(
        media.foreign_type(),
        Some("#microsoft.graph.serviceHostedMediaConfig")
    );
}

#[test]
fn change_notifications() {
    let n: graph::ChangeNotificationCollection = round_trip(include_str!(
        "../../payloads/changenotification-message.json"
    ));
    let data = n.value.unwrap().remove(0).resource_data.unwrap();
    assert_eq!(data.foreign_type(), Some("#Microsoft.Graph.Message"));
}

#[test]
fn chat_messages() {
    let text = include_str!("../../payloads/chatmessages-getall.json");
    let v: Value = serde_json::from_str(text).unwrap();
    let messages: Vec<graph::ChatMessage> = serde_json::from_value(v["value"].clone()).unwrap();
    assert_round_trip(
        &v["value"],
        &serde_json::to_value(&messages).unwrap(),
        "value",
    );
    let from = messages[0].from.as_ref().unwrap();
    let user = from.user.as_ref().unwrap();
    assert_eq!(user.display_name.as_deref(), Some("user1 a"));
    assert_eq!(
        messages[0].created_date_time.as_ref().map(|d| d.as_str()),
        Some("2021-05-25T20:12:14.864Z")
    );
}

#[test]
fn drive_item_event_group_message_participant_user_record() {
    let item: graph::DriveItem = round_trip(include_str!("../../payloads/driveitem-get.json"));
    assert_eq!(item.size, Some(157_286_400));
    let event: graph::Event = round_trip(include_str!("../../payloads/event-get-locations.json"));
    assert_eq!(event.locations.as_ref().map(Vec::len), Some(1));
    let group: graph::Group = round_trip(include_str!("../../payloads/group-get.json"));
    assert_eq!(group.display_name.as_deref(), Some("HR Taskforce"));
    let text = include_str!("../../payloads/messages-list.json");
    let v: Value = serde_json::from_str(text).unwrap();
    let messages: Vec<graph::Message> = serde_json::from_value(v["value"].clone()).unwrap();
    assert_round_trip(
        &v["value"],
        &serde_json::to_value(&messages).unwrap(),
        "value",
    );
    let p: graph::Participant = round_trip(include_str!("../../payloads/participant-get.json"));
    assert!(p.info.is_some());
    let user: graph::User = round_trip(include_str!("../../payloads/user-get-default.json"));
    assert_eq!(user.display_name.as_deref(), Some("Adele Vance"));
    let op: graph::RecordOperation =
        round_trip(include_str!("../../payloads/recordresponse-response.json"));
    assert_eq!(op.status, Some(graph::OperationStatus::Running));
}

#[test]
fn generated_types_know_their_place() {
    assert_eq!(graph::User::ODATA_TYPE, "#microsoft.graph.user");
    assert_eq!(
        graph::User::ANCESTORS,
        [
            "#microsoft.graph.entity",
            "#microsoft.graph.directoryObject"
        ]
    );
    const { assert!(graph::Entity::IS_ABSTRACT) };
}
