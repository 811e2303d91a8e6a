//! A bundle is written, verifies, and is the same bytes for the same inputs and seed.

use crate::common::{bundle, describe, input, run, small_instance};
use klero_select::Algorithm;

#[test]
fn a_bundle_verifies_for_each_algorithm() {
    let instance = small_instance();
    for algorithm in [Algorithm::Leximin, Algorithm::Maximin, Algorithm::Legacy] {
        let outcome = run(&instance, algorithm, "12 34 56");
        assert!(instance.check_panel(&outcome.panel).is_empty());
        let (_tmp, dir) = bundle(&instance, &outcome);
        let report = klero_bundle::verify(&dir).unwrap();
        assert!(report.passed(), "{algorithm:?}:\n{}", describe(&report));
        for name in klero_bundle::FILES.iter().chain([&klero_bundle::SUMS]) {
            assert!(dir.join(name).is_file(), "{name} missing");
        }
    }
}

#[test]
fn the_same_inputs_and_seed_give_the_same_bytes() {
    let instance = small_instance();
    let a = run(&instance, Algorithm::Leximin, "seed");
    let b = run(&instance, Algorithm::Leximin, " seed ");
    let files_a = klero_bundle::render_bundle(input(&instance), &a).unwrap();
    let files_b = klero_bundle::render_bundle(input(&instance), &b).unwrap();
    assert_eq!(files_a, files_b);
    let (_t1, dir1) = bundle(&instance, &a);
    let (_t2, dir2) = bundle(&instance, &b);
    for (name, bytes) in &files_a {
        assert_eq!(&std::fs::read(dir1.join(name)).unwrap(), bytes, "{name}");
        assert_eq!(&std::fs::read(dir2.join(name)).unwrap(), bytes, "{name}");
    }
}

#[test]
fn another_seed_draws_another_panel_from_the_same_distribution() {
    let instance = small_instance();
    let a = run(&instance, Algorithm::Leximin, "one");
    let b = run(&instance, Algorithm::Leximin, "two");
    assert_eq!(a.commitment(), b.commitment());
    assert_eq!(a.prepared.bytes, b.prepared.bytes);
    assert!(a.panel != b.panel || a.reserves != b.reserves);
}

#[test]
fn the_files_say_what_they_should() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "x");
    let files: std::collections::BTreeMap<String, Vec<u8>> =
        klero_bundle::render_bundle(input(&instance), &outcome)
            .unwrap()
            .into_iter()
            .collect();
    let text = |name: &str| String::from_utf8(files[name].clone()).unwrap();
    let panel = text("panel.csv");
    assert!(panel.starts_with("id,gender,age\n"), "{panel}");
    assert_eq!(panel.lines().count(), 9);
    let reserves = text("reserves.csv");
    assert!(reserves.starts_with("rank,id,gender,age\n1,"), "{reserves}");
    assert_eq!(reserves.lines().count(), 4);
    let probabilities = text("probabilities.csv");
    assert!(probabilities.starts_with("id,probability,lottery_probability\nv00,0."));
    assert_eq!(probabilities.lines().count(), 41);
    let json: serde_json::Value = serde_json::from_slice(&files["lottery.json"]).unwrap();
    assert_eq!(json["algorithm"], "leximin");
    assert_eq!(json["format"], "kleroterion-lottery/1");
    assert_eq!(json["m"], 1000);
    let total: u64 = json["panels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["count"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 1000);
    assert_eq!(json["people"].as_array().unwrap().len(), 40);
    let weights = json["certificate"]["dual_weights"].as_object().unwrap();
    assert!(!weights.is_empty());
    assert!(weights.values().all(|w| w.as_f64().unwrap() > 0.0));
    let settings: serde_json::Value = serde_json::from_slice(&files["settings.json"]).unwrap();
    assert_eq!(settings["commitment"], outcome.commitment().to_hex());
    assert_eq!(settings["inputs"], outcome.prepared.inputs.to_hex());
    assert_eq!(settings["seed"], "x");
    let html = text("report.html");
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("name=\"viewport\""));
    assert!(html.contains("<svg") && html.contains("role=\"img\""));
    assert!(html.contains(&outcome.commitment().to_hex()));
    let md = text("report.md");
    assert!(md.contains("| female |"), "{md}");
    let sums = text("SHA256SUMS");
    assert_eq!(sums.lines().count(), klero_bundle::FILES.len());
    assert!(sums.contains("  input/people.csv\n"));
}

#[test]
fn reports_escape_what_the_input_says() {
    let mut instance_text = small_instance();
    let categories: Vec<klero_select::Category> = instance_text
        .categories()
        .iter()
        .cloned()
        .map(|mut c| {
            c.values[0].value = "<b>f|x</b>".into();
            c
        })
        .collect();
    instance_text = klero_select::Instance::new(
        categories,
        instance_text.people().to_vec(),
        instance_text.panel_size(),
    )
    .unwrap();
    let outcome = run(
        &instance_text,
        Algorithm::Leximin,
        "<script>alert(1)</script>",
    );
    let files: std::collections::BTreeMap<String, Vec<u8>> =
        klero_bundle::render_bundle(input(&instance_text), &outcome)
            .unwrap()
            .into_iter()
            .collect();
    let html = String::from_utf8(files["report.html"].clone()).unwrap();
    assert!(!html.contains("<script>") && !html.contains("<b>"));
    assert!(
        html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"),
        "{html}"
    );
    let md = String::from_utf8(files["report.md"].clone()).unwrap();
    assert!(!md.contains("<script>") && !md.contains("f|x"));
}

