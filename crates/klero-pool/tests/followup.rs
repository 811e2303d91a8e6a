//! The follow-up tracker as CSV: what is written reads back to the same tracker, a plain
//! recommendations list reads from CSV or a workbook, and bad input gives every problem with its
//! line and column, never a panic.

use klero_domain::assembly::Date;
use klero_domain::followup::input::{AnswerInput, Milestone, RecommendationInput, Vote};
use klero_domain::followup::tracker::{Answer, Round, RoundChange, Tracker, VerdictRecord};
use klero_domain::followup::{Position, Verdict};
use klero_domain::lang::{Lang, Localised};
use klero_pool::Problem;
use klero_pool::followup::{TRACKER_COLUMNS, read_tracker, write_tracker_csv};
use proptest::prelude::*;

use crate::common::{assert_problem, show};
use crate::spreadsheet::xlsx;

/// 2025-06-01 12:00 UTC.
const NOW: i64 = 1_748_779_200;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn long_justification() -> String {
    "The measure would cost more than the region's whole budget for transport, and the \
     federal rail company runs the night trains, not the region."
        .to_owned()
}

/// A round as the law needs it: its creation as its only change.
fn round(number: u32, months: Option<u32>, due_on: Date, published_at: Option<i64>) -> Round {
    Round {
        number,
        label: Localised::new(),
        months,
        due_on,
        published_at,
        changes: vec![RoundChange {
            at: published_at.unwrap_or(0),
            from: None,
            to: due_on,
            reason: String::new(),
        }],
    }
}

fn verdicts(recommendation: u32, round: u32, at: i64, counts: [u32; 3]) -> Vec<VerdictRecord> {
    Verdict::ALL
        .into_iter()
        .zip(counts)
        .flat_map(|(verdict, n)| {
            (0..n).map(move |_| VerdictRecord {
                recommendation,
                round,
                verdict,
                comment: String::new(),
                at,
            })
        })
        .collect()
}

/// Two recommendations, two rounds (the first published), three answers and verdicts.
fn sample() -> Tracker {
    let published = 1_743_000_000;
    let mut first_round = round(1, Some(3), date("2025-03-01"), Some(published));
    first_round.label = Localised::new()
        .with(Lang::Nl, "Eerste ronde")
        .with(Lang::En, "First round");
    Tracker {
        handed_over_on: Some(date("2024-12-01")),
        recommendations: vec![
            RecommendationInput {
                number: 1,
                title: Localised::new()
                    .with(Lang::Nl, "Nachttreinen")
                    .with(Lang::Fr, "Trains de nuit"),
                text: Localised::new().with(
                    Lang::Nl,
                    "Rijd elke nacht, ook \"in het weekend\";\nen op feestdagen, zonder toeslag.",
                ),
                theme: Localised::new().with(Lang::En, "Mobility"),
                vote: Some(Vote {
                    r#for: 41,
                    against: 7,
                    abstain: 2,
                    rule: "2/3".to_owned(),
                }),
            },
            RecommendationInput {
                number: 7,
                title: Localised::new().with(Lang::De, "Radwege"),
                text: Localised::new().with(Lang::De, "Mehr Radwege, getrennt vom Verkehr."),
                theme: Localised::new(),
                vote: None,
            },
        ],
        rounds: vec![first_round, round(2, Some(12), date("2025-12-01"), None)],
        answers: vec![
            Answer {
                recommendation: 1,
                round: 1,
                body: AnswerInput {
                    position: Position::Accepted,
                    referred_to: String::new(),
                    measures: Localised::new().with(Lang::Nl, "Een proef, dan elke nacht."),
                    justification: Localised::new(),
                    department: "Mobiliteit, Openbare Werken".to_owned(),
                    budget: "€ 2.4 million over 3 years".to_owned(),
                    deadline: Some(date("2026-06-30")),
                    progress: 40,
                    milestones: vec![
                        Milestone {
                            on: date("2025-09-01"),
                            what: "trial, Brussels–Liège".to_owned(),
                        },
                        Milestone {
                            on: date("2026-01-01"),
                            what: "every night".to_owned(),
                        },
                    ],
                },
                updated_at: published - 3_600,
                published_at: Some(published),
            },
            Answer {
                recommendation: 7,
                round: 1,
                body: AnswerInput {
                    position: Position::OutsidePowers,
                    referred_to: "the municipalities".to_owned(),
                    measures: Localised::new(),
                    justification: Localised::new().with(Lang::En, &long_justification()),
                    department: String::new(),
                    budget: String::new(),
                    deadline: None,
                    progress: 0,
                    milestones: Vec::new(),
                },
                updated_at: published - 7_200,
                published_at: Some(published),
            },
            // A draft in the unpublished round.
            Answer {
                recommendation: 7,
                round: 2,
                body: AnswerInput {
                    position: Position::UnderStudy,
                    referred_to: String::new(),
                    measures: Localised::new(),
                    justification: Localised::new().with(Lang::Fr, &long_justification()),
                    department: String::new(),
                    budget: String::new(),
                    deadline: None,
                    progress: 5,
                    milestones: Vec::new(),
                },
                updated_at: published + 86_400,
                published_at: None,
            },
        ],
        verdicts: [
            verdicts(1, 1, published, [2, 1, 0]),
            verdicts(7, 1, published, [0, 1, 3]),
        ]
        .concat(),
        questions: Vec::new(),
        events: Vec::new(),
    }
}

