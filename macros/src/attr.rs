//! Parsing of the macros' own attributes into typed options: `#[graph_resource(...)]`,
//! `#[graph_enum(...)]`, `#[graph_family(...)]` and the `#[graph(...)]` helper on fields and
//! variants. Unknown and repeated keys are reported and parsing goes on, so that every mistake
//! shows at once.

use proc_macro2::{Span, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::parse::Parser;
use syn::{Attribute, LitStr, Path};

use crate::ctxt::Ctxt;
use crate::suggest::closest;

/// A key given once, remembering where it was written.
pub struct Attr<T> {
    pub value: Option<T>,
    pub span: Option<Span>,
    name: &'static str,
}

impl<T> Attr<T> {
    fn new(name: &'static str) -> Self {
        Attr {
            value: None,
            span: None,
            name,
        }
    }

    fn set(&mut self, cx: &Ctxt, meta: &ParseNestedMeta, value: T) {
        if self.value.is_some() {
            cx.error_spanned_by(&meta.path, format!("duplicate key `{}`", self.name));
        } else {
            self.value = Some(value);
            self.span = Some(span_of(&meta.path));
        }
    }

    pub fn is_set(&self) -> bool {
        self.value.is_some()
    }
}

fn span_of(path: &Path) -> Span {
    path.segments
        .first()
        .map(|s| s.ident.span())
        .unwrap_or_else(Span::call_site)
}

fn key_name(path: &Path) -> String {
    path.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// Reports an unknown key, consuming its value (if any) so that parsing can go on.
fn unknown_key(
    cx: &Ctxt,
    meta: &ParseNestedMeta,
    what: &str,
    expected: &[&str],
) -> syn::Result<()> {
    let name = key_name(&meta.path);
    let list = expected
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let hint = closest(&name, expected)
        .map(|k| format!("; did you mean `{k}`?"))
        .unwrap_or_default();
    cx.error_spanned_by(
        &meta.path,
        format!("unknown {what} key `{name}`{hint} (expected one of {list})"),
    );
    skip_value(meta)
}

fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        meta.value()?.parse::<syn::Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.parse_nested_meta(|inner| skip_value(&inner))?;
    }
    Ok(())
}

/// A bare flag such as `secret`: given with `= value` or `(...)` is an error.
fn flag(cx: &Ctxt, meta: &ParseNestedMeta, attr: &mut Attr<()>) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) || meta.input.peek(syn::token::Paren) {
        cx.error_spanned_by(
            &meta.path,
            format!(
                "`{}` is a flag and takes no value: write `{}` alone",
                attr.name, attr.name
            ),
        );
        return skip_value(meta);
    }
    attr.set(cx, meta, ());
    Ok(())
}

/// `key = ...` without the `= ...`: say what the key takes, and go on.
fn missing_value(cx: &Ctxt, meta: &ParseNestedMeta, example: &str) -> bool {
    if meta.input.peek(syn::Token![=]) {
        return false;
    }
    let name = key_name(&meta.path);
    cx.error_spanned_by(
        &meta.path,
        format!("`{name}` needs a value: `{name} = {example}`"),
    );
    true
}

fn string(cx: &Ctxt, meta: &ParseNestedMeta, attr: &mut Attr<LitStr>) -> syn::Result<()> {
    if missing_value(cx, meta, "\"...\"") {
        return skip_value(meta);
    }
    let value = meta.value()?;
    match value.parse::<syn::Expr>()? {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => attr.set(cx, meta, s),
        other => cx.error_spanned_by(
            other,
            format!(
                "`{}` takes a string literal: `{} = \"...\"`",
                attr.name, attr.name
            ),
        ),
    }
    Ok(())
}

/// `key = some::path` (or, like serde, `key = "some::path"`).
fn path(cx: &Ctxt, meta: &ParseNestedMeta, attr: &mut Attr<Path>) -> syn::Result<()> {
    if missing_value(cx, meta, "some::path") {
        return skip_value(meta);
    }
    let value = meta.value()?;
    let mut expr = value.parse::<syn::Expr>()?;
    // A `$base:path` or `$base:ident` fragment of a `macro_rules!` arrives wrapped in an
    // invisible group.
    while let syn::Expr::Group(g) = expr {
        expr = *g.expr;
    }
    match expr {
        syn::Expr::Path(p) if p.qself.is_none() && p.attrs.is_empty() => attr.set(cx, meta, p.path),
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => match s.parse::<Path>() {
            Ok(p) => attr.set(cx, meta, p),
            Err(_) => cx.error_spanned_by(&s, format!("`{}` takes a path", attr.name)),
        },
        other => cx.error_spanned_by(
            other,
            format!(
                "`{}` takes a path, such as `{} = some::path`",
                attr.name, attr.name
            ),
        ),
    }
    Ok(())
}

