//! `replace` and `subdraw`.

use crate::common::{inputs, klero, select, with_input};

fn ids(path: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_owned())
        .collect()
}

#[test]
fn replace_keeps_the_panel_size_and_drops_who_withdrew() {
    let (_tmp, dir) = inputs();
    select(&dir, "out");
    let panel = ids(&dir.join("out/panel.csv"));
    let gone = panel[0].clone();
    let run = klero(
        &dir,
        &with_input(
            "replace",
            &[
                "--panel",
                "out/panel.csv",
                "--withdrawn",
                &gone,
                "--seed",
                "r1",
                "--out",
                "rep",
            ],
        ),
    );
    assert_eq!(run.code, 0, "{}", run.all());
    let chosen = ids(&dir.join("rep/panel.csv"));
    assert_eq!(chosen.len(), 1);
    assert!(!panel.contains(&chosen[0]));
    let settings: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("rep/settings.json")).unwrap()).unwrap();
    let kept: Vec<&str> = settings["follow_up"]["kept"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(kept.len(), panel.len() - 1);
    assert!(!kept.contains(&gone.as_str()));
    assert_eq!(settings["follow_up"]["withdrawn"][0], gone.as_str());
    // The replacement's bundle verifies like a panel's (issue 24).
    let verify = klero(&dir, &["verify", "rep"]);
    assert_eq!(verify.code, 0, "{}", verify.all());
    // Someone not on the panel cannot withdraw; an unknown id is bad input.
    let outsider = (0..20)
        .map(|i| format!("p{i:02}"))
        .find(|id| !panel.contains(id))
        .unwrap();
    for who in [outsider.as_str(), "nobody"] {
        let run = klero(
            &dir,
            &with_input(
                "replace",
                &[
                    "--panel",
                    "out/panel.csv",
                    "--withdrawn",
                    who,
                    "--seed",
                    "r",
                    "--out",
                    "r2",
                ],
            ),
        );
        assert_eq!(run.code, 2, "{}", run.all());
        assert!(run.stderr.contains(who), "{}", run.all());
    }
    // A panel file naming someone unknown is bad input, with its line.
    std::fs::write(dir.join("bad_panel.csv"), "id\np00\nstranger\n").unwrap();
    let run = klero(
        &dir,
        &with_input(
            "replace",
            &[
                "--panel",
                "bad_panel.csv",
                "--withdrawn",
                "p00",
                "--seed",
                "r",
                "--out",
                "r3",
            ],
        ),
    );
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(run.stderr.contains("bad_panel.csv:3:"), "{}", run.all());
}

#[test]
fn subdraw_draws_a_proportional_group() {
    let (_tmp, dir) = inputs();
    select(&dir, "out");
    let panel = ids(&dir.join("out/panel.csv"));
    let run = klero(
        &dir,
        &with_input(
            "subdraw",
            &[
                "--panel",
                "out/panel.csv",
                "--size",
                "2",
                "--stratify-by",
                "gender",
                "--seed",
                "s1",
                "--out",
                "sub",
            ],
        ),
    );
    assert_eq!(run.code, 0, "{}", run.all());
    let group = ids(&dir.join("sub/panel.csv"));
    assert_eq!(group.len(), 2);
    assert!(group.iter().all(|id| panel.contains(id)));
    let verify = klero(&dir, &["verify", "sub"]);
    assert_eq!(verify.code, 0, "{}", verify.all());
    assert!(
        verify.stdout.contains("PASS  follow-up"),
        "{}",
        verify.all()
    );
    let run = klero(
        &dir,
        &with_input(
            "subdraw",
            &[
                "--panel",
                "out/panel.csv",
                "--size",
                "2",
                "--stratify-by",
                "height",
                "--seed",
                "s1",
                "--out",
                "sub2",
            ],
        ),
    );
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(run.stderr.contains("height"), "{}", run.all());
}
