//! The lottery, the draw, reserves, replacements and sub-draws.

use crate::common::{bench_instance, instance, quota};
use klero_select::{
    Algorithm, Category, Commitment, DEFAULT_LOTTERY_PANELS, DrawRng, Lottery, Settings,
    find_distribution, lottery, replacement_problem, reserves, sub_draw_problem,
};

fn settings() -> Settings {
    Settings {
        algorithm: Algorithm::Leximin,
        lottery_panels: 1000,
        reserves: 5,
    }
}

/// Every one of the `m` panels, expanded by number (small `m` only).
fn all_panels(l: &Lottery) -> Vec<Vec<usize>> {
    (0..l.m).map(|x| l.panel(x).unwrap()).collect()
}

#[test]
fn lottery_panels_are_valid_and_close_to_the_distribution() {
    let inst = bench_instance("opendlp_monitor_addr_30");
    let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let l = lottery(&inst, &d, 1000).unwrap();
    assert_eq!(l.m, 1000);
    assert_eq!(l.panels.iter().map(|(c, _)| c).sum::<u64>(), 1000);
    assert!(l.problems(&inst).is_empty(), "{:?}", l.problems(&inst));
    // The expansion gives each number a valid panel, and each person the count stated.
    let mut seen = vec![0u64; inst.people().len()];
    for panel in all_panels(&l) {
        assert!(
            inst.check_panel(&panel).is_empty(),
            "{:?}",
            inst.check_panel(&panel)
        );
        for i in panel {
            seen[i] += 1;
        }
    }
    assert_eq!(seen, l.counts);
    assert!(l.panel(1000).is_none());
    let total: f64 = l.probabilities.iter().sum();
    assert!((total - 30.0).abs() < 1e-9);
    for (a, b) in l.probabilities.iter().zip(&d.probabilities) {
        assert!((a - b).abs() <= l.max_change + 1e-12);
    }
    // With 1,000 panels no one's probability needs to move by more than a few thousandths.
    assert!(l.max_change < 0.005, "max change {}", l.max_change);
}

#[test]
fn a_billion_panels_keep_everyone_within_a_thousandth_of_leximin() {
    for name in ["sa_fixture_22", "like_sf_a_35", "brussels_600_100"] {
        let inst = bench_instance(name);
        let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
        let l = lottery(&inst, &d, u64::from(DEFAULT_LOTTERY_PANELS)).unwrap();
        assert!(
            l.problems(&inst).is_empty(),
            "{name}: {:?}",
            l.problems(&inst)
        );
        assert!(l.max_change < 1e-3, "{name}: max change {}", l.max_change);
        // The last number's panel is valid too (the expansion's arithmetic on large counts).
        let last = l.panel(l.m - 1).unwrap();
        assert!(inst.check_panel(&last).is_empty(), "{name}");
    }
}

#[test]
fn a_lottery_read_back_is_checked() {
    let inst = bench_instance("opendlp_monitor_addr_30");
    let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let l = lottery(&inst, &d, 1000).unwrap();
    let n = inst.people().len();
    let again = Lottery::from_parts(n, 1000, l.type_members.clone(), l.panels.clone()).unwrap();
    assert_eq!(again.counts, l.counts);
    // Counts that do not add up to m, a group named twice, a seat too many.
    assert!(Lottery::from_parts(n, 999, l.type_members.clone(), l.panels.clone()).is_err());
    let mut twice = l.type_members.clone();
    let first = twice[0][0];
    twice[1].push(first);
    assert!(Lottery::from_parts(n, 1000, twice, l.panels.clone()).is_err());
    let mut overfull = l.panels.clone();
    overfull[0].1[0].1 = 10_000;
    assert!(Lottery::from_parts(n, 1000, l.type_members.clone(), overfull).is_err());
    // A panel that breaks a quota is named.
    let mut broken = l.clone();
    let (_, seats) = &mut broken.panels[0];
    let (t, n0) = seats[0];
    seats[0] = (t, n0 + 1);
    assert!(!broken.problems(&inst).is_empty());
    // A group mixing people of different values is named.
    let mut mixed = l.clone();
    let other = (0..n)
        .find(|&i| inst.people()[i].values != inst.people()[mixed.type_members[0][0]].values)
        .unwrap();
    for g in &mut mixed.type_members {
        g.retain(|&i| i != other);
    }
    mixed.type_members[0].push(other);
    assert!(
        mixed.problems(&inst).iter().any(|p| p.contains("mixes")),
        "{:?}",
        mixed.problems(&inst)
    );
}

#[test]
fn the_public_stream_is_sha256_in_counter_mode() {
    // The documented method (docs/verification.md), computed here from SHA-256 directly.
    use sha2::{Digest, Sha256};
    let c = Commitment([7; 32]);
    let mut key = Sha256::new();
    key.update(b"kleroterion-draw\0");
    key.update([7u8; 32]);
    key.update(b"12 34 56");
    let key: [u8; 32] = key.finalize().into();
    let word = |i: u64| {
        let mut h = Sha256::new();
        h.update(key);
        h.update(i.to_be_bytes());
        let d = h.finalize();
        u64::from_be_bytes(d[..8].try_into().unwrap())
    };
    let n = 1_000_000_007u64;
    let zone = u64::MAX - (u64::MAX % n);
    let expected = (0..).map(word).find(|&x| x < zone).map(|x| x % n).unwrap();
    assert_eq!(DrawRng::new(&c, "  12 34 56\n").below(n), expected);
}

