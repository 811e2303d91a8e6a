//! Regression tests, each named after the bug it pins.

use klero_pool::{Kind, LoadOptions, Source, load_sources};
use rust_xlsxwriter::Workbook;

use crate::common::{FEATURES, PEOPLE, assert_problem, options, pool, problems, show};

#[test]
fn a_workbook_with_cells_far_apart_is_a_problem_not_an_abort() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, line) in PEOPLE.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            sheet
                .write_string(u32::try_from(r).unwrap(), u16::try_from(c).unwrap(), cell)
                .unwrap();
        }
    }
    sheet.write_string(1_048_575, 16_383, "far away").unwrap();
    let bytes = workbook.save_to_buffer().unwrap();
    let result = load_sources(
        crate::common::csv("features.csv", FEATURES),
        Source {
            name: "people.xlsx",
            bytes: &bytes,
            kind: Kind::Spreadsheet,
        },
        &options(3),
    );
    // The stray cell is reported where it is, as past the column limit (issue 25).
    let found = result.unwrap_err();
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "people.xlsx",
        Some(1_048_576),
        None,
        "the table has cells beyond column 1,000 (the limit)",
    );
}

#[test]
fn crlf_files_report_problems_on_the_right_line() {
    // The CSV reader starts each record after the `\r` of `\r\n`: every line was one too early.
    let people = PEOPLE
        .replace("p3,female,old", "p3,robot,old")
        .replace('\n', "\r\n");
    let found = problems(FEATURES, &people, &options(3));
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(&found, "people.csv", Some(4), Some("gender"), "`robot`");
    // Blank lines and quoted line breaks count as lines too.
    let people = "id,gender,age\r\n\r\np1,\"fe\r\nmale\",young\r\n\r\n\r\np2,robot,old\r\n";
    let found = problems(FEATURES, people, &options(1));
    assert_problem(
        &found,
        "people.csv",
        Some(3),
        Some("gender"),
        "`fe\r\nmale`",
    );
    assert_problem(&found, "people.csv", Some(7), Some("gender"), "`robot`");
    // Old Mac line ends too.
    let pool = pool(
        &FEATURES.replace('\n', "\r"),
        &PEOPLE.replace('\n', "\r"),
        &options(3),
    );
    assert_eq!(pool.people_lines, vec![2, 3, 4, 5]);
}

#[test]
fn a_feature_named_id_or_household_round_trips() {
    // The canonical people file is `id,<features>,household`: a feature called `id` or
    // `household` made the header look duplicated, and the bundle could not be verified.
    let features = "feature,value,min,max,min_flex,max_flex\n\
                    ID,a,0,2,,\n\
                    ID,b,0,2,,\n\
                    household,alone,0,2,,\n\
                    household,family,0,2,,\n";
    let people = "id,ID,household,household\n\
                  p1,a,alone,\n\
                  p2,b,family,7\n\
                  p3,a,family,7\n";
    let options = LoadOptions {
        id_column: Some("id".to_owned()),
        household_column: Some("household".to_owned()),
        ..options(2)
    };
    let pool = pool(features, people, &options);
    assert_eq!(pool.id_column, 0);
    assert_eq!(pool.feature_columns, vec![1, 2]);
    let read: Vec<(&str, &[u16], Option<u32>)> = pool
        .instance
        .people()
        .iter()
        .map(|p| (p.id.as_str(), p.values.as_slice(), p.household))
        .collect();
    assert_eq!(
        read,
        vec![
            ("p1", &[0, 0][..], None),
            ("p2", &[1, 1][..], Some(0)),
            ("p3", &[0, 1][..], Some(0)),
        ]
    );
    // A column that nothing takes is still reported when it repeats a name.
    let found = problems(features, &people.replace("id,ID,", "id,ID,id,"), &options);
    assert_problem(
        &found,
        "people.csv",
        Some(1),
        Some("id"),
        "appears twice in the header (columns 1 and 3)",
    );
}

#[test]
fn a_column_may_be_a_feature_and_an_address() {
    // Taking columns in order must not stop two uses from sharing the only column of a name.
    let options = LoadOptions {
        address_columns: vec!["age".to_owned()],
        ..options(3)
    };
    let pool = pool(FEATURES, PEOPLE, &options);
    let households: Vec<Option<u32>> = pool.instance.people().iter().map(|p| p.household).collect();
    assert_eq!(households, vec![Some(0), Some(1), Some(1), Some(0)]);
}

#[test]
fn a_features_row_of_the_wrong_width_does_not_cascade() {
    // The row was skipped: its value became unknown to the people file and the sums looked
    // wrong, three problems for one.
    let features = FEATURES.replace("gender,male,1,2", "gender,male,1");
    let found = problems(&features, PEOPLE, &options(3));
    assert_eq!(found.len(), 1, "{}", show(&found));
    assert_problem(
        &found,
        "features.csv",
        Some(3),
        None,
        "the row has 3 fields, the header has 4",
    );
    // An empty value does not make the category's sums look wrong either.
    let features = FEATURES.replace("gender,male,1,2", "gender, ,1,2");
    let found = problems(&features, PEOPLE, &options(3));
    assert_problem(&found, "features.csv", Some(3), Some("value"), "empty cell");
    assert!(
        found.iter().all(|p| !p.message.contains("add up to")),
        "{}",
        show(&found)
    );
}
