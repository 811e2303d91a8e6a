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
    fails(&dir, "draw");
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
    for check in ["draw", "reports"] {
        assert!(failed(&report).contains(&check), "{}", describe(&report));
    }
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

/// Rewrites `lottery.json` through its JSON value, keeping the canonical layout.
fn edit_lottery(dir: &Path, change: impl FnOnce(&mut serde_json::Value)) {
    let path = dir.join("lottery.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    change(&mut json);
    let file: klero_bundle::LotteryFile = serde_json::from_value(json).unwrap();
    let before = std::fs::read(&path).unwrap();
    // A forger would write the canonical layout, so the test does too.
    let text = file.to_bytes().unwrap();
    assert_ne!(text, before, "the edit of lottery.json changed nothing");
    std::fs::write(path, text).unwrap();
}

#[test]
fn an_edited_reordered_or_truncated_lottery_fails_naming_what_differs() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let original = outcome.prepared.bytes.clone();
    let write = |dir: &Path, bytes: &[u8]| {
        std::fs::write(dir.join("lottery.json"), bytes).unwrap();
        regenerate_sums(dir);
    };
    // Any byte changed: the commitment no longer covers it (and the layout is not canonical).
    let (_tmp, dir) = bundle(&instance, &outcome);
    let text = String::from_utf8(original.clone()).unwrap();
    let at = text.find("\"count\": ").unwrap() + 9;
    let mut edited = text.clone();
    edited.replace_range(at..at + 1, if &text[at..at + 1] == "1" { "2" } else { "1" });
    write(&dir, edited.as_bytes());
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(!report.passed(), "{}", describe(&report));
    let lottery = crate::common::check(&report, "lottery");
    assert!(!lottery.passed, "{}", describe(&report));
    // Truncated.
    let (_tmp, dir) = bundle(&instance, &outcome);
    write(&dir, &original[..original.len() / 2]);
    fails(&dir, "lottery");
    // Two panels swapped, canonical layout: the counts still add up, so only the commitment
    // shows it.
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit_lottery(&dir, |json| {
        let panels = json["panels"].as_array_mut().unwrap();
        let last = panels.len() - 1;
        panels.swap(0, last);
    });
    regenerate_sums(&dir);
    fails(&dir, "commitment");
    // A person's lottery count changed: named.
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit_lottery(&dir, |json| {
        let c = json["people"][3]["lottery_count"].as_u64().unwrap();
        json["people"][3]["lottery_count"] = serde_json::json!(c + 1);
    });
    regenerate_sums(&dir);
    let report = klero_bundle::verify(&dir).unwrap();
    let lottery = crate::common::check(&report, "lottery");
    assert!(
        !lottery.passed && lottery.detail.contains("`v03`"),
        "{}",
        describe(&report)
    );
}

#[test]
fn a_lottery_with_an_invalid_panel_or_a_forged_certificate_fails() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    // A panel given one seat too many in a group: it breaks the panel size.
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit_lottery(&dir, |json| {
        let seats = json["panels"][0]["seats"][0][1].as_u64().unwrap();
        json["panels"][0]["seats"][0][1] = serde_json::json!(seats + 1);
    });
    regenerate_sums(&dir);
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(!report.passed(), "{}", describe(&report));
    // A raised minimum with its certificate: the integer program finds a heavier panel.
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit_lottery(&dir, |json| {
        let z = json["certificate"]["min_probability"].as_f64().unwrap() + 0.05;
        json["certificate"]["min_probability"] = serde_json::json!(z);
        json["min_probability"] = serde_json::json!(z);
    });
    regenerate_sums(&dir);
    fails(&dir, "certificate");
    // A chance moved further than the stated change.
    let (_tmp, dir) = bundle(&instance, &outcome);
    edit_lottery(&dir, |json| {
        let p = json["people"][0]["probability"].as_f64().unwrap();
        json["people"][0]["probability"] = serde_json::json!(p + 0.01);
    });
    regenerate_sums(&dir);
    fails(&dir, "rounding");
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
    // An empty folder, a folder of other files, a file that is not a zip, nothing at all: not
    // a bundle, said in one line.
    for path in [tmp.path().to_owned(), tmp.path().join("missing")] {
        let error = klero_bundle::verify(&path).unwrap_err().to_string();
        assert!(
            error.contains("not a bundle") && !error.contains('\n'),
            "{error}"
        );
    }
    std::fs::write(tmp.path().join("notes.txt"), "hello").unwrap();
    let error = klero_bundle::verify(tmp.path()).unwrap_err().to_string();
    assert!(error.contains("not a Kleroterion bundle"), "{error}");
    let error = klero_bundle::verify(&tmp.path().join("notes.txt"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("not a zip"), "{error}");
    // A broken bundle is a bundle that fails its checks.
    std::fs::write(tmp.path().join("settings.json"), "{not json").unwrap();
    std::fs::write(tmp.path().join("SHA256SUMS"), "garbage\n").unwrap();
    let report = klero_bundle::verify(tmp.path()).unwrap();
    assert!(!report.passed());
}

