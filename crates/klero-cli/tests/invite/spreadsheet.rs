//! A spreadsheet register: the same draw as from its CSV.

use super::{folder, invite, register, rows};
use crate::common::klero;

#[test]
fn a_spreadsheet_register_draws_the_same_people_as_its_csv() {
    let (_tmp, dir) = folder(&register());
    assert_eq!(invite(&dir, "15", &["--seed", "xlsx"]).code, 0);
    let from_csv = rows(&dir, "invited.csv");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let mut reader = csv::Reader::from_path(dir.join("register.csv")).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    for (c, name) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, name).unwrap();
    }
    for (r, record) in reader.records().enumerate() {
        for (c, cell) in record.unwrap().iter().enumerate() {
            match cell.parse::<f64>() {
                Ok(n) => sheet.write_number(r as u32 + 1, c as u16, n).unwrap(),
                Err(_) => sheet.write_string(r as u32 + 1, c as u16, cell).unwrap(),
            };
        }
    }
    workbook.save(dir.join("register.xlsx")).unwrap();
    let run = klero(
        &dir,
        &[
            "invite",
            "--register",
            "register.xlsx",
            "--count",
            "15",
            "--stratify-by",
            "commune",
            "--household-columns",
            "street,postcode",
            "--seed",
            "xlsx",
            "--out",
            "from-xlsx.csv",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(rows(&dir, "from-xlsx.csv"), from_csv);
}
