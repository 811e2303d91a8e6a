//! Spreadsheet bombs given to `klero check` (issue 25): each is refused with a message naming
//! the limit, exit code 2, in a process whose data memory is capped at 300 MiB (`ulimit -d`,
//! RLIMIT_DATA: the heap and every private writable mapping). A reader that tried to hold what
//! a bomb describes would fail to allocate and abort; the same cap lets a normal check pass.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::common::{FEATURES, INPUT, people};

/// The cap on the child's data memory, in KiB.
const DATA_LIMIT_KIB: u64 = 300 * 1024;

/// Runs `klero args` in `dir` with its data memory capped; exit code and stderr.
fn capped(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::new("sh")
        .current_dir(dir)
        .arg("-c")
        .arg(format!("ulimit -d {DATA_LIMIT_KIB} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_klero"))
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (output.status.code().unwrap_or(-1), stderr)
}

fn deflated() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
}

/// An `.ods` whose first table holds `rows`.
fn ods(rows: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("mimetype", deflated()).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("content.xml", deflated()).unwrap();
    write!(
        zip,
        "<office:document-content><office:body><office:spreadsheet>\
         <table:table table:name=\"S\">{rows}</table:table></office:spreadsheet></office:body>\
         </office:document-content>"
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

/// An `.xlsx` whose sheet unpacks to 129 MiB.
fn xlsx_sheet_bomb() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("xl/workbook.xml", deflated()).unwrap();
    zip.write_all(b"<workbook/>").unwrap();
    zip.start_file("xl/worksheets/sheet1.xml", deflated())
        .unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..129 {
        zip.write_all(&chunk).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// An `.xlsx` showing one 1 KiB string in 70,000 cells.
fn xlsx_text_bomb() -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let long = "y".repeat(1024);
    sheet.write_string(0, 0, "id").unwrap();
    for r in 1..=70_000u32 {
        sheet.write_string(r, 0, &long).unwrap();
    }
    workbook.save_to_buffer().unwrap()
}

#[test]
fn bombs_are_refused_within_bounded_memory() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("features.csv"), FEATURES).unwrap();
    std::fs::write(dir.join("people.csv"), people()).unwrap();
    // The same cap lets an ordinary check through.
    let (code, stderr) = capped(dir, &[&["check"][..], &INPUT[..]].concat());
    assert_eq!(code, 0, "{stderr}");

    let cell = "<table:table-cell table:number-columns-repeated=\"16384\" \
                office:value-type=\"string\"><text:p>x</text:p></table:table-cell>";
    let bombs: Vec<(&str, Vec<u8>, &str)> = vec![
        // The 1,553-byte file, and its 2,879-byte variant (more rows).
        (
            "columns.ods",
            ods(&format!("<table:table-row>{cell}</table:table-row>").repeat(1000)),
            "beyond column 1,000 (the limit)",
        ),
        (
            "rows.ods",
            ods(&format!(
                "<table:table-row table:number-rows-repeated=\"1000000\">{}</table:table-row>",
                "<table:table-cell table:number-columns-repeated=\"900\" \
                 office:value-type=\"float\" office:value=\"1\"/>"
            )),
            "more than 2,000,000 cells (the limit)",
        ),
        (
            "sheet.xlsx",
            xlsx_sheet_bomb(),
            "unpacks to more than 128 MiB (the limit)",
        ),
        (
            "text.xlsx",
            xlsx_text_bomb(),
            "more than 64 MiB of text (the limit)",
        ),
    ];
    for (name, bytes, limit) in bombs {
        std::fs::write(dir.join(name), &bytes).unwrap();
        let args = [
            "check",
            "--features",
            "features.csv",
            "--people",
            name,
            "--panel-size",
            "5",
        ];
        let (code, stderr) = capped(dir, &args);
        assert_eq!(code, 2, "{name} ({} bytes): {stderr}", bytes.len());
        assert!(stderr.contains(name), "{name}: {stderr}");
        assert!(stderr.contains(limit), "{name}: {stderr}");
    }
}
