#[derive(
    ::core::clone::Clone,
    ::core::default::Default,
    ::core::cmp::PartialEq,
    ::core::fmt::Debug
)]
pub struct Broken {
    pub a: Option<String>,
    pub additional_data: ::graph_resource::AdditionalData,
}
::core::compile_error! {
    "unknown `graph_resource` key `inherit`; did you mean `inherits`? (expected one of `inherits`, `complex`, `abstract`, `name`, `namespace`, `crate`, `module`)"
}
::core::compile_error! {
    "`#[graph_resource]` implements `Debug` itself, redacting secrets: remove it from `#[derive(...)]`"
}
::core::compile_error! {
    "`rename` needs a JSON name; it cannot be empty"
}
const _: () = {
    use ::graph_resource::__private as __gr;
    impl __gr::serde::Serialize for Broken {
        fn serialize<__S>(&self, _: __S) -> ::core::result::Result<__S::Ok, __S::Error>
        where
            __S: __gr::serde::Serializer,
        {
            ::core::unreachable!()
        }
    }
    impl<'de> __gr::serde::Deserialize<'de> for Broken {
        fn deserialize<__D>(_: __D) -> ::core::result::Result<Self, __D::Error>
        where
            __D: __gr::serde::Deserializer<'de>,
        {
            ::core::unreachable!()
        }
    }
};
