//! `#[graph_params]`: the struct of an operation's parameters, with `OperationParams` (its body
//! and its function-call literals), `Debug` with secrets redacted.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::attr::{FieldOptions, FieldPlace};
use crate::ctxt::Ctxt;

/// `#[graph_params]`: the parameters of an action or function, a struct with named fields.
/// Field options in `#[graph(...)]`: `rename = "WireName"` (default: lowerCamelCase),
/// `secret`, `bare` (a string written without quotes in a function's URL: date, time, GUID
/// literals). Generates `OperationParams`, `Default`, `Clone`, `PartialEq`, `Debug` (secrets
/// redacted).
pub fn expand(cx: &Ctxt, args: TokenStream, item: &DeriveInput) -> Option<TokenStream> {
    if !args.is_empty() {
        cx.error_spanned_by(&args, "`#[graph_params]` takes no arguments");
    }
    crate::ast::no_generics(
        cx,
        &item.generics,
        "an operation's parameters cannot be generic: the operation fixes their types",
    );
    let fields = crate::ast::named_fields(
        cx,
        item,
        "`#[graph_params]` goes on a struct with named fields: one per parameter",
    )?;
    let krate: syn::Path = syn::parse_quote!(::graph_resource);
    let ident = &item.ident;
    let mut out_fields = Vec::new();
    let mut body = Vec::new();
    let mut literals = Vec::new();
    let mut secrets = Vec::new();
    let mut debug = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for f in fields {
        let (opts, attrs) = FieldOptions::parse(cx, &f.attrs, FieldPlace::Parameter);
        let fi = f.ident.clone().expect("named");
        let wire = opts.json_name(&fi);
        if seen.contains(&wire) {
            cx.error_spanned_by(&fi, format!("two parameters are named `{wire}`"));
        }
        seen.push(wire.clone());
        let bare = opts.bare.is_set();
        let option = crate::ast::is_option(&f.ty);
        let (vis, ty) = (&f.vis, &f.ty);
        out_fields.push(quote!(#(#attrs)* #vis #fi: #ty,));
        if option {
            body.push(quote! {
                if let ::core::option::Option::Some(__v) = &self.#fi {
                    __gr::serde::ser::SerializeMap::serialize_entry(&mut __m, #wire, __v)?;
                }
            });
        } else {
            body.push(quote! {
                __gr::serde::ser::SerializeMap::serialize_entry(&mut __m, #wire, &self.#fi)?;
            });
        }
        literals.push(quote!(__gr::write_literal(out, #wire, &self.#fi, #bare);));
        let label = syn::ext::IdentExt::unraw(&fi).to_string();
        if opts.secret.is_set() {
            secrets.push(quote!(__gr::secret_texts(&self.#fi, &mut __out);));
            debug.push(quote!(__d.field(#label, &__gr::Redacted::value());));
        } else {
            debug.push(quote!(__d.field(#label, &self.#fi);));
        }
    }
    let attrs = &item.attrs;
    let vis = &item.vis;
    let name = ident.to_string();
    let allow = crate::lints::allow_lints();
    Some(quote! {
        #(#attrs)*
        #[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
        #vis struct #ident {
            #(#out_fields)*
        }

        #allow
        const _: () = {
            use #krate::__private as __gr;

            #[automatically_derived]
            impl #krate::OperationParams for #ident {
                fn write_body(
                    &self,
                    out: &mut ::std::vec::Vec<u8>,
                ) -> ::core::result::Result<(), __gr::serde_json::Error> {
                    let mut __s = __gr::serde_json::Serializer::new(out);
                    let mut __m = __gr::serde::Serializer::serialize_map(&mut __s, ::core::option::Option::None)?;
                    #(#body)*
                    __gr::serde::ser::SerializeMap::end(__m)
                }

                fn write_literals(&self, out: &mut ::std::string::String) {
                    #(#literals)*
                }

                fn secret_texts(&self) -> ::std::vec::Vec<::std::string::String> {
                    let mut __out = ::std::vec::Vec::new();
                    #(#secrets)*
                    __out
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    let mut __d = f.debug_struct(#name);
                    #(#debug)*
                    __d.finish()
                }
            }
        };
    })
}
