//! Families: for every generated type that other generated types derive from, an open
//! `#[graph_family]` enum to read a polymorphic value or collection into (`/me/memberOf` is a
//! `Collection(directoryObject)` of groups, directory roles, administrative units …).
//!
//! Each is `local` (the base is in the same module: accessors show the property types as the
//! base writes them). The rule, one place (the README's "Generating declarations" repeats it):
//! - a family for each selected entity or complex type with at least one selected, concrete
//!   descendant, except a root type (no base of its own) that most of the document's types of
//!   its kind derive from (`entity`: a family of 1,000 entity types is no useful type to
//!   `match` on);
//! - named `Any<Base>` (`AnyDirectoryObject`), or `<Base>Family` where the module has a type of
//!   that name;
//! - one variant per concrete descendant (direct or not), named after its type
//!   (`Group(Group)`), with the namespace's module name in front where two descendants share a
//!   name (`SecurityAlert`);
//! - open: a concrete base is its own variant and the fallback; an abstract base gets
//!   `#[graph(fallback)] Other(Base)`. An unknown derived type is read into the fallback,
//!   which keeps its tag and properties and writes them back.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use crate::csdl::{Csdl, Kind, TypeDef};
use crate::naming::{module_stem, type_ident};
use graph_resource_internals::names::{self as rules, unraw};

/// The derived types of every selected type, in document order.
pub struct Families<'a> {
    children: HashMap<&'a str, Vec<&'a TypeDef>>,
    /// Per kind, how many selected types there are (for the "most of the document" rule).
    totals: HashMap<Kind, usize>,
}

impl<'a> Families<'a> {
    pub fn new(csdl: &'a Csdl, selected: &HashSet<&str>) -> Self {
        let mut children: HashMap<&str, Vec<&TypeDef>> = HashMap::new();
        let mut totals: HashMap<Kind, usize> = HashMap::new();
        for def in &csdl.types {
            if !selected.contains(def.qname.as_str()) || def.kind == Kind::Enum {
                continue;
            }
            *totals.entry(def.kind).or_default() += 1;
            if let Some(base) = &def.base {
                children.entry(base.as_str()).or_default().push(def);
            }
        }
        Families { children, totals }
    }

    /// Every selected descendant of `qname`, depth first in document order.
    fn descendants(&self, qname: &str) -> Vec<&'a TypeDef> {
        let mut out = Vec::new();
        let mut stack: Vec<&TypeDef> = self.children.get(qname).cloned().unwrap_or_default();
        stack.reverse();
        while let Some(d) = stack.pop() {
            out.push(d);
            if let Some(c) = self.children.get(d.qname.as_str()) {
                stack.extend(c.iter().rev());
            }
        }
        out
    }

    /// The family of `base`, if it gets one: its name and variants (name, type's qname,
    /// fallback).
    pub fn family(&self, base: &'a TypeDef, module_types: &HashSet<String>) -> Option<Family<'a>> {
        if base.kind == Kind::Enum {
            return None;
        }
        let all = self.descendants(&base.qname);
        if base.base.is_none() && all.len() * 2 > self.totals.get(&base.kind).copied().unwrap_or(0)
        {
            return None;
        }
        let concrete: Vec<&TypeDef> = all.into_iter().filter(|d| !d.is_abstract).collect();
        if concrete.is_empty() {
            return None;
        }
        let rust = type_ident(&base.name);
        let any = format!("Any{}", rust.trim_start_matches("r#"));
        let name = if module_types.contains(&any) {
            format!("{}Family", rust.trim_start_matches("r#"))
        } else {
            any
        };
        let mut count: BTreeMap<String, usize> = BTreeMap::new();
        for d in concrete.iter().copied().chain(Some(base)) {
            *count.entry(variant_name(d, false)).or_default() += 1;
        }
        let mut variants: Vec<Variant> = Vec::new();
        if !base.is_abstract {
            variants.push(Variant {
                name: variant_name(base, count[&variant_name(base, false)] > 1),
                qname: base.qname.as_str(),
                fallback: true,
            });
        }
        for d in concrete {
            variants.push(Variant {
                name: variant_name(d, count[&variant_name(d, false)] > 1),
                qname: d.qname.as_str(),
                fallback: false,
            });
        }
        if base.is_abstract {
            let taken: HashSet<&str> = variants.iter().map(|v| v.name.as_str()).collect();
            let other = ["Other", "OtherType", "UnknownType"]
                .into_iter()
                .find(|n| !taken.contains(n))
                .expect("three names cannot all be taken by distinct type names here");
            variants.push(Variant {
                name: other.to_owned(),
                qname: base.qname.as_str(),
                fallback: true,
            });
        }
        Some(Family { name, variants })
    }
}

