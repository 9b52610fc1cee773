//! The lint levels every expansion's impls carry (a leaf: every expander uses it).

use proc_macro2::TokenStream;
use quote::quote;

/// Lints generated code must not trip, whatever the user enables (`deprecated` fields are read
/// and written by the impls; the user's own uses still warn).
pub fn allow_lints() -> TokenStream {
    quote! {
        #[allow(deprecated, unused_qualifications, clippy::all, clippy::pedantic, clippy::nursery)]
    }
}
