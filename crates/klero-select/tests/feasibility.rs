//! Feasibility checks, conflicting quotas and the smallest relaxation.

use crate::common::{instance, quota};
use klero_select::{Category, Quota, QuotaRef, SelectError, check_feasibility, diagnose};

/// Ten people: six women, four men; three young, seven old (women are the old ones first).
fn pool(gender: Vec<Quota>, age: Vec<Quota>, k: u32) -> klero_select::Instance {
    let people: Vec<(String, Vec<u16>, Option<u32>)> = (0..10)
        .map(|i| {
            (
                format!("p{i}"),
                vec![u16::from(i >= 6), u16::from(i >= 7)],
                None,
            )
        })
        .collect();
    let rows: Vec<(&str, Vec<u16>, Option<u32>)> = people
        .iter()
        .map(|(id, v, h)| (id.as_str(), v.clone(), *h))
        .collect();
    instance(
        vec![
            Category {
                name: "gender".into(),
                values: gender,
            },
            Category {
                name: "age".into(),
                values: age,
            },
        ],
        &rows,
        k,
    )
}

#[test]
fn a_feasible_pool_gives_a_valid_panel() {
    let inst = pool(
        vec![quota("woman", 2, 3), quota("man", 2, 3)],
        vec![quota("old", 2, 3), quota("young", 1, 3)],
        4,
    );
    let panel = check_feasibility(&inst).unwrap();
    assert_eq!(panel.len(), 4);
    assert!(
        inst.check_panel(&panel).is_empty(),
        "{:?}",
        inst.check_panel(&panel)
    );
}

#[test]
fn conflicting_quotas_are_named_and_relaxed_minimally() {
    // Young people (p7..p9) are all men; four men and at least three young are needed, but at most
    // one man: `man` max and `young` min conflict.
    let inst = pool(
        vec![quota("woman", 0, 4), quota("man", 0, 1)],
        vec![quota("old", 0, 4), quota("young", 3, 4)],
        4,
    );
    let err = check_feasibility(&inst).unwrap_err();
    assert_eq!(
        err.conflicts,
        vec![
            QuotaRef {
                category: 0,
                value: 1
            },
            QuotaRef {
                category: 1,
                value: 1
            }
        ]
    );
    assert!(
        err.explanation
            .iter()
            .any(|l| l.contains("`gender` = `man`")),
        "{:?}",
        err.explanation
    );
    let relax = err.relaxation.as_ref().expect("a relaxation exists");
    let moved: u32 = relax
        .iter()
        .map(|c| c.min - c.new_min + c.new_max - c.max)
        .sum();
    assert_eq!(moved, 2, "{relax:?}");
    // The relaxed quotas are feasible.
    let mut bounds: Vec<Vec<(u32, u32)>> = inst
        .categories()
        .iter()
        .map(|c| c.values.iter().map(|q| (q.min, q.max)).collect())
        .collect();
    for c in relax {
        bounds[c.quota.category][c.quota.value] = (c.new_min, c.new_max);
    }
    assert!(check_feasibility(&inst.with_quotas(&bounds).unwrap()).is_ok());
}

#[test]
fn the_relaxation_stays_within_the_flexible_bounds() {
    let flex = |v: &str, min, max, min_flex, max_flex| Quota {
        value: v.into(),
        min,
        max,
        min_flex: Some(min_flex),
        max_flex: Some(max_flex),
    };
    // Needs `man` max 1 -> 3, but max_flex allows only 2: no relaxation within the flexible bounds
    // unless `young` may go down too.
    let inst = pool(
        vec![quota("woman", 0, 4), flex("man", 0, 1, 0, 2)],
        vec![quota("old", 0, 4), flex("young", 3, 4, 3, 4)],
        4,
    );
    let d = diagnose(&inst);
    assert!(d.relaxation.is_none(), "{:?}", d.relaxation);
    let inst = pool(
        vec![quota("woman", 0, 4), flex("man", 0, 1, 0, 2)],
        vec![quota("old", 0, 4), flex("young", 3, 4, 2, 4)],
        4,
    );
    let relax = diagnose(&inst).relaxation.expect("within flex");
    for c in &relax {
        let q = &inst.categories()[c.quota.category].values[c.quota.value];
        assert!(
            c.new_min >= q.min_flex.unwrap() && c.new_max <= q.max_flex.unwrap(),
            "{c:?}"
        );
    }
}

#[test]
fn households_alone_can_make_a_panel_impossible() {
    // Four people, two households of two: no panel of three.
    let inst = instance(
        vec![Category {
            name: "g".into(),
            values: vec![quota("a", 0, 3)],
        }],
        &[
            ("a", vec![0], Some(1)),
            ("b", vec![0], Some(1)),
            ("c", vec![0], Some(2)),
            ("d", vec![0], Some(2)),
        ],
        3,
    );
    let err = check_feasibility(&inst).unwrap_err();
    assert!(err.conflicts.is_empty());
    assert!(
        err.explanation[0].contains("only 2 people"),
        "{:?}",
        err.explanation
    );
    assert!(err.relaxation.is_none());
}

#[test]
fn selecting_with_infeasible_quotas_is_an_explained_error() {
    let inst = pool(
        vec![quota("woman", 0, 4), quota("man", 0, 1)],
        vec![quota("old", 0, 4), quota("young", 3, 4)],
        4,
    );
    let err = klero_select::find_distribution(
        &inst,
        klero_select::Algorithm::Leximin,
        [0; 32],
        &mut |_| {},
    )
    .unwrap_err();
    match err {
        SelectError::Infeasible(why) => assert_eq!(why.conflicts.len(), 2),
        other => panic!("expected infeasible, got {other:?}"),
    }
}
