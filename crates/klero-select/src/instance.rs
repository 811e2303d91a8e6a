//! A validated selection problem: categories with quotas, the pool of people, households, panel size.
//!
//! "Parse, don't validate": readers turn files into an [`Instance`] with [`Instance::new`], which
//! checks every rule at once; the algorithms only ever see a problem that is well formed.

use serde::{Deserialize, Serialize};

/// The quota for one value of a category: how many panel members must have it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quota {
    /// The value as written in the features file (for example `female`).
    pub value: String,
    /// At least this many members have the value.
    pub min: u32,
    /// At most this many members have the value.
    pub max: u32,
    /// The lowest `min` may be relaxed to when the quotas are infeasible (defaults to 0).
    pub min_flex: Option<u32>,
    /// The highest `max` may be relaxed to when the quotas are infeasible (defaults to the panel size).
    pub max_flex: Option<u32>,
}

/// A category (feature) such as gender or age, with a quota per value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// The category's name as written in the features file (for example `gender`).
    pub name: String,
    /// One quota per value, in the order of the features file.
    pub values: Vec<Quota>,
}

/// One volunteer in the pool.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The person's identifier (pseudonymous: no name or address).
    pub id: String,
    /// For each category, the index of the person's value in [`Category::values`].
    pub values: Vec<u16>,
    /// The household the person belongs to, if it has other members in the pool: at most one
    /// member of a household may be selected. People alone at their address have `None`.
    pub household: Option<u32>,
}

/// A person whose values are named, as a store or a form holds them, rather than indexed.
#[derive(Clone, Copy, Debug)]
pub struct NamedPerson<'a> {
    /// The person's identifier.
    pub id: &'a str,
    /// For each category, in order, the name of the person's value.
    pub values: &'a [String],
    /// The household, as in [`Person::household`].
    pub household: Option<u32>,
}

/// Groups quotas given one by one, each with its category's name, into categories in the
/// order the categories first appear (values in the order given).
pub fn group_quotas<'a>(quotas: impl IntoIterator<Item = (&'a str, Quota)>) -> Vec<Category> {
    let mut categories: Vec<Category> = Vec::new();
    for (name, quota) in quotas {
        match categories.iter_mut().find(|c| c.name == name) {
            Some(category) => category.values.push(quota),
            None => categories.push(Category {
                name: name.to_owned(),
                values: vec![quota],
            }),
        }
    }
    categories
}

/// A rule of the problem that the input breaks. Readers map these back to files and lines.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InstanceError {
    /// The panel size is zero.
    #[error("the panel size must be at least 1")]
    ZeroPanelSize,
    /// No one is in the pool.
    #[error("the pool is empty")]
    EmptyPool,
    /// The pool has fewer people than seats.
    #[error("the pool has {pool} people, fewer than the panel size {panel_size}")]
    PoolTooSmall {
        /// People in the pool.
        pool: usize,
        /// Seats on the panel.
        panel_size: u32,
    },
    /// There is no category.
    #[error("no category is defined")]
    NoCategory,
    /// A category has no value.
    #[error("category `{category}` has no value")]
    EmptyCategory {
        /// Category index.
        category: usize,
    },
    /// A quota's minimum exceeds its maximum.
    #[error("quota `{category}`=`{value}`: min {min} is above max {max}")]
    MinAboveMax {
        /// Category index.
        category: usize,
        /// Value index.
        value: usize,
        /// The minimum.
        min: u32,
        /// The maximum.
        max: u32,
    },
    /// A quota's flexible bounds do not enclose the quota.
    #[error("quota `{category}`=`{value}`: min_flex must be at most min and max_flex at least max")]
    BadFlex {
        /// Category index.
        category: usize,
        /// Value index.
        value: usize,
    },
    /// Two people share an id.
    #[error("id `{id}` appears more than once (people {first} and {second})")]
    DuplicateId {
        /// The id.
        id: String,
        /// Index of the first person with it.
        first: usize,
        /// Index of the second.
        second: usize,
    },
    /// A person's values do not match the categories.
    #[error("person {person} has {got} values for {expected} categories")]
    WrongValueCount {
        /// Person index.
        person: usize,
        /// Values given.
        got: usize,
        /// Categories defined.
        expected: usize,
    },
    /// A person's value index is out of range.
    #[error("person {person} has an unknown value in category {category}")]
    UnknownValue {
        /// Person index.
        person: usize,
        /// Category index.
        category: usize,
    },
}

