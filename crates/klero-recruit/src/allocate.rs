//! How many invitations each stratum gets: proportional allocation by largest remainder.

/// Weights are counted in millionths, so that the arithmetic is exact integer arithmetic.
const WEIGHT_SCALE: f64 = 1_000_000.0;
/// The largest weight taken into account (a million); larger weights count as this.
const MAX_WEIGHT: f64 = 1_000_000.0;

/// Splits `count` invitations among strata in proportion to `populations[i] * weights[i]`, by
/// largest remainder (Hamilton's method), ties broken by the lower index (callers list strata
/// in name order, so ties go to the first name).
///
/// No stratum gets more than its population: a stratum whose exact quota exceeds its population
/// gets its whole population, and the others share the rest in the same way. The result adds
/// up to `count`, or to the total population of the strata with a positive weight when that is
/// smaller; every stratum that was not capped gets its exact quota rounded down or up.
///
/// Weights are counted to the millionth; a weight that is not a positive number (or is missing)
/// is 0, and the stratum gets nothing; weights above a million count as a million.
///
/// ```
/// use klero_recruit::allocate;
/// assert_eq!(allocate(&[500, 300, 200], &[1.0, 1.0, 1.0], 10), vec![5, 3, 2]);
/// // Over-sampling the last stratum by 2.
/// assert_eq!(allocate(&[500, 300, 200], &[1.0, 1.0, 2.0], 10), vec![4, 3, 3]);
/// // A stratum cannot get more than its population: the excess goes to the others.
/// assert_eq!(allocate(&[10, 2], &[1.0, 5.0], 6), vec![4, 2]);
/// ```
pub fn allocate(populations: &[u32], weights: &[f64], count: u32) -> Vec<u32> {
    let sizes: Vec<u128> = populations
        .iter()
        .enumerate()
        .map(|(i, &population)| {
            u128::from(population) * micro_weight(weights.get(i).copied().unwrap_or(0.0))
        })
        .collect();
    let caps: Vec<u128> = populations.iter().map(|&p| u128::from(p)).collect();
    let mut seats = vec![0u128; sizes.len()];
    // Strata whose seats are settled: no weight, or capped at their population.
    let mut settled: Vec<bool> = sizes.iter().map(|&s| s == 0).collect();
    let open_capacity: u128 = (0..sizes.len())
        .filter(|&i| !settled.get(i).copied().unwrap_or(true))
        .map(|i| caps.get(i).copied().unwrap_or(0))
        .sum();
    let mut remaining = u128::from(count).min(open_capacity);
    loop {
        let open: Vec<usize> = (0..sizes.len())
            .filter(|&i| !settled.get(i).copied().unwrap_or(true))
            .collect();
        let size = |i: usize| sizes.get(i).copied().unwrap_or(0);
        let cap = |i: usize| caps.get(i).copied().unwrap_or(0);
        let total: u128 = open.iter().map(|&i| size(i)).sum();
        if total == 0 || remaining == 0 {
            break;
        }
        // Quotas above the cap: quota = remaining * size / total > cap.
        let over: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&i| remaining * size(i) > cap(i) * total)
            .collect();
        if !over.is_empty() {
            for i in over {
                set(&mut seats, i, cap(i));
                set(&mut settled, i, true);
                remaining = remaining.saturating_sub(cap(i));
            }
            continue;
        }
        // Every quota is within its cap: round by largest remainder. A stratum that gets a seat
        // more gets its quota rounded up, which a cap (a whole number) cannot be below.
        let mut given = 0u128;
        let mut remainders: Vec<(u128, usize)> = Vec::with_capacity(open.len());
        for &i in &open {
            let product = remaining * size(i);
            set(&mut seats, i, product / total);
            given += product / total;
            remainders.push((product % total, i));
        }
        remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let left = usize::try_from(remaining.saturating_sub(given)).unwrap_or(usize::MAX);
        for &(_, i) in remainders.iter().take(left) {
            let now = seats.get(i).copied().unwrap_or(0);
            set(&mut seats, i, now + 1);
        }
        break;
    }
    seats
        .into_iter()
        .map(|s| u32::try_from(s).unwrap_or(u32::MAX))
        .collect()
}

/// A weight in millionths: 0 unless it is a positive number.
fn micro_weight(weight: f64) -> u128 {
    if weight.is_nan() || weight <= 0.0 {
        return 0;
    }
    // Exact for whole numbers of millionths up to a million: far below 2^53.
    (weight.min(MAX_WEIGHT) * WEIGHT_SCALE).round() as u128
}

fn set<T>(slots: &mut [T], i: usize, value: T) {
    if let Some(slot) = slots.get_mut(i) {
        *slot = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_count_in_millionths() {
        assert_eq!(micro_weight(1.0), 1_000_000);
        assert_eq!(micro_weight(0.5), 500_000);
        assert_eq!(micro_weight(f64::NAN), 0);
        assert_eq!(micro_weight(-1.0), 0);
        assert_eq!(micro_weight(f64::INFINITY), 1_000_000_000_000);
    }

    #[test]
    fn ties_go_to_the_lower_index() {
        assert_eq!(allocate(&[10, 10, 10], &[1.0; 3], 1), vec![1, 0, 0]);
        assert_eq!(allocate(&[10, 10, 10], &[1.0; 3], 2), vec![1, 1, 0]);
        assert_eq!(allocate(&[1, 1, 1], &[1.0; 3], 3), vec![1, 1, 1]);
    }

    #[test]
    fn nothing_to_share() {
        assert_eq!(allocate(&[], &[], 10), Vec::<u32>::new());
        assert_eq!(allocate(&[0, 0], &[1.0, 1.0], 10), vec![0, 0]);
        assert_eq!(allocate(&[5, 5], &[0.0, 1.0], 10), vec![0, 5]);
        assert_eq!(allocate(&[5, 5], &[1.0, 1.0], 0), vec![0, 0]);
    }
}
