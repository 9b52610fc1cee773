//! The paths of an entity type: its navigation types (what `EntityPath<T>` and
//! `CollectionPath<T>` deref to), holding the methods of its navigation properties
//! (`#[graph(navigation)]`) and of its bound operations (`#[graph_operations(...)]`), each
//! dereferencing to its base's, so that a path has the methods of every base type too; and
//! `Addressable` and `HasBase`, whose `Base` lets a request find every base of its type.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Type;

use syn::ext::IdentExt;

use crate::ast::{generic_arg, option_inner, Resource};
use crate::inherit::type_text;

/// The element of a navigation property's type: `(collection, T)` for `Option<Vec<T>>`,
/// `Vec<T>`, `Option<T>`, `Option<Box<T>>`.
pub fn nav_target(ty: &Type) -> (bool, Type) {
    let mut ty = ty.clone();
    while let Some(inner) = option_inner(&ty) {
        ty = inner;
    }
    if let Some(inner) = generic_arg(&ty, "Vec") {
        return (true, strip_box(inner));
    }
    (false, strip_box(ty))
}

fn strip_box(ty: Type) -> Type {
    generic_arg(&ty, "Box").unwrap_or(ty)
}

/// Everything paths need of an entity type (nothing for a complex type).
pub fn expand(res: &Resource) -> TokenStream {
    let krate = &res.krate;
    let ident = &res.ident;
    if res.complex {
        // No paths; its line of bases, for `path::IsA` (a family's variants are checked by it).
        let parent = match &res.base_type {
            Some(base) => base.clone(),
            None => quote!(#krate::path::NoBase),
        };
        return quote! {
            #[automatically_derived]
            #[doc(hidden)]
            impl #krate::path::HasBase for #ident {
                type Base = #parent;
            }
        };
    }
    let (entity_nav, collection_nav, parent) = match &res.base_type {
        Some(base) => (
            quote!(<#base as #krate::path::Addressable>::EntityNav),
            quote!(<#base as #krate::path::Addressable>::CollectionNav),
            base.clone(),
        ),
        None => (
            quote!(#krate::path::RootNav),
            quote!(#krate::path::RootNav),
            quote!(#krate::path::NoBase),
        ),
    };
    let navigation = res
        .fields
        .iter()
        .filter(|f| f.navigation.is_some() && !f.from_base)
        .map(|f| {
            let syn_ty: Type = syn::parse2(f.ty.clone()).expect("a field's type parses");
            let (collection, target) = nav_target(&syn_ty);
            let (method, json, cfg, forward) = (&f.ident, &f.json, &f.cfg, &f.forward);
            let span = f.navigation.unwrap_or_else(proc_macro2::Span::call_site);
            let path = if collection {
                quote_spanned!(span=> #krate::CollectionPath<#target>)
            } else {
                quote_spanned!(span=> #krate::EntityPath<#target>)
            };
            quote_spanned! {span=>
                #(#cfg)*
                #(#forward)*
                #[doc = ""]
                #[doc = concat!("The navigation property `", #json, "`.")]
                pub fn #method(&self) -> #path {
                    <#path>::at(#krate::__private::join(#krate::path::PathNode::url(self), #json))
                }
            }
        });
    let navigation: Vec<TokenStream> = navigation.collect();
    let entity_ops = res
        .operations
        .iter()
        .filter(|o| !o.collection)
        .map(|o| o.method(krate));
    let collection_ops = res
        .operations
        .iter()
        .filter(|o| o.collection)
        .map(|o| o.method(krate));
    let doc_entity =
        format!("What an `EntityPath<{ident}>` derefs to: its navigation and operations.");
    let doc_collection =
        format!("What a `CollectionPath<{ident}>` derefs to: its collection-bound operations.");
    // What `#[graph_navigation(on = ...)]` elsewhere checks its members against (see
    // `container`): one constant per method of this type's entity paths.
    let mut marked = std::collections::BTreeSet::new();
    let markers: Vec<TokenStream> = res
        .fields
        .iter()
        .filter(|f| f.navigation.is_some() && !f.from_base)
        .map(|f| (&f.ident, f.cfg.clone()))
        .chain(
            res.operations
                .iter()
                .filter(|o| !o.collection)
                .map(|o| (&o.method, Vec::new())),
        )
        .filter(|(method, _)| marked.insert(method.unraw().to_string()))
        .map(|(method, cfg)| {
            let marker = crate::names::member_marker(method);
            quote! {
                #(#cfg)*
                #[doc(hidden)]
                #[allow(non_upper_case_globals)]
                pub const #marker: bool = true;
            }
        })
        .collect();
    let navs = [quote!(__EntityNav), quote!(__CollectionNav)];
    let properties = properties(res);
    let targets = [&entity_nav, &collection_nav];
    quote! {
        #[doc = #doc_entity]
        pub struct __EntityNav(#entity_nav);

        #[doc = #doc_collection]
        pub struct __CollectionNav(#collection_nav);

        #(
            #[automatically_derived]
            #[doc(hidden)]
            impl #krate::path::PathNode for #navs {
                #[inline]
                fn at(url: ::std::string::String) -> Self {
                    #navs(#krate::path::PathNode::at(url))
                }
                #[inline]
                fn url(&self) -> &::core::primitive::str {
                    #krate::path::PathNode::url(&self.0)
                }
            }

            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::ops::Deref for #navs {
                type Target = #targets;
                #[inline]
                fn deref(&self) -> &Self::Target {
                    &self.0
                }
            }
        )*

        impl __EntityNav {
            #(#navigation)*
            #(#entity_ops)*
            #(#markers)*
        }

        impl __CollectionNav {
            #(#collection_ops)*
        }

        #[automatically_derived]
        #[doc(hidden)]
        impl #krate::path::Addressable for #ident {
            type EntityNav = __EntityNav;
            type CollectionNav = __CollectionNav;
        }

        #properties

        #[automatically_derived]
        #[doc(hidden)]
        impl #krate::path::HasBase for #ident {
            type Base = #parent;
        }
    }
}

/// The `# Paths` section of an entity type's docs: its paths' methods (each navigation property
/// and bound operation, with its parameter and result types), on the type's own page, since the
/// navigation types they are methods of live where rustdoc does not go. A method under
/// `#[cfg]` is listed under the same condition.
pub fn doc_section(res: &Resource) -> TokenStream {
    if res.complex {
        return TokenStream::new();
    }
    let name = res.ident.unraw();
    let mut entity = Vec::new();
    for f in res
        .fields
        .iter()
        .filter(|f| f.navigation.is_some() && !f.from_base)
    {
        let Ok(ty) = syn::parse2::<Type>(f.ty.clone()) else {
            continue;
        };
        let (collection, target) = nav_target(&ty);
        let path = if collection {
            "CollectionPath"
        } else {
            "EntityPath"
        };
        let line = format!(
            " - `{}() -> {path}<{}>`: the navigation property `{}`",
            f.ident.unraw(),
            type_text(&quote!(#target)),
            f.json
        );
        entity.push(doc_line(&f.cfg, &line));
    }
    let mut collection = Vec::new();
    for o in &res.operations {
        let kind = if o.action { "action" } else { "function" };
        let params = o
            .params
            .as_ref()
            .map(|t| format!("params: {}", type_text(&quote!(#t))))
            .unwrap_or_default();
        let result = match &o.result {
            crate::ops::OpResult::Unit => "()".to_owned(),
            crate::ops::OpResult::One(t) => type_text(&quote!(#t)),
            crate::ops::OpResult::Many(t) => format!("Page<{}>", type_text(&quote!(#t))),
        };
        let line = format!(
            " - `{}({params}) -> OperationRequest<{result}>`: the {kind} `{}`",
            o.method.unraw(),
            o.segment
        );
        let list = if o.collection {
            &mut collection
        } else {
            &mut entity
        };
        list.push(doc_line(&o.cfg, &line));
    }
    let base = res.base_type.as_ref().map(|base| {
        let text = type_text(base);
        text.rsplit("::").next().unwrap_or_default().to_owned()
    });
    let inherited = base
        .as_ref()
        .map(|b| format!(", besides those of `{b}`'s paths"))
        .unwrap_or_default();
    let mut out = vec![
        doc_line(&[], ""),
        doc_line(&[], " # Paths"),
        doc_line(&[], ""),
    ];
    match (entity.is_empty() && collection.is_empty(), &base) {
        (true, None) => return TokenStream::new(),
        (true, Some(base)) => {
            out.push(doc_line(
                &[],
                &format!(
                    " `EntityPath<{name}>` and `CollectionPath<{name}>` have the methods of \
                     `{base}`'s paths."
                ),
            ));
        }
        _ => {
            for (list, path, what) in [
                (entity, "EntityPath", "one entity"),
                (collection, "CollectionPath", "the collection"),
            ] {
                if list.is_empty() {
                    continue;
                }
                out.push(doc_line(
                    &[],
                    &format!(" `{path}<{name}>` ({what}) has these methods{inherited}:"),
                ));
                out.push(doc_line(&[], ""));
                out.extend(list);
                out.push(doc_line(&[], ""));
            }
        }
    }
    out.into_iter().collect()
}

/// `#[doc = line]`, or `#[cfg_attr(all(..), doc = line)]` under the `#[cfg]`s of what it lists.
fn doc_line(cfg: &[syn::Attribute], line: &str) -> TokenStream {
    let predicates: Vec<TokenStream> = cfg
        .iter()
        .filter_map(|a| a.meta.require_list().ok().map(|l| l.tokens.clone()))
        .collect();
    if predicates.is_empty() {
        quote!(#[doc = #line])
    } else {
        quote!(#[cfg_attr(all(#(#predicates),*), doc = #line)])
    }
}

/// `T::properties()`: a struct with one `PropertyName` per property (inherited ones too), for
/// `$select`, `$expand` and `$orderby` checked at compile time.
fn properties(res: &Resource) -> TokenStream {
    let krate = &res.krate;
    let ident = &res.ident;
    let fields: Vec<TokenStream> = res
        .fields
        .iter()
        .map(|f| {
            let (field, cfg) = (&f.ident, &f.cfg);
            let doc = format!("`{}`", f.json);
            quote!(#(#cfg)* #[doc = #doc] pub #field: #krate::PropertyName,)
        })
        .collect();
    let values = res.fields.iter().map(|f| {
        let (field, json, cfg) = (&f.ident, &f.json, &f.cfg);
        quote!(#(#cfg)* #field: #krate::PropertyName::new(#json),)
    });
    let doc = format!(
        "The properties of [`{}`], by field name: `$select`, `$expand` and `$orderby` name them \
         so that a misspelled one does not compile.",
        ident.unraw()
    );
    // In a module of its own: its name shadows nothing the rest of the expansion names.
    let names = quote::format_ident!("{}PropertyNames", ident.unraw());
    quote! {
        mod __property_names {
            #[doc = #doc]
            #[allow(non_snake_case, non_camel_case_types)]
            pub struct #names {
                #(#fields)*
            }
        }

        #[automatically_derived]
        impl #ident {
            /// The JSON names of its properties, one field each (inherited ones too): for the
            /// query options that name properties,
            /// `T::get().select([T::properties().display_name])`.
            #[inline]
            pub fn properties() -> __property_names::#names {
                __property_names::#names {
                    #(#values)*
                }
            }
        }
    }
}

/// The path method of an operation, on its type's entity or collection navigation.
impl crate::ops::Operation {
    /// The path method that makes the request.
    pub fn method(&self, krate: &syn::Path) -> TokenStream {
        let crate::ops::Operation {
            method, segment, ..
        } = self;
        let result = match &self.result {
            crate::ops::OpResult::Unit => quote!(()),
            crate::ops::OpResult::One(t) => quote!(#t),
            crate::ops::OpResult::Many(t) => quote!(#krate::Page<#t>),
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
                #krate::OperationRequest::#make(#krate::path::PathNode::url(self), #segment, #params)
            }
        }
    }
}
