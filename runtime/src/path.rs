//! Addresses: [`Graph`] (the service root), [`EntityPath`] and [`CollectionPath`], and the
//! machinery behind them that generated code names and users seldom do: [`Addressable`] (an
//! entity type with paths), [`PathNode`] (a navigation type), [`RootNav`], [`HasBase`] and
//! [`NoBase`] (the line of bases), [`Here`] and [`There`] (where a path's type stands in it),
//! and the request targets [`EntityTarget`] and [`CollectionTarget`]. The crate's root
//! re-exports what users name (`Graph`, the paths, `PropertyName`, the targets).
//!
//! A path is a typed URL. `Graph` has a method per singleton and entity set of a container
//! (`#[graph_container]` declares them, as a trait that a glob of the models brings into
//! scope); an entity path has a method per navigation property and bound operation of its type
//! and of every base of it (through `Deref` to the type's navigation, declared with the type);
//! a collection path has `id(key)`, `cast::<D>()` and the operations bound to the collection.
//! Keys are percent-encoded into one segment: no key changes the path's shape.
//!
//! ```
//! use graph_resource::models::{CommsOperation, RecordOperation};
//! use graph_resource::{CollectionPath, Graph};
//!
//! let calls = Graph::v1().collection::<CommsOperation>("communications/calls");
//! let op = calls.id("a/b?c").cast::<RecordOperation>();
//! assert_eq!(
//!     op.url(),
//!     "https://graph.microsoft.com/v1.0/communications/calls/a%2Fb%3Fc/microsoft.graph.recordOperation"
//! );
//! ```

use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS, NON_ALPHANUMERIC};

use crate::{GraphResource, RequestError};

/// What a key keeps as it is: the unreserved characters of RFC 3986 (`A-Z a-z 0-9 - . _ ~`),
/// and `!` and `@`, which a segment may hold and Graph's keys do (drive ids `b!…`, user
/// principal names). Everything else, `/ ? # % : ( ) '` and non-ASCII included, is
/// percent-encoded, so the key is exactly one segment and never reads as OData syntax.
const KEY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'@');

/// What a URL never carries as it is, in a path segment or a query value: controls, white
/// space, `" # % & < > ? [ ] \ ^ ` { | }` (and non-ASCII, which percent-encoding always
/// encodes). Query values add `+`, function literals `/`.
pub(crate) const URL_UNSAFE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// `key` as one path segment.
pub(crate) fn key_segment(key: &str) -> String {
    if !key.is_empty() && key.bytes().all(|b| b == b'.') {
        // `.` and `..` are removed or climb when a URL is resolved: never a key as it is.
        return "%2E".repeat(key.len());
    }
    utf8_percent_encode(key, KEY).to_string()
}

/// A property's JSON name, for the query options that name properties (`$select`, `$expand`,
/// `$orderby`): `T::properties()` has one per property of `T` (inherited ones too), so that a
/// misspelled property does not compile. Anything that takes strings takes these.
///
/// ```
/// use graph_resource::models::RecordOperation;
///
/// let p = RecordOperation::properties();
/// let get = RecordOperation::get().select([p.id, p.status, p.recording_location]).build();
/// let list = RecordOperation::list().orderby([p.status.desc()]).build();
/// # let _ = (get, list);
/// // RecordOperation::properties().recording_locaton   // does not compile: no such field
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PropertyName(&'static str);

impl PropertyName {
    /// The property named `json` (generated code makes these).
    pub const fn new(json: &'static str) -> Self {
        PropertyName(json)
    }

    /// The JSON name.
    pub const fn as_str(self) -> &'static str {
        self.0
    }

    /// `$orderby` descending: `name desc`.
    pub fn desc(self) -> String {
        format!("{} desc", self.0)
    }

    /// `$orderby` ascending: `name asc`.
    pub fn asc(self) -> String {
        format!("{} asc", self.0)
    }
}

impl From<PropertyName> for String {
    fn from(p: PropertyName) -> String {
        p.0.to_owned()
    }
}

