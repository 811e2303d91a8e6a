//! Allocation: sums, caps, proportionality, over-sampling, ties.

use klero_recruit::allocate;
use proptest::prelude::*;

/// The exact quota of each stratum when no cap binds.
fn quotas(populations: &[u32], weights: &[f64], count: u32) -> Vec<f64> {
    let sizes: Vec<f64> = populations
        .iter()
        .zip(weights)
        .map(|(&p, &w)| f64::from(p) * w)
        .collect();
    let total: f64 = sizes.iter().sum();
    sizes.iter().map(|s| f64::from(count) * s / total).collect()
}

fn strata() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(0u32..5_000, 1..25)
}

proptest! {
    #[test]
    fn sums_to_the_count_or_everyone(populations in strata(), count in 0u32..60_000) {
        let weights = vec![1.0; populations.len()];
        let seats = allocate(&populations, &weights, count);
        let everyone: u64 = populations.iter().map(|&p| u64::from(p)).sum();
        let total: u64 = seats.iter().map(|&s| u64::from(s)).sum();
        prop_assert_eq!(total, u64::from(count).min(everyone));
    }

    #[test]
    fn never_exceeds_a_population(
        populations in strata(),
        factors in prop::collection::vec(0.001f64..1000.0, 25),
        count in 0u32..60_000,
    ) {
        let weights = &factors[..populations.len()];
        let seats = allocate(&populations, weights, count);
        for (s, p) in seats.iter().zip(&populations) {
            prop_assert!(s <= p);
        }
        let everyone: u64 = populations.iter().map(|&p| u64::from(p)).sum();
        let total: u64 = seats.iter().map(|&s| u64::from(s)).sum();
        prop_assert_eq!(total, u64::from(count).min(everyone));
    }

    #[test]
    fn within_one_of_the_exact_quota(populations in strata(), count in 0u32..60_000) {
        let everyone: u64 = populations.iter().map(|&p| u64::from(p)).sum();
        prop_assume!(everyone > 0 && u64::from(count) <= everyone);
        let weights = vec![1.0; populations.len()];
        let seats = allocate(&populations, &weights, count);
        for (&s, q) in seats.iter().zip(quotas(&populations, &weights, count)) {
            prop_assert!((f64::from(s) - q).abs() < 1.0, "{} vs {}", s, q);
        }
    }

    #[test]
    fn over_sampling_follows_the_weighted_quota(
        populations in prop::collection::vec(1_000u32..5_000, 2..20),
        factor in 0.5f64..4.0,
        count in 1u32..500,
    ) {
        // Small counts: no stratum's weighted quota reaches its population.
        let mut weights = vec![1.0; populations.len()];
        weights[0] = factor;
        let seats = allocate(&populations, &weights, count);
        for (&s, q) in seats.iter().zip(quotas(&populations, &weights, count)) {
            prop_assert!((f64::from(s) - q).abs() < 1.0, "{} vs {}", s, q);
        }
    }
}

#[test]
fn over_sampling_doubles_a_share() {
    assert_eq!(allocate(&[1000, 1000], &[1.0, 1.0], 300), vec![150, 150]);
    assert_eq!(allocate(&[1000, 1000], &[2.0, 1.0], 300), vec![200, 100]);
    assert_eq!(allocate(&[1000, 1000], &[1.0, 0.5], 300), vec![200, 100]);
}

#[test]
fn capped_strata_give_their_excess_to_the_others() {
    // Quotas 50, 30, 20 of 100; the last has 5 people: the other 95 seats go 5:3.
    assert_eq!(
        allocate(&[500, 300, 5], &[1.0, 1.0, 40.0], 100),
        vec![59, 36, 5]
    );
    // Quotas 7.5, 7.5, 15: the last is capped at 4, which makes the second's quota 13, above
    // its 10 people.
    assert_eq!(
        allocate(&[1000, 10, 4], &[1.0, 100.0, 500.0], 30),
        vec![16, 10, 4]
    );
}

#[test]
fn largest_remainders_then_the_first_name() {
    // Quotas 3.4, 3.3, 3.3: one seat left, to the largest remainder.
    assert_eq!(allocate(&[34, 33, 33], &[1.0; 3], 10), vec![4, 3, 3]);
    // Quotas 3.5, 3.5, 3: one seat left, two equal remainders: the first.
    assert_eq!(allocate(&[35, 35, 30], &[1.0; 3], 10), vec![4, 3, 3]);
    // Thirds: exact integer arithmetic sees the equal remainders as equal.
    assert_eq!(allocate(&[1, 1, 1], &[1.0; 3], 2), vec![1, 1, 0]);
    assert_eq!(allocate(&[3, 3, 3], &[1.0; 3], 7), vec![3, 2, 2]);
}
