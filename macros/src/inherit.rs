//! Handing a base type's properties to its children across modules and crates.
//!
//! The base's expansion defines a hidden `#[macro_export] macro_rules!` that calls back a macro
//! with the base's data, and names it by the base's Rust and Graph names (see `names`). A
//! child written `#[graph_resource(inherits = commsOperation)]` expands to
//! `commsOperation! { __graph_resource_v3 { ::graph_resource::__private::inherit } { args } struct … }`;
//! the base's macro answers `inherit! { __graph_resource_base { data } { args } struct … }`,
//! and the callback expands the child with the inherited properties first.
//!
//! A property whose type names only the prelude (`Option<String>`) is written in the child with
//! absolute paths (`::core::option::Option<::std::string::String>`), so that nothing in the
//! child's scope changes it. Any other type is a projection through the base
//! (`<CommsOperation as Property<2>>::Type`, the base implementing `Property<2>` where its own
//! imports are in scope), named by the path the user wrote (whose last segment, the Graph
//! name, also names the type), by the Rust name where the Graph name cannot be a type alias,
//! or by the base's `module = ...` when it declared one. Nothing is kept between macro calls:
//! everything travels in the tokens, as the record `record` defines (written and read there).
//! Any change to the record bumps [`PROTOCOL`]. The first token of a call is the protocol and
//! the version of graph-resource-macros ([`protocol`]): a base's macro answers a call of any
//! other (another protocol, or the same protocol from another release, whose runtime's traits
//! are other traits) with one `compile_error!` that says both crates must use one
//! graph-resource, instead of the dozens of unmet trait bounds mixing two runtimes gives.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, Path};

use crate::ast::{Field, Resource};
use crate::ctxt::Ctxt;
use crate::names;
pub use crate::record::{encode, BaseData};
use crate::record::{is_blank_doc, INHERITED_NOTE};

/// The version of the data record.
pub const PROTOCOL: &str = "__graph_resource_v3";

/// The first token a base macro expects: the record's version and this crate's release
/// (`__graph_resource_v3_0_1_0`), so that two copies of graph-resource never mix.
pub fn protocol() -> Ident {
    let release = env!("CARGO_PKG_VERSION").replace(['.', '-', '+'], "_");
    Ident::new(&format!("{PROTOCOL}_{release}"), Span::call_site())
}

impl BaseData {
    pub fn odata_type(&self) -> String {
        format!("#{}.{}", self.namespace, self.name)
    }

