//! Printing results for people: feasibility, compositions, infeasibility explanations.

use klero_select::{Infeasibility, Instance, QuotaRef};

/// `category=value`, or a placeholder if the reference is out of range.
pub fn quota_name(instance: &Instance, quota: QuotaRef) -> String {
    instance
        .categories()
        .get(quota.category)
        .and_then(|c| Some(format!("{}={}", c.name, c.values.get(quota.value)?.value)))
        .unwrap_or_else(|| format!("quota {}/{}", quota.category, quota.value))
}

/// Why the quotas are infeasible, the conflicting quotas and the smallest relaxation.
pub fn infeasibility(instance: &Instance, why: &Infeasibility) {
    println!(
        "infeasible: no panel of {} meets every quota",
        instance.panel_size()
    );
    for line in &why.explanation {
        println!("  {line}");
    }
    if !why.conflicts.is_empty() {
        println!("conflicting quotas:");
        for &q in &why.conflicts {
            let bounds = instance
                .categories()
                .get(q.category)
                .and_then(|c| c.values.get(q.value))
                .map_or(String::new(), |v| {
                    format!(" (min {}, max {})", v.min, v.max)
                });
            println!("  {}{bounds}", quota_name(instance, q));
        }
    }
    match &why.relaxation {
        Some(changes) if !changes.is_empty() => {
            println!("smallest relaxation within min_flex/max_flex:");
            for change in changes {
                println!(
                    "  {}: min {} -> {}, max {} -> {}",
                    quota_name(instance, change.quota),
                    change.min,
                    change.new_min,
                    change.max,
                    change.new_max
                );
            }
        }
        _ => println!("no relaxation within min_flex/max_flex makes the quotas feasible"),
    }
}

/// Per category, how many of `members` have each value, against the quota.
pub fn composition(instance: &Instance, members: &[usize]) {
    for (c, category) in instance.categories().iter().enumerate() {
        println!("  {}:", category.name);
        for (v, quota) in category.values.iter().enumerate() {
            let count = members
                .iter()
                .filter_map(|&i| instance.people().get(i))
                .filter(|p| p.values.get(c).is_some_and(|&x| usize::from(x) == v))
                .count();
            println!(
                "    {:<24} {count:>5}   (quota {}..={})",
                quota.value, quota.min, quota.max
            );
        }
    }
}
