//! Checks that span several options or fields, run after the model is built (and, for a child,
//! after the inherited fields are merged in). Every problem is reported, each at its own tokens.

use crate::ast::Resource;
use crate::ctxt::Ctxt;

/// Whether `s` is an OData simple identifier (`[A-Za-z_][A-Za-z0-9_]*`).
pub fn is_simple_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `inherits = print` on `struct Print` (or `self::print`, or its Rust name): the lookup would
/// find no macro (the type's own is made only once its base answers), and rustc would suggest
/// std's `print!`.
fn self_inheritance(cx: &Ctxt, res: &Resource, base: &syn::Path) {
    use syn::ext::IdentExt;
    let segments: Vec<&syn::PathSegment> = base.segments.iter().collect();
    let last = match segments[..] {
        [only] if base.leading_colon.is_none() => only,
        [first, last] if first.ident == "self" => last,
        _ => return,
    };
    let written = last.ident.unraw().to_string();
    if res.ident.unraw() == written || written == res.name {
        cx.error_spanned_by(
            &last.ident,
            format!(
                "`{}` cannot inherit itself: `inherits` names its base type (another type, \
                 such as `entity`)",
                res.ident.unraw()
            ),
        );
    }
}

pub fn check_resource(cx: &Ctxt, res: &Resource, base_name: Option<&str>) {
    // `#[graph(inherited)]` fields are taken by the merge; one left restates nothing (checked
    // once the base's data is there: not in a child's first half).
    let merged = base_name.is_some() || res.args.inherits.value.is_none();
    for f in res.fields.iter().filter(|f| !f.from_base && merged) {
        if let Some(span) = f.restates {
            let msg = match base_name {
                Some(base) => format!(
                    "`{}` is not a property of `{base}` or its bases: `inherited` restates one of \
                     them with its type",
                    syn::ext::IdentExt::unraw(&f.ident)
                ),
                None => "`inherited` restates a property of the base type, and this type has \
                         no base (`inherits = ...`)"
                    .to_owned(),
            };
            cx.error_at(span, msg);
        }
    }
    if base_name.is_none() {
        if let Some(base) = &res.args.inherits.value {
            self_inheritance(cx, res, base);
        }
    }
    if let Some(lit) = &res.args.name.value {
        if !is_simple_identifier(&res.name) {
            cx.error_spanned_by(
                lit,
                "the Graph name must be an identifier such as `recordOperation` (letters, digits, `_`)",
            );
        }
    }
    if let Some(lit) = &res.args.namespace.value {
        if res.namespace.is_empty() || !res.namespace.split('.').all(is_simple_identifier) {
            cx.error_spanned_by(
                lit,
                "the namespace must be dot-separated identifiers, such as `microsoft.graph`",
            );
        }
    }

    if let Some(module) = &res.module {
        let first = module.segments.first().map(|s| s.ident.to_string());
        if module.leading_colon.is_none() && first.as_deref() != Some("crate") {
            cx.error_spanned_by(
                module,
                "`module` is where the type can be named from anywhere: a path from the crate \
                 root, such as `crate::models` (or `::other_crate::models`)",
            );
        }
    }
    let creatable = !res.abstract_ && !res.complex;
    for (i, field) in res.fields.iter().enumerate() {
        if creatable && field.read_only.unless().is_some() {
            let setter = crate::names::setter(&field.ident);
            if setter != field.ident {
                if let Some(other) = res.fields.iter().find(|f| f.ident == setter) {
                    cx.error_spanned_by(
                        &other.ident,
                        format!(
                            "the field `{}` has the setter `{setter}` (a field named like a \
                             builder's own method, `build` or `null`, gets `set_` before its \
                             name); rename one of them",
                            field.ident
                        ),
                    );
                }
            }
        }
        if field.from_base {
            continue;
        }
        let name = &field.ident;
        if name == graph_resource_internals::names::ADDITIONAL_DATA {
            cx.error_spanned_by(
                name,
                "`additional_data` is generated: it keeps the unknown properties and annotations; \
                 name this field otherwise",
            );
        }
        if field.json.is_empty() {
            cx.error_at(
                field.json_span,
                "`rename` needs a JSON name; it cannot be empty",
            );
        } else if field.json.eq_ignore_ascii_case("@odata.type") {
            cx.error_at(
                field.json_span,
                "`@odata.type` is written and checked by graph-resource itself; it cannot be a \
                 field (read a value's type with `GraphResource::ODATA_TYPE`, or a family's \
                 `odata_type()`)",
            );
        }
        if let (Some(req), true) = (field.required_span, field.read_only.maybe()) {
            cx.error_at(
                req,
                "a field cannot be both `required` and `read_only`: a read-only property is set by \
                 the service, never in a create request",
            );
        }
        for earlier in &res.fields[..i] {
            if earlier.ident == *name {
                if earlier.from_base {
                    cx.error_spanned_by(
                        name,
                        format!(
                            "field `{}` is already inherited from `{}`; remove it here",
                            name,
                            base_name.unwrap_or("the base type")
                        ),
                    );
                }
                // Two own fields with one name: rustc reports it.
            } else if earlier.json == field.json && !field.json.is_empty() {
                let whence = if earlier.from_base {
                    format!(
                        "the property `{}` inherited from `{}`",
                        field.json,
                        base_name.unwrap_or("the base type")
                    )
                } else {
                    format!("field `{}`", earlier.ident)
                };
                cx.error_at(
                    field.json_span,
                    format!(
                        "two fields have the JSON name `{}`: this one and {}",
                        field.json, whence
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_simple_identifier;

    #[test]
    fn identifiers() {
        assert!(is_simple_identifier("recordOperation"));
        assert!(is_simple_identifier("_x1"));
        assert!(!is_simple_identifier(""));
        assert!(!is_simple_identifier("1x"));
        assert!(!is_simple_identifier("a.b"));
        assert!(!is_simple_identifier("a b"));
    }
}
