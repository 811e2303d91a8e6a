//! Bad input: every problem comes back at once, each located by file, line and column.

use klero_pool::LoadOptions;

use crate::common::{FEATURES, PEOPLE, assert_problem, options, pool, problems, show};

#[test]
fn the_small_pool_is_valid() {
    let pool = pool(FEATURES, PEOPLE, &options(3));
    assert_eq!(pool.instance.people().len(), 4);
    assert_eq!(pool.people_lines, vec![2, 3, 4, 5]);
    assert_eq!(pool.feature_columns, vec![1, 2]);
    assert_eq!(pool.id_column, 0);
}

#[test]
fn an_unknown_value_is_located() {
    let people = PEOPLE.replace("p3,female,old", "p3,robot,old");
    let found = problems(FEATURES, &people, &options(3));
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "people.csv",
        Some(4),
        Some("gender"),
        "unknown value `robot` (expected one of: female, male)",
    );
    assert_eq!(
        found[0].to_string(),
        "people.csv:4: column `gender`: unknown value `robot` (expected one of: female, male)"
    );
}

#[test]
fn a_person_missing_a_value_is_located() {
    let people = PEOPLE.replace("p2,male,old", "p2,male,  ");
    let found = problems(FEATURES, &people, &options(3));
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(&found, "people.csv", Some(3), Some("age"), "empty cell");
}

#[test]
fn a_missing_feature_column_is_reported_on_the_header() {
    let people = "id,gender\np1,female\np2,male\np3,female\n";
    let found = problems(FEATURES, people, &options(3));
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "people.csv",
        Some(1),
        None,
        "the header has no column for feature `age`",
    );
}

#[test]
fn duplicate_ids_name_the_first_line() {
    let people = format!("{PEOPLE}p2,female,young\n");
    let found = problems(FEATURES, &people, &options(3));
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "people.csv",
        Some(6),
        Some("id"),
        "id `p2` is already used on line 3",
    );
}

#[test]
fn an_empty_id_is_a_problem() {
    let people = PEOPLE.replace("p4,", " ,");
    let found = problems(FEATURES, &people, &options(3));
    assert_problem(&found, "people.csv", Some(5), Some("id"), "empty id");
}

#[test]
fn min_above_max_is_located() {
    let features = FEATURES.replace("age,old,0,3", "age,old,3,2");
    let found = problems(&features, PEOPLE, &options(3));
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "features.csv",
        Some(5),
        Some("min"),
        "min 3 is above max 2",
    );
}

#[test]
fn flexible_bounds_must_enclose_the_quota() {
    let features = "feature,value,min,max,min_flex,max_flex\n\
                    gender,female,1,2,2,2\n\
                    gender,male,1,2,0,1\n\
                    age,young,0,3,,\n\
                    age,old,0,3,,\n";
    let found = problems(features, PEOPLE, &options(3));
    assert_eq!(found.len(), 2, "{}", show(&found));
    assert_problem(
        &found,
        "features.csv",
        Some(2),
        Some("min_flex"),
        "min_flex 2 is above min 1",
    );
    assert_problem(
        &found,
        "features.csv",
        Some(3),
        Some("max_flex"),
        "max_flex 1 is below max 2",
    );
}

/// Minimums adding up to more than the panel size, or maximums to less, are infeasible quotas,
/// not bad input: the files are read, and the engine's feasibility check explains the conflict
/// (the command line's exit code 1, with the smallest relaxation).
#[test]
fn quota_sums_that_miss_the_panel_size_are_read_and_found_infeasible() {
    let too_many = FEATURES
        .replace("age,young,0,3", "age,young,2,3")
        .replace("age,old,0,3", "age,old,2,3");
    let too_few = FEATURES.replace("gender,male,1,2", "gender,male,0,0");
    for (features, category) in [(too_many, "age"), (too_few, "gender")] {
        assert_ne!(features, FEATURES);
        let read = pool(&features, PEOPLE, &options(3));
        let why = klero_select::check_feasibility(&read.instance).unwrap_err();
        let words = why.explanation.join(" ");
        assert!(words.contains(category), "{category}: {words}");
    }
    // A panel larger than the pool is still bad input.
    let found = problems(FEATURES, PEOPLE, &options(5));
    assert_problem(
        &found,
        "people.csv",
        None,
        None,
        "the pool has 4 people, fewer than the panel size 5",
    );
}

