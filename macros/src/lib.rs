//! Procedural macros of [graph-resource](https://docs.rs/graph-resource). Depend on the
//! `graph-resource` crate, which re-exports them with the runtime they generate code for.
//!
//! The crate is built like thiserror and serde_derive, one stage per module, and no module of
//! the model (parsing, inheritance's data, checks) imports an expander (`.ci/module-cycles`
//! fails on a cycle between modules):
//! - parsing: `attr` (every option), `ops` (`#[graph_operations]`), `record` (the data a base
//!   hands its children, written and read side by side), into a model: `ast`;
//! - inheritance: `inherit` (calling the base's macro, merging its properties), `names` (what
//!   names are added to the user's module and looked up; the rules in
//!   `graph_resource_internals::names`, shared with the generator);
//! - checks: `valid`;
//! - code generation: `expand` (the struct, `GraphResource`, serde, `Debug`, the carrier
//!   macro), `builder` (requests), `paths` (navigation types and operations' path methods),
//!   `params` (`#[graph_params]`), `enums`, `family`, `container`; `lints` (the lint levels
//!   they all carry);
//! - errors: `ctxt` accumulates them, all reported at the offending tokens; `fallback` emits
//!   the item beside them (the whole expansion where the model is whole), so one mistake gives
//!   one error.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod ast;
mod attr;
mod builder;
mod container;
mod ctxt;
mod enums;
mod expand;
mod fallback;
mod family;
mod inherit;
mod lints;
mod names;
mod ops;
mod params;
mod paths;
mod record;
mod suggest;
mod valid;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use syn::DeriveInput;

use crate::ast::{parse_item, Resource};
use crate::ctxt::Ctxt;

/// Declares a Microsoft Graph (OData) entity or complex type. See the `graph-resource` crate.
#[proc_macro_attribute]
pub fn graph_resource(args: TokenStream, input: TokenStream) -> TokenStream {
    resource_entry(args.into(), input.into()).into()
}

/// Declares a Graph enumeration. See the `graph-resource` crate.
#[proc_macro_attribute]
pub fn graph_enum(args: TokenStream, input: TokenStream) -> TokenStream {
    enum_entry(args.into(), input.into()).into()
}

/// Declares a polymorphic family: an enum of types descending from one base, read by
/// `@odata.type`. See the `graph-resource` crate.
#[proc_macro_attribute]
pub fn graph_family(args: TokenStream, input: TokenStream) -> TokenStream {
    let args = TokenStream2::from(args);
    let input = TokenStream2::from(input);
    with_item(input.clone(), |item| {
        run(
            item,
            |cx, item| family::parse(cx, args.clone(), item),
            |f| family::call_base(f, &args, &input),
            |item, _, errors| fallback::item(item, errors),
        )
    })
    .into()
}

/// Declares the parameters of an action or function (a struct with named fields). See the
/// `graph-resource` crate.
#[proc_macro_attribute]
pub fn graph_params(args: TokenStream, input: TokenStream) -> TokenStream {
    let args = TokenStream2::from(args);
    with_item(input.into(), |item| {
        run(
            item,
            |cx, item| params::expand(cx, args, item),
            |out| out.clone(),
            |item, _, errors| fallback::item(item, errors),
        )
    })
    .into()
}

/// Declares an entity container: its singletons and entity sets become methods of
/// `graph_resource::Graph`. See the `graph-resource` crate.
#[proc_macro_attribute]
pub fn graph_container(args: TokenStream, input: TokenStream) -> TokenStream {
    let args = TokenStream2::from(args);
    with_item(input.into(), |item| {
        run(
            item,
            |cx, item| container::expand(cx, args, item),
            |out| out.clone(),
            |item, _, errors| fallback::item(item, errors),
        )
    })
    .into()
}

/// Adds navigation properties to another crate's entity type: its paths (and those of every
/// type derived from it) get one method per field. See the `graph-resource` crate.
#[proc_macro_attribute]
pub fn graph_navigation(args: TokenStream, input: TokenStream) -> TokenStream {
    let args = TokenStream2::from(args);
    with_item(input.into(), |item| {
        run(
            item,
            |cx, item| container::expand_navigation(cx, args, item),
            |out| out.clone(),
            |item, _, errors| fallback::item(item, errors),
        )
    })
    .into()
}

/// The second half of `#[graph_family(base = ...)]`, called back by the base's macro. Not for
/// direct use.
#[doc(hidden)]
#[proc_macro]
pub fn __graph_family_inherit(input: TokenStream) -> TokenStream {
    family_entry(input.into()).into()
}

