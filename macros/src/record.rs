//! The data record a base's macro hands to its children: one type per level ([`BaseData`],
//! [`BaseField`]), each written (`ToTokens`) and read (`Parse`) side by side, and a round-trip
//! test over every field.
//!
//! ```text
//! data  := "__graph_resource_base" "{"
//!            "name" ":" STR "," "namespace" ":" STR "," "rust" ":" IDENT ","
//!            "module" ":" "(" PATH? ")" "," "complex" ":" BOOL "," "alias" ":" BOOL ","
//!            "ancestors" ":" "[" STR* "]" "," "fields" ":" "[" field* "]" "}"
//! field := "{" "ident" ":" IDENT "," "json" ":" STR "," "secret" ":" cond ","
//!            "read_only" ":" cond "," "required" ":" BOOL "," "option" ":" BOOL ","
//!            "nullable" ":" BOOL "," "vis" ":" "(" VIS ")" "," "ty" ":" "(" TYPE ")" ","
//!            "attrs" ":" "[" ATTR* "]" "}"
//! cond  := "no" | "yes" | "when" "(" CFG-PREDICATE ")"
//! ```
//!
//! Any change to this grammar bumps `inherit::PROTOCOL`.

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{bracketed, parenthesized, Attribute, Ident, LitBool, LitStr, Path};

use crate::ast::{Cond, Field, Resource};

const DATA_MARKER: &str = "__graph_resource_base";

/// What a base hands down.
pub struct BaseData {
    pub name: String,
    pub namespace: String,
    /// The base's Rust name.
    pub rust: Ident,
    /// The base's `module = ...`, with `crate` as `$crate`.
    pub module: Option<TokenStream>,
    pub complex: bool,
    /// Whether the Graph name also names the type (see `names::graph_name_alias`).
    pub alias: bool,
    pub ancestors: Vec<String>,
    pub fields: Vec<BaseField>,
}

pub struct BaseField {
    pub ident: Ident,
    pub json: String,
    pub secret: Cond,
    pub read_only: Cond,
    pub required: bool,
    pub option: bool,
    pub nullable: bool,
    pub vis: TokenStream,
    pub ty: TokenStream,
    /// Docs, deprecation, lint levels and `cfg`s.
    pub attrs: Vec<Attribute>,
}

impl BaseField {
    /// The record of one of `res`'s fields (the note an inherited field's docs carry left
    /// out: each child writes its own).
    fn of(f: &Field) -> BaseField {
        BaseField {
            ident: f.ident.clone(),
            json: f.json.clone(),
            secret: f.secret.clone(),
            read_only: f.read_only.clone(),
            required: f.required,
            option: f.option,
            nullable: f.nullable,
            vis: f.vis.clone(),
            ty: f.source_ty.clone(),
            attrs: f
                .cfg
                .iter()
                .chain(&f.forward)
                .filter(|a| !is_inherited_note(a))
                .cloned()
                .collect(),
        }
    }
}

