//! Writing what addresses the types: `#[graph(navigation)]` on navigation properties (in
//! `emit`), `#[graph_operations(...)]` on each binding type, a module `ops` per namespace with
//! one `#[graph_params]` struct per operation with parameters (`ops::<binding>::<Operation>`,
//! `ops::<binding>_collection::…` for collection-bound ones), and the entity container as a
//! `#[graph_container]`. Overloads resolve by binding type; an operation whose method name is
//! taken on its binding (by a navigation property or an overload) is left out and counted.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use graph_resource_internals::names as rules;

use crate::csdl::{Csdl, Kind, TypeRef};
use crate::ops::Operation;

/// An operation as it is written.
pub struct Planned<'a> {
    pub op: &'a Operation,
    pub collection: bool,
    /// The `ops` submodule (`call`, `user_collection`).
    pub module: String,
    /// The parameter struct, where there are parameters.
    pub params: Option<String>,
}

/// The operations to write, by binding type.
#[derive(Default)]
pub struct Plan<'a> {
    pub by_binding: HashMap<&'a str, Vec<Planned<'a>>>,
    /// Written.
    pub written: usize,
    /// Left out: a name taken on the binding (overloads), a type not selected, a collection of
    /// streams.
    pub skipped: usize,
}

/// Methods every path has of its own: an operation of that name would never be reached.
const PATH_METHODS: &[&str] = &["url", "cast", "id", "segment", "segment_collection", "at"];

impl<'a> Plan<'a> {
    /// Plans every bound operation whose binding type is a selected entity type and whose
    /// parameter and result types are selected (or primitive).
    pub fn new(
        csdl: &'a Csdl,
        selected: &HashSet<&str>,
        nav_methods: impl Fn(&str) -> Vec<String>,
    ) -> Plan<'a> {
        let mut plan = Plan::default();
        let mut taken: HashMap<(&str, bool), HashSet<String>> = HashMap::new();
        let usable = |t: &TypeRef| t.is_edm() || selected.contains(t.name.as_str());
        for op in &csdl.operations {
            let binding = op.binding.name.as_str();
            let bound_ok = csdl
                .get(binding)
                .is_some_and(|t| t.kind == Kind::Entity && selected.contains(binding));
            let types_ok = op.params.iter().all(|p| usable(&p.ty))
                && op.returns.as_ref().map_or(true, |r| {
                    usable(r) && !(r.collection && r.name == "Edm.Stream")
                });
            if !bound_ok || !types_ok {
                if bound_ok {
                    plan.skipped += 1;
                }
                continue;
            }
            let collection = op.binding.collection;
            let names = taken.entry((binding, collection)).or_insert_with(|| {
                let mut s: HashSet<String> = PATH_METHODS.iter().map(|m| (*m).to_owned()).collect();
                if !collection {
                    s.extend(nav_methods(binding));
                }
                s
            });
            let method = rules::method_name(&op.name);
            if !names.insert(rules::unraw(&method).to_owned()) {
                plan.skipped += 1;
                continue;
            }
            let def = csdl.get(binding).expect("checked");
            plan.written += 1;
            plan.by_binding.entry(binding).or_default().push(Planned {
                op,
                collection,
                module: rules::ops_module(&def.name, collection),
                params: (!op.params.is_empty()).then(|| rules::type_name(&op.name)),
            });
        }
        plan
    }
}

/// How an operation is named in `#[graph_operations]`: bare in `microsoft.graph`, else
/// qualified; a string where the name is not an identifier.
fn op_name(op: &Operation) -> String {
    let bare = op.namespace == rules::GRAPH_NAMESPACE;
    let ident_like = op
        .name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && op.name.starts_with(|c: char| c.is_ascii_alphabetic())
        && !rules::is_keyword(&op.name)
        && !rules::is_path_keyword(&op.name)
        && !["collection", "action", "function"].contains(&op.name.as_str());
    if bare && ident_like {
        op.name.clone()
    } else if bare {
        format!("{:?}", op.name)
    } else {
        format!("{:?}", format!("{}.{}", op.namespace, op.name))
    }
}