/// A well-formed selection problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    categories: Vec<Category>,
    people: Vec<Person>,
    panel_size: u32,
}

impl Instance {
    /// The instance over quotas given one by one (grouped as [`group_quotas`] does) and people
    /// whose values are named: each is looked up among its category's values, and a name that
    /// is not one of them is an [`InstanceError::UnknownValue`]; then as [`Instance::new`].
    pub fn from_named<'a>(
        quotas: impl IntoIterator<Item = (&'a str, Quota)>,
        people: impl IntoIterator<Item = NamedPerson<'a>>,
        panel_size: u32,
    ) -> Result<Self, Vec<InstanceError>> {
        let categories = group_quotas(quotas);
        let mut errors = Vec::new();
        let people: Vec<Person> = people
            .into_iter()
            .enumerate()
            .map(|(index, named)| {
                let values = categories
                    .iter()
                    .zip(named.values)
                    .enumerate()
                    .map(|(c, (category, name))| {
                        category
                            .values
                            .iter()
                            .position(|q| &q.value == name)
                            .and_then(|i| u16::try_from(i).ok())
                            .unwrap_or_else(|| {
                                errors.push(InstanceError::UnknownValue {
                                    person: index,
                                    category: c,
                                });
                                0
                            })
                    })
                    .collect();
                Person {
                    id: named.id.to_owned(),
                    values,
                    household: named.household,
                }
            })
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        Instance::new(categories, people, panel_size)
    }