/// A variant's name: the type's Rust name, with its module's name in front when `qualified`.
fn variant_name(def: &TypeDef, qualified: bool) -> String {
    let rust = type_ident(&def.name).trim_start_matches("r#").to_owned();
    if qualified {
        format!(
            "{}{rust}",
            unraw(&rules::type_name(&module_stem(&def.namespace)))
        )
    } else {
        rust
    }
}

pub struct Family<'a> {
    pub name: String,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub name: String,
    pub qname: &'a str,
    pub fallback: bool,
}

impl Family<'_> {
    /// Writes the family of `base`, naming types with `type_path`.
    /// A variant whose type is behind a feature the family's namespace does not turn on gets
    /// its `cfg(qname)`.
    pub fn write(
        &self,
        base: &TypeDef,
        type_path: impl Fn(&str) -> String,
        cfg: impl Fn(&str) -> Option<String>,
        out: &mut String,
    ) {
        let _ = writeln!(
            out,
            "\n/// `{}` or any type this document derives from it, read by its `@odata.type`.\n\
             /// A type it does not know is read into `{}`, which keeps it whole.",
            base.name,
            self.variants
                .iter()
                .find(|v| v.fallback)
                .map_or("", |v| v.name.as_str()),
        );
        let _ = writeln!(
            out,
            "#[graph_family(base = {}, local)]\npub enum {} {{",
            type_path(&base.qname),
            self.name
        );
        for v in &self.variants {
            if let Some(cfg) = cfg(v.qname) {
                let _ = writeln!(out, "    {cfg}");
            }
            if v.fallback {
                out.push_str("    #[graph(fallback)]\n");
            }
            let line = format!("    {}({}),", v.name, type_path(v.qname));
            if line.len() <= 100 {
                let _ = writeln!(out, "{line}");
            } else {
                // As rustfmt writes it.
                let _ = writeln!(
                    out,
                    "    {}(\n        {},\n    ),",
                    v.name,
                    type_path(v.qname)
                );
            }
        }
        out.push_str("}\n");
    }
}

/// The family a document over another crate's namespaces writes for one of that crate's bases
/// (`microsoft.graph.directoryObject`) whose family (`extended`, that crate's
/// `AnyDirectoryObject`) it extends with its own descendants of the base.
pub struct Extension<'a> {
    /// The family's name here.
    pub name: String,
    /// The document's own concrete descendants of the base: (variant, qname).
    pub variants: Vec<(String, &'a str)>,
    /// The variant holding the extended family, and that family's path.
    pub extends: (String, String),
}

impl<'a> Extension<'a> {
    /// The family of the other crate's `base`, if that crate has one (`extended`: its name
    /// there) and the document derives concrete types from it (`descendants`).
    pub fn new(
        base: &TypeDef,
        extended: &str,
        extern_path: &str,
        descendants: &[&'a TypeDef],
        module_types: &HashSet<String>,
    ) -> Option<Self> {
        let concrete: Vec<&TypeDef> = descendants
            .iter()
            .copied()
            .filter(|d| !d.is_abstract)
            .collect();
        if concrete.is_empty() {
            return None;
        }
        let name = if module_types.contains(extended) {
            format!("{extended}Family")
        } else {
            extended.to_owned()
        };
        let mut count: BTreeMap<String, usize> = BTreeMap::new();
        for d in &concrete {
            *count.entry(variant_name(d, false)).or_default() += 1;
        }
        let variants: Vec<(String, &str)> = concrete
            .iter()
            .map(|d| {
                let qualified = count[&variant_name(d, false)] > 1;
                (variant_name(d, qualified), d.qname.as_str())
            })
            .collect();
        let module = unraw(&rules::type_name(&module_stem(&base.namespace))).to_owned();
        let holder = ["Extended", "ExtendedFamily"]
            .into_iter()
            .map(str::to_owned)
            .chain(Some(module))
            .find(|n| !variants.iter().any(|(v, _)| v == n))
            .expect("three names cannot all be taken");
        Some(Extension {
            name,
            variants,
            extends: (holder, format!("{extern_path}::{extended}")),
        })
    }

    /// Writes it, naming types with `type_path`.
    pub fn write(&self, base: &TypeDef, type_path: impl Fn(&str) -> String, out: &mut String) {
        let _ = writeln!(
            out,
            "\n/// `{}` or any type derived from it: this document's, read into their own \
             variants,\n/// and every other (those of\n/// `{}`,\n/// and what no one \
             knows) through `{}`.",
            base.qname, self.extends.1, self.extends.0
        );
        let _ = writeln!(
            out,
            "#[graph_family(base = {})]\npub enum {} {{",
            type_path(&base.qname),
            self.name
        );
        for (variant, qname) in &self.variants {
            let _ = writeln!(out, "    {variant}({}),", type_path(qname));
        }
        let _ = writeln!(
            out,
            "    #[graph(extends)]\n    {}({}),\n}}",
            self.extends.0, self.extends.1
        );
    }
}
