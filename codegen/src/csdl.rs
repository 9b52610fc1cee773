//! Reading an OData CSDL document (EDMX 4.0 XML, Graph's `$metadata`) into a model of its
//! structured and enumeration types, its bound actions and functions and its entity container
//! (`ops`): what the generator needs. Unknown elements and annotations are skipped.

use std::collections::HashMap;
use std::fmt;

pub use crate::types::{QName, TypeRef};

/// The document's types, in document order.
#[derive(Debug, Default)]
pub struct Csdl {
    /// Entity, complex and enumeration types of every schema.
    pub types: Vec<TypeDef>,
    index: HashMap<QName, usize>,
    /// Schema aliases: `graph` -> `microsoft.graph`.
    aliases: HashMap<String, String>,
    /// Bound actions and functions, in document order.
    pub operations: Vec<crate::ops::Operation>,
    /// The entity container's singletons and entity sets (of every container).
    pub container: Vec<crate::ops::ContainerMember>,
    /// The (first) entity container's name and namespace: `GraphService`, `microsoft.graph`.
    pub container_name: Option<(String, String)>,
    /// With [`Csdl::parse_extending`]: the container of the document extended (its name and
    /// namespace), whose members the document's own container must not repeat.
    pub extended_container: Option<(String, String)>,
}

/// What a type is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `<EntityType>`: has an identity.
    Entity,
    /// `<ComplexType>`: a structured value without identity.
    Complex,
    /// `<EnumType>`.
    Enum,
}

/// A type of the document.
#[derive(Debug)]
pub struct TypeDef {
    /// Entity, complex or enumeration.
    pub kind: Kind,
    /// `microsoft.graph.user`
    pub qname: QName,
    /// `microsoft.graph`
    pub namespace: String,
    /// `user`
    pub name: String,
    /// `BaseType`, resolved to its namespace.
    pub base: Option<QName>,
    /// `Abstract="true"`.
    pub is_abstract: bool,
    /// `OpenType="true"` (its unknown properties are kept anyway).
    pub open: bool,
    /// `HasStream="true"` (a media entity; its stream is not JSON).
    pub has_stream: bool,
    /// Properties and navigation properties, in document order.
    pub properties: Vec<Property>,
    /// Enumeration members.
    pub members: Vec<Member>,
    /// `IsFlags="true"`.
    pub flags: bool,
    /// `Core.Description` (and `Core.LongDescription`).
    pub description: Option<String>,
}

/// A property or navigation property.
#[derive(Debug)]
pub struct Property {
    /// The JSON name.
    pub name: String,
    /// Its type.
    pub ty: TypeRef,
    /// `Nullable` (default true).
    pub nullable: bool,
    /// A `<NavigationProperty>`.
    pub navigation: bool,
    /// `Core.Computed`, or `Core.Permissions` of `Read` only.
    pub read_only: bool,
    /// `Core.Description`.
    pub description: Option<String>,
}

/// An enumeration member.
#[derive(Debug)]
pub struct Member {
    /// The name, as written in JSON.
    pub name: String,
    /// `Value`.
    pub value: Option<i64>,
    /// `Core.Description`.
    pub description: Option<String>,
}

