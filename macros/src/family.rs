//! `#[graph_family(base = ...)]`: a closed enum of types descending from one base, read by
//! dispatching on `@odata.type`.
//!
//! Like `#[graph_resource(inherits = ...)]`, the family first calls the base's macro, which
//! calls back `__graph_family_inherit` with the base's properties: they become accessors that
//! work whatever the variant (`op.status()`).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, DeriveInput, Fields, Ident, Path, Type, Visibility};

use crate::ast::{enum_data, parse_item, with_errors};
use crate::attr::{crate_path, FamilyArgs, VariantOptions};
use crate::ctxt::Ctxt;
use crate::inherit::{self, BaseData, PROTOCOL};

struct Family {
    attrs: Vec<Attribute>,
    vis: Visibility,
    ident: Ident,
    base: Path,
    krate: Path,
    variants: Vec<Variant>,
    fallback: Option<usize>,
}

struct Variant {
    attrs: Vec<Attribute>,
    ident: Ident,
    ty: Type,
}

fn parse(cx: &Ctxt, args: TokenStream, input: &DeriveInput) -> Option<Family> {
    let args = FamilyArgs::parse(cx, args);
    let data = enum_data(
        cx,
        input,
        "graph_family",
        "`#[graph_family]` goes on an enum with one variant per type: \
         `enum AnyX { Record(RecordOperation), .. }`",
        "a family cannot be generic",
    )?;
    let base = match args.base.value.clone() {
        Some(base) => Some(base),
        None => {
            cx.error_at(
                Span::call_site(),
                "`#[graph_family]` needs its base: `#[graph_family(base = commsOperation)]`",
            );
            None
        }
    };
    if data.variants.is_empty() {
        cx.error_spanned_by(&input.ident, "a family needs at least one variant");
    }
    let mut variants: Vec<Variant> = Vec::new();
    let mut fallback = None;
    for v in &data.variants {
        let (opts, attrs) = VariantOptions::parse(cx, &v.attrs, true);
        let ty = match &v.fields {
            Fields::Unnamed(f) if f.unnamed.len() == 1 => f.unnamed[0].ty.clone(),
            _ => {
                cx.error_spanned_by(
                    v,
                    format!(
                        "a family's variant holds one type: write `{}(TypeName)`",
                        v.ident
                    ),
                );
                continue;
            }
        };
        if let Some((_, d)) = &v.discriminant {
            cx.error_spanned_by(d, "a family's variant has no discriminant");
        }
        let key = ty.to_token_stream().to_string();
        if let Some(earlier) = variants
            .iter()
            .find(|e| e.ty.to_token_stream().to_string() == key)
        {
            cx.error_spanned_by(
                &ty,
                format!(
                    "`{}` already has the variant `{}`: a type can be in a family once",
                    key.replace(' ', ""),
                    earlier.ident
                ),
            );
        }
        if let Some(span) = opts.fallback.span {
            if fallback.is_some() {
                cx.error_at(
                    span,
                    "a family has at most one `#[graph(fallback)]` variant",
                );
            } else {
                fallback = Some(variants.len());
            }
        }
        variants.push(Variant {
            attrs,
            ident: v.ident.clone(),
            ty,
        });
    }
    Some(Family {
        attrs: input.attrs.clone(),
        vis: input.vis.clone(),
        ident: input.ident.clone(),
        base: base?,
        krate: crate_path(&args.krate),
        variants,
        fallback,
    })
}

/// `#[graph_family(...)]`: checks, then asks the base for its data.
pub fn graph_family(args: TokenStream, input: TokenStream) -> TokenStream {
    let item = match parse_item(input.clone()) {
        Ok(i) => i,
        Err(out) => return out,
    };
    let cx = Ctxt::new();
    let family = parse(&cx, args.clone(), &item);
    match (cx.into_compile_errors(), family) {
        (None, Some(f)) => {
            let protocol = Ident::new(PROTOCOL, Span::call_site());
            let base = &f.base;
            let krate = &f.krate;
            quote! {
                #base! { #protocol { #krate::__private::family } { #args } #input }
            }
        }
        (errors, _) => with_errors(item, errors.unwrap_or_default()),
    }
}

/// The callback: the family with the base's data.
pub fn family_callback(input: TokenStream) -> TokenStream {
    let inherit::CallbackInput { base, args, item } = match syn::parse2(input) {
        Ok(parsed) => parsed,
        Err(e) => return e.to_compile_error(),
    };
    let cx = Ctxt::new();
    match (parse(&cx, args, &item), cx.into_compile_errors()) {
        (Some(f), None) => expand(&f, &base),
        (_, errors) => with_errors(item, errors.unwrap_or_default()),
    }
}

