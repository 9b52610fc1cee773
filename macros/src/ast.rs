//! A model of the `#[graph_resource]` input: the struct, its options and its fields, own and
//! inherited. Built once from syn's tree (and, for inherited fields, from the base's data), then
//! validated and expanded.

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::{Attribute, Data, DeriveInput, Fields, Ident, Path, Type, Visibility};

use crate::attr::{crate_path, FieldOptions, FieldPlace, ResourceArgs};
use crate::ctxt::Ctxt;

pub const DEFAULT_NAMESPACE: &str = graph_resource_internals::names::GRAPH_NAMESPACE;

pub struct Resource {
    /// The struct's own attributes (docs, derives the user adds), kept on the output.
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub args: ResourceArgs,
    pub krate: Path,
    /// `module = ...`: where the type can be named from anywhere.
    pub module: Option<Path>,
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
    /// The base type as this type's module names it (set when the base's data is merged).
    pub base_type: Option<TokenStream>,
    /// The actions and functions bound to this type or to a collection of it
    /// (`#[graph_operations(...)]`).
    pub operations: Vec<crate::ops::Operation>,
}

pub struct Field {
    /// Attributes kept on the generated field (docs and anything not ours).
    pub attrs: Vec<Attribute>,
    /// The field's `#[cfg(...)]` attributes: repeated on everything generated for the field.
    pub cfg: Vec<Attribute>,
    /// Attributes repeated on the field's setters and accessors: docs, `deprecated`, lint
    /// levels, `cfg` (and `cfg_attr`s of those).
    pub forward: Vec<Attribute>,
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
    pub secret: Cond,
    pub read_only: Cond,
    pub required: bool,
    pub option: bool,
    /// `Option<Option<T>>`: absent, `null` or a value.
    pub nullable: bool,
    /// Came from the base (merged in by `inherit`), not written in this declaration.
    pub from_base: bool,
    /// Where `required` was written, for diagnostics.
    pub required_span: Option<Span>,
    /// `#[graph(navigation)]`: a method of the type's paths.
    pub navigation: Option<Span>,
    /// `#[graph(inherited)]`: restates an inherited property with its type as this module
    /// names it (shown in docs instead of a projection through the base).
    pub restates: Option<Span>,
    /// For an inherited property restated so: the type it must be (the projection).
    pub check: Option<TokenStream>,
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
        no_generics(
            cx,
            &input.generics,
            "a Graph resource cannot be generic: its properties have fixed types",
        );
        provided_derives(cx, &input.attrs);
        let named = named?;

        let name = match &args.name.value {
            Some(lit) => lit.value(),
            None => graph_resource_internals::names::default_graph_name(&input.ident.to_string()),
        };
        let namespace = args
            .namespace
            .value
            .as_ref()
            .map(|lit| lit.value())
            .unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned());
        let fields = named.named.iter().map(|f| Field::from_syn(cx, f)).collect();
        let (operations, attrs) = crate::ops::parse_operations(cx, &input.attrs);
        Some(Resource {
            attrs,
            base_type: None,
            operations,
            vis: input.vis.clone(),
            ident: input.ident.clone(),
            krate: crate_path(&args.krate),
            module: args.module.value.clone(),
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

    /// The JSON names of the properties that are (or may be, under a `cfg`) secret: their
    /// values, in fields or in `additional_data`, are never shown.
    pub fn secret_names(&self) -> impl Iterator<Item = &String> {
        self.fields
            .iter()
            .filter(|f| f.secret.maybe())
            .map(|f| &f.json)
    }
}

/// The named fields of a struct, or `None` with `message` reported at the item's name.
pub fn named_fields<'a>(
    cx: &Ctxt,
    item: &'a DeriveInput,
    message: &str,
) -> Option<&'a syn::punctuated::Punctuated<syn::Field, syn::Token![,]>> {
    match &item.data {
        Data::Struct(syn::DataStruct {
            fields: Fields::Named(named),
            ..
        }) => Some(&named.named),
        _ => {
            cx.error_spanned_by(&item.ident, message);
            None
        }
    }
}