impl fmt::Display for PropertyName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// The service root: `https://graph.microsoft.com/v1.0`, `…/beta`, or a national cloud's.
///
/// Named `Graph`, not `Root`: Graph v1.0 has a type `root`. The singletons and entity sets of
/// a container are methods of `Graph` where the container's trait is in scope
/// (`use my_models::graph::*;`).
///
/// ```
/// use graph_resource::Graph;
///
/// assert_eq!(Graph::v1().url(), "https://graph.microsoft.com/v1.0");
/// assert_eq!(Graph::beta().url(), "https://graph.microsoft.com/beta");
/// let us = Graph::new("https://graph.microsoft.us/v1.0/")?;
/// assert_eq!(us.url(), "https://graph.microsoft.us/v1.0");
/// assert!(Graph::new("graph.microsoft.com/v1.0").is_err());
/// assert!(Graph::new("https://graph.microsoft.com/v1.0?x=1").is_err());
/// # Ok::<(), graph_resource::RequestError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Graph {
    url: String,
}

impl Graph {
    /// `https://graph.microsoft.com/v1.0`.
    pub fn v1() -> Graph {
        Graph {
            url: "https://graph.microsoft.com/v1.0".to_owned(),
        }
    }

    /// `https://graph.microsoft.com/beta`.
    pub fn beta() -> Graph {
        Graph {
            url: "https://graph.microsoft.com/beta".to_owned(),
        }
    }

    /// Any service root (a national cloud's: `https://graph.microsoft.us/v1.0`,
    /// `https://microsoftgraph.chinacloudapi.cn/v1.0`, …, or a test server's). Refused: a URL
    /// that is not absolute `http`/`https`, has no host, carries credentials, a query or a
    /// fragment, white space, control or non-ASCII characters. A trailing `/` is dropped.
    pub fn new(base: &str) -> Result<Graph, RequestError> {
        check_root(base)?;
        Ok(Graph {
            url: base.trim_end_matches('/').to_owned(),
        })
    }

    /// The root's URL, without a trailing `/`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The entity at `segment` (a singleton: `me`, `communications`), for containers.
    pub fn entity<T: Addressable>(&self, segment: &str) -> EntityPath<T> {
        EntityPath::at(join(&self.url, segment))
    }

    /// The collection at `segment` (an entity set: `users`, or a deeper path such as
    /// `communications/calls`), for containers.
    pub fn collection<T: Addressable>(&self, segment: &str) -> CollectionPath<T> {
        CollectionPath::at(join(&self.url, segment))
    }
}

impl fmt::Debug for Graph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Graph").field(&self.url).finish()
    }
}

fn check_root(base: &str) -> Result<(), RequestError> {
    if let Some((at, c)) = base.char_indices().find(|&(_, c)| !c.is_ascii_graphic()) {
        return Err(RequestError::url(format!(
            "{} at byte {at}",
            crate::request_error::describe(c)
        )));
    }
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|scheme| {
            base.get(..scheme.len())
                .filter(|p| p.eq_ignore_ascii_case(scheme))
                .map(|_| &base[scheme.len()..])
        })
        .ok_or_else(|| RequestError::url("a service root is an absolute http(s) URL"))?;
    if base.contains('?') || base.contains('#') {
        return Err(RequestError::url(
            "a service root has no query or fragment: paths and options are added to it",
        ));
    }
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() {
        return Err(RequestError::url("the service root has no host"));
    }
    if host.contains('@') {
        return Err(RequestError::url(
            "the service root carries credentials (`user@host`); pass the token instead",
        ));
    }
    Ok(())
}

/// `base/segment`.
#[doc(hidden)]
pub fn join(base: &str, segment: &str) -> String {
    let mut url = String::with_capacity(base.len() + 1 + segment.len());
    url.push_str(base);
    url.push('/');
    url.push_str(segment);
    url
}

/// An entity type with paths: what `#[graph_resource]` implements for entity types (not for
/// complex types). Its navigation types hold a path's URL and carry the methods of the type's
/// navigation properties and bound operations; each derefs to its base's.
pub trait Addressable: GraphResource {
    /// What an entity path of this type derefs to.
    type EntityNav: PathNode;
    /// What a collection path of this type derefs to.
    type CollectionNav: PathNode;
}

/// What has a base: every [`Addressable`] type (`#[graph_resource]` implements it beside
/// `Addressable`: its direct base, or [`NoBase`] for a root) and every family (its base
/// type), never [`NoBase`] itself. Where a path of the wrong type is given to a request, the
/// search for the path's type among the request type's bases ends at `NoBase`, and this is
/// what is missing.
#[diagnostic::on_unimplemented(
    message = "a type that is not the one wanted and does not inherit it",
    label = "the line of base types ends here, without the type wanted",
    note = "a request goes to a path of its type or of one of its base types; a family's \
            variant holds its base or a type that inherits it: the `required for` notes below \
            name both types"
)]
pub trait HasBase {
    /// The direct base type.
    type Base;
}