#[test]
fn an_empty_pool_is_a_problem() {
    let found = problems(FEATURES, "id,gender,age\n\n", &options(3));
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(&found, "people.csv", None, None, "the pool is empty");
}

#[test]
fn empty_files_are_problems() {
    let found = problems("", "", &options(3));
    assert_eq!(found.len(), 2, "{}", show(&found));
    assert_problem(&found, "features.csv", None, None, "the file is empty");
    assert_problem(&found, "people.csv", None, None, "the file is empty");
    let found = problems("feature,value,min,max\n", PEOPLE, &options(3));
    assert_problem(&found, "features.csv", None, None, "no category is defined");
}

#[test]
fn a_zero_panel_size_is_a_problem() {
    let found = problems(FEATURES, PEOPLE, &options(0));
    assert_problem(&found, "people.csv", None, None, "panel size");
}

#[test]
fn three_errors_in_one_file_give_three_problems() {
    let people = "id,gender,age\n\
                  p1,robot,young\n\
                  p2,male,\n\
                  p3,female,old\n\
                  p1,male,old\n";
    let found = problems(FEATURES, people, &options(3));
    assert_eq!(found.len(), 3, "{}", show(&found));
    assert_problem(&found, "people.csv", Some(2), Some("gender"), "robot");
    assert_problem(&found, "people.csv", Some(3), Some("age"), "empty cell");
    assert_problem(
        &found,
        "people.csv",
        Some(5),
        Some("id"),
        "already used on line 2",
    );
}

#[test]
fn problems_in_both_files_come_back_together() {
    let features = "feature,value,min,max\n\
                    gender,female,1,2\n\
                    gender,male,one,2\n\
                    age,young,0,3\n\
                    age,old,2,1\n\
                    age,young,0,1\n";
    let people = PEOPLE.replace("p1,female,young", "p1,female,middle");
    let found = problems(features, &people, &options(3));
    assert_eq!(found.len(), 4, "{}", show(&found));
    assert_problem(
        &found,
        "features.csv",
        Some(3),
        Some("min"),
        "`one` is not a whole number",
    );
    assert_problem(
        &found,
        "features.csv",
        Some(5),
        Some("min"),
        "min 2 is above max 1",
    );
    assert_problem(
        &found,
        "features.csv",
        Some(6),
        Some("value"),
        "value `young` of feature `age` is already defined on line 4",
    );
    assert_problem(
        &found,
        "people.csv",
        Some(2),
        Some("age"),
        "unknown value `middle`",
    );
}

#[test]
fn a_missing_header_column_is_named() {
    let features = "feature,value,min\ngender,female,1\n";
    let found = problems(features, PEOPLE, &options(3));
    assert_problem(
        &found,
        "features.csv",
        Some(1),
        None,
        "the header lacks the column `max`",
    );
    let features = "name,min\nfemale,1\n";
    let found = problems(features, PEOPLE, &options(3));
    assert_problem(
        &found,
        "features.csv",
        Some(1),
        None,
        "lacks the columns `feature` (or `category`), `max`",
    );
}

#[test]
fn unreadable_numbers_are_located() {
    for (bad, words) in [
        ("-1", "is negative"),
        ("1.5", "not a whole number"),
        ("99999999999", "too large"),
        ("", "empty cell"),
        ("x", "not a whole number"),
    ] {
        let features = FEATURES.replace("age,old,0,3", &format!("age,old,0,{bad}"));
        let found = problems(&features, PEOPLE, &options(3));
        assert_eq!(found.len(), 1, "{bad}: {}", show(&found));
        assert_problem(&found, "features.csv", Some(5), Some("max"), words);
    }
}

#[test]
fn a_duplicated_value_is_located_whatever_its_case() {
    let features = format!("{FEATURES} Gender , FEMALE ,0,1\n");
    let found = problems(&features, PEOPLE, &options(3));
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "features.csv",
        Some(6),
        Some("value"),
        "already defined on line 2",
    );
}