    /// Checks every rule and returns the problem, or every broken rule at once.
    ///
    /// Households are renumbered so that only households with two or more members remain.
    pub fn new(
        categories: Vec<Category>,
        mut people: Vec<Person>,
        panel_size: u32,
    ) -> Result<Self, Vec<InstanceError>> {
        let mut errors = Vec::new();
        if panel_size == 0 {
            errors.push(InstanceError::ZeroPanelSize);
        }
        if people.is_empty() {
            errors.push(InstanceError::EmptyPool);
        } else if people.len() < panel_size as usize {
            errors.push(InstanceError::PoolTooSmall {
                pool: people.len(),
                panel_size,
            });
        }
        if categories.is_empty() {
            errors.push(InstanceError::NoCategory);
        }
        for (c, cat) in categories.iter().enumerate() {
            if cat.values.is_empty() {
                errors.push(InstanceError::EmptyCategory { category: c });
            }
            for (v, q) in cat.values.iter().enumerate() {
                if q.min > q.max {
                    errors.push(InstanceError::MinAboveMax {
                        category: c,
                        value: v,
                        min: q.min,
                        max: q.max,
                    });
                }
                if q.min_flex.is_some_and(|f| f > q.min) || q.max_flex.is_some_and(|f| f < q.max) {
                    errors.push(InstanceError::BadFlex {
                        category: c,
                        value: v,
                    });
                }
            }
        }
        let mut seen = std::collections::HashMap::with_capacity(people.len());
        for (i, p) in people.iter().enumerate() {
            if let Some(first) = seen.insert(p.id.as_str(), i) {
                errors.push(InstanceError::DuplicateId {
                    id: p.id.clone(),
                    first,
                    second: i,
                });
            }
            if p.values.len() != categories.len() {
                errors.push(InstanceError::WrongValueCount {
                    person: i,
                    got: p.values.len(),
                    expected: categories.len(),
                });
                continue;
            }
            for (c, &v) in p.values.iter().enumerate() {
                if usize::from(v) >= categories[c].values.len() {
                    errors.push(InstanceError::UnknownValue {
                        person: i,
                        category: c,
                    });
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        renumber_households(&mut people);
        Ok(Self {
            categories,
            people,
            panel_size,
        })
    }

    /// The categories with their quotas.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The pool.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// Seats on the panel.
    pub fn panel_size(&self) -> u32 {
        self.panel_size
    }

    /// Number of households with two or more members in the pool.
    pub fn household_count(&self) -> usize {
        self.people
            .iter()
            .filter_map(|p| p.household)
            .max()
            .map_or(0, |h| h as usize + 1)
    }

    /// The index of the person with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.people.iter().position(|p| p.id == id)
    }

    /// Returns a copy with other quotas (same categories and values), checked again.
    pub fn with_quotas(&self, quotas: &[Vec<(u32, u32)>]) -> Result<Self, Vec<InstanceError>> {
        let mut categories = self.categories.clone();
        for (cat, qs) in categories.iter_mut().zip(quotas) {
            for (q, &(min, max)) in cat.values.iter_mut().zip(qs) {
                q.min = min;
                q.max = max;
                q.min_flex = q.min_flex.map(|f| f.min(min));
                q.max_flex = q.max_flex.map(|f| f.max(max));
            }
        }
        Self::new(categories, self.people.clone(), self.panel_size)
    }

    /// Checks that `members` (indices into the pool) is a valid panel: the right size, no one twice,
    /// every quota met, at most one member per household. Returns each broken rule in words.
    pub fn check_panel(&self, members: &[usize]) -> Vec<String> {
        let mut problems = Vec::new();
        if members.len() != self.panel_size as usize {
            problems.push(format!(
                "the panel has {} members, not {}",
                members.len(),
                self.panel_size
            ));
        }
        let mut seen = vec![false; self.people.len()];
        let mut households = std::collections::HashSet::new();
        let mut counts: Vec<Vec<u32>> = self
            .categories
            .iter()
            .map(|c| vec![0; c.values.len()])
            .collect();
        for &m in members {
            let Some(person) = self.people.get(m) else {
                problems.push(format!("member index {m} is not in the pool"));
                continue;
            };
            if std::mem::replace(&mut seen[m], true) {
                problems.push(format!("`{}` is on the panel twice", person.id));
            }
            if let Some(h) = person.household
                && !households.insert(h)
            {
                problems.push(format!(
                    "`{}` shares a household with another member",
                    person.id
                ));
            }
            for (c, &v) in person.values.iter().enumerate() {
                counts[c][usize::from(v)] += 1;
            }
        }
        for (cat, cs) in self.categories.iter().zip(&counts) {
            for (q, &n) in cat.values.iter().zip(cs) {
                if n < q.min || n > q.max {
                    problems.push(format!(
                        "{}={}: {} members, quota {}..={}",
                        cat.name, q.value, n, q.min, q.max
                    ));
                }
            }
        }
        problems
    }
}

/// Keeps only households with two or more members and numbers them 0, 1, 2...
fn renumber_households(people: &mut [Person]) {
    let mut sizes = std::collections::HashMap::new();
    for h in people.iter().filter_map(|p| p.household) {
        *sizes.entry(h).or_insert(0u32) += 1;
    }
    let mut renumber = std::collections::HashMap::new();
    for p in people.iter_mut() {
        p.household = match p.household {
            Some(h) if sizes[&h] > 1 => {
                let next = renumber.len() as u32;
                Some(*renumber.entry(h).or_insert(next))
            }
            _ => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quota(value: &str, min: u32, max: u32) -> Quota {
        Quota {
            value: value.to_owned(),
            min,
            max,
            min_flex: None,
            max_flex: None,
        }
    }

    #[test]
    fn named_values_are_looked_up_in_their_category() {
        let quotas = vec![
            ("gender", quota("f", 1, 2)),
            ("age", quota("young", 0, 2)),
            ("gender", quota("m", 1, 2)),
            ("age", quota("old", 0, 2)),
        ];
        let rows = [
            ("a", vec!["m".to_owned(), "old".to_owned()]),
            ("b", vec!["f".to_owned(), "young".to_owned()]),
            ("c", vec!["f".to_owned(), "old".to_owned()]),
        ];
        fn named<'a>(rows: &'a [(&'static str, Vec<String>)]) -> Vec<NamedPerson<'a>> {
            rows.iter()
                .map(|(id, values)| NamedPerson {
                    id,
                    values,
                    household: None,
                })
                .collect()
        }
        let instance =
            Instance::from_named(quotas.clone(), named(&rows), 2).expect("a valid instance");
        let names: Vec<&str> = instance
            .categories()
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, ["gender", "age"]);
        assert_eq!(instance.people()[0].values, vec![1, 1]);
        assert_eq!(instance.people()[1].values, vec![0, 0]);
        let bad = [("d", vec!["x".to_owned(), "old".to_owned()])];
        assert_eq!(
            Instance::from_named(quotas, named(&bad), 1).err(),
            Some(vec![InstanceError::UnknownValue {
                person: 0,
                category: 0
            }])
        );
    }
}