/// What is wrong with a document, with the line where it is.
#[derive(Debug)]
pub struct Error {
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The declaration of a structured type the runtime declares itself (`graph_resource::models`),
/// for a document that derives from it without declaring it; the generator then re-exports the
/// runtime's.
fn runtime_base(qname: &str) -> Option<TypeDef> {
    use graph_resource_internals::seed::{Shape, PRELUDE_SEED};
    let seed = PRELUDE_SEED.iter().find(|s| s.qname == qname)?;
    let Shape::Entity(props) = seed.shape else {
        return None;
    };
    let (namespace, name) = qname.rsplit_once('.')?;
    Some(TypeDef {
        kind: Kind::Entity,
        qname: qname.to_owned(),
        namespace: namespace.to_owned(),
        name: name.to_owned(),
        base: None,
        is_abstract: true,
        open: false,
        has_stream: false,
        properties: props
            .iter()
            .map(|(name, ty)| Property {
                name: (*name).to_owned(),
                ty: crate::types::type_ref(ty, |t: &str| t.to_owned()),
                nullable: true,
                navigation: false,
                read_only: false,
                description: None,
            })
            .collect(),
        members: Vec::new(),
        flags: false,
        description: None,
    })
}

fn error(doc: &roxmltree::Document, node: roxmltree::Node, message: String) -> Error {
    let pos = doc.text_pos_at(node.range().start);
    Error {
        message: format!("line {}: {message}", pos.row),
    }
}

const DESCRIPTION: &str = "Org.OData.Core.V1.Description";
const LONG_DESCRIPTION: &str = "Org.OData.Core.V1.LongDescription";
const COMPUTED: &str = "Org.OData.Core.V1.Computed";
const PERMISSIONS: &str = "Org.OData.Core.V1.Permissions";

/// What annotations say of one target.
#[derive(Default)]
struct Notes {
    description: Option<String>,
    long_description: Option<String>,
    computed: bool,
    read_only: bool,
}

impl Notes {
    fn read(&mut self, annotation: roxmltree::Node) {
        let term = annotation.attribute("Term").unwrap_or_default();
        // Terms may be written with an alias of the Core vocabulary (`Core.Description`).
        let term_is =
            |full: &str| term == full || full.strip_prefix("Org.OData.").is_some_and(|t| term == t);
        let text = || {
            annotation
                .attribute("String")
                .map(str::to_owned)
                .or_else(|| {
                    annotation
                        .children()
                        .find(|c| c.has_tag_name("String"))
                        .and_then(|c| c.text())
                        .map(str::to_owned)
                })
        };
        if term_is(DESCRIPTION) {
            self.description = text();
        } else if term_is(LONG_DESCRIPTION) {
            self.long_description = text();
        } else if term_is(COMPUTED) {
            self.computed = annotation.attribute("Bool").map_or(true, |b| b == "true");
        } else if term_is(PERMISSIONS) {
            let members: Vec<&str> = annotation
                .descendants()
                .filter(|n| n.has_tag_name("EnumMember"))
                .filter_map(|n| n.text())
                .chain(annotation.attribute("EnumMember"))
                .flat_map(|t| t.split_whitespace())
                .collect();
            self.read_only = !members.is_empty() && members.iter().all(|m| m.ends_with("/Read"));
        }
    }

    fn text(&self) -> Option<String> {
        match (&self.description, &self.long_description) {
            (Some(d), Some(l)) => Some(format!("{d}\n\n{l}")),
            (Some(d), None) => Some(d.clone()),
            (None, Some(l)) => Some(l.clone()),
            (None, None) => None,
        }
    }
}

impl Csdl {
    /// Reads a document, in five phases: its schemas and their aliases, the out-of-line
    /// annotations, every schema's types, operations and container, the runtime's bases the
    /// document lacks, and what the annotations say attached to types, properties and members.
    pub fn parse(text: &str) -> Result<Csdl, Error> {
        Self::parse_onto(text, Csdl::default())
    }

    /// Reads a document whose types build on `base`'s (a fragment that inherits and
    /// references another document's types): the two as one, but with this document's
    /// entity container only (`base`'s is [`extended_container`](Csdl::extended_container)).
    pub fn parse_extending(text: &str, mut base: Csdl) -> Result<Csdl, Error> {
        base.extended_container = base.container_name.take();
        base.container.clear();
        Self::parse_onto(text, base)
    }

    fn parse_onto(text: &str, mut csdl: Csdl) -> Result<Csdl, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let doc = roxmltree::Document::parse(text).map_err(|e| Error {
            message: format!("not XML: {e}"),
        })?;
        let schemas: Vec<roxmltree::Node> = doc
            .descendants()
            .filter(|n| n.has_tag_name("Schema"))
            .collect();
        if schemas.is_empty() {
            return Err(Error {
                message: "no <Schema> element: not a CSDL document".into(),
            });
        }
        let mut all_aliases = csdl.aliases.clone();
        all_aliases.extend(aliases(&doc, &schemas)?);
        let mut reader = Reader {
            doc: &doc,
            aliases: all_aliases,
            notes: HashMap::new(),
        };
        reader.read_out_of_line_notes();
        csdl.aliases = reader.aliases.clone();
        // Each derived type's node, to name its line if its base is missing.
        let mut derived: Vec<(String, roxmltree::Node)> = Vec::new();
        for schema in &schemas {
            let namespace = schema.attribute("Namespace").unwrap_or_default();
            for node in schema.children().filter(roxmltree::Node::is_element) {
                let Some(def) = reader.read_element(&mut csdl, node, namespace)? else {
                    continue;
                };
                if let Some(base) = &def.base {
                    derived.push((base.clone(), node));
                }
                csdl.index.insert(def.qname.clone(), csdl.types.len());
                csdl.types.push(def);
            }
        }
        reader.add_runtime_bases(&mut csdl, derived)?;
        reader.attach_notes(&mut csdl);
        Ok(csdl)
    }

