//! `#[graph_enum]`: wire names, case-insensitive reads, lossless unknown members, flags.

use std::collections::HashSet;
use std::str::FromStr;

use graph_resource::models::{OperationStatus, RecordCompletionReason};
use graph_resource::prelude::*;
use serde_json::json;

/// Graph enums with members named like common catch-alls.
#[graph_enum]
pub enum RiskLevel {
    Low,
    Medium,
    High,
    Hidden,
    None,
    Unknown,
    Other,
    UnknownFutureValue,
}

#[graph_enum(rename_all = "snake_case")]
pub enum Snake {
    FirstMember,
    #[graph(rename = "SECOND")]
    Second,
    /// An `Unrecognized` member on the wire, declared under another Rust name.
    #[graph(rename = "unrecognized")]
    UnrecognizedMember,
}

#[graph_enum(flags)]
pub enum Modality {
    Audio,
    Video,
    VideoBasedScreenSharing,
    Data,
}

#[test]
fn wire_names() {
    assert_eq!(
        RecordCompletionReason::MEMBERS,
        [
            "operationCanceled",
            "stopToneDetected",
            "maxRecordDurationReached",
            "initialSilenceTimeout",
            "maxSilenceTimeout",
            "playPromptFailed",
            "playBeepFailed",
            "mediaReceiveTimeout",
            "unspecifiedError"
        ]
    );
    assert_eq!(
        OperationStatus::MEMBERS,
        ["NotStarted", "Running", "Completed", "Failed"]
    );
    assert_eq!(Snake::MEMBERS, ["first_member", "SECOND", "unrecognized"]);
    assert_eq!(
        serde_json::to_value(RecordCompletionReason::MaxRecordDurationReached).unwrap(),
        "maxRecordDurationReached"
    );
    assert_eq!(OperationStatus::NotStarted.as_str(), "NotStarted");
    assert_eq!(OperationStatus::NotStarted.to_string(), "NotStarted");
}

#[test]
fn reads_ignoring_case_writes_declared() {
    for text in ["notStarted", "NotStarted", "NOTSTARTED", "notstarted"] {
        let s: OperationStatus = serde_json::from_value(json!(text)).unwrap();
        assert_eq!(s, OperationStatus::NotStarted, "{text}");
        assert_eq!(serde_json::to_value(&s).unwrap(), "NotStarted");
        assert_eq!(
            OperationStatus::from_str(text).unwrap(),
            OperationStatus::NotStarted
        );
    }
    let s: Snake = serde_json::from_str(r#""second""#).unwrap();
    assert_eq!(s, Snake::Second);
    let s: Snake = serde_json::from_str(r#""Unrecognized""#).unwrap();
    assert_eq!(s, Snake::UnrecognizedMember);
}

#[test]
fn unknown_members_are_kept_verbatim() {
    for text in ["someNewReason", "", "with space", "ünïcödé"] {
        let r: RecordCompletionReason = serde_json::from_value(json!(text)).unwrap();
        assert_eq!(r, RecordCompletionReason::Unrecognized(text.to_owned()));
        assert!(r.is_unrecognized());
        assert_eq!(serde_json::to_value(&r).unwrap(), json!(text));
        assert_eq!(r.as_str(), text);
        assert_eq!(r.to_string(), text);
    }
    // Members named unknown / other / unknownFutureValue are ordinary known members.
    for (text, member) in [
        ("unknown", RiskLevel::Unknown),
        ("other", RiskLevel::Other),
        ("unknownFutureValue", RiskLevel::UnknownFutureValue),
        ("none", RiskLevel::None),
    ] {
        let r: RiskLevel = serde_json::from_value(json!(text)).unwrap();
        assert_eq!(r, member);
        assert!(!r.is_unrecognized());
    }
    let r: RiskLevel = serde_json::from_value(json!("critical")).unwrap();
    assert_eq!(r, RiskLevel::Unrecognized("critical".into()));
}

#[test]
fn not_a_string_is_an_error() {
    for v in [json!(1), json!(null), json!({}), json!(["low"])] {
        assert!(serde_json::from_value::<RiskLevel>(v).is_err());
    }
}

#[test]
fn derived_traits() {
    let set: HashSet<RiskLevel> = [RiskLevel::Low, RiskLevel::Low, RiskLevel::High]
        .into_iter()
        .collect();
    assert_eq!(set.len(), 2);
    assert_eq!(format!("{:?}", RiskLevel::Low), "Low");
    assert_eq!(
        format!("{:?}", RiskLevel::Unrecognized("x".into())),
        "Unrecognized(\"x\")"
    );
    let a = RiskLevel::High;
    assert_eq!(a.clone(), a);
    assert_eq!(
        <RiskLevel as GraphEnum>::from_index(1),
        Some(RiskLevel::Medium)
    );
}

#[test]
fn flags_are_comma_joined() {
    let f = Modality::Audio | Modality::VideoBasedScreenSharing;
    assert_eq!(
        serde_json::to_value(&f).unwrap(),
        "audio,videoBasedScreenSharing"
    );
    let read: Flags<Modality> = serde_json::from_value(json!("video, AUDIO,newThing,")).unwrap();
    assert_eq!(
        read.iter().cloned().collect::<Vec<_>>(),
        [
            Modality::Video,
            Modality::Audio,
            Modality::Unrecognized("newThing".into())
        ]
    );
    assert_eq!(read.to_string(), "video,audio,newThing");
    let empty: Flags<Modality> = serde_json::from_value(json!("")).unwrap();
    assert!(empty.is_empty());
    // A single member of a flags enum is still a plain member.
    assert_eq!(serde_json::to_value(Modality::Data).unwrap(), "data");
}

#[test]
fn enums_as_fields() {
    #[graph_resource(complex)]
    pub struct Session {
        pub modalities: Option<Flags<Modality>>,
        pub risk: Option<RiskLevel>,
    }
    let s: Session =
        serde_json::from_value(json!({"modalities": "audio,data", "risk": "Extreme"})).unwrap();
    assert_eq!(s.modalities.as_ref().unwrap().len(), 2);
    assert_eq!(s.risk, Some(RiskLevel::Unrecognized("Extreme".into())));
    assert_eq!(
        serde_json::to_value(&s).unwrap(),
        json!({"modalities": "audio,data", "risk": "Extreme"})
    );
}
