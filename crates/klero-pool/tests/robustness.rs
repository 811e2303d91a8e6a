//! No input, however broken, makes the readers panic: they succeed or name at least one problem.

use klero_pool::{Kind, LoadOptions, Problem, Source, load_sources};
use proptest::prelude::*;

use crate::common::{FEATURES, PEOPLE};
use crate::spreadsheet::xlsx;

/// Loads the two byte strings as the given kinds; checks the result is well formed.
fn check(features: &[u8], people: &[u8], kinds: (Kind, Kind), options: &LoadOptions) {
    let result = load_sources(
        Source {
            name: "f",
            bytes: features,
            kind: kinds.0,
        },
        Source {
            name: "p",
            bytes: people,
            kind: kinds.1,
        },
        options,
    );
    match result {
        Ok(pool) => {
            let n = pool.instance.people().len();
            assert_eq!(pool.people_rows.len(), n);
            assert_eq!(pool.people_lines.len(), n);
            assert_eq!(pool.feature_columns.len(), pool.instance.categories().len());
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "an error without a problem");
            for Problem { file, line, .. } in &problems {
                assert!(file == "f" || file == "p", "unknown file {file}");
                assert!(line.is_none_or(|l| l >= 1), "line 0");
            }
        }
    }
}

fn options() -> impl Strategy<Value = LoadOptions> {
    (
        0u32..6,
        prop::option::of(prop::sample::select(vec!["id", "gender", "nope", ""])),
        prop::sample::subsequence(vec!["address", "age", "zip"], 0..3),
        prop::option::of(prop::sample::select(vec!["household", "id", "age"])),
    )
        .prop_map(|(k, id, address, household)| LoadOptions {
            panel_size: k,
            id_column: id.map(str::to_owned),
            address_columns: address.into_iter().map(str::to_owned).collect(),
            household_column: household.map(str::to_owned),
        })
}

/// A byte string changed in a few places: bytes replaced, inserted or removed.
fn mutated(text: &'static [u8]) -> impl Strategy<Value = Vec<u8>> {
    let interesting = prop_oneof![
        any::<u8>(),
        prop::sample::select(b",;\t\"\r\n \xEF\xBB\xBF\xFF0-9".to_vec()),
    ];
    prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, interesting), 0..8).prop_map(
        move |edits| {
            let mut bytes = text.to_vec();
            for (at, how, byte) in edits {
                let i = at.index(bytes.len() + 1);
                match how {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 if i < bytes.len() => {
                        bytes.remove(i);
                    }
                    _ => bytes.insert(i, byte),
                }
            }
            bytes
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(
        features in prop::collection::vec(any::<u8>(), 0..512),
        people in prop::collection::vec(any::<u8>(), 0..512),
        options in options(),
    ) {
        check(&features, &people, (Kind::Csv, Kind::Csv), &options);
        check(&features, &people, (Kind::Spreadsheet, Kind::Spreadsheet), &options);
        check(&features, PEOPLE.as_bytes(), (Kind::Csv, Kind::Csv), &options);
        check(FEATURES.as_bytes(), &people, (Kind::Csv, Kind::Csv), &options);
    }

    #[test]
    fn a_mutated_csv_never_panics(
        features in mutated(FEATURES.as_bytes()),
        people in mutated(PEOPLE.as_bytes()),
        options in options(),
    ) {
        check(&features, &people, (Kind::Csv, Kind::Csv), &options);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_mutated_workbook_never_panics(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let mut bytes = xlsx(PEOPLE);
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if truncate {
            bytes.truncate(cut.index(bytes.len()));
        }
        let options = LoadOptions { panel_size: 3, ..LoadOptions::default() };
        check(FEATURES.as_bytes(), &bytes, (Kind::Csv, Kind::Spreadsheet), &options);
    }
}
