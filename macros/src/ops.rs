//! Operations: `#[graph_operations(...)]` on a resource (the actions and functions bound to it
//! or to a collection of it), and `#[graph_params]` on the struct of an operation's parameters.
//!
//! ```text
//! operations := operation ("," operation)* ","?
//! operation  := "collection"? ("action" | "function") NAME ("(" TYPE ")")? ("->" RESULT)?
//! NAME       := IDENT | STRING        (the URL segment: `recordResponse`, "microsoft.graph.x")
//! RESULT     := TYPE | "[" TYPE "]"   (`[T]`: a collection, read as `Page<T>`)
//! ```

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, DeriveInput, Ident, LitStr, Token, Type};

use crate::attr::FieldOptions;
use crate::ctxt::Ctxt;
use crate::names;

/// One action or function.
pub struct Operation {
    /// Bound to a collection of the type (a method of its collection paths).
    pub collection: bool,
    pub action: bool,
    /// The URL segment, as declared.
    pub segment: String,
    /// The path method: the segment's last dotted part in snake_case.
    pub method: Ident,
    pub params: Option<Type>,
    pub result: OpResult,
    pub span: Span,
    /// The `#[cfg(...)]`s written before it: repeated on its method.
    pub cfg: Vec<Attribute>,
}

pub enum OpResult {
    Unit,
    One(Type),
    Many(Type),
}

impl Parse for Operation {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let cfg = input.call(Attribute::parse_outer)?;
        if let Some(other) = cfg.iter().find(|a| !a.path().is_ident("cfg")) {
            return Err(syn::Error::new_spanned(
                other,
                "only `#[cfg(...)]` may precede an operation: \
                 `#[cfg(feature = \"x\")] action name(Params) -> Result`",
            ));
        }
        let mut collection = false;
        let mut word: Ident = input.parse()?;
        if word == "collection" {
            collection = true;
            word = input.parse()?;
        }
        let action = match word.to_string().as_str() {
            "action" => true,
            "function" => false,
            _ => {
                return Err(syn::Error::new(
                    word.span(),
                    "expected `action` or `function` (after an optional `collection`): \
                     `action recordResponse(ops::call::RecordResponse) -> RecordOperation`",
                ))
            }
        };
        let (segment, span) = if input.peek(LitStr) {
            let lit: LitStr = input.parse()?;
            (lit.value(), lit.span())
        } else {
            let ident: Ident = input.parse()?;
            (syn::ext::IdentExt::unraw(&ident).to_string(), ident.span())
        };
        if segment.is_empty() || segment.contains(['/', '?', '#', '(', ')', ' ']) {
            return Err(syn::Error::new(
                span,
                "an operation's name is one URL segment: no `/ ? # ( )` or spaces",
            ));
        }
        let last = segment.rsplit('.').next().unwrap_or(&segment);
        let method = syn::parse_str::<Ident>(&graph_resource_internals::names::method_name(last))
            .map_err(|_| syn::Error::new(span, "this name gives no method name"))?;
        let method = names::respan_ident(&method, span);
        let params = if input.peek(syn::token::Paren) {
            let inner;
            syn::parenthesized!(inner in input);
            Some(inner.parse()?)
        } else {
            None
        };
        let result = if input.peek(Token![->]) {
            input.parse::<Token![->]>()?;
            if input.peek(syn::token::Bracket) {
                let inner;
                syn::bracketed!(inner in input);
                OpResult::Many(inner.parse()?)
            } else {
                OpResult::One(input.parse()?)
            }
        } else {
            OpResult::Unit
        };
        Ok(Operation {
            collection,
            action,
            segment,
            method,
            params,
            result,
            span,
            cfg,
        })
    }
}

/// Takes the `#[graph_operations(...)]` attributes out of a struct's attributes.
pub fn parse_operations(cx: &Ctxt, attrs: &[Attribute]) -> (Vec<Operation>, Vec<Attribute>) {
    let mut ops = Vec::new();
    let mut rest = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("graph_operations") {
            match attr.parse_args_with(Punctuated::<Operation, Token![,]>::parse_terminated) {
                Ok(list) => ops.extend(list),
                Err(e) => cx.syn_error(e),
            }
        } else {
            rest.push(attr.clone());
        }
    }
    (ops, rest)
}

impl Operation {
    /// The path method that makes the request.
    pub fn method(&self, krate: &syn::Path) -> TokenStream {
        let Operation {
            method, segment, ..
        } = self;
        let result = match &self.result {
            OpResult::Unit => quote!(()),
            OpResult::One(t) => quote!(#t),
            OpResult::Many(t) => quote!(#krate::Page<#t>),
        };
        let make = if self.action {
            quote!(action)
        } else {
            quote!(function)
        };
        let kind = if self.action { "action" } else { "function" };
        let doc = format!(
            "The {kind} `{segment}`: {}.",
            if self.action {
                "`POST` of its parameters"
            } else {
                "`GET` with its parameters in the URL"
            }
        );
        let span = self.span;
        // An operation without parameters takes no argument and writes `()`'s.
        let (arg, params) = match &self.params {
            Some(ty) => (
                quote_spanned!(span=> params: #ty),
                quote_spanned!(span=> &params),
            ),
            None => (TokenStream::new(), quote_spanned!(span=> &())),
        };
        let cfg = &self.cfg;
        quote_spanned! {span=>
            #(#cfg)*
            #[doc = #doc]
            pub fn #method(&self, #arg) -> #krate::OperationRequest<#result> {
                #krate::OperationRequest::#make(#krate::PathNode::url(self), #segment, #params)
            }
        }
    }
}

/// `#[graph_params]`: the parameters of an action or function, a struct with named fields.
/// Field options in `#[graph(...)]`: `rename = "WireName"` (default: lowerCamelCase),
/// `secret`, `bare` (a string written without quotes in a function's URL: date, time, GUID
/// literals). Generates `OperationParams`, `Default`, `Clone`, `PartialEq`, `Debug` (secrets
/// redacted).
pub fn params(cx: &Ctxt, args: TokenStream, item: &DeriveInput) -> Option<TokenStream> {
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
        let (mut opts, attrs) = FieldOptions::parse(cx, &f.attrs);
        let fi = f.ident.clone().expect("named");
        let wire = match &opts.rename.value {
            Some(lit) => lit.value(),
            None => graph_resource_internals::names::default_json_name(&fi.to_string()),
        };
        opts.reject(cx, &["read_only", "required", "navigation"], |key| {
            format!(
                "`{key}` is not an option of a parameter: a parameter not wrapped in `Option` \
                 is required"
            )
        });
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
    let allow = crate::expand::allow_lints();
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
