//! NASH, GOLDILOCKS and DIVERSIMAX against optima found independently: on small pools every valid
//! panel is enumerated and the objective optimised over all of them (by a multiplicative method
//! for Nash welfare, by linear programs over a search on the smallest probability for GOLDILOCKS,
//! by scoring every panel for DIVERSIMAX); on the shared benchmark instances, the invariants.

use crate::common::{bench_instance, instance, quota};
use highs::{HighsModelStatus, RowProblem, Sense};
use klero_select::{Algorithm, Category, Distribution, Instance, find_distribution};

/// Every valid panel, by enumeration of the pool's subsets.
fn all_panels(inst: &Instance) -> Vec<Vec<usize>> {
    let n = inst.people().len();
    (0u32..(1 << n))
        .filter(|mask| mask.count_ones() == inst.panel_size())
        .map(|mask| (0..n).filter(|i| mask >> i & 1 == 1).collect::<Vec<_>>())
        .filter(|panel| inst.check_panel(panel).is_empty())
        .collect()
}

/// Asserts that every panel of `d` is valid and the probabilities add up to the panel size, and
/// that they are the panels' average.
fn assert_sane(inst: &Instance, d: &Distribution) {
    let k = f64::from(inst.panel_size());
    let total: f64 = d.probabilities.iter().sum();
    assert!((total - k).abs() < 1e-6, "probabilities add up to {total}");
    let mut expected = vec![0.0; inst.people().len()];
    let mut mass = 0.0;
    for panel in d.grouped_panels() {
        mass += panel.probability;
        let mut members = Vec::new();
        for (group, seats) in &panel.seats {
            members.extend_from_slice(&group[..*seats as usize]);
            for &i in *group {
                expected[i] += panel.probability * f64::from(*seats) / group.len() as f64;
            }
        }
        members.sort_unstable();
        let problems = inst.check_panel(&members);
        assert!(problems.is_empty(), "invalid panel: {problems:?}");
    }
    assert!(
        (mass - 1.0).abs() < 1e-9,
        "panel probabilities add up to {mass}"
    );
    for (p, e) in d.probabilities.iter().zip(&expected) {
        assert!(
            (p - e).abs() < 1e-9,
            "probability {p} but the panels give {e}"
        );
    }
}

/// Each person's probability under `lambda` over `panels`.
fn probabilities(n: usize, panels: &[Vec<usize>], lambda: &[f64]) -> Vec<f64> {
    let mut p = vec![0.0; n];
    for (panel, &l) in panels.iter().zip(lambda) {
        for &i in panel {
            p[i] += l;
        }
    }
    p
}

/// The largest Nash welfare over all `panels`, by the multiplicative update
/// `lambda_j <- lambda_j (1/n) sum_{i in j} 1/p_i` (which keeps `lambda` a distribution and
/// raises the welfare), run until its duality gap `n log(max_j sum_{i in j} 1/p_i / n)` is tiny.
/// Returns the welfare reached and the bound the gap proves.
fn brute_force_nash(n: usize, panels: &[Vec<usize>]) -> (f64, f64) {
    let mut lambda = vec![1.0 / panels.len() as f64; panels.len()];
    let nf = n as f64;
    for _ in 0..2_000_000 {
        let p = probabilities(n, panels, &lambda);
        let gains: Vec<f64> = panels
            .iter()
            .map(|panel| panel.iter().map(|&i| 1.0 / p[i]).sum::<f64>() / nf)
            .collect();
        let heaviest = gains.iter().copied().fold(0.0, f64::max);
        let welfare: f64 = p.iter().map(|x| x.ln()).sum();
        if nf * heaviest.ln() < 1e-10 {
            return (welfare, welfare + nf * heaviest.ln());
        }
        for (l, g) in lambda.iter_mut().zip(&gains) {
            *l *= g;
        }
    }
    let p = probabilities(n, panels, &lambda);
    let welfare: f64 = p.iter().map(|x| x.ln()).sum();
    let heaviest = panels
        .iter()
        .map(|panel| panel.iter().map(|&i| 1.0 / p[i]).sum::<f64>() / nf)
        .fold(0.0, f64::max);
    (welfare, welfare + nf * heaviest.ln())
}

