//! What is emitted next to the errors when the input is wrong: the item, usable, so that one
//! mistake gives one error and not a cascade of "cannot find" and "no field" errors at every
//! use (thiserror's `fallback.rs`). A resource whose model is whole (the mistake was an option,
//! a key, a derive: see [`expandable`]) is expanded as it would have been, hidden macro,
//! requests and paths included, so that its children and uses compile; any other keeps its
//! `additional_data` field and gets `Clone`, `Default`, `PartialEq`, `Debug` and serde impls
//! whose bodies are never run (the crate does not compile).

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Data, DeriveInput, Fields, Path};

use crate::ast::strip_helper_attrs;

/// Whether a resource whose input had mistakes can still be expanded as it is: no generics,
/// and no two fields, JSON names or setters the same (nor a field `additional_data`), so that
/// the expansion adds no error of its own.
pub fn expandable(input: &DeriveInput, res: &crate::ast::Resource) -> bool {
    use syn::ext::IdentExt;
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        return false;
    }
    // The Graph name becomes identifiers (the lookup macro, the alias); `#[serde]` on a field
    // would stay on the struct.
    let name_ok = syn::parse_str::<syn::Ident>(&res.name).is_ok()
        && !graph_resource_internals::names::is_path_keyword(&res.name)
        && !graph_resource_internals::names::is_path_keyword(&res.ident.unraw().to_string());
    let serde_attr = res
        .fields
        .iter()
        .any(|f| f.attrs.iter().any(|a| a.path().is_ident("serde")));
    if !name_ok || serde_attr {
        return false;
    }
    let mut idents = std::collections::HashSet::new();
    let mut jsons = std::collections::HashSet::new();
    let mut setters = std::collections::HashSet::new();
    res.fields.iter().all(|f| {
        let ident = f.ident.unraw().to_string();
        ident != graph_resource_internals::names::ADDITIONAL_DATA
            && idents.insert(ident)
            && jsons.insert(f.json.clone())
            && setters.insert(crate::names::setter(&f.ident).unraw().to_string())
    })
}

/// The whole expansion of a resource that had mistakes (see [`expandable`]), without the
/// derives the macro provides (deriving them was one of the mistakes).
pub fn expand_whole(res: &crate::ast::Resource) -> TokenStream {
    let attrs: Vec<Attribute> = res
        .attrs
        .iter()
        .cloned()
        .filter_map(|a| without_derives(a, PROVIDED))
        .collect();
    crate::expand::resource_with_attrs(res, &attrs)
}

/// The derives `#[graph_resource]` implements itself.
const PROVIDED: &[&str] = &[
    "Clone",
    "Default",
    "PartialEq",
    "Debug",
    "Serialize",
    "Deserialize",
];

/// The item alone (helper attributes stripped), with every error.
pub fn item(input: DeriveInput, errors: TokenStream) -> TokenStream {
    let item = strip_helper_attrs(input);
    quote!(#item #errors)
}

/// A resource that failed: the struct with `additional_data`, and stand-ins for the impls.
pub fn resource(input: DeriveInput, krate: &Path, errors: TokenStream) -> TokenStream {
    let mut input = strip_helper_attrs(input);
    let Data::Struct(data) = &mut input.data else {
        return quote!(#input #errors);
    };
    let Fields::Named(fields) = &mut data.fields else {
        return quote!(#input #errors);
    };
    if !fields.named.iter().any(|f| {
        f.ident
            .as_ref()
            .is_some_and(|i| i == graph_resource_internals::names::ADDITIONAL_DATA)
    }) {
        fields
            .named
            .push(syn::parse_quote!(pub additional_data: #krate::AdditionalData));
    }
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        return quote!(#input #errors);
    }
    // The derives the macro provides are reported as errors; do not derive them twice.
    input.attrs = std::mem::take(&mut input.attrs)
        .into_iter()
        .filter_map(|a| without_derives(a, PROVIDED))
        .collect();
    let ident = &input.ident;
    quote! {
        #[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq, ::core::fmt::Debug)]
        #input

        #errors

        const _: () = {
            use #krate::__private as __gr;

            impl __gr::serde::Serialize for #ident {
                fn serialize<__S>(&self, _: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: __gr::serde::Serializer,
                {
                    ::core::unreachable!()
                }
            }

            impl<'de> __gr::serde::Deserialize<'de> for #ident {
                fn deserialize<__D>(_: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: __gr::serde::Deserializer<'de>,
                {
                    ::core::unreachable!()
                }
            }
        };
    }
}

/// A `#[derive(...)]` without the `names` (none if nothing is left); other attributes as they are.
fn without_derives(attr: Attribute, names: &[&str]) -> Option<Attribute> {
    if !attr.path().is_ident("derive") {
        return Some(attr);
    }
    let Ok(paths) =
        attr.parse_args_with(syn::punctuated::Punctuated::<Path, syn::Token![,]>::parse_terminated)
    else {
        return Some(attr);
    };
    let kept: Vec<&Path> = paths
        .iter()
        .filter(|p| {
            !p.segments
                .last()
                .is_some_and(|s| names.iter().any(|n| s.ident == n))
        })
        .collect();
    (!kept.is_empty()).then(|| syn::parse_quote!(#[derive(#(#kept),*)]))
}