    /// How a child reached through `base_path` names the base type.
    pub fn type_path(&self, base_path: &Path) -> TokenStream {
        let rust = names::respan_ident(&self.rust, last_span(base_path));
        match &self.module {
            Some(module) => quote!(#module::#rust),
            None => {
                // The path that found the base's macro finds its type too: the Rust name, the
                // Graph name where it is also a type (see `names::graph_name_alias`), or any
                // name the user imported either under (`use a::alert as securityAlert;`).
                // Only a Graph name that names no type is replaced by the Rust name.
                let mut path = base_path.clone();
                if let Some(last) = path.segments.last_mut() {
                    if !self.alias && last.ident.unraw() == self.name {
                        last.ident = rust;
                    }
                }
                path.into_token_stream()
            }
        }
    }

    /// The type of the base's field at `index` as a child names it (see the module docs).
    pub fn field_type(&self, index: usize, base_path: &Path, krate: &Path) -> TokenStream {
        let span = last_span(base_path);
        let ty = &self.fields[index].ty;
        let through = || {
            let module = self.module.as_ref()?;
            through_module(ty, module, span)
        };
        match absolute(ty, span).or_else(through) {
            Some(written) => written,
            None => {
                let base = self.type_path(base_path);
                let index = syn::Index::from(index);
                quote_spanned!(span=> <#base as #krate::__private::Property<#index>>::Type)
            }
        }
    }
}

/// Where errors about the base point: the last segment of the path the user wrote.
pub fn last_span(path: &Path) -> Span {
    path.segments
        .last()
        .map_or_else(Span::call_site, |s| s.ident.span())
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

/// The invocation of the base's macro that a child (or family) expands to: the path the user
/// wrote, its last segment looked up as `names::lookup_segment` says.
pub fn call_base(
    base: &Path,
    callback: TokenStream,
    args: &TokenStream,
    item: &TokenStream,
) -> TokenStream {
    let protocol = protocol();
    let mut lookup = base.clone();
    if let Some(last) = lookup.segments.last_mut() {
        last.ident = names::lookup_segment(&last.ident);
    }
    quote! {
        #lookup! { #protocol { #callback } { #args } #item }
    }
}

/// The `macro_rules!` arms of a base's macro: the data for a call of this version, a clear
/// error for any other.
pub fn macro_arms(res: &Resource) -> TokenStream {
    let data = encode(res);
    let protocol = protocol();
    let mismatch = format!(
        "`{}` was declared with another version of graph-resource than the type that inherits \
         it (or names it in a family): use one version of graph-resource in both crates",
        res.ident.unraw()
    );
    quote! {
        (#protocol { $($callback:tt)* } $($rest:tt)*) => {
            $($callback)*! { #data $($rest)* }
        };
        ($($other:tt)*) => {
            ::core::compile_error! { #mismatch }
        };
    }
}

/// Puts the base's properties in front of the child's own, and takes on what the base says
/// about the family (ancestors, complexness).
pub fn merge(cx: &Ctxt, child: &mut Resource, base: BaseData, base_path: &Path) {
    let span = last_span(base_path);
    if base.complex && !child.complex {
        // Said, not guessed: an entity's builder, paths and requests would vanish with no
        // word at the declaration, and the error would come later, at a `create()`.
        cx.error_at(
            span,
            format!(
                "`{}` is a complex type, so a type that inherits it is complex too: add \
                 `complex` (`#[graph_resource(inherits = {}, complex)]`)",
                base.name,
                quote::ToTokens::to_token_stream(base_path)
                    .to_string()
                    .replace(' ', "")
            ),
        );
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
    child.base_type = Some(base.type_path(base_path));
    child.ancestors = base.ancestors.clone();
    child.ancestors.push(base.odata_type());

    let krate = child.krate.clone();
    let inherited: Vec<Field> = (0..base.fields.len())
        .map(|index| {
            let ty = base.field_type(index, base_path, &krate);
            let b = &base.fields[index];
            let note = format!(
                "{INHERITED_NOTE}`{}`, where its type is `{}`.*",
                base.name,
                type_text(&b.ty)
            );
            let (cfg, other): (Vec<Attribute>, Vec<Attribute>) = b
                .attrs
                .iter()
                .cloned()
                .partition(|a| a.path().is_ident("cfg"));
            let mut forward = other;
            while forward.last().is_some_and(is_blank_doc) {
                forward.pop();
            }
            if forward.iter().any(|a| a.path().is_ident("doc")) {
                forward.push(syn::parse_quote!(#[doc = ""]));
            }
            forward.push(syn::parse_quote!(#[doc = #note]));
            let attrs = cfg.iter().chain(&forward).cloned().collect();
            Field {
                attrs,
                cfg,
                forward,
                vis: respan(b.vis.clone(), span),
                ident: names::respan_ident(&b.ident, span),
                ty,
                source_ty: b.ty.clone(),
                json: b.json.clone(),
                json_span: span,
                secret: b.secret.clone(),
                read_only: b.read_only.clone(),
                required: b.required,
                option: b.option,
                nullable: b.nullable,
                from_base: true,
                required_span: None,
                navigation: None,
                restates: None,
                check: None,
            }
        })
        .collect();
    let mut own = std::mem::take(&mut child.fields);
    let mut inherited = inherited;
    restate(&mut inherited, &mut own);
    child.fields = inherited.into_iter().chain(own).collect();
}

/// Puts the types of the child's `#[graph(inherited)]` fields on the inherited properties they
/// restate (each checked to be the base's type), and takes those fields out of the child's own.
/// One that restates nothing stays, for `valid` to report.
fn restate(inherited: &mut [Field], own: &mut Vec<Field>) {
    own.retain(|o| {
        if o.restates.is_none() {
            return true;
        }
        let name = o.ident.unraw();
        match inherited.iter_mut().find(|f| f.ident.unraw() == name) {
            Some(f) => {
                f.check = Some(std::mem::replace(&mut f.ty, o.ty.clone()));
                false
            }
            None => true,
        }
    });
}

/// A type as a reader writes it: `Option<ResultInfo>`.
pub fn type_text(ty: &TokenStream) -> String {
    ty.to_string()
        .replace(" < ", "<")
        .replace(" >", ">")
        .replace(" <", "<")
        .replace(" ,", ",")
        .replace(":: ", "::")
        .replace(" ::", "::")
}

use graph_resource_internals::names::{PRELUDE_TYPES as PRELUDE, PRIMITIVES};

/// A type that names nothing but the prelude's types and primitives, written with absolute
/// paths at `span`; `None` for any other type.
pub fn absolute(ty: &TokenStream, span: Span) -> Option<TokenStream> {
    let ty: syn::Type = syn::parse2(ty.clone()).ok()?;
    absolute_type(&ty, span)
}

/// Crates an absolute path may start with and still name the same item in any crate that
/// uses graph-resource (generated code writes `::graph_resource::edm::DateTimeOffset`).
const ABSOLUTE_ROOTS: &[&str] = &["core", "std", "alloc", "graph_resource"];

fn absolute_type(ty: &syn::Type, span: Span) -> Option<TokenStream> {
    let syn::Type::Path(tp) = ty else {
        return None;
    };
    if tp.qself.is_some() {
        return None;
    }
    let path = &tp.path;
    let args = |seg: &syn::PathSegment| -> Option<TokenStream> {
        match &seg.arguments {
            syn::PathArguments::None => Some(TokenStream::new()),
            syn::PathArguments::AngleBracketed(a) => {
                let inner = a
                    .args
                    .iter()
                    .map(|arg| match arg {
                        syn::GenericArgument::Type(t) => absolute_type(t, span),
                        _ => None,
                    })
                    .collect::<Option<Vec<TokenStream>>>()?;
                Some(quote_spanned!(span=> <#(#inner),*>))
            }
            syn::PathArguments::Parenthesized(_) => None,
        }
    };
    if path.leading_colon.is_some() {
        let root = path.segments.first()?.ident.to_string();
        if !ABSOLUTE_ROOTS.contains(&root.as_str()) {
            return None;
        }
        let segments = path
            .segments
            .iter()
            .map(|seg| {
                let ident = names::respan_ident(&seg.ident, span);
                let args = args(seg)?;
                Some(quote_spanned!(span=> #ident #args))
            })
            .collect::<Option<Vec<TokenStream>>>()?;
        return Some(quote_spanned!(span=> #(:: #segments)*));
    }
    let [seg] = path.segments.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let name = seg.ident.to_string();
    let args = args(seg)?;
    if let Some((_, full)) = PRELUDE.iter().find(|(n, _)| *n == name) {
        let full = respan(full.parse().expect("a path"), span);
        Some(quote_spanned!(span=> #full #args))
    } else if PRIMITIVES.contains(&name.as_str()) && args.is_empty() {
        let prim = Ident::new(&name, span);
        Some(quote_spanned!(span=> ::core::primitive::#prim))
    } else {
        None
    }
}

/// A base's property type as its module (`module = crate::models`, here `$crate::models`)
/// names it, written so that it names the same from anywhere: `Option<ResultInfo>` becomes
/// `::core::option::Option<$crate::models::ResultInfo>`, `super::x::Y` the module's parent's
/// `x::Y`. What rustdoc then shows in a child, in any crate, is the real type. `None` for a
/// type that is not a path, or names `Self` (the projection through the base is used).
pub fn through_module(ty: &TokenStream, module: &TokenStream, span: Span) -> Option<TokenStream> {
    let ty: syn::Type = syn::parse2(ty.clone()).ok()?;
    let module = module_segments(module)?;
    rewrite(&ty, &module, span)
}

/// A module path's segments (each kept with its own spans: `$crate` means its crate by its
/// span), and whether it starts with `::`.
fn module_segments(module: &TokenStream) -> Option<(bool, Vec<TokenTree>)> {
    let mut tokens = module.clone().into_iter().peekable();
    let mut leading = false;
    let mut segments = Vec::new();
    let mut expect_ident = true;
    while let Some(t) = tokens.next() {
        match t {
            TokenTree::Punct(p) if p.as_char() == ':' => {
                match tokens.next() {
                    Some(TokenTree::Punct(q)) if q.as_char() == ':' => {}
                    _ => return None,
                }
                if segments.is_empty() {
                    leading = true;
                }
                expect_ident = true;
            }
            TokenTree::Ident(i) if expect_ident => {
                segments.push(TokenTree::Ident(i));
                expect_ident = false;
            }
            // `$crate` as a macro hands it over: a `$` and `crate`, or one group.
            TokenTree::Punct(p) if p.as_char() == '$' && expect_ident => {
                let Some(TokenTree::Ident(c)) = tokens.next() else {
                    return None;
                };
                let mut g = Group::new(proc_macro2::Delimiter::None, quote!(#p #c));
                g.set_span(c.span());
                segments.push(TokenTree::Group(g));
                expect_ident = false;
            }
            TokenTree::Group(g)
                if g.delimiter() == proc_macro2::Delimiter::None && expect_ident =>
            {
                segments.push(TokenTree::Group(g));
                expect_ident = false;
            }
            _ => return None,
        }
    }
    (!segments.is_empty() && !expect_ident).then_some((leading, segments))
}

fn rewrite(ty: &syn::Type, module: &(bool, Vec<TokenTree>), span: Span) -> Option<TokenStream> {
    if let Some(absolute) = absolute_type(ty, span) {
        return Some(absolute);
    }
    let syn::Type::Path(tp) = ty else {
        return None;
    };
    if tp.qself.is_some() {
        return None;
    }
    let path = &tp.path;
    if path.segments.iter().any(|s| s.ident == "Self") {
        return None;
    }
    // A segment's generic arguments, each written through the module too.
    let args = |seg: &syn::PathSegment| -> Option<TokenStream> {
        match &seg.arguments {
            syn::PathArguments::None => Some(TokenStream::new()),
            syn::PathArguments::AngleBracketed(a) => {
                let inner = a
                    .args
                    .iter()
                    .map(|arg| match arg {
                        syn::GenericArgument::Type(t) => rewrite(t, module, span),
                        _ => None,
                    })
                    .collect::<Option<Vec<TokenStream>>>()?;
                Some(quote_spanned!(span=> <#(#inner),*>))
            }
            syn::PathArguments::Parenthesized(_) => None,
        }
    };
    let rest = |from: usize| -> Option<Vec<TokenStream>> {
        path.segments
            .iter()
            .skip(from)
            .map(|seg| {
                let ident = names::respan_ident(&seg.ident, span);
                let args = args(seg)?;
                Some(quote_spanned!(span=> #ident #args))
            })
            .collect()
    };
    let (leading, prefix) = (module.0, &module.1);
    let join = |prefix: &[TokenTree], rest: Vec<TokenStream>| {
        let colon = leading.then(|| quote!(::));
        let prefix = prefix.iter();
        quote!(#colon #(#prefix)::* #(:: #rest)*)
    };
    if path.leading_colon.is_some() {
        let rest = rest(0)?;
        return Some(quote_spanned!(span=> #(:: #rest)*));
    }
    let first = &path.segments[0];
    match first.ident.to_string().as_str() {
        "crate" => Some(join(&prefix[..1], rest(1)?)),
        "self" => Some(join(prefix, rest(1)?)),
        "super" => {
            let up = path
                .segments
                .iter()
                .take_while(|s| s.ident == "super")
                .count();
            // Above the crate's root is nowhere.
            if up >= prefix.len() {
                return None;
            }
            Some(join(&prefix[..prefix.len() - up], rest(up)?))
        }
        name => match PRELUDE.iter().find(|(n, _)| *n == name) {
            // `Option<ResultInfo>`: the prelude's type by its absolute path.
            Some((_, full)) if path.segments.len() == 1 => {
                let full = respan(full.parse().expect("a path"), span);
                let args = args(first)?;
                Some(quote_spanned!(span=> #full #args))
            }
            _ => Some(join(prefix, rest(0)?)),
        },
    }
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

    fn text(ts: Option<TokenStream>) -> Option<String> {
        ts.map(|t| t.to_string().replace(' ', ""))
    }

    #[test]
    fn prelude_types_are_written_absolute() {
        let span = Span::call_site();
        assert_eq!(
            text(absolute(&quote!(Option<String>), span)).as_deref(),
            Some("::core::option::Option<::std::string::String>")
        );
        assert_eq!(
            text(absolute(&quote!(Option<Vec<i64>>), span)).as_deref(),
            Some("::core::option::Option<::std::vec::Vec<::core::primitive::i64>>")
        );
        assert_eq!(text(absolute(&quote!(Option<ResultInfo>), span)), None);
        assert_eq!(text(absolute(&quote!(Option<crate::X>), span)), None);
        assert_eq!(text(absolute(&quote!(Option<Box<Self>>), span)), None);
        assert_eq!(
            text(absolute(
                &quote!(Option<::graph_resource::edm::DateTimeOffset>),
                span
            ))
            .as_deref(),
            Some("::core::option::Option<::graph_resource::edm::DateTimeOffset>")
        );
        assert_eq!(
            text(absolute(
                &quote!(Option<::graph_resource::Flags<Kind>>),
                span
            )),
            None
        );
        assert_eq!(text(absolute(&quote!(::other_crate::X), span)), None);
    }
}
