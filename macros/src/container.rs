//! `#[graph_container]`: an entity container (Graph's `GraphService`) declared as a struct
//! whose fields are its singletons (`me: User`) and entity sets (`users: Vec<User>`); expands
//! to a trait of the struct's name, implemented for `graph_resource::Graph`, with one method
//! per field returning the path. A glob import of the module brings the trait, and so the
//! methods of `Graph`.
//!
//! `#[graph_navigation(on = User)]`: navigation properties an author adds to another crate's
//! entity type, declared the same way; expands to a trait implemented for that type's
//! navigation (what its paths deref to), so that the paths of the type and of every type
//! derived from it have the methods.
//!
//! Clashes. A container with `extends = other::GraphService` and a navigation declaration
//! check each member against what is there already, at compile time, and say which member
//! clashes: every container marks its members on `dyn Container`, and every entity type's
//! navigation marks its methods, as inherent constants `__member_<name>` (`true`); the check
//! reads the constant through a local trait whose constant of that name is `false`, and an
//! inherent constant takes precedence over a trait's.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::{Attribute, DeriveInput, Ident, Path, Type};

use crate::attr::{crate_path, FieldOptions, FieldPlace, MembersArgs};
use crate::ctxt::Ctxt;
use crate::paths::nav_target;

/// One singleton, entity set or navigation property.
struct Member {
    attrs: Vec<Attribute>,
    cfg: Vec<Attribute>,
    method: Ident,
    segment: String,
    collection: bool,
    target: Type,
}

/// Methods of `Graph` itself: a member named like one would never be called.
const GRAPH_METHODS: &[&str] = &["url", "entity", "collection", "v1", "beta", "new"];
/// Methods of `EntityPath` itself, found before any navigation.
const PATH_METHODS: &[&str] = &["url", "at", "cast", "segment", "segment_collection"];

