//! Round trip: the canonical files of any instance read back to the same instance, and writing
//! that instance again gives the same bytes (what `klero verify` relies on).

use std::collections::{BTreeSet, HashMap};

use klero_pool::{LoadOptions, write_features_csv, write_people_csv};
use klero_select::{Category, Instance, Person, Quota};
use proptest::prelude::*;

use crate::common::{load_csv, show};

/// A name as a reader keeps it: not empty, no white space at either end; often awkward for CSV,
/// sometimes a word the files use for their own columns.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Za-z0-9 ,;\"'\t\n\r\u{e9}\u{c9}\u{df}#-]{1,8}",
        1 => prop::sample::select(vec![
            "id", "ID", "household", "Household", "feature", "value", "min", "max", "name",
            "category", "3", "0", "\u{e9}t\u{e9}", "\u{c9}T\u{c9}", "a\"b", "\"",
        ])
        .prop_map(str::to_owned),
    ]
    .prop_filter_map("blank", |s| {
        let t = s.trim();
        (!t.is_empty()).then(|| t.to_owned())
    })
}

/// Keeps the first of the names that match alike (trimmed, case-insensitively).
fn distinct(names: Vec<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    names
        .into_iter()
        .filter(|n| seen.insert(n.to_lowercase()))
        .collect()
}

/// Raw numbers for a quota, made valid for the panel size later.
type RawQuota = (u32, u32, Option<u32>, Option<u32>);
/// A category's name and its values' names and raw quotas.
type RawCategory = (String, Vec<(String, RawQuota)>);
/// A person's id, raw value indices and household.
type RawPerson = (String, Vec<u16>, Option<u8>);

fn raw_instance() -> impl Strategy<Value = (Vec<RawCategory>, Vec<RawPerson>, u32)> {
    let quota = (
        0u32..20,
        0u32..20,
        prop::option::of(0u32..5),
        prop::option::of(0u32..5),
    );
    let category = (name(), prop::collection::vec((name(), quota), 1..5));
    (
        prop::collection::vec(category, 1..4),
        prop::collection::vec(
            (
                name(),
                prop::collection::vec(any::<u16>(), 3),
                prop::option::of(0u8..4),
            ),
            1..12,
        ),
        any::<u32>(),
    )
}

/// A valid instance from raw parts.
fn build(raw_categories: Vec<RawCategory>, raw_people: Vec<RawPerson>, k: u32) -> Instance {
    let category_names = distinct(raw_categories.iter().map(|c| c.0.clone()).collect());
    let mut categories = Vec::new();
    for name in category_names {
        let Some((_, values)) = raw_categories.iter().find(|c| c.0 == name) else {
            continue;
        };
        let value_names = distinct(values.iter().map(|v| v.0.clone()).collect());
        let quotas: Vec<(String, RawQuota)> = value_names
            .into_iter()
            .filter_map(|v| values.iter().find(|q| q.0 == v).cloned())
            .collect();
        categories.push((name, quotas));
    }
    // Ids are case-sensitive: every distinct spelling is a person.
    let mut seen = BTreeSet::new();
    let ids: Vec<String> = raw_people
        .iter()
        .map(|p| p.0.clone())
        .filter(|id| seen.insert(id.clone()))
        .collect();
    let n = u32::try_from(ids.len()).unwrap();
    let k = 1 + k % n;
    let categories: Vec<Category> = categories
        .into_iter()
        .map(|(name, quotas)| {
            let mut values: Vec<Quota> = quotas
                .into_iter()
                .map(|(value, (a, b, lo, hi))| {
                    let (a, b) = (a % (k + 1), b % (k + 1));
                    let (min, max) = (a.min(b), a.max(b));
                    Quota {
                        value,
                        min,
                        max,
                        min_flex: lo.map(|d| min.saturating_sub(d)),
                        max_flex: hi.map(|d| max + d),
                    }
                })
                .collect();
            if values.iter().map(|q| q.min).sum::<u32>() > k {
                for q in &mut values {
                    q.min = 0;
                    q.min_flex = q.min_flex.map(|_| 0);
                }
            }
            if values.iter().map(|q| q.max).sum::<u32>() < k
                && let Some(last) = values.last_mut()
            {
                last.max = k;
                last.max_flex = last.max_flex.map(|f| f.max(k));
            }
            Category { name, values }
        })
        .collect();
    let people = ids
        .into_iter()
        .map(|id| {
            let (_, raw, household) = raw_people.iter().find(|p| p.0 == id).unwrap();
            let values = categories
                .iter()
                .zip(raw)
                .map(|(cat, v)| v % u16::try_from(cat.values.len()).unwrap())
                .collect();
            Person {
                id,
                values,
                household: household.map(u32::from),
            }
        })
        .collect();
    match Instance::new(categories, people, k) {
        Ok(instance) => instance,
        Err(errors) => panic!("the generator made an invalid instance: {errors:?}"),
    }
}

/// The households as groups of person indices.
fn partition(instance: &Instance) -> BTreeSet<Vec<usize>> {
    let mut groups: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, p) in instance.people().iter().enumerate() {
        if let Some(h) = p.household {
            groups.entry(h).or_default().push(i);
        }
    }
    groups.into_values().collect()
}

fn canonical(instance: &Instance) -> (String, String) {
    let (mut features, mut people) = (Vec::new(), Vec::new());
    write_features_csv(instance, &mut features).unwrap();
    write_people_csv(instance, &mut people).unwrap();
    (
        String::from_utf8(features).unwrap(),
        String::from_utf8(people).unwrap(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn canonical_files_read_back_to_the_same_instance(
        (categories, people, k) in raw_instance(),
        id_by_name in any::<bool>(),
    ) {
        let instance = build(categories, people, k);
        let (features, people) = canonical(&instance);
        let options = LoadOptions {
            panel_size: instance.panel_size(),
            id_column: id_by_name.then(|| "id".to_owned()),
            address_columns: Vec::new(),
            household_column: Some("household".to_owned()),
        };
        let pool = match load_csv(&features, &people, &options) {
            Ok(pool) => pool,
            Err(problems) => {
                return Err(TestCaseError::fail(format!(
                    "{}\n--- features\n{features}--- people\n{people}",
                    show(&problems)
                )));
            }
        };
        // Names, values and ids that begin like formulas are written neutralised: restore them.
        let read = &klero_pool::restored(&pool.instance).unwrap();
        prop_assert_eq!(read.categories(), instance.categories());
        let ids = |i: &Instance| i.people().iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        prop_assert_eq!(ids(read), ids(&instance));
        let values = |i: &Instance| i.people().iter().map(|p| p.values.clone()).collect::<Vec<_>>();
        prop_assert_eq!(values(read), values(&instance));
        prop_assert_eq!(partition(read), partition(&instance));
        prop_assert_eq!(read, &instance);
        prop_assert_eq!(canonical(read), (features, people));
    }
}
