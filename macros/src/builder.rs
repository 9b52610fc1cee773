//! Code generation for the requests of an entity type: `T::create()` and `T::update()` (one
//! builder, its mode a type parameter, so that the setters are generated once), `T::diff`,
//! `T::get()`, `T::list()` and `T::delete()`.
//!
//! Per `required` field the builder has a type parameter that the create `build()` demands be
//! `Set`, so that a missing field is a compile error naming it (the type-state approach of
//! bon); `update()` starts with all of them `Set`. The builder type is declared in the type's
//! names module, whose glob re-export gives it a rustdoc page and yields to any name the user
//! declares; its impls and helper traits are inside the type's anonymous `const _`.
//! Setters are named as `names::setter` says, have the field's visibility, docs, deprecation,
//! lint levels and `cfg`s, and record which fields were set: a request body holds exactly those.

use std::collections::BTreeSet;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::Ident;

use crate::ast::{option_inner, Field, Resource};
use crate::names;

/// The builder type's name: `RecordOperationBuilder`.
fn builder_ident(res: &Resource) -> Ident {
    format_ident!("{}Builder", res.ident.unraw())
}

/// The trait whose absence names a missing required field.
fn required_trait(res: &Resource, field: &Ident) -> Ident {
    format_ident!("__{}_requires_{}", builder_ident(res), field.unraw())
}

/// The builder's type parameters: its mode and one per required field, named for rustdoc
/// (`RecordOperationBuilder<Mode, ClientContext = Unset>`) and never like an identifier of a
/// field's type, which they would shadow in the setters' signatures.
pub struct Params<'a> {
    mode: Ident,
    required: Vec<&'a Field>,
    states: Vec<Ident>,
}

/// The builder's parameters, computed once per expansion (the builder's definition and its
/// impls both use them); `None` for abstract and complex types, which have no builder.
pub fn params(res: &Resource) -> Option<Params<'_>> {
    (!res.abstract_ && !res.complex).then(|| Params::new(res))
}

impl<'a> Params<'a> {
    fn new(res: &'a Resource) -> Self {
        let mut taken = BTreeSet::new();
        for f in &res.fields {
            taken.extend(crate::ast::idents(&f.ty));
        }
        taken.extend(
            [
                res.ident.unraw().to_string(),
                builder_ident(res).to_string(),
            ]
            .into_iter()
            .chain(["Self", "Super", "Crate"].map(String::from)),
        );
        let mut fresh = |name: String| -> Ident {
            let mut candidate = name.clone();
            let mut n = 1;
            while taken.contains(&candidate) {
                candidate = format!(
                    "{name}State{}",
                    if n == 1 { String::new() } else { n.to_string() }
                );
                n += 1;
            }
            taken.insert(candidate.clone());
            Ident::new(&candidate, Span::call_site())
        };
        let mode = fresh("Mode".to_owned());
        let required: Vec<&Field> = res.fields.iter().filter(|f| f.required).collect();
        let states = required
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let camel = heck::ToUpperCamelCase::to_upper_camel_case(
                    f.ident.unraw().to_string().as_str(),
                );
                let valid = syn::parse_str::<Ident>(&camel).is_ok();
                fresh(if valid { camel } else { format!("Required{i}") })
            })
            .collect();
        Params {
            mode,
            required,
            states,
        }
    }
}

