//! The JSON form of rules, counts and outcomes.

use klero_decide::{Base, Counts, Outcome, Rule, decide};
use serde_json::json;

use crate::common::rules;

#[test]
fn every_rule_round_trips() {
    for rule in rules() {
        let text = serde_json::to_string(&rule).unwrap();
        assert_eq!(serde_json::from_str::<Rule>(&text).unwrap(), rule, "{text}");
    }
}

#[test]
fn rules_are_tagged() {
    assert_eq!(
        serde_json::to_value(Rule::Qualified {
            permille: 667,
            base: Base::Present,
            abstentions_count: false,
        })
        .unwrap(),
        json!({"rule": "qualified", "permille": 667, "base": "present", "abstentions_count": false})
    );
    assert_eq!(
        serde_json::to_value(Rule::Majority {
            abstentions_count: true
        })
        .unwrap(),
        json!({"rule": "majority", "abstentions_count": true})
    );
    assert_eq!(
        serde_json::to_value(Rule::Consent {
            objections_allowed: 2
        })
        .unwrap(),
        json!({"rule": "consent", "objections_allowed": 2})
    );
    assert_eq!(serde_json::to_value(Base::Cast).unwrap(), json!("cast"));
}

#[test]
fn abstentions_count_defaults_to_false() {
    assert_eq!(
        serde_json::from_value::<Rule>(
            json!({"rule": "qualified", "permille": 800, "base": "present"})
        )
        .unwrap(),
        Rule::Qualified {
            permille: 800,
            base: Base::Present,
            abstentions_count: false,
        }
    );
    assert_eq!(
        serde_json::from_value::<Rule>(json!({"rule": "majority"})).unwrap(),
        Rule::Majority {
            abstentions_count: false
        }
    );
    assert!(serde_json::from_value::<Rule>(json!({"rule": "unanimity"})).is_err());
    assert!(serde_json::from_value::<Rule>(json!({"rule": "consent"})).is_err());
}

#[test]
fn counts_and_outcomes_round_trip() {
    let counts = Counts {
        for_votes: 79,
        against: 15,
        abstain: 6,
    };
    assert_eq!(
        serde_json::to_value(counts).unwrap(),
        json!({"for_votes": 79, "against": 15, "abstain": 6})
    );
    assert_eq!(
        serde_json::from_str::<Counts>(&serde_json::to_string(&counts).unwrap()).unwrap(),
        counts
    );
    for rule in rules() {
        let outcome = decide(&rule, counts, Some(100)).unwrap();
        let text = serde_json::to_string(&outcome).unwrap();
        assert_eq!(
            serde_json::from_str::<Outcome>(&text).unwrap(),
            outcome,
            "{text}"
        );
    }
    let empty = decide(
        &Rule::Consent {
            objections_allowed: 0,
        },
        Counts::default(),
        None,
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(empty).unwrap(),
        json!({"passed": false, "base": 0, "share_bp": null, "needed": 1})
    );
}