#[test]
fn a_zip_verifies_directly_and_wherever_it_is_unpacked() {
    use std::io::Write as _;
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let files = klero_bundle::render_bundle(crate::common::input(&instance), &outcome).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    for folder in ["", "assembly-panel-1-draw-1/"] {
        let path = tmp.path().join(format!("bundle{}.zip", folder.len()));
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        for (name, bytes) in &files {
            zip.start_file(
                format!("{folder}{name}"),
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
        let report = klero_bundle::verify(&path).unwrap();
        assert!(report.passed(), "{folder}:\n{}", describe(&report));
        // Unpacked into a folder of its own: the folder that holds it verifies too.
        let unpacked = tmp.path().join(format!("unpacked{}", folder.len()));
        for (name, bytes) in &files {
            let file = unpacked.join(format!("{folder}{name}"));
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, bytes).unwrap();
        }
        let report = klero_bundle::verify(&unpacked).unwrap();
        assert!(report.passed(), "{folder}:\n{}", describe(&report));
    }
}

#[test]
fn verification_needs_no_solver_and_recompute_agrees() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "seed");
    let (_tmp, dir) = bundle(&instance, &outcome);
    let report = klero_bundle::verify_with_progress(&dir, true, &mut |_| {}).unwrap();
    assert!(report.passed(), "{}", describe(&report));
    let recompute = crate::common::check(&report, "recompute");
    assert!(
        recompute
            .detail
            .contains("its lottery is the published one"),
        "{}",
        recompute.detail
    );
    // Without --recompute there is no such check.
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(report.checks.iter().all(|c| c.name != "recompute"));
}

/// A bundle made before the rounding's floating-point path changed still verifies. The "other
/// build" is simulated by a lottery that rounds the same distribution differently (one count
/// moved from a panel to another, as a different summation order or solver tolerance could
/// give): the bundle drawn from it verifies, and `--recompute`, whose own rounding now differs,
/// reports the difference as information, not as a failure.
#[test]
fn a_bundle_verifies_after_the_rounding_changes() {
    let instance = small_instance();
    let settings = crate::common::settings(Algorithm::Leximin);
    let inputs = klero_select::Commitment::new(&instance, &settings);
    let distribution =
        klero_select::find_distribution(&instance, Algorithm::Leximin, inputs.0, &mut |_| {})
            .unwrap();
    let ours = klero_select::lottery(&instance, &distribution, 1000).unwrap();
    assert!(
        ours.panels.len() > 1,
        "the test needs two panels to move a count between"
    );
    let mut panels = ours.panels.clone();
    let from = panels.iter().position(|(c, _)| *c > 1).unwrap();
    let to = (from + 1) % panels.len();
    panels[from].0 -= 1;
    panels[to].0 += 1;
    let mut theirs = klero_select::Lottery::from_parts(
        instance.people().len(),
        1000,
        ours.type_members.clone(),
        panels,
    )
    .unwrap();
    theirs.max_change = theirs
        .probabilities
        .iter()
        .zip(&distribution.probabilities)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    let file = klero_bundle::LotteryFile::new(&instance, &inputs, &distribution, &theirs);
    let bytes = file.to_bytes().unwrap();
    let prepared = klero_bundle::read_lottery(&instance, &settings, &bytes).unwrap();
    let outcome = prepared.draw(&instance, "seed").unwrap();
    let (_tmp, dir) = bundle(&instance, &outcome);
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(report.passed(), "{}", describe(&report));
    let report = klero_bundle::verify_with_progress(&dir, true, &mut |_| {}).unwrap();
    assert!(report.passed(), "{}", describe(&report));
    let recompute = crate::common::check(&report, "recompute");
    assert!(
        recompute
            .detail
            .contains("its lottery differs from the published one"),
        "{}",
        recompute.detail
    );
}