/// 40 people whose ids, a category's name and its values begin like spreadsheet formulas.
fn formula_instance() -> klero_select::Instance {
    use klero_select::{Category, Instance, Person, Quota};
    let quota = |value: &str| Quota {
        value: value.into(),
        min: 3,
        max: 5,
        min_flex: None,
        max_flex: None,
    };
    let categories = vec![
        Category {
            name: "=gender".into(),
            values: vec![quota("+female"), quota("-male")],
        },
        Category {
            name: "age".into(),
            values: vec![quota("@young"), quota("'=old")],
        },
    ];
    let starts = [
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+1",
        "-1+2",
        "@SUM(A1)",
        "'=quoted",
        "\tTAB",
        "plain",
    ];
    let people = (0..40u16)
        .map(|i| Person {
            id: format!("{}{i}", starts[usize::from(i) % starts.len()]),
            values: vec![i % 2, (i / 2) % 2],
            household: (i < 6).then_some(u32::from(i / 2)),
        })
        .collect();
    Instance::new(categories, people, 8).unwrap()
}

/// Regression (issue 25, finding 6): organiser-supplied ids were written unchanged in
/// `panel.csv` and `probabilities.csv`, where a spreadsheet runs `=…` as a formula. Every CSV
/// cell of the bundle is now neutralised, and the bundle still verifies.
#[test]
fn formula_ids_are_neutralised_and_the_bundle_verifies() {
    let instance = formula_instance();
    let outcome = run(&instance, Algorithm::Leximin, "1 2 3");
    let (_tmp, dir) = bundle(&instance, &outcome);
    for name in [
        "panel.csv",
        "reserves.csv",
        "probabilities.csv",
        "input/features.csv",
        "input/people.csv",
    ] {
        let text = std::fs::read(dir.join(name)).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_slice());
        let mut escaped = 0;
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: `{cell}` would run as a formula"
                );
                escaped += usize::from(cell.starts_with('\''));
            }
        }
        assert!(escaped > 0, "{name} has neutralised cells");
    }
    let probabilities = std::fs::read_to_string(dir.join("probabilities.csv")).unwrap();
    assert!(probabilities.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")0\""));
    assert!(probabilities.contains("\n'+11,"));
    assert!(probabilities.contains("\n''=quoted4,"));
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(report.passed(), "{}", describe(&report));
}

/// A folder in a format before the lottery was published is refused, naming its format.
#[test]
fn an_older_bundle_is_refused_by_name() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "x");
    let (_tmp, dir) = bundle(&instance, &outcome);
    let settings = dir.join("settings.json");
    let text = std::fs::read_to_string(&settings).unwrap();
    assert!(text.contains("\"kleroterion-bundle/3\""), "{text}");
    for old in ["kleroterion-bundle/1", "kleroterion-bundle/2"] {
        std::fs::write(&settings, text.replace("kleroterion-bundle/3", old)).unwrap();
        crate::common::regenerate_sums(&dir);
        let report = klero_bundle::verify(&dir).unwrap();
        assert!(!report.passed());
        let check = crate::common::check(&report, "settings");
        assert!(!check.passed);
        assert!(
            check.detail.contains(&format!("format `{old}`")),
            "{}",
            check.detail
        );
    }
}

#[test]
fn labels_travel_in_the_features_file_and_show_in_the_reports() {
    use klero_domain::labels::QuotaLabels;
    use klero_domain::lang::Lang;
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "12 34 56");
    let mut labels = QuotaLabels::new();
    for (lang, text) in Lang::ALL
        .into_iter()
        .zip(["geslacht", "genre", "gender", "Geschlecht"])
    {
        labels.set("gender", None, lang, text);
    }
    labels.set("gender", Some("female"), Lang::Fr, "femme");
    labels.set("gender", Some("female"), Lang::Nl, "vrouw, jong of oud");
    // A label that a spreadsheet would take for a formula is written neutralised and read back.
    labels.set("gender", Some("male"), Lang::De, "=1+1");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    let labelled = klero_bundle::BundleInput {
        labels: &labels,
        ..input(&instance)
    };
    klero_bundle::write_bundle(&dir, labelled, &outcome).unwrap();
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(report.passed(), "{}", describe(&report));
    let features = std::fs::read_to_string(dir.join(klero_bundle::INPUT_FEATURES)).unwrap();
    assert!(
        features.starts_with(
            "feature,value,min,max,min_flex,max_flex,feature_label_nl,feature_label_fr,feature_label_en,feature_label_de,label_nl,label_fr,label_en,label_de\n"
        ),
        "{features}"
    );
    assert!(
        features.contains(
            "gender,female,3,5,,,geslacht,genre,gender,Geschlecht,\"vrouw, jong of oud\",femme,,"
        ),
        "{features}"
    );
    let html = std::fs::read_to_string(dir.join(klero_bundle::REPORT_HTML)).unwrap();
    assert!(
        html.contains("<h3>gender (geslacht / genre / Geschlecht)</h3>"),
        "{html}"
    );
    assert!(
        html.contains("female (vrouw, jong of oud / femme)"),
        "{html}"
    );
    let md = std::fs::read_to_string(dir.join(klero_bundle::REPORT_MD)).unwrap();
    assert!(
        md.contains("gender \\(geslacht / genre / Geschlecht\\)"),
        "{md}"
    );
    // A label changed after the draw no longer tells the draw: the verifier says so.
    let tampered = features.replace("femme", "fille");
    std::fs::write(dir.join(klero_bundle::INPUT_FEATURES), tampered).unwrap();
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(!report.passed());
}