/// The second half of `#[graph_resource(inherits = ...)]`, called back by the base's macro with
/// the base's data. Not for direct use.
#[doc(hidden)]
#[proc_macro]
pub fn __graph_resource_inherit(input: TokenStream) -> TokenStream {
    inherit_entry(input.into()).into()
}

/// The pipeline of every macro: build a model of the item (every error reported into one
/// context), then expand it; on any error, a usable stand-in for the item with every error.
fn run<M>(
    item: DeriveInput,
    model: impl FnOnce(&Ctxt, &DeriveInput) -> Option<M>,
    expand: impl FnOnce(&M) -> TokenStream2,
    fallback: impl FnOnce(DeriveInput, Option<&M>, TokenStream2) -> TokenStream2,
) -> TokenStream2 {
    let cx = Ctxt::new();
    let model = model(&cx, &item);
    match (cx.check(), model) {
        (Ok(()), Some(model)) => expand(&model),
        (Err(errors), model) => fallback(item, model.as_ref(), errors),
        (Ok(()), None) => fallback(item, None, TokenStream2::new()),
    }
}

/// Parses the item of an attribute macro, or gives it back with syn's error.
fn with_item(input: TokenStream2, f: impl FnOnce(DeriveInput) -> TokenStream2) -> TokenStream2 {
    match parse_item(input) {
        Ok(item) => f(item),
        Err(out) => out,
    }
}

/// Parses what a base's macro hands to a callback.
fn with_callback(
    input: TokenStream2,
    f: impl FnOnce(inherit::BaseData, TokenStream2, DeriveInput) -> TokenStream2,
) -> TokenStream2 {
    match syn::parse2::<inherit::CallbackInput>(input) {
        Ok(inherit::CallbackInput { base, args, item }) => f(base, args, item),
        Err(e) => e.to_compile_error(),
    }
}

fn enum_entry(args: TokenStream2, input: TokenStream2) -> TokenStream2 {
    with_item(input, |item| {
        run(
            item,
            |cx, item| enums::parse(cx, args, item),
            enums::expand,
            |item, _, errors| fallback::item(item, errors),
        )
    })
}

fn family_entry(input: TokenStream2) -> TokenStream2 {
    with_callback(input, |base, args, item| {
        run(
            item,
            |cx, item| family::parse(cx, args, item),
            |f| family::expand(f, &base),
            |item, _, errors| fallback::item(item, errors),
        )
    })
}

