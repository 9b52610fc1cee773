#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
#[allow(clippy::derive_partial_eq_without_eq)]
pub struct Broken {
    pub a: Option<String>,
    /// Properties this type does not declare and every annotation (`@odata.etag`,
    /// `name@odata.type`, …), in the order they were read; written back unchanged.
    pub additional_data: ::graph_resource::AdditionalData,
}
#[doc(hidden)]
#[macro_export]
#[allow(non_local_definitions)]
macro_rules! __graph_resource_Broken_<fingerprint> {
    (__graph_resource_v3_0_1_0 { $($callback:tt)* } $($rest:tt)*) => {
        $($callback)* ! { __graph_resource_base { name : "broken", namespace :
        "microsoft.graph", rust : Broken, module : (), complex : false, alias : true,
        ancestors : [], fields : [{ ident : a, json : "", secret : yes, read_only : no,
        required : false, option : true, nullable : false, vis : (pub), ty : (Option <
        String >), attrs : [] }] } $($rest)* }
    };
    ($($other:tt)*) => {
        ::core::compile_error! {
        "`Broken` was declared with another version of graph-resource than the type that inherits it (or names it in a family): use one version of graph-resource in both crates"
        }
    };
}
#[allow(non_snake_case, non_camel_case_types, unused_imports, unreachable_pub)]
mod __graph_resource_names_Broken_<fingerprint> {
    #[doc(hidden)]
    pub use __graph_resource_Broken_<fingerprint> as Broken;
    #[doc(hidden)]
    pub use __graph_resource_Broken_<fingerprint> as broken;
    #[doc(hidden)]
    pub enum __GraphResourceKey_Broken_346fd910355d9e48 {}
    #[doc(hidden)]
    pub type broken = <__GraphResourceKey_Broken_346fd910355d9e48 as ::graph_resource::__private::Named>::Type;
    ///Builds the request that creates or changes a `Broken`: made by `Broken::create()` (mode [`Create`](::graph_resource::state::Create)) or `Broken::update()` (mode [`Update`](::graph_resource::state::Update)), ended by `build()`. Each setter is named after its field and records that the field was set: the request's body holds exactly the fields set.
    #[must_use = "a builder does nothing until `.build()`"]
    pub struct BrokenBuilder<Mode> {
        pub(super) value: <__GraphResourceKey_Broken_346fd910355d9e48 as ::graph_resource::__private::Named>::Type,
        pub(super) set: ::graph_resource::__private::FieldSet,
        pub(super) mode: ::core::marker::PhantomData<(Mode,)>,
    }
}
#[allow(unused_imports)]
pub use __graph_resource_names_Broken_<fingerprint>::*;
#[automatically_derived]
#[allow(unused_qualifications)]
#[doc(hidden)]
impl ::graph_resource::__private::Named
for __graph_resource_names_Broken_<fingerprint>::__GraphResourceKey_Broken_346fd910355d9e48 {
    type Type = Broken;
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
    impl ::graph_resource::GraphResource for Broken {
        const ODATA_TYPE: &'static str = "#microsoft.graph.broken";
        const NAME: &'static str = "broken";
        const NAMESPACE: &'static str = "microsoft.graph";
        const ANCESTORS: &'static [&'static str] = &[];
        const PROPERTIES: &'static [&'static str] = &[""];
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
    impl __gr::WriteResource for Broken {
        fn secret_texts(&self) -> ::std::vec::Vec<::std::string::String> {
            let mut __out = ::std::vec::Vec::new();
            {
                __gr::secret_texts(&self.a, &mut __out);
            }
            __gr::secret_texts_in_data(&self.additional_data, &[""], &mut __out);
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
                "#microsoft.graph.broken",
            )?;
            if __gr::FieldFilter::wants(__only, 0usize) {
                if let ::core::option::Option::Some(__v) = &self.a {
                    if let ::core::result::Result::Err(__e) = __gr::serde::ser::SerializeMap::serialize_entry(
                        &mut __m,
                        "",
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
                            0usize => self.a.is_some(),
                            _ => false,
                        }
                },
            )
        }
    }
    #[automatically_derived]
    impl __gr::serde::Serialize for Broken {
        fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
        where
            S: __gr::serde::Serializer,
        {
            __gr::serialize_resource(self, serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __gr::serde::Deserialize<'de> for Broken {
        fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
        where
            D: __gr::serde::Deserializer<'de>,
        {
            __gr::deserialize_resource::<Self, D>(deserializer)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl __gr::ReadResource for Broken {
        fn read_map<'de, __A>(
            mut __map: __A,
            __tag: __gr::Tag,
        ) -> ::core::result::Result<Self, __A::Error>
        where
            __A: __gr::serde::de::MapAccess<'de>,
        {
            let (mut __tag, mut __extra) = __gr::start_read(__tag);
            let mut __p0 = ::core::option::Option::None;
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
                                name: "",
                                secret: true,
                                owner: "#microsoft.graph.broken",
                            },
                        )
                    }
                    __gr::Key::Tag => {
                        __gr::read_tag(
                            &mut __map,
                            &mut __tag,
                            &mut __extra,
                            "#microsoft.graph.broken",
                        )
                    }
                    __k => __gr::read_other(&mut __map, __k, &mut __extra),
                }?;
            }
            __gr::end_read(&__tag, &mut __extra);
            ::core::result::Result::Ok(Self {
                a: __p0.unwrap_or_default(),
                additional_data: __extra,
            })
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for Broken {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            let mut __d = f.debug_struct("Broken");
            {
                __d.field("a", &__gr::Redacted::option(self.a.is_some()));
            }
            __d.field("additional_data", &self.additional_data);
            __d.finish()
        }
    }
    #[automatically_derived]
    impl Broken {
        ///Starts a request that creates one: a setter per writable property, then `build()`.
        #[inline]
        pub fn create() -> __graph_resource_names_Broken_<fingerprint>::BrokenBuilder<
            ::graph_resource::state::Create,
        > {
            __graph_resource_names_Broken_<fingerprint>::BrokenBuilder {
                value: ::core::default::Default::default(),
                set: __gr::FieldSet::new(),
                mode: ::core::marker::PhantomData,
            }
        }
        /// Starts a request that changes one (`PATCH`): a setter per writable property,
        /// `null("jsonName")` to clear one, then `build()`.
        #[inline]
        pub fn update() -> __graph_resource_names_Broken_<fingerprint>::BrokenBuilder<
            ::graph_resource::state::Update,
        > {
            __graph_resource_names_Broken_<fingerprint>::BrokenBuilder {
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
            if before.a != after.a {
                __gr::diff_field(&mut __body.additional_data, "", &before.a, &after.a);
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
        #[automatically_derived] impl Broken { #[doc =
        r" Starts a request that reads one (`GET`, with `$select` / `$expand`)."]
        #[inline] pub fn get() -> ::graph_resource::GetBuilder < Self > {
        ::graph_resource::__private::get_builder() } #[doc =
        r" Starts a request that reads the collection page by page (`GET`, with"] #[doc =
        r" `$filter`, `$top`, …)."] #[inline] pub fn list() ->
        ::graph_resource::ListBuilder < Self > {
        ::graph_resource::__private::list_builder() } }
    }
    #[automatically_derived]
    impl<Mode> __graph_resource_names_Broken_<fingerprint>::BrokenBuilder<Mode> {
        ///Sets `a` (the property ``).
        pub fn a(mut self, value: impl ::core::convert::Into<String>) -> Self {
            self.value.a = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self.set.insert(0usize);
            self
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::state::Complete
    for __graph_resource_names_Broken_<fingerprint>::BrokenBuilder<
        ::graph_resource::state::Create,
    > {}
    #[automatically_derived]
    impl __graph_resource_names_Broken_<fingerprint>::BrokenBuilder<
        ::graph_resource::state::Create,
    > {
        /// The create request, whose body holds exactly the fields set; compiles once every
        /// required field is set.
        #[inline]
        pub fn build(self) -> ::graph_resource::CreateRequest<Broken>
        where
            Self: ::graph_resource::state::Complete,
        {
            __gr::create_request(self.value, self.set)
        }
    }
    #[automatically_derived]
    impl __graph_resource_names_Broken_<fingerprint>::BrokenBuilder<
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
                <Broken as ::graph_resource::GraphResource>::PROPERTIES,
            );
            self
        }
        /// The update request: the fields set and the `null`s.
        #[inline]
        pub fn build(self) -> ::graph_resource::UpdateRequest<Broken> {
            __gr::update_request(self.value, self.set)
        }
    }
    #[automatically_derived]
    impl<Mode> ::core::fmt::Debug
    for __graph_resource_names_Broken_<fingerprint>::BrokenBuilder<Mode> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct(::core::stringify!(BrokenBuilder))
                .field("value", &self.value)
                .field("set", &self.set)
                .finish()
        }
    }
    ///What an `EntityPath<Broken>` derefs to: its navigation and operations.
    pub struct __EntityNav(::graph_resource::path::RootNav);
    ///What a `CollectionPath<Broken>` derefs to: its collection-bound operations.
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
    impl ::graph_resource::path::Addressable for Broken {
        type EntityNav = __EntityNav;
        type CollectionNav = __CollectionNav;
    }
    mod __property_names {
        ///The properties of [`Broken`], by field name: `$select`, `$expand` and `$orderby` name them so that a misspelled one does not compile.
        #[allow(non_snake_case, non_camel_case_types)]
        pub struct BrokenPropertyNames {
            ///``
            pub a: ::graph_resource::PropertyName,
        }
    }
    #[automatically_derived]
    impl Broken {
        /// The JSON names of its properties, one field each (inherited ones too): for the
        /// query options that name properties,
        /// `T::get().select([T::properties().display_name])`.
        #[inline]
        pub fn properties() -> __property_names::BrokenPropertyNames {
            __property_names::BrokenPropertyNames {
                a: ::graph_resource::PropertyName::new(""),
            }
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::graph_resource::path::HasBase for Broken {
        type Base = ::graph_resource::path::NoBase;
    }
};
::core::compile_error! {
    "unknown `graph_resource` key `inherit`; did you mean `inherits`? (expected one of `inherits`, `complex`, `abstract`, `name`, `namespace`, `crate`, `module`)"
}
::core::compile_error! {
    "`#[graph_resource]` implements `Debug` itself, redacting secrets: remove it from `#[derive(...)]`"
}
::core::compile_error! {
    "`rename` needs a JSON name; it cannot be empty"
}