impl ToTokens for Cond {
    fn to_tokens(&self, out: &mut TokenStream) {
        out.extend(match self {
            Cond::No => quote!(no),
            Cond::Yes => quote!(yes),
            Cond::When(pred) => quote!(when(#pred)),
        });
    }
}

impl ToTokens for BaseField {
    fn to_tokens(&self, out: &mut TokenStream) {
        let BaseField {
            ident,
            json,
            secret,
            read_only,
            required,
            option,
            nullable,
            vis,
            ty,
            attrs,
        } = self;
        out.extend(quote! {
            {
                ident: #ident, json: #json, secret: #secret, read_only: #read_only,
                required: #required, option: #option, nullable: #nullable,
                vis: (#vis), ty: (#ty), attrs: [#(#attrs)*]
            }
        });
    }
}

impl ToTokens for BaseData {
    fn to_tokens(&self, out: &mut TokenStream) {
        let marker = Ident::new(DATA_MARKER, Span::call_site());
        let BaseData {
            name,
            namespace,
            rust,
            module,
            complex,
            alias,
            ancestors,
            fields,
        } = self;
        out.extend(quote! {
            #marker {
                name: #name, namespace: #namespace, rust: #rust, module: (#module),
                complex: #complex, alias: #alias, ancestors: [#(#ancestors)*], fields: [#(#fields)*]
            }
        });
    }
}

/// The data tokens of `res`, for its macro.
pub fn encode(res: &Resource) -> TokenStream {
    BaseData {
        name: res.name.clone(),
        namespace: res.namespace.clone(),
        rust: res.ident.clone(),
        module: res.module.as_ref().map(dollar_crate),
        complex: res.complex,
        alias: crate::names::graph_name_alias(&res.name, &res.ident).is_some(),
        ancestors: res.ancestors.clone(),
        fields: res.fields.iter().map(BaseField::of).collect(),
    }
    .into_token_stream()
}

/// A path with a leading `crate` written `$crate`, as a `macro_rules!` body needs it.
fn dollar_crate(path: &Path) -> TokenStream {
    let mut segments = path.segments.iter();
    match segments.next() {
        Some(first) if first.ident == "crate" && path.leading_colon.is_none() => {
            let rest = segments.map(|s| quote!(:: #s));
            quote!($crate #(#rest)*)
        }
        _ => path.to_token_stream(),
    }
}

/// Reads `label :`.
fn label(input: ParseStream, name: &str) -> syn::Result<()> {
    let found = input.call(Ident::parse_any)?;
    if found != name {
        return Err(syn::Error::new(
            found.span(),
            format!("graph-resource data: expected `{name}`, found `{found}`"),
        ));
    }
    input.parse::<syn::Token![:]>()?;
    Ok(())
}

/// Reads `label : value ,?`.
fn field<T>(
    input: ParseStream,
    name: &str,
    value: impl FnOnce(ParseStream) -> syn::Result<T>,
) -> syn::Result<T> {
    label(input, name)?;
    let out = value(input)?;
    if input.peek(syn::Token![,]) {
        input.parse::<syn::Token![,]>()?;
    }
    Ok(out)
}

fn string(input: ParseStream) -> syn::Result<String> {
    Ok(input.parse::<LitStr>()?.value())
}

fn boolean(input: ParseStream) -> syn::Result<bool> {
    Ok(input.parse::<LitBool>()?.value)
}

fn parens(input: ParseStream) -> syn::Result<TokenStream> {
    let inner;
    parenthesized!(inner in input);
    inner.parse()
}

fn list<T>(
    input: ParseStream,
    mut item: impl FnMut(ParseStream) -> syn::Result<T>,
) -> syn::Result<Vec<T>> {
    let inner;
    bracketed!(inner in input);
    let mut out = Vec::new();
    while !inner.is_empty() {
        out.push(item(&inner)?);
    }
    Ok(out)
}

fn cond(input: ParseStream) -> syn::Result<Cond> {
    let word = input.call(Ident::parse_any)?;
    match word.to_string().as_str() {
        "no" => Ok(Cond::No),
        "yes" => Ok(Cond::Yes),
        "when" => Ok(Cond::When(parens(input)?)),
        _ => Err(syn::Error::new(
            word.span(),
            "graph-resource data: expected `no`, `yes` or `when(...)`",
        )),
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
        let name = field(&body, "name", string)?;
        let namespace = field(&body, "namespace", string)?;
        let rust = field(&body, "rust", |i| i.call(Ident::parse_any))?;
        let module = field(&body, "module", parens)?;
        let complex = field(&body, "complex", boolean)?;
        let alias = field(&body, "alias", boolean)?;
        let ancestors = field(&body, "ancestors", |i| list(i, string))?;
        let fields = field(&body, "fields", |i| {
            list(i, |i| {
                let f;
                syn::braced!(f in i);
                f.parse()
            })
        })?;
        Ok(BaseData {
            name,
            namespace,
            rust,
            module: (!module.is_empty()).then_some(module),
            complex,
            alias,
            ancestors,
            fields,
        })
    }
}

impl Parse for BaseField {
    fn parse(f: ParseStream) -> syn::Result<Self> {
        Ok(BaseField {
            ident: field(f, "ident", |i| i.call(Ident::parse_any))?,
            json: field(f, "json", string)?,
            secret: field(f, "secret", cond)?,
            read_only: field(f, "read_only", cond)?,
            required: field(f, "required", boolean)?,
            option: field(f, "option", boolean)?,
            nullable: field(f, "nullable", boolean)?,
            vis: field(f, "vis", parens)?,
            ty: field(f, "ty", parens)?,
            attrs: field(f, "attrs", |i| {
                let inner;
                bracketed!(inner in i);
                inner.call(Attribute::parse_outer)
            })?,
        })
    }
}

/// How the doc line that says where an inherited field comes from starts.
pub const INHERITED_NOTE: &str = "*Inherited from ";

pub fn is_inherited_note(attr: &Attribute) -> bool {
    doc_text(attr).is_some_and(|d| d.starts_with(INHERITED_NOTE))
}

pub fn is_blank_doc(attr: &Attribute) -> bool {
    doc_text(attr).is_some_and(|d| d.trim().is_empty())
}

fn doc_text(attr: &Attribute) -> Option<String> {
    match &attr.meta {
        syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ctxt::Ctxt;
    use crate::inherit::type_text;

    fn sample() -> Resource {
        let cx = Ctxt::new();
        let item: syn::DeriveInput = syn::parse_quote! {
            pub struct CommsOperation {
                /// Docs.
                #[deprecated]
                #[cfg(feature = "x")]
                pub r#type: Option<ResultInfo>,
                #[cfg_attr(feature = "y", graph(secret))]
                #[graph(read_only)]
                pub gen: Option<Option<String>>,
            }
        };
        let res = Resource::from_input(&cx, quote!(module = crate::models), &item).unwrap();
        assert!(cx.check().is_ok());
        res
    }

    #[test]
    fn the_record_round_trips() {
        let res = sample();
        let data: BaseData = syn::parse2(encode(&res)).expect("the record parses");
        assert_eq!(data.name, "commsOperation");
        assert_eq!(data.namespace, "microsoft.graph");
        assert_eq!(data.rust, "CommsOperation");
        assert_eq!(
            data.module.map(|m| m.to_string()).as_deref(),
            Some("$ crate :: models")
        );
        assert_eq!(data.fields.len(), 2);
        let (a, b) = (&data.fields[0], &data.fields[1]);
        assert_eq!(
            (a.ident.to_string().as_str(), a.json.as_str()),
            ("r#type", "type")
        );
        assert_eq!(a.attrs.len(), 3, "cfg, docs and deprecation travel");
        assert!(matches!(a.secret, Cond::No) && matches!(a.read_only, Cond::No));
        assert!(a.option && !a.nullable);
        assert_eq!(type_text(&a.ty), "Option<ResultInfo>");
        assert!(matches!(&b.secret, Cond::When(p) if p.to_string() == "feature = \"y\""));
        assert!(matches!(b.read_only, Cond::Yes));
        assert!(b.option && b.nullable);
    }

    #[test]
    fn a_malformed_record_names_the_label() {
        let err = syn::parse2::<BaseData>(quote!(__graph_resource_base { nome: "x" }))
            .err()
            .expect("an error");
        assert!(err.to_string().contains("expected `name`, found `nome`"));
    }
}