/// The tracker with its verdicts in a canonical order, for comparison.
fn canonical(mut tracker: Tracker) -> Tracker {
    tracker
        .verdicts
        .sort_by_key(|v| (v.recommendation, v.round, v.verdict));
    tracker
}

fn read_ok(file: &str, bytes: &[u8]) -> Tracker {
    match read_tracker(file, bytes) {
        Ok(tracker) => tracker,
        Err(problems) => panic!("unexpected problems: {}", show(&problems)),
    }
}

fn read_err(file: &str, bytes: &[u8]) -> Vec<Problem> {
    match read_tracker(file, bytes) {
        Ok(tracker) => panic!("the input was accepted: {tracker:?}"),
        Err(problems) => {
            assert!(!problems.is_empty(), "an error without a problem");
            problems
        }
    }
}

#[test]
fn the_columns_are_the_documented_ones() {
    assert_eq!(TRACKER_COLUMNS.len(), 48);
    let mut names = TRACKER_COLUMNS.to_vec();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), TRACKER_COLUMNS.len(), "a column twice");
    let csv = write_tracker_csv(&Tracker::default(), NOW);
    assert_eq!(csv, format!("{}\n", TRACKER_COLUMNS.join(",")));
    // Every column is documented, in order.
    let doc = include_str!("../../../docs/open-data.md");
    let mut at = 0;
    for column in TRACKER_COLUMNS {
        let needle = format!("| `{column}` |");
        let found = doc[at..].find(&needle);
        assert!(found.is_some(), "`{column}` is not documented in order");
        at += found.unwrap();
    }
}

#[test]
fn a_tracker_reads_back_as_written() {
    let tracker = sample();
    let csv = write_tracker_csv(&tracker, NOW);
    // Two recommendations times two rounds, after the header.
    assert_eq!(
        csv.matches("\n1,").count() + csv.matches("\n7,").count(),
        4,
        "{csv}"
    );
    let back = read_ok("tracker.csv", csv.as_bytes());
    assert_eq!(canonical(back), canonical(tracker));
}

/// Regression (issue 25, finding 6): text typed as a formula was written unchanged, and a
/// spreadsheet opening `tracker.csv` ran it. Every such cell now begins with an apostrophe, and
/// the file still reads back to the same tracker.
#[test]
fn formulas_are_neutralised_and_read_back() {
    let mut tracker = sample();
    tracker.recommendations[0].title = Localised::new()
        .with(Lang::Nl, "=HYPERLINK(\"http://evil.example\",\"click\")")
        .with(Lang::Fr, "+1");
    tracker.recommendations[0].theme = Localised::new().with(Lang::En, "-1+2");
    tracker.recommendations[1].title = Localised::new().with(Lang::De, "'=already quoted");
    tracker.answers[0].body.department = "@SUM(A1:A9)".to_owned();
    tracker.answers[0].body.budget = "'s-Hertogenbosch pays".to_owned();
    let csv = write_tracker_csv(&tracker, NOW);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    let cells: Vec<String> = reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    for cell in &cells {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "`{cell}` would run as a formula"
        );
    }
    for written in [
        "'=HYPERLINK(\"http://evil.example\",\"click\")",
        "'+1",
        "'-1+2",
        "''=already quoted",
        "'@SUM(A1:A9)",
        "'s-Hertogenbosch pays",
    ] {
        assert!(cells.iter().any(|c| c == written), "{written} in {csv}");
    }
    let back = read_ok("tracker.csv", csv.as_bytes());
    assert_eq!(canonical(back), canonical(tracker));
}