#[test]
fn the_same_inputs_and_seed_give_the_same_panel() {
    let inst = bench_instance("sa_fixture_22");
    let c = Commitment::new(&inst, &settings());
    assert_eq!(c, Commitment::new(&inst, &settings()));
    assert_eq!(Commitment::from_hex(&c.to_hex()), Some(c));
    let a = DrawRng::new(&c, "7 12 33 41 45").below(1_000_000);
    let b = DrawRng::new(&c, " 7 12 33 41 45 ").below(1_000_000);
    let other = DrawRng::new(&c, "7 12 33 41 46").below(1_000_000);
    assert_eq!(a, b);
    assert_ne!(a, other);
    let changed = Settings {
        lottery_panels: 999,
        ..settings()
    };
    assert_ne!(c, Commitment::new(&inst, &changed));
}

#[test]
fn drawn_panels_follow_the_lottery_probabilities() {
    let inst = bench_instance("like_mass_24");
    let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let l = lottery(&inst, &d, 1000).unwrap();
    let c = Commitment::new(&inst, &settings());
    let draws = 20_000;
    let mut seen = vec![0u32; inst.people().len()];
    for s in 0..draws {
        let panel = l
            .panel(l.draw(&mut DrawRng::new(&c, &format!("seed {s}"))))
            .unwrap();
        for i in panel {
            seen[i] += 1;
        }
    }
    for (i, &count) in seen.iter().enumerate() {
        let p = l.probabilities[i];
        let freq = f64::from(count) / f64::from(draws);
        let sigma = (p * (1.0 - p) / f64::from(draws)).sqrt();
        assert!(
            (freq - p).abs() <= 5.0 * sigma + 1e-9,
            "person {i}: drawn {freq}, probability {p}"
        );
    }
}

#[test]
fn reserves_exclude_the_panel_and_its_households() {
    let inst = bench_instance("opendlp_monitor_addr_30");
    let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let l = lottery(&inst, &d, 100).unwrap();
    let panel = &l.panel(0).unwrap();
    let c = Commitment::new(&inst, &settings());
    let list = reserves(
        &inst,
        panel,
        &mut DrawRng::with_purpose(&c, "s", "reserves"),
        20,
    );
    assert_eq!(list.len(), 20);
    let houses: Vec<u32> = panel
        .iter()
        .filter_map(|&i| inst.people()[i].household)
        .collect();
    for r in &list {
        assert!(!panel.contains(r));
        assert!(
            inst.people()[*r]
                .household
                .is_none_or(|h| !houses.contains(&h))
        );
    }
    let again = reserves(
        &inst,
        panel,
        &mut DrawRng::with_purpose(&c, "s", "reserves"),
        20,
    );
    assert_eq!(list, again);
}

#[test]
fn replacement_problems_keep_the_remaining_members_quotas() {
    let inst = bench_instance("opendlp_monitor_addr_30");
    let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let l = lottery(&inst, &d, 100).unwrap();
    let panel = l.panel(3).unwrap();
    let withdrawn = vec![panel[0], panel[5], panel[17]];
    let r = replacement_problem(&inst, &panel, &withdrawn).unwrap();
    assert_eq!(r.instance.panel_size(), 3);
    assert_eq!(r.kept.len(), 27);
    for i in &r.pool {
        assert!(
            !panel.contains(i),
            "someone on the panel is in the residual pool"
        );
    }
    // Whatever the residual problem draws, the whole panel meets the quotas again.
    let rd = find_distribution(&r.instance, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let rl = lottery(&r.instance, &rd, 100).unwrap();
    for x in 0..rl.m {
        let chosen = rl.panel(x).unwrap();
        let whole = r.panel_with(&chosen);
        assert_eq!(whole.len(), 30);
        assert!(
            inst.check_panel(&whole).is_empty(),
            "{:?}",
            inst.check_panel(&whole)
        );
        for w in &withdrawn {
            assert!(!whole.contains(w));
        }
    }
    assert!(replacement_problem(&inst, &panel, &[9999]).is_err());
    assert!(replacement_problem(&inst, &panel, &[]).is_err());
}

#[test]
fn sub_draw_is_stratified() {
    // 10 people, 6 women and 4 men; draw 5 stratified by gender: 3 women (2.5 rounded) or 2..3.
    let cats = vec![Category {
        name: "gender".into(),
        values: vec![quota("woman", 0, 10), quota("man", 0, 10)],
    }];
    let people: Vec<(String, Vec<u16>, Option<u32>)> = (0..10)
        .map(|i| (format!("p{i}"), vec![u16::from(i >= 6)], None))
        .collect();
    let rows: Vec<(&str, Vec<u16>, Option<u32>)> = people
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.clone(), *c))
        .collect();
    let inst = instance(cats, &rows, 10);
    let panel: Vec<usize> = (0..10).collect();
    let r = sub_draw_problem(&inst, &panel, 5, &[0]).unwrap();
    let d = find_distribution(&r.instance, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let l = lottery(&r.instance, &d, 1000).unwrap();
    let chosen = r.chosen(&l.panel(0).unwrap());
    assert_eq!(chosen.len(), 5);
    let women = chosen.iter().filter(|&&i| i < 6).count();
    assert_eq!(women, 3);
    // Everyone of a stratum gets the same chance.
    for &p in &d.probabilities[..6] {
        assert!((p - 0.5).abs() < 1e-6);
    }
    for &p in &d.probabilities[6..] {
        assert!((p - 0.5).abs() < 1e-6);
    }
    assert!(sub_draw_problem(&inst, &panel, 11, &[0]).is_err());
}
