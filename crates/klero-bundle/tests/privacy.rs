//! No personal data enters a bundle: only pseudonymous ids and features.

use crate::common::{bench_dir, bench_pool, describe, run};
use klero_bundle::BundleInput;
use klero_select::Algorithm;

#[test]
fn names_emails_and_addresses_stay_out_of_the_bundle() {
    let pool = bench_pool("sa_fixture_22");
    let outcome = run(&pool.instance, Algorithm::Leximin, "seed");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    klero_bundle::write_bundle(&dir, BundleInput::from(&pool), &outcome).unwrap();
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(report.passed(), "{}", describe(&report));

    // Every cell of a personal column of the original file, and the columns' names.
    let mut reader = csv::Reader::from_path(bench_dir().join("sa_fixture_22/people.csv")).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let personal: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            [
                "first_name",
                "last_name",
                "email",
                "mobile_number",
                "primary_address1",
            ]
            .contains(&h.as_str())
        })
        .map(|(i, _)| i)
        .collect();
    assert_eq!(personal.len(), 5);
    let mut secrets: Vec<String> = personal.iter().map(|&i| header[i].clone()).collect();
    for record in reader.records() {
        let record = record.unwrap();
        secrets.extend(personal.iter().map(|&i| record[i].to_owned()));
    }
    for name in klero_bundle::FILES.iter().chain([&klero_bundle::SUMS]) {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        for secret in &secrets {
            let found = text
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|word| word == secret);
            assert!(!found, "`{secret}` appears in {name}");
        }
    }
}