/// The builder type, declared in the type's names module (glob re-exported beside the struct,
/// so it has a rustdoc page and never collides with a name of the user's), its value named
/// through the module's key: no path from there to the struct is needed.
pub fn definition(res: &Resource, params: &Params, key: &Ident) -> TokenStream {
    let krate = &res.krate;
    let vis = names::vis_one_level_down(&res.vis);
    let builder = builder_ident(res);
    let Params { mode, states, .. } = params;
    let name = res.ident.unraw();
    let krate_text = quote!(#krate).to_string().replace(' ', "");
    let doc = format!(
        "Builds the request that creates or changes a `{name}`: made by `{name}::create()` \
         (mode [`Create`]({krate}::state::Create)) or `{name}::update()` (mode \
         [`Update`]({krate}::state::Update)), ended by `build()`. Each setter is named after \
         its field and records that the field was set: the request's body holds exactly the \
         fields set.",
        krate = krate_text,
    );
    let states_doc = (!states.is_empty()).then(|| {
        let list: Vec<String> = states.iter().map(|s| format!("`{s}`")).collect();
        format!(
            "\n\nThe parameters {} are the states of the required fields ([`Unset`]({k}::state::Unset) \
             until set, then [`Set`]({k}::state::Set)); a create builder's `build()` compiles once \
             all are set.",
            list.join(", "),
            k = krate_text,
        )
    });
    let doc = doc + &states_doc.unwrap_or_default();
    quote! {
        #[doc = #doc]
        #[must_use = "a builder does nothing until `.build()`"]
        #vis struct #builder<#mode, #(#states = #krate::state::Unset),*> {
            pub(super) value: <#key as #krate::__private::Named>::Type,
            pub(super) set: #krate::__private::FieldSet,
            pub(super) mode: ::core::marker::PhantomData<(#mode, #(#states,)*)>,
        }
    }
}

/// The builder's impls, its required-field traits and the other request constructors.
/// `module` is where `definition` put the builder.
pub fn requests(res: &Resource, params: &Params, module: &Ident) -> TokenStream {
    let krate = &res.krate;
    let vis = &res.vis;
    let ident = &res.ident;
    let name = builder_ident(res);
    let builder = quote!(#module::#name);
    let Params {
        mode,
        required,
        states,
    } = params;
    let all = |state: TokenStream| -> Vec<TokenStream> {
        required.iter().map(|_| state.clone()).collect()
    };
    let unset = all(quote!(#krate::state::Unset));
    let set = all(quote!(#krate::state::Set));
    let traits = required.iter().map(|f| {
        let name = required_trait(res, &f.ident);
        let field = f.ident.unraw().to_string();
        let setter = names::setter(&f.ident).unraw().to_string();
        let message = format!(
            "the required field `{field}` of `{}` is not set",
            ident.unraw()
        );
        let label = format!("call `.{setter}(...)` before `.build()`");
        quote! {
            #[doc(hidden)]
            #[allow(non_camel_case_types)]
            #[diagnostic::on_unimplemented(message = #message, label = #label)]
            #vis trait #name {}

            impl #name for #krate::state::Set {}
        }
    });
    let bounds = required.iter().zip(states).map(|(f, p)| {
        let t = required_trait(res, &f.ident);
        quote!(#p: #t)
    });
    // Lint levels of the struct reach its setters (rustc reads `non_snake_case` of fields there).
    let lints = res.attrs.iter().filter(|a| {
        ["allow", "warn", "deny", "forbid"]
            .iter()
            .any(|l| a.path().is_ident(l))
    });
    let setters = res
        .fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| setter(res, f, i, params, &builder));
    let create_doc = if required.is_empty() {
        "Starts a request that creates one: a setter per writable property, then `build()`."
            .to_owned()
    } else {
        let names: Vec<String> = required
            .iter()
            .map(|r| format!("`{}`", r.ident.unraw()))
            .collect();
        format!(
            "Starts a request that creates one: a setter per writable property, then `build()`, \
             which compiles once the required {} {} set.",
            names.join(", "),
            if names.len() == 1 { "is" } else { "are" }
        )
    };
    let diff = diff(res);
    let reads = reads(krate, ident);
    quote! {
        #(#traits)*

        #[automatically_derived]
        impl #ident {
            #[doc = #create_doc]
            #[inline]
            pub fn create() -> #builder<#krate::state::Create, #(#unset),*> {
                #builder {
                    value: ::core::default::Default::default(),
                    set: __gr::FieldSet::new(),
                    mode: ::core::marker::PhantomData,
                }
            }

            /// Starts a request that changes one (`PATCH`): a setter per writable property,
            /// `null("jsonName")` to clear one, then `build()`.
            #[inline]
            pub fn update() -> #builder<#krate::state::Update, #(#set),*> {
                #builder {
                    value: ::core::default::Default::default(),
                    set: __gr::FieldSet::new(),
                    mode: ::core::marker::PhantomData,
                }
            }

            /// The request that changes `before` into `after`: the writable fields that differ,
            /// as a JSON merge patch (a value taken away is `null`; a complex value sends its
            /// nested changes; an `Option<Option<_>>` that is `None` is left as it is), with
            /// `If-Match` from `before`'s `@odata.etag`.
            #diff

            /// Starts a request that deletes one (`DELETE`).
            #[inline]
            pub fn delete() -> #krate::DeleteRequest<Self> {
                #krate::__private::delete_request()
            }
        }

        #reads

        #[automatically_derived]
        #(#lints)*
        impl<#mode, #(#states),*> #builder<#mode, #(#states),*> {
            #(#setters)*
        }

        #[automatically_derived]
        #[doc(hidden)]
        impl<#(#states),*> #krate::state::Complete for #builder<#krate::state::Create, #(#states),*>
        where
            #(#bounds,)*
        {}

        #[automatically_derived]
        impl<#(#states),*> #builder<#krate::state::Create, #(#states),*> {
            /// The create request, whose body holds exactly the fields set; compiles once every
            /// required field is set.
            #[inline]
            pub fn build(self) -> #krate::CreateRequest<#ident>
            where
                Self: #krate::state::Complete,
            {
                __gr::create_request(self.value, self.set)
            }
        }

        #[automatically_derived]
        impl<#(#states),*> #builder<#krate::state::Update, #(#states),*> {
            /// Sends `null` for the property of JSON name `property` (declared or not: an open
            /// type takes properties it does not declare).
            #[inline]
            pub fn null(mut self, property: &str) -> Self {
                __gr::null_property(
                    &mut self.value.additional_data,
                    &mut self.set,
                    property,
                    <#ident as #krate::GraphResource>::PROPERTIES,
                );
                self
            }

            /// The update request: the fields set and the `null`s.
            #[inline]
            pub fn build(self) -> #krate::UpdateRequest<#ident> {
                __gr::update_request(self.value, self.set)
            }
        }

        #[automatically_derived]
        impl<#mode, #(#states),*> ::core::fmt::Debug for #builder<#mode, #(#states),*> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!(#name))
                    .field("value", &self.value)
                    .field("set", &self.set)
                    .finish()
            }
        }
    }
}

