//! Which types to generate: the whole document, or roots and everything they need (their
//! bases and the types of their properties and navigation properties), optionally with every
//! type derived from a type kept.

use std::collections::BTreeSet;

use crate::csdl::{Csdl, Error, QName};
use crate::Options;

/// The qualified names to generate, in document order.
pub fn select(csdl: &Csdl, selection: &Options) -> Result<Vec<QName>, Error> {
    if selection.roots.is_empty() && selection.externs.is_empty() {
        return Ok(csdl.types.iter().map(|t| t.qname.clone()).collect());
    }
    let mut kept: BTreeSet<QName> = BTreeSet::new();
    let mut work: Vec<QName> = Vec::new();
    for root in &selection.roots {
        let def = csdl.find(root).ok_or_else(|| Error {
            message: format!("--type {root}: no such type in the document"),
        })?;
        work.push(def.qname.clone());
    }
    if selection.roots.is_empty() {
        // A fragment over other crates' namespaces: its own types, and of those namespaces
        // what they need (kept for their names and bases, written by no one here).
        work.extend(
            csdl.types
                .iter()
                .filter(|t| selection.extern_path(&t.namespace).is_none())
                .map(|t| t.qname.clone()),
        );
    }
    loop {
        while let Some(q) = work.pop() {
            if !kept.insert(q.clone()) {
                continue;
            }
            let Some(def) = csdl.get(&q) else {
                return Err(Error {
                    message: format!("`{q}` is referenced but not declared in the document"),
                });
            };
            work.extend(def.base.iter().cloned());
            work.extend(
                def.properties
                    .iter()
                    .filter(|p| !p.ty.is_edm())
                    .filter(|p| !(selection.no_navigation && p.navigation))
                    .map(|p| p.ty.name.clone()),
            );
        }
        let mut more: Vec<QName> = Vec::new();
        if !selection.no_operations {
            for op in &csdl.operations {
                if kept.contains(&op.binding.name) {
                    more.extend(
                        op.params
                            .iter()
                            .map(|p| &p.ty)
                            .chain(&op.returns)
                            .filter(|t| !t.is_edm() && !kept.contains(&t.name))
                            .map(|t| t.name.clone()),
                    );
                }
            }
        }
        if selection.derived {
            more.extend(
                csdl.types
                    .iter()
                    .filter(|t| !kept.contains(&t.qname))
                    .filter(|t| t.base.as_ref().is_some_and(|b| kept.contains(b)))
                    .map(|t| t.qname.clone()),
            );
        }
        if more.is_empty() {
            break;
        }
        work.extend(more);
    }
    Ok(csdl
        .types
        .iter()
        .filter(|t| kept.contains(&t.qname))
        .map(|t| t.qname.clone())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
    <Schema Namespace="ns" Alias="a" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="root" Abstract="true"><Property Name="id" Type="Edm.String" /></EntityType>
      <EntityType Name="user" BaseType="a.root">
        <Property Name="info" Type="a.info" />
        <NavigationProperty Name="photos" Type="Collection(a.photo)" />
      </EntityType>
      <EntityType Name="guest" BaseType="a.user" />
      <EntityType Name="photo" BaseType="a.root" />
      <ComplexType Name="info"><Property Name="kind" Type="a.kind" /></ComplexType>
      <EnumType Name="kind"><Member Name="x" /></EnumType>
      <ComplexType Name="unrelated" />
    </Schema></edmx:DataServices></edmx:Edmx>"#;

    fn names(roots: &[&str], derived: bool) -> Vec<String> {
        let csdl = Csdl::parse(DOC).unwrap();
        let sel = Options {
            roots: roots.iter().map(|s| (*s).to_owned()).collect(),
            derived,
            no_operations: true,
            ..Options::default()
        };
        select(&csdl, &sel).unwrap()
    }

    #[test]
    fn closures() {
        assert_eq!(names(&[], false).len(), 7);
        assert_eq!(
            names(&["ns.user"], false),
            ["ns.root", "ns.user", "ns.photo", "ns.info", "ns.kind"]
        );
        assert_eq!(names(&["a.info"], false), ["ns.info", "ns.kind"]);
        assert_eq!(names(&["ns.photo"], false), ["ns.root", "ns.photo"]);
        // With derived types: `root` is kept, so are `user`, `guest` and what they need.
        assert_eq!(
            names(&["ns.photo"], true),
            ["ns.root", "ns.user", "ns.guest", "ns.photo", "ns.info", "ns.kind"]
        );
        // Without navigation: `photos` is not followed.
        let csdl = Csdl::parse(DOC).unwrap();
        let sel = Options {
            roots: vec!["ns.user".into()],
            no_navigation: true,
            no_operations: true,
            ..Options::default()
        };
        assert_eq!(
            select(&csdl, &sel).unwrap(),
            ["ns.root", "ns.user", "ns.info", "ns.kind"]
        );
    }

    #[test]
    fn unknown_roots_and_references() {
        let csdl = Csdl::parse(DOC).unwrap();
        let sel = Options {
            roots: vec!["ns.nobody".into()],
            ..Options::default()
        };
        assert!(select(&csdl, &sel)
            .unwrap_err()
            .to_string()
            .contains("ns.nobody"));
        let broken = Csdl::parse(&DOC.replace("a.info", "a.missing")).unwrap();
        let sel = Options {
            roots: vec!["ns.user".into()],
            ..Options::default()
        };
        assert!(select(&broken, &sel)
            .unwrap_err()
            .to_string()
            .contains("ns.missing"));
    }
}
