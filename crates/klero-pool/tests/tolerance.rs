//! Format tolerance: the variations that practitioners' files show read as the plain file does.

use klero_pool::{Kind, LoadOptions, Source};
use klero_select::Instance;

use crate::common::{FEATURES, PEOPLE, options, pool};

/// The instance of the plain small pool.
fn plain() -> Instance {
    pool(FEATURES, PEOPLE, &options(3)).instance
}

fn assert_reads_as_plain(features: &str, people: &str) {
    assert_eq!(pool(features, people, &options(3)).instance, plain());
}

#[test]
fn semicolons_and_tabs_separate_too() {
    assert_reads_as_plain(&FEATURES.replace(',', ";"), &PEOPLE.replace(',', ";"));
    assert_reads_as_plain(&FEATURES.replace(',', "\t"), &PEOPLE.replace(',', "\t"));
    // Each file is sniffed on its own.
    assert_reads_as_plain(&FEATURES.replace(',', ";"), PEOPLE);
}

#[test]
fn a_byte_order_mark_is_skipped() {
    assert_reads_as_plain(&format!("\u{feff}{FEATURES}"), &format!("\u{feff}{PEOPLE}"));
    assert_reads_as_plain(
        &format!("\u{feff}{}", FEATURES.replace(',', ";")),
        &format!("\u{feff}{}", PEOPLE.replace(',', ";")),
    );
}

#[test]
fn crlf_line_ends_are_read() {
    let pool = pool(
        &FEATURES.replace('\n', "\r\n"),
        &PEOPLE.replace('\n', "\r\n"),
        &options(3),
    );
    assert_eq!(pool.instance, plain());
    assert_eq!(pool.people_lines, vec![2, 3, 4, 5]);
}

#[test]
fn headers_and_values_match_whatever_their_case_and_padding() {
    let features = FEATURES.replace("feature,value,min,max", " Feature ,VALUE, Min,MAX ");
    let people = PEOPLE
        .replace("id,gender,age", " ID , GENDER ,Age")
        .replace("p1,female,young", "p1, FEMALE ,Young")
        .replace("p2,male,old", "  p2  ,Male,OLD\t");
    assert_reads_as_plain(&features, &people);
}

#[test]
fn old_category_name_headers_are_read() {
    let features = FEATURES.replace("feature,value,min,max", "category,name,min,max");
    assert_reads_as_plain(&features, PEOPLE);
}

#[test]
fn extra_columns_are_ignored() {
    // As in the Sortition Foundation's files: suggested quotas and counts beside the real ones.
    let features = "category,name,suggest min,suggest max,Current #,min,max,notes\n\
                    gender,female,1,1,0,1,2,\n\
                    gender,male,,,,1,2,ask again\n\
                    age,young,x,y,z,0,3,\n\
                    age,old,,,,0,3,\n";
    let people = "first_name,id,email,gender,age,address\n\
                  Ann,p1,a@x,female,young,1 Main St\n\
                  Bob,p2,b@x,male,old,\n\
                  Cy,p3,,female,old,2 Main St\n\
                  Di,p4,d@x,male,young,\n";
    let pool = pool(features, people, &options(3));
    assert_eq!(pool.instance, plain());
    assert_eq!(pool.id_column, 1);
    assert_eq!(pool.feature_columns, vec![3, 4]);
    assert_eq!(pool.people_rows[0][0], "Ann");
}

#[test]
fn the_id_column_defaults_to_id_then_to_the_first_column() {
    let people = PEOPLE.replace("id,gender,age", "number,gender,age");
    let pool = pool(FEATURES, &people, &options(3));
    assert_eq!(pool.id_column, 0);
    assert_eq!(pool.instance, plain());
}

#[test]
fn whole_numbers_may_end_in_point_zero() {
    let features = FEATURES.replace("1,2", "1.0,2.0").replace("0,3", "0.0,3");
    assert_reads_as_plain(&features, PEOPLE);
}

