//! A model of the `#[graph_resource]` input: the struct, its options and its fields, own and
//! inherited. Built once from syn's tree (and, for inherited fields, from the base's data), then
//! validated and expanded.

use heck::ToLowerCamelCase;
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, Path, Type, Visibility};

use crate::attr::{crate_path, FieldOptions, ResourceArgs};
use crate::ctxt::Ctxt;

pub const DEFAULT_NAMESPACE: &str = "microsoft.graph";

pub struct Resource {
    /// The struct's own attributes (docs, derives the user adds), kept on the output.
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub args: ResourceArgs,
    pub krate: Path,
    /// The Graph name (`recordOperation`).
    pub name: String,
    pub namespace: String,
    /// Whether the type is complex: said so, or inherited from a complex base.
    pub complex: bool,
    pub abstract_: bool,
    /// `@odata.type` of every ancestor, root-most first.
    pub ancestors: Vec<String>,
    /// Inherited fields (root-most first), then the struct's own.
    pub fields: Vec<Field>,
}

pub struct Field {
    /// Attributes kept on the generated field (docs and anything not ours).
    pub attrs: Vec<Attribute>,
    pub vis: TokenStream,
    pub ident: Ident,
    /// The type as written in the generated struct of this crate and module.
    pub ty: TokenStream,
    /// The type as written where the property was first declared: tells `Option` apart and is
    /// copied verbatim when it names nothing but the prelude's types.
    pub source_ty: TokenStream,
    pub json: String,
    /// Where the JSON name comes from (the `rename` literal or the field's name).
    pub json_span: Span,
    pub secret: bool,
    pub read_only: bool,
    pub required: bool,
    pub option: bool,
    pub inherited: bool,
    /// Where `read_only` / `required` were written, for diagnostics.
    pub read_only_span: Option<Span>,
    pub required_span: Option<Span>,
}

impl Resource {
    /// Builds the model of a struct's own declaration. Errors go to `cx`; `None` when the input
    /// is not a struct with named fields.
    pub fn from_input(cx: &Ctxt, args: TokenStream, input: &DeriveInput) -> Option<Resource> {
        let args = ResourceArgs::parse(cx, args);
        let named = match &input.data {
            Data::Struct(s) => match &s.fields {
                Fields::Named(named) => Some(named),
                Fields::Unnamed(f) => {
                    cx.error_spanned_by(
                        f,
                        "`#[graph_resource]` needs a struct with named fields; a tuple struct has \
                         no property names",
                    );
                    None
                }
                Fields::Unit => {
                    cx.error_spanned_by(
                        &input.ident,
                        "`#[graph_resource]` needs a struct with named fields: write `struct Name { .. }`",
                    );
                    None
                }
            },
            Data::Enum(e) => {
                cx.error_spanned_by(
                    e.enum_token,
                    "`#[graph_resource]` goes on a struct; for an enumeration use `#[graph_enum]`, \
                     for a polymorphic family `#[graph_family(base = ...)]`",
                );
                None
            }
            Data::Union(u) => {
                cx.error_spanned_by(
                    u.union_token,
                    "`#[graph_resource]` goes on a struct, not a union",
                );
                None
            }
        };
        if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
            cx.error_spanned_by(
                &input.generics,
                "a Graph resource cannot be generic: its properties have fixed types",
            );
        }
        let named = named?;

        let name = match &args.name.value {
            Some(lit) => lit.value(),
            None => input.ident.unraw().to_string().to_lower_camel_case(),
        };
        let namespace = args
            .namespace
            .value
            .as_ref()
            .map(|lit| lit.value())
            .unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned());
        let fields = named.named.iter().map(|f| Field::from_syn(cx, f)).collect();
        Some(Resource {
            attrs: input.attrs.clone(),
            vis: input.vis.clone(),
            ident: input.ident.clone(),
            krate: crate_path(&args.krate),
            complex: args.complex.is_set(),
            abstract_: args.abstract_.is_set(),
            args,
            name,
            namespace,
            ancestors: Vec::new(),
            fields,
        })
    }

    /// `#microsoft.graph.recordOperation`
    pub fn odata_type(&self) -> String {
        format!("#{}.{}", self.namespace, self.name)
    }

    /// The hidden module and the public macro that carry this type to its children are both
    /// named after the Graph name.
    pub fn graph_ident(&self) -> Ident {
        graph_ident(&self.name, self.ident.span())
    }
}

