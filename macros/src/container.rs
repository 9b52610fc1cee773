//! `#[graph_container]`: an entity container (Graph's `GraphService`) declared as a struct
//! whose fields are its singletons (`me: User`) and entity sets (`users: Vec<User>`); expands
//! to a trait of the struct's name, implemented for `graph_resource::Graph`, with one method
//! per field returning the path. A glob import of the module brings the trait, and so the
//! methods of `Graph`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::attr::{FieldOptions, FieldPlace};
use crate::ctxt::Ctxt;
use crate::paths::nav_target;

pub fn expand(cx: &Ctxt, args: TokenStream, item: &DeriveInput) -> Option<TokenStream> {
    if !args.is_empty() {
        cx.error_spanned_by(&args, "`#[graph_container]` takes no arguments");
    }
    crate::ast::no_generics(cx, &item.generics, "an entity container cannot be generic");
    let fields = crate::ast::named_fields(
        cx,
        item,
        "`#[graph_container]` goes on a struct with named fields: one per singleton \
         (`me: User`) and entity set (`users: Vec<User>`)",
    )?;
    let krate: syn::Path = syn::parse_quote!(::graph_resource);
    let mut decls = Vec::new();
    let mut impls = Vec::new();
    for f in fields {
        let (opts, attrs) = FieldOptions::parse(cx, &f.attrs, FieldPlace::ContainerMember);
        let method = f.ident.clone().expect("named");
        let segment = opts.json_name(&method);
        let (collection, target) = nav_target(&f.ty);
        let (path, make) = if collection {
            (quote!(#krate::CollectionPath<#target>), quote!(collection))
        } else {
            (quote!(#krate::EntityPath<#target>), quote!(entity))
        };
        let doc = if collection {
            format!("The entity set `{segment}`.")
        } else {
            format!("The singleton `{segment}`.")
        };
        decls.push(quote! {
            #(#attrs)*
            #[doc = ""]
            #[doc = #doc]
            fn #method(&self) -> #path;
        });
        let cfg = attrs.iter().filter(|a| a.path().is_ident("cfg"));
        impls.push(quote! {
            #(#cfg)*
            #[inline]
            fn #method(&self) -> #path {
                #krate::Graph::#make(self, #segment)
            }
        });
    }
    let attrs = &item.attrs;
    let (vis, ident) = (&item.vis, &item.ident);
    let allow = crate::lints::allow_lints();
    Some(quote! {
        #(#attrs)*
        #vis trait #ident {
            #(#decls)*
        }

        #allow
        #[automatically_derived]
        impl #ident for #krate::Graph {
            #(#impls)*
        }
    })
}
