#[derive(::core::clone::Clone, ::core::cmp::PartialEq, ::core::fmt::Debug)]
pub enum AnyCommsOperation {
    Record(RecordOperation),
    Other(CommsOperation),
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
    const _: fn(&RecordOperation) = |__v| {
        let _ = __gr::witness::<RecordOperation, crate::models::CommsOperation, _>(__v);
    };
    const _: fn(&CommsOperation) = |__v| {
        let _ = __gr::witness::<CommsOperation, crate::models::CommsOperation, _>(__v);
    };
    const _: () = if __gr::repeats_type(
        <AnyCommsOperation as __gr::ReadFamily>::TYPES,
        &[],
        0usize,
    ) {
        ::core::panic!(
            "`RecordOperation` has the `@odata.type` of another variant of `AnyCommsOperation`: a tag could be read into one of them only; each type is in a family once, by its namespace-qualified Graph name"
        )
    };
    const _: () = if __gr::repeats_type(
        <AnyCommsOperation as __gr::ReadFamily>::TYPES,
        &[],
        1usize,
    ) {
        ::core::panic!(
            "`CommsOperation` has the `@odata.type` of another variant of `AnyCommsOperation`: a tag could be read into one of them only; each type is in a family once, by its namespace-qualified Graph name"
        )
    };
    #[automatically_derived]
    impl AnyCommsOperation {
        ///`id` of whichever type this is (a property of `commsOperation`).
        pub fn id(&self) -> &::core::option::Option<::std::string::String> {
            match self {
                Self::Record(__v) => {
                    let __v = __gr::witness::<
                        RecordOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &__v.id
                }
                Self::Other(__v) => {
                    let __v = __gr::witness::<
                        CommsOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &__v.id
                }
            }
        }
        ///`id` of whichever type this is, to change it.
        pub fn id_mut(&mut self) -> &mut ::core::option::Option<::std::string::String> {
            match self {
                Self::Record(__v) => {
                    let __v = __gr::witness_mut::<
                        RecordOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &mut __v.id
                }
                Self::Other(__v) => {
                    let __v = __gr::witness_mut::<
                        CommsOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &mut __v.id
                }
            }
        }
        ///`clientContext` of whichever type this is (a property of `commsOperation`).
        pub fn client_context(&self) -> &::core::option::Option<::std::string::String> {
            match self {
                Self::Record(__v) => {
                    let __v = __gr::witness::<
                        RecordOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &__v.client_context
                }
                Self::Other(__v) => {
                    let __v = __gr::witness::<
                        CommsOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &__v.client_context
                }
            }
        }
        ///`clientContext` of whichever type this is, to change it.
        pub fn client_context_mut(
            &mut self,
        ) -> &mut ::core::option::Option<::std::string::String> {
            match self {
                Self::Record(__v) => {
                    let __v = __gr::witness_mut::<
                        RecordOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &mut __v.client_context
                }
                Self::Other(__v) => {
                    let __v = __gr::witness_mut::<
                        CommsOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &mut __v.client_context
                }
            }
        }
        ///`resultInfo` of whichever type this is (a property of `commsOperation`).
        pub fn result_info(&self) -> &::core::option::Option<crate::models::ResultInfo> {
            match self {
                Self::Record(__v) => {
                    let __v = __gr::witness::<
                        RecordOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &__v.result_info
                }
                Self::Other(__v) => {
                    let __v = __gr::witness::<
                        CommsOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &__v.result_info
                }
            }
        }
        ///`resultInfo` of whichever type this is, to change it.
        pub fn result_info_mut(
            &mut self,
        ) -> &mut ::core::option::Option<crate::models::ResultInfo> {
            match self {
                Self::Record(__v) => {
                    let __v = __gr::witness_mut::<
                        RecordOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &mut __v.result_info
                }
                Self::Other(__v) => {
                    let __v = __gr::witness_mut::<
                        CommsOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &mut __v.result_info
                }
            }
        }
        ///`status` of whichever type this is (a property of `commsOperation`).
        pub fn status(&self) -> &::core::option::Option<crate::models::OperationStatus> {
            match self {
                Self::Record(__v) => {
                    let __v = __gr::witness::<
                        RecordOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &__v.status
                }
                Self::Other(__v) => {
                    let __v = __gr::witness::<
                        CommsOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &__v.status
                }
            }
        }
        ///`status` of whichever type this is, to change it.
        pub fn status_mut(
            &mut self,
        ) -> &mut ::core::option::Option<crate::models::OperationStatus> {
            match self {
                Self::Record(__v) => {
                    let __v = __gr::witness_mut::<
                        RecordOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &mut __v.status
                }
                Self::Other(__v) => {
                    let __v = __gr::witness_mut::<
                        CommsOperation,
                        crate::models::CommsOperation,
                        _,
                    >(__v);
                    &mut __v.status
                }
            }
        }
        /// What was read but is not declared, and every annotation.
        pub fn additional_data(&self) -> &::graph_resource::AdditionalData {
            match self {
                Self::Record(__v) => &__v.additional_data,
                Self::Other(__v) => &__v.additional_data,
            }
        }
        /// What was read but is not declared, and every annotation, to change it.
        pub fn additional_data_mut(&mut self) -> &mut ::graph_resource::AdditionalData {
            match self {
                Self::Record(__v) => &mut __v.additional_data,
                Self::Other(__v) => &mut __v.additional_data,
            }
        }
        /// The `@odata.type` this value is written with: its variant's type, or the
        /// tag the fallback variant kept.
        pub fn odata_type(&self) -> &str {
            match self {
                Self::Record(__v) => __gr::written_type(__v),
                Self::Other(__v) => __gr::written_type(__v),
            }
        }
        /// This value as a declared type, read again from what it holds: a fallback
        /// value whose tag names a type of yours. See `GraphResource::read_as`.
        pub fn read_as<T: ::graph_resource::GraphResource>(
            &self,
        ) -> ::core::result::Result<T, __gr::serde_json::Error> {
            match self {
                Self::Record(__v) => ::graph_resource::GraphResource::read_as::<T>(__v),
                Self::Other(__v) => ::graph_resource::GraphResource::read_as::<T>(__v),
            }
        }
    }
    __gr::http_only! {
        #[automatically_derived] impl AnyCommsOperation { #[doc =
        r" Starts a request that reads one (`GET`, with `$select` / `$expand`)."]
        #[inline] pub fn get() -> ::graph_resource::GetBuilder < Self > {
        ::graph_resource::__private::get_builder() } #[doc =
        r" Starts a request that reads the collection page by page (`GET`, with"] #[doc =
        r" `$filter`, `$top`, …)."] #[inline] pub fn list() ->
        ::graph_resource::ListBuilder < Self > {
        ::graph_resource::__private::list_builder() } }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl __gr::ReadFamily for AnyCommsOperation {
        const NAME: &'static str = "AnyCommsOperation";
        const BASE: &'static str = "#microsoft.graph.commsOperation";
        const BASE_NAME: &'static str = "commsOperation";
        const TYPES: &'static [&'static str] = &[
            <RecordOperation as ::graph_resource::GraphResource>::ODATA_TYPE,
            <CommsOperation as ::graph_resource::GraphResource>::ODATA_TYPE,
        ];
        const FALLBACK: ::core::option::Option<usize> = ::core::option::Option::Some(
            1usize,
        );
        fn index() -> &'static __gr::TypeIndex {
            static INDEX: ::std::sync::OnceLock<__gr::TypeIndex> = ::std::sync::OnceLock::new();
            INDEX
                .get_or_init(|| {
                    __gr::TypeIndex::new(<Self as __gr::ReadFamily>::TYPES)
                })
        }
        fn read_variant<'de, __A>(
            __index: usize,
            __map: __A,
            __tag: __gr::Tag,
        ) -> ::core::result::Result<Self, __A::Error>
        where
            __A: __gr::serde::de::MapAccess<'de>,
        {
            match __index {
                0usize => {
                    <RecordOperation as __gr::ReadResource>::read_map(__map, __tag)
                        .map(Self::Record)
                }
                1usize => {
                    <CommsOperation as __gr::ReadResource>::read_map(__map, __tag)
                        .map(Self::Other)
                }
                _ => {
                    ::core::result::Result::Err(
                        __gr::no_variant("AnyCommsOperation", __index),
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl __gr::serde::Serialize for AnyCommsOperation {
        fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
        where
            S: __gr::serde::Serializer,
        {
            match self {
                Self::Record(__v) => __gr::serde::Serialize::serialize(__v, serializer),
                Self::Other(__v) => __gr::serde::Serialize::serialize(__v, serializer),
            }
        }
    }
    #[automatically_derived]
    impl<'de> __gr::serde::Deserialize<'de> for AnyCommsOperation {
        fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
        where
            D: __gr::serde::Deserializer<'de>,
        {
            __gr::deserialize_family::<Self, D>(deserializer)
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<RecordOperation> for AnyCommsOperation {
        fn from(value: RecordOperation) -> Self {
            Self::Record(value)
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<AnyCommsOperation> for RecordOperation {
        type Error = AnyCommsOperation;
        fn try_from(
            family: AnyCommsOperation,
        ) -> ::core::result::Result<Self, AnyCommsOperation> {
            match family {
                AnyCommsOperation::Record(__v) => ::core::result::Result::Ok(__v),
                #[allow(unreachable_patterns)]
                __other => ::core::result::Result::Err(__other),
            }
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CommsOperation> for AnyCommsOperation {
        fn from(value: CommsOperation) -> Self {
            Self::Other(value)
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<AnyCommsOperation> for CommsOperation {
        type Error = AnyCommsOperation;
        fn try_from(
            family: AnyCommsOperation,
        ) -> ::core::result::Result<Self, AnyCommsOperation> {
            match family {
                AnyCommsOperation::Other(__v) => ::core::result::Result::Ok(__v),
                #[allow(unreachable_patterns)]
                __other => ::core::result::Result::Err(__other),
            }
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::path::HasBase for AnyCommsOperation {
        type Base = crate::models::CommsOperation;
    }
};
