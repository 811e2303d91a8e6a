//! Fuzzes the CSV readers. The input is a features file and a people file, split at the first
//! 0xFF byte (a byte valid UTF-8 never holds); without one, the input is both files in turn,
//! beside a valid other file.
#![no_main]

use klero_fuzz::{FEATURES, PEOPLE, check};
use klero_pool::Kind::Csv;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match data.iter().position(|&b| b == 0xFF) {
        Some(at) => {
            let (features, people) = data.split_at(at);
            check(features, Csv, people.get(1..).unwrap_or_default(), Csv);
        }
        None => {
            check(FEATURES.as_bytes(), Csv, data, Csv);
            check(data, Csv, PEOPLE.as_bytes(), Csv);
        }
    }
});