#[test]
fn a_duplicated_header_column_is_a_problem() {
    let people = "id,gender,age,gender\np1,female,young,male\n";
    let found = problems(FEATURES, people, &options(1));
    assert_problem(
        &found,
        "people.csv",
        Some(1),
        Some("gender"),
        "appears twice in the header (columns 2 and 4)",
    );
    let features = "feature,value,min,max,Min\ngender,female,1,2,1\n";
    let found = problems(features, PEOPLE, &options(3));
    assert_problem(
        &found,
        "features.csv",
        Some(1),
        Some("min"),
        "appears twice",
    );
}

#[test]
fn rows_of_the_wrong_width_are_located() {
    let people = PEOPLE
        .replace("p2,male,old", "p2,male,old,extra")
        .replace("p3,female,old", "p3,female");
    let found = problems(FEATURES, &people, &options(3));
    assert_eq!(found.len(), 2, "{}", show(&found));
    assert_problem(
        &found,
        "people.csv",
        Some(3),
        None,
        "the row has 4 fields, the header has 3",
    );
    assert_problem(
        &found,
        "people.csv",
        Some(4),
        None,
        "the row has 2 fields, the header has 3",
    );
    let features = FEATURES.replace("gender,male,1,2", "gender,male,1,2,9");
    let found = problems(&features, PEOPLE, &options(3));
    // Only the width: the row that could not be read must not make the sums look wrong.
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "features.csv",
        Some(3),
        None,
        "the row has 5 fields",
    );
}

#[test]
fn bytes_that_are_not_utf8_are_located() {
    // `f\xE9male` is Latin-1, as some spreadsheet programs save.
    let mut people = b"id,gender,age\np1,female,young\np2,f\xE9male,old\n".to_vec();
    people.extend_from_slice(b"p3,male,old\np4,male,\xFFyoung\n");
    let found = klero_pool::load_sources(
        crate::common::csv("features.csv", FEATURES),
        klero_pool::Source {
            name: "people.csv",
            bytes: &people,
            kind: klero_pool::Kind::Csv,
        },
        &options(3),
    )
    .unwrap_err();
    assert_problem(
        &found,
        "people.csv",
        Some(3),
        Some("gender"),
        "not valid UTF-8 (and 1 more line)",
    );
    assert_problem(
        &found,
        "people.csv",
        Some(3),
        Some("gender"),
        "unknown value",
    );
    assert_problem(&found, "people.csv", Some(5), Some("age"), "unknown value");
}

#[test]
fn a_missing_id_column_given_by_name_is_named() {
    let options = LoadOptions {
        id_column: Some("unique_id".to_owned()),
        ..options(3)
    };
    let found = problems(FEATURES, PEOPLE, &options);
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "people.csv",
        Some(1),
        None,
        "the id column `unique_id` is not in the header (found: `id`, `gender`, `age`)",
    );
}

#[test]
fn a_missing_address_column_is_named() {
    let options = LoadOptions {
        address_columns: vec!["street".to_owned(), "zip".to_owned()],
        ..options(3)
    };
    let people = PEOPLE
        .replace("id,gender,age", "id,gender,age,Street")
        .replace("young\n", "young,1 Main St\n")
        .replace("old\n", "old,\n");
    let found = problems(FEATURES, &people, &options);
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "people.csv",
        Some(1),
        None,
        "the address column `zip` is not in the header",
    );
    let options = LoadOptions {
        household_column: Some("household".to_owned()),
        ..crate::common::options(3)
    };
    let found = problems(FEATURES, PEOPLE, &options);
    assert_problem(
        &found,
        "people.csv",
        Some(1),
        None,
        "the household column `household` is not in the header",
    );
}

#[test]
fn problems_display_as_file_line_column_message() {
    let problem = klero_pool::Problem {
        file: "people.csv".to_owned(),
        line: Some(14),
        column: Some("gender".to_owned()),
        message: "msg".to_owned(),
    };
    assert_eq!(problem.to_string(), "people.csv:14: column `gender`: msg");
    let problem = klero_pool::Problem {
        line: None,
        column: None,
        ..problem
    };
    assert_eq!(problem.to_string(), "people.csv: msg");
}