/// The smallest largest probability of a lottery over `panels` whose every probability is at
/// least `low`, by a linear program; `None` when no lottery reaches `low`.
fn smallest_cap(n: usize, panels: &[Vec<usize>], low: f64) -> Option<f64> {
    let mut pb = RowProblem::default();
    let cols: Vec<_> = panels.iter().map(|_| pb.add_column(0.0, 0.0..)).collect();
    let u = pb.add_column(1.0, 0.0..);
    pb.add_row(1.0..=1.0, cols.iter().map(|&c| (c, 1.0)));
    for i in 0..n {
        let on: Vec<_> = panels
            .iter()
            .zip(&cols)
            .filter(|(p, _)| p.contains(&i))
            .map(|(_, &c)| (c, 1.0))
            .collect();
        pb.add_row(low.., on.clone());
        pb.add_row(..=0.0, on.into_iter().chain([(u, -1.0)]));
    }
    let mut model = pb.optimise(Sense::Minimise);
    model.make_quiet();
    model.set_option("primal_feasibility_tolerance", 1e-10);
    model.set_option("dual_feasibility_tolerance", 1e-10);
    let solved = model.solve();
    (solved.status() == HighsModelStatus::Optimal).then(|| solved.objective_value())
}

/// The smallest Goldilocks score over `panels`: the score `u(l)/r + r/l` is convex in the
/// smallest probability `l` (`u(l)`, the smallest possible largest probability, is convex), so a
/// golden-section search on `l` finds it. The engine searches on the cap instead.
fn brute_force_goldilocks(inst: &Instance, panels: &[Vec<usize>]) -> f64 {
    let n = inst.people().len();
    let r = f64::from(inst.panel_size()) / n as f64;
    let score = |l: f64| smallest_cap(n, panels, l).map_or(f64::INFINITY, |u| u / r + r / l);
    let (mut a, mut b) = (1e-9, r);
    let phi = (5f64.sqrt() - 1.0) / 2.0;
    while b - a > 1e-11 {
        let c = b - phi * (b - a);
        let d = a + phi * (b - a);
        if score(c) <= score(d) {
            b = d;
        } else {
            a = c;
        }
    }
    score(a).min(score(b))
}

/// The tables of DIVERSIMAX, written again from its description: the sets of categories by size
/// then in order, with a cell per combination of the values the pool holds, kept when there are
/// at most `k` cells and two people of the pool per cell, fifty at most. Each person's cell per
/// table, and the number of cells.
fn diversimax_tables(inst: &Instance) -> Vec<(Vec<usize>, usize)> {
    let people = inst.people();
    let cats = inst.categories().len();
    let held: Vec<Vec<u16>> = (0..cats)
        .map(|c| {
            let mut vs: Vec<u16> = people.iter().map(|p| p.values[c]).collect();
            vs.sort_unstable();
            vs.dedup();
            vs
        })
        .collect();
    let mut subsets: Vec<Vec<usize>> = (1u32..(1 << cats))
        .map(|m| (0..cats).filter(|c| m >> c & 1 == 1).collect())
        .collect();
    subsets.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    let mut out = Vec::new();
    for subset in subsets {
        let cells: usize = subset.iter().map(|&c| held[c].len()).product();
        if cells > inst.panel_size() as usize || people.len() < 2 * cells || out.len() >= 50 {
            continue;
        }
        let cell_of = people
            .iter()
            .map(|p| {
                subset.iter().fold(0, |acc, &c| {
                    acc * held[c].len() + held[c].binary_search(&p.values[c]).unwrap()
                })
            })
            .collect();
        out.push((cell_of, cells));
    }
    out
}

fn diversimax_score(inst: &Instance, tables: &[(Vec<usize>, usize)], panel: &[usize]) -> f64 {
    let k = f64::from(inst.panel_size());
    tables
        .iter()
        .map(|(cell_of, cells)| {
            let mut counts = vec![0.0; *cells];
            for &i in panel {
                counts[cell_of[i]] += 1.0;
            }
            counts
                .iter()
                .map(|c| (c - k / *cells as f64).abs())
                .sum::<f64>()
        })
        .sum()
}

fn two_values(name: &str, a: (u32, u32), b: (u32, u32)) -> Category {
    Category {
        name: name.into(),
        values: vec![quota("a", a.0, a.1), quota("b", b.0, b.1)],
    }
}

