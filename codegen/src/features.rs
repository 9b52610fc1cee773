//! Cargo features of a generated crate, one per namespace ([`crate::Options::features`]):
//! `default-features = false, features = ["graph"]` compiles `microsoft.graph` alone.
//!
//! Sound by construction: a namespace's feature turns on the features of the namespaces its
//! types inherit from (a base cannot be left out); every other reference to a type of another
//! namespace (a property, a navigation property, an operation's parameters or result, a
//! family's variant, a container member) is under `#[cfg(feature = "...")]` of that namespace,
//! unless the referring namespace's feature already turns it on. With the feature off, the
//! property is read into `additional_data` like any unknown one and written back as read; a
//! family reads the variant's objects through its fallback; the operation, member or
//! navigation method is not there. Namespaces whose types inherit from each other share one
//! feature (Cargo features cannot form a cycle).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::csdl::Csdl;
use crate::naming::module_stem;

/// Which namespace is behind which feature; empty where the crate has none.
#[derive(Debug, Default)]
pub struct Gates {
    /// The feature of each namespace.
    feature: HashMap<String, String>,
    /// For each feature, the features it turns on (not itself), transitively.
    implies: BTreeMap<String, BTreeSet<String>>,
}

/// A feature of the generated crate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feature {
    /// Its name: the module name of its namespace (the first, where namespaces share one).
    pub name: String,
    /// The features it turns on: those of the namespaces its types inherit from.
    pub requires: Vec<String>,
}