/// One key of an option set, to be parsed into its slot: each key is spelled once, in its
/// `Attr::new`, and this table dispatches on it and lists it in "expected one of".
pub enum Slot<'a> {
    Flag(&'a mut Attr<()>),
    Str(&'a mut Attr<LitStr>),
    Path(&'a mut Attr<Path>),
}

impl Slot<'_> {
    fn name(&self) -> &'static str {
        match self {
            Slot::Flag(a) => a.name,
            Slot::Str(a) => a.name,
            Slot::Path(a) => a.name,
        }
    }

    fn parse(&mut self, cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<()> {
        match self {
            Slot::Flag(a) => flag(cx, meta, a),
            Slot::Str(a) => string(cx, meta, a),
            Slot::Path(a) => path(cx, meta, a),
        }
    }
}

/// Parses one key into the slot of its name, or reports it as unknown to `what`.
fn dispatch(cx: &Ctxt, meta: &ParseNestedMeta, what: &str, slots: &mut [Slot]) -> syn::Result<()> {
    match slots.iter_mut().find(|s| meta.path.is_ident(s.name())) {
        Some(slot) => slot.parse(cx, meta),
        None => {
            let names: Vec<&str> = slots.iter().map(Slot::name).collect();
            unknown_key(cx, meta, what, &names)
        }
    }
}

/// Runs a nested-meta parser over attribute arguments, turning a syntax error into a reported
/// error rather than an abort.
fn parse_args(cx: &Ctxt, args: TokenStream, f: impl FnMut(ParseNestedMeta) -> syn::Result<()>) {
    if let Err(err) = syn::meta::parser(f).parse2(args) {
        cx.syn_error(err);
    }
}

// ---------------------------------------------------------------------------------------------
// #[graph_resource(...)]

pub struct ResourceArgs {
    pub inherits: Attr<Path>,
    pub complex: Attr<()>,
    pub abstract_: Attr<()>,
    pub name: Attr<LitStr>,
    pub namespace: Attr<LitStr>,
    pub krate: Attr<Path>,
    /// Where the type can be named from anywhere (`crate::models`): lets a child that imports
    /// only the Graph name (`use my_crate::models::directoryObject;`) name the base type.
    pub module: Attr<Path>,
}

impl ResourceArgs {
    pub fn parse(cx: &Ctxt, args: TokenStream) -> Self {
        let mut out = ResourceArgs {
            inherits: Attr::new("inherits"),
            complex: Attr::new("complex"),
            abstract_: Attr::new("abstract"),
            name: Attr::new("name"),
            namespace: Attr::new("namespace"),
            krate: Attr::new("crate"),
            module: Attr::new("module"),
        };
        parse_args(cx, args, |meta| {
            let ResourceArgs {
                inherits,
                complex,
                abstract_,
                name,
                namespace,
                krate,
                module,
            } = &mut out;
            dispatch(
                cx,
                &meta,
                "`graph_resource`",
                &mut [
                    Slot::Path(inherits),
                    Slot::Flag(complex),
                    Slot::Flag(abstract_),
                    Slot::Str(name),
                    Slot::Str(namespace),
                    Slot::Path(krate),
                    Slot::Path(module),
                ],
            )
        });
        out
    }
}

// ---------------------------------------------------------------------------------------------
// #[graph(...)] on a field

/// The keys of `#[graph(...)]` on a field, each spelled once: the slots and the places' tables
/// name them by these constants.
mod key {
    pub const RENAME: &str = "rename";
    pub const SECRET: &str = "secret";
    pub const READ_ONLY: &str = "read_only";
    pub const REQUIRED: &str = "required";
    pub const NAVIGATION: &str = "navigation";
    pub const BARE: &str = "bare";
    pub const INHERITED: &str = "inherited";
}

/// Where a `#[graph(...)]` on a field is written; each place takes the options of its table
/// and nothing else (an allow-list: a key of another place is an error that names this
/// place's keys).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FieldPlace {
    /// A field of `#[graph_resource]`: a property.
    Property,
    /// A field of `#[graph_params]`: an operation's parameter.
    Parameter,
    /// A field of `#[graph_container]`: a singleton or entity set.
    ContainerMember,
}

