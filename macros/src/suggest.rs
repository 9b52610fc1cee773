//! "Did you mean": the key a user most likely meant by an unknown one (darling's approach: the
//! best candidate above a similarity threshold, not the first).

/// Keys of other macros (or other libraries) a user may write for one of ours.
const SYNONYMS: &[(&str, &str)] = &[
    ("base", "inherits"),
    ("extends", "inherits"),
    ("parent", "inherits"),
    ("inherits", "base"),
    ("skip_setter", "read_only"),
    ("readonly", "read_only"),
    ("sensitive", "secret"),
    ("redact", "secret"),
    ("rename_all", "rename"),
];

/// The expected key a user most likely meant by `name`: a known synonym, else the nearest key
/// within a plausible typo (at most two edits, and at most a third of the name's length). The
/// nearest wins, not the first within reach.
pub fn closest<'k>(name: &str, expected: &[&'k str]) -> Option<&'k str> {
    if let Some(k) = SYNONYMS
        .iter()
        .filter(|(from, _)| *from == name)
        .find_map(|(_, to)| expected.iter().find(|k| *k == to))
    {
        return Some(k);
    }
    let reach = (name.chars().count() / 3).clamp(1, 2);
    expected
        .iter()
        .map(|k| (distance(k, name), *k))
        .filter(|(d, _)| *d <= reach)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// The edit (Levenshtein) distance between `a` and `b`.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn the_nearest_key_is_suggested() {
        let keys = &[
            "inherits",
            "complex",
            "abstract",
            "name",
            "namespace",
            "crate",
            "module",
        ];
        assert_eq!(closest("inherit", keys), Some("inherits"));
        assert_eq!(closest("base", keys), Some("inherits"));
        assert_eq!(closest("base", &["base", "crate"]), Some("base"));
        assert_eq!(closest("inherits", &["base", "crate"]), Some("base"));
        assert_eq!(closest("nam", &["name", "namespace"]), Some("name"));
        assert_eq!(closest("bsae", &["name"]), None);
        assert_eq!(closest("nme", keys), Some("name"));
        assert_eq!(closest("namespac", keys), Some("namespace"));
        assert_eq!(
            closest("readonly", &["rename", "secret", "read_only", "required"]),
            Some("read_only")
        );
        assert_eq!(closest("zzzzzz", keys), None);
    }
}
