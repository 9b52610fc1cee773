/// The status of a `record` action on a call.
///
/// # Paths
///
/// `EntityPath<RecordOperation>` and `CollectionPath<RecordOperation>` have the methods of `CommsOperation`'s paths.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
#[allow(clippy::derive_partial_eq_without_eq)]
pub struct RecordOperation {
    /// The unique identifier.
    ///
    ///*Inherited from `commsOperation`, where its type is `Option<String>`.*
    pub id: ::core::option::Option<::std::string::String>,
    ///*Inherited from `commsOperation`, where its type is `Option<String>`.*
    pub client_context: ::core::option::Option<::std::string::String>,
    ///*Inherited from `commsOperation`, where its type is `Option<ResultInfo>`.*
    pub result_info: ::core::option::Option<crate::models::ResultInfo>,
    ///*Inherited from `commsOperation`, where its type is `Option<OperationStatus>`.*
    pub status: ::core::option::Option<crate::models::OperationStatus>,
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
    (__graph_resource_v3_0_1_0 { $($callback:tt)* } $($rest:tt)*) => {
        $($callback)* ! { __graph_resource_base { name : "recordOperation", namespace :
        "microsoft.graph", rust : RecordOperation, module : (), complex : false, alias :
        true, ancestors : ["#microsoft.graph.commsOperation"], fields : [{ ident : id,
        json : "id", secret : no, read_only : yes, required : false, option : true,
        nullable : false, vis : (pub), ty : (Option < String >), attrs : [#[doc =
        r" The unique identifier."] #[doc = ""]] } { ident : client_context, json :
        "clientContext", secret : no, read_only : no, required : false, option : true,
        nullable : false, vis : (pub), ty : (Option < String >), attrs : [] } { ident :
        result_info, json : "resultInfo", secret : no, read_only : no, required : false,
        option : true, nullable : false, vis : (pub), ty : (Option < ResultInfo >), attrs
        : [] } { ident : status, json : "status", secret : no, read_only : no, required :
        false, option : true, nullable : false, vis : (pub), ty : (Option <
        OperationStatus >), attrs : [] } { ident : completion_reason, json :
        "completionReason", secret : no, read_only : no, required : false, option : true,
        nullable : false, vis : (pub), ty : (Option < RecordCompletionReason >), attrs :
        [] } { ident : recording_access_token, json : "recordingAccessToken", secret :
        yes, read_only : no, required : false, option : true, nullable : false, vis :
        (pub), ty : (Option < String >), attrs : [] } { ident : recording_location, json
        : "recordingLocation", secret : no, read_only : no, required : false, option :
        true, nullable : false, vis : (pub), ty : (Option < String >), attrs : [] }] }
        $($rest)* }
    };
    ($($other:tt)*) => {
        ::core::compile_error! {
        "`RecordOperation` was declared with another version of graph-resource than the type that inherits it (or names it in a family): use one version of graph-resource in both crates"
        }
    };
}
#[allow(non_snake_case, non_camel_case_types, unused_imports, unreachable_pub)]
mod __graph_resource_names_RecordOperation_<fingerprint> {
    #[doc(hidden)]
    pub use __graph_resource_RecordOperation_<fingerprint> as RecordOperation;
    #[doc(hidden)]
    pub use __graph_resource_RecordOperation_<fingerprint> as recordOperation;
    #[doc(hidden)]
    pub enum __GraphResourceKey_RecordOperation_73217d60dd6282ec {}
    #[doc(hidden)]
    pub type recordOperation = <__GraphResourceKey_RecordOperation_73217d60dd6282ec as ::graph_resource::__private::Named>::Type;
    ///Builds the request that creates or changes a `RecordOperation`: made by `RecordOperation::create()` (mode [`Create`](::graph_resource::state::Create)) or `RecordOperation::update()` (mode [`Update`](::graph_resource::state::Update)), ended by `build()`. Each setter is named after its field and records that the field was set: the request's body holds exactly the fields set.
    #[must_use = "a builder does nothing until `.build()`"]
    pub struct RecordOperationBuilder<Mode> {
        pub(super) value: <__GraphResourceKey_RecordOperation_73217d60dd6282ec as ::graph_resource::__private::Named>::Type,
        pub(super) set: ::graph_resource::__private::FieldSet,
        pub(super) mode: ::core::marker::PhantomData<(Mode,)>,
    }
}
#[allow(unused_imports)]
pub use __graph_resource_names_RecordOperation_<fingerprint>::*;
#[automatically_derived]
#[allow(unused_qualifications)]
#[doc(hidden)]
impl ::graph_resource::__private::Named
for __graph_resource_names_RecordOperation_<fingerprint>::__GraphResourceKey_RecordOperation_73217d60dd6282ec {
    type Type = RecordOperation;
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
    impl ::graph_resource::GraphResource for RecordOperation {
        const ODATA_TYPE: &'static str = "#microsoft.graph.recordOperation";
        const NAME: &'static str = "recordOperation";
        const NAMESPACE: &'static str = "microsoft.graph";
        const ANCESTORS: &'static [&'static str] = &["#microsoft.graph.commsOperation"];
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
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl __gr::WriteResource for RecordOperation {
        fn secret_texts(&self) -> ::std::vec::Vec<::std::string::String> {
            let mut __out = ::std::vec::Vec::new();
            {
                __gr::secret_texts(&self.recording_access_token, &mut __out);
            }
            __gr::secret_texts_in_data(
                &self.additional_data,
                &["recordingAccessToken"],
                &mut __out,
            );
            __out
        }
        fn write<__S, __F>(
            &self,
            __s: __S,
            __only: __F,
        ) -> ::core::result::Result<__S::Ok, __S::Error>
        where
            __S: __gr::serde::Serializer,
            __F: __gr::FieldFilter,
        {
            let mut __m = __gr::begin_write(
                __s,
                &self.additional_data,
                "#microsoft.graph.recordOperation",
            )?;
            if __gr::FieldFilter::wants(__only, 0usize) {
                if let ::core::option::Option::Some(__v) = &self.id {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "id",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            if __gr::FieldFilter::wants(__only, 1usize) {
                if let ::core::option::Option::Some(__v) = &self.client_context {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "clientContext",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            if __gr::FieldFilter::wants(__only, 2usize) {
                if let ::core::option::Option::Some(__v) = &self.result_info {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "resultInfo",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            if __gr::FieldFilter::wants(__only, 3usize) {
                if let ::core::option::Option::Some(__v) = &self.status {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "status",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            if __gr::FieldFilter::wants(__only, 4usize) {
                if let ::core::option::Option::Some(__v) = &self.completion_reason {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "completionReason",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            if __gr::FieldFilter::wants(__only, 5usize) {
                if let ::core::option::Option::Some(__v) = &self.recording_access_token {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "recordingAccessToken",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            if __gr::FieldFilter::wants(__only, 6usize) {
                if let ::core::option::Option::Some(__v) = &self.recording_location {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "recordingLocation",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            let __properties = <Self as ::graph_resource::GraphResource>::PROPERTIES;
            __gr::end_write(
                __m,
                &self.additional_data,
                __properties,
                false,
                |__i| {
                    __gr::FieldFilter::wants(__only, __i)
                        && match __i {
                            0usize => self.id.is_some(),
                            1usize => self.client_context.is_some(),
                            2usize => self.result_info.is_some(),
                            3usize => self.status.is_some(),
                            4usize => self.completion_reason.is_some(),
                            5usize => self.recording_access_token.is_some(),
                            6usize => self.recording_location.is_some(),
                            _ => false,
                        }
                },
            )
        }
    }
    #[automatically_derived]
    impl __gr::serde::Serialize for RecordOperation {
        fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
        where
            S: __gr::serde::Serializer,
        {
            __gr::serialize_resource(self, serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __gr::serde::Deserialize<'de> for RecordOperation {
        fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
        where
            D: __gr::serde::Deserializer<'de>,
        {
            __gr::deserialize_resource::<Self, D>(deserializer)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
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
                        __gr::read_property(
                            &mut __map,
                            &mut __p0,
                            &__gr::Prop {
                                name: "id",
                                secret: false,
                                owner: "#microsoft.graph.recordOperation",
                            },
                        )
                    }
                    __gr::Key::Property(1usize) => {
                        __gr::read_property(
                            &mut __map,
                            &mut __p1,
                            &__gr::Prop {
                                name: "clientContext",
                                secret: false,
                                owner: "#microsoft.graph.recordOperation",
                            },
                        )
                    }
                    __gr::Key::Property(2usize) => {
                        __gr::read_property(
                            &mut __map,
                            &mut __p2,
                            &__gr::Prop {
                                name: "resultInfo",
                                secret: false,
                                owner: "#microsoft.graph.recordOperation",
                            },
                        )
                    }
                    __gr::Key::Property(3usize) => {
                        __gr::read_property(
                            &mut __map,
                            &mut __p3,
                            &__gr::Prop {
                                name: "status",
                                secret: false,
                                owner: "#microsoft.graph.recordOperation",
                            },
                        )
                    }
                    __gr::Key::Property(4usize) => {
                        __gr::read_property(
                            &mut __map,
                            &mut __p4,
                            &__gr::Prop {
                                name: "completionReason",
                                secret: false,
                                owner: "#microsoft.graph.recordOperation",
                            },
                        )
                    }
                    __gr::Key::Property(5usize) => {
                        __gr::read_property(
                            &mut __map,
                            &mut __p5,
                            &__gr::Prop {
                                name: "recordingAccessToken",
                                secret: true,
                                owner: "#microsoft.graph.recordOperation",
                            },
                        )
                    }
                    __gr::Key::Property(6usize) => {
                        __gr::read_property(
                            &mut __map,
                            &mut __p6,
                            &__gr::Prop {
                                name: "recordingLocation",
                                secret: false,
                                owner: "#microsoft.graph.recordOperation",
                            },
                        )
                    }
                    __gr::Key::Tag => {
                        __gr::read_tag(
                            &mut __map,
                            &mut __tag,
                            &mut __extra,
                            "#microsoft.graph.recordOperation",
                        )
                    }
                    __k => __gr::read_other(&mut __map, __k, &mut __extra),
                }?;
            }
            __gr::end_read(&__tag, &mut __extra);
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
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            let mut __d = f.debug_struct("RecordOperation");
            {
                __d.field("id", &self.id);
            }
            {
                __d.field("client_context", &self.client_context);
            }
            {
                __d.field("result_info", &self.result_info);
            }
            {
                __d.field("status", &self.status);
            }
            {
                __d.field("completion_reason", &self.completion_reason);
            }
            {
                __d.field(
                    "recording_access_token",
                    &__gr::Redacted::option(self.recording_access_token.is_some()),
                );
            }
            {
                __d.field("recording_location", &self.recording_location);
            }
            __d.field("additional_data", &self.additional_data);
            __d.finish()
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl __gr::Property<2> for RecordOperation {
        type Type = ::core::option::Option<crate::models::ResultInfo>;
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl __gr::Property<3> for RecordOperation {
        type Type = ::core::option::Option<crate::models::OperationStatus>;
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl __gr::Property<4> for RecordOperation {
        type Type = Option<RecordCompletionReason>;
    }
    #[automatically_derived]
    impl RecordOperation {
        ///Starts a request that creates one: a setter per writable property, then `build()`.
        #[inline]
        pub fn create() -> __graph_resource_names_RecordOperation_<fingerprint>::RecordOperationBuilder<
            ::graph_resource::state::Create,
        > {
            __graph_resource_names_RecordOperation_<fingerprint>::RecordOperationBuilder {
                value: ::core::default::Default::default(),
                set: __gr::FieldSet::new(),
                mode: ::core::marker::PhantomData,
            }
        }
        /// Starts a request that changes one (`PATCH`): a setter per writable property,
        /// `null("jsonName")` to clear one, then `build()`.
        #[inline]
        pub fn update() -> __graph_resource_names_RecordOperation_<fingerprint>::RecordOperationBuilder<
            ::graph_resource::state::Update,
        > {
            __graph_resource_names_RecordOperation_<fingerprint>::RecordOperationBuilder {
                value: ::core::default::Default::default(),
                set: __gr::FieldSet::new(),
                mode: ::core::marker::PhantomData,
            }
        }
        /// The request that changes `before` into `after`: the writable fields that differ,
        /// as a JSON merge patch (a value taken away is `null`; a complex value sends its
        /// nested changes; an `Option<Option<_>>` that is `None` is left as it is), with
        /// `If-Match` from `before`'s `@odata.etag`.
        #[inline]
        pub fn diff(
            before: &Self,
            after: &Self,
        ) -> ::graph_resource::UpdateRequest<Self> {
            let mut __body = <Self as ::core::default::Default>::default();
            if before.client_context != after.client_context {
                __gr::diff_field(
                    &mut __body.additional_data,
                    "clientContext",
                    &before.client_context,
                    &after.client_context,
                );
            }
            if before.result_info != after.result_info {
                __gr::diff_field(
                    &mut __body.additional_data,
                    "resultInfo",
                    &before.result_info,
                    &after.result_info,
                );
            }
            if before.status != after.status {
                __gr::diff_field(
                    &mut __body.additional_data,
                    "status",
                    &before.status,
                    &after.status,
                );
            }
            if before.completion_reason != after.completion_reason {
                __gr::diff_field(
                    &mut __body.additional_data,
                    "completionReason",
                    &before.completion_reason,
                    &after.completion_reason,
                );
            }
            if before.recording_access_token != after.recording_access_token {
                __gr::diff_field(
                    &mut __body.additional_data,
                    "recordingAccessToken",
                    &before.recording_access_token,
                    &after.recording_access_token,
                );
            }
            if before.recording_location != after.recording_location {
                __gr::diff_field(
                    &mut __body.additional_data,
                    "recordingLocation",
                    &before.recording_location,
                    &after.recording_location,
                );
            }
            __gr::diff_request(__body, &before.additional_data, &after.additional_data)
        }
        /// Starts a request that deletes one (`DELETE`).
        #[inline]
        pub fn delete() -> ::graph_resource::DeleteRequest<Self> {
            ::graph_resource::__private::delete_request()
        }
    }
    __gr::http_only! {
        #[automatically_derived] impl RecordOperation { #[doc =
        r" Starts a request that reads one (`GET`, with `$select` / `$expand`)."]
        #[inline] pub fn get() -> ::graph_resource::GetBuilder < Self > {
        ::graph_resource::__private::get_builder() } #[doc =
        r" Starts a request that reads the collection page by page (`GET`, with"] #[doc =
        r" `$filter`, `$top`, …)."] #[inline] pub fn list() ->
        ::graph_resource::ListBuilder < Self > {
        ::graph_resource::__private::list_builder() } }
    }
    #[automatically_derived]
    impl<
        Mode,
    > __graph_resource_names_RecordOperation_<fingerprint>::RecordOperationBuilder<
        Mode,
    > {
        ///Sets `client_context` (the property `clientContext`).
        ///
        ///*Inherited from `commsOperation`, where its type is `Option<String>`.*
        pub fn client_context(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.value.client_context = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(1usize);
            self
        }
        ///Sets `result_info` (the property `resultInfo`).
        ///
        ///*Inherited from `commsOperation`, where its type is `Option<ResultInfo>`.*
        pub fn result_info(
            mut self,
            value: impl ::core::convert::Into<crate::models::ResultInfo>,
        ) -> Self {
            self.value.result_info = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(2usize);
            self
        }
        ///Sets `status` (the property `status`).
        ///
        ///*Inherited from `commsOperation`, where its type is `Option<OperationStatus>`.*
        pub fn status(
            mut self,
            value: impl ::core::convert::Into<crate::models::OperationStatus>,
        ) -> Self {
            self.value.status = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(3usize);
            self
        }
        ///Sets `completion_reason` (the property `completionReason`).
        pub fn completion_reason(
            mut self,
            value: impl ::core::convert::Into<RecordCompletionReason>,
        ) -> Self {
            self.value.completion_reason = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(4usize);
            self
        }
        ///Sets `recording_access_token` (the property `recordingAccessToken`).
        pub fn recording_access_token(
            mut self,
            value: impl ::core::convert::Into<String>,
        ) -> Self {
            self.value.recording_access_token = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(5usize);
            self
        }
        ///Sets `recording_location` (the property `recordingLocation`).
        pub fn recording_location(
            mut self,
            value: impl ::core::convert::Into<String>,
        ) -> Self {
            self.value.recording_location = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(6usize);
            self
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::state::Complete
    for __graph_resource_names_RecordOperation_<fingerprint>::RecordOperationBuilder<
        ::graph_resource::state::Create,
    > {}
    #[automatically_derived]
    impl __graph_resource_names_RecordOperation_<fingerprint>::RecordOperationBuilder<
        ::graph_resource::state::Create,
    > {
        /// The create request, whose body holds exactly the fields set; compiles once every
        /// required field is set.
        #[inline]
        pub fn build(self) -> ::graph_resource::CreateRequest<RecordOperation>
        where
            Self: ::graph_resource::state::Complete,
        {
            __gr::create_request(self.value, self.set)
        }
    }
    #[automatically_derived]
    impl __graph_resource_names_RecordOperation_<fingerprint>::RecordOperationBuilder<
        ::graph_resource::state::Update,
    > {
        /// Sends `null` for the property of JSON name `property` (declared or not: an open
        /// type takes properties it does not declare).
        #[inline]
        pub fn null(mut self, property: &str) -> Self {
            __gr::null_property(
                &mut self.value.additional_data,
                &mut self.set,
                property,
                <RecordOperation as ::graph_resource::GraphResource>::PROPERTIES,
            );
            self
        }
        /// The update request: the fields set and the `null`s.
        #[inline]
        pub fn build(self) -> ::graph_resource::UpdateRequest<RecordOperation> {
            __gr::update_request(self.value, self.set)
        }
    }
    #[automatically_derived]
    impl<Mode> ::core::fmt::Debug
    for __graph_resource_names_RecordOperation_<fingerprint>::RecordOperationBuilder<
        Mode,
    > {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct(::core::stringify!(RecordOperationBuilder))
                .field("value", &self.value)
                .field("set", &self.set)
                .finish()
        }
    }
    ///What an `EntityPath<RecordOperation>` derefs to: its navigation and operations.
    pub struct __EntityNav(
        <crate::models::CommsOperation as ::graph_resource::path::Addressable>::EntityNav,
    );
    ///What a `CollectionPath<RecordOperation>` derefs to: its collection-bound operations.
    pub struct __CollectionNav(
        <crate::models::CommsOperation as ::graph_resource::path::Addressable>::CollectionNav,
    );
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::path::PathNode for __EntityNav {
        #[inline]
        fn at(url: ::std::string::String) -> Self {
            __EntityNav(::graph_resource::path::PathNode::at(url))
        }
        #[inline]
        fn url(&self) -> &::core::primitive::str {
            ::graph_resource::path::PathNode::url(&self.0)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::Deref for __EntityNav {
        type Target = <crate::models::CommsOperation as ::graph_resource::path::Addressable>::EntityNav;
        #[inline]
        fn deref(&self) -> &Self::Target {
            &self.0
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::path::PathNode for __CollectionNav {
        #[inline]
        fn at(url: ::std::string::String) -> Self {
            __CollectionNav(::graph_resource::path::PathNode::at(url))
        }
        #[inline]
        fn url(&self) -> &::core::primitive::str {
            ::graph_resource::path::PathNode::url(&self.0)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::Deref for __CollectionNav {
        type Target = <crate::models::CommsOperation as ::graph_resource::path::Addressable>::CollectionNav;
        #[inline]
        fn deref(&self) -> &Self::Target {
            &self.0
        }
    }
    impl __EntityNav {}
    impl __CollectionNav {}
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::path::Addressable for RecordOperation {
        type EntityNav = __EntityNav;
        type CollectionNav = __CollectionNav;
    }
    mod __property_names {
        ///The properties of [`RecordOperation`], by field name: `$select`, `$expand` and `$orderby` name them so that a misspelled one does not compile.
        #[allow(non_snake_case, non_camel_case_types)]
        pub struct RecordOperationPropertyNames {
            ///`id`
            pub id: ::graph_resource::PropertyName,
            ///`clientContext`
            pub client_context: ::graph_resource::PropertyName,
            ///`resultInfo`
            pub result_info: ::graph_resource::PropertyName,
            ///`status`
            pub status: ::graph_resource::PropertyName,
            ///`completionReason`
            pub completion_reason: ::graph_resource::PropertyName,
            ///`recordingAccessToken`
            pub recording_access_token: ::graph_resource::PropertyName,
            ///`recordingLocation`
            pub recording_location: ::graph_resource::PropertyName,
        }
    }
    #[automatically_derived]
    impl RecordOperation {
        /// The JSON names of its properties, one field each (inherited ones too): for the
        /// query options that name properties,
        /// `T::get().select([T::properties().display_name])`.
        #[inline]
        pub fn properties() -> __property_names::RecordOperationPropertyNames {
            __property_names::RecordOperationPropertyNames {
                id: ::graph_resource::PropertyName::new("id"),
                client_context: ::graph_resource::PropertyName::new("clientContext"),
                result_info: ::graph_resource::PropertyName::new("resultInfo"),
                status: ::graph_resource::PropertyName::new("status"),
                completion_reason: ::graph_resource::PropertyName::new(
                    "completionReason",
                ),
                recording_access_token: ::graph_resource::PropertyName::new(
                    "recordingAccessToken",
                ),
                recording_location: ::graph_resource::PropertyName::new(
                    "recordingLocation",
                ),
            }
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::path::HasBase for RecordOperation {
        type Base = crate::models::CommsOperation;
    }
};