impl FieldPlace {
    /// The options the place takes, in the order errors list them.
    fn keys(self) -> &'static [&'static str] {
        match self {
            FieldPlace::Property => &[
                key::RENAME,
                key::SECRET,
                key::READ_ONLY,
                key::REQUIRED,
                key::NAVIGATION,
                key::INHERITED,
            ],
            FieldPlace::Parameter => &[key::RENAME, key::SECRET, key::BARE],
            FieldPlace::ContainerMember => &[key::RENAME],
        }
    }

    /// The place, as errors name it.
    fn what(self) -> &'static str {
        match self {
            FieldPlace::Property => "a property",
            FieldPlace::Parameter => {
                "an operation's parameter (one not wrapped in `Option` is required)"
            }
            FieldPlace::ContainerMember => "a container's member",
        }
    }
}

/// The options of `#[graph(...)]` on a field: one slot per key of every place (the keys are
/// the constants of `key`), of which a place accepts its [`FieldPlace::keys`].
pub struct FieldOptions {
    pub rename: Attr<LitStr>,
    pub secret: Attr<()>,
    pub read_only: Attr<()>,
    pub required: Attr<()>,
    /// A navigation property: also a method of the type's paths.
    pub navigation: Attr<()>,
    /// A parameter's string written bare in a function's URL (`#[graph_params]` only).
    pub bare: Attr<()>,
    /// `inherited`: the field restates an inherited property with its type as this module
    /// names it.
    pub restates: Attr<()>,
    /// `secret` given as `#[cfg_attr(pred, graph(secret))]`: the predicate.
    pub secret_when: Option<TokenStream>,
    /// `read_only` given as `#[cfg_attr(pred, graph(read_only))]`: the predicate.
    pub read_only_when: Option<TokenStream>,
}

impl FieldOptions {
    /// Parses every `#[graph(...)]` among `attrs` (also inside `#[cfg_attr(pred, ...)]`) with
    /// the options `place` takes; returns the options and the other attributes.
    pub fn parse(cx: &Ctxt, attrs: &[Attribute], place: FieldPlace) -> (Self, Vec<Attribute>) {
        let mut out = FieldOptions {
            rename: Attr::new(key::RENAME),
            secret: Attr::new(key::SECRET),
            read_only: Attr::new(key::READ_ONLY),
            required: Attr::new(key::REQUIRED),
            navigation: Attr::new(key::NAVIGATION),
            bare: Attr::new(key::BARE),
            restates: Attr::new(key::INHERITED),
            secret_when: None,
            read_only_when: None,
        };
        let mut rest = Vec::new();
        for attr in attrs {
            if attr.path().is_ident("cfg_attr") {
                match split_cfg_attr(attr) {
                    Ok((pred, graph, others)) => {
                        for meta in graph {
                            out.parse_conditional(cx, &pred, &meta, place);
                        }
                        rest.extend(others);
                    }
                    Err(err) => {
                        cx.syn_error(err);
                        rest.push(attr.clone());
                    }
                }
                continue;
            }
            rest.extend(helper_attrs(cx, std::slice::from_ref(attr), |meta| {
                out.dispatch(cx, &meta, place)
            }));
        }
        (out, rest)
    }

    /// The JSON name of `field`: its `rename`, or its name in lowerCamelCase.
    pub fn json_name(&self, field: &syn::Ident) -> String {
        match &self.rename.value {
            Some(lit) => lit.value(),
            None => graph_resource_internals::names::default_json_name(&field.to_string()),
        }
    }

    /// One key: parsed into its slot where `place` takes it, else reported with what `place`
    /// takes.
    fn dispatch(
        &mut self,
        cx: &Ctxt,
        meta: &ParseNestedMeta,
        place: FieldPlace,
    ) -> syn::Result<()> {
        let keys = place.keys();
        let here = |name: &str| meta.path.is_ident(name);
        if !keys.iter().any(|k| here(k)) {
            if let Some(key) = self.slots().iter().map(Slot::name).find(|k| here(k)) {
                cx.error_spanned_by(
                    &meta.path,
                    format!(
                        "`{key}` is not an option of {}, which takes {}",
                        place.what(),
                        listed(keys)
                    ),
                );
                return skip_value(meta);
            }
        }
        let mut taken: Vec<Slot> = self
            .slots()
            .into_iter()
            .filter(|s| keys.contains(&s.name()))
            .collect();
        dispatch(cx, meta, "field option", &mut taken)
    }

