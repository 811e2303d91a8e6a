//! Helpers: small instances built in code, and the benchmark instances in bench/ at the repository root.

use klero_select::{Category, Instance, Person, Quota};
use std::collections::HashMap;
use std::path::PathBuf;

/// A quota without flexible bounds.
pub fn quota(value: &str, min: u32, max: u32) -> Quota {
    Quota {
        value: value.into(),
        min,
        max,
        min_flex: None,
        max_flex: None,
    }
}

/// Builds an instance from `(id, values, household)` rows.
pub fn instance(
    categories: Vec<Category>,
    people: &[(&str, Vec<u16>, Option<u32>)],
    k: u32,
) -> Instance {
    let people = people
        .iter()
        .map(|(id, values, household)| Person {
            id: (*id).into(),
            values: values.clone(),
            household: *household,
        })
        .collect();
    Instance::new(categories, people, k).expect("valid instance")
}

/// The folder of the shared benchmark instances.
pub fn bench_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../bench/instances")
}

/// Reads a benchmark instance (a minimal reader for tests; the real one is `klero-pool`).
pub fn bench_instance(name: &str) -> Instance {
    let dir = bench_dir().join(name);
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("meta.json")).unwrap()).unwrap();
    let k = meta["k"].as_u64().unwrap() as u32;
    let id_column = meta["id_column"].as_str().unwrap().to_lowercase();
    let address: Vec<String> = meta["address_columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_lowercase())
        .collect();
    let mut rdr = csv::Reader::from_path(dir.join("features.csv")).unwrap();
    let header: Vec<String> = rdr
        .headers()
        .unwrap()
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (min, max) = (at("min"), at("max"));
    let mut categories: Vec<Category> = Vec::new();
    for row in rdr.records() {
        let row = row.unwrap();
        let (name, value) = (row[0].trim().to_lowercase(), row[1].trim().to_lowercase());
        let q = quota(
            &value,
            row[min].trim().parse().unwrap(),
            row[max].trim().parse().unwrap(),
        );
        match categories.iter_mut().find(|c| c.name == name) {
            Some(c) => c.values.push(q),
            None => categories.push(Category {
                name,
                values: vec![q],
            }),
        }
    }
    let mut rdr = csv::Reader::from_path(dir.join("people.csv")).unwrap();
    let header: Vec<String> = rdr
        .headers()
        .unwrap()
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut households: HashMap<String, u32> = HashMap::new();
    let mut people = Vec::new();
    for row in rdr.records() {
        let row = row.unwrap();
        let values = categories
            .iter()
            .map(|c| {
                c.values
                    .iter()
                    .position(|q| q.value == row[at(&c.name)].trim().to_lowercase())
                    .unwrap() as u16
            })
            .collect();
        let household = (!address.is_empty()).then(|| {
            let key: Vec<String> = address
                .iter()
                .map(|a| row[at(a)].trim().to_lowercase())
                .collect();
            let next = households.len() as u32;
            *households.entry(key.join("\u{1f}")).or_insert(next)
        });
        people.push(Person {
            id: row[at(&id_column)].to_string(),
            values,
            household,
        });
    }
    Instance::new(categories, people, k).unwrap()
}