    /// The qualified names of `def`'s bases, nearest first.
    pub fn ancestors<'a>(&'a self, def: &'a TypeDef) -> impl Iterator<Item = &'a str> + 'a {
        std::iter::successors(def.base.as_deref(), |b| {
            self.get(b).and_then(|t| t.base.as_deref())
        })
        .take(64)
    }

    /// The type of a qualified name (with its namespace).
    pub fn get(&self, qname: &str) -> Option<&TypeDef> {
        self.index.get(qname).map(|&i| &self.types[i])
    }

    /// A name as a user may write it (`microsoft.graph.user`, or with an alias `graph.user`),
    /// resolved to the type's qualified name.
    pub fn find(&self, name: &str) -> Option<&TypeDef> {
        if let Some(t) = self.get(name) {
            return Some(t);
        }
        let (prefix, short) = name.rsplit_once('.')?;
        let namespace = self.aliases.get(prefix)?;
        self.get(&format!("{namespace}.{short}"))
    }

    /// The properties of a type and of its ancestors, root-most first.
    pub fn all_properties<'a>(&'a self, def: &'a TypeDef) -> Vec<(&'a TypeDef, &'a Property)> {
        let mut chain = vec![def];
        let mut cur = def;
        while let Some(base) = cur.base.as_deref().and_then(|b| self.get(b)) {
            if chain.iter().any(|c| c.qname == base.qname) {
                break; // a cycle: reported by the generator
            }
            chain.push(base);
            cur = base;
        }
        chain
            .into_iter()
            .rev()
            .flat_map(|t| t.properties.iter().map(move |p| (t, p)))
            .collect()
    }
}

/// Every schema's aliases (document-wide): alias -> namespace.
fn aliases(
    doc: &roxmltree::Document,
    schemas: &[roxmltree::Node],
) -> Result<HashMap<String, String>, Error> {
    let mut aliases = HashMap::new();
    for schema in schemas {
        let Some(namespace) = schema.attribute("Namespace") else {
            return Err(error(doc, *schema, "a <Schema> without Namespace".into()));
        };
        if let Some(alias) = schema.attribute("Alias") {
            aliases.insert(alias.to_owned(), namespace.to_owned());
        }
    }
    Ok(aliases)
}

/// What reading a document keeps between its phases.
struct Reader<'a, 'input> {
    doc: &'a roxmltree::Document<'input>,
    aliases: HashMap<String, String>,
    /// Annotations by target (`ns.type` or `ns.type/member`), out-of-line and inline.
    notes: HashMap<String, Notes>,
}

impl Reader<'_, '_> {
    /// A name with its alias replaced by the namespace.
    fn resolve(&self, name: &str) -> String {
        match name.rsplit_once('.') {
            Some((ns, n)) => match self.aliases.get(ns) {
                Some(full) => format!("{full}.{n}"),
                None => name.to_owned(),
            },
            None => name.to_owned(),
        }
    }

    /// `<Annotations Target="...">` groups.
    fn read_out_of_line_notes(&mut self) {
        let doc = self.doc;
        for group in doc.descendants().filter(|n| n.has_tag_name("Annotations")) {
            let Some(target) = group.attribute("Target") else {
                continue;
            };
            let target = match target.split_once('/') {
                Some((ty, member)) => format!("{}/{member}", self.resolve(ty)),
                None => self.resolve(target),
            };
            self.read_inline_notes(group, &target);
        }
    }

    /// The `<Annotation>` children of `node`, about `target`.
    fn read_inline_notes(&mut self, node: roxmltree::Node, target: &str) {
        for a in node.children().filter(|c| c.has_tag_name("Annotation")) {
            self.notes.entry(target.to_owned()).or_default().read(a);
        }
    }

    /// One element of a schema: a type (returned), or an operation or the container (kept in
    /// `csdl`), or something the generator does not read.
    fn read_element(
        &mut self,
        csdl: &mut Csdl,
        node: roxmltree::Node,
        namespace: &str,
    ) -> Result<Option<TypeDef>, Error> {
        let resolve = |name: &str| self.resolve(name);
        let kind = match node.tag_name().name() {
            "EntityType" => Kind::Entity,
            "ComplexType" => Kind::Complex,
            "EnumType" => Kind::Enum,
            "Action" | "Function" => {
                csdl.operations
                    .extend(crate::ops::read_operation(node, namespace, &resolve));
                return Ok(None);
            }
            "EntityContainer" => {
                csdl.container
                    .extend(crate::ops::read_container(node, &resolve));
                if csdl.container_name.is_none() {
                    let name = node.attribute("Name").unwrap_or("EntityContainer");
                    csdl.container_name = Some((name.to_owned(), namespace.to_owned()));
                }
                return Ok(None);
            }
            _ => return Ok(None),
        };
        self.read_type(node, kind, namespace).map(Some)
    }