    /// Every key, in the order "expected one of" lists them.
    fn slots(&mut self) -> [Slot<'_>; 7] {
        [
            Slot::Str(&mut self.rename),
            Slot::Flag(&mut self.secret),
            Slot::Flag(&mut self.read_only),
            Slot::Flag(&mut self.required),
            Slot::Flag(&mut self.navigation),
            Slot::Flag(&mut self.bare),
            Slot::Flag(&mut self.restates),
        ]
    }

    /// The options of a `graph(...)` inside `cfg_attr(pred, ...)`: `secret` and `read_only`
    /// hold where `pred` does (where `place` takes them); `rename` and `required` change the
    /// type's shape, which one declaration cannot do conditionally.
    fn parse_conditional(
        &mut self,
        cx: &Ctxt,
        pred: &TokenStream,
        meta: &syn::MetaList,
        place: FieldPlace,
    ) {
        let keys = place.keys();
        let result = meta.parse_nested_meta(|m| {
            let name = key_name(&m.path);
            let slot = match name.as_str() {
                key::SECRET if keys.contains(&key::SECRET) => &mut self.secret_when,
                key::READ_ONLY if keys.contains(&key::READ_ONLY) => &mut self.read_only_when,
                _ if keys.contains(&name.as_str()) => {
                    cx.error_spanned_by(
                        &m.path,
                        format!(
                            "`{name}` cannot be given under `cfg_attr`: it changes the type's \
                             shape; declare the field twice under `#[cfg(...)]` instead"
                        ),
                    );
                    return skip_value(&m);
                }
                _ => return self.dispatch(cx, &m, place),
            };
            if slot.is_some() {
                cx.error_spanned_by(&m.path, format!("duplicate key `{name}`"));
            }
            *slot = Some(pred.clone());
            Ok(())
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
}

/// `a`, `b` and `c`.
fn listed(keys: &[&str]) -> String {
    let quoted: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
    match quoted.as_slice() {
        [] => "no option".to_owned(),
        [one] => format!("only {one}"),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// `#[cfg_attr(pred, a, b, ...)]` split into the predicate, the `graph(...)` lists among the
/// attributes, and a `cfg_attr` with the others (none when there are no others).
pub fn split_cfg_attr(
    attr: &Attribute,
) -> syn::Result<(TokenStream, Vec<syn::MetaList>, Option<Attribute>)> {
    use syn::punctuated::Punctuated;
    let (pred, metas) = attr.parse_args_with(|input: syn::parse::ParseStream| {
        let pred: syn::Meta = input.parse()?;
        input.parse::<syn::Token![,]>()?;
        let metas = Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated(input)?;
        Ok((pred, metas))
    })?;
    let mut graph = Vec::new();
    let mut others = Vec::new();
    for meta in metas {
        match meta {
            syn::Meta::List(list) if list.path.is_ident("graph") => graph.push(list),
            other => others.push(other),
        }
    }
    let pred = quote::ToTokens::into_token_stream(pred);
    let rest = (!others.is_empty()).then(|| {
        let pound = attr.pound_token;
        let bracket = attr.bracket_token;
        let mut out: Attribute = syn::parse_quote!(#[cfg_attr(#pred, #(#others),*)]);
        out.pound_token = pound;
        out.bracket_token = bracket;
        out
    });
    Ok((pred, graph, rest))
}

/// Runs `f` over the options of every `#[graph(...)]` among `attrs`, reporting errors; returns
/// the other attributes (a `#[serde(...)]` among them is reported too).
fn helper_attrs(
    cx: &Ctxt,
    attrs: &[Attribute],
    mut f: impl FnMut(ParseNestedMeta) -> syn::Result<()>,
) -> Vec<Attribute> {
    let mut rest = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("graph") {
            if let Err(err) = attr.parse_nested_meta(&mut f) {
                cx.syn_error(err);
            }
        } else {
            reject_serde(cx, attr);
            rest.push(attr.clone());
        }
    }
    rest
}

/// `#[serde(...)]` would be silently ignored by the generated impls: say so.
fn reject_serde(cx: &Ctxt, attr: &Attribute) {
    if attr.path().is_ident("serde") {
        cx.error_spanned_by(
            attr,
            "`#[serde(...)]` has no effect here: graph-resource writes the serde impls itself; \
             use `#[graph(rename = \"...\")]`, `#[graph(secret)]`, `#[graph(read_only)]` or \
             `#[graph(required)]`",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// #[graph_enum(...)] and #[graph(...)] on a variant

pub struct EnumArgs {
    pub rename_all: Attr<LitStr>,
    pub flags: Attr<()>,
    pub krate: Attr<Path>,
}

impl EnumArgs {
    pub fn parse(cx: &Ctxt, args: TokenStream) -> Self {
        let mut out = EnumArgs {
            rename_all: Attr::new("rename_all"),
            flags: Attr::new("flags"),
            krate: Attr::new("crate"),
        };
        parse_args(cx, args, |meta| {
            let EnumArgs {
                rename_all,
                flags,
                krate,
            } = &mut out;
            dispatch(
                cx,
                &meta,
                "`graph_enum`",
                &mut [Slot::Str(rename_all), Slot::Flag(flags), Slot::Path(krate)],
            )
        });
        out
    }
}

pub struct VariantOptions {
    pub rename: Attr<LitStr>,
    pub fallback: Attr<()>,
    /// A family's variant holding another family, all of whose variants this one reads.
    pub extends: Attr<()>,
}

impl VariantOptions {
    /// `allow_fallback`: families accept `#[graph(fallback)]`, enums only `rename`.
    pub fn parse(cx: &Ctxt, attrs: &[Attribute], allow_fallback: bool) -> (Self, Vec<Attribute>) {
        let mut out = VariantOptions {
            rename: Attr::new("rename"),
            fallback: Attr::new("fallback"),
            extends: Attr::new("extends"),
        };
        let rest = helper_attrs(cx, attrs, |meta| {
            let VariantOptions {
                rename,
                fallback,
                extends,
            } = &mut out;
            if allow_fallback {
                let slots = &mut [Slot::Flag(fallback), Slot::Flag(extends)];
                dispatch(cx, &meta, "variant option", slots)
            } else {
                dispatch(cx, &meta, "variant option", &mut [Slot::Str(rename)])
            }
        });
        (out, rest)
    }
}

// ---------------------------------------------------------------------------------------------
// #[graph_family(...)]

pub struct FamilyArgs {
    pub base: Attr<Path>,
    pub krate: Attr<Path>,
    /// The base is declared in this module: accessors name property types as it writes them.
    pub local: Attr<()>,
}

impl FamilyArgs {
    pub fn parse(cx: &Ctxt, args: TokenStream) -> Self {
        let mut out = FamilyArgs {
            base: Attr::new("base"),
            krate: Attr::new("crate"),
            local: Attr::new("local"),
        };
        parse_args(cx, args, |meta| {
            let FamilyArgs { base, krate, local } = &mut out;
            dispatch(
                cx,
                &meta,
                "`graph_family`",
                &mut [Slot::Path(base), Slot::Path(krate), Slot::Flag(local)],
            )
        });
        out
    }
}

// ---------------------------------------------------------------------------------------------
// #[graph_container(...)] and #[graph_navigation(...)]

/// The keys of `#[graph_container]` (`extends`: the container whose members this one must
/// not repeat) and of `#[graph_navigation]` (`on`: the entity type whose paths get the
/// members; `extends` there is refused).
pub struct MembersArgs {
    pub extends: Attr<Path>,
    pub on: Attr<Path>,
    pub krate: Attr<Path>,
}

impl MembersArgs {
    /// `navigation`: the keys of `#[graph_navigation]`, else of `#[graph_container]`.
    pub fn parse(cx: &Ctxt, args: TokenStream, navigation: bool) -> Self {
        let mut out = MembersArgs {
            extends: Attr::new("extends"),
            on: Attr::new("on"),
            krate: Attr::new("crate"),
        };
        parse_args(cx, args, |meta| {
            let MembersArgs { extends, on, krate } = &mut out;
            if navigation {
                let slots = &mut [Slot::Path(on), Slot::Path(krate)];
                dispatch(cx, &meta, "`graph_navigation`", slots)
            } else {
                let slots = &mut [Slot::Path(extends), Slot::Path(krate)];
                dispatch(cx, &meta, "`graph_container`", slots)
            }
        });
        out
    }
}

/// The path of the runtime crate in generated code.
pub fn crate_path(krate: &Attr<Path>) -> Path {
    krate
        .value
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(::graph_resource))
}
