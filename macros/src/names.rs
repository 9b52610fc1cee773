//! The names generated code adds or derives, in one place: which names a type may be looked up
//! by, which identifiers must be written raw, and what a builder's setters are called.
//!
//! What a `#[graph_resource]` adds to the user's module (see the README's "Names"):
//! - a `#[macro_export]` macro `__graph_resource_<Type>_<fingerprint>` (unique per expansion);
//! - a hidden module of the same name, glob re-exported, which names that macro by the type's
//!   Rust name and by its Graph name in the macro namespace, and the type by its Graph name in
//!   the type namespace (so that importing `commsOperation` brings both). A glob import is shadowed by
//!   anything the user declares, and two globs that bring one name are ambiguous only where the
//!   name is used, so two types with one Graph name (`alert`, `security.alert`) live side by
//!   side and are inherited by their Rust names. Names that would shadow or make ambiguous a
//!   macro or attribute of the standard library (`todo`, `print`, `file`, `test`, `Default`)
//!   are left out; `inherits` looks such a Graph name up by its Rust name.
//!
//! Everything else (impls, the builder, its helper traits) is inside an anonymous `const _`.
//! The rules themselves (keywords, lookup names, default names) live in
//! `graph_resource_internals::names`, shared with the generator.

use graph_resource_internals::names as rules;
use proc_macro2::{Ident, Span};
use syn::ext::IdentExt;

pub use rules::{is_lookup_name, is_type_alias_name};

/// The macro `inherits = <path ending in segment>` calls: the segment itself, or, for a Graph
/// name that cannot be a lookup name (`todo`), the type's Rust name (`Todo`).
pub fn lookup_segment(segment: &Ident) -> Ident {
    let name = segment.unraw().to_string();
    let lookup = rules::lookup_name(&name);
    if lookup == name {
        return segment.clone();
    }
    Ident::new(&lookup, segment.span())
}

/// The Graph name by which the type is also named in the type namespace (a hidden alias in
/// the names module, resolved through a key type and an impl written beside the struct), so
/// that a child that imports only `commsOperation` names the base's property types through
/// it. None where the Graph name is the Rust name or a reserved name.
pub fn graph_name_alias(name: &str, rust: &Ident) -> Option<Ident> {
    let text = rust.unraw().to_string();
    (name != text && is_type_alias_name(name)).then(|| ident(name, rust.span()))
}

/// The visibility of an item declared one module below the struct (in its hidden names module)
/// that must be visible where the struct is.
pub fn vis_one_level_down(vis: &syn::Visibility) -> proc_macro2::TokenStream {
    use quote::quote;
    match vis {
        syn::Visibility::Public(_) => quote!(pub),
        syn::Visibility::Inherited => quote!(pub(super)),
        syn::Visibility::Restricted(r) => {
            let first = r.path.segments.first().map(|s| s.ident.to_string());
            match first.as_deref() {
                Some("crate") => quote!(#vis),
                Some("super") if r.path.segments.len() == 1 => quote!(pub(in super::super)),
                // `pub(self)`, `pub(in self::a)`, `pub(in super::a)`: no wider than the
                // struct's module.
                _ => quote!(pub(super)),
            }
        }
    }
}

/// The hidden inherent constant (`__member_devices`) that marks a container's member (on
/// `dyn Container`) or a method of an entity type's paths (on its navigation type), which
/// `#[graph_container(extends = ...)]` and `#[graph_navigation]` check theirs against.
pub fn member_marker(method: &Ident) -> Ident {
    quote::format_ident!("__member_{}", method.unraw())
}

/// `name` as an identifier at `span`, raw when it is a keyword of any edition.
pub fn ident(name: &str, span: Span) -> Ident {
    if rules::is_keyword(name) {
        Ident::new_raw(name, span)
    } else {
        Ident::new(name, span)
    }
}

/// An identifier carried from elsewhere, re-made at `span` (raw where any edition needs it).
pub fn respan_ident(ident: &Ident, span: Span) -> Ident {
    self::ident(&ident.unraw().to_string(), span)
}

/// The setter of a field in a builder: the field's own name, except for a field named like
/// one of the builder's own methods (`build`, `null`), whose setter is `set_build`, `set_null`.
pub fn setter(field: &Ident) -> Ident {
    match rules::setter_name(&field.unraw().to_string()) {
        Some(name) => Ident::new(&name, field.span()),
        None => field.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn std_names_are_looked_up_by_rust_name() {
        let span = Span::call_site();
        assert_eq!(lookup_segment(&Ident::new("todo", span)), "Todo");
        assert_eq!(lookup_segment(&Ident::new("print", span)), "Print");
        assert_eq!(
            lookup_segment(&Ident::new("commsOperation", span)),
            "commsOperation"
        );
        assert_eq!(
            lookup_segment(&Ident::new("CommsOperation", span)),
            "CommsOperation"
        );
    }

    #[test]
    fn keywords_of_any_edition_are_raw() {
        let span = Span::call_site();
        assert_eq!(ident("gen", span).to_string(), "r#gen");
        assert_eq!(ident("type", span).to_string(), "r#type");
        assert_eq!(ident("value", span).to_string(), "value");
    }

    #[test]
    fn setters() {
        let span = Span::call_site();
        assert_eq!(setter(&Ident::new("build", span)), "set_build");
        assert_eq!(setter(&Ident::new("null", span)), "set_null");
        assert_eq!(setter(&Ident::new("value", span)), "value");
    }
}
