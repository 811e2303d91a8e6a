//! Due dates and overdue rules across month ends, leap years and Brussels' clock changes, and
//! the follow-up forms' rules.

use klero_domain::assembly::Date;
use klero_domain::followup::input::{
    AnswerInput, MIN_JUSTIFICATION, QuestionInput, RecommendationInput, parse_milestones,
};
use klero_domain::followup::{
    DueState, Position, Verdict, add_days, add_months, brussels_today, days_between, due_state,
};
use klero_domain::input::RawForm;

fn d(text: &str) -> Date {
    Date::parse(text).expect("test date")
}

/// Seconds since the epoch of a UTC date and time.
fn utc(date: &str, hour: i64, minute: i64) -> i64 {
    let days = days_between(d("1970-01-01"), d(date));
    days * 86_400 + hour * 3_600 + minute * 60
}

fn form(fields: &[(&str, &str)]) -> RawForm {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn three_and_twelve_months_from_month_ends() {
    assert_eq!(add_months(d("2026-11-30"), 3), d("2027-02-28"));
    assert_eq!(add_months(d("2027-11-30"), 3), d("2028-02-29"), "leap year");
    assert_eq!(add_months(d("2027-01-31"), 1), d("2027-02-28"));
    assert_eq!(add_months(d("2028-01-31"), 1), d("2028-02-29"));
    assert_eq!(add_months(d("2026-03-31"), 3), d("2026-06-30"));
    assert_eq!(
        add_months(d("2026-10-15"), 3),
        d("2027-01-15"),
        "across a year end"
    );
    assert_eq!(add_months(d("2028-02-29"), 12), d("2029-02-28"));
    assert_eq!(add_months(d("2024-02-29"), 48), d("2028-02-29"));
    assert_eq!(add_months(d("2999-06-01"), 12), d("2999-12-31"), "clamped");
}

#[test]
fn days_are_counted_across_leap_days() {
    assert_eq!(days_between(d("2028-02-28"), d("2028-03-01")), 2);
    assert_eq!(days_between(d("2027-02-28"), d("2027-03-01")), 1);
    assert_eq!(days_between(d("2027-03-01"), d("2027-02-28")), -1);
    assert_eq!(add_days(d("2028-02-28"), 1), d("2028-02-29"));
    assert_eq!(add_days(d("2027-12-31"), 30), d("2028-01-30"));
    assert_eq!(add_days(d("2028-03-01"), -1), d("2028-02-29"));
}

#[test]
fn today_is_the_date_in_brussels_not_in_utc() {
    // 23:30 UTC on 31 December is already 1 January in Brussels (UTC+1 in winter).
    assert_eq!(brussels_today(utc("2026-12-31", 23, 30)), d("2027-01-01"));
    assert_eq!(brussels_today(utc("2026-12-31", 22, 59)), d("2026-12-31"));
    // In summer Brussels is UTC+2: 22:30 UTC on 30 June is 1 July.
    assert_eq!(brussels_today(utc("2027-06-30", 22, 30)), d("2027-07-01"));
    assert_eq!(brussels_today(utc("2027-06-30", 21, 59)), d("2027-06-30"));
    // The night the clocks go forward (28 March 2027, 01:00 UTC).
    assert_eq!(brussels_today(utc("2027-03-27", 22, 59)), d("2027-03-27"));
    assert_eq!(brussels_today(utc("2027-03-27", 23, 0)), d("2027-03-28"));
}

#[test]
fn due_dates_end_at_midnight_in_brussels() {
    let due = d("2027-02-28");
    // The last minute of the due date in Brussels is still on time...
    assert_eq!(
        due_state(due, utc("2027-02-28", 22, 59)),
        DueState::Open { days_left: 0 }
    );
    // ...the first minute of 1 March in Brussels (23:00 UTC) is one day late.
    assert_eq!(
        due_state(due, utc("2027-02-28", 23, 0)),
        DueState::Overdue { days: 1 }
    );
    assert_eq!(
        due_state(due, utc("2027-02-01", 12, 0)),
        DueState::Open { days_left: 27 }
    );
    assert_eq!(due_state(due, utc("2027-03-31", 12, 0)).days_overdue(), 31);
    // In a leap year the 29th of February is a day of its own.
    let leap_due = d("2028-02-28");
    assert_eq!(
        due_state(leap_due, utc("2028-02-29", 12, 0)).days_overdue(),
        1
    );
    assert_eq!(
        due_state(leap_due, utc("2028-03-01", 12, 0)).days_overdue(),
        2
    );
    assert!(!due_state(d("2028-02-29"), utc("2028-02-29", 22, 59)).is_overdue());
    assert!(due_state(d("2028-02-29"), utc("2028-02-29", 23, 0)).is_overdue());
}

#[test]
fn summer_due_dates_end_at_22_utc() {
    let due = d("2027-08-31");
    assert!(!due_state(due, utc("2027-08-31", 21, 59)).is_overdue());
    assert_eq!(due_state(due, utc("2027-08-31", 22, 0)).days_overdue(), 1);
}

#[test]
fn only_acceptance_goes_without_justification() {
    let short = "Too expensive.";
    for position in Position::ALL {
        let result = AnswerInput::parse(&form(&[
            ("position", position.as_str()),
            ("justification_fr", short),
            ("referred_to", "Federal government"),
        ]));
        assert_eq!(
            result.is_ok(),
            position == Position::Accepted,
            "{position:?}: {result:?}"
        );
        if let Err(errors) = result {
            assert_eq!(errors.get("justification"), Some("error-justification"));
        }
    }
    let long = "x".repeat(MIN_JUSTIFICATION);
    let rejected = AnswerInput::parse(&form(&[
        ("position", "rejected"),
        ("justification_nl", &long),
        ("progress", "0"),
    ]))
    .expect("long enough");
    assert_eq!(rejected.position, Position::Rejected);
    let too_short = "x".repeat(MIN_JUSTIFICATION - 1);
    assert!(
        AnswerInput::parse(&form(&[
            ("position", "rejected"),
            ("justification_nl", &too_short)
        ]))
        .is_err()
    );
}

#[test]
fn outside_powers_names_the_authority() {
    let long = "y".repeat(MIN_JUSTIFICATION);
    let errors = AnswerInput::parse(&form(&[
        ("position", "outside_powers"),
        ("justification_en", &long),
    ]))
    .expect_err("no authority");
    assert_eq!(errors.get("referred_to"), Some("error-referred-to"));
}

#[test]
fn answers_report_every_bad_field() {
    let errors = AnswerInput::parse(&form(&[
        ("position", "maybe"),
        ("progress", "101"),
        ("deadline", "2027-02-30"),
        ("milestones", "2027-01-01 Tender\nsoon Something"),
    ]))
    .expect_err("bad");
    assert_eq!(errors.get("position"), Some("error-choose-one"));
    assert_eq!(errors.get("progress"), Some("error-progress"));
    assert_eq!(errors.get("deadline"), Some("error-date"));
    assert_eq!(errors.get("milestones"), Some("error-milestones"));
}

#[test]
fn milestones_are_dated_lines() {
    let parsed = parse_milestones("2027-03-01 Tender launched\n\n 2027-09-01  Works start ")
        .expect("two lines");
    assert_eq!(parsed.len(), 2);
    assert_eq!(parsed[1].on, d("2027-09-01"));
    assert_eq!(parsed[1].what, "Works start");
    assert!(parse_milestones("2027-03-01").is_none());
}

#[test]
fn recommendation_votes_are_all_or_nothing() {
    let base = [
        ("number", "7"),
        ("title_fr", "Zones 30"),
        ("text_fr", "Généraliser"),
    ];
    let plain = RecommendationInput::parse(&form(&base)).expect("no vote");
    assert_eq!(plain.vote, None);
    let mut with_vote = base.to_vec();
    with_vote.push(("vote_for", "87"));
    let errors = RecommendationInput::parse(&form(&with_vote)).expect_err("incomplete");
    assert_eq!(errors.get("vote_against"), Some("error-vote-incomplete"));
    with_vote.extend([("vote_against", "6"), ("vote_rule", "80%")]);
    let vote = RecommendationInput::parse(&form(&with_vote))
        .expect("complete")
        .vote
        .expect("vote");
    assert_eq!((vote.r#for, vote.against, vote.abstain), (87, 6, 0));
    let errors = RecommendationInput::parse(&form(&[("number", "0")])).expect_err("bad");
    assert_eq!(errors.get("number"), Some("error-whole-number"));
    assert_eq!(errors.get("title"), Some("error-title-one-language"));
}

#[test]
fn questions_cannot_be_due_in_the_past() {
    let now = utc("2027-05-10", 12, 0);
    let errors = QuestionInput::parse(
        &form(&[("question", "When?"), ("due_on", "2027-05-09")]),
        now,
    )
    .expect_err("past");
    assert_eq!(errors.get("due_on"), Some("error-date-past"));
    assert!(
        QuestionInput::parse(
            &form(&[("question", "When?"), ("due_on", "2027-05-10")]),
            now
        )
        .is_ok()
    );
}

#[test]
fn a_split_commission_is_not_reported_satisfied() {
    assert_eq!(Verdict::of_counts([0, 0, 0]), None);
    assert_eq!(Verdict::of_counts([3, 1, 0]), Some(Verdict::Satisfied));
    assert_eq!(Verdict::of_counts([2, 2, 0]), Some(Verdict::Partly));
    assert_eq!(Verdict::of_counts([2, 0, 2]), Some(Verdict::NotSatisfied));
}

mod overdue_per_round {
    //! Overdue is computed from the answers per round: an answer given, whatever its
    //! position, ends the delay of the round it answers and of every earlier round.

    use super::{d, form, utc};
    use klero_domain::followup::input::{AnswerInput, RecommendationInput};
    use klero_domain::followup::tracker::{Answer, Round, Tracker};

    fn recommendation(number: u32) -> RecommendationInput {
        let n = number.to_string();
        RecommendationInput::parse(&form(&[
            ("number", &n),
            ("title_fr", "Titre"),
            ("text_fr", "Texte"),
        ]))
        .expect("recommendation")
    }

    fn round(number: u32, due_on: &str, published_at: Option<i64>) -> Round {
        Round {
            number,
            label: Default::default(),
            months: None,
            due_on: d(due_on),
            published_at,
            changes: Vec::new(),
        }
    }

    fn rejection() -> AnswerInput {
        AnswerInput::parse(&form(&[
            ("position", "rejected"),
            (
                "justification_fr",
                &"Parce que la Région n'est pas compétente. ".repeat(4),
            ),
        ]))
        .expect("a justified rejection")
    }

    fn answer(recommendation: u32, round: u32, published_at: Option<i64>) -> Answer {
        Answer {
            recommendation,
            round,
            body: rejection(),
            updated_at: published_at.unwrap_or(0),
            published_at,
        }
    }

    /// Six recommendations handed over; the 3-month round (due 2027-03-01) published on time
    /// with an answer to recommendation 1 only; the 12-month round due 2027-12-01.
    fn tracker() -> Tracker {
        Tracker {
            handed_over_on: Some(d("2026-12-01")),
            recommendations: (1..=6).map(recommendation).collect(),
            rounds: vec![
                round(1, "2027-03-01", Some(utc("2027-02-27", 10, 0))),
                round(2, "2027-12-01", None),
            ],
            answers: vec![answer(1, 1, Some(utc("2027-02-27", 10, 0)))],
            ..Tracker::default()
        }
    }

    #[test]
    fn regression_a_rejection_in_a_later_round_ends_the_delay_of_an_earlier_one() {
        // 28 days after the 3-month due date: five recommendations are late.
        let now = utc("2027-03-29", 12, 0);
        let mut tracker = tracker();
        assert_eq!(tracker.status(2, now).overdue_days, 28);
        assert_eq!(tracker.summary(now).overdue, 5);
        // The government rejects recommendation 2, with its justification, in the 12-month
        // round, and publishes that round eight months early.
        tracker
            .answers
            .push(answer(2, 2, Some(utc("2027-03-29", 9, 0))));
        tracker.rounds[1].published_at = Some(utc("2027-03-29", 9, 0));
        let first = tracker.rounds[0].clone();
        assert_eq!(tracker.answer_overdue_days(2, &first, now), 0);
        assert_eq!(tracker.status(2, now).overdue_days, 0, "no longer late");
        assert_eq!(
            tracker.status(2, now).position,
            Some(klero_domain::followup::Position::Rejected)
        );
        assert_eq!(tracker.summary(now).overdue, 4, "the overdue count follows");
        assert_eq!(tracker.awaiting_answer(&first), vec![3, 4, 5, 6]);
    }

    #[test]
    fn a_late_answer_in_a_published_round_ends_its_delay_and_is_marked_late() {
        let now = utc("2027-03-29", 12, 0);
        let mut tracker = tracker();
        // A draft is not an answer given.
        tracker.answers.push(answer(3, 1, None));
        let first = tracker.rounds[0].clone();
        assert_eq!(tracker.answer_overdue_days(3, &first, now), 28);
        assert_eq!(tracker.without_answer(1), vec![2, 4, 5, 6]);
        // Published on its own, 28 days after the due date.
        tracker.answers.retain(|a| a.recommendation != 3);
        tracker.answers.push(answer(3, 1, Some(now)));
        assert_eq!(tracker.answer_overdue_days(3, &first, now), 0);
        assert_eq!(tracker.answer_late_days(3, &first), 28);
        assert_eq!(tracker.answer_late_days(1, &first), 0, "answered in time");
        assert_eq!(tracker.summary(now).overdue, 4);
    }

    #[test]
    fn a_round_published_early_leaves_its_unanswered_recommendations_owed() {
        let mut tracker = tracker();
        tracker.rounds[1].published_at = Some(utc("2027-04-01", 9, 0));
        let second = tracker.rounds[1].clone();
        // Before its due date nothing is late in it; after, what it left unanswered is.
        assert_eq!(
            tracker.answer_overdue_days(4, &second, utc("2027-11-30", 12, 0)),
            0
        );
        assert_eq!(
            tracker.answer_overdue_days(4, &second, utc("2027-12-03", 12, 0)),
            2
        );
        // Recommendation 1 was answered in the 3-month round only: the 12-month one still owes it.
        assert_eq!(
            tracker.awaiting_answer(&second),
            (1..=6).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_public_copy_keeps_only_published_answers() {
        let mut tracker = tracker();
        tracker.answers.push(answer(3, 1, None));
        tracker.answers.push(answer(4, 2, None));
        let public = tracker.public();
        assert_eq!(public.answers.len(), 1);
        assert_eq!(public.answers[0].recommendation, 1);
    }

    #[test]
    fn answers_of_format_1_take_their_rounds_publication() {
        let mut tracker = tracker();
        let published = tracker.rounds[0].published_at;
        tracker.answers[0].published_at = None;
        tracker.answers.push(answer(5, 2, None));
        tracker.date_answers_by_round();
        assert_eq!(tracker.answers[0].published_at, published);
        assert_eq!(tracker.answers[1].published_at, None, "round 2 is a draft");
    }
}
