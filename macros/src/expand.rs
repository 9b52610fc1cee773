//! Code generation for `#[graph_resource]`: the struct with its inherited fields, the
//! `GraphResource`, serde and `Debug` impls, and what carries the type to its children.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::Ident;

use crate::ast::{Field, Resource};
use crate::builder;
use crate::inherit::{self, PROTOCOL};

pub fn resource(res: &Resource) -> TokenStream {
    let krate = &res.krate;
    let ident = &res.ident;
    let vis = &res.vis;
    let attrs = &res.attrs;
    let fields = res.fields.iter().map(|f| {
        let Field {
            attrs,
            vis,
            ident,
            ty,
            ..
        } = f;
        quote! { #(#attrs)* #vis #ident: #ty, }
    });

    let impls = impls(res);
    let carrier = carrier(res);
    let builder_items = builder::items(res);
    let builder_impls = builder::impls(res);
    quote! {
        #(#attrs)*
        #[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
        #vis struct #ident {
            #(#fields)*
            /// Properties this type does not declare and every annotation (`@odata.etag`,
            /// `name@odata.type`, …), in the order they were read; written back unchanged.
            pub additional_data: #krate::AdditionalData,
        }

        #carrier

        #builder_items

        const _: () = {
            #impls
            #builder_impls
        };
    }
}

fn impls(res: &Resource) -> TokenStream {
    let krate = &res.krate;
    let ident = &res.ident;
    let odata_type = res.odata_type();
    let name = &res.name;
    let namespace = &res.namespace;
    let ancestors = &res.ancestors;
    let complex = res.complex;
    let abstract_ = res.abstract_;
    let json: Vec<&String> = res.fields.iter().map(|f| &f.json).collect();
    let idents: Vec<&Ident> = res.fields.iter().map(|f| &f.ident).collect();
    let slots: Vec<Ident> = (0..res.fields.len())
        .map(|i| format_ident!("__p{}", i))
        .collect();
    let indexes = 0..res.fields.len();
    let secrets = res.fields.iter().map(|f| f.secret);
    // `null` is `None` for an `Option`, the default for anything else.
    let readers = res.fields.iter().map(|f| {
        if f.option {
            format_ident!("read_property")
        } else {
            format_ident!("read_property_or_default")
        }
    });

    let writes = res.fields.iter().map(|f| {
        let (field, json) = (&f.ident, &f.json);
        if f.option {
            quote! {
                if let ::core::option::Option::Some(__v) = &self.#field {
                    __gr::serde::ser::SerializeMap::serialize_entry(&mut __m, #json, __v)?;
                }
            }
        } else {
            quote! {
                __gr::serde::ser::SerializeMap::serialize_entry(&mut __m, #json, &self.#field)?;
            }
        }
    });

    let secret_fields: Vec<&Ident> = res
        .fields
        .iter()
        .filter(|f| f.secret)
        .map(|f| &f.ident)
        .collect();
    let secret_texts = (!secret_fields.is_empty()).then(|| {
        quote! {
            fn __secret_texts(&self) -> ::std::vec::Vec<::std::string::String> {
                let mut __out = ::std::vec::Vec::new();
                #(__gr::secret_texts(&self.#secret_fields, &mut __out);)*
                __out
            }
        }
    });
    let debug_name = ident.unraw().to_string();
    let debug_fields = res.fields.iter().map(|f| {
        let field = &f.ident;
        let label = field.unraw().to_string();
        if !f.secret {
            quote!(.field(#label, &self.#field))
        } else if f.option {
            quote!(.field(#label, &__gr::Redacted::option(self.#field.is_some())))
        } else {
            quote!(.field(#label, &__gr::Redacted::value()))
        }
    });

    let properties = res
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| !inherit::is_portable(&f.source_ty))
        .map(|(i, f)| {
            let index = syn::Index::from(i);
            let ty = &f.ty;
            quote! {
                #[automatically_derived]
                impl __gr::Property<#index> for #ident {
                    type Type = #ty;
                }
            }
        });

    quote! {
        use #krate::__private as __gr;

        #(#properties)*

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

            #secret_texts
        }

        #[automatically_derived]
        impl __gr::serde::Serialize for #ident {
            fn serialize<__S>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: __gr::serde::Serializer,
            {
                let mut __m = __gr::begin_write::<Self, __S>(__s, &self.additional_data)?;
                #(#writes)*
                __gr::end_write::<Self, _>(__m, &self.additional_data)
            }
        }

        #[automatically_derived]
        impl<'de> __gr::serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(__d: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: __gr::serde::Deserializer<'de>,
            {
                __gr::deserialize_resource::<Self, __D>(__d)
            }
        }

        #[automatically_derived]
        impl __gr::ReadResource for #ident {
            fn read_map<'de, __A>(
                mut __map: __A,
                __tag: __gr::Tag,
            ) -> ::core::result::Result<Self, __A::Error>
            where
                __A: __gr::serde::de::MapAccess<'de>,
            {
                let (mut __tag, mut __extra) = __gr::start_read(__tag);
                #(let mut #slots = ::core::option::Option::None;)*
                while let ::core::option::Option::Some(__k) =
                    __gr::serde::de::MapAccess::next_key_seed(&mut __map, __gr::KeySeed::<Self>::new())?
                {
                    match __k {
                        #(
                            __gr::Key::Property(#indexes) => __gr::#readers::<Self, _, _>(
                                &mut __map, &mut #slots, #json, #secrets,
                            )?,
                        )*
                        __gr::Key::Tag => __gr::read_tag::<Self, _>(&mut __map, &mut __tag, &mut __extra)?,
                        __k => __gr::read_other(&mut __map, __k, &mut __extra)?,
                    }
                }
                ::core::result::Result::Ok(Self {
                    #(#idents: #slots.unwrap_or_default(),)*
                    additional_data: __extra,
                })
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __f.debug_struct(#debug_name)
                    #(#debug_fields)*
                    .field("additional_data", &self.additional_data)
                    .finish()
            }
        }
    }
}

