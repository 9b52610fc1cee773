//! Procedural macros of [graph-resource](https://docs.rs/graph-resource). Depend on the
//! `graph-resource` crate, which re-exports them with the runtime they generate code for.
//!
//! The crate is built like thiserror and serde_derive: attribute parsing (`attr`), a model of the
//! input (`ast`), checks (`valid`), code generation (`expand`, `enums`); errors are accumulated
//! (`ctxt`) and all reported, each at the offending tokens, next to the user's item.

#![forbid(unsafe_code)]

mod ast;
mod attr;
mod builder;
mod ctxt;
mod enums;
mod expand;
mod family;
mod inherit;
mod valid;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;

use crate::ast::{parse_item, with_errors, Resource};
use crate::ctxt::Ctxt;

/// Declares a Microsoft Graph (OData) entity or complex type. See the `graph-resource` crate.
#[proc_macro_attribute]
pub fn graph_resource(args: TokenStream, input: TokenStream) -> TokenStream {
    resource_entry(args.into(), input.into()).into()
}

/// Declares a Graph enumeration. See the `graph-resource` crate.
#[proc_macro_attribute]
pub fn graph_enum(args: TokenStream, input: TokenStream) -> TokenStream {
    enums::graph_enum(args.into(), input.into()).into()
}

/// Declares a polymorphic family: an enum of types descending from one base, read by
/// `@odata.type`. See the `graph-resource` crate.
#[proc_macro_attribute]
pub fn graph_family(args: TokenStream, input: TokenStream) -> TokenStream {
    family::graph_family(args.into(), input.into()).into()
}

/// The second half of `#[graph_family(base = ...)]`, called back by the base's macro. Not for
/// direct use.
#[doc(hidden)]
#[proc_macro]
pub fn __graph_family_inherit(input: TokenStream) -> TokenStream {
    family::family_callback(input.into()).into()
}

/// The second half of `#[graph_resource(inherits = ...)]`, called back by the base's macro with
/// the base's data. Not for direct use.
#[doc(hidden)]
#[proc_macro]
pub fn __graph_resource_inherit(input: TokenStream) -> TokenStream {
    inherit_entry(input.into()).into()
}

fn resource_entry(args: TokenStream2, input: TokenStream2) -> TokenStream2 {
    let item = match parse_item(input.clone()) {
        Ok(item) => item,
        Err(out) => return out,
    };
    let cx = Ctxt::new();
    let res = Resource::from_input(&cx, args.clone(), &item);
    if let Some(res) = &res {
        valid::check_resource(&cx, res, None);
    }
    if let Some(errors) = cx.into_compile_errors() {
        return with_errors(item, errors);
    }
    let res = res.expect("no errors means a model");
    match &res.args.inherits.value {
        Some(base) => inherit::call_base(base, &res.krate, &args, &input),
        None => expand::resource(&res),
    }
}

fn inherit_entry(input: TokenStream2) -> TokenStream2 {
    let inherit::CallbackInput { base, args, item } = match syn::parse2(input) {
        Ok(parsed) => parsed,
        Err(e) => return e.to_compile_error(),
    };
    let cx = Ctxt::new();
    let Some(mut res) = Resource::from_input(&cx, args, &item) else {
        let errors = cx.into_compile_errors().unwrap_or_default();
        return with_errors(item, errors);
    };
    let base_name = base.name.clone();
    if let Some(path) = res.args.inherits.value.clone() {
        inherit::merge(&cx, &mut res, base, &path);
    }
    valid::check_resource(&cx, &res, Some(&base_name));
    match cx.into_compile_errors() {
        Some(errors) => with_errors(item, errors),
        None => expand::resource(&res),
    }
}

#[cfg(test)]
mod snapshots {
    //! The expansion of the seed's `recordOperation`, pretty-printed, kept in
    //! `macros/snapshots/record_operation.rs` so that changes to generated code show in review.
    //! Update with `UPDATE_EXPECT=1 cargo test -p graph-resource-macros`.

    use quote::quote;

    /// Pretty-printed, with the fingerprint in the hidden macro's name (a hash, which may
    /// change with the toolchain) replaced by `<fingerprint>`.
    fn pretty(tokens: proc_macro2::TokenStream) -> String {
        let file: syn::File = syn::parse2(tokens).expect("generated code parses");
        let text = prettyplease::unparse(&file);
        let marker = "__graph_resource_RecordOperation_";
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find(marker) {
            let end = at + marker.len();
            out.push_str(&rest[..end]);
            out.push_str("<fingerprint>");
            rest = rest[end..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn record_operation() {
        // What `commsOperation!` hands to the callback (see `inherit::encode`).
        let input = quote! {
            __graph_resource_base {
                "commsOperation" "microsoft.graph" false ["#microsoft.graph.entity"] [
                    { id "id" false true false true (pub) (Option<String>) [" The unique identifier."] }
                    { client_context "clientContext" false false false true (pub) (Option<String>) [] }
                    { result_info "resultInfo" false false false true (pub) (Option<ResultInfo>) [] }
                    { status "status" false false false true (pub) (Option<OperationStatus>) [] }
                ]
            }
            { inherits = commsOperation }
            /// The status of a `record` action on a call.
            pub struct RecordOperation {
                pub completion_reason: Option<RecordCompletionReason>,
                #[graph(secret)]
                pub recording_access_token: Option<String>,
                pub recording_location: Option<String>,
            }
        };
        expect_test::expect_file!["../snapshots/record_operation.rs"]
            .assert_eq(&pretty(super::inherit_entry(input)));
    }

    #[test]
    fn child_call() {
        // The first half: a child expands to a call of its base's macro, item unchanged.
        let item = quote!(
            pub struct X {
                pub a: Option<String>,
            }
        );
        let out = super::resource_entry(quote!(inherits = commsOperation), item.clone());
        let expected = quote! {
            commsOperation! {
                __graph_resource_v1 { ::graph_resource::__private::inherit }
                { inherits = commsOperation }
                #item
            }
        };
        assert_eq!(out.to_string(), expected.to_string());
    }
}
