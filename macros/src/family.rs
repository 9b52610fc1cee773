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

use crate::ast::enum_data;
use crate::attr::{crate_path, FamilyArgs, VariantOptions};
use crate::ctxt::Ctxt;
use crate::inherit::{self, BaseData};

pub struct Family {
    attrs: Vec<Attribute>,
    vis: Visibility,
    ident: Ident,
    base: Path,
    krate: Path,
    /// `local`: the base is declared in this module (the generator's families), so accessors
    /// name its property types as its fields do, which rustdoc shows as written.
    local: bool,
    variants: Vec<Variant>,
    fallback: Option<usize>,
    /// The variant holding an extended family (`#[graph(extends)]`).
    extends: Option<usize>,
}

struct Variant {
    attrs: Vec<Attribute>,
    /// Its `#[cfg(...)]`s (also among `attrs`): repeated on everything generated for it.
    cfg: Vec<Attribute>,
    ident: Ident,
    ty: Type,
}

impl Variant {
    /// What stands in `TYPES` at its index where it is configured out: an empty name that no
    /// tag matches, so that the other variants keep their indexes.
    fn absent(&self) -> Option<TokenStream> {
        crate::ast::cfg_not(&self.cfg).map(|not| quote!(#not "",))
    }
}

pub fn parse(cx: &Ctxt, args: TokenStream, input: &DeriveInput) -> Option<Family> {
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
    let mut extends = None;
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
        if let Some(span) = opts.extends.span {
            if extends.is_some() {
                cx.error_at(
                    span,
                    "a family extends at most one family: one `#[graph(extends)]` variant",
                );
            } else if opts.fallback.span.is_some() {
                cx.error_at(
                    span,
                    "an extended family reads what it does not know into its own fallback: \
                     `#[graph(extends)]` goes without `#[graph(fallback)]`",
                );
            } else {
                extends = Some(variants.len());
            }
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
        let cfg = attrs
            .iter()
            .filter(|a| a.path().is_ident("cfg"))
            .cloned()
            .collect();
        variants.push(Variant {
            cfg,
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
        local: args.local.span.is_some(),
        variants,
        fallback,
        extends,
    })
}

/// `#[graph_family(...)]` asks the base for its data.
pub fn call_base(f: &Family, args: &TokenStream, input: &TokenStream) -> TokenStream {
    let krate = &f.krate;
    inherit::call_base(
        &f.base,
        quote!(#krate::__private::family_callback),
        args,
        input,
    )
}

pub fn expand(f: &Family, base: &BaseData) -> TokenStream {
    let Family {
        attrs,
        vis,
        ident,
        krate,
        variants,
        fallback,
        ..
    } = f;
    let vattrs: Vec<&Vec<Attribute>> = variants.iter().map(|v| &v.attrs).collect();
    let vidents: Vec<&Ident> = variants.iter().map(|v| &v.ident).collect();
    let tys: Vec<&Type> = variants.iter().map(|v| &v.ty).collect();
    let cfgs: Vec<&Vec<Attribute>> = variants.iter().map(|v| &v.cfg).collect();
    let extends = f.extends.map(|i| &variants[i]);
    // The variants holding types (every one but the extended family's), with their indexes.
    let own: Vec<(usize, &Variant)> = variants
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != f.extends)
        .collect();
    let types = variants.iter().enumerate().map(|(i, v)| {
        let (ty, cfg) = (&v.ty, &v.cfg);
        if Some(i) == f.extends {
            return quote!("",);
        }
        let absent = v.absent();
        quote!(#(#cfg)* <#ty as #krate::GraphResource>::ODATA_TYPE, #absent)
    });
    let read_arms = own.iter().map(|(i, v)| {
        let (vi, ty, cfg) = (&v.ident, &v.ty, &v.cfg);
        quote! {
            #(#cfg)* #i => <#ty as __gr::ReadResource>::read_map(__map, __tag).map(Self::#vi),
        }
    });
    let fallback = match fallback {
        Some(i) => quote!(::core::option::Option::Some(#i)),
        None => quote!(::core::option::Option::None),
    };
    let base_type = base.odata_type();
    let (extended, same_base) = extends.map(|v| extended(f, v, &base_type)).unzip();
    let repeats = own.iter().filter(|_| !f.local).map(|(i, v)| {
        let (ty, cfg) = (&v.ty, &v.cfg);
        let message = format!(
            "`{}` has the `@odata.type` of another variant of `{}`{}: a tag could be read \
             into one of them only; each type is in a family once, by its namespace-qualified \
             Graph name",
            ty.to_token_stream().to_string().replace(' ', ""),
            ident.unraw(),
            if extends.is_some() {
                " or of the family it extends"
            } else {
                ""
            }
        );
        // A fallback of its own beside an extended family may hold a type the extended
        // family has (its base): this family's variants are looked up first.
        let extended_types = match extends.filter(|_| f.fallback != Some(*i)) {
            Some(e) => {
                let ety = &e.ty;
                quote!(<#ety as __gr::ReadFamily>::TYPES)
            }
            None => quote!(&[]),
        };
        quote_spanned! {ty.span()=>
            #(#cfg)*
            const _: () = if __gr::repeats_type(
                <#ident as __gr::ReadFamily>::TYPES,
                #extended_types,
                #i,
            ) {
                ::core::panic!(#message)
            };
        }
    });
    let base_ty = base.type_path(&f.base);
    let descends = own.iter().map(|(_, v)| {
        let (ty, cfg) = (&v.ty, &v.cfg);
        if !f.local {
            // Through `path::IsA`: one error at the variant (the accessors' use of the same
            // bound is the same error, which rustc reports once), and no unknown field.
            return quote_spanned! {ty.span()=>
                #(#cfg)*
                const _: fn(&#ty) = |__v| {
                    let _ = __gr::witness::<#ty, #base_ty, _>(__v);
                };
            };
        }
        let message = format!(
            "`{}` does not descend from `{}`, the base of `{}`: every variant holds the base \
             type or a type that inherits it",
            ty.to_token_stream().to_string().replace(' ', ""),
            base.name,
            ident.unraw()
        );
        quote_spanned! {ty.span()=>
            #(#cfg)*
            const _: () = if !__gr::descends(
                <#ty as #krate::GraphResource>::ODATA_TYPE,
                <#ty as #krate::GraphResource>::ANCESTORS,
                #base_type,
            ) {
                ::core::panic!(#message)
            };
        }
    });
    let arms = |own: TokenStream, ext: TokenStream| -> Vec<TokenStream> {
        variants
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let (vi, cfg) = (&v.ident, &v.cfg);
                let body = if Some(i) == f.extends { &ext } else { &own };
                quote!(#(#cfg)* Self::#vi(__v) => #body,)
            })
            .collect()
    };
    let data_arms = arms(quote!(&__v.additional_data), quote!(__v.additional_data()));
    let data_mut_arms = arms(
        quote!(&mut __v.additional_data),
        quote!(__v.additional_data_mut()),
    );
    let type_arms = arms(quote!(__gr::written_type(__v)), quote!(__v.odata_type()));
    let read_as_arms = arms(
        quote!(#krate::GraphResource::read_as::<T>(__v)),
        quote!(__v.read_as::<T>()),
    );
    let (accessors, clashes) = accessors(f, base);
    let base_name = &base.name;
    // A family of entities reads what a path of its base holds: its requests go there.
    let has_base = (!base.complex).then(|| {
        quote! {
            #[automatically_derived]
            #[doc(hidden)]
            impl #krate::path::HasBase for #ident {
                type Base = #base_ty;
            }
        }
    });
    let from_impls = variants.iter().map(|v| {
        let (vi, ty, cfg) = (&v.ident, &v.ty, &v.cfg);
        quote! {
            #(#cfg)*
            #[automatically_derived]
            impl ::core::convert::From<#ty> for #ident {
                fn from(value: #ty) -> Self {
                    Self::#vi(value)
                }
            }

            #(#cfg)*
            #[automatically_derived]
            impl ::core::convert::TryFrom<#ident> for #ty {
                type Error = #ident;
                fn try_from(family: #ident) -> ::core::result::Result<Self, #ident> {
                    match family {
                        #ident::#vi(__v) => ::core::result::Result::Ok(__v),
                        #[allow(unreachable_patterns)]
                        __other => ::core::result::Result::Err(__other),
                    }
                }
            }
        }
    });
    let name = ident.unraw().to_string();
    let allow = crate::lints::allow_lints();
    let reads = crate::builder::reads(krate, ident);
    quote! {
        #clashes

        #(#attrs)*
        #[derive(::core::clone::Clone, ::core::cmp::PartialEq, ::core::fmt::Debug)]
        #vis enum #ident {
            #(#(#vattrs)* #vidents(#tys),)*
        }

        #allow
        const _: () = {
            use #krate::__private as __gr;

            #(#descends)*
            #(#repeats)*
            #same_base

            #[automatically_derived]
            impl #ident {
                #(#accessors)*

                /// What was read but is not declared, and every annotation.
                pub fn additional_data(&self) -> &#krate::AdditionalData {
                    match self { #(#data_arms)* }
                }

                /// What was read but is not declared, and every annotation, to change it.
                pub fn additional_data_mut(&mut self) -> &mut #krate::AdditionalData {
                    match self { #(#data_mut_arms)* }
                }

                /// The `@odata.type` this value is written with: its variant's type, or the
                /// tag the fallback variant kept.
                pub fn odata_type(&self) -> &str {
                    match self { #(#type_arms)* }
                }

                /// This value as a declared type, read again from what it holds: a fallback
                /// value whose tag names a type of yours. See `GraphResource::read_as`.
                pub fn read_as<T: #krate::GraphResource>(
                    &self,
                ) -> ::core::result::Result<T, __gr::serde_json::Error> {
                    match self { #(#read_as_arms)* }
                }
            }

            #reads

            #[automatically_derived]
            #[doc(hidden)]
            impl __gr::ReadFamily for #ident {
                const NAME: &'static str = #name;
                const BASE: &'static str = #base_type;
                const BASE_NAME: &'static str = #base_name;
                const TYPES: &'static [&'static str] = &[#(#types)*];
                const FALLBACK: ::core::option::Option<usize> = #fallback;

                fn index() -> &'static __gr::TypeIndex {
                    static INDEX: ::std::sync::OnceLock<__gr::TypeIndex> =
                        ::std::sync::OnceLock::new();
                    INDEX.get_or_init(|| {
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
                        #(#read_arms)*
                        _ => ::core::result::Result::Err(__gr::no_variant(#name, __index)),
                    }
                }

                #extended
            }

            #[automatically_derived]
            impl __gr::serde::Serialize for #ident {
                fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: __gr::serde::Serializer,
                {
                    match self {
                        #(#(#cfgs)* Self::#vidents(__v) => __gr::serde::Serialize::serialize(__v, serializer),)*
                    }
                }
            }

            #[automatically_derived]
            impl<'de> __gr::serde::Deserialize<'de> for #ident {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: __gr::serde::Deserializer<'de>,
                {
                    __gr::deserialize_family::<Self, D>(deserializer)
                }
            }

            #(#from_impls)*

            #has_base
        };
    }
}

/// What a family with a `#[graph(extends)]` variant adds to its `ReadFamily`: the extended
/// family reads every tag it knows (and, if this family has no fallback, every other), and
/// must read the same base (checked at compile time).
fn extended(f: &Family, v: &Variant, base_type: &str) -> (TokenStream, TokenStream) {
    let (vi, ty) = (&v.ident, &v.ty);
    let message = format!(
        "`{}` extends a family of another base: the family it extends reads `{base_type}` too",
        f.ident.unraw()
    );
    let cfg = &v.cfg;
    let check = quote_spanned! {ty.span()=>
        #(#cfg)*
        const _: () = if !__gr::descends(<#ty as __gr::ReadFamily>::BASE, &[], #base_type) {
            ::core::panic!(#message)
        };
    };
    let read = quote! {
        const EXTENDS: bool = true;

        fn extended_knows(__tag: &::core::primitive::str) -> bool {
            <#ty as __gr::ReadFamily>::knows(__tag)
        }

        fn read_extended<'de, __A>(
            __map: __A,
            __tag: ::core::option::Option<&::core::primitive::str>,
        ) -> ::core::result::Result<Self, __A::Error>
        where
            __A: __gr::serde::de::MapAccess<'de>,
        {
            <#ty as __gr::ReadFamily>::read_tagged(__map, __tag).map(Self::#vi)
        }
    };
    (read, check)
}

/// For each property of the base, an accessor and its `_mut` twin that work whatever the
/// variant; with `additional_data()`, `additional_data_mut()` and `odata_type()` beside them.
/// A property whose accessor would have one of those names, or another property's, gets none:
/// the error (second value) names it.
fn accessors(f: &Family, base: &BaseData) -> (Vec<TokenStream>, TokenStream) {
    let mut taken: Vec<String> = [
        "additional_data",
        "additional_data_mut",
        "odata_type",
        "read_as",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let names: Vec<(String, String)> = base
        .fields
        .iter()
        .map(|field| {
            let name = field.ident.unraw().to_string();
            (name.clone(), format!("{name}_mut"))
        })
        .collect();
    let mut clashes = TokenStream::new();
    let mut out = Vec::new();
    let base_ty = base.type_path(&f.base);
    for (i, field) in base.fields.iter().enumerate() {
        let (name, name_mut) = &names[i];
        let others = names
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .flat_map(|(_, (a, b))| [a, b]);
        let clash = others
            .chain(taken.iter())
            .find(|other| *other == name || *other == name_mut)
            .cloned();
        if let Some(other) = clash {
            let message = format!(
                "the property `{}` of `{}` would have an accessor named like `{other}()`: \
                 this family gives it none; read it through the variant",
                field.json, base.name
            );
            clashes.extend(quote_spanned!(f.base.span()=> ::core::compile_error!(#message);));
            continue;
        }
        taken.push(name.clone());
        let accessor = crate::names::ident(name, Span::call_site());
        let accessor_mut = format_ident!("{}", name_mut);
        // `Self` in a field's type means the base there, the family here.
        let ty = if f.local && !crate::ast::idents(&field.ty).contains("Self") {
            field.ty.clone()
        } else {
            base.field_type(i, &f.base, &f.krate)
        };
        let (cfg, docs): (Vec<&Attribute>, Vec<&Attribute>) =
            field.attrs.iter().partition(|a| a.path().is_ident("cfg"));
        let deprecated = docs.iter().filter(|a| a.path().is_ident("deprecated"));
        let doc = format!(
            "`{}` of whichever type this is (a property of `{}`).",
            field.json, base.name
        );
        let doc_mut = format!("`{}` of whichever type this is, to change it.", field.json);
        // Each arm at its variant's type: if a variant is not a descendant, the error points
        // at it. The extended family's variant asks that family's accessor; an author's
        // family reads a field through `witness` (one error, no unknown field, where the
        // variant does not inherit the base); the generator's reads it directly.
        let arm = |(i, v): (usize, &Variant), mutable: bool| {
            let (vi, ty, cfg, span) = (&v.ident, &v.ty, &v.cfg, v.ty.span());
            let field = crate::names::respan_ident(&field.ident, span);
            let (reference, witness) = if mutable {
                (quote!(&mut), quote!(witness_mut))
            } else {
                (quote!(&), quote!(witness))
            };
            if Some(i) == f.extends {
                let method = if mutable { &accessor_mut } else { &accessor };
                let method = crate::names::respan_ident(method, span);
                quote_spanned!(span=> #(#cfg)* Self::#vi(__v) => __v.#method(),)
            } else if f.local {
                quote_spanned!(span=> #(#cfg)* Self::#vi(__v) => #reference __v.#field,)
            } else {
                quote_spanned!(span=> #(#cfg)* Self::#vi(__v) => {
                    let __v = __gr::#witness::<#ty, #base_ty, _>(__v);
                    #reference __v.#field
                })
            }
        };
        let arms = f.variants.iter().enumerate().map(|v| arm(v, false));
        let arms_mut = f.variants.iter().enumerate().map(|v| arm(v, true));
        let deprecated: Vec<_> = deprecated.collect();
        out.push(quote! {
            #(#cfg)*
            #(#deprecated)*
            #[doc = #doc]
            pub fn #accessor(&self) -> &#ty {
                match self { #(#arms)* }
            }

            #(#cfg)*
            #(#deprecated)*
            #[doc = #doc_mut]
            pub fn #accessor_mut(&mut self) -> &mut #ty {
                match self { #(#arms_mut)* }
            }
        });
    }
    (out, clashes)
}
