//! The traits of enumerations declared with [`graph_enum`](macro@crate::graph_enum), and [`Flags`].

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A Graph enumeration declared with [`graph_enum`](macro@crate::graph_enum).
///
/// Members are read ignoring ASCII case (services send `"running"` for `Running`) and written
/// with their declared spelling; a member this code does not know reads into the generated
/// `Unrecognized(String)` variant and is written back verbatim.
///
/// ```
/// use graph_resource::prelude::*;
///
/// assert_eq!(OperationStatus::from_member("running"), OperationStatus::Running);
/// assert_eq!(OperationStatus::Running.as_str(), "Running");
/// let future = OperationStatus::from_member("paused");
/// assert_eq!(future, OperationStatus::Unrecognized("paused".into()));
/// assert_eq!(future.to_string(), "paused");
/// ```
pub trait GraphEnum: Sized + Clone + Eq + std::hash::Hash + fmt::Debug + fmt::Display {
    /// The wire names of the known members, in declaration order.
    const MEMBERS: &'static [&'static str];

    /// The wire name (an unrecognized member's as it was read).
    fn as_str(&self) -> &str;

    /// The known member at `index` of [`MEMBERS`](Self::MEMBERS).
    fn from_index(index: usize) -> Option<Self>;

    /// The catch-all value for a member this code does not know.
    fn unrecognized(member: String) -> Self;

    /// Reads a member name: a known member ignoring ASCII case, else the catch-all. Never fails.
    fn from_member(member: &str) -> Self {
        member_index(member, Self::MEMBERS)
            .and_then(Self::from_index)
            .unwrap_or_else(|| Self::unrecognized(member.to_owned()))
    }

    /// Whether this is a member this code does not know.
    fn is_unrecognized(&self) -> bool {
        member_index(self.as_str(), Self::MEMBERS).is_none()
    }
}

/// The index of `member` among `members`: exact spelling first, then ignoring ASCII case.
pub(crate) fn member_index(member: &str, members: &[&str]) -> Option<usize> {
    members
        .iter()
        .position(|m| *m == member)
        .or_else(|| members.iter().position(|m| m.eq_ignore_ascii_case(member)))
}

/// Marks an enumeration declared with `#[graph_enum(flags)]`, whose values are sets of members
/// written comma-joined: see [`Flags`].
pub trait GraphFlags: GraphEnum {}

/// A value of a flags enumeration: a set of members, written comma-joined (`"audio,video"`),
/// read splitting on commas and ignoring blanks around them. Members keep their order; unknown
/// ones are kept.
///
/// ```
/// use graph_resource::prelude::*;
///
/// #[graph_enum(flags)]
/// pub enum Modality { Audio, Video, Data }
///
/// let both = Modality::Audio | Modality::Video;
/// assert_eq!(serde_json::to_value(&both).unwrap(), "audio,video");
/// let read: Flags<Modality> = serde_json::from_value("video, data".into()).unwrap();
/// assert!(read.contains(&Modality::Data) && !read.contains(&Modality::Audio));
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Flags<E> {
    members: Vec<E>,
}

impl<E: GraphFlags> Flags<E> {
    /// No member set.
    pub const fn empty() -> Self {
        Flags {
            members: Vec::new(),
        }
    }

    /// Whether `member` is set.
    pub fn contains(&self, member: &E) -> bool {
        self.members.contains(member)
    }

    /// Sets `member` (kept once).
    pub fn insert(&mut self, member: E) {
        if !self.contains(&member) {
            self.members.push(member);
        }
    }

    /// Unsets `member`.
    pub fn remove(&mut self, member: &E) {
        self.members.retain(|m| m != member);
    }

    /// The members set, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.members.iter()
    }

    /// Whether no member is set.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The number of members set.
    pub fn len(&self) -> usize {
        self.members.len()
    }
}

impl<E: GraphFlags> Default for Flags<E> {
    fn default() -> Self {
        Self::empty()
    }
}

impl<E: GraphFlags> From<E> for Flags<E> {
    fn from(member: E) -> Self {
        Flags {
            members: vec![member],
        }
    }
}

impl<E: GraphFlags> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Self {
        let mut out = Self::empty();
        iter.into_iter().for_each(|m| out.insert(m));
        out
    }
}

impl<E: GraphFlags> std::ops::BitOr<E> for Flags<E> {
    type Output = Flags<E>;
    fn bitor(mut self, rhs: E) -> Flags<E> {
        self.insert(rhs);
        self
    }
}

impl<E: GraphFlags> fmt::Display for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, m) in self.members.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(m.as_str())?;
        }
        Ok(())
    }
}

impl<E: GraphFlags> fmt::Debug for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(&self.members).finish()
    }
}

impl<E: GraphFlags> std::str::FromStr for Flags<E> {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(s.split(',')
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(E::from_member)
            .collect())
    }
}

impl<E: GraphFlags> Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de, E: GraphFlags> Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = crate::str::deserialize_str(d)?;
        Ok(s.as_str().parse().unwrap_or_else(|never| match never {}))
    }
}

#[cfg(test)]
mod tests {
    use super::member_index;

    #[test]
    fn members_prefer_exact_spelling() {
        assert_eq!(member_index("a", &["A", "a"]), Some(1));
        assert_eq!(member_index("RUNNING", &["Running"]), Some(0));
        assert_eq!(member_index("paused", &["Running"]), None);
    }
}