#[test]
fn the_computed_columns_are_written_and_ignored() {
    let tracker = sample();
    let csv = write_tracker_csv(&tracker, NOW);
    let rows: Vec<&str> = csv.lines().collect();
    // The last line: recommendation 7 in round 2, whose latest published answer is round 1's.
    let last = rows.last().unwrap();
    assert!(last.ends_with(",outside_powers,0"), "{last}");
    // Round 2 is due on 2025-12-01, after NOW: nothing overdue. Later, it is.
    let later = NOW + 200 * 86_400;
    let days = tracker.status(1, later).overdue_days;
    assert!(days > 0);
    let csv_later = write_tracker_csv(&tracker, later);
    assert!(
        csv_later.contains(&format!(",accepted,{days}\n")),
        "{csv_later}"
    );
    // Changed computed cells do not matter.
    let edited = csv.replace(",outside_powers,0\n", ",unanswered,999\n");
    assert_ne!(edited, csv);
    let back = read_ok("tracker.csv", edited.as_bytes());
    assert_eq!(canonical(back), canonical(tracker));
}

#[test]
fn recommendations_without_rounds_get_one_row_each() {
    let mut tracker = sample();
    tracker.rounds.clear();
    tracker.answers.clear();
    tracker.verdicts.clear();
    tracker.handed_over_on = None;
    let csv = write_tracker_csv(&tracker, NOW);
    // The header, then one row for each (the first spans two lines).
    assert_eq!(csv.matches(",unanswered,0\n").count(), 2, "{csv}");
    let back = read_ok("tracker.csv", csv.as_bytes());
    assert_eq!(back, tracker);
    // Header only: an empty tracker.
    let empty = write_tracker_csv(&Tracker::default(), NOW);
    assert_eq!(read_ok("t.csv", empty.as_bytes()), Tracker::default());
}

#[test]
fn a_plain_recommendations_list_with_semicolons_and_a_bom() {
    let text = "\u{feff} Title_NL ;NUMBER;text_nl;Text_FR;theme_en;vote_for;vote_against;vote_abstain;vote_rule\r\n\
                Nachttreinen;1;Elke nacht;Chaque nuit;Mobility;41;7;2;2/3\r\n\
                \r\n\
                \"Fietsen; overal\";2;\"Meer fietspaden,\r\nveilig\";;;;;;\r\n";
    let tracker = read_ok("aanbevelingen.csv", text.as_bytes());
    assert_eq!(tracker.handed_over_on, None);
    assert!(tracker.rounds.is_empty() && tracker.answers.is_empty());
    assert!(tracker.verdicts.is_empty() && tracker.questions.is_empty());
    assert_eq!(
        tracker.recommendations,
        vec![
            RecommendationInput {
                number: 1,
                title: Localised::new().with(Lang::Nl, "Nachttreinen"),
                text: Localised::new()
                    .with(Lang::Nl, "Elke nacht")
                    .with(Lang::Fr, "Chaque nuit"),
                theme: Localised::new().with(Lang::En, "Mobility"),
                vote: Some(Vote {
                    r#for: 41,
                    against: 7,
                    abstain: 2,
                    rule: "2/3".to_owned(),
                }),
            },
            RecommendationInput {
                number: 2,
                title: Localised::new().with(Lang::Nl, "Fietsen; overal"),
                text: Localised::new().with(Lang::Nl, "Meer fietspaden,\r\nveilig"),
                theme: Localised::new(),
                vote: None,
            },
        ]
    );
}

