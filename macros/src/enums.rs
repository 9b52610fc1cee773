//! `#[graph_enum]`: parsing, checks and code generation for Graph enumerations.

use heck::{ToKebabCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ext::IdentExt;
use syn::{Attribute, DeriveInput, Fields, Ident, Path, Visibility};

use crate::ast::enum_data;
use crate::attr::{crate_path, EnumArgs, VariantOptions};
use crate::ctxt::Ctxt;

/// The variant that holds members this code does not know.
use graph_resource_internals::names::CATCH_ALL;

const CASES: &[&str] = &[
    "camelCase",
    "PascalCase",
    "snake_case",
    "SCREAMING_SNAKE_CASE",
    "kebab-case",
    "lowercase",
    "UPPERCASE",
];

pub struct GraphEnum {
    attrs: Vec<Attribute>,
    vis: Visibility,
    ident: Ident,
    krate: Path,
    flags: bool,
    variants: Vec<Variant>,
}

struct Variant {
    attrs: Vec<Attribute>,
    ident: Ident,
    wire: String,
    wire_span: Span,
}

fn convert(case: &str, s: &str) -> String {
    match case {
        "camelCase" => graph_resource_internals::names::default_member_name(s),
        "PascalCase" => s.to_upper_camel_case(),
        "snake_case" => s.to_snake_case(),
        "SCREAMING_SNAKE_CASE" => s.to_shouty_snake_case(),
        "kebab-case" => s.to_kebab_case(),
        "lowercase" => s.to_lowercase(),
        "UPPERCASE" => s.to_uppercase(),
        _ => s.to_owned(),
    }
}

pub fn parse(cx: &Ctxt, args: TokenStream, input: &DeriveInput) -> Option<GraphEnum> {
    let args = EnumArgs::parse(cx, args);
    let case = match &args.rename_all.value {
        Some(lit) if CASES.contains(&lit.value().as_str()) => lit.value(),
        Some(lit) => {
            cx.error_spanned_by(
                lit,
                format!(
                    "unknown case `{}`; expected one of {}",
                    lit.value(),
                    CASES
                        .iter()
                        .map(|c| format!("`{c}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            "camelCase".to_owned()
        }
        None => "camelCase".to_owned(),
    };
    let data = enum_data(
        cx,
        input,
        "graph_enum",
        "`#[graph_enum]` goes on an enum; for a resource type use `#[graph_resource]`",
        "a Graph enumeration cannot be generic",
    )?;
    let mut variants: Vec<Variant> = Vec::new();
    for v in &data.variants {
        let (opts, attrs) = VariantOptions::parse(cx, &v.attrs, false);
        if !matches!(v.fields, Fields::Unit) {
            cx.error_spanned_by(
                &v.fields,
                "a Graph enumeration member carries no data: remove the fields (members this code \
                 does not know are kept in the generated `Unrecognized` variant)",
            );
        }
        if let Some((_, d)) = &v.discriminant {
            cx.error_spanned_by(
                d,
                "a Graph enumeration member is its name on the wire; remove the discriminant",
            );
        }
        if v.ident == CATCH_ALL {
            cx.error_spanned_by(
                &v.ident,
                "`Unrecognized` is generated to hold members this code does not know; for a \
                 member really named so, write `#[graph(rename = \"unrecognized\")] UnrecognizedMember`",
            );
        }
        let (wire, wire_span) = match &opts.rename.value {
            Some(lit) => {
                if lit.value().is_empty() {
                    cx.error_spanned_by(lit, "`rename` needs a member name; it cannot be empty");
                }
                (lit.value(), lit.span())
            }
            None => (convert(&case, &v.ident.unraw().to_string()), v.ident.span()),
        };
        if args.flags.is_set() && wire.contains(',') {
            cx.error_at(
                wire_span,
                "a member of a flags enumeration cannot contain `,`",
            );
        }
        if let Some(earlier) = variants
            .iter()
            .find(|e| e.wire.eq_ignore_ascii_case(&wire) && !wire.is_empty())
        {
            cx.error_at(
                wire_span,
                format!(
                    "members `{}` and `{}` both read as `{}` (members are matched ignoring case)",
                    earlier.ident, v.ident, wire
                ),
            );
        }
        variants.push(Variant {
            attrs,
            ident: v.ident.clone(),
            wire,
            wire_span,
        });
    }
    Some(GraphEnum {
        attrs: input.attrs.clone(),
        vis: input.vis.clone(),
        ident: input.ident.clone(),
        krate: crate_path(&args.krate),
        flags: args.flags.is_set(),
        variants,
    })
}

pub fn expand(e: &GraphEnum) -> TokenStream {
    let GraphEnum {
        attrs,
        vis,
        ident,
        krate,
        flags,
        variants,
    } = e;
    let catch_all = Ident::new(CATCH_ALL, Span::call_site());
    let allow = crate::lints::allow_lints();
    let vattrs = variants.iter().map(|v| &v.attrs);
    let vidents: Vec<&Ident> = variants.iter().map(|v| &v.ident).collect();
    let wires: Vec<syn::LitStr> = variants
        .iter()
        .map(|v| syn::LitStr::new(&v.wire, v.wire_span))
        .collect();
    let indexes = 0..variants.len();
    let flags_impl = flags.then(|| {
        quote! {
            #[automatically_derived]
            impl #krate::GraphFlags for #ident {}

            #[automatically_derived]
            impl ::core::ops::BitOr for #ident {
                type Output = #krate::Flags<#ident>;
                fn bitor(self, rhs: Self) -> #krate::Flags<#ident> {
                    #krate::Flags::from(self) | rhs
                }
            }
        }
    });
    quote! {
        #(#attrs)*
        #[derive(
            ::core::clone::Clone,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::fmt::Debug
        )]
        #vis enum #ident {
            #(#(#vattrs)* #vidents,)*
            /// A member this code does not know (a newer service's), kept exactly as it was sent
            /// and written back verbatim.
            #catch_all(::std::string::String),
        }

        /// The empty unrecognized member: a value to be replaced (a parameter struct's
        /// `Default` needs one); written `""` where it is not.
        #allow
        #[automatically_derived]
        impl ::core::default::Default for #ident {
            fn default() -> Self {
                #ident::#catch_all(::std::string::String::new())
            }
        }

        #allow
        #[automatically_derived]
        impl #ident {
            /// The wire names of the known members, in declaration order.
            pub const MEMBERS: &'static [&'static str] = &[#(#wires),*];

            /// The member's name on the wire (an unrecognized member's as it was read).
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#vidents => #wires,)*
                    Self::#catch_all(__s) => __s,
                }
            }
        }

        #allow
        const _: () = {
            use #krate::__private as __gr;

            #[automatically_derived]
            impl #krate::GraphEnum for #ident {
                const MEMBERS: &'static [&'static str] = &[#(#wires),*];

                fn as_str(&self) -> &str {
                    #ident::as_str(self)
                }

                fn from_index(index: usize) -> ::core::option::Option<Self> {
                    match index {
                        #(#indexes => ::core::option::Option::Some(Self::#vidents),)*
                        _ => ::core::option::Option::None,
                    }
                }

                fn unrecognized(member: ::std::string::String) -> Self {
                    Self::#catch_all(member)
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = ::core::convert::Infallible;
                fn from_str(member: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::result::Result::Ok(<Self as #krate::GraphEnum>::from_member(member))
                }
            }

            #[automatically_derived]
            impl __gr::serde::Serialize for #ident {
                fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: __gr::serde::Serializer,
                {
                    serializer.serialize_str(self.as_str())
                }
            }

            #[automatically_derived]
            impl<'de> __gr::serde::Deserialize<'de> for #ident {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: __gr::serde::Deserializer<'de>,
                {
                    __gr::deserialize_member::<Self, D>(deserializer)
                }
            }

            #flags_impl
        };
    }
}