fn resource_fallback(
    item: DeriveInput,
    res: Option<&Resource>,
    errors: TokenStream2,
) -> TokenStream2 {
    // A mistake that leaves the model whole (an unknown key, a bad option) expands the type as
    // it would have been, beside the errors: its children, requests and uses compile, and the
    // mistake is the one error.
    if let Some(res) = res.filter(|r| fallback::expandable(&item, r)) {
        let out = fallback::expand_whole(res);
        return quote::quote!(#out #errors);
    }
    let krate = res.map_or_else(|| syn::parse_quote!(::graph_resource), |r| r.krate.clone());
    fallback::resource(item, &krate, errors)
}

fn resource_entry(args: TokenStream2, input: TokenStream2) -> TokenStream2 {
    with_item(input.clone(), |item| {
        run(
            item,
            |cx, item| {
                let res = Resource::from_input(cx, args.clone(), item)?;
                valid::check_resource(cx, &res, None);
                Some(res)
            },
            |res| match &res.args.inherits.value {
                Some(base) => {
                    let krate = &res.krate;
                    let callback = quote::quote!(#krate::__private::inherit);
                    inherit::call_base(base, callback, &args, &input)
                }
                None => expand::resource(res),
            },
            resource_fallback,
        )
    })
}

fn inherit_entry(input: TokenStream2) -> TokenStream2 {
    with_callback(input, |base, args, item| {
        run(
            item,
            |cx, item| {
                let mut res = Resource::from_input(cx, args, item)?;
                let base_name = base.name.clone();
                if let Some(path) = res.args.inherits.value.clone() {
                    inherit::merge(cx, &mut res, base, &path);
                }
                valid::check_resource(cx, &res, Some(&base_name));
                Some(res)
            },
            expand::resource,
            resource_fallback,
        )
    })
}

#[cfg(test)]
mod snapshots {
    //! Expansions, pretty-printed, kept in `macros/snapshots/` so that changes to generated
    //! code show in review: a resource with a base, a builder with required fields, a family, a
    //! flags enum and an expansion with errors. Update with
    //! `UPDATE_EXPECT=1 cargo test -p graph-resource-macros`.

    use proc_macro2::TokenStream;
    use quote::quote;

    /// Pretty-printed, with the fingerprints in hidden names (hashes, which may change with the
    /// toolchain) replaced by `<fingerprint>`.
    fn pretty(tokens: TokenStream) -> String {
        let file: syn::File = syn::parse2(tokens).expect("generated code parses");
        let text = prettyplease::unparse(&file);
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("__graph_resource_") {
            let name_end = rest[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(rest.len(), |e| at + e);
            let name = &rest[at..name_end];
            match name.rfind('_') {
                Some(u) if name.len() - u == 17 => {
                    out.push_str(&rest[..at + u + 1]);
                    out.push_str("<fingerprint>");
                }
                _ => out.push_str(&rest[..name_end]),
            }
            rest = &rest[name_end..];
        }
        out.push_str(rest);
        out
    }

    /// What the base's macro hands to the callback: its data, as `inherit::encode` writes it.
    fn base_data(args: TokenStream, item: TokenStream) -> TokenStream {
        let cx = super::Ctxt::new();
        let item: syn::DeriveInput = syn::parse2(item).unwrap();
        let res = super::Resource::from_input(&cx, args, &item).unwrap();
        cx.check().unwrap();
        // The `$crate` of the base's `macro_rules!` reaches the callback as one identifier;
        // here, as `crate`.
        let data = super::inherit::encode(&res).to_string();
        data.replace("$ crate", "crate").parse().unwrap()
    }

    fn comms_operation() -> TokenStream {
        base_data(
            quote!(inherits = entity, module = crate::models),
            quote! {
                pub struct CommsOperation {
                    /// The unique identifier.
                    #[graph(read_only)]
                    pub id: Option<String>,
                    pub client_context: Option<String>,
                    pub result_info: Option<ResultInfo>,
                    pub status: Option<OperationStatus>,
                }
            },
        )
    }

    #[test]
    fn record_operation() {
        let data = comms_operation();
        let input = quote! {
            #data
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
    fn builder_with_required_fields() {
        let out = super::resource_entry(
            quote!(name = "team"),
            quote! {
                pub struct Team {
                    #[graph(required)]
                    pub display_name: Option<String>,
                    #[graph(required)]
                    pub build: Option<String>,
                    pub value: Option<i64>,
                    #[graph(read_only)]
                    pub created_date_time: Option<String>,
                }
            },
        );
        expect_test::expect_file!["../snapshots/builder_required.rs"].assert_eq(&pretty(out));
    }

    #[test]
    fn family() {
        let data = comms_operation();
        let input = quote! {
            #data
            { base = commsOperation }
            pub enum AnyCommsOperation {
                Record(RecordOperation),
                #[graph(fallback)]
                Other(CommsOperation),
            }
        };
        expect_test::expect_file!["../snapshots/family.rs"]
            .assert_eq(&pretty(super::family_entry(input)));
    }

    #[test]
    fn flags_enum() {
        let out = super::enum_entry(
            quote!(flags),
            quote! {
                pub enum Modality { Audio, Video, #[graph(rename = "videoBasedScreenSharing")] Screen }
            },
        );
        expect_test::expect_file!["../snapshots/flags_enum.rs"].assert_eq(&pretty(out));
    }

    #[test]
    fn errors() {
        let out = super::resource_entry(
            quote!(inherit = commsOperation),
            quote! {
                #[derive(Debug)]
                pub struct Broken {
                    #[graph(secret, rename = "")]
                    pub a: Option<String>,
                }
            },
        );
        expect_test::expect_file!["../snapshots/errors.rs"].assert_eq(&pretty(out));
    }

    #[test]
    fn child_call() {
        // The first half: a child expands to a call of its base's macro, item unchanged; a
        // Graph name that is also a std macro is looked up by its Rust name.
        let item = quote!(
            pub struct X {
                pub a: Option<String>,
            }
        );
        for (written, called) in [("commsOperation", "commsOperation"), ("todo", "Todo")] {
            let written: syn::Ident = syn::parse_str(written).unwrap();
            let called: syn::Ident = syn::parse_str(called).unwrap();
            let out = super::resource_entry(quote!(inherits = self::#written), item.clone());
            let protocol = crate::inherit::protocol();
            let expected = quote! {
                self::#called! {
                    #protocol { ::graph_resource::__private::inherit }
                    { inherits = self::#written }
                    #item
                }
            };
            assert_eq!(out.to_string(), expected.to_string());
        }
    }
}