#[test]
fn a_recommendations_workbook() {
    let text = "number,title_en,text_en,vote_for,vote_against,vote_rule\n\
                3,Night trains,Every night,30,2,2/3\n\
                1,Cycle lanes,Separate from traffic\n";
    let tracker = read_ok("Recommendations.XLSX", &xlsx(text));
    let numbers: Vec<u32> = tracker.recommendations.iter().map(|r| r.number).collect();
    assert_eq!(numbers, vec![1, 3]);
    let trains = tracker.recommendation(3).unwrap();
    assert_eq!(trains.title.exact(Lang::En), Some("Night trains"));
    assert_eq!(
        trains.vote,
        Some(Vote {
            r#for: 30,
            against: 2,
            abstain: 0,
            rule: "2/3".to_owned(),
        })
    );
    // Problems in a workbook are located by row.
    let bad = "number,title_en,text_en\n1,Trains,\n0,Lanes,Everywhere\n";
    let found = read_err("r.xlsx", &xlsx(bad));
    assert_eq!(found.len(), 2, "{}", show(&found));
    assert_problem(
        &found,
        "r.xlsx",
        Some(2),
        Some("text_en"),
        "at least one language",
    );
    assert_problem(
        &found,
        "r.xlsx",
        Some(3),
        Some("number"),
        "whole number in range",
    );
    // A damaged workbook is a problem.
    let good = xlsx(text);
    let found = read_err("r.xlsx", &good[..good.len() / 2]);
    assert!(found.iter().all(|p| p.file == "r.xlsx"), "{}", show(&found));
}

#[test]
fn every_problem_at_once_with_line_and_column() {
    // The written header with a column renamed.
    let csv = write_tracker_csv(&sample(), NOW);
    let renamed = csv.replacen(",status,", ",colour,", 1);
    let found = read_err("t.csv", renamed.as_bytes());
    assert_problem(&found, "t.csv", Some(1), Some("colour"), "unknown column");
    assert_eq!(found.len(), 1, "{}", show(&found));

    // A file written by hand.
    let text = "\
number,title_en,text_en,handed_over_on,round,round_due_on,round_published_at,position,justification_en,deadline,verdicts_partly,colour
1,Trains,Every night,2024-12-01,1,2025-03-01,1743000000,accepted,,2026-02-30,1,blue
1,Trains,Every night,2024-12-01,2,2025-12-01,,rejected,Too dear.,,,
2,Lanes,Separate,2024-12-02,1,2025-03-02,1743000000,outside_powers,,,,
2,Lanes,Separate,,1,2025-03-01,1743000000,,,,,
3,Bus,More buses,,,,,accepted,,,,
4,Tram,,2024-12-01,1,2025-03-01,1743000000,maybe,,,,
5,Metro,More metro,,99999999999999999999,2025-03-01,,,,,4294967296,
";
    let found = read_err("t.csv", text.as_bytes());
    let expect: &[(Option<u64>, Option<&str>, &str)] = &[
        (Some(1), Some("colour"), "unknown column"),
        (Some(2), Some("deadline"), "must be a date YYYY-MM-DD"),
        (
            Some(3),
            Some("justification_en"),
            "needs a justification of at least 100 characters",
        ),
        (Some(4), Some("handed_over_on"), "differs from line 2"),
        (
            Some(4),
            Some("round_due_on"),
            "`2025-03-02` here but `2025-03-01` on line 2",
        ),
        (Some(4), Some("referred_to"), "name the authority"),
        (Some(4), Some("justification_en"), "needs a justification"),
        (Some(5), Some("round"), "already on line 4"),
        (Some(6), Some("round"), "is empty"),
        (Some(7), Some("text_en"), "at least one language"),
        (
            Some(7),
            Some("position"),
            "must be one of: accepted, partially_accepted",
        ),
        (Some(8), Some("round"), "whole number in range"),
        (
            Some(8),
            Some("verdicts_partly"),
            "whole number in range (0 to 10000)",
        ),
    ];
    for (line, column, words) in expect {
        assert_problem(&found, "t.csv", *line, *column, words);
    }
    assert_eq!(found.len(), expect.len(), "{}", show(&found));
}