    /// An `<EntityType>`, `<ComplexType>` or `<EnumType>`: its properties or members.
    fn read_type(
        &mut self,
        node: roxmltree::Node,
        kind: Kind,
        namespace: &str,
    ) -> Result<TypeDef, Error> {
        let name = node
            .attribute("Name")
            .ok_or_else(|| error(self.doc, node, "a type without Name".into()))?
            .to_owned();
        let qname = format!("{namespace}.{name}");
        self.read_inline_notes(node, &qname);
        let bool_attr = |a: &str| node.attribute(a) == Some("true");
        let mut def = TypeDef {
            kind,
            qname: qname.clone(),
            namespace: namespace.to_owned(),
            name,
            base: node.attribute("BaseType").map(|b| self.resolve(b)),
            is_abstract: bool_attr("Abstract"),
            open: bool_attr("OpenType"),
            has_stream: bool_attr("HasStream"),
            properties: Vec::new(),
            members: Vec::new(),
            flags: bool_attr("IsFlags"),
            description: None,
        };
        for child in node.children().filter(roxmltree::Node::is_element) {
            let Some(child_name) = child.attribute("Name") else {
                continue;
            };
            self.read_inline_notes(child, &format!("{qname}/{child_name}"));
            match child.tag_name().name() {
                tag @ ("Property" | "NavigationProperty") => {
                    let ty = child.attribute("Type").ok_or_else(|| {
                        error(
                            self.doc,
                            child,
                            format!("property `{child_name}` has no Type"),
                        )
                    })?;
                    def.properties.push(Property {
                        name: child_name.to_owned(),
                        ty: crate::types::type_ref(ty, |t| self.resolve(t)),
                        nullable: child.attribute("Nullable") != Some("false"),
                        navigation: tag == "NavigationProperty",
                        read_only: false,
                        description: None,
                    });
                }
                "Member" => def.members.push(Member {
                    name: child_name.to_owned(),
                    value: child.attribute("Value").and_then(|v| v.parse().ok()),
                    description: None,
                }),
                _ => {}
            }
        }
        Ok(def)
    }

    /// A base the document lacks: the runtime's own where it has one (`entity`, in a fragment
    /// of Graph's document), else an error at the type that names it.
    fn add_runtime_bases(
        &self,
        csdl: &mut Csdl,
        derived: Vec<(String, roxmltree::Node)>,
    ) -> Result<(), Error> {
        for (base, node) in derived {
            if csdl.index.contains_key(&base) {
                continue;
            }
            let Some(def) = runtime_base(&base) else {
                return Err(error(
                    self.doc,
                    node,
                    format!(
                        "the base type `{base}` is neither in the document nor one of the \
                         runtime's (`microsoft.graph.entity`)"
                    ),
                ));
            };
            csdl.index.insert(base, csdl.types.len());
            csdl.types.push(def);
        }
        Ok(())
    }

