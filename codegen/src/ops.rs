//! Reading the parts of a CSDL document that address things: bound actions and functions
//! (`<Action IsBound="true">`, `<Function IsBound="true">`) and the entity container
//! (`<EntitySet>`, `<Singleton>`). Unbound operations and imports are not read: Graph binds
//! every operation it serves under a path.

use crate::types::{type_ref, QName, TypeRef};

/// A bound action or function.
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    /// `<Action>` (else `<Function>`).
    pub action: bool,
    /// Its namespace: `microsoft.graph`.
    pub namespace: String,
    /// `recordResponse`.
    pub name: String,
    /// The binding parameter's type: `microsoft.graph.call`, or a collection of it.
    pub binding: TypeRef,
    /// The other parameters, in order.
    pub params: Vec<Param>,
    /// `<ReturnType>`, if any.
    pub returns: Option<TypeRef>,
}

/// A parameter of an operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// The wire name, as declared (`Message`, `startDateTime`).
    pub name: String,
    /// Its type.
    pub ty: TypeRef,
    /// `Nullable` (default true).
    pub nullable: bool,
}

/// A member of the entity container.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContainerMember {
    /// `users`, `me`.
    pub name: String,
    /// The entity type.
    pub ty: QName,
    /// An `<EntitySet>` (else a `<Singleton>`).
    pub set: bool,
}

/// Reads a bound `<Action>` or `<Function>`; `None` for an unbound one or one without a
/// binding parameter.
pub fn read_operation(
    node: roxmltree::Node,
    namespace: &str,
    resolve: &impl Fn(&str) -> String,
) -> Option<Operation> {
    let action = node.has_tag_name("Action");
    if node.attribute("IsBound") != Some("true") {
        return None;
    }
    let mut params = node
        .children()
        .filter(|c| c.has_tag_name("Parameter"))
        .filter_map(|p| {
            Some(Param {
                name: p.attribute("Name")?.to_owned(),
                ty: type_ref(p.attribute("Type")?, resolve),
                nullable: p.attribute("Nullable") != Some("false"),
            })
        });
    let binding = params.next()?.ty;
    let params = params.collect();
    let returns = node
        .children()
        .find(|c| c.has_tag_name("ReturnType"))
        .and_then(|r| r.attribute("Type"))
        .map(|t| type_ref(t, resolve));
    Some(Operation {
        action,
        namespace: namespace.to_owned(),
        name: node.attribute("Name")?.to_owned(),
        binding,
        params,
        returns,
    })
}

/// Reads the members of an `<EntityContainer>`.
pub fn read_container(
    node: roxmltree::Node,
    resolve: &impl Fn(&str) -> String,
) -> Vec<ContainerMember> {
    node.children()
        .filter_map(|c| {
            let set = match c.tag_name().name() {
                "EntitySet" => true,
                "Singleton" => false,
                _ => return None,
            };
            let ty = c.attribute(if set { "EntityType" } else { "Type" })?;
            Some(ContainerMember {
                name: c.attribute("Name")?.to_owned(),
                ty: resolve(ty),
                set,
            })
        })
        .collect()
}
