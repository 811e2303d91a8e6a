//! The streaming selector: the definition (households with the smallest keys), one invitation
//! per household, reproducibility, independence of row order, decrease-key.

use crate::common::{Person, reference};
use klero_recruit::{Selector, person_key};
use proptest::prelude::*;
use std::collections::HashSet;

fn select(people: &[Person], allocations: &[u32], seed: &str) -> Vec<usize> {
    let mut selector = Selector::new(seed, allocations);
    for (i, p) in people.iter().enumerate() {
        selector
            .offer(p.stratum, p.household.as_deref(), i as u64, &p.id)
            .unwrap();
    }
    selector
        .finish()
        .people()
        .into_iter()
        .map(|i| i as usize)
        .collect()
}

/// Up to 80 people in up to 3 strata, in households of a few (or their own).
fn people() -> impl Strategy<Value = Vec<Person>> {
    prop::collection::vec((0usize..3, prop::option::weighted(0.8, 0u8..10)), 0..80).prop_map(
        |rows| {
            rows.into_iter()
                .enumerate()
                .map(|(i, (stratum, household))| Person {
                    stratum,
                    household: household.map(|h| format!("street {h}")),
                    id: format!("p{i}"),
                })
                .collect()
        },
    )
}

proptest! {
    #[test]
    fn matches_the_definition(
        people in people(),
        allocations in prop::collection::vec(0u32..12, 3),
        seed in "[a-z0-9 ]{0,8}",
    ) {
        prop_assert_eq!(select(&people, &allocations, &seed), reference(&people, &allocations, &seed));
    }

    #[test]
    fn one_per_household_and_the_allocation_when_there_are_enough(
        people in people(),
        allocations in prop::collection::vec(0u32..12, 3),
    ) {
        let chosen = select(&people, &allocations, "seed");
        let mut households = HashSet::new();
        for &i in &chosen {
            let p = &people[i];
            if let Some(h) = &p.household {
                prop_assert!(households.insert((p.stratum, h.clone())), "two from {}", h);
            }
        }
        for (s, &n) in allocations.iter().enumerate() {
            let available: HashSet<String> = people
                .iter()
                .enumerate()
                .filter(|(_, p)| p.stratum == s)
                .map(|(i, p)| p.household.clone().unwrap_or_else(|| format!("own {i}")))
                .collect();
            let drawn = chosen.iter().filter(|&&i| people[i].stratum == s).count();
            prop_assert_eq!(drawn, available.len().min(n as usize));
        }
    }

    #[test]
    fn independent_of_row_order(
        (people, shuffled) in people().prop_flat_map(|p| (Just(p.clone()), Just(p).prop_shuffle())),
        allocations in prop::collection::vec(0u32..12, 3),
    ) {
        let ids = |rows: &[Person], chosen: Vec<usize>| -> Vec<String> {
            let mut ids: Vec<String> = chosen.into_iter().map(|i| rows[i].id.clone()).collect();
            ids.sort();
            ids
        };
        prop_assert_eq!(
            ids(&people, select(&people, &allocations, "s")),
            ids(&shuffled, select(&shuffled, &allocations, "s"))
        );
    }
}

#[test]
fn the_same_seed_gives_the_same_draw() {
    let people: Vec<Person> = (0..200)
        .map(|i| Person {
            stratum: i % 2,
            household: Some(format!("h{}", i / 3)),
            id: format!("id{i}"),
        })
        .collect();
    let first = select(&people, &[10, 10], "42 17 3");
    assert_eq!(first.len(), 20);
    assert_eq!(select(&people, &[10, 10], "42 17 3"), first);
    assert_ne!(select(&people, &[10, 10], "42 17 4"), first);
}

/// Ids ordered by their key under `seed`, smallest first.
fn ids_by_key(seed: &str, n: usize) -> Vec<String> {
    let mut ids: Vec<String> = (0..n).map(|i| format!("x{i}")).collect();
    ids.sort_by_key(|id| person_key(seed, id));
    ids
}

fn person(household: &str, id: &str) -> Person {
    Person {
        stratum: 0,
        household: Some(household.to_owned()),
        id: id.to_owned(),
    }
}

#[test]
fn a_household_whose_key_drops_on_a_later_row_stays_in() {
    let ids = ids_by_key("s", 6);
    // `a` enters with the 5th key, `b` with the 3rd, `c` with the 4th; `a` then drops to the
    // 1st, so `c` (not `a`) is the one left out of two.
    let people = vec![
        person("a", &ids[4]),
        person("b", &ids[2]),
        person("a", &ids[0]),
        person("c", &ids[3]),
    ];
    assert_eq!(select(&people, &[2], "s"), vec![1, 2]);
    assert_eq!(reference(&people, &[2], "s"), vec![1, 2]);
}

#[test]
fn an_evicted_household_comes_back_with_a_smaller_key() {
    let ids = ids_by_key("s", 6);
    // `a` (5th key) is pushed out by `b` (3rd), then returns through a member with the 1st.
    let people = vec![
        person("a", &ids[4]),
        person("b", &ids[2]),
        person("a", &ids[0]),
        person("b", &ids[1]),
    ];
    assert_eq!(select(&people, &[1], "s"), vec![2]);
    // Two places: both households, each through its smallest member.
    assert_eq!(select(&people, &[2], "s"), vec![2, 3]);
}

#[test]
fn a_stratum_the_selector_does_not_have_is_an_error() {
    let mut selector = Selector::new("s", &[1]);
    assert!(selector.offer(1, None, 0, "a").is_err());
    assert!(selector.offer(0, None, 0, "a").is_ok());
}