/// `T::get()` and `T::list()` (of a resource or a family), where the runtime has its `http`
/// feature.
pub fn reads(krate: &syn::Path, ident: &Ident) -> TokenStream {
    quote! {
        __gr::http_only! {
            #[automatically_derived]
            impl #ident {
                /// Starts a request that reads one (`GET`, with `$select` / `$expand`).
                #[inline]
                pub fn get() -> #krate::GetBuilder<Self> {
                    #krate::__private::get_builder()
                }

                /// Starts a request that reads the collection page by page (`GET`, with
                /// `$filter`, `$top`, …).
                #[inline]
                pub fn list() -> #krate::ListBuilder<Self> {
                    #krate::__private::list_builder()
                }
            }
        }
    }
}

/// `T::diff(&before, &after)`: one comparison per writable field; each change is written into
/// the body's `additional_data` as a JSON merge patch of the property (a value, `null`, or for
/// complex values the nested changes), which is what Graph's PATCH applies.
fn diff(res: &Resource) -> TokenStream {
    let krate = &res.krate;
    let compare = res
        .fields
        .iter()
        .filter(|f| f.read_only.unless().is_some())
        .map(|f| {
            let (field, json, cfg) = (&f.ident, &f.json, &f.cfg);
            let only_if = f.read_only.unless().unwrap_or_default();
            // An `Option<Option<_>>` that is `None` is "leave it as it is".
            let leave = f.nullable.then(|| quote!(after.#field.is_some() &&));
            quote! {
                #only_if
                #(#cfg)*
                if #leave before.#field != after.#field {
                    __gr::diff_field(&mut __body.additional_data, #json, &before.#field, &after.#field);
                }
            }
        });
    quote! {
        #[inline]
        pub fn diff(before: &Self, after: &Self) -> #krate::UpdateRequest<Self> {
            let mut __body = <Self as ::core::default::Default>::default();
            #(#compare)*
            __gr::diff_request(__body, &before.additional_data, &after.additional_data)
        }
    }
}

/// The setter of one field (`None` for a read-only field).
fn setter(
    res: &Resource,
    f: &Field,
    index: usize,
    params: &Params,
    builder: &TokenStream,
) -> Option<TokenStream> {
    let Params {
        mode,
        required,
        states,
    } = params;
    let only_if = f.read_only.unless()?;
    let krate = &res.krate;
    let (field, vis, cfg, forward) = (&f.ident, &f.vis, &f.cfg, &f.forward);
    let name = names::setter(field);
    let (arg, assign) = setter_types(res, f);
    let body = quote! {
        self.value.#field = #assign;
        self.set.insert(#index);
    };
    let signature = match required.iter().position(|r| r.ident == *field) {
        None => quote!(#vis fn #name(mut self, value: #arg) -> Self),
        Some(k) => {
            let out = states.iter().enumerate().map(|(i, p)| {
                if i == k {
                    quote!(#krate::state::Set)
                } else {
                    quote!(#p)
                }
            });
            quote!(#vis fn #name(mut self, value: #arg) -> #builder<#mode, #(#out),*>)
        }
    };
    let finish = if required.iter().any(|r| r.ident == *field) {
        quote!(#builder { value: self.value, set: self.set, mode: ::core::marker::PhantomData })
    } else {
        quote!(self)
    };
    // Every setter has a page entry: what it sets, then the field's own docs.
    let what = format!(
        "Sets `{}` (the property `{}`){}",
        field.unraw(),
        f.json,
        if f.required {
            "; required before a create builder's `build()`."
        } else {
            "."
        }
    );
    let gap = forward
        .iter()
        .any(|a| a.path().is_ident("doc"))
        .then(|| quote!(#[doc = ""]));
    Some(quote! {
        #only_if
        #(#cfg)*
        #[doc = #what]
        #gap
        #(#forward)*
        #signature {
            #body
            #finish
        }
    })
}

/// What a setter takes (`impl Into<T>`, `T` the field's type or, for an `Option<T>`, `T`) and
/// how it stores it.
fn setter_types(res: &Resource, f: &Field) -> (TokenStream, TokenStream) {
    // In the builder's impl `Self` is the builder: name the resource instead.
    let ty = without_self(f.ty.clone(), &res.ident);
    let into = quote!(::core::convert::Into::into(value));
    if !f.option {
        return (quote!(impl ::core::convert::Into<#ty>), into);
    }
    match syn::parse2::<syn::Type>(ty.clone())
        .ok()
        .and_then(|t| option_inner(&t))
    {
        Some(inner) => (
            quote!(impl ::core::convert::Into<#inner>),
            quote!(::core::option::Option::Some(#into)),
        ),
        None => (
            quote!(impl ::core::convert::Into<<#ty as __gr::OptionInner>::Inner>),
            quote!(<#ty as __gr::OptionInner>::wrap(#into)),
        ),
    }
}

/// A type with every `Self` replaced by `ident`.
fn without_self(ts: TokenStream, ident: &Ident) -> TokenStream {
    ts.into_iter()
        .map(|t| match t {
            proc_macro2::TokenTree::Ident(i) if i == "Self" => {
                proc_macro2::TokenTree::Ident(ident.clone())
            }
            proc_macro2::TokenTree::Group(g) => {
                let mut out =
                    proc_macro2::Group::new(g.delimiter(), without_self(g.stream(), ident));
                out.set_span(g.span());
                proc_macro2::TokenTree::Group(out)
            }
            other => other,
        })
        .collect()
}