fn expand(f: &Family, base: &BaseData) -> TokenStream {
    let Family {
        attrs,
        vis,
        ident,
        base: base_path,
        krate,
        variants,
        fallback,
    } = f;
    let vattrs: Vec<&Vec<Attribute>> = variants.iter().map(|v| &v.attrs).collect();
    let vidents: Vec<&Ident> = variants.iter().map(|v| &v.ident).collect();
    let tys: Vec<&Type> = variants.iter().map(|v| &v.ty).collect();
    let indexes: Vec<usize> = (0..variants.len()).collect();
    let fallback = match fallback {
        Some(i) => quote!(::core::option::Option::Some(#i)),
        None => quote!(::core::option::Option::None),
    };
    let descends = tys.iter().map(|ty| {
        let message = format!(
            "`{}` does not descend from `{}`, the base of `{}`: every variant holds the base \
             type or a type that inherits it",
            ty.to_token_stream().to_string().replace(' ', ""),
            base.name,
            ident.unraw()
        );
        quote_spanned! {ty.span()=>
            const _: () = if !__gr::descends(
                <#ty as #krate::GraphResource>::ODATA_TYPE,
                <#ty as #krate::GraphResource>::ANCESTORS,
                <#base_path as #krate::GraphResource>::ODATA_TYPE,
            ) {
                ::core::panic!(#message)
            };
        }
    });
    let accessors = base.fields.iter().enumerate().map(|(i, field)| {
        let name = {
            let mut n = field.ident.clone();
            n.set_span(Span::call_site());
            n
        };
        let name_mut = format_ident!("{}_mut", field.ident.unraw());
        let ty = if inherit::is_portable(&field.source_ty) {
            field.source_ty.clone()
        } else {
            let index = syn::Index::from(i);
            quote!(<#base_path as __gr::Property<#index>>::Type)
        };
        let doc = format!(
            "`{}` of whichever type this is (a property of `{}`).",
            field.json, base.name
        );
        let doc_mut = format!("`{}` of whichever type this is, to change it.", field.json);
        // Each arm at its variant's type: if a variant is not a descendant, the errors point
        // at it, after the one that says so.
        let at = |v: &Variant| {
            let mut field = name.clone();
            field.set_span(v.ty.span());
            (v.ident.clone(), field, v.ty.span())
        };
        let arms = variants
            .iter()
            .map(at)
            .map(|(vi, field, span)| quote_spanned!(span=> Self::#vi(__v) => &__v.#field,));
        let arms_mut = variants
            .iter()
            .map(at)
            .map(|(vi, field, span)| quote_spanned!(span=> Self::#vi(__v) => &mut __v.#field,));
        quote! {
            #[doc = #doc]
            pub fn #name(&self) -> &#ty {
                match self { #(#arms)* }
            }

            #[doc = #doc_mut]
            pub fn #name_mut(&mut self) -> &mut #ty {
                match self { #(#arms_mut)* }
            }
        }
    });
    let base_name = &base.name;
    let from_impls = variants.iter().map(|v| {
        let (vi, ty) = (&v.ident, &v.ty);
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#ty> for #ident {
                fn from(__v: #ty) -> Self {
                    Self::#vi(__v)
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<#ident> for #ty {
                type Error = #ident;
                fn try_from(__f: #ident) -> ::core::result::Result<Self, #ident> {
                    match __f {
                        #ident::#vi(__v) => ::core::result::Result::Ok(__v),
                        #[allow(unreachable_patterns)]
                        __other => ::core::result::Result::Err(__other),
                    }
                }
            }
        }
    });
    let name = ident.unraw().to_string();
    quote! {
        #(#attrs)*
        #[derive(::core::clone::Clone, ::core::cmp::PartialEq, ::core::fmt::Debug)]
        #vis enum #ident {
            #(#(#vattrs)* #vidents(#tys),)*
        }

        const _: () = {
            use #krate::__private as __gr;

            #(#descends)*

            #[automatically_derived]
            impl #ident {
                #(#accessors)*

                /// What was read but is not declared, and every annotation.
                pub fn additional_data(&self) -> &#krate::AdditionalData {
                    match self { #(Self::#vidents(__v) => &__v.additional_data,)* }
                }

                /// What was read but is not declared, and every annotation, to change it.
                pub fn additional_data_mut(&mut self) -> &mut #krate::AdditionalData {
                    match self { #(Self::#vidents(__v) => &mut __v.additional_data,)* }
                }

                /// The `@odata.type` this value is written with: its variant's type, or the
                /// tag the fallback variant kept.
                pub fn odata_type(&self) -> &str {
                    match self {
                        #(Self::#vidents(__v) => __gr::written_type(__v),)*
                    }
                }
            }

            #[automatically_derived]
            impl __gr::ReadFamily for #ident {
                const NAME: &'static str = #name;
                const BASE: &'static str = <#base_path as #krate::GraphResource>::ODATA_TYPE;
                const BASE_NAME: &'static str = #base_name;
                const TYPES: &'static [&'static str] =
                    &[#(<#tys as #krate::GraphResource>::ODATA_TYPE),*];
                const FALLBACK: ::core::option::Option<usize> = #fallback;

                fn read_variant<'de, __A>(
                    __index: usize,
                    __map: __A,
                    __tag: __gr::Tag,
                ) -> ::core::result::Result<Self, __A::Error>
                where
                    __A: __gr::serde::de::MapAccess<'de>,
                {
                    match __index {
                        #(#indexes => <#tys as __gr::ReadResource>::read_map(__map, __tag).map(Self::#vidents),)*
                        _ => ::core::result::Result::Err(__gr::no_variant::<Self, __A::Error>(__index)),
                    }
                }
            }

            #[automatically_derived]
            impl __gr::serde::Serialize for #ident {
                fn serialize<__S>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: __gr::serde::Serializer,
                {
                    match self {
                        #(Self::#vidents(__v) => __gr::serde::Serialize::serialize(__v, __s),)*
                    }
                }
            }

            #[automatically_derived]
            impl<'de> __gr::serde::Deserialize<'de> for #ident {
                fn deserialize<__D>(__d: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: __gr::serde::Deserializer<'de>,
                {
                    __gr::deserialize_family::<Self, __D>(__d)
                }
            }

            #(#from_impls)*
        };
    }
}