/// Small pools with 2 or 3 categories, some with households, chosen so that the quotas make
/// chances unequal.
fn small_instances() -> Vec<(&'static str, Instance)> {
    let gender = |a, b| two_values("gender", a, b);
    let age = |a, b| two_values("age", a, b);
    let area = |a, b| two_values("area", a, b);
    vec![
        (
            "eight people, two categories",
            instance(
                vec![gender((1, 2), (1, 2)), age((2, 3), (0, 1))],
                &[
                    ("p0", vec![0, 0], None),
                    ("p1", vec![0, 1], None),
                    ("p2", vec![1, 0], None),
                    ("p3", vec![1, 0], None),
                    ("p4", vec![1, 0], None),
                    ("p5", vec![1, 1], None),
                    ("p6", vec![0, 0], None),
                    ("p7", vec![1, 1], None),
                ],
                3,
            ),
        ),
        (
            "nine people, three categories, two households",
            instance(
                vec![
                    gender((2, 2), (2, 2)),
                    age((1, 3), (1, 3)),
                    area((1, 4), (0, 1)),
                ],
                &[
                    ("p0", vec![0, 0, 0], Some(1)),
                    ("p1", vec![1, 0, 0], Some(1)),
                    ("p2", vec![0, 1, 1], None),
                    ("p3", vec![1, 1, 0], Some(2)),
                    ("p4", vec![1, 1, 1], Some(2)),
                    ("p5", vec![0, 0, 0], None),
                    ("p6", vec![1, 0, 0], None),
                    ("p7", vec![0, 1, 0], None),
                    ("p8", vec![1, 1, 0], None),
                ],
                4,
            ),
        ),
        (
            "ten people, two categories, a household of three",
            instance(
                vec![gender((2, 3), (1, 2)), age((1, 1), (3, 3))],
                &[
                    ("p0", vec![0, 0], Some(7)),
                    ("p1", vec![0, 1], Some(7)),
                    ("p2", vec![1, 1], Some(7)),
                    ("p3", vec![0, 1], None),
                    ("p4", vec![1, 1], None),
                    ("p5", vec![1, 0], None),
                    ("p6", vec![0, 1], None),
                    ("p7", vec![0, 1], None),
                    ("p8", vec![1, 1], None),
                    ("p9", vec![0, 1], Some(8)),
                ],
                4,
            ),
        ),
    ]
}

#[test]
fn nash_matches_the_welfare_optimised_over_every_panel() {
    for (name, inst) in small_instances() {
        let panels = all_panels(&inst);
        let (best, best_bound) = brute_force_nash(inst.people().len(), &panels);
        let d = find_distribution(&inst, Algorithm::Nash, [0; 32], &mut |_| {}).unwrap();
        assert_sane(&inst, &d);
        let welfare: f64 = d.probabilities.iter().map(|p| p.ln()).sum();
        let opt = d.optimality.as_ref().expect("nash reports its optimality");
        assert!(
            (opt.value - welfare).abs() < 1e-9,
            "{name}: value {}",
            opt.value
        );
        // Within the stated tolerance of the true optimum, and no better than it.
        assert!(welfare > best - 1e-6, "{name}: {welfare} < {best}");
        assert!(
            welfare < best_bound + 1e-9,
            "{name}: {welfare} > {best_bound}"
        );
        // The engine's bound is a true bound, and tight.
        assert!(
            opt.bound > best - 1e-9,
            "{name}: bound {} < {best}",
            opt.bound
        );
        assert!(opt.gap() <= 1e-6, "{name}: gap {}", opt.gap());
    }
}

#[test]
fn goldilocks_matches_the_score_optimised_over_every_panel() {
    for (name, inst) in small_instances() {
        let panels = all_panels(&inst);
        let best = brute_force_goldilocks(&inst, &panels);
        let d = find_distribution(&inst, Algorithm::Goldilocks, [0; 32], &mut |_| {}).unwrap();
        assert_sane(&inst, &d);
        let r = f64::from(inst.panel_size()) / inst.people().len() as f64;
        let hi = d.probabilities.iter().copied().fold(0.0, f64::max);
        let lo = d.min_probability();
        let score = hi / r + r / lo;
        let opt = d
            .optimality
            .as_ref()
            .expect("goldilocks reports its optimality");
        assert!(
            (opt.value - score).abs() < 1e-9,
            "{name}: value {}",
            opt.value
        );
        assert!((score - best).abs() < 1e-6, "{name}: {score} vs {best}");
        assert!(
            opt.bound < best + 1e-7,
            "{name}: bound {} > {best}",
            opt.bound
        );
        assert!(opt.gap() < 1e-6, "{name}: gap {}", opt.gap());
    }
}

