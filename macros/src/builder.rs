//! Code generation for `T::create()`: a builder with one setter per writable field and, per
//! `required` field, a type parameter that `build()` demands be `Set`, so that a missing field
//! is a compile error naming it (the type-state approach of bon).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::Ident;

use crate::ast::Resource;

/// The builder type's name: `RecordOperationBuilder`.
pub fn builder_ident(res: &Resource) -> Ident {
    format_ident!("{}Builder", res.ident.unraw())
}

/// Items that must be nameable beside the struct: the builder and, per required field, the
/// trait whose absence names the field. `None` for abstract and complex types.
pub fn items(res: &Resource) -> Option<TokenStream> {
    if res.abstract_ || res.complex {
        return None;
    }
    let krate = &res.krate;
    let vis = &res.vis;
    let ident = &res.ident;
    let builder = builder_ident(res);
    let required: Vec<_> = res.fields.iter().filter(|f| f.required).collect();
    let params: Vec<Ident> = (0..required.len())
        .map(|i| format_ident!("__R{}", i))
        .collect();
    let traits = required.iter().map(|f| {
        let name = required_trait(res, &f.ident);
        let field = f.ident.unraw().to_string();
        let message = format!(
            "the required field `{field}` of `{}` is not set",
            ident.unraw()
        );
        let label = format!("call `.{field}(...)` before `.build()`");
        quote! {
            #[doc(hidden)]
            #[allow(non_camel_case_types)]
            #[diagnostic::on_unimplemented(message = #message, label = #label)]
            #vis trait #name {}

            impl #name for #krate::state::Set {}
        }
    });
    let doc = format!(
        "Builds the request that creates a [`{0}`]: made by [`{0}::create`], ended by `build()`.",
        ident.unraw()
    );
    Some(quote! {
        #[doc = #doc]
        #[must_use = "a builder does nothing until `.build()`"]
        #vis struct #builder<#(#params = #krate::state::Unset),*> {
            value: #ident,
            state: ::core::marker::PhantomData<(#(#params,)*)>,
        }

        #(#traits)*
    })
}

fn required_trait(res: &Resource, field: &Ident) -> Ident {
    format_ident!("__{}_requires_{}", builder_ident(res), field.unraw())
}

/// Impls, emitted inside the type's `const _` block (where `__gr` is the runtime's private
/// module).
pub fn impls(res: &Resource) -> Option<TokenStream> {
    if res.abstract_ || res.complex {
        return None;
    }
    let krate = &res.krate;
    let ident = &res.ident;
    let builder = builder_ident(res);
    let required: Vec<&Ident> = res
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| &f.ident)
        .collect();
    let params: Vec<Ident> = (0..required.len())
        .map(|i| format_ident!("__R{}", i))
        .collect();
    let unset = required.iter().map(|_| quote!(#krate::state::Unset));
    let bounds = required
        .iter()
        .zip(&params)
        .map(|(f, p)| {
            let t = required_trait(res, f);
            quote!(#p: #t)
        })
        .collect::<Vec<_>>();

    let setters = res.fields.iter().filter(|f| !f.read_only).map(|f| {
        let name = &f.ident;
        // In the builder's impl `Self` is the builder: name the resource instead.
        let ty = &without_self(f.ty.clone(), ident);
        let docs = f.attrs.iter().filter(|a| a.path().is_ident("doc"));
        let (arg, assign) = if f.option {
            (
                quote!(impl ::core::convert::Into<<#ty as __gr::OptionInner>::Inner>),
                quote!(<#ty as __gr::OptionInner>::wrap(::core::convert::Into::into(value))),
            )
        } else {
            (
                quote!(impl ::core::convert::Into<#ty>),
                quote!(::core::convert::Into::into(value)),
            )
        };
        match required.iter().position(|r| *r == name) {
            None => quote! {
                #(#docs)*
                pub fn #name(mut self, value: #arg) -> Self {
                    self.value.#name = #assign;
                    self
                }
            },
            Some(k) => {
                let out = params.iter().enumerate().map(|(i, p)| {
                    if i == k {
                        quote!(#krate::state::Set)
                    } else {
                        quote!(#p)
                    }
                });
                quote! {
                    #(#docs)*
                    pub fn #name(self, value: #arg) -> #builder<#(#out),*> {
                        let mut next = self.value;
                        next.#name = #assign;
                        #builder { value: next, state: ::core::marker::PhantomData }
                    }
                }
            }
        }
    });
    let create_doc = if required.is_empty() {
        "Starts a request that creates one: a setter per writable property, then `build()`."
            .to_owned()
    } else {
        format!(
            "Starts a request that creates one: a setter per writable property, then `build()`, \
             which compiles once the required {} set.",
            required
                .iter()
                .map(|r| format!("`{}`", r.unraw()))
                .collect::<Vec<_>>()
                .join(", ")
                + if required.len() == 1 { " is" } else { " are" }
        )
    };
    Some(quote! {
        #[automatically_derived]
        impl #ident {
            #[doc = #create_doc]
            pub fn create() -> #builder<#(#unset),*> {
                #builder {
                    value: ::core::default::Default::default(),
                    state: ::core::marker::PhantomData,
                }
            }
        }

        #[automatically_derived]
        impl<#(#params),*> #builder<#(#params),*> {
            #(#setters)*

            /// The create request; compiles once every required field is set.
            pub fn build(self) -> #krate::CreateRequest<#ident>
            where
                #(#bounds,)*
            {
                __gr::create_request(self.value)
            }

            /// The object as set so far.
            pub fn value(&self) -> &#ident {
                &self.value
            }
        }

        #[automatically_derived]
        impl<#(#params),*> ::core::fmt::Debug for #builder<#(#params),*> {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __f.debug_struct(::core::stringify!(#builder))
                    .field("value", &self.value)
                    .finish()
            }
        }
    })
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