/// The `#[graph_operations(...)]` attribute of a binding type, or nothing.
pub fn operations_attribute(
    planned: &[Planned],
    result_type: impl Fn(&TypeRef) -> String,
    cfg: impl Fn(&Operation) -> Option<String>,
    out: &mut String,
) {
    if planned.is_empty() {
        return;
    }
    out.push_str("#[graph_operations(\n");
    for p in planned {
        if let Some(cfg) = cfg(p.op) {
            let _ = writeln!(out, "    {cfg}");
        }
        let mut line = String::from("    ");
        if p.collection {
            line.push_str("collection ");
        }
        line.push_str(if p.op.action { "action " } else { "function " });
        line.push_str(&op_name(p.op));
        if let Some(params) = &p.params {
            let _ = write!(line, "(ops::{}::{params})", p.module);
        }
        if let Some(r) = &p.op.returns {
            let t = result_type(&TypeRef {
                collection: false,
                name: r.name.clone(),
            });
            if r.collection {
                let _ = write!(line, " -> [{t}]");
            } else {
                let _ = write!(line, " -> {t}");
            }
        }
        line.push_str(",\n");
        out.push_str(&line);
    }
    out.push_str(")]\n");
}

/// The type of an operation's result element: a primitive the runtime reads from
/// `{"value": …}`, or the structured type (enums as their text).
pub fn result_element(csdl: &Csdl, t: &TypeRef, path: impl Fn(&str) -> String) -> String {
    match t.name.as_str() {
        "Edm.Boolean" => "bool".into(),
        "Edm.Int16" => "i16".into(),
        "Edm.Int32" => "i32".into(),
        "Edm.Int64" => "i64".into(),
        "Edm.Byte" => "u8".into(),
        "Edm.Double" | "Edm.Single" => "f64".into(),
        "Edm.Stream" => "::std::vec::Vec<u8>".into(),
        n if n.starts_with("Edm.") && n != "Edm.String" => "::serde_json::Value".into(),
        "Edm.String" => "::std::string::String".into(),
        n => match csdl.get(n) {
            Some(d) if d.kind == Kind::Enum => "::std::string::String".into(),
            _ => path(n),
        },
    }
}

/// The `ops` module of a namespace: one submodule per binding, one struct per operation with
/// parameters. `param_type(ty, nullable)` writes a parameter's type as the submodule names it.
pub fn ops_module(
    planned: &[&Planned],
    param_type: impl Fn(&TypeRef, bool) -> String,
    cfg: impl Fn(&Operation) -> Option<String>,
    out: &mut String,
) {
    let mut by_module: BTreeMap<&str, Vec<&Planned>> = BTreeMap::new();
    for p in planned.iter().filter(|p| p.params.is_some()) {
        by_module.entry(p.module.as_str()).or_default().push(p);
    }
    if by_module.is_empty() {
        return;
    }
    out.push_str(
        "\n/// The parameters of the operations bound to each type of this namespace (`ops::user`) \
         or to\n/// a collection of it (`ops::user_collection`).\npub mod ops {\n",
    );
    let mut first = true;
    for (module, ops) in by_module {
        if !first {
            out.push('\n');
        }
        first = false;
        let _ = writeln!(out, "    pub mod {module} {{");
        out.push_str("        use graph_resource::graph_params;\n");
        for p in ops {
            let name = p.params.as_deref().expect("filtered");
            let kind = if p.op.action { "action" } else { "function" };
            let _ = writeln!(
                out,
                "\n        /// The parameters of the {kind} `{}`.",
                p.op.name
            );
            if let Some(cfg) = cfg(p.op) {
                let _ = writeln!(out, "        {cfg}");
            }
            out.push_str("        #[graph_params]\n");
            let _ = writeln!(out, "        pub struct {name} {{");
            let mut taken: HashSet<String> = HashSet::new();
            for param in &p.op.params {
                let base = rules::method_name(&param.name);
                let mut field = base.clone();
                let mut n = 2;
                while !taken.insert(rules::unraw(&field).to_owned()) {
                    field = format!("{}_{n}", rules::unraw(&base));
                    n += 1;
                }
                let mut options = Vec::new();
                if rules::default_json_name(&field) != param.name {
                    options.push(format!("rename = {:?}", param.name));
                }
                if !param.ty.collection
                    && matches!(
                        param.ty.name.as_str(),
                        "Edm.DateTimeOffset" | "Edm.Date" | "Edm.TimeOfDay" | "Edm.Guid"
                    )
                {
                    options.push("bare".into());
                }
                if !options.is_empty() {
                    let _ = writeln!(out, "            #[graph({})]", options.join(", "));
                }
                let ty = param_type(&param.ty, param.nullable);
                out.push_str(&field_line("            ", &field, &ty));
            }
            out.push_str("        }\n");
        }
        out.push_str("    }\n");
    }
    out.push_str("}\n");
}

