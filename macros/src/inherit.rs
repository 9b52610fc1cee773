//! Handing a base type's properties to its children across modules and crates.
//!
//! The base's expansion defines a hidden `#[macro_export] macro_rules!` that calls back a macro
//! with the base's data, and re-exports it (`pub use … as commsOperation`) beside a type alias of
//! the same name (`type commsOperation = CommsOperation`), in the macro and type namespaces.
//! A child written `#[graph_resource(inherits = commsOperation)]` expands to
//! `commsOperation! { __graph_resource_v1 { ::graph_resource::__private::inherit } { args } struct … }`;
//! the base's macro answers `inherit! { __graph_resource_base { data } { args } struct … }`, and
//! the callback expands the child with the inherited properties first. A property's type reaches
//! the child as a projection through the base, named by the same path as the base macro
//! (`<commsOperation as Property<3>>::Type`, the base implementing `Property<3>` where its own
//! imports are in scope), so the child's module needs none of the base's imports; types that name
//! only the prelude (`Option<String>`) are copied as they are.
//! Nothing is kept between macro calls: everything travels in the tokens.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{bracketed, parenthesized, Ident, LitBool, LitStr, Path};

use crate::ast::{Field, Resource};
use crate::ctxt::Ctxt;

/// The first token a base macro expects: a version check between the two ends of the protocol.
pub const PROTOCOL: &str = "__graph_resource_v1";
const DATA_MARKER: &str = "__graph_resource_base";

/// What a base hands down.
pub struct BaseData {
    pub name: String,
    pub namespace: String,
    pub complex: bool,
    pub ancestors: Vec<String>,
    pub fields: Vec<BaseField>,
}

pub struct BaseField {
    pub ident: Ident,
    pub json: String,
    pub secret: bool,
    pub read_only: bool,
    pub required: bool,
    pub option: bool,
    pub vis: TokenStream,
    pub source_ty: TokenStream,
    pub docs: Vec<LitStr>,
}

impl BaseData {
    pub fn odata_type(&self) -> String {
        format!("#{}.{}", self.namespace, self.name)
    }
}

/// The data tokens of `res`, for its macro.
pub fn encode(res: &Resource) -> TokenStream {
    let marker = Ident::new(DATA_MARKER, Span::call_site());
    let name = &res.name;
    let namespace = &res.namespace;
    let complex = res.complex;
    let ancestors = &res.ancestors;
    let fields = res.fields.iter().map(|f| {
        let Field {
            ident,
            json,
            secret,
            read_only,
            required,
            option,
            vis,
            source_ty,
            ..
        } = f;
        let docs = f.docs();
        quote! {
            { #ident #json #secret #read_only #required #option (#vis) (#source_ty) [#(#docs)*] }
        }
    });
    quote! {
        #marker { #name #namespace #complex [#(#ancestors)*] [#(#fields)*] }
    }
}

impl Parse for BaseData {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let marker: Ident = input.parse()?;
        if marker != DATA_MARKER {
            return Err(syn::Error::new(
                marker.span(),
                "not the data of a graph resource",
            ));
        }
        let body;
        syn::braced!(body in input);
        let name = body.parse::<LitStr>()?.value();
        let namespace = body.parse::<LitStr>()?.value();
        let complex = body.parse::<LitBool>()?.value;
        let list;
        bracketed!(list in body);
        let mut ancestors = Vec::new();
        while !list.is_empty() {
            ancestors.push(list.parse::<LitStr>()?.value());
        }
        let list;
        bracketed!(list in body);
        let mut fields = Vec::new();
        while !list.is_empty() {
            let f;
            syn::braced!(f in list);
            fields.push(f.parse()?);
        }
        Ok(BaseData {
            name,
            namespace,
            complex,
            ancestors,
            fields,
        })
    }
}

impl Parse for BaseField {
    fn parse(f: ParseStream) -> syn::Result<Self> {
        let ident = f.call(Ident::parse_any)?;
        let json = f.parse::<LitStr>()?.value();
        let secret = f.parse::<LitBool>()?.value;
        let read_only = f.parse::<LitBool>()?.value;
        let required = f.parse::<LitBool>()?.value;
        let option = f.parse::<LitBool>()?.value;
        let vis;
        parenthesized!(vis in f);
        let ty;
        parenthesized!(ty in f);
        let docs_list;
        bracketed!(docs_list in f);
        let mut docs = Vec::new();
        while !docs_list.is_empty() {
            docs.push(docs_list.parse()?);
        }
        Ok(BaseField {
            ident,
            json,
            secret,
            read_only,
            required,
            option,
            vis: vis.parse()?,
            source_ty: ty.parse()?,
            docs,
        })
    }
}

/// What the callback receives: the base's data, the child's attribute arguments, the child.
pub struct CallbackInput {
    pub base: BaseData,
    pub args: TokenStream,
    pub item: syn::DeriveInput,
}