/// The parent of a type without base: it has no [`HasBase`], which ends the search for a
/// base.
pub enum NoBase {}

/// A navigation type: built from a URL, gives it back.
pub trait PathNode {
    /// The node at `url`.
    fn at(url: String) -> Self;
    /// Its URL.
    fn url(&self) -> &str;
}

/// The navigation of a type without base: holds the URL, has no methods of its own.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct RootNav {
    url: String,
}

impl PathNode for RootNav {
    fn at(url: String) -> Self {
        RootNav { url }
    }

    fn url(&self) -> &str {
        &self.url
    }
}

/// Where a path's type is in a request type's line of bases: the type itself ([`Here`]), or
/// one level further up ([`There`]). Inferred, never written: the second parameter of
/// [`EntityTarget`] and [`CollectionTarget`].
pub enum Here {}

/// One level up the line of bases: see [`Here`].
pub struct There<I>(PhantomData<I>);

/// The path of one entity of type `T` (or of a type derived from it).
///
/// Its methods: [`url`](Self::url), [`cast`](Self::cast), and, through `Deref`, one per
/// navigation property and bound operation of `T` and of its base types.
pub struct EntityPath<T: Addressable> {
    nav: T::EntityNav,
    kind: PhantomData<fn() -> T>,
}

impl<T: Addressable> EntityPath<T> {
    /// The path at `url` (not checked: requests check URLs when they are made).
    pub fn at(url: String) -> Self {
        EntityPath {
            nav: T::EntityNav::at(url),
            kind: PhantomData,
        }
    }

    /// The URL.
    pub fn url(&self) -> &str {
        self.nav.url()
    }

    /// The same entity as the derived type `D`: adds the type-cast segment
    /// (`…/directoryObjects/1/microsoft.graph.user`).
    pub fn cast<D: Addressable>(&self) -> EntityPath<D> {
        const { assert_derives(D::ODATA_TYPE, D::ANCESTORS, T::ODATA_TYPE) };
        EntityPath::at(cast_url(self.url(), D::ODATA_TYPE))
    }

    /// The path one segment further (`…/x`), as an entity of type `U`: for what a container
    /// or a navigation the declarations lack leads to. The segment is put in as it is.
    pub fn segment<U: Addressable>(&self, segment: &str) -> EntityPath<U> {
        EntityPath::at(join(self.url(), segment))
    }

    /// The path one segment further, as a collection of `U`.
    pub fn segment_collection<U: Addressable>(&self, segment: &str) -> CollectionPath<U> {
        CollectionPath::at(join(self.url(), segment))
    }
}

/// The path of a collection of entities of type `T` (or of types derived from it).
///
/// Its methods: [`url`](Self::url), [`id`](Self::id), [`cast`](Self::cast), and, through
/// `Deref`, one per operation bound to a collection of `T` or of its base types.
pub struct CollectionPath<T: Addressable> {
    nav: T::CollectionNav,
    kind: PhantomData<fn() -> T>,
}

impl<T: Addressable> CollectionPath<T> {
    /// The path at `url` (not checked: requests check URLs when they are made).
    pub fn at(url: String) -> Self {
        CollectionPath {
            nav: T::CollectionNav::at(url),
            kind: PhantomData,
        }
    }

    /// The URL.
    pub fn url(&self) -> &str {
        self.nav.url()
    }

    /// The member with key `key`: the key as one percent-encoded segment, whatever it holds
    /// (`a/b`, `x?y`, `%`, spaces, non-ASCII, `..`).
    pub fn id(&self, key: impl AsRef<str>) -> EntityPath<T> {
        EntityPath::at(join(self.url(), &key_segment(key.as_ref())))
    }

    /// The members of the derived type `D`: adds the type-cast segment
    /// (`…/directoryObjects/microsoft.graph.user`).
    pub fn cast<D: Addressable>(&self) -> CollectionPath<D> {
        const { assert_derives(D::ODATA_TYPE, D::ANCESTORS, T::ODATA_TYPE) };
        CollectionPath::at(cast_url(self.url(), D::ODATA_TYPE))
    }
}

/// A cast to a type that does not derive from the path's type is a compile error (when the
/// code is built: the check runs where the generic function is instantiated).
const fn assert_derives(odata_type: &str, ancestors: &[&str], base: &str) {
    if !descends(odata_type, ancestors, base) {
        panic!("cast::<D>(): D does not derive from the path's type (D's ANCESTORS lack it)");
    }
}