#[test]
fn inconsistent_rows_are_problems() {
    let csv = write_tracker_csv(&sample(), NOW);
    let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    // The last row (recommendation 7, round 2): another title, and round 2 published.
    let last = lines.pop().unwrap();
    let changed = last.replacen("7,,,,Radwege,", "7,,,,Radwege!,", 1);
    assert_ne!(changed, last);
    lines.push(changed);
    let text = lines.join("\n");
    let line = u64::try_from(text.lines().count()).unwrap();
    let found = read_err("t.csv", text.as_bytes());
    assert_problem(
        &found,
        "t.csv",
        Some(line),
        Some("title_de"),
        "recommendation 7 must be the same on all its rows",
    );
    assert_eq!(found.len(), 1, "{}", show(&found));
}

#[test]
fn missing_and_repeated_columns() {
    let found = read_err("r.csv", b"Number,title_en,theme_en,NUMBER\n1,a,b,1\n");
    assert_problem(&found, "r.csv", Some(1), Some("number"), "appears twice");
    assert_problem(
        &found,
        "r.csv",
        Some(1),
        None,
        "`text_en` or `text_de` column",
    );
    assert_eq!(found.len(), 2, "{}", show(&found));
    let found = read_err("r.csv", b"title_en,text_en\nA,B\n");
    assert_problem(&found, "r.csv", Some(1), Some("number"), "missing");
    let found = read_err("r.csv", b"number,title_en,text_en,\n1,A,B,\n2,C,D,x\n");
    assert_problem(&found, "r.csv", Some(3), None, "column 4 has no name");
    assert_eq!(found.len(), 1, "{}", show(&found));
}

#[test]
fn odd_input_is_a_problem_not_a_crash() {
    for bytes in [
        &b""[..],
        b"\xEF\xBB\xBF",
        b"\n\n  \n",
        b"number,title_en,text_en\n1,\xff\xfe,text\n",
        b"number,title_en,text_en\n1,a\n2,b,c,d,e\n",
        b"number,title_en,text_en\n\"1,a,b\n",
        b"number,title_en,text_en,verdicts_satisfied,round,round_due_on\n1,a,b,10000,1,2025-01-01\n",
    ] {
        if let Err(found) = read_tracker("x.csv", bytes) {
            assert!(!found.is_empty());
            assert!(found.iter().all(|p| p.file == "x.csv"), "{}", show(&found));
        }
    }
    let found = read_err("x.csv", b"");
    assert_problem(&found, "x.csv", None, None, "the file is empty");
    let found = read_err("x.csv", b"number,title_en,text_en\n1,\xff\xfe,text\n");
    assert_problem(&found, "x.csv", Some(2), Some("title_en"), "UTF-8");
    let found = read_err("x.ods", b"number,title_en,text_en\n1,a,b\n");
    assert_problem(&found, "x.ods", None, None, "spreadsheet");
    // Ragged rows: a short row has empty cells; a long row's extra cells have no column.
    let tracker = read_ok("x.csv", b"number,title_en,text_en\n1,a,b,\n2,c,d\n");
    assert_eq!(tracker.recommendations.len(), 2);
    let found = read_err("x.csv", b"number,title_en,text_en\n1,a\n");
    assert_problem(
        &found,
        "x.csv",
        Some(2),
        Some("text_en"),
        "at least one language",
    );
}

/// Text as the domain keeps it: trimmed, not empty; it may begin like a formula (`=`, `+`, `-`,
/// `@`, apostrophes), which the CSV neutralises and reads back.
fn text(max: usize) -> impl Strategy<Value = String> {
    let inner =
        proptest::string::string_regex(&format!("[A-Za-z0-9éß ,;\"'\n-]{{0,{max}}}")).unwrap();
    ("'{0,2}[A-Za-z0-9éß=+@-]", inner, "[A-Za-z0-9.!?]").prop_map(|(a, b, c)| format!("{a}{b}{c}"))
}

