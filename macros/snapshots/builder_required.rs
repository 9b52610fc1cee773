#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
#[allow(clippy::derive_partial_eq_without_eq)]
pub struct Team {
    pub display_name: Option<String>,
    pub build: Option<String>,
    pub value: Option<i64>,
    pub created_date_time: Option<String>,
    /// Properties this type does not declare and every annotation (`@odata.etag`,
    /// `name@odata.type`, …), in the order they were read; written back unchanged.
    pub additional_data: ::graph_resource::AdditionalData,
}
#[doc(hidden)]
#[macro_export]
#[allow(non_local_definitions)]
macro_rules! __graph_resource_Team_<fingerprint> {
    (__graph_resource_v3_0_1_0 { $($callback:tt)* } $($rest:tt)*) => {
        $($callback)* ! { __graph_resource_base { name : "team", namespace :
        "microsoft.graph", rust : Team, module : (), complex : false, alias : true,
        ancestors : [], fields : [{ ident : display_name, json : "displayName", secret :
        no, read_only : no, required : true, option : true, nullable : false, vis :
        (pub), ty : (Option < String >), attrs : [] } { ident : build, json : "build",
        secret : no, read_only : no, required : true, option : true, nullable : false,
        vis : (pub), ty : (Option < String >), attrs : [] } { ident : value, json :
        "value", secret : no, read_only : no, required : false, option : true, nullable :
        false, vis : (pub), ty : (Option < i64 >), attrs : [] } { ident :
        created_date_time, json : "createdDateTime", secret : no, read_only : yes,
        required : false, option : true, nullable : false, vis : (pub), ty : (Option <
        String >), attrs : [] }] } $($rest)* }
    };
    ($($other:tt)*) => {
        ::core::compile_error! {
        "`Team` was declared with another version of graph-resource than the type that inherits it (or names it in a family): use one version of graph-resource in both crates"
        }
    };
}
#[allow(non_snake_case, non_camel_case_types, unused_imports, unreachable_pub)]
mod __graph_resource_names_Team_<fingerprint> {
    #[doc(hidden)]
    pub use __graph_resource_Team_<fingerprint> as Team;
    #[doc(hidden)]
    pub use __graph_resource_Team_<fingerprint> as team;
    #[doc(hidden)]
    pub enum __GraphResourceKey_Team_3d110183db994b2c {}
    #[doc(hidden)]
    pub type team = <__GraphResourceKey_Team_3d110183db994b2c as ::graph_resource::__private::Named>::Type;
    /**Builds the request that creates or changes a `Team`: made by `Team::create()` (mode [`Create`](::graph_resource::state::Create)) or `Team::update()` (mode [`Update`](::graph_resource::state::Update)), ended by `build()`. Each setter is named after its field and records that the field was set: the request's body holds exactly the fields set.

The parameters `DisplayName`, `Build` are the states of the required fields ([`Unset`](::graph_resource::state::Unset) until set, then [`Set`](::graph_resource::state::Set)); a create builder's `build()` compiles once all are set.*/
    #[must_use = "a builder does nothing until `.build()`"]
    pub struct TeamBuilder<
        Mode,
        DisplayName = ::graph_resource::state::Unset,
        Build = ::graph_resource::state::Unset,
    > {
        pub(super) value: <__GraphResourceKey_Team_3d110183db994b2c as ::graph_resource::__private::Named>::Type,
        pub(super) set: ::graph_resource::__private::FieldSet,
        pub(super) mode: ::core::marker::PhantomData<(Mode, DisplayName, Build)>,
    }
}
#[allow(unused_imports)]
pub use __graph_resource_names_Team_<fingerprint>::*;
#[automatically_derived]
#[allow(unused_qualifications)]
#[doc(hidden)]
impl ::graph_resource::__private::Named
for __graph_resource_names_Team_<fingerprint>::__GraphResourceKey_Team_3d110183db994b2c {
    type Type = Team;
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
    impl ::graph_resource::GraphResource for Team {
        const ODATA_TYPE: &'static str = "#microsoft.graph.team";
        const NAME: &'static str = "team";
        const NAMESPACE: &'static str = "microsoft.graph";
        const ANCESTORS: &'static [&'static str] = &[];
        const PROPERTIES: &'static [&'static str] = &[
            "displayName",
            "build",
            "value",
            "createdDateTime",
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
    impl __gr::WriteResource for Team {
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
                "#microsoft.graph.team",
            )?;
            if __gr::FieldFilter::wants(__only, 0usize) {
                if let ::core::option::Option::Some(__v) = &self.display_name {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "displayName",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            if __gr::FieldFilter::wants(__only, 1usize) {
                if let ::core::option::Option::Some(__v) = &self.build {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "build",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            if __gr::FieldFilter::wants(__only, 2usize) {
                if let ::core::option::Option::Some(__v) = &self.value {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "value",
                        __v,
                    ) {
                        return ::core::result::Result::Err(__e);
                    }
                }
            }
            if __gr::FieldFilter::wants(__only, 3usize) {
                if let ::core::option::Option::Some(__v) = &self.created_date_time {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "createdDateTime",
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
                            0usize => self.display_name.is_some(),
                            1usize => self.build.is_some(),
                            2usize => self.value.is_some(),
                            3usize => self.created_date_time.is_some(),
                            _ => false,
                        }
                },
            )
        }
    }
    #[automatically_derived]
    impl __gr::serde::Serialize for Team {
        fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
        where
            S: __gr::serde::Serializer,
        {
            __gr::serialize_resource(self, serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __gr::serde::Deserialize<'de> for Team {
        fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
        where
            D: __gr::serde::Deserializer<'de>,
        {
            __gr::deserialize_resource::<Self, D>(deserializer)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl __gr::ReadResource for Team {
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
                                name: "displayName",
                                secret: false,
                                owner: "#microsoft.graph.team",
                            },
                        )
                    }
                    __gr::Key::Property(1usize) => {
                        __gr::read_property(
                            &mut __map,
                            &mut __p1,
                            &__gr::Prop {
                                name: "build",
                                secret: false,
                                owner: "#microsoft.graph.team",
                            },
                        )
                    }
                    __gr::Key::Property(2usize) => {
                        __gr::read_property(
                            &mut __map,
                            &mut __p2,
                            &__gr::Prop {
                                name: "value",
                                secret: false,
                                owner: "#microsoft.graph.team",
                            },
                        )
                    }
                    __gr::Key::Property(3usize) => {
                        __gr::read_property(
                            &mut __map,
                            &mut __p3,
                            &__gr::Prop {
                                name: "createdDateTime",
                                secret: false,
                                owner: "#microsoft.graph.team",
                            },
                        )
                    }
                    __gr::Key::Tag => {
                        __gr::read_tag(
                            &mut __map,
                            &mut __tag,
                            &mut __extra,
                            "#microsoft.graph.team",
                        )
                    }
                    __k => __gr::read_other(&mut __map, __k, &mut __extra),
                }?;
            }
            __gr::end_read(&__tag, &mut __extra);
            ::core::result::Result::Ok(Self {
                display_name: __p0.unwrap_or_default(),
                build: __p1.unwrap_or_default(),
                value: __p2.unwrap_or_default(),
                created_date_time: __p3.unwrap_or_default(),
                additional_data: __extra,
            })
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for Team {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            let mut __d = f.debug_struct("Team");
            {
                __d.field("display_name", &self.display_name);
            }
            {
                __d.field("build", &self.build);
            }
            {
                __d.field("value", &self.value);
            }
            {
                __d.field("created_date_time", &self.created_date_time);
            }
            __d.field("additional_data", &self.additional_data);
            __d.finish()
        }
    }
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    #[diagnostic::on_unimplemented(
        message = "the required field `display_name` of `Team` is not set",
        label = "call `.display_name(...)` before `.build()`"
    )]
    pub trait __TeamBuilder_requires_display_name {}
    impl __TeamBuilder_requires_display_name for ::graph_resource::state::Set {}
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    #[diagnostic::on_unimplemented(
        message = "the required field `build` of `Team` is not set",
        label = "call `.set_build(...)` before `.build()`"
    )]
    pub trait __TeamBuilder_requires_build {}
    impl __TeamBuilder_requires_build for ::graph_resource::state::Set {}
    #[automatically_derived]
    impl Team {
        ///Starts a request that creates one: a setter per writable property, then `build()`, which compiles once the required `display_name`, `build` are set.
        #[inline]
        pub fn create() -> __graph_resource_names_Team_<fingerprint>::TeamBuilder<
            ::graph_resource::state::Create,
            ::graph_resource::state::Unset,
            ::graph_resource::state::Unset,
        > {
            __graph_resource_names_Team_<fingerprint>::TeamBuilder {
                value: ::core::default::Default::default(),
                set: __gr::FieldSet::new(),
                mode: ::core::marker::PhantomData,
            }
        }
        /// Starts a request that changes one (`PATCH`): a setter per writable property,
        /// `null("jsonName")` to clear one, then `build()`.
        #[inline]
        pub fn update() -> __graph_resource_names_Team_<fingerprint>::TeamBuilder<
            ::graph_resource::state::Update,
            ::graph_resource::state::Set,
            ::graph_resource::state::Set,
        > {
            __graph_resource_names_Team_<fingerprint>::TeamBuilder {
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
            if before.display_name != after.display_name {
                __gr::diff_field(
                    &mut __body.additional_data,
                    "displayName",
                    &before.display_name,
                    &after.display_name,
                );
            }
            if before.build != after.build {
                __gr::diff_field(
                    &mut __body.additional_data,
                    "build",
                    &before.build,
                    &after.build,
                );
            }
            if before.value != after.value {
                __gr::diff_field(
                    &mut __body.additional_data,
                    "value",
                    &before.value,
                    &after.value,
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
        #[automatically_derived] impl Team { #[doc =
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
        DisplayName,
        Build,
    > __graph_resource_names_Team_<fingerprint>::TeamBuilder<
        Mode,
        DisplayName,
        Build,
    > {
        ///Sets `display_name` (the property `displayName`); required before a create builder's `build()`.
        pub fn display_name(
            mut self,
            value: impl ::core::convert::Into<String>,
        ) -> __graph_resource_names_Team_<fingerprint>::TeamBuilder<
            Mode,
            ::graph_resource::state::Set,
            Build,
        > {
            self.value.display_name = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(0usize);
            __graph_resource_names_Team_<fingerprint>::TeamBuilder {
                value: self.value,
                set: self.set,
                mode: ::core::marker::PhantomData,
            }
        }
        ///Sets `build` (the property `build`); required before a create builder's `build()`.
        pub fn set_build(
            mut self,
            value: impl ::core::convert::Into<String>,
        ) -> __graph_resource_names_Team_<fingerprint>::TeamBuilder<
            Mode,
            DisplayName,
            ::graph_resource::state::Set,
        > {
            self.value.build = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(1usize);
            __graph_resource_names_Team_<fingerprint>::TeamBuilder {
                value: self.value,
                set: self.set,
                mode: ::core::marker::PhantomData,
            }
        }
        ///Sets `value` (the property `value`).
        pub fn value(mut self, value: impl ::core::convert::Into<i64>) -> Self {
            self.value.value = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(2usize);
            self
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<DisplayName, Build> ::graph_resource::state::Complete
    for __graph_resource_names_Team_<fingerprint>::TeamBuilder<
        ::graph_resource::state::Create,
        DisplayName,
        Build,
    >
    where
        DisplayName: __TeamBuilder_requires_display_name,
        Build: __TeamBuilder_requires_build,
    {}
    #[automatically_derived]
    impl<
        DisplayName,
        Build,
    > __graph_resource_names_Team_<fingerprint>::TeamBuilder<
        ::graph_resource::state::Create,
        DisplayName,
        Build,
    > {
        /// The create request, whose body holds exactly the fields set; compiles once every
        /// required field is set.
        #[inline]
        pub fn build(self) -> ::graph_resource::CreateRequest<Team>
        where
            Self: ::graph_resource::state::Complete,
        {
            __gr::create_request(self.value, self.set)
        }
    }
    #[automatically_derived]
    impl<
        DisplayName,
        Build,
    > __graph_resource_names_Team_<fingerprint>::TeamBuilder<
        ::graph_resource::state::Update,
        DisplayName,
        Build,
    > {
        /// Sends `null` for the property of JSON name `property` (declared or not: an open
        /// type takes properties it does not declare).
        #[inline]
        pub fn null(mut self, property: &str) -> Self {
            __gr::null_property(
                &mut self.value.additional_data,
                &mut self.set,
                property,
                <Team as ::graph_resource::GraphResource>::PROPERTIES,
            );
            self
        }
        /// The update request: the fields set and the `null`s.
        #[inline]
        pub fn build(self) -> ::graph_resource::UpdateRequest<Team> {
            __gr::update_request(self.value, self.set)
        }
    }
    #[automatically_derived]
    impl<Mode, DisplayName, Build> ::core::fmt::Debug
    for __graph_resource_names_Team_<fingerprint>::TeamBuilder<
        Mode,
        DisplayName,
        Build,
    > {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct(::core::stringify!(TeamBuilder))
                .field("value", &self.value)
                .field("set", &self.set)
                .finish()
        }
    }
    ///What an `EntityPath<Team>` derefs to: its navigation and operations.
    pub struct __EntityNav(::graph_resource::path::RootNav);
    ///What a `CollectionPath<Team>` derefs to: its collection-bound operations.
    pub struct __CollectionNav(::graph_resource::path::RootNav);
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
        type Target = ::graph_resource::path::RootNav;
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
        type Target = ::graph_resource::path::RootNav;
        #[inline]
        fn deref(&self) -> &Self::Target {
            &self.0
        }
    }
    impl __EntityNav {}
    impl __CollectionNav {}
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::path::Addressable for Team {
        type EntityNav = __EntityNav;
        type CollectionNav = __CollectionNav;
    }
    mod __property_names {
        ///The properties of [`Team`], by field name: `$select`, `$expand` and `$orderby` name them so that a misspelled one does not compile.
        #[allow(non_snake_case, non_camel_case_types)]
        pub struct TeamPropertyNames {
            ///`displayName`
            pub display_name: ::graph_resource::PropertyName,
            ///`build`
            pub build: ::graph_resource::PropertyName,
            ///`value`
            pub value: ::graph_resource::PropertyName,
            ///`createdDateTime`
            pub created_date_time: ::graph_resource::PropertyName,
        }
    }
    #[automatically_derived]
    impl Team {
        /// The JSON names of its properties, one field each (inherited ones too): for the
        /// query options that name properties,
        /// `T::get().select([T::properties().display_name])`.
        #[inline]
        pub fn properties() -> __property_names::TeamPropertyNames {
            __property_names::TeamPropertyNames {
                display_name: ::graph_resource::PropertyName::new("displayName"),
                build: ::graph_resource::PropertyName::new("build"),
                value: ::graph_resource::PropertyName::new("value"),
                created_date_time: ::graph_resource::PropertyName::new("createdDateTime"),
            }
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::path::HasBase for Team {
        type Base = ::graph_resource::path::NoBase;
    }
};
