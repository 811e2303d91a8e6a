//! Any change to any file of a bundle makes verification fail, even with `SHA256SUMS` rewritten.

use crate::common::{bundle, describe, failed, regenerate_sums, run, small_instance};
use klero_select::Algorithm;
use std::path::Path;

fn edit(dir: &Path, name: &str, change: impl FnOnce(String) -> String) {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = change(text.clone());
    assert_ne!(changed, text, "the edit of {name} changed nothing");
    std::fs::write(path, changed).unwrap();
}

fn fails(dir: &Path, check: &str) {
    let report = klero_bundle::verify(dir).unwrap();
    assert!(
        !report.passed(),
        "verification passed:\n{}",
        describe(&report)
    );
    assert!(
        failed(&report).contains(&check),
        "{check} did not fail:\n{}",
        describe(&report)
    );
}

#[test]
fn any_edit_of_any_file_breaks_the_checksums() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    for name in klero_bundle::FILES {
        let (_tmp, dir) = bundle(&instance, &outcome);
        edit(&dir, name, |text| format!("{text}\n"));
        fails(&dir, "checksums");
    }
}

#[test]
fn missing_and_extra_files_fail() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let (_tmp, dir) = bundle(&instance, &outcome);
    std::fs::remove_file(dir.join("reserves.csv")).unwrap();
    regenerate_sums(&dir);
    fails(&dir, "files");
    fails(&dir, "reserves");
    let (_tmp, dir) = bundle(&instance, &outcome);
    std::fs::write(dir.join("notes.txt"), "hello").unwrap();
    fails(&dir, "checksums");
    fails(&dir, "files");
    let (_tmp, dir) = bundle(&instance, &outcome);
    std::fs::remove_file(dir.join("SHA256SUMS")).unwrap();
    fails(&dir, "checksums");
}

#[test]
fn an_edited_probability_fails() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit(&dir, "probabilities.csv", |text| {
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let cells: Vec<&str> = lines[5].split(',').collect();
        let p: f64 = cells[1].parse().unwrap();
        lines[5] = format!("{},{:.9},{}", cells[0], p + 0.01, cells[2]);
        lines.join("\n") + "\n"
    });
    regenerate_sums(&dir);
    fails(&dir, "probabilities");
}

#[test]
fn a_swapped_panel_member_fails() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let (_tmp, dir) = bundle(&instance, &outcome);
    let member = &instance.people()[outcome.panel[0]].id;
    let outsider = instance
        .people()
        .iter()
        .enumerate()
        .find(|(i, p)| {
            !outcome.panel.contains(i) && p.values == instance.people()[outcome.panel[0]].values
        })
        .map(|(_, p)| p.id.clone())
        .unwrap();
    edit(&dir, "panel.csv", |text| {
        text.replace(&format!("{member},"), &format!("{outsider},"))
    });
    regenerate_sums(&dir);
    fails(&dir, "panel");
}

#[test]
fn a_changed_seed_fails() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit(&dir, "settings.json", |text| {
        text.replace("\"seed\": \"seed\"", "\"seed\": \"other seed\"")
    });
    regenerate_sums(&dir);
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(!report.passed(), "{}", describe(&report));
    // The commitment does not cover the seed; the draw and the reports do.
    assert!(
        failed(&report).contains(&"reports"),
        "{}",
        describe(&report)
    );
}

#[test]
fn an_edited_pool_fails_on_the_commitment() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit(&dir, "input/people.csv", |text| {
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        lines[3] = lines[3].replace("female", "male");
        lines.join("\n") + "\n"
    });
    regenerate_sums(&dir);
    fails(&dir, "commitment");
}

#[test]
fn edited_quotas_fail_on_the_commitment() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit(&dir, "input/features.csv", |text| {
        text.replacen(",1,3,", ",0,3,", 1)
    });
    regenerate_sums(&dir);
    fails(&dir, "commitment");
}

#[test]
fn an_edited_lottery_or_certificate_fails() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let member = instance.people()[outcome.panel[0]].id.clone();
    let outsider = instance
        .people()
        .iter()
        .enumerate()
        .find(|(i, _)| !outcome.panel.contains(i))
        .map(|(_, p)| p.id.clone())
        .unwrap();
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit(&dir, "distribution.json", |text| {
        text.replacen(&format!("\"{member}\""), &format!("\"{outsider}\""), 1)
    });
    regenerate_sums(&dir);
    fails(&dir, "distribution");

    let (_tmp, dir) = bundle(&instance, &outcome);
    edit(&dir, "distribution.json", |text| {
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let z = &json["certificate"]["min_probability"];
        let raised = serde_json::json!(z.as_f64().unwrap() + 0.05);
        text.replace(
            &format!("\"min_probability\": {z}"),
            &format!("\"min_probability\": {raised}"),
        )
    });
    regenerate_sums(&dir);
    fails(&dir, "distribution");
    fails(&dir, "certificate");
}

#[test]
fn edited_reports_and_reserves_fail() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit(&dir, "report.md", |text| {
        text.replace("Every quota is met", "Quotas met")
    });
    edit(&dir, "report.html", |text| text.replace("Seats", "Chairs"));
    regenerate_sums(&dir);
    fails(&dir, "reports");

    let (_tmp, dir) = bundle(&instance, &outcome);
    edit(&dir, "reserves.csv", |text| {
        let mut lines: Vec<&str> = text.lines().collect();
        lines.swap(1, 2);
        lines.join("\n") + "\n"
    });
    regenerate_sums(&dir);
    fails(&dir, "reserves");
}

#[test]
fn a_folder_that_is_not_a_bundle_fails_without_panicking() {
    let tmp = tempfile::tempdir().unwrap();
    let report = klero_bundle::verify(tmp.path()).unwrap();
    assert!(!report.passed());
    std::fs::write(tmp.path().join("settings.json"), "{not json").unwrap();
    std::fs::write(tmp.path().join("SHA256SUMS"), "garbage\n").unwrap();
    let report = klero_bundle::verify(tmp.path()).unwrap();
    assert!(!report.passed());
    assert!(klero_bundle::verify(&tmp.path().join("missing")).is_err());
}
