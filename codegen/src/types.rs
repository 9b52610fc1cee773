//! The names of types as a CSDL document writes them (a leaf: the reader and the emitters both
//! use it).

/// A qualified type name with its namespace (never its alias): `microsoft.graph.user`.
pub type QName = String;

/// A property's type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeRef {
    /// `Collection(...)`.
    pub collection: bool,
    /// The element type: `Edm.String`, or a qualified name with its namespace.
    pub name: QName,
}

impl TypeRef {
    /// A primitive type (`Edm.*`).
    pub fn is_edm(&self) -> bool {
        self.name.starts_with("Edm.")
    }
}

/// Reads a `Type` attribute: `Collection(graph.x)` or `Edm.String`, aliases resolved.
pub fn type_ref(ty: &str, resolve: impl Fn(&str) -> String) -> TypeRef {
    let (collection, element) = match ty
        .strip_prefix("Collection(")
        .and_then(|t| t.strip_suffix(')'))
    {
        Some(inner) => (true, inner),
        None => (false, ty),
    };
    let name = if element.starts_with("Edm.") {
        element.to_owned()
    } else {
        resolve(element)
    };
    TypeRef { collection, name }
}
