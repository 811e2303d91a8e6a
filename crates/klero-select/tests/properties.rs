//! Laws on random small instances: every panel meets every rule, probabilities add up to the panel
//! size, and the minimum probability equals the true optimum found by brute force.

use highs::{HighsModelStatus, RowProblem, Sense};
use klero_select::{
    Algorithm, Category, Instance, Person, Quota, check_certificate, find_distribution, lottery,
};
use proptest::prelude::*;

/// A random instance that has at least one valid panel (quotas built around a chosen panel).
fn instances() -> impl Strategy<Value = Instance> {
    (4usize..=10, 1usize..=3, any::<u64>()).prop_flat_map(|(n, cats, salt)| {
        (
            Just(n),
            Just(cats),
            1..=n.min(5),
            proptest::collection::vec(0u16..3, n * cats),
            Just(salt),
        )
            .prop_map(|(n, cats, k, values, salt)| build(n, cats, k, &values, salt))
    })
}

fn build(n: usize, cats: usize, k: usize, values: &[u16], salt: u64) -> Instance {
    let mut people: Vec<Person> = (0..n)
        .map(|i| Person {
            id: format!("p{i}"),
            values: (0..cats).map(|c| values[i * cats + c]).collect(),
            // Some people share a household with the next one, never within the chosen panel.
            household: (salt >> (i % 60) & 1 == 1 && i >= k).then_some((i / 2) as u32 + 1000),
        })
        .collect();
    for p in people.iter_mut().take(k) {
        p.household = None;
    }
    let categories = (0..cats)
        .map(|c| Category {
            name: format!("c{c}"),
            values: (0..3u16)
                .map(|v| {
                    let have = people[..k].iter().filter(|p| p.values[c] == v).count() as u32;
                    let slack = (salt >> (c * 3 + usize::from(v))) as u32 & 1;
                    Quota {
                        value: format!("v{v}"),
                        min: have.saturating_sub(slack),
                        max: have + slack,
                        min_flex: None,
                        max_flex: None,
                    }
                })
                .collect(),
        })
        .collect();
    Instance::new(categories, people, k as u32).expect("valid instance")
}

/// Every valid panel, by enumeration.
fn all_panels(inst: &Instance) -> Vec<Vec<usize>> {
    let n = inst.people().len();
    let mut out = Vec::new();
    for mask in 0u32..(1 << n) {
        if mask.count_ones() == inst.panel_size() {
            let panel: Vec<usize> = (0..n).filter(|i| mask >> i & 1 == 1).collect();
            if inst.check_panel(&panel).is_empty() {
                out.push(panel);
            }
        }
    }
    out
}

/// The best minimum probability, by one linear program over every valid panel.
fn brute_force_maximin(inst: &Instance, panels: &[Vec<usize>]) -> f64 {
    let n = inst.people().len();
    let mut pb = RowProblem::default();
    let p: Vec<_> = panels
        .iter()
        .map(|_| pb.add_column(0.0, 0.0..=1.0))
        .collect();
    let z = pb.add_column(1.0, 0.0..=1.0);
    pb.add_row(1.0..=1.0, p.iter().map(|&c| (c, 1.0)));
    for i in 0..n {
        let mut row: Vec<_> = panels
            .iter()
            .zip(&p)
            .filter(|(pl, _)| pl.contains(&i))
            .map(|(_, &c)| (c, 1.0))
            .collect();
        row.push((z, -1.0));
        pb.add_row(0.0.., row);
    }
    let mut model = pb.optimise(Sense::Maximise);
    model.make_quiet();
    let solved = model.solve();
    assert_eq!(solved.status(), HighsModelStatus::Optimal);
    solved.objective_value()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn leximin_is_valid_and_optimal(inst in instances()) {
        let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
        let k = f64::from(inst.panel_size());
        let total: f64 = d.probabilities.iter().sum();
        prop_assert!((total - k).abs() < 1e-6, "sum {}", total);
        prop_assert!(d.probabilities.iter().all(|&p| (-1e-9..=1.0 + 1e-9).contains(&p)));
        let panels = all_panels(&inst);
        let best = brute_force_maximin(&inst, &panels);
        prop_assert!((d.min_probability() - best).abs() < 1e-6, "engine {} vs brute force {}", d.min_probability(), best);
        let cert = d.certificate.clone().unwrap();
        let check = check_certificate(&inst, &cert.weights, d.min_probability(), 1e-6);
        prop_assert!(check.valid, "{:?}", check.problems);
        let l = lottery(&inst, &d, 200).unwrap();
        prop_assert!(l.problems(&inst).is_empty(), "{:?}", l.problems(&inst));
        for x in 0..l.m {
            let panel = l.panel(x).unwrap();
            prop_assert!(inst.check_panel(&panel).is_empty(), "{:?}", inst.check_panel(&panel));
        }
        let lt: f64 = l.probabilities.iter().sum();
        prop_assert!((lt - k).abs() < 1e-9);
    }

    #[test]
    fn legacy_panels_are_valid(inst in instances()) {
        // LEGACY may fail on tight quotas (that is why it was replaced), but never returns an invalid panel.
        if let Ok(d) = find_distribution(&inst, Algorithm::Legacy, [1; 32], &mut |_| {}) {
            let total: f64 = d.probabilities.iter().sum();
            prop_assert!((total - f64::from(inst.panel_size())).abs() < 1e-9);
            let l = lottery(&inst, &d, 50).unwrap();
            for x in 0..l.m {
                prop_assert!(inst.check_panel(&l.panel(x).unwrap()).is_empty());
            }
        }
    }
}

/// Three categories whose quotas the relaxation can meet with halves that no valid panel gives:
/// `p0` (no value 1 anywhere) could sit with halves of `p1`, `p2` and `p3`, but no valid panel
/// holds it. The engine must notice that the relaxation's point is not a distribution over
/// panels and fall back to LEXIMIN level by level: `p0` gets 0, everyone else 1/3.
#[test]
fn leximin_is_exact_where_the_relaxation_is_not() {
    let yes_no = |name: &str| Category {
        name: name.into(),
        values: vec![
            Quota {
                value: "0".into(),
                min: 0,
                max: 2,
                min_flex: None,
                max_flex: None,
            },
            Quota {
                value: "1".into(),
                min: 1,
                max: 1,
                min_flex: None,
                max_flex: None,
            },
        ],
    };
    let rows: [(&str, [u16; 3]); 7] = [
        ("p0", [0, 0, 0]),
        ("p1", [1, 1, 0]),
        ("p2", [1, 0, 1]),
        ("p3", [0, 1, 1]),
        ("p6", [0, 0, 1]),
        ("p7", [0, 1, 0]),
        ("p8", [1, 0, 0]),
    ];
    let people = rows
        .iter()
        .map(|(id, v)| Person {
            id: (*id).into(),
            values: v.to_vec(),
            household: None,
        })
        .collect();
    let instance = Instance::new(vec![yes_no("a"), yes_no("b"), yes_no("c")], people, 2).unwrap();
    let d = find_distribution(&instance, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    assert!(
        d.probabilities[0].abs() < 1e-9,
        "p0: {}",
        d.probabilities[0]
    );
    for p in &d.probabilities[1..] {
        assert!((p - 1.0 / 3.0).abs() < 1e-6, "probability {p}");
    }
    let cert = d.certificate.as_ref().unwrap();
    assert!(check_certificate(&instance, &cert.weights, d.min_probability(), 1e-6).valid);
}
