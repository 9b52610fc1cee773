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
        fn from_index(__i: usize) -> ::core::option::Option<Self> {
            match __i {
                0usize => ::core::option::Option::Some(Self::Audio),
                1usize => ::core::option::Option::Some(Self::Video),
                2usize => ::core::option::Option::Some(Self::Screen),
                _ => ::core::option::Option::None,
            }
        }
        fn unrecognized(__s: ::std::string::String) -> Self {
            Self::Unrecognized(__s)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Modality {
        fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __f.write_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Modality {
        type Err = ::core::convert::Infallible;
        fn from_str(__s: &str) -> ::core::result::Result<Self, Self::Err> {
            ::core::result::Result::Ok(
                <Self as ::graph_resource::GraphEnum>::from_member(__s),
            )
        }
    }
    #[automatically_derived]
    impl __gr::serde::Serialize for Modality {
        fn serialize<__S>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error>
        where
            __S: __gr::serde::Serializer,
        {
            __s.serialize_str(self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> __gr::serde::Deserialize<'de> for Modality {
        fn deserialize<__D>(__d: __D) -> ::core::result::Result<Self, __D::Error>
        where
            __D: __gr::serde::Deserializer<'de>,
        {
            __gr::deserialize_member::<Self, __D>(__d)
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