/// The entity container: `#[graph_container] pub struct GraphService { pub me: User, … }`.
/// `member_type(qname)` names an entity type from this module.
pub fn container(
    csdl: &Csdl,
    name: &str,
    extends: Option<&str>,
    selected: &HashSet<&str>,
    member_type: impl Fn(&str) -> String,
    cfg: impl Fn(&str) -> Option<String>,
    out: &mut String,
) -> usize {
    let members: Vec<_> = csdl
        .container
        .iter()
        .filter(|m| selected.contains(m.ty.as_str()))
        .collect();
    if members.is_empty() {
        return 0;
    }
    let attribute = match extends {
        Some(other) => format!("#[graph_container(extends = {other})]"),
        None => "#[graph_container]".to_owned(),
    };
    let _ = writeln!(
        out,
        "\n/// The entity container `{name}`: its singletons and entity sets are methods of\n\
         /// `graph_resource::Graph` where this trait is in scope.\n{attribute}\npub struct {} {{",
        rules::type_name(name)
    );
    let mut taken: HashSet<String> = HashSet::new();
    let mut written = 0;
    for m in members {
        let field = rules::method_name(&m.name);
        if !taken.insert(rules::unraw(&field).to_owned()) {
            continue;
        }
        if let Some(cfg) = cfg(&m.ty) {
            let _ = writeln!(out, "    {cfg}");
        }
        if rules::default_json_name(&field) != m.name {
            let _ = writeln!(out, "    #[graph(rename = {:?})]", m.name);
        }
        let ty = member_type(&m.ty);
        let ty = if m.set { format!("Vec<{ty}>") } else { ty };
        out.push_str(&field_line("    ", &field, &ty));
        written += 1;
    }
    out.push_str("}\n");
    written
}

/// `pub field: Type,` laid out as rustfmt lays it out: on one line; else the type on the next
/// line; else the type broken at its generic arguments (`Option<\n    X<\n        Y,\n    >,\n>`).
pub fn field_line(indent: &str, field: &str, ty: &str) -> String {
    let line = format!("{indent}pub {field}: {ty},\n");
    if line.len() <= 101 {
        return line;
    }
    let next = format!("{indent}    {ty},");
    if next.len() <= 100 {
        return format!("{indent}pub {field}:\n{next}\n");
    }
    format!("{indent}pub {field}: {},\n", broken(indent, ty))
}

/// `Outer<Inner>` broken after `<` where `indent + Inner,` does not fit.
fn broken(indent: &str, ty: &str) -> String {
    let (Some(open), true) = (ty.find('<'), ty.ends_with('>')) else {
        return ty.to_owned();
    };
    let inner = &ty[open + 1..ty.len() - 1];
    let deeper = format!("{indent}    ");
    let inner_line = format!("{deeper}{inner},");
    let inner = if inner_line.len() <= 100 {
        inner.to_owned()
    } else {
        broken(&deeper, inner)
    };
    format!("{}<\n{deeper}{inner},\n{indent}>", &ty[..open])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_types_break_as_rustfmt_breaks_them() {
        assert_eq!(
            field_line("    ", "a", "Option<X>"),
            "    pub a: Option<X>,\n"
        );
        let long = format!(
            "Option<::graph_resource::Flags<super::super::{}>>",
            "N".repeat(60)
        );
        assert_eq!(
            field_line("            ", "on", &long),
            format!(
                "            pub on: Option<\n                ::graph_resource::Flags<\n                    super::super::{},\n                >,\n            >,\n",
                "N".repeat(60)
            )
        );
    }
}
