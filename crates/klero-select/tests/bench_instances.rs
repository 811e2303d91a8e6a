//! LEXIMIN on the shared benchmark instances, against known optima (the peer's LEXIMIN, with
//! Gurobi, as listed in bench/README.md).

use crate::common::bench_instance;
use klero_select::{Algorithm, check_certificate, find_distribution};

fn leximin_min(name: &str) -> f64 {
    let instance = bench_instance(name);
    let d = find_distribution(&instance, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let total: f64 = d.probabilities.iter().sum();
    assert!(
        (total - f64::from(instance.panel_size())).abs() < 1e-6,
        "{name}: probabilities sum to {total}"
    );
    let cert = d.certificate.as_ref().expect("leximin has a certificate");
    assert!((cert.min_probability - d.min_probability()).abs() < 1e-6);
    let check = check_certificate(&instance, &cert.weights, d.min_probability(), 1e-6);
    assert!(
        check.valid,
        "{name}: certificate rejected: {:?}",
        check.problems
    );
    d.min_probability()
}

#[test]
fn example_small_20_gives_everyone_one_in_ten() {
    let instance = bench_instance("example_small_20");
    let d = find_distribution(&instance, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    for p in &d.probabilities {
        assert!((p - 0.1).abs() < 1e-6, "probability {p}");
    }
}

#[test]
fn matches_the_peer_leximin_where_it_finishes() {
    for (name, peer) in [
        ("sa_fixture_22", 0.090909),
        ("like_mass_24", 0.285714),
        ("opendlp_monitor_addr_30", 0.296703),
        ("like_sf_b_20", 0.056180),
        ("like_sf_a_35", 0.103448),
        ("like_sf_c_44", 0.122807),
        ("like_hd_30", 0.065217),
    ] {
        let min = leximin_min(name);
        assert!(
            (min - peer).abs() < 1e-4,
            "{name}: {min} vs the peer's {peer}"
        );
    }
}

/// The national G1000 (n = 6,000, k = 1,000), which the peer cannot run: the certificate proves
/// that no distribution gives everyone more than the minimum found.
#[test]
fn a_national_g1000_gets_a_certified_leximin() {
    let min = leximin_min("belgium_6000_1000");
    assert!(min > 0.1 && min < 1000.0 / 6000.0, "minimum {min}");
}

#[test]
fn maximin_reaches_the_same_minimum_as_leximin() {
    let instance = bench_instance("like_mass_24");
    let lex = find_distribution(&instance, Algorithm::Leximin, [0; 32], &mut |_| {}).unwrap();
    let max = find_distribution(&instance, Algorithm::Maximin, [0; 32], &mut |_| {}).unwrap();
    assert!((lex.min_probability() - max.min_probability()).abs() < 1e-6);
    // LEXIMIN also raises the others: its second-lowest level is at least MAXIMIN's.
    let mut a = lex.probabilities.clone();
    let mut b = max.probabilities.clone();
    a.sort_by(f64::total_cmp);
    b.sort_by(f64::total_cmp);
    let first_diff = a.iter().zip(&b).find(|(x, y)| (*x - *y).abs() > 1e-6);
    if let Some((x, y)) = first_diff {
        assert!(
            x > y,
            "leximin's sorted probabilities must not be lexicographically below maximin's"
        );
    }
}

#[test]
fn legacy_gives_some_people_less_than_leximin() {
    let instance = bench_instance("sa_fixture_22");
    let legacy = find_distribution(&instance, Algorithm::Legacy, [7; 32], &mut |_| {}).unwrap();
    let total: f64 = legacy.probabilities.iter().sum();
    assert!((total - 22.0).abs() < 1e-9);
    assert!(
        legacy.min_probability() < 0.090909 - 0.01,
        "legacy min {}",
        legacy.min_probability()
    );
}
