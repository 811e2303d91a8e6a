//! The lottery, the draw, reserves, replacements and sub-draws.

use crate::common::{bench_instance, instance, quota};
use klero_select::{
    Algorithm, Category, Commitment, DrawRng, Settings, find_distribution, lottery, replacements,
    reserves, sub_draw,
};

fn settings() -> Settings {
    Settings {
        algorithm: Algorithm::Leximin,
        lottery_panels: 1000,
        reserves: 5,
    }
}

#[test]
fn lottery_panels_are_valid_and_close_to_the_distribution() {
    let inst = bench_instance("opendlp_monitor_addr_30");
    let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let l = lottery(&inst, &d, 1000).unwrap();
    assert_eq!(l.panels.len(), 1000);
    for panel in &l.panels {
        assert!(
            inst.check_panel(panel).is_empty(),
            "{:?}",
            inst.check_panel(panel)
        );
    }
    let total: f64 = l.probabilities.iter().sum();
    assert!((total - 30.0).abs() < 1e-9);
    for (a, b) in l.probabilities.iter().zip(&d.probabilities) {
        assert!((a - b).abs() <= l.max_change + 1e-12);
    }
    // With 1,000 panels no one's probability needs to move by more than a few thousandths.
    assert!(l.max_change < 0.005, "max change {}", l.max_change);
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
        let panel = &l.panels[l.draw(&mut DrawRng::new(&c, &format!("seed {s}")))];
        for &i in panel {
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
    let panel = &l.panels[0];
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
fn replacements_restore_the_quotas() {
    let inst = bench_instance("opendlp_monitor_addr_30");
    let d = find_distribution(&inst, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let l = lottery(&inst, &d, 100).unwrap();
    let panel = l.panels[3].clone();
    let withdrawn = vec![panel[0], panel[5], panel[17]];
    let r = replacements(
        &inst,
        &panel,
        &withdrawn,
        &settings(),
        "dice 4 6 1",
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(r.chosen.len(), 3);
    assert!(
        inst.check_panel(&r.panel).is_empty(),
        "{:?}",
        inst.check_panel(&r.panel)
    );
    for w in &withdrawn {
        assert!(!r.panel.contains(w));
    }
    for c in &r.chosen {
        assert!(!panel.contains(c));
    }
    let again = replacements(
        &inst,
        &panel,
        &withdrawn,
        &settings(),
        "dice 4 6 1",
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(r.chosen, again.chosen);
    assert!(replacements(&inst, &panel, &[9999], &settings(), "x", &mut |_| {}).is_err());
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
    let r = sub_draw(&inst, &panel, 5, &[0], &settings(), "seed", &mut |_| {}).unwrap();
    assert_eq!(r.panel.len(), 5);
    let women = r.panel.iter().filter(|&&i| i < 6).count();
    assert_eq!(women, 3);
    // Everyone of a stratum gets the same chance.
    for &p in &r.distribution.probabilities[..6] {
        assert!((p - 0.5).abs() < 1e-6);
    }
    for &p in &r.distribution.probabilities[6..] {
        assert!((p - 0.5).abs() < 1e-6);
    }
    assert!(sub_draw(&inst, &panel, 11, &[0], &settings(), "seed", &mut |_| {}).is_err());
}