impl Parse for CallbackInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let base = input.parse()?;
        let args;
        syn::braced!(args in input);
        Ok(CallbackInput {
            base,
            args: args.parse()?,
            item: input.parse()?,
        })
    }
}

/// The invocation of the base's macro that a child expands to.
pub fn call_base(base: &Path, krate: &Path, args: &TokenStream, item: &TokenStream) -> TokenStream {
    let protocol = Ident::new(PROTOCOL, Span::call_site());
    quote! {
        #base! { #protocol { #krate::__private::inherit } { #args } #item }
    }
}

/// Puts the base's properties in front of the child's own, and takes on what the base says
/// about the family (ancestors, complexness).
pub fn merge(cx: &Ctxt, child: &mut Resource, base: BaseData, base_path: &Path) {
    let span = base_path
        .segments
        .last()
        .map_or_else(Span::call_site, |s| s.ident.span());
    if base.complex && !child.complex {
        child.complex = true;
    } else if !base.complex && child.complex {
        cx.error_at(
            child.args.complex.span.unwrap_or(span),
            format!(
                "a complex type cannot inherit the entity type `{}`: entity types have an identity, \
                 complex types do not; remove `complex`, or inherit a complex type",
                base.name
            ),
        );
    }
    child.ancestors = base.ancestors.clone();
    child.ancestors.push(base.odata_type());

    let base_name = base.name;
    let krate = child.krate.clone();
    let inherited = base.fields.into_iter().enumerate().map(|(index, b)| {
        // The base's own note about where a type comes from is replaced by this level's.
        let mut attrs: Vec<syn::Attribute> = b
            .docs
            .iter()
            .filter(|d| !d.value().starts_with(INHERITED_NOTE))
            .map(|d| syn::parse_quote!(#[doc = #d]))
            .collect();
        while attrs.last().is_some_and(is_blank_doc) {
            attrs.pop();
        }
        let ty = if is_portable(&b.source_ty) {
            respan(b.source_ty.clone(), span)
        } else {
            let note = format!(
                "{INHERITED_NOTE}`{}`, where its type is `{}`.*",
                base_name,
                b.source_ty
                    .to_string()
                    .replace(" < ", "<")
                    .replace(" >", ">")
                    .replace(" <", "<")
            );
            if !attrs.is_empty() {
                attrs.push(syn::parse_quote!(#[doc = ""]));
            }
            attrs.push(syn::parse_quote!(#[doc = #note]));
            let index = syn::Index::from(index);
            quote_spanned!(span=> <#base_path as #krate::__private::Property<#index>>::Type)
        };
        let mut ident = b.ident;
        ident.set_span(span);
        Field {
            attrs,
            vis: respan(b.vis, span),
            ident,
            ty,
            source_ty: b.source_ty,
            json: b.json,
            json_span: span,
            secret: b.secret,
            read_only: b.read_only,
            required: b.required,
            option: b.option,
            inherited: true,
            read_only_span: None,
            required_span: None,
        }
    });
    let own = std::mem::take(&mut child.fields);
    child.fields = inherited.chain(own).collect();
}

/// How the doc line that says where an inherited field's type comes from starts.
const INHERITED_NOTE: &str = "*Inherited from ";

fn is_blank_doc(attr: &syn::Attribute) -> bool {
    matches!(&attr.meta, syn::Meta::NameValue(nv) if matches!(&nv.value,
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) if s.value().trim().is_empty()))
}

/// Types that name nothing but the prelude's types and primitives resolve the same anywhere.
pub fn is_portable(ty: &TokenStream) -> bool {
    const PRELUDE: &[&str] = &[
        "Option", "String", "Vec", "Box", "bool", "char", "i8", "i16", "i32", "i64", "i128",
        "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64",
    ];
    ty.clone().into_iter().all(|t| match t {
        TokenTree::Ident(i) => PRELUDE.iter().any(|p| i == p),
        TokenTree::Group(g) => is_portable(&g.stream()),
        TokenTree::Punct(p) => matches!(p.as_char(), '<' | '>' | ','),
        TokenTree::Literal(_) => false,
    })
}

/// The same tokens, all at `span`: errors in copied types point at the child's `inherits`.
pub fn respan(ts: TokenStream, span: Span) -> TokenStream {
    ts.into_iter()
        .map(|t| match t {
            TokenTree::Group(g) => {
                let mut out = Group::new(g.delimiter(), respan(g.stream(), span));
                out.set_span(span);
                TokenTree::Group(out)
            }
            mut other => {
                other.set_span(span);
                other
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portable_types() {
        assert!(is_portable(&quote!(Option<String>)));
        assert!(is_portable(&quote!(Option<Vec<i64>>)));
        assert!(!is_portable(&quote!(Option<ResultInfo>)));
        assert!(!is_portable(&quote!(Option<crate::X>)));
        assert!(!is_portable(&quote!(Option<Box<Self>>)));
    }
}
