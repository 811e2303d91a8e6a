//! Over many seeds, every person is invited as often as the exact probability says, within a
//! bound that a biased draw would break (5 standard deviations of the binomial count: a correct
//! draw breaks it with probability below 10^-5 over all the people here).

use klero_recruit::Selector;

const SEEDS: u32 = 20_000;

/// How often each person (stratum, household) is drawn over `SEEDS` seeds.
fn frequencies(people: &[(usize, Option<&str>)], allocations: &[u32]) -> Vec<u32> {
    let mut counts = vec![0u32; people.len()];
    for seed in 0..SEEDS {
        let mut selector = Selector::new(&format!("seed {seed}"), allocations);
        for (i, &(stratum, household)) in people.iter().enumerate() {
            selector
                .offer(stratum, household, i as u64, &format!("person {i}"))
                .unwrap();
        }
        for i in selector.finish().people() {
            counts[i as usize] += 1;
        }
    }
    counts
}

fn assert_close(counts: &[u32], probabilities: &[f64]) {
    let n = f64::from(SEEDS);
    for (i, (&count, &p)) in counts.iter().zip(probabilities).enumerate() {
        let expected = n * p;
        let sigma = (n * p * (1.0 - p)).sqrt();
        let z = (f64::from(count) - expected) / sigma;
        assert!(
            z.abs() < 5.0,
            "person {i}: drawn {count} times in {SEEDS}, expected {expected:.0} (z = {z:.2})"
        );
    }
}

#[test]
fn everyone_alone_has_the_stratum_share() {
    // Strata of 5, 8 and 12 people with 2, 3 and 4 invitations.
    let sizes = [5usize, 8, 12];
    let allocations = [2u32, 3, 4];
    let people: Vec<(usize, Option<&str>)> = sizes
        .iter()
        .enumerate()
        .flat_map(|(s, &n)| std::iter::repeat_n((s, None), n))
        .collect();
    let probabilities: Vec<f64> = people
        .iter()
        .map(|&(s, _)| f64::from(allocations[s]) / sizes[s] as f64)
        .collect();
    assert_close(&frequencies(&people, &allocations), &probabilities);
}

#[test]
fn a_larger_household_is_drawn_as_often_as_drawing_people_says() {
    // Households {a1, a2}, {b}, {c}; two invitations. Drawing people one by one and skipping
    // households already drawn leaves out {a1, a2} only if b and c come first: 1/6. So each of
    // a1, a2 is invited with probability 5/12, b and c with 7/12.
    let people = [
        (0, Some("a")),
        (0, Some("a")),
        (0, Some("b")),
        (0, Some("c")),
    ];
    let counts = frequencies(&people, &[2]);
    assert_close(&counts, &[5.0 / 12.0, 5.0 / 12.0, 7.0 / 12.0, 7.0 / 12.0]);
    // Never both members of `a`.
    assert_eq!(
        counts.iter().map(|&c| u64::from(c)).sum::<u64>(),
        2 * u64::from(SEEDS)
    );
}
