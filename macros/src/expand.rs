//! Code generation for `#[graph_resource]`: the struct with its inherited fields, what carries
//! the type to its children, and, inside one anonymous `const _`, one function per impl:
//! `GraphResource`, `Serialize`, `Deserialize` (with the reader), `Debug`, the `Property`
//! projections and the requests (`builder`).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::Ident;

use crate::ast::{Field, Resource};
use crate::{builder, inherit, names};

pub fn resource(res: &Resource) -> TokenStream {
    resource_with_attrs(res, &res.attrs)
}

/// The expansion, the struct carrying `attrs` (its own, or fewer after a mistake).
pub fn resource_with_attrs(res: &Resource, attrs: &[syn::Attribute]) -> TokenStream {
    let krate = &res.krate;
    let ident = &res.ident;
    let vis = &res.vis;
    let hoist = hoists_non_snake_case(res);
    let fields = res.fields.iter().map(|f| {
        let Field {
            attrs,
            vis,
            ident,
            ty,
            ..
        } = f;
        let attrs = attrs.iter().map(|a| {
            if hoist {
                expect_non_snake_case_as_allow(a)
            } else {
                a.clone()
            }
        });
        quote! { #(#attrs)* #vis #ident: #ty, }
    });
    let hoisted = hoist.then(|| quote!(#[allow(non_snake_case)]));
    let fingerprint = fingerprint(res);
    let module = format_ident!("__graph_resource_names_{}_{}", ident.unraw(), fingerprint);
    let params = builder::params(res);
    let carrier = carrier(res, &fingerprint, &module, params.as_ref());
    // Each restated inherited property is the base's type: a function from one to the other.
    let checks = res.fields.iter().filter_map(|f| {
        let (check, ty, cfg) = (f.check.as_ref()?, &f.ty, &f.cfg);
        let span = ty
            .clone()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |t| t.span());
        Some(quote_spanned! {span=>
            #(#cfg)*
            const _: fn(#check) -> #ty = |__x| __x;
        })
    });
    let checks: TokenStream = checks.collect();
    let impls = [
        checks,
        impl_graph_resource(res),
        impl_serialize(res),
        impl_deserialize(res),
        impl_debug(res),
        impl_properties(res),
        params
            .as_ref()
            .map(|p| builder::requests(res, p, &module))
            .unwrap_or_default(),
        crate::paths::expand(res),
    ];
    let allow = crate::lints::allow_lints();
    let paths_doc = crate::paths::doc_section(res);
    quote! {
        #(#attrs)*
        #paths_doc
        #[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
        #[allow(clippy::derive_partial_eq_without_eq)]
        #hoisted
        #vis struct #ident {
            #(#fields)*
            /// Properties this type does not declare and every annotation (`@odata.etag`,
            /// `name@odata.type`, …), in the order they were read; written back unchanged.
            pub additional_data: #krate::AdditionalData,
        }

        #carrier

        #allow
        const _: () = {
            use #krate::__private as __gr;
            #(#impls)*
        };
    }
}

/// rustc checks `non_snake_case` of a struct's fields at the struct, so a field's own
/// `#[allow(non_snake_case)]` (or `expect`) does not reach it. Where every field whose name is
/// not snake case says so, the struct carries the `allow` (nothing the user would be warned of
/// is hidden) and each such `expect` becomes an `allow` (it could never be fulfilled).
fn hoists_non_snake_case(res: &Resource) -> bool {
    let mut any = false;
    for f in &res.fields {
        let name = f.ident.unraw().to_string();
        if heck::ToSnakeCase::to_snake_case(name.as_str()) == name {
            continue;
        }
        if !f.attrs.iter().any(allows_non_snake_case) {
            return false;
        }
        any = true;
    }
    any
}

/// `#[allow(.., non_snake_case, ..)]` or `#[expect(..)]` of it.
fn allows_non_snake_case(attr: &syn::Attribute) -> bool {
    (attr.path().is_ident("allow") || attr.path().is_ident("expect"))
        && attr
            .parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
            .is_ok_and(|lints| lints.iter().any(|l| l.is_ident("non_snake_case")))
}

fn expect_non_snake_case_as_allow(attr: &syn::Attribute) -> syn::Attribute {
    if attr.path().is_ident("expect") && allows_non_snake_case(attr) {
        let mut out = attr.clone();
        if let syn::Meta::List(list) = &mut out.meta {
            list.path = syn::parse_quote!(allow);
        }
        return out;
    }
    attr.clone()
}

/// `WriteResource::secret_texts`, for a type with a `#[graph(secret)]` field (or one it may
/// have): each string inside them, and `additional_data` entries named like them.
fn secret_texts(res: &Resource) -> Option<TokenStream> {
    res.fields.iter().any(|f| f.secret.maybe()).then(|| {
        let collect = res.fields.iter().filter(|f| f.secret.maybe()).map(|f| {
            let (field, cfg) = (&f.ident, &f.cfg);
            let collect = quote!(__gr::secret_texts(&self.#field, &mut __out););
            match &f.secret {
                crate::ast::Cond::When(_) => {
                    let when = f.secret.expr();
                    quote!(#(#cfg)* if #when { #collect })
                }
                _ => quote!(#(#cfg)* { #collect }),
            }
        });
        let names = res.secret_names();
        quote! {
            fn secret_texts(&self) -> ::std::vec::Vec<::std::string::String> {
                let mut __out = ::std::vec::Vec::new();
                #(#collect)*
                __gr::secret_texts_in_data(&self.additional_data, &[#(#names),*], &mut __out);
                __out
            }
        }
    })
}

fn impl_graph_resource(res: &Resource) -> TokenStream {
    let krate = &res.krate;
    let ident = &res.ident;
    let odata_type = res.odata_type();
    let name = &res.name;
    let namespace = &res.namespace;
    let ancestors = &res.ancestors;
    let complex = res.complex;
    let abstract_ = res.abstract_;
    let json = res.fields.iter().map(|f| &f.json);
    quote! {
        #[automatically_derived]
        impl #krate::GraphResource for #ident {
            const ODATA_TYPE: &'static str = #odata_type;
            const NAME: &'static str = #name;
            const NAMESPACE: &'static str = #namespace;
            const ANCESTORS: &'static [&'static str] = &[#(#ancestors),*];
            const PROPERTIES: &'static [&'static str] = &[#(#json),*];
            const IS_COMPLEX: bool = #complex;
            const IS_ABSTRACT: bool = #abstract_;

            fn additional_data(&self) -> &#krate::AdditionalData {
                &self.additional_data
            }

            fn additional_data_mut(&mut self) -> &mut #krate::AdditionalData {
                &mut self.additional_data
            }
        }
    }
}

fn impl_serialize(res: &Resource) -> TokenStream {
    let secret_texts = secret_texts(res);
    let (krate, ident, odata_type) = (&res.krate, &res.ident, res.odata_type());
    let annotated = res.fields.iter().any(|f| f.json.starts_with('@'));
    let writes = res.fields.iter().enumerate().map(|(i, f)| {
        let (field, json, cfg) = (&f.ident, &f.json, &f.cfg);
        // A plain early return rather than `?`: one less resolution per field for rustc.
        let entry = |value: TokenStream| {
            quote! {
                if let ::core::result::Result::Err(__e) =
                    __gr::serde::ser::SerializeMap::serialize_entry(&mut __m, #json, #value)
                {
                    return ::core::result::Result::Err(__e);
                }
            }
        };
        let write = if f.option {
            let entry = entry(quote!(__v));
            quote! {
                if let ::core::option::Option::Some(__v) = &self.#field {
                    #entry
                }
            }
        } else {
            entry(quote!(&self.#field))
        };
        quote! {
            #(#cfg)*
            if __gr::FieldFilter::wants(__only, #i) {
                #write
            }
        }
    });
    // Whether the field at an index was written: an entry of `additional_data` of the same
    // name is written only where it was not.
    let written = res.fields.iter().enumerate().map(|(i, f)| {
        let (field, cfg) = (&f.ident, &f.cfg);
        let has = if f.option {
            quote!(self.#field.is_some())
        } else {
            quote!(true)
        };
        quote!(#(#cfg)* #i => #has,)
    });
    quote! {
        #[automatically_derived]
        #[doc(hidden)]
        impl __gr::WriteResource for #ident {
            #secret_texts

            fn write<__S, __F>(
                &self,
                __s: __S,
                __only: __F,
            ) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: __gr::serde::Serializer,
                __F: __gr::FieldFilter,
            {
                let mut __m = __gr::begin_write(__s, &self.additional_data, #odata_type)?;
                #(#writes)*
                let __properties = <Self as #krate::GraphResource>::PROPERTIES;
                __gr::end_write(__m, &self.additional_data, __properties, #annotated, |__i| {
                    __gr::FieldFilter::wants(__only, __i)
                        && match __i {
                            #(#written)*
                            _ => false,
                        }
                })
            }
        }

        #[automatically_derived]
        impl __gr::serde::Serialize for #ident {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: __gr::serde::Serializer,
            {
                __gr::serialize_resource(self, serializer)
            }
        }
    }
}

fn impl_deserialize(res: &Resource) -> TokenStream {
    let (ident, odata_type) = (&res.ident, res.odata_type());
    let slots: Vec<Ident> = (0..res.fields.len())
        .map(|i| format_ident!("__p{}", i))
        .collect();
    let declare = res.fields.iter().zip(&slots).map(|(f, slot)| {
        let cfg = &f.cfg;
        quote!(#(#cfg)* let mut #slot = ::core::option::Option::None;)
    });
    let arms = res
        .fields
        .iter()
        .zip(&slots)
        .enumerate()
        .map(|(i, (f, slot))| {
            let (json, secret, cfg) = (&f.json, f.secret.expr(), &f.cfg);
            // `null` is `None` for an `Option`, `Some(None)` for an `Option<Option<_>>`, the
            // default for anything else.
            let reader = if f.nullable {
                quote!(read_nullable)
            } else if f.option {
                quote!(read_property)
            } else {
                quote!(read_property_or_default)
            };
            let prop = quote!(&__gr::Prop { name: #json, secret: #secret, owner: #odata_type });
            let read = quote! {
                #(#cfg)*
                __gr::Key::Property(#i) => __gr::#reader(&mut __map, &mut #slot, #prop),
            };
            // Where the field is configured out, its property is kept like any unknown one.
            match f.cfg_not() {
                Some(not) => quote! {
                    #read
                    #not
                    __gr::Key::Property(#i) => __gr::keep(&mut __map, #prop, &mut __extra),
                },
                None => read,
            }
        });
    let assign = res.fields.iter().zip(&slots).map(|(f, slot)| {
        let (field, cfg) = (&f.ident, &f.cfg);
        quote!(#(#cfg)* #field: #slot.unwrap_or_default(),)
    });
    quote! {
        #[automatically_derived]
        impl<'de> __gr::serde::Deserialize<'de> for #ident {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: __gr::serde::Deserializer<'de>,
            {
                __gr::deserialize_resource::<Self, D>(deserializer)
            }
        }

        #[automatically_derived]
        #[doc(hidden)]
        impl __gr::ReadResource for #ident {
            fn read_map<'de, __A>(
                mut __map: __A,
                __tag: __gr::Tag,
            ) -> ::core::result::Result<Self, __A::Error>
            where
                __A: __gr::serde::de::MapAccess<'de>,
            {
                let (mut __tag, mut __extra) = __gr::start_read(__tag);
                #(#declare)*
                while let ::core::option::Option::Some(__k) =
                    __gr::serde::de::MapAccess::next_key_seed(&mut __map, __gr::KeySeed::<Self>::new())?
                {
                    // One `?` for all the arms: less for the compiler to check per property.
                    match __k {
                        #(#arms)*
                        __gr::Key::Tag => __gr::read_tag(&mut __map, &mut __tag, &mut __extra, #odata_type),
                        __k => __gr::read_other(&mut __map, __k, &mut __extra),
                    }?;
                }
                __gr::end_read(&__tag, &mut __extra);
                ::core::result::Result::Ok(Self {
                    #(#assign)*
                    additional_data: __extra,
                })
            }
        }
    }
}

fn impl_debug(res: &Resource) -> TokenStream {
    let ident = &res.ident;
    let name = ident.unraw().to_string();
    let fields = res.fields.iter().map(|f| {
        let (field, cfg) = (&f.ident, &f.cfg);
        let label = field.unraw().to_string();
        let redacted = if f.option {
            quote!(__d.field(#label, &__gr::Redacted::option(self.#field.is_some())))
        } else {
            quote!(__d.field(#label, &__gr::Redacted::value()))
        };
        let plain = quote!(__d.field(#label, &self.#field));
        let show = match &f.secret {
            crate::ast::Cond::No => plain,
            crate::ast::Cond::Yes => redacted,
            when => {
                let when = when.expr();
                quote!(if #when { #redacted } else { #plain })
            }
        };
        quote!(#(#cfg)* { #show; })
    });
    // An entry of `additional_data` named like a secret property (a diff's change, a `null`
    // pushed by hand) is as secret as the field.
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let mut __d = f.debug_struct(#name);
                #(#fields)*
                // Names only (`AdditionalData`'s `Debug`): secret or not, no value shows.
                __d.field("additional_data", &self.additional_data);
                __d.finish()
            }
        }
    }
}

/// `Property<I>` for each field whose type a child cannot write with absolute paths.
fn impl_properties(res: &Resource) -> TokenStream {
    let ident = &res.ident;
    res.fields
        .iter()
        .enumerate()
        .filter(|(_, f)| inherit::absolute(&f.source_ty, Span::call_site()).is_none())
        .map(|(i, f)| {
            let (ty, cfg) = (&f.ty, &f.cfg);
            let index = syn::Index::from(i);
            quote! {
                #(#cfg)*
                #[automatically_derived]
                #[doc(hidden)]
                impl __gr::Property<#index> for #ident {
                    type Type = #ty;
                }
            }
        })
        .collect()
}

/// The hidden macro that hands this type's data to children, and the private module whose glob
/// re-export names it by the type's Rust and Graph names (hidden from rustdoc, see `names`) and
/// brings the builder type (documented, see `builder`). `module` is named
/// `__graph_resource_names_<Type>_<fingerprint>`.
fn carrier(
    res: &Resource,
    fingerprint: &str,
    module: &Ident,
    params: Option<&builder::Params>,
) -> TokenStream {
    let ident = &res.ident;
    let hidden = format_ident!("__graph_resource_{}_{}", ident.unraw(), fingerprint);
    let arms = inherit::macro_arms(res);
    let rust = ident.unraw().to_string();
    let mut lookups = vec![];
    if names::is_lookup_name(&rust) {
        lookups.push(names::ident(&rust, ident.span()));
    }
    if res.name != rust && names::is_lookup_name(&res.name) {
        lookups.push(names::ident(&res.name, ident.span()));
    }
    // The Graph name also names the type (the type namespace), so that a child that imports
    // only `commsOperation` can name the base's property types through it; the builder holds
    // a value of the type. Both name it through a key declared in the module and an impl
    // written where the struct is: no path from the module to the struct is needed, so it works
    // in a function body too (where no module can name the struct).
    let key = format_ident!("__GraphResourceKey_{}_{}", ident.unraw(), fingerprint);
    let krate = &res.krate;
    let vis = names::vis_one_level_down(&res.vis);
    let alias = names::graph_name_alias(&res.name, &res.ident).map(|alias| {
        quote! {
            #[doc(hidden)]
            #vis type #alias = <#key as #krate::__private::Named>::Type;
        }
    });
    let builder = params.map(|p| builder::definition(res, p, &key));
    let keyed = (alias.is_some() || builder.is_some()).then(|| {
        quote! {
            #[doc(hidden)]
            #vis enum #key {}
        }
    });
    let key_impl = keyed.is_some().then(|| {
        quote! {
            #[automatically_derived]
            #[allow(unused_qualifications)]
            #[doc(hidden)]
            impl #krate::__private::Named for #module::#key {
                type Type = #ident;
            }
        }
    });
    quote! {
        #[doc(hidden)]
        #[macro_export]
        #[allow(non_local_definitions)]
        macro_rules! #hidden {
            #arms
        }

        #[allow(non_snake_case, non_camel_case_types, unused_imports, unreachable_pub)]
        mod #module {
            #(
                #[doc(hidden)]
                pub use #hidden as #lookups;
            )*
            #keyed
            #alias
            #builder
        }

        #[allow(unused_imports)]
        pub use #module::*;

        #key_impl
    }
}

/// A fingerprint of the declaration, so that two types of the same Rust name in one crate (even
/// token for token the same, in two functions or modules, or from two calls of one
/// `macro_rules!`) get distinct `#[macro_export]` names. Derived from the input alone: its
/// tokens, where they are written and the hygiene context of the name (which differs between
/// two calls of one macro); no state between calls.
fn fingerprint(res: &Resource) -> String {
    let mut h = DefaultHasher::new();
    let span = res.ident.span();
    let start = span.start();
    (span.file(), start.line, start.column).hash(&mut h);
    format!("{span:?}").hash(&mut h);
    res.odata_type().hash(&mut h);
    for f in &res.fields {
        f.ident.to_string().hash(&mut h);
        f.ty.to_string().hash(&mut h);
    }
    format!("{:016x}", h.finish())
}