fn cast_url(url: &str, odata_type: &str) -> String {
    join(url, odata_type.trim_start_matches('#'))
}

macro_rules! path_impls {
    ($path:ident, $nav:ident) => {
        impl<T: Addressable> Deref for $path<T> {
            type Target = T::$nav;

            fn deref(&self) -> &T::$nav {
                &self.nav
            }
        }

        impl<T: Addressable> Clone for $path<T> {
            fn clone(&self) -> Self {
                $path::at(self.url().to_owned())
            }
        }

        impl<T: Addressable> PartialEq for $path<T> {
            fn eq(&self, other: &Self) -> bool {
                self.url() == other.url()
            }
        }

        impl<T: Addressable> Eq for $path<T> {}

        impl<T: Addressable> fmt::Debug for $path<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(
                    f,
                    concat!(stringify!($path), "<{}>({})"),
                    T::NAME,
                    self.url()
                )
            }
        }

        impl<T: Addressable> fmt::Display for $path<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.url())
            }
        }
    };
}

path_impls!(EntityPath, EntityNav);
path_impls!(CollectionPath, CollectionNav);

/// Where a request for one `T` can go: an [`EntityPath`] of `T` or of a base of `T`, or a URL
/// string. Taken by `get`, `update`, `diff` and `delete` requests' `to_http`.
#[diagnostic::on_unimplemented(
    message = "a request for a `{T}` cannot go to `{Self}`",
    label = "not an entity path of `{T}` or of one of its base types",
    note = "an entity request takes an `EntityPath` whose type is the request's type or one of its bases, or a URL string"
)]
pub trait EntityTarget<T, I> {
    /// The URL.
    fn target_url(&self) -> &str;
}

/// Where a request for a collection of `T` can go: a [`CollectionPath`] of `T` or of a base
/// of `T`, or a URL string. Taken by `create` and `list` requests' `to_http`.
#[diagnostic::on_unimplemented(
    message = "a request for a collection of `{T}` cannot go to `{Self}`",
    label = "not a collection path of `{T}` or of one of its base types",
    note = "`create` and `list` take a `CollectionPath` whose type is the request's type or one of its bases, or a URL string"
)]
pub trait CollectionTarget<T, I> {
    /// The URL.
    fn target_url(&self) -> &str;
}

macro_rules! string_targets {
    ($($trait:ident),*) => {$(
        impl<T> $trait<T, Here> for str {
            fn target_url(&self) -> &str {
                self
            }
        }

        impl<T> $trait<T, Here> for String {
            fn target_url(&self) -> &str {
                self
            }
        }

        impl<T, I, S: $trait<T, I> + ?Sized> $trait<T, I> for &S {
            fn target_url(&self) -> &str {
                (**self).target_url()
            }
        }
    )*};
}

string_targets!(EntityTarget, CollectionTarget);

// A request for `T` goes to a path of `T`, or to any path where a request for `T`'s base
// goes: the search climbs `T`'s bases (`HasBase`) and ends, unanswered, at `NoBase`.
impl<T: Addressable> EntityTarget<T, Here> for EntityPath<T> {
    fn target_url(&self) -> &str {
        self.url()
    }
}

impl<T: HasBase, B: Addressable, I> EntityTarget<T, There<I>> for EntityPath<B>
where
    EntityPath<B>: EntityTarget<T::Base, I>,
{
    fn target_url(&self) -> &str {
        self.url()
    }
}

impl<T: Addressable> CollectionTarget<T, Here> for CollectionPath<T> {
    fn target_url(&self) -> &str {
        self.url()
    }
}

impl<T: HasBase, B: Addressable, I> CollectionTarget<T, There<I>> for CollectionPath<B>
where
    CollectionPath<B>: CollectionTarget<T::Base, I>,
{
    fn target_url(&self) -> &str {
        self.url()
    }
}

/// One level down from a family's base: where a family's request goes to a path of a type
/// that inherits the base (a collection of `contoso.device`s holds `directoryObject`s too).
/// Inferred, never written, like [`Here`].
pub struct Down<I>(PhantomData<I>);

/// `T` is `B` or inherits it (`I`, inferred, is how far up `B` is). What `#[graph_resource]`
/// implements (`HasBase`) is all it takes: the search climbs `T`'s bases.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `{B}` and does not inherit it",
    label = "not `{B}` or a type that inherits it"
)]
pub trait IsA<B, I> {
    /// [`Yes`] where the search ends at `B`; where it does not, no type at all, so that what
    /// is built on it (a family's accessors) reports the one unmet bound and nothing else.
    type Proof;
}

