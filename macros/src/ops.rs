//! Operations, read: `#[graph_operations(...)]` on a resource (the actions and functions bound
//! to it or to a collection of it), a part of the resource's model. Their path methods are
//! written by `paths`, the `#[graph_params]` structs by `params`.
//!
//! ```text
//! operations := operation ("," operation)* ","?
//! operation  := "collection"? ("action" | "function") NAME ("(" TYPE ")")? ("->" RESULT)?
//! NAME       := IDENT | STRING        (the URL segment: `recordResponse`, "microsoft.graph.x")
//! RESULT     := TYPE | "[" TYPE "]"   (`[T]`: a collection, read as `Page<T>`)
//! ```

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, LitStr, Token, Type};

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