/// Reports generic parameters and a `where` clause, each at its own tokens.
pub fn no_generics(cx: &Ctxt, generics: &syn::Generics, message: &str) {
    if !generics.params.is_empty() {
        cx.error_spanned_by(generics, message);
    }
    if let Some(clause) = &generics.where_clause {
        cx.error_spanned_by(clause, message);
    }
}

/// The traits `#[graph_resource]` implements itself: deriving one too is an error that says so
/// (rather than a conflict inside generated code).
fn provided_derives(cx: &Ctxt, attrs: &[Attribute]) {
    const PROVIDED: &[(&str, &str)] = &[
        ("Clone", ""),
        ("Default", ""),
        ("PartialEq", ""),
        ("Debug", ", redacting secrets"),
        ("Serialize", ", in Graph's JSON dialect"),
        ("Deserialize", ", in Graph's JSON dialect"),
    ];
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let Ok(paths) = attr
            .parse_args_with(syn::punctuated::Punctuated::<Path, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        for path in &paths {
            let Some(last) = path.segments.last() else {
                continue;
            };
            if let Some((name, how)) = PROVIDED.iter().find(|(n, _)| last.ident == n) {
                cx.error_spanned_by(
                    path,
                    format!(
                        "`#[graph_resource]` implements `{name}` itself{how}: remove it from \
                         `#[derive(...)]`"
                    ),
                );
            }
        }
    }
}

/// Whether a field option holds: never, always, or where a `cfg` predicate does
/// (`#[cfg_attr(pred, graph(secret))]`).
#[derive(Clone)]
pub enum Cond {
    No,
    Yes,
    When(TokenStream),
}

impl Cond {
    fn new(set: bool, when: Option<TokenStream>) -> Cond {
        match (set, when) {
            (true, _) => Cond::Yes,
            (false, Some(pred)) => Cond::When(pred),
            (false, None) => Cond::No,
        }
    }

    /// Whether it may hold (in some configuration).
    pub fn maybe(&self) -> bool {
        !matches!(self, Cond::No)
    }

