//! Spreadsheets: a workbook reads as the equivalent CSV, with rows as lines; a damaged workbook
//! is a problem, not a crash.

use klero_pool::{Kind, Pool, Problem, Source, load_sources};
use rust_xlsxwriter::Workbook;

use crate::common::{FEATURES, PEOPLE, assert_problem, csv, options, pool, show};

/// A workbook with one worksheet holding `text` (CSV without quotes) from cell (`row`, `col`),
/// 0-based. Cells that read as numbers are stored as numbers, as a spreadsheet program would.
pub fn xlsx_at(text: &str, row: u32, col: u16) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, line) in text.lines().enumerate() {
        let r = row + u32::try_from(r).unwrap();
        for (c, cell) in line.split(',').enumerate() {
            let c = col + u16::try_from(c).unwrap();
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<f64>() {
                Ok(number) => sheet.write_number(r, c, number).unwrap(),
                Err(_) => sheet.write_string(r, c, cell).unwrap(),
            };
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// [`xlsx_at`] from cell A1.
pub fn xlsx(text: &str) -> Vec<u8> {
    xlsx_at(text, 0, 0)
}

fn sheet<'a>(name: &'a str, bytes: &'a [u8]) -> Source<'a> {
    Source {
        name,
        bytes,
        kind: Kind::Spreadsheet,
    }
}

fn load_xlsx(features: &[u8], people: &[u8], k: u32) -> Result<Pool, Vec<Problem>> {
    load_sources(
        sheet("features.xlsx", features),
        sheet("people.xlsx", people),
        &options(k),
    )
}

#[test]
fn a_workbook_reads_as_the_same_csv() {
    let from_csv = pool(FEATURES, PEOPLE, &options(3));
    let from_xlsx = load_xlsx(&xlsx(FEATURES), &xlsx(PEOPLE), 3).unwrap();
    assert_eq!(from_xlsx.instance, from_csv.instance);
    assert_eq!(from_xlsx.people_lines, from_csv.people_lines);
    assert_eq!(from_xlsx.people_rows, from_csv.people_rows);
    assert_eq!(from_xlsx.people_header, from_csv.people_header);
    // Either file may be a spreadsheet.
    let mixed = load_sources(
        sheet("features.xlsx", &xlsx(FEATURES)),
        csv("people.csv", PEOPLE),
        &options(3),
    )
    .unwrap();
    assert_eq!(mixed.instance, from_csv.instance);
}

#[test]
fn numbers_in_cells_read_as_whole_numbers() {
    // Ids typed as numbers, quotas as numbers, and a value that is a number.
    let features = "feature,value,min,max\nsize,1,0,2\nsize,2,0,2\n";
    let people = "id,size\n101,1\n102,2\n103,2\n";
    let from_csv = pool(features, people, &options(2));
    let from_xlsx = load_xlsx(&xlsx(features), &xlsx(people), 2).unwrap();
    assert_eq!(from_xlsx.instance, from_csv.instance);
    assert_eq!(from_xlsx.instance.people()[0].id, "101");
}

#[test]
fn problems_in_a_workbook_are_located_by_row() {
    let features = FEATURES.replace("age,old,0,3", "age,old,0,2.5");
    let people = PEOPLE.replace("p3,female,old", "p3,robot,old");
    let found = load_xlsx(&xlsx(&features), &xlsx(&people), 3).unwrap_err();
    assert_eq!(found.len(), 2, "{}", show(&found));
    assert_problem(
        &found,
        "features.xlsx",
        Some(5),
        Some("max"),
        "`2.5` is not a whole number",
    );
    assert_problem(&found, "people.xlsx", Some(4), Some("gender"), "`robot`");
}

#[test]
fn a_table_may_start_anywhere_on_the_sheet() {
    // From cell C3: rows are numbered as the spreadsheet program shows them.
    let people = xlsx_at(PEOPLE, 2, 2);
    let pool = load_xlsx(&xlsx(FEATURES), &people, 3).unwrap();
    assert_eq!(pool.people_lines, vec![4, 5, 6, 7]);
    assert_eq!(pool.instance.people().len(), 4);
    let bad = xlsx_at(&PEOPLE.replace("p4,male,young", "p4,male,middle"), 2, 2);
    let found = load_xlsx(&xlsx(FEATURES), &bad, 3).unwrap_err();
    assert_problem(&found, "people.xlsx", Some(7), Some("age"), "`middle`");
}

#[test]
fn short_rows_are_padded_by_the_sheet() {
    // Empty trailing cells are not stored in a workbook: the row is still as wide as the header.
    let people = "id,gender,age,address\np1,female,young,1 Main St\np2,male,old,\n";
    let pool = load_xlsx(&xlsx(FEATURES), &xlsx(people), 2).unwrap();
    assert_eq!(pool.instance.people().len(), 2);
}

#[test]
fn a_damaged_workbook_is_a_problem_not_a_crash() {
    let good = xlsx(PEOPLE);
    for cut in [
        0,
        1,
        4,
        30,
        100,
        good.len() / 2,
        good.len() - 22,
        good.len() - 1,
    ] {
        let found = load_xlsx(&xlsx(FEATURES), &good[..cut], 3).unwrap_err();
        assert!(!found.is_empty());
        assert!(
            found.iter().all(|p| p.file == "people.xlsx"),
            "cut at {cut}: {}",
            show(&found)
        );
    }
    // CSV text given as a spreadsheet.
    let found = load_xlsx(FEATURES.as_bytes(), &good, 3).unwrap_err();
    assert_problem(
        &found,
        "features.xlsx",
        None,
        None,
        "cannot read the spreadsheet",
    );
}

#[test]
fn an_empty_workbook_is_a_problem() {
    let mut workbook = Workbook::new();
    workbook.add_worksheet();
    let empty = workbook.save_to_buffer().unwrap();
    let found = load_xlsx(&xlsx(FEATURES), &empty, 3).unwrap_err();
    assert_problem(&found, "people.xlsx", None, None, "the file is empty");
}
