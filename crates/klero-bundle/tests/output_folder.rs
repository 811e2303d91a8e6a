//! Writing the output folder: a previous bundle is replaced, anything else is left alone.

use crate::common::{input, run, small_instance};
use klero_bundle::BundleError;
use klero_select::Algorithm;

#[test]
fn a_previous_bundle_is_replaced_and_nothing_is_left_behind() {
    let instance = small_instance();
    let a = run(&instance, Algorithm::Leximin, "a");
    let b = run(&instance, Algorithm::Leximin, "b");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    klero_bundle::write_bundle(&dir, input(&instance), &a).unwrap();
    klero_bundle::write_bundle(&dir, input(&instance), &b).unwrap();
    let settings = std::fs::read_to_string(dir.join("settings.json")).unwrap();
    assert!(settings.contains("\"seed\": \"b\""));
    let entries: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(entries, vec!["out".to_owned()]);
    // An empty folder is fine too.
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    klero_bundle::write_bundle(&empty, input(&instance), &a).unwrap();
    assert!(empty.join("SHA256SUMS").is_file());
}

#[test]
fn other_folders_are_left_alone() {
    let instance = small_instance();
    let outcome = run(&instance, Algorithm::Leximin, "a");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("documents");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("minutes.txt"), "keep me").unwrap();
    let error = klero_bundle::write_bundle(&dir, input(&instance), &outcome).unwrap_err();
    assert!(
        matches!(error, BundleError::WouldOverwrite { .. }),
        "{error}"
    );
    assert!(error.to_string().contains("not a previous klero output"));
    assert_eq!(
        std::fs::read_to_string(dir.join("minutes.txt")).unwrap(),
        "keep me"
    );

    // A bundle someone added a file to is not replaced either.
    let bundle = tmp.path().join("bundle");
    klero_bundle::write_bundle(&bundle, input(&instance), &outcome).unwrap();
    std::fs::write(bundle.join("notes.txt"), "mine").unwrap();
    let error = klero_bundle::write_bundle(&bundle, input(&instance), &outcome).unwrap_err();
    assert!(error.to_string().contains("notes.txt"), "{error}");

    // A file is not a folder.
    let file = tmp.path().join("file");
    std::fs::write(&file, "x").unwrap();
    assert!(klero_bundle::write_bundle(&file, input(&instance), &outcome).is_err());
    let leftovers = std::fs::read_dir(tmp.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with('.')
        })
        .count();
    assert_eq!(leftovers, 0);
}
