//! Table languages ("types"): one per language spoken in the room, and one per pair of
//! languages allowed to share a table with a translator (`fr+nl`).

/// At most this many table languages (a person's possible tables are a bit set).
pub(crate) const MAX_TYPES: usize = 64;

/// A language as compared: trimmed, lower case.
pub(crate) fn key(language: &str) -> String {
    language.trim().to_lowercase()
}

/// The table languages of a room.
#[derive(Clone, Debug, Default)]
pub(crate) struct Types {
    /// Every language known, sorted.
    languages: Vec<String>,
    /// Each type's label: a language, or `a+b`.
    labels: Vec<String>,
    /// Each type's languages (indices in `languages`): one, or two for a translated table.
    members: Vec<Vec<usize>>,
}

impl Types {
    /// Types for `languages` (each a single-language table) and translated `pairs`; every
    /// language of a pair is added to the known languages.
    pub(crate) fn new(languages: &[String], pairs: &[[String; 2]]) -> Self {
        let mut known: Vec<String> = languages
            .iter()
            .chain(pairs.iter().flatten())
            .map(|l| key(l))
            .filter(|l| !l.is_empty())
            .collect();
        known.sort();
        known.dedup();
        let mut types = Types {
            languages: known,
            ..Types::default()
        };
        let mut singles: Vec<String> = languages.iter().map(|l| key(l)).collect();
        singles.sort();
        singles.dedup();
        for language in singles {
            if let Some(i) = types.language(&language) {
                types.labels.push(language);
                types.members.push(vec![i]);
            }
        }
        for [a, b] in pairs {
            types.add_pair(a, b);
        }
        types
    }

    /// Adds a translated pair unless it is there already (in either order); its index.
    fn add_pair(&mut self, a: &str, b: &str) -> Option<usize> {
        let (a, b) = (self.language(&key(a))?, self.language(&key(b))?);
        if let Some(t) = self
            .members
            .iter()
            .position(|m| m.len() == 2 && m.contains(&a) && m.contains(&b))
        {
            return Some(t);
        }
        self.labels
            .push(format!("{}+{}", self.languages[a], self.languages[b]));
        self.members.push(vec![a, b]);
        Some(self.labels.len() - 1)
    }

    /// The index of a language (as a [`key`]).
    pub(crate) fn language(&self, language: &str) -> Option<usize> {
        self.languages
            .binary_search_by(|l| l.as_str().cmp(language))
            .ok()
    }

    /// The number of types.
    pub(crate) fn len(&self) -> usize {
        self.labels.len()
    }

    /// A type's label.
    pub(crate) fn label(&self, t: usize) -> &str {
        self.labels.get(t).map_or("", String::as_str)
    }

    /// Whether a type is a translated pair.
    pub(crate) fn is_pair(&self, t: usize) -> bool {
        self.members.get(t).is_some_and(|m| m.len() == 2)
    }

    /// The type written as `label` (`nl`, `fr+nl` or `nl+fr`), if it exists.
    pub(crate) fn find(&self, label: &str) -> Option<usize> {
        let parts: Vec<Option<usize>> = label.split('+').map(|l| self.language(&key(l))).collect();
        self.members.iter().position(|m| {
            m.len() == parts.len() && parts.iter().all(|p| p.is_some_and(|p| m.contains(&p)))
        })
    }

    /// The types at which someone speaking `languages` may sit, as a bit set.
    pub(crate) fn compatible(&self, languages: &[String]) -> u64 {
        let spoken: Vec<usize> = languages
            .iter()
            .filter_map(|l| self.language(&key(l)))
            .collect();
        let mut mask = 0u64;
        for (t, members) in self.members.iter().enumerate().take(MAX_TYPES) {
            if members.iter().any(|m| spoken.contains(m)) {
                mask |= 1 << t;
            }
        }
        mask
    }
}

/// Parses `a+b` into two language keys.
pub(crate) fn parse_pair(text: &str) -> Option<[String; 2]> {
    let mut parts = text.split('+').map(key);
    let (a, b) = (parts.next()?, parts.next()?);
    if parts.next().is_some() || a.is_empty() || b.is_empty() || a == b {
        return None;
    }
    Some([a, b])
}

/// The types in a bit set, in order.
pub(crate) fn bits(mask: u64) -> impl Iterator<Item = usize> {
    (0..MAX_TYPES).filter(move |&t| mask >> t & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singles_then_pairs_in_the_order_given() {
        let langs = ["NL ".to_owned(), "fr".to_owned(), "nl".to_owned()];
        let types = Types::new(&langs, &[["nl".to_owned(), "fr".to_owned()]]);
        assert_eq!(types.len(), 3);
        assert_eq!(types.label(0), "fr");
        assert_eq!(types.label(2), "nl+fr");
        assert_eq!(types.find("fr+nl"), Some(2));
        assert_eq!(types.compatible(&["Fr".to_owned()]), 0b101);
        assert_eq!(parse_pair("fr+fr"), None);
        assert_eq!(
            parse_pair(" FR + nl"),
            Some(["fr".to_owned(), "nl".to_owned()])
        );
    }
}