impl Gates {
    /// The features of the selected types' namespaces; none where there is one namespace.
    pub fn new<'a>(csdl: &'a Csdl, selected: impl Fn(&str) -> bool) -> Gates {
        let mut namespaces: Vec<&'a str> = csdl
            .types
            .iter()
            .filter(|t| selected(&t.qname))
            .map(|t| t.namespace.as_str())
            .collect();
        namespaces.sort_unstable();
        namespaces.dedup();
        if namespaces.len() < 2 {
            return Gates::default();
        }
        let index: HashMap<&str, usize> = namespaces
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, i))
            .collect();
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); namespaces.len()];
        for t in csdl.types.iter().filter(|t| selected(&t.qname)) {
            let base_ns = t
                .base
                .as_deref()
                .and_then(|b| csdl.get(b))
                .map(|b| &b.namespace);
            if let Some(base_ns) = base_ns.filter(|b| **b != t.namespace) {
                edges[index[t.namespace.as_str()]].push(index[base_ns.as_str()]);
            }
        }
        let component = crate::scc::tarjan(&edges);
        // A component's feature: the smallest module name among its namespaces.
        let mut name_of: BTreeMap<usize, String> = BTreeMap::new();
        for (i, ns) in namespaces.iter().enumerate() {
            // `default` is Cargo's own list.
            let stem = match module_stem(ns) {
                stem if stem == "default" => "default_namespace".to_owned(),
                stem => stem,
            };
            let name = name_of.entry(component[i]).or_insert_with(|| stem.clone());
            if stem < *name {
                *name = stem;
            }
        }
        let feature: HashMap<String, String> = namespaces
            .iter()
            .enumerate()
            .map(|(i, ns)| ((*ns).to_owned(), name_of[&component[i]].clone()))
            .collect();
        let mut implies: BTreeMap<String, BTreeSet<String>> = name_of
            .values()
            .map(|n| (n.clone(), BTreeSet::new()))
            .collect();
        for (from, tos) in edges.iter().enumerate() {
            for &to in tos {
                let (f, t) = (&name_of[&component[from]], &name_of[&component[to]]);
                if f != t {
                    implies.get_mut(f).expect("every feature").insert(t.clone());
                }
            }
        }
        // Transitively: a feature turns on what the features it turns on turn on.
        loop {
            let mut grew = false;
            let snapshot = implies.clone();
            for set in implies.values_mut() {
                let more: BTreeSet<String> = set
                    .iter()
                    .flat_map(|f| snapshot[f].iter().cloned())
                    .collect();
                let before = set.len();
                set.extend(more);
                grew |= set.len() != before;
            }
            if !grew {
                break;
            }
        }
        Gates { feature, implies }
    }

    /// The features, by name, each with what it turns on (directly or not).
    pub fn features(&self) -> Vec<Feature> {
        self.implies
            .iter()
            .map(|(name, requires)| Feature {
                name: name.clone(),
                requires: requires.iter().cloned().collect(),
            })
            .collect()
    }

    /// The feature of a namespace's module, if the crate has features.
    pub fn feature_of(&self, namespace: &str) -> Option<&str> {
        self.feature.get(namespace).map(String::as_str)
    }

    /// The `#[cfg(...)]` (without indentation or newline) of an item of namespace `from` that
    /// names the types `qnames` (primitives are ignored): none where every one of them is
    /// there whenever `from` is.
    pub fn cfg<'q>(
        &self,
        csdl: &Csdl,
        from: &str,
        qnames: impl IntoIterator<Item = &'q str>,
    ) -> Option<String> {
        let own = self.feature.get(from)?;
        let needed: BTreeSet<&str> = qnames
            .into_iter()
            .filter_map(|q| csdl.get(q))
            .filter_map(|t| self.feature.get(&t.namespace))
            .filter(|f| *f != own && !self.implies[own].contains(*f))
            .map(String::as_str)
            .collect();
        let preds: Vec<String> = needed.iter().map(|f| format!("feature = {f:?}")).collect();
        match preds.as_slice() {
            [] => None,
            [one] => Some(format!("#[cfg({one})]")),
            many => Some(format!("#[cfg(all({}))]", many.join(", "))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(schemas: &str) -> Csdl {
        Csdl::parse(&format!(
            r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
              <edmx:DataServices>{schemas}</edmx:DataServices></edmx:Edmx>"#
        ))
        .unwrap()
    }

    const EDM: &str = r#"xmlns="http://docs.oasis-open.org/odata/ns/edm""#;

    #[test]
    fn a_namespace_turns_on_what_it_inherits_from_and_gates_the_rest() {
        let csdl = doc(&format!(
            r#"<Schema Namespace="microsoft.graph" {EDM}>
                 <EntityType Name="entity"><Property Name="id" Type="Edm.String" /></EntityType>
                 <EntityType Name="holder" BaseType="microsoft.graph.entity">
                   <Property Name="alert" Type="microsoft.graph.security.alert" />
                 </EntityType>
               </Schema>
               <Schema Namespace="microsoft.graph.security" {EDM}>
                 <EntityType Name="alert" BaseType="microsoft.graph.entity">
                   <Property Name="owner" Type="microsoft.graph.holder" />
                   <Property Name="labels" Type="microsoft.graph.callRecords.label" />
                 </EntityType>
               </Schema>
               <Schema Namespace="microsoft.graph.callRecords" {EDM}>
                 <ComplexType Name="label"><Property Name="x" Type="Edm.String" /></ComplexType>
               </Schema>"#
        ));
        let gates = Gates::new(&csdl, |_| true);
        assert_eq!(
            gates.features(),
            [
                Feature {
                    name: "call_records".into(),
                    requires: vec![]
                },
                Feature {
                    name: "graph".into(),
                    requires: vec![]
                },
                Feature {
                    name: "security".into(),
                    requires: vec!["graph".into()]
                },
            ]
        );
        let cfg = |from: &str, q: &[&str]| gates.cfg(&csdl, from, q.iter().copied());
        assert_eq!(
            cfg("microsoft.graph", &["microsoft.graph.security.alert"]).as_deref(),
            Some(r#"#[cfg(feature = "security")]"#)
        );
        assert_eq!(
            cfg("microsoft.graph.security", &["microsoft.graph.holder"]),
            None
        );
        assert_eq!(
            cfg(
                "microsoft.graph.security",
                &[
                    "microsoft.graph.callRecords.label",
                    "Edm.String",
                    "microsoft.graph.entity"
                ]
            )
            .as_deref(),
            Some(r#"#[cfg(feature = "call_records")]"#)
        );
        assert_eq!(
            cfg(
                "microsoft.graph",
                &[
                    "microsoft.graph.callRecords.label",
                    "microsoft.graph.security.alert"
                ]
            )
            .as_deref(),
            Some(r#"#[cfg(all(feature = "call_records", feature = "security"))]"#)
        );
    }

    #[test]
    fn namespaces_that_inherit_from_each_other_share_a_feature_and_one_has_none() {
        let csdl = doc(&format!(
            r#"<Schema Namespace="a.one" {EDM}>
                 <EntityType Name="x"><Property Name="id" Type="Edm.String" /></EntityType>
                 <EntityType Name="y" BaseType="b.two.z" />
               </Schema>
               <Schema Namespace="b.two" {EDM}>
                 <EntityType Name="z" BaseType="a.one.x" />
               </Schema>"#
        ));
        let gates = Gates::new(&csdl, |_| true);
        assert_eq!(
            gates.features(),
            [Feature {
                name: "a_one".into(),
                requires: vec![]
            }]
        );
        assert_eq!(gates.cfg(&csdl, "a.one", ["b.two.z"]), None);
        let alone = Gates::new(&csdl, |q| q == "a.one.x");
        let named = doc(&format!(
            r#"<Schema Namespace="microsoft.graph" {EDM}><ComplexType Name="x" /></Schema>
               <Schema Namespace="microsoft.graph.default" {EDM}><ComplexType Name="y" /></Schema>"#
        ));
        let names: Vec<String> = Gates::new(&named, |_| true)
            .features()
            .into_iter()
            .map(|f| f.name)
            .collect();
        assert_eq!(names, ["default_namespace", "graph"]);
        assert!(alone.features().is_empty());
        assert_eq!(alone.cfg(&csdl, "a.one", ["a.one.x"]), None);
    }
}