#[test]
fn blank_lines_and_trailing_empty_fields_are_ignored() {
    let features = FEATURES.replace("gender,male,1,2\n", "\n,,,\ngender,male,1,2,,\n");
    let people = PEOPLE.replace("p3,female,old\n", "p3,female,old,,\n\n  \n");
    let pool = pool(&features, &people, &options(3));
    assert_eq!(pool.instance, plain());
    assert_eq!(pool.people_lines, vec![2, 3, 4, 7]);
    // The cells kept are those under the header.
    assert_eq!(pool.people_rows[2], vec!["p3", "female", "old"]);
}

#[test]
fn quoted_fields_may_hold_separators_and_line_breaks() {
    let features = "feature,value,min,max\n\
                    \"place; region\",\"North, upper\",0,3\n\
                    \"place; region\",\"South\nlower\",0,3\n";
    let people = "id,\"place; region\"\n\
                  p1,\"north, UPPER\"\n\
                  p2,\"South\nlower\"\n\
                  p3,\"North, upper\"\n";
    let pool = pool(features, people, &options(2));
    let values: Vec<u16> = pool.instance.people().iter().map(|p| p.values[0]).collect();
    assert_eq!(values, vec![0, 1, 0]);
    assert_eq!(pool.people_lines, vec![2, 3, 5]);
}

#[test]
fn households_come_from_normalised_addresses() {
    let people = "id,gender,age,street,zip\n\
                  p1,female,young,1 Main  St,1000\n\
                  p2,male,old, 1 main st ,1000\n\
                  p3,female,old,1 Main St,2000\n\
                  p4,male,young,,\n\
                  p5,male,young,,\n";
    let options = LoadOptions {
        address_columns: vec!["Street".to_owned(), "ZIP".to_owned()],
        ..options(3)
    };
    let pool = pool(FEATURES, people, &options);
    let households: Vec<Option<u32>> = pool.instance.people().iter().map(|p| p.household).collect();
    assert_eq!(households, vec![Some(0), Some(0), None, None, None]);
}

#[test]
fn the_kind_follows_the_extension() {
    use std::path::Path;
    for (path, kind) in [
        ("a.csv", Kind::Csv),
        ("a.txt", Kind::Csv),
        ("a", Kind::Csv),
        ("a.XLSX", Kind::Spreadsheet),
        ("dir.xlsx/a.xls", Kind::Spreadsheet),
        ("a.ods", Kind::Spreadsheet),
        ("a.xlsm", Kind::Spreadsheet),
    ] {
        assert_eq!(Kind::from_path(Path::new(path)), kind, "{path}");
    }
}

#[test]
fn load_reads_files_and_reports_missing_ones() {
    let dir = std::env::temp_dir().join(format!("klero-pool-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (features, people) = (dir.join("features.csv"), dir.join("people.csv"));
    std::fs::write(&features, FEATURES).unwrap();
    std::fs::write(&people, PEOPLE).unwrap();
    let pool = klero_pool::load(&features, &people, &options(3)).unwrap();
    assert_eq!(pool.instance, plain());
    let missing = dir.join("missing.csv");
    let found = klero_pool::load(&missing, &missing, &options(3)).unwrap_err();
    assert_eq!(found.len(), 2);
    assert!(
        found
            .iter()
            .all(|p| p.message.contains("cannot read the file"))
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn read_categories_reads_the_quotas_alone() {
    let categories = klero_pool::read_categories(Source {
        name: "features.csv",
        bytes: FEATURES.as_bytes(),
        kind: Kind::Csv,
    })
    .unwrap();
    assert_eq!(categories, plain().categories());
    let found = klero_pool::read_categories(Source {
        name: "features.csv",
        bytes: b"feature,value,min,max\ngender,female,2,1\n",
        kind: Kind::Csv,
    })
    .unwrap_err();
    assert_eq!(found.len(), 1);
}