/// The hidden macro that hands this type's data to children, and its public name; beside it, a
/// type alias of the same name, through which children name this type and its properties' types.
fn carrier(res: &Resource) -> TokenStream {
    let ident = &res.ident;
    let vis = &res.vis;
    let graph_ident = res.graph_ident();
    let data = inherit::encode(res);
    let protocol = Ident::new(PROTOCOL, Span::call_site());
    let macro_name = format_ident!("__graph_resource_{}_{}", ident.unraw(), fingerprint(res));
    let alias = (graph_ident != *ident).then(|| {
        quote! {
            #[doc(hidden)]
            #[allow(non_camel_case_types)]
            #vis type #graph_ident = #ident;
        }
    });
    quote! {
        #[doc(hidden)]
        #[macro_export]
        #[allow(non_local_definitions)]
        macro_rules! #macro_name {
            (#protocol { $($callback:tt)* } $($rest:tt)*) => {
                $($callback)*! { #data $($rest)* }
            };
        }

        #[doc(hidden)]
        #[allow(unused_imports)]
        pub use #macro_name as #graph_ident;

        #alias
    }
}

/// A stable fingerprint of the declaration, so that two types of the same Rust name in one crate
/// (even token for token the same, in two functions or modules) get distinct `#[macro_export]`
/// names. Derived from the input alone, its tokens and where they are written: no state
/// between calls. (Compilers before 1.88 give no locations: there, two identical declarations
/// of the same name in one crate still collide.)
fn fingerprint(res: &Resource) -> String {
    let mut h = DefaultHasher::new();
    let span = res.ident.span();
    let start = span.start();
    (span.file(), start.line, start.column).hash(&mut h);
    res.odata_type().hash(&mut h);
    for f in &res.fields {
        f.ident.to_string().hash(&mut h);
        f.ty.to_string().hash(&mut h);
    }
    format!("{:016x}", h.finish())
}