    /// What the annotations say, on types, properties and members.
    fn attach_notes(&self, csdl: &mut Csdl) {
        let notes = &self.notes;
        for def in &mut csdl.types {
            if let Some(n) = notes.get(&def.qname) {
                def.description = n.text();
            }
            for p in &mut def.properties {
                if let Some(n) = notes.get(&format!("{}/{}", def.qname, p.name)) {
                    p.description = n.text();
                    p.read_only = n.computed || n.read_only;
                }
            }
            for m in &mut def.members {
                if let Some(n) = notes.get(&format!("{}/{}", def.qname, m.name)) {
                    m.description = n.text();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="modality" IsFlags="true">
        <Member Name="audio" Value="1" />
        <Member Name="video" Value="2" />
      </EnumType>
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="user" BaseType="graph.entity" OpenType="true">
        <Property Name="displayName" Type="Edm.String">
          <Annotation Term="Org.OData.Core.V1.Description" String="The name." />
        </Property>
        <Property Name="modalities" Type="Collection(graph.modality)" />
        <NavigationProperty Name="manager" Type="graph.user" />
        <NavigationProperty Name="events" Type="Collection(microsoft.graph.callRecords.session)" />
      </EntityType>
      <Annotations Target="microsoft.graph.user/id">
        <Annotation Term="Org.OData.Core.V1.Computed" Bool="true" />
      </Annotations>
      <Annotations Target="graph.user">
        <Annotation Term="Org.OData.Core.V1.Description" String="A user." />
        <Annotation Term="Org.OData.Core.V1.LongDescription" String="More." />
      </Annotations>
      <Annotations Target="microsoft.graph.modality/video">
        <Annotation Term="Org.OData.Core.V1.Description" String="Video." />
      </Annotations>
    </Schema>
    <Schema Namespace="microsoft.graph.callRecords" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="session" BaseType="graph.entity">
        <Property Name="type" Type="Edm.Int32" />
      </EntityType>
      <Annotations Target="microsoft.graph.callRecords.session/type">
        <Annotation Term="Org.OData.Core.V1.Permissions"><EnumMember>Org.OData.Core.V1.Permission/Read</EnumMember></Annotation>
      </Annotations>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;

    #[test]
    fn reads_types_across_namespaces_with_aliases() {
        let csdl = Csdl::parse(DOC).unwrap();
        assert_eq!(csdl.types.len(), 4);
        let user = csdl.get("microsoft.graph.user").unwrap();
        assert_eq!(user.base.as_deref(), Some("microsoft.graph.entity"));
        assert!(user.open && !user.is_abstract);
        assert_eq!(user.description.as_deref(), Some("A user.\n\nMore."));
        let names: Vec<_> = user.properties.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["displayName", "modalities", "manager", "events"]);
        assert_eq!(user.properties[0].description.as_deref(), Some("The name."));
        assert_eq!(
            user.properties[1].ty,
            TypeRef {
                collection: true,
                name: "microsoft.graph.modality".into()
            }
        );
        assert!(user.properties[2].navigation && !user.properties[2].ty.collection);
        assert_eq!(
            user.properties[3].ty.name,
            "microsoft.graph.callRecords.session"
        );
        let entity = csdl.get("microsoft.graph.entity").unwrap();
        assert!(entity.is_abstract && !entity.properties[0].nullable);
        assert!(
            !entity.properties[0].read_only,
            "the annotation targets user/id, not entity/id"
        );
        let session = csdl.find("microsoft.graph.callRecords.session").unwrap();
        assert!(session.properties[0].read_only, "Permissions/Read");
        let modality = csdl.find("graph.modality").unwrap();
        assert!(modality.flags);
        assert_eq!(modality.members[1].value, Some(2));
        assert_eq!(modality.members[1].description.as_deref(), Some("Video."));
        let all: Vec<_> = csdl
            .all_properties(user)
            .iter()
            .map(|(_, p)| p.name.as_str())
            .collect();
        assert_eq!(all[0], "id");
    }

    #[test]
    fn errors_say_where() {
        assert!(Csdl::parse("<x/>")
            .unwrap_err()
            .to_string()
            .contains("no <Schema>"));
        assert!(Csdl::parse("<x")
            .unwrap_err()
            .to_string()
            .contains("not XML"));
        let bad = DOC.replace(
            r#"<Property Name="type" Type="Edm.Int32" />"#,
            r#"<Property Name="type" />"#,
        );
        let err = Csdl::parse(&bad).unwrap_err().to_string();
        assert!(
            err.contains("property `type` has no Type") && err.starts_with("line "),
            "{err}"
        );
    }

    #[test]
    fn a_missing_base_is_the_runtimes_or_an_error_at_its_line() {
        let fragment = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
<Schema Namespace="contoso" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EntityType Name="memo" BaseType="microsoft.graph.entity" />
  <EntityType Name="note" BaseType="microsoft.graph.outlookItem" />
</Schema></edmx:DataServices></edmx:Edmx>"#;
        let err = Csdl::parse(fragment).unwrap_err().to_string();
        assert!(
            err.starts_with("line 4:") && err.contains("`microsoft.graph.outlookItem`"),
            "{err}"
        );
        let ok = fragment.replace("microsoft.graph.outlookItem", "microsoft.graph.entity");
        let csdl = Csdl::parse(&ok).unwrap();
        let entity = csdl.get("microsoft.graph.entity").unwrap();
        assert!(entity.is_abstract && entity.properties[0].name == "id");
        assert_eq!(csdl.types.len(), 3);
    }
}
