/// The status of a `record` action on a call.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct RecordOperation {
    /// The unique identifier.
    pub id: Option<String>,
    pub client_context: Option<String>,
    ///*Inherited from `commsOperation`, where its type is `Option<ResultInfo>`.*
    pub result_info: <commsOperation as ::graph_resource::__private::Property<2>>::Type,
    ///*Inherited from `commsOperation`, where its type is `Option<OperationStatus>`.*
    pub status: <commsOperation as ::graph_resource::__private::Property<3>>::Type,
    pub completion_reason: Option<RecordCompletionReason>,
    pub recording_access_token: Option<String>,
    pub recording_location: Option<String>,
    /// Properties this type does not declare and every annotation (`@odata.etag`,
    /// `name@odata.type`, …), in the order they were read; written back unchanged.
    pub additional_data: ::graph_resource::AdditionalData,
}
#[doc(hidden)]
#[macro_export]
#[allow(non_local_definitions)]
macro_rules! __graph_resource_RecordOperation_<fingerprint> {
    (__graph_resource_v1 { $($callback:tt)* } $($rest:tt)*) => {
        $($callback)* ! { __graph_resource_base { "recordOperation" "microsoft.graph"
        false["#microsoft.graph.entity" "#microsoft.graph.commsOperation"] [{ id "id"
        false true false true(pub) (Option < String >) [" The unique identifier."] } {
        client_context "clientContext" false false false true(pub) (Option < String >) []
        } { result_info "resultInfo" false false false true(pub) (Option < ResultInfo >)
        ["*Inherited from `commsOperation`, where its type is `Option<ResultInfo>`.*"] }
        { status "status" false false false true(pub) (Option < OperationStatus >)
        ["*Inherited from `commsOperation`, where its type is `Option<OperationStatus>`.*"]
        } { completion_reason "completionReason" false false false true(pub) (Option <
        RecordCompletionReason >) [] } { recording_access_token "recordingAccessToken"
        true false false true(pub) (Option < String >) [] } { recording_location
        "recordingLocation" false false false true(pub) (Option < String >) [] }] }
        $($rest)* }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __graph_resource_RecordOperation_<fingerprint> as recordOperation;
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type recordOperation = RecordOperation;
///Builds the request that creates a [`RecordOperation`]: made by [`RecordOperation::create`], ended by `build()`.
#[must_use = "a builder does nothing until `.build()`"]
pub struct RecordOperationBuilder {
    value: RecordOperation,
    state: ::core::marker::PhantomData<()>,
}
const _: () = {
    use ::graph_resource::__private as __gr;
    #[automatically_derived]
    impl __gr::Property<2> for RecordOperation {
        type Type = <commsOperation as ::graph_resource::__private::Property<2>>::Type;
    }
    #[automatically_derived]
    impl __gr::Property<3> for RecordOperation {
        type Type = <commsOperation as ::graph_resource::__private::Property<3>>::Type;
    }
    #[automatically_derived]
    impl __gr::Property<4> for RecordOperation {
        type Type = Option<RecordCompletionReason>;
    }
    #[automatically_derived]
    impl ::graph_resource::GraphResource for RecordOperation {
        const ODATA_TYPE: &'static str = "#microsoft.graph.recordOperation";
        const NAME: &'static str = "recordOperation";
        const NAMESPACE: &'static str = "microsoft.graph";
        const ANCESTORS: &'static [&'static str] = &[
            "#microsoft.graph.entity",
            "#microsoft.graph.commsOperation",
        ];
        const PROPERTIES: &'static [&'static str] = &[
            "id",
            "clientContext",
            "resultInfo",
            "status",
            "completionReason",
            "recordingAccessToken",
            "recordingLocation",
        ];
        const IS_COMPLEX: bool = false;
        const IS_ABSTRACT: bool = false;
        fn additional_data(&self) -> &::graph_resource::AdditionalData {
            &self.additional_data
        }
        fn additional_data_mut(&mut self) -> &mut ::graph_resource::AdditionalData {
            &mut self.additional_data
        }
        fn __secret_texts(&self) -> ::std::vec::Vec<::std::string::String> {
            let mut __out = ::std::vec::Vec::new();
            __gr::secret_texts(&self.recording_access_token, &mut __out);
            __out
        }
    }
    #[automatically_derived]
    impl __gr::serde::Serialize for RecordOperation {
        fn serialize<__S>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error>
        where
            __S: __gr::serde::Serializer,
        {
            let mut __m = __gr::begin_write::<Self, __S>(__s, &self.additional_data)?;
            if let ::core::option::Option::Some(__v) = &self.id {
                __gr::serde::ser::SerializeMap::serialize_entry(&mut __m, "id", __v)?;
            }
            if let ::core::option::Option::Some(__v) = &self.client_context {
                __gr::serde::ser::SerializeMap::serialize_entry(
                    &mut __m,
                    "clientContext",
                    __v,
                )?;
            }
            if let ::core::option::Option::Some(__v) = &self.result_info {
                __gr::serde::ser::SerializeMap::serialize_entry(
                    &mut __m,
                    "resultInfo",
                    __v,
                )?;
            }
            if let ::core::option::Option::Some(__v) = &self.status {
                __gr::serde::ser::SerializeMap::serialize_entry(
                    &mut __m,
                    "status",
                    __v,
                )?;
            }
            if let ::core::option::Option::Some(__v) = &self.completion_reason {
                __gr::serde::ser::SerializeMap::serialize_entry(
                    &mut __m,
                    "completionReason",
                    __v,
                )?;
            }
            if let ::core::option::Option::Some(__v) = &self.recording_access_token {
                __gr::serde::ser::SerializeMap::serialize_entry(
                    &mut __m,
                    "recordingAccessToken",
                    __v,
                )?;
            }
            if let ::core::option::Option::Some(__v) = &self.recording_location {
                __gr::serde::ser::SerializeMap::serialize_entry(
                    &mut __m,
                    "recordingLocation",
                    __v,
                )?;
            }
            __gr::end_write::<Self, _>(__m, &self.additional_data)
        }
    }
    #[automatically_derived]
    impl<'de> __gr::serde::Deserialize<'de> for RecordOperation {
        fn deserialize<__D>(__d: __D) -> ::core::result::Result<Self, __D::Error>
        where
            __D: __gr::serde::Deserializer<'de>,
        {
            __gr::deserialize_resource::<Self, __D>(__d)
        }
    }
    #[automatically_derived]
    impl __gr::ReadResource for RecordOperation {
        fn read_map<'de, __A>(
            mut __map: __A,
            __tag: __gr::Tag,
        ) -> ::core::result::Result<Self, __A::Error>
        where
            __A: __gr::serde::de::MapAccess<'de>,
        {
            let (mut __tag, mut __extra) = __gr::start_read(__tag);
            let mut __p0 = ::core::option::Option::None;
            let mut __p1 = ::core::option::Option::None;
            let mut __p2 = ::core::option::Option::None;
            let mut __p3 = ::core::option::Option::None;
            let mut __p4 = ::core::option::Option::None;
            let mut __p5 = ::core::option::Option::None;
            let mut __p6 = ::core::option::Option::None;
            while let ::core::option::Option::Some(__k) = __gr::serde::de::MapAccess::next_key_seed(
                &mut __map,
                __gr::KeySeed::<Self>::new(),
            )? {
                match __k {
                    __gr::Key::Property(0usize) => {
                        __gr::read_property::<
                            Self,
                            _,
                            _,
                        >(&mut __map, &mut __p0, "id", false)?
                    }
                    __gr::Key::Property(1usize) => {
                        __gr::read_property::<
                            Self,
                            _,
                            _,
                        >(&mut __map, &mut __p1, "clientContext", false)?
                    }
                    __gr::Key::Property(2usize) => {
                        __gr::read_property::<
                            Self,
                            _,
                            _,
                        >(&mut __map, &mut __p2, "resultInfo", false)?
                    }
                    __gr::Key::Property(3usize) => {
                        __gr::read_property::<
                            Self,
                            _,
                            _,
                        >(&mut __map, &mut __p3, "status", false)?
                    }
                    __gr::Key::Property(4usize) => {
                        __gr::read_property::<
                            Self,
                            _,
                            _,
                        >(&mut __map, &mut __p4, "completionReason", false)?
                    }
                    __gr::Key::Property(5usize) => {
                        __gr::read_property::<
                            Self,
                            _,
                            _,
                        >(&mut __map, &mut __p5, "recordingAccessToken", true)?
                    }
                    __gr::Key::Property(6usize) => {
                        __gr::read_property::<
                            Self,
                            _,
                            _,
                        >(&mut __map, &mut __p6, "recordingLocation", false)?
                    }
                    __gr::Key::Tag => {
                        __gr::read_tag::<Self, _>(&mut __map, &mut __tag, &mut __extra)?
                    }
                    __k => __gr::read_other(&mut __map, __k, &mut __extra)?,
                }
            }
            ::core::result::Result::Ok(Self {
                id: __p0.unwrap_or_default(),
                client_context: __p1.unwrap_or_default(),
                result_info: __p2.unwrap_or_default(),
                status: __p3.unwrap_or_default(),
                completion_reason: __p4.unwrap_or_default(),
                recording_access_token: __p5.unwrap_or_default(),
                recording_location: __p6.unwrap_or_default(),
                additional_data: __extra,
            })
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for RecordOperation {
        fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __f.debug_struct("RecordOperation")
                .field("id", &self.id)
                .field("client_context", &self.client_context)
                .field("result_info", &self.result_info)
                .field("status", &self.status)
                .field("completion_reason", &self.completion_reason)
                .field(
                    "recording_access_token",
                    &__gr::Redacted::option(self.recording_access_token.is_some()),
                )
                .field("recording_location", &self.recording_location)
                .field("additional_data", &self.additional_data)
                .finish()
        }
    }
    #[automatically_derived]
    impl RecordOperation {
        ///Starts a request that creates one: a setter per writable property, then `build()`.
        pub fn create() -> RecordOperationBuilder {
            RecordOperationBuilder {
                value: ::core::default::Default::default(),
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl RecordOperationBuilder {
        pub fn client_context(
            mut self,
            value: impl ::core::convert::Into<
                <Option<String> as __gr::OptionInner>::Inner,
            >,
        ) -> Self {
            self.value.client_context = <Option<
                String,
            > as __gr::OptionInner>::wrap(::core::convert::Into::into(value));
            self
        }
        ///*Inherited from `commsOperation`, where its type is `Option<ResultInfo>`.*
        pub fn result_info(
            mut self,
            value: impl ::core::convert::Into<
                <<commsOperation as ::graph_resource::__private::Property<
                    2,
                >>::Type as __gr::OptionInner>::Inner,
            >,
        ) -> Self {
            self.value.result_info = <<commsOperation as ::graph_resource::__private::Property<
                2,
            >>::Type as __gr::OptionInner>::wrap(::core::convert::Into::into(value));
            self
        }
        ///*Inherited from `commsOperation`, where its type is `Option<OperationStatus>`.*
        pub fn status(
            mut self,
            value: impl ::core::convert::Into<
                <<commsOperation as ::graph_resource::__private::Property<
                    3,
                >>::Type as __gr::OptionInner>::Inner,
            >,
        ) -> Self {
            self.value.status = <<commsOperation as ::graph_resource::__private::Property<
                3,
            >>::Type as __gr::OptionInner>::wrap(::core::convert::Into::into(value));
            self
        }
        pub fn completion_reason(
            mut self,
            value: impl ::core::convert::Into<
                <Option<RecordCompletionReason> as __gr::OptionInner>::Inner,
            >,
        ) -> Self {
            self.value.completion_reason = <Option<
                RecordCompletionReason,
            > as __gr::OptionInner>::wrap(::core::convert::Into::into(value));
            self
        }
        pub fn recording_access_token(
            mut self,
            value: impl ::core::convert::Into<
                <Option<String> as __gr::OptionInner>::Inner,
            >,
        ) -> Self {
            self.value.recording_access_token = <Option<
                String,
            > as __gr::OptionInner>::wrap(::core::convert::Into::into(value));
            self
        }
        pub fn recording_location(
            mut self,
            value: impl ::core::convert::Into<
                <Option<String> as __gr::OptionInner>::Inner,
            >,
        ) -> Self {
            self.value.recording_location = <Option<
                String,
            > as __gr::OptionInner>::wrap(::core::convert::Into::into(value));
            self
        }
        /// The create request; compiles once every required field is set.
        pub fn build(self) -> ::graph_resource::CreateRequest<RecordOperation> {
            __gr::create_request(self.value)
        }
        /// The object as set so far.
        pub fn value(&self) -> &RecordOperation {
            &self.value
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for RecordOperationBuilder {
        fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __f.debug_struct(::core::stringify!(RecordOperationBuilder))
                .field("value", &self.value)
                .finish()
        }
    }
};