/// A line of text (no line break), maybe beginning like a formula.
fn line_text() -> impl Strategy<Value = String> {
    "'?[A-Za-z0-9é=+@-]([A-Za-z0-9é ,;\"-]{0,12}[A-Za-z0-9é])?"
}

fn localised(required: bool) -> impl Strategy<Value = Localised> {
    (
        prop::collection::vec(prop::option::of(text(20)), 4),
        text(10),
    )
        .prop_map(move |(texts, fallback)| {
            let mut out = Localised::new();
            for (lang, t) in Lang::ALL.into_iter().zip(texts) {
                out.set(lang, t.as_deref().unwrap_or(""));
            }
            if required && out.is_empty() {
                out.set(Lang::En, &fallback);
            }
            out
        })
}

fn any_date() -> impl Strategy<Value = Date> {
    (1900u16..=2999, 1u8..=12, 1u8..=31).prop_map(|(y, m, d)| {
        Date::from_ymd(y, m, d)
            .or_else(|| Date::from_ymd(y, m, 28))
            .unwrap()
    })
}

fn recommendation(number: u32) -> impl Strategy<Value = RecommendationInput> {
    (
        localised(true),
        localised(true),
        localised(false),
        prop::option::of((0u32..=1_000_000, 0u32..500, 0u32..500, line_text())),
    )
        .prop_map(move |(title, text, theme, vote)| RecommendationInput {
            number,
            title,
            text,
            theme,
            vote: vote.map(|(r#for, against, abstain, rule)| Vote {
                r#for,
                against,
                abstain,
                rule,
            }),
        })
}

fn answer_body() -> impl Strategy<Value = AnswerInput> {
    (
        prop::sample::select(Position::ALL.to_vec()),
        prop::option::of(line_text()),
        localised(false),
        localised(false),
        "[a-z]{100,120}",
        (
            prop::option::of(line_text()),
            prop::option::of(line_text()),
            prop::option::of(any_date()),
            0u8..=100,
            prop::collection::vec((any_date(), line_text()), 0..3),
        ),
    )
        .prop_map(
            |(
                position,
                referred_to,
                measures,
                mut justification,
                long,
                (department, budget, deadline, progress, milestones),
            )| {
                if position.needs_justification() {
                    justification.set(Lang::Fr, &long);
                }
                let mut referred_to = referred_to.unwrap_or_default();
                if position == Position::OutsidePowers && referred_to.is_empty() {
                    referred_to = "the region".to_owned();
                }
                AnswerInput {
                    position,
                    referred_to,
                    measures,
                    justification,
                    department: department.unwrap_or_default(),
                    budget: budget.unwrap_or_default(),
                    deadline,
                    progress,
                    milestones: milestones
                        .into_iter()
                        .map(|(on, what)| Milestone { on, what })
                        .collect(),
                }
            },
        )
}

fn a_round(number: u32) -> impl Strategy<Value = Round> {
    (
        localised(false),
        prop::option::of(0u32..=1_200),
        any_date(),
        prop::option::of(a_moment()),
    )
        .prop_map(move |(label, months, due_on, published_at)| {
            let mut r = round(number, months, due_on, published_at);
            r.label = label;
            r
        })
}

/// A moment from 1900 to 2100 (the CSV writes moments as ISO 8601 text, years 1 to 9999).
fn a_moment() -> impl Strategy<Value = i64> {
    -2_208_988_800i64..=4_102_444_800
}