fn members(cx: &Ctxt, item: &DeriveInput, what: &str, reserved: (&[&str], &str)) -> Vec<Member> {
    crate::ast::no_generics(cx, &item.generics, &format!("{what} cannot be generic"));
    let Some(fields) = crate::ast::named_fields(
        cx,
        item,
        "`#[graph_container]` and `#[graph_navigation]` go on a struct with named fields: one \
         per singleton or single-valued navigation (`me: User`) and per entity set or \
         collection (`users: Vec<User>`)",
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for f in fields {
        let (opts, attrs) = FieldOptions::parse(cx, &f.attrs, FieldPlace::ContainerMember);
        let method = f.ident.clone().expect("named");
        if reserved.0.contains(&method.unraw().to_string().as_str()) {
            cx.error_spanned_by(
                &method,
                format!(
                    "`{}` is a method of {} itself, which would be called instead: name the \
                     member otherwise (`#[graph(rename = \"{}\")]` keeps the URL segment)",
                    method.unraw(),
                    reserved.1,
                    method.unraw()
                ),
            );
        }
        let segment = opts.json_name(&method);
        let (collection, target) = nav_target(&f.ty);
        let cfg = attrs
            .iter()
            .filter(|a| a.path().is_ident("cfg"))
            .cloned()
            .collect();
        out.push(Member {
            attrs,
            cfg,
            method,
            segment,
            collection,
            target,
        });
    }
    out
}

impl Member {
    fn path_type(&self, krate: &Path) -> TokenStream {
        let target = &self.target;
        if self.collection {
            quote!(#krate::CollectionPath<#target>)
        } else {
            quote!(#krate::EntityPath<#target>)
        }
    }

    fn decl(&self, krate: &Path, doc: &str) -> TokenStream {
        let (attrs, method) = (&self.attrs, &self.method);
        let path = self.path_type(krate);
        quote! {
            #(#attrs)*
            #[doc = ""]
            #[doc = #doc]
            fn #method(&self) -> #path;
        }
    }

    fn marker(&self) -> Ident {
        crate::names::member_marker(&self.method)
    }
}

/// The compile-time checks that none of `members` is one of `existing`'s (a type with the
/// `__member_*` constants); `what` names it in the error.
fn clash_checks(members: &[Member], existing: &TokenStream, what: &str) -> TokenStream {
    let markers: Vec<Ident> = members.iter().map(Member::marker).collect();
    let checks = members.iter().map(|m| {
        let (cfg, marker) = (&m.cfg, m.marker());
        let message = format!(
            "`{}` is already a member of {what}: both would be called `{}()`; name yours \
             otherwise (`#[graph(rename = \"{}\")]` keeps the URL segment)",
            m.method.unraw(),
            m.method.unraw(),
            m.segment
        );
        quote_spanned! {m.method.span()=>
            #(#cfg)*
            const _: () = if <#existing>::#marker {
                ::core::panic!(#message)
            };
        }
    });
    quote! {
        #[allow(non_upper_case_globals)]
        trait __Absent {
            #(const #markers: bool = false;)*
        }
        impl<T: ?::core::marker::Sized> __Absent for T {}
        #(#checks)*
    }
}

pub fn expand(cx: &Ctxt, args: TokenStream, item: &DeriveInput) -> Option<TokenStream> {
    let args = MembersArgs::parse(cx, args, false);
    let krate = crate_path(&args.krate);
    let members = members(cx, item, "an entity container", (GRAPH_METHODS, "`Graph`"));
    let decls = members.iter().map(|m| {
        let doc = if m.collection {
            format!("The entity set `{}`.", m.segment)
        } else {
            format!("The singleton `{}`.", m.segment)
        };
        m.decl(&krate, &doc)
    });
    let impls = members.iter().map(|m| {
        let (cfg, method, segment) = (&m.cfg, &m.method, &m.segment);
        let path = m.path_type(&krate);
        let make = if m.collection {
            quote!(collection)
        } else {
            quote!(entity)
        };
        quote! {
            #(#cfg)*
            #[inline]
            fn #method(&self) -> #path {
                #krate::Graph::#make(self, #segment)
            }
        }
    });
    let markers = members.iter().map(|m| {
        let (cfg, marker) = (&m.cfg, m.marker());
        quote!(#(#cfg)* pub const #marker: bool = true;)
    });
    let ident = &item.ident;
    let clashes = args.extends.value.as_ref().map(|other| {
        let what = format!(
            "`{}`, the container this one extends",
            quote!(#other).to_string().replace(' ', "")
        );
        let checks = clash_checks(&members, &quote!(dyn #other), &what);
        let allow = crate::lints::allow_lints();
        quote!(#allow const _: () = { #checks };)
    });
    let body = quote! {
        #[automatically_derived]
        impl #ident for #krate::Graph {
            #(#impls)*
        }

        // What another container that extends this one checks its members against.
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        impl dyn #ident {
            #(#markers)*
        }
    };
    let out = trait_and_impls(item, decls, &body);
    Some(quote!(#out #clashes))
}

/// The trait the struct becomes (its attributes, visibility and name, one method per member)
/// and, in an anonymous `const`, what implements it.
fn trait_and_impls(
    item: &DeriveInput,
    decls: impl Iterator<Item = TokenStream>,
    body: &TokenStream,
) -> TokenStream {
    let attrs = &item.attrs;
    let (vis, ident) = (&item.vis, &item.ident);
    let allow = crate::lints::allow_lints();
    quote! {
        #(#attrs)*
        #vis trait #ident {
            #(#decls)*
        }

        #allow
        const _: () = {
            #body
        };
    }
}

pub fn expand_navigation(cx: &Ctxt, args: TokenStream, item: &DeriveInput) -> Option<TokenStream> {
    let args = MembersArgs::parse(cx, args, true);
    let krate = crate_path(&args.krate);
    let Some(on) = args.on.value.clone() else {
        cx.error_at(
            Span::call_site(),
            "`#[graph_navigation]` needs the entity type whose paths get the members: \
             `#[graph_navigation(on = User)]`",
        );
        return None;
    };
    let members = members(
        cx,
        item,
        "a navigation declaration",
        (PATH_METHODS, "`EntityPath`"),
    );
    let nav = quote!(<#on as #krate::path::Addressable>::EntityNav);
    let decls = members.iter().map(|m| {
        let doc = format!("The navigation property `{}`.", m.segment);
        m.decl(&krate, &doc)
    });
    let impls = members.iter().map(|m| {
        let (cfg, method, segment) = (&m.cfg, &m.method, &m.segment);
        let path = m.path_type(&krate);
        quote! {
            #(#cfg)*
            #[inline]
            fn #method(&self) -> #path {
                <#path>::at(#krate::__private::join(#krate::path::PathNode::url(self), #segment))
            }
        }
    });
    let what = format!("`{}`'s paths", quote!(#on).to_string().replace(' ', ""));
    let checks = clash_checks(&members, &nav, &what);
    let ident = &item.ident;
    let body = quote! {
        #checks

        #[automatically_derived]
        impl #ident for #nav {
            #(#impls)*
        }
    };
    Some(trait_and_impls(item, decls, &body))
}
