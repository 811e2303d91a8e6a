//! The rules the tests go through.

use klero_decide::{Base, Rule};

/// Majority both ways, qualified shares of 501, 667, 750, 800 and 1000 per mille with both bases
/// and abstentions counted or not, and consent with 0 to 2 objections allowed.
pub fn rules() -> Vec<Rule> {
    let mut rules = vec![
        Rule::Majority {
            abstentions_count: false,
        },
        Rule::Majority {
            abstentions_count: true,
        },
    ];
    for permille in [501, 667, 750, 800, 1000] {
        for base in [Base::Cast, Base::Present] {
            for abstentions_count in [false, true] {
                rules.push(Rule::Qualified {
                    permille,
                    base,
                    abstentions_count,
                });
            }
        }
    }
    for objections_allowed in 0..=2 {
        rules.push(Rule::Consent { objections_allowed });
    }
    rules
}
