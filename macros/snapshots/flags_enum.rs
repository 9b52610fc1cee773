#[derive(
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::fmt::Debug
)]
pub enum Modality {
    Audio,
    Video,
    Screen,
    /// A member this code does not know (a newer service's), kept exactly as it was sent
    /// and written back verbatim.
    Unrecognized(::std::string::String),
}
/// The empty unrecognized member: a value to be replaced (a parameter struct's
/// `Default` needs one); written `""` where it is not.
#[allow(
    deprecated,
    unused_qualifications,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]
#[automatically_derived]
impl ::core::default::Default for Modality {
    fn default() -> Self {
        Modality::Unrecognized(::std::string::String::new())
    }
}
#[allow(
    deprecated,
    unused_qualifications,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]
#[automatically_derived]
impl Modality {
    /// The wire names of the known members, in declaration order.
    pub const MEMBERS: &'static [&'static str] = &[
        "audio",
        "video",
        "videoBasedScreenSharing",
    ];
    /// The member's name on the wire (an unrecognized member's as it was read).
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "audio",
            Self::Video => "video",
            Self::Screen => "videoBasedScreenSharing",
            Self::Unrecognized(__s) => __s,
        }
    }
}
#[allow(
    deprecated,
    unused_qualifications,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]
const _: () = {
    use ::graph_resource::__private as __gr;
    #[automatically_derived]
    impl ::graph_resource::GraphEnum for Modality {
        const MEMBERS: &'static [&'static str] = &[
            "audio",
            "video",
            "videoBasedScreenSharing",
        ];
        fn as_str(&self) -> &str {
            Modality::as_str(self)
        }
        fn from_index(index: usize) -> ::core::option::Option<Self> {
            match index {
                0usize => ::core::option::Option::Some(Self::Audio),
                1usize => ::core::option::Option::Some(Self::Video),
                2usize => ::core::option::Option::Some(Self::Screen),
                _ => ::core::option::Option::None,
            }
        }
        fn unrecognized(member: ::std::string::String) -> Self {
            Self::Unrecognized(member)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Modality {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Modality {
        type Err = ::core::convert::Infallible;
        fn from_str(member: &str) -> ::core::result::Result<Self, Self::Err> {
            ::core::result::Result::Ok(
                <Self as ::graph_resource::GraphEnum>::from_member(member),
            )
        }
    }
    #[automatically_derived]
    impl __gr::serde::Serialize for Modality {
        fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
        where
            S: __gr::serde::Serializer,
        {
            serializer.serialize_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> __gr::serde::Deserialize<'de> for Modality {
        fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
        where
            D: __gr::serde::Deserializer<'de>,
        {
            __gr::deserialize_member::<Self, D>(deserializer)
        }
    }
    #[automatically_derived]
    impl ::graph_resource::GraphFlags for Modality {}
    #[automatically_derived]
    impl ::core::ops::BitOr for Modality {
        type Output = ::graph_resource::Flags<Modality>;
        fn bitor(self, rhs: Self) -> ::graph_resource::Flags<Modality> {
            ::graph_resource::Flags::from(self) | rhs
        }
    }
};