/// A small tracker the CSV holds entirely (see the round-trip law).
fn small_tracker() -> impl Strategy<Value = Tracker> {
    (
        prop::collection::btree_set(1u32..=9_999, 1..4),
        prop::collection::btree_set(1u32..=30, 0..3),
        prop::option::of(any_date()),
    )
        .prop_flat_map(|(numbers, round_numbers, handed_over_on)| {
            let recommendations: Vec<_> = numbers.iter().map(|&n| recommendation(n)).collect();
            let rounds: Vec<_> = round_numbers.iter().map(|&n| a_round(n)).collect();
            let pairs = numbers.len() * round_numbers.len();
            let answers =
                prop::collection::vec(prop::option::of((answer_body(), a_moment())), pairs);
            let counts = prop::collection::vec([0u32..3, 0u32..3, 0u32..3], pairs);
            (
                Just(handed_over_on),
                recommendations,
                rounds,
                answers,
                counts,
            )
        })
        .prop_map(
            |(handed_over_on, recommendations, rounds, answers, counts)| {
                let mut tracker = Tracker {
                    handed_over_on,
                    recommendations,
                    rounds,
                    ..Tracker::default()
                };
                let pairs: Vec<(u32, &Round)> = tracker
                    .recommendations
                    .iter()
                    .flat_map(|rec| tracker.rounds.iter().map(move |r| (rec.number, r)))
                    .collect();
                let mut all_verdicts = Vec::new();
                let mut all_answers = Vec::new();
                for (((number, round), answer), counts) in
                    pairs.into_iter().zip(answers).zip(counts)
                {
                    if let Some((body, updated_at)) = answer {
                        all_answers.push(Answer {
                            recommendation: number,
                            round: round.number,
                            body,
                            updated_at,
                            published_at: round.published_at,
                        });
                    }
                    all_verdicts.extend(verdicts(
                        number,
                        round.number,
                        round.published_at.unwrap_or(0),
                        counts,
                    ));
                }
                tracker.answers = all_answers;
                tracker.verdicts = all_verdicts;
                tracker
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_small_tracker_reads_back_as_written(tracker in small_tracker(), now in any::<i64>()) {
        let csv = write_tracker_csv(&tracker, now);
        let back = read_tracker("t.csv", csv.as_bytes());
        prop_assert!(back.is_ok(), "{}\n{csv}", show(&back.clone().unwrap_err()));
        prop_assert_eq!(canonical(back.unwrap()), canonical(tracker));
    }

    #[test]
    fn any_bytes_are_read_without_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_tracker("x.csv", &bytes);
        let _ = read_tracker("x.xlsx", &bytes);
    }

    #[test]
    fn any_cells_under_the_header_are_read_without_a_panic(
        columns in prop::collection::vec(prop::sample::select(TRACKER_COLUMNS.to_vec()), 1..12),
        rows in prop::collection::vec(
            prop::collection::vec("[0-9]{0,25}|-?[0-9]{1,3}|20[0-9]{2}-[01][0-9]-[0-3][0-9]|[a-z_ ]{0,12}", 0..14),
            0..6,
        ),
    ) {
        let mut text = columns.join(",");
        for row in rows {
            text.push('\n');
            text.push_str(&row.join(","));
        }
        if let Err(found) = read_tracker("x.csv", text.as_bytes()) {
            prop_assert!(!found.is_empty());
        }
    }
}

/// Moments are written in ISO 8601 with the offset (issue 23: Unix seconds were unreadable for
/// people); a file written before, with seconds, still reads back to the same tracker.
#[test]
fn moments_are_iso_8601_with_the_offset_and_seconds_still_read() {
    let tracker = sample();
    let csv = write_tracker_csv(&tracker, NOW);
    assert!(csv.contains(",2025-03-26T14:40:00+00:00,"), "{csv}");
    assert!(
        csv.contains(",2025-03-26T13:40:00+00:00,"),
        "answered_at: {csv}"
    );
    assert!(!csv.contains("1743000000"), "no Unix seconds: {csv}");
    let old = csv
        .replace("2025-03-26T14:40:00+00:00", "1743000000")
        .replace("2025-03-26T13:40:00+00:00", "1742996400");
    assert_eq!(
        canonical(read_ok("old.csv", old.as_bytes())),
        canonical(tracker.clone())
    );
    // Any offset reads: the same moment in Brussels' winter time.
    let brussels = csv.replace("2025-03-26T14:40:00+00:00", "2025-03-26T15:40:00+01:00");
    assert_eq!(
        canonical(read_ok("b.csv", brussels.as_bytes())),
        canonical(tracker)
    );
    let bad = csv.replacen("2025-03-26T14:40:00+00:00", "2025-03-26 14:40", 1);
    let found = read_err("bad.csv", bad.as_bytes());
    assert!(
        show(&found).contains("ISO 8601"),
        "the message names the form: {}",
        show(&found)
    );
}