/// The identifier for a Graph name (`commsOperation`), raw when it is a Rust keyword.
pub fn graph_ident(name: &str, span: Span) -> Ident {
    syn::parse_str::<Ident>(name)
        .map(|mut i| {
            i.set_span(span);
            i
        })
        .unwrap_or_else(|_| Ident::new_raw(name, span))
}

impl Field {
    fn from_syn(cx: &Ctxt, field: &syn::Field) -> Field {
        let (opts, attrs) = FieldOptions::parse(cx, &field.attrs);
        let ident = field.ident.clone().expect("named field");
        let (json, json_span) = match &opts.rename.value {
            Some(lit) => (lit.value(), lit.span()),
            None => (
                ident.unraw().to_string().to_lower_camel_case(),
                ident.span(),
            ),
        };
        Field {
            attrs,
            vis: field.vis.to_token_stream(),
            option: is_option(&field.ty),
            ty: field.ty.to_token_stream(),
            source_ty: field.ty.to_token_stream(),
            json,
            json_span,
            secret: opts.secret.is_set(),
            read_only: opts.read_only.is_set(),
            required: opts.required.is_set(),
            read_only_span: opts.read_only.span,
            required_span: opts.required.span,
            inherited: false,
            ident,
        }
    }

    /// The doc strings of the field, to hand down to children.
    pub fn docs(&self) -> Vec<syn::LitStr> {
        self.attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .filter_map(|a| match &a.meta {
                syn::Meta::NameValue(nv) => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => Some(s.clone()),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }
}

/// Whether a type is written as `Option<..>` (also `std::option::Option<..>`).
pub fn is_option(ty: &Type) -> bool {
    match ty {
        Type::Path(p) if p.qself.is_none() => p
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "Option" && !s.arguments.is_empty()),
        Type::Group(g) => is_option(&g.elem),
        Type::Paren(p) => is_option(&p.elem),
        _ => false,
    }
}

/// The input with every `#[graph(...)]` helper attribute (and the `#[serde(...)]` ones, already
/// reported) removed: what is emitted next to the errors when the input is wrong, so that one
/// mistake does not cascade into "cannot find type".
pub fn strip_helper_attrs(mut input: DeriveInput) -> DeriveInput {
    let keep = |attrs: &mut Vec<Attribute>| {
        attrs.retain(|a| !a.path().is_ident("graph") && !a.path().is_ident("serde"))
    };
    match &mut input.data {
        Data::Struct(s) => s.fields.iter_mut().for_each(|f| keep(&mut f.attrs)),
        Data::Enum(e) => e.variants.iter_mut().for_each(|v| {
            keep(&mut v.attrs);
            v.fields.iter_mut().for_each(|f| keep(&mut f.attrs));
        }),
        Data::Union(u) => u.fields.named.iter_mut().for_each(|f| keep(&mut f.attrs)),
    }
    input
}

/// The item, parsed; or, when it is not even an item, the input back with syn's error.
pub fn parse_item(input: TokenStream) -> Result<DeriveInput, TokenStream> {
    syn::parse2(input.clone()).map_err(|e| {
        let e = e.to_compile_error();
        quote::quote!(#input #e)
    })
}

/// The item alone (helper attributes stripped), with every error: what is emitted when the
/// input is wrong.
pub fn with_errors(input: DeriveInput, errors: TokenStream) -> TokenStream {
    let item = strip_helper_attrs(input);
    quote::quote!(#item #errors)
}

/// The variants of an enum input; for a struct or union, the error `on_struct` (or one for
/// unions) at its keyword. Also reports generics, which no Graph enumeration or family has.
pub fn enum_data<'a>(
    cx: &Ctxt,
    input: &'a DeriveInput,
    attribute: &str,
    on_struct: &str,
    generic: &str,
) -> Option<&'a syn::DataEnum> {
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        cx.error_spanned_by(&input.generics, generic);
    }
    match &input.data {
        Data::Enum(e) => Some(e),
        Data::Struct(s) => {
            cx.error_spanned_by(s.struct_token, on_struct);
            None
        }
        Data::Union(u) => {
            cx.error_spanned_by(
                u.union_token,
                format!("`#[{attribute}]` goes on an enum, not a union"),
            );
            None
        }
    }
}