/// What [`IsA::Proof`] is where `T` is `B` or inherits it.
pub enum Yes {}

/// `T` itself, reached only through a [`Yes`]: `<<V as IsA<B, _>>::Proof as Witness<V>>::Me`
/// is `V` where `V` inherits `B`, and an error (reported once) where it does not.
pub trait Witness<T: ?Sized> {
    /// `T`.
    type Me: ?Sized;
}

impl<T: ?Sized> Witness<T> for Yes {
    type Me = T;
}

// A second implementation: where no proof was found, rustc cannot guess `Yes` (it would, from
// a lone implementation, and then report every field the variant lacks).
impl<T: ?Sized> Witness<T> for NoBase {
    type Me = NoBase;
}

// Hidden: blanket impls would be listed on every type's page.
#[doc(hidden)]
impl<T: GraphResource> IsA<T, Here> for T {
    type Proof = Yes;
}

#[doc(hidden)]
impl<T: HasBase, B, I> IsA<B, There<I>> for T
where
    T::Base: IsA<B, I>,
{
    type Proof = <T::Base as IsA<B, I>>::Proof;
}

/// Whether a type (its `@odata.type` and ancestors) is `base` or descends from it; evaluated
/// at compile time for each variant of a family and for each cast.
#[doc(hidden)]
pub const fn descends(odata_type: &str, ancestors: &[&str], base: &str) -> bool {
    if const_eq(odata_type, base) {
        return true;
    }
    let mut i = 0;
    while i < ancestors.len() {
        if const_eq(ancestors[i], base) {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether the type at `index` of a family's `types` is one an earlier variant (or, with
/// `extended`, the extended family) already has, compared as tags are (ASCII case folded);
/// evaluated at compile time for each variant of a family an author writes.
#[doc(hidden)]
pub const fn repeats_type(types: &[&str], extended: &[&str], index: usize) -> bool {
    let this = types[index];
    if this.is_empty() {
        return false;
    }
    let mut i = 0;
    while i < index {
        if const_eq_folded(types[i], this) {
            return true;
        }
        i += 1;
    }
    let mut i = 0;
    while i < extended.len() {
        if const_eq_folded(extended[i], this) {
            return true;
        }
        i += 1;
    }
    false
}

const fn const_eq_folded(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

const fn const_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{CommsOperation, Entity, RecordOperation};

    #[test]
    fn keys_are_one_segment() {
        for (key, segment) in [
            ("57dab8b1", "57dab8b1"),
            ("a/b", "a%2Fb"),
            ("x?y", "x%3Fy"),
            ("h#f", "h%23f"),
            ("%", "%25"),
            ("a b", "a%20b"),
            ("é", "%C3%A9"),
            ("../..", "..%2F.."),
            ("..", "%2E%2E"),
            (".", "%2E"),
            ("a.b@c.d", "a.b@c.d"),
            ("b!x:y(z)'", "b!x%3Ay%28z%29%27"),
            ("", ""),
        ] {
            assert_eq!(key_segment(key), segment, "{key:?}");
        }
    }

    #[test]
    fn roots() {
        assert!(Graph::new("https://graph.microsoft.us/v1.0").is_ok());
        assert!(Graph::new("http://127.0.0.1:8080/v1.0").is_ok());
        for bad in [
            "",
            "ftp://x/v1.0",
            "https:///v1.0",
            "https://u:p@x/v1.0",
            "https://x/v1.0?a",
            "https://x/v1.0#f",
            "https://x/v 1",
            "https://hóst/v1.0",
        ] {
            assert!(Graph::new(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn paths() {
        let ops = Graph::beta().collection::<CommsOperation>("communications/calls/1/operations");
        assert_eq!(
            ops.id("2").url(),
            "https://graph.microsoft.com/beta/communications/calls/1/operations/2"
        );
        assert_eq!(
            ops.cast::<RecordOperation>().url(),
            "https://graph.microsoft.com/beta/communications/calls/1/operations/microsoft.graph.recordOperation"
        );
        let e = Graph::v1().entity::<Entity>("me");
        assert_eq!(
            format!("{e:?}"),
            "EntityPath<entity>(https://graph.microsoft.com/v1.0/me)"
        );
        assert_eq!(e.clone(), e);
    }
}
