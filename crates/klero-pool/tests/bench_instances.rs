//! Every shared benchmark instance loads, with the size, categories and households its
//! `meta.json` and its data call for.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use klero_pool::{LoadOptions, load};

fn bench_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../bench/instances")
}

/// The people of the file who share their address with someone else, grouped, read
/// independently of the crate (trimmed, lower case, inner white space collapsed).
fn shared_addresses(people: &Path, address_columns: &[String]) -> BTreeSet<Vec<usize>> {
    let mut reader = csv::Reader::from_path(people).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let columns: Vec<usize> = address_columns
        .iter()
        .map(|a| header.iter().position(|h| *h == a.to_lowercase()).unwrap())
        .collect();
    let mut groups: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.unwrap();
        let address: Vec<String> = columns
            .iter()
            .map(|&c| {
                let words: Vec<String> = record
                    .get(c)
                    .unwrap_or("")
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .collect();
                words.join(" ")
            })
            .collect();
        if address.iter().any(|a| !a.is_empty()) {
            groups.entry(address).or_default().push(i);
        }
    }
    groups.into_values().filter(|g| g.len() > 1).collect()
}

#[test]
fn every_benchmark_instance_loads() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(bench_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("meta.json").is_file())
        .collect();
    names.sort();
    assert!(names.len() >= 19, "found only {} instances", names.len());
    for dir in names {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let meta: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("meta.json")).unwrap()).unwrap();
        let address_columns: Vec<String> = meta["address_columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_owned())
            .collect();
        let options = LoadOptions {
            panel_size: u32::try_from(meta["k"].as_u64().unwrap()).unwrap(),
            id_column: Some(meta["id_column"].as_str().unwrap().to_owned()),
            address_columns: address_columns.clone(),
            household_column: None,
        };
        let people_path = dir.join("people.csv");
        let pool = match load(&dir.join("features.csv"), &people_path, &options) {
            Ok(pool) => pool,
            Err(problems) => panic!("{name}: {}", crate::common::show(&problems)),
        };
        let instance = &pool.instance;
        let n = usize::try_from(meta["n"].as_u64().unwrap()).unwrap();
        assert_eq!(instance.people().len(), n, "{name}: people");
        assert_eq!(pool.people_rows.len(), n, "{name}: rows");
        assert_eq!(pool.people_lines.len(), n, "{name}: lines");
        assert_eq!(
            instance.categories().len() as u64,
            meta["num_categories"].as_u64().unwrap(),
            "{name}: categories"
        );
        if let Some(values) = meta["num_feature_values"].as_u64() {
            let read: usize = instance.categories().iter().map(|c| c.values.len()).sum();
            assert_eq!(read as u64, values, "{name}: feature values");
        }
        assert_eq!(instance.panel_size(), options.panel_size, "{name}: k");
        // The first person is on line 2, under the header, with the id of that row.
        assert_eq!(pool.people_lines.first(), Some(&2), "{name}");
        let id = &pool.people_rows[0][pool.id_column];
        assert_eq!(instance.people()[0].id, id.trim(), "{name}");

        // Households: exactly the groups of people who share an address.
        let mut read: HashMap<u32, Vec<usize>> = HashMap::new();
        for (i, p) in instance.people().iter().enumerate() {
            if let Some(h) = p.household {
                read.entry(h).or_default().push(i);
            }
        }
        let read: BTreeSet<Vec<usize>> = read.into_values().collect();
        if address_columns.is_empty() {
            assert!(read.is_empty(), "{name}: households without addresses");
        } else {
            let expected = shared_addresses(&people_path, &address_columns);
            assert_eq!(read, expected, "{name}: households");
            if !expected.is_empty() {
                assert!(read.iter().any(|h| h.len() > 1), "{name}");
            }
        }
    }
}