    /// A `bool` expression: `true`, `false` or `::core::cfg!(pred)`.
    pub fn expr(&self) -> TokenStream {
        match self {
            Cond::No => quote!(false),
            Cond::Yes => quote!(true),
            Cond::When(pred) => quote!(::core::cfg!(#pred)),
        }
    }

    /// What to put before an item that exists only where the option does not hold: nothing,
    /// `#[cfg(not(pred))]`, or `None` when the item is never wanted.
    pub fn unless(&self) -> Option<TokenStream> {
        match self {
            Cond::No => Some(TokenStream::new()),
            Cond::Yes => None,
            Cond::When(pred) => Some(quote!(#[cfg(not(#pred))])),
        }
    }
}

/// Attributes that travel with a field to its setters, accessors and children: docs,
/// deprecation and lint levels (`expect` as `allow`: an expectation met on the field need not
/// be met again on its setter).
fn forwarded(attr: &Attribute) -> Option<Attribute> {
    const FORWARD: &[&str] = &["doc", "deprecated", "allow", "warn", "deny", "forbid"];
    let path = attr.path();
    if FORWARD.iter().any(|f| path.is_ident(f)) {
        return Some(attr.clone());
    }
    if path.is_ident("expect") {
        let mut out = attr.clone();
        if let syn::Meta::List(list) = &mut out.meta {
            list.path = syn::parse_quote!(allow);
        }
        return Some(out);
    }
    if path.is_ident("cfg_attr") {
        let inner_ok = attr
            .parse_args_with(|input: syn::parse::ParseStream| {
                input.parse::<syn::Meta>()?;
                input.parse::<syn::Token![,]>()?;
                syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated(input)
            })
            .is_ok_and(|metas| {
                metas
                    .iter()
                    .all(|m| FORWARD.iter().any(|f| m.path().is_ident(f)))
            });
        return inner_ok.then(|| attr.clone());
    }
    None
}

impl Field {
    fn from_syn(cx: &Ctxt, field: &syn::Field) -> Field {
        let (opts, attrs) = FieldOptions::parse(cx, &field.attrs, FieldPlace::Property);
        let ident = field.ident.clone().expect("named field");
        let (json, json_span) = match &opts.rename.value {
            Some(lit) => (lit.value(), lit.span()),
            None => (
                graph_resource_internals::names::default_json_name(&ident.to_string()),
                ident.span(),
            ),
        };
        let cfg = attrs
            .iter()
            .filter(|a| a.path().is_ident("cfg"))
            .cloned()
            .collect();
        let forward = attrs.iter().filter_map(forwarded).collect();
        Field {
            attrs,
            cfg,
            forward,
            vis: field.vis.to_token_stream(),
            option: is_option(&field.ty),
            nullable: option_inner(&field.ty).is_some_and(|inner| is_option(&inner)),
            ty: field.ty.to_token_stream(),
            source_ty: field.ty.to_token_stream(),
            json,
            json_span,
            secret: Cond::new(opts.secret.is_set(), opts.secret_when),
            read_only: Cond::new(opts.read_only.is_set(), opts.read_only_when),
            required: opts.required.is_set(),
            required_span: opts.required.span,
            navigation: opts.navigation.span,
            restates: opts.restates.span,
            check: None,
            from_base: false,
            ident,
        }
    }

    /// `#[cfg(not(all(...)))]` of the field's `cfg`s: where the field is configured out.
    pub fn cfg_not(&self) -> Option<TokenStream> {
        cfg_not(&self.cfg)
    }
}

/// `#[cfg(not(all(...)))]` of `#[cfg(...)]` attributes: where what they are on is configured
/// out; none where there are none.
pub fn cfg_not(cfg: &[Attribute]) -> Option<TokenStream> {
    if cfg.is_empty() {
        return None;
    }
    let preds = cfg.iter().filter_map(|a| match &a.meta {
        syn::Meta::List(list) => Some(&list.tokens),
        _ => None,
    });
    Some(quote!(#[cfg(not(all(#(#preds),*)))]))
}

/// The `T` of a type written `Option<T>`.
pub fn option_inner(ty: &Type) -> Option<Type> {
    generic_arg(ty, "Option")
}

/// The `T` of a type written `Name<T>` (any path ending in `Name`, in parentheses or an
/// invisible group too).
pub fn generic_arg(ty: &Type, name: &str) -> Option<Type> {
    match ty {
        Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            if last.ident != name {
                return None;
            }
            match &last.arguments {
                syn::PathArguments::AngleBracketed(args) if args.args.len() == 1 => {
                    match &args.args[0] {
                        syn::GenericArgument::Type(t) => Some(t.clone()),
                        _ => None,
                    }
                }
                _ => None,
            }
        }
        Type::Group(g) => generic_arg(&g.elem, name),
        Type::Paren(p) => generic_arg(&p.elem, name),
        _ => None,
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
        *attrs = std::mem::take(attrs)
            .into_iter()
            .filter(|a| !a.path().is_ident("graph") && !a.path().is_ident("serde"))
            .filter_map(|a| {
                if !a.path().is_ident("cfg_attr") {
                    return Some(a);
                }
                match crate::attr::split_cfg_attr(&a) {
                    Ok((_, _, others)) => others,
                    Err(_) => Some(a),
                }
            })
            .collect();
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
        .attrs
        .retain(|a| !a.path().is_ident("graph_operations"));
    input
}

/// The item, parsed; or, when it is not even an item, the input back with syn's error.
pub fn parse_item(input: TokenStream) -> Result<DeriveInput, TokenStream> {
    syn::parse2(input.clone()).map_err(|e| {
        let e = e.to_compile_error();
        quote::quote!(#input #e)
    })
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
    no_generics(cx, &input.generics, generic);
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

/// Every identifier in `ts` (unrawed), at any depth.
pub fn idents(ts: &TokenStream) -> std::collections::BTreeSet<String> {
    fn walk(ts: TokenStream, out: &mut std::collections::BTreeSet<String>) {
        for t in ts {
            match t {
                proc_macro2::TokenTree::Ident(i) => {
                    out.insert(syn::ext::IdentExt::unraw(&i).to_string());
                }
                proc_macro2::TokenTree::Group(g) => walk(g.stream(), out),
                _ => {}
            }
        }
    }
    let mut out = std::collections::BTreeSet::new();
    walk(ts.clone(), &mut out);
    out
}