#[test]
fn diversimax_finds_the_most_diverse_panel_of_all() {
    for (name, inst) in small_instances() {
        let panels = all_panels(&inst);
        let tables = diversimax_tables(&inst);
        assert!(!tables.is_empty(), "{name}: no table");
        let best = panels
            .iter()
            .map(|p| diversimax_score(&inst, &tables, p))
            .fold(f64::INFINITY, f64::min);
        let d = find_distribution(&inst, Algorithm::Diversimax, [0; 32], &mut |_| {}).unwrap();
        assert_sane(&inst, &d);
        let grouped = d.grouped_panels();
        assert_eq!(grouped.len(), 1, "{name}: one panel");
        let mut members: Vec<usize> = grouped[0]
            .seats
            .iter()
            .flat_map(|(g, s)| g[..*s as usize].to_vec())
            .collect();
        members.sort_unstable();
        let score = diversimax_score(&inst, &tables, &members);
        let opt = d
            .optimality
            .as_ref()
            .expect("diversimax reports its optimality");
        assert!((score - best).abs() < 1e-9, "{name}: {score} vs {best}");
        assert!(
            (opt.value - score).abs() < 1e-9,
            "{name}: value {}",
            opt.value
        );
        assert!(
            opt.bound <= best + 1e-9 && opt.gap() < 1e-6,
            "{name}: bound {}",
            opt.bound
        );
    }
}

#[test]
fn new_objectives_are_parsed_and_named() {
    for name in ["nash", "goldilocks", "diversimax"] {
        let algorithm = Algorithm::parse(&name.to_uppercase()).unwrap();
        assert_eq!(algorithm.name(), name);
    }
}

#[test]
fn leximin_reports_its_certificate_as_optimality() {
    let (_, inst) = small_instances().remove(0);
    let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let opt = d
        .optimality
        .as_ref()
        .expect("leximin reports its optimality");
    assert!((opt.value - d.min_probability()).abs() < 1e-9);
    assert!(opt.bound >= opt.value - 1e-9 && opt.gap() < 1e-6);
}

#[test]
fn new_objectives_keep_the_rules_on_shared_instances() {
    for name in ["sa_fixture_22", "like_mass_24", "opendlp_monitor_addr_30"] {
        let inst = bench_instance(name);
        let leximin = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
        for algorithm in [
            Algorithm::Nash,
            Algorithm::Goldilocks,
            Algorithm::Diversimax,
        ] {
            let d = find_distribution(&inst, algorithm, [0; 32], &mut |_| {}).unwrap();
            assert_sane(&inst, &d);
            let opt = d.optimality.as_ref().unwrap();
            assert!(
                opt.gap() <= 1e-6 * opt.value.abs().max(1.0),
                "{name} {}: {}",
                algorithm.name(),
                opt.statement
            );
            if algorithm == Algorithm::Diversimax {
                continue;
            }
            // LEXIMIN's smallest probability is the largest possible; each objective does at
            // least as well as LEXIMIN's lottery on its own measure.
            assert!(d.min_probability() > 0.0, "{name} {}", algorithm.name());
            assert!(d.min_probability() <= leximin.min_probability() + 1e-6);
            let r = f64::from(inst.panel_size()) / inst.people().len() as f64;
            let leximin_value = match algorithm {
                Algorithm::Nash => leximin.probabilities.iter().map(|p| p.ln()).sum::<f64>(),
                _ => {
                    let hi = leximin.probabilities.iter().copied().fold(0.0, f64::max);
                    hi / r + r / leximin.min_probability()
                }
            };
            if opt.maximise {
                assert!(
                    opt.bound >= leximin_value - 1e-9,
                    "{name}: {}",
                    opt.statement
                );
            } else {
                assert!(
                    opt.bound <= leximin_value + 1e-9,
                    "{name}: {}",
                    opt.statement
                );
            }
        }
    }
}
