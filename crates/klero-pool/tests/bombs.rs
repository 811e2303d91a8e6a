//! Spreadsheet and CSV bombs (issue 25): a few kilobytes that describe gigabytes are refused
//! with a problem naming the limit, before the reader holds what lies past it; and the new
//! OpenDocument reader reads a sheet as the spreadsheet library did.

use std::io::{Cursor, Read, Write};

use klero_pool::{Kind, Pool, Problem, Source, limits, load_sources};
use zip::write::SimpleFileOptions;

use crate::common::{FEATURES, PEOPLE, csv, options, show};
use crate::spreadsheet::xlsx;

fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
}

/// An OpenDocument spreadsheet whose first table holds `rows` (`table:table-row` elements).
pub fn ods(rows: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", deflated()).unwrap();
    zip.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest \
          xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
          <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\
          \"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry \
          manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
          </manifest:manifest>",
    )
    .unwrap();
    zip.start_file("content.xml", deflated()).unwrap();
    write!(
        zip,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
         xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\">\
         <office:body><office:spreadsheet><table:table table:name=\"Sheet1\">\
         {rows}</table:table><table:table table:name=\"Sheet2\"><table:table-row>\
         <table:table-cell office:value-type=\"string\"><text:p>other</text:p>\
         </table:table-cell></table:table-row></table:table></office:spreadsheet>\
         </office:body></office:document-content>"
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

/// A string cell.
fn cell(text: &str) -> String {
    format!(
        "<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
    )
}

/// CSV text (no quotes) as ODS rows of string cells, each row followed by `after`.
fn rows_of(text: &str, after: &str) -> String {
    text.lines()
        .map(|line| {
            let cells: String = line.split(',').map(cell).collect();
            format!("<table:table-row>{cells}{after}</table:table-row>")
        })
        .collect()
}

fn people_from(name: &str, bytes: &[u8]) -> Result<Pool, Vec<Problem>> {
    let people = Source {
        name,
        bytes,
        kind: Kind::Spreadsheet,
    };
    load_sources(csv("features.csv", FEATURES), people, &options(3))
}

/// Asserts that `file` was refused with a problem holding `words` and naming its limit.
#[track_caller]
fn refused(found: &[Problem], file: &str, words: &str) {
    assert!(
        found
            .iter()
            .any(|p| p.file == file && p.message.contains(words) && p.message.contains("limit")),
        "expected a problem in {file} with `{words}` naming the limit, got:\n{}",
        show(found)
    );
}

/// `good` (a workbook) with the entry `name` replaced (or added) by `size` bytes: `head`,
/// then spaces.
fn with_part(good: &[u8], name: &str, head: &str, size: usize) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(good)).unwrap();
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).unwrap();
        if entry.name().unwrap() != name {
            zip.raw_copy_file(entry).unwrap();
        }
    }
    zip.start_file(name, deflated()).unwrap();
    zip.write_all(head.as_bytes()).unwrap();
    let chunk = vec![b' '; 1 << 16];
    let mut left = size - head.len();
    while left > 0 {
        let n = left.min(chunk.len());
        zip.write_all(&chunk[..n]).unwrap();
        left -= n;
    }
    zip.finish().unwrap().into_inner()
}

const MIB: usize = 1024 * 1024;

#[test]
fn an_ods_reads_as_the_spreadsheet_library_reads_it() {
    // Numbers, booleans, dates, paragraphs, spaces, tabs, entities, an annotation, covered and
    // repeated cells, empty runs, repeated rows: our reader and calamine's give the same rows.
    let note = |inner: &str| format!("<table:table-cell {inner}</table:table-cell>");
    let tricky = [
        note("office:value-type=\"float\" office:value=\"3\"><text:p>3,00</text:p>"),
        note("office:value-type=\"float\" office:value=\"2.5\"><text:p>2,5</text:p>"),
        note("office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>WAAR</text:p>"),
        note("office:value-type=\"date\" office:date-value=\"2024-03-01\"><text:p>1/3</text:p>"),
        note(
            "office:value-type=\"string\"><office:annotation><text:p>hidden</text:p>\
             </office:annotation><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c</text:p>\
             <text:p>d &amp; e &#233;<text:line-break/>f</text:p>",
        ),
        note("office:value-type=\"string\" office:string-value=\"attr\"><text:p>shown</text:p>"),
        "<table:covered-table-cell office:value-type=\"string\"><text:p>cov</text:p>\
         </table:covered-table-cell>"
            .to_owned(),
    ];
    let mut rows = rows_of("id,gender,age,note,more", "");
    for (i, value) in tricky.iter().enumerate() {
        let gender = if i % 2 == 0 { "female" } else { "male" };
        rows.push_str(&format!(
            "<table:table-row>{}{}{}{value}</table:table-row>",
            cell(&format!("p{i}")),
            cell(gender),
            cell("young"),
        ));
    }
    rows.push_str(
        "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell \
         table:number-columns-repeated=\"50\"/></table:table-row>",
    );
    rows.push_str(&format!(
        "<table:table-row>{}{}{}{}</table:table-row>",
        cell("last"),
        cell("male"),
        cell("old"),
        "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\">\
         <text:p>twice</text:p></table:table-cell>"
    ));
    let bytes = ods(&rows);

    // What calamine reads, as text, row by row (its range starts at A1 here).
    use calamine::Reader;
    let mut workbook: calamine::Ods<_> = calamine::Reader::new(Cursor::new(&bytes)).unwrap();
    let range = workbook.worksheet_range("Sheet1").unwrap();
    let trim = |mut r: Vec<String>| {
        while r.last().is_some_and(String::is_empty) {
            r.pop();
        }
        r
    };
    let expected: Vec<Vec<String>> = range
        .rows()
        .map(|r| trim(r.iter().map(ToString::to_string).collect()))
        .filter(|r| !r.is_empty())
        .collect();
    let pool = people_from("people.ods", &bytes).unwrap();
    let mut got = vec![trim(pool.people_header.clone())];
    got.extend(pool.people_rows.iter().cloned().map(trim));
    assert_eq!(got, expected);
    assert_eq!(pool.people_lines, vec![2, 3, 4, 5, 6, 7, 8, 12]);
    assert_eq!(pool.people_rows[4][3], "a   b\tc\nd & e \u{e9}\nf");
    assert_eq!(pool.people_rows[7][3..], ["twice", "twice"]);
}

#[test]
fn ods_runs_of_empty_cells_and_rows_cost_nothing() {
    // LibreOffice ends every row with a run of empty cells up to its last column, and the
    // sheet with a run of empty rows up to its last row.
    let empty_tail = "<table:table-cell table:number-columns-repeated=\"16384\"/>";
    let mut rows = rows_of(PEOPLE, empty_tail);
    rows.push_str(&format!(
        "<table:table-row table:number-rows-repeated=\"1048000\">{empty_tail}</table:table-row>"
    ));
    let from_ods = people_from("people.ods", &ods(&rows)).unwrap();
    let from_csv = load_sources(
        csv("features.csv", FEATURES),
        csv("people.csv", PEOPLE),
        &options(3),
    )
    .unwrap();
    assert_eq!(from_ods.people_rows, from_csv.people_rows);
    assert_eq!(from_ods.people_lines, from_csv.people_lines);
}

#[test]
fn ods_bomb_of_repeated_cells_is_refused() {
    // The 1,553-byte file: 1,000 rows of one cell repeated 16,384 times.
    let repeated = "<table:table-row><table:table-cell table:number-columns-repeated=\"16384\" \
                    office:value-type=\"string\"><text:p>x</text:p></table:table-cell>\
                    </table:table-row>"
        .repeat(1000);
    let bytes = ods(&(rows_of(PEOPLE, "") + &repeated));
    assert!(bytes.len() < 4096, "{}", bytes.len());
    let found = people_from("bomb.ods", &bytes).unwrap_err();
    refused(&found, "bomb.ods", "beyond column 1,000 (the limit)");

    // Within the columns, rows repeated past the cell limit.
    let wide = "<table:table-row table:number-rows-repeated=\"10000\"><table:table-cell \
                table:number-columns-repeated=\"999\" office:value-type=\"float\" \
                office:value=\"1\"></table:table-cell></table:table-row>";
    let found = people_from("bomb.ods", &ods(&(rows_of(PEOPLE, "") + wide))).unwrap_err();
    refused(&found, "bomb.ods", "more than 2,000,000 cells (the limit)");

    // A row with content repeated four billion times.
    let tall = format!(
        "<table:table-row table:number-rows-repeated=\"4000000000\">{}</table:table-row>",
        cell("x")
    );
    let found = people_from("bomb.ods", &ods(&(rows_of(PEOPLE, "") + &tall))).unwrap_err();
    refused(&found, "bomb.ods", "beyond row 1,048,576 (the limit)");

    // A trillion spaces.
    let spaces = format!(
        "<table:table-row>{}</table:table-row>",
        cell("<text:s text:c=\"1000000000000\"/>")
    );
    let found = people_from("bomb.ods", &ods(&(rows_of(PEOPLE, "") + &spaces))).unwrap_err();
    refused(&found, "bomb.ods", "64 MiB of text (the limit)");
}

#[test]
fn xlsx_whose_parts_unpack_huge_is_refused() {
    let good = xlsx(PEOPLE);
    // The sheet is streamed, but not past its limit.
    let sheet = with_part(
        &good,
        "xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\"?><worksheet>",
        129 * MIB,
    );
    assert!(sheet.len() < 2 * MIB, "{}", sheet.len());
    let found = people_from("bomb.xlsx", &sheet).unwrap_err();
    refused(
        &found,
        "bomb.xlsx",
        "part `xl/worksheets/sheet1.xml` unpacks to more than 128 MiB",
    );
    // Shared strings are read whole by the library: their limit is lower.
    let strings = with_part(
        &good,
        "xl/sharedStrings.xml",
        "<?xml version=\"1.0\"?><sst>",
        33 * MIB,
    );
    let found = people_from("bomb.xlsx", &strings).unwrap_err();
    refused(
        &found,
        "bomb.xlsx",
        "part `xl/sharedStrings.xml` unpacks to more than 32 MiB",
    );
    // Parts each within their limit, too large together.
    let mut many = good.clone();
    for i in 0..9 {
        many = with_part(&many, &format!("xl/media/image{i}.bin"), "", 30 * MIB);
    }
    let found = people_from("bomb.xlsx", &many).unwrap_err();
    refused(&found, "bomb.xlsx", "more than 256 MiB together");
}

/// Sets the uncompressed size of every entry named `name`, in its local header and in the
/// central directory, to `size`.
fn declare_size(zip: &mut [u8], name: &str, size: u32) {
    let mut patched = 0;
    for at in 0..zip.len().saturating_sub(46) {
        // Where the size, the name's length and the name are, in each kind of header.
        let (offset, len_at, name_at) = match &zip[at..at + 4] {
            b"PK\x03\x04" => (22, 26, 30),
            b"PK\x01\x02" => (24, 28, 46),
            _ => continue,
        };
        let len = usize::from(u16::from_le_bytes([zip[at + len_at], zip[at + len_at + 1]]));
        if zip.get(at + name_at..at + name_at + len) == Some(name.as_bytes()) {
            zip[at + offset..at + offset + 4].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "{name}");
}

#[test]
fn a_zip_that_lies_about_its_sizes_is_refused() {
    let good = xlsx(PEOPLE);
    // A sheet of 129 MiB that says it holds 1 KiB: the bytes are counted as they unpack.
    let mut lying = with_part(
        &good,
        "xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\"?><worksheet>",
        129 * MIB,
    );
    declare_size(&mut lying, "xl/worksheets/sheet1.xml", 1024);
    let found = people_from("liar.xlsx", &lying).unwrap_err();
    assert!(
        found.iter().all(|p| p.file == "liar.xlsx"),
        "{}",
        show(&found)
    );
    let refused_or_damaged = found.iter().any(|p| {
        p.message
            .contains("unpacks to more than 128 MiB (the limit)")
            || p.message.contains("the file is damaged")
    });
    assert!(refused_or_damaged, "{}", show(&found));
    // Shared strings that claim 4 GiB are refused before a byte is unpacked (the library
    // would reserve what they claim).
    let mut claims = good.clone();
    declare_size(&mut claims, "xl/sharedStrings.xml", u32::MAX - 1);
    let found = people_from("liar.xlsx", &claims).unwrap_err();
    refused(
        &found,
        "liar.xlsx",
        "part `xl/sharedStrings.xml` unpacks to more than 32 MiB",
    );
}

#[test]
fn xlsx_bomb_of_one_shared_string_in_every_cell_is_refused() {
    // One 1 KiB string, stored once, shown in 70,000 cells: 70 MB of text.
    let long = "y".repeat(1024);
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (c, name) in ["id", "gender", "age", "note"].iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(c).unwrap(), *name)
            .unwrap();
    }
    for r in 1..=70_000u32 {
        sheet.write_string(r, 3, &long).unwrap();
    }
    let bytes = workbook.save_to_buffer().unwrap();
    assert!(bytes.len() < MIB, "{}", bytes.len());
    let found = people_from("bomb.xlsx", &bytes).unwrap_err();
    refused(&found, "bomb.xlsx", "64 MiB of text (the limit)");
}

#[test]
fn csv_bombs_are_refused_at_their_line() {
    let features = || csv("features.csv", FEATURES);
    let load =
        |text: &str| load_sources(features(), csv("people.csv", text), &options(3)).unwrap_err();
    let wide = format!("{PEOPLE}p9,male,old{}\n", ",x".repeat(5000));
    let found = load(&wide);
    refused(&found, "people.csv", "beyond column 1,000 (the limit)");
    assert!(found.iter().any(|p| p.line == Some(6)), "{}", show(&found));

    let cells = format!("{PEOPLE}{}", format!("{}\n", ",z".repeat(999)).repeat(2100));
    refused(
        &load(&cells),
        "people.csv",
        "more than 2,000,000 cells (the limit)",
    );

    let rows = format!("{PEOPLE}{}", "q\n".repeat(1_048_576));
    refused(
        &load(&rows),
        "people.csv",
        "more than 1,048,576 rows (the limit)",
    );
}

#[test]
fn legacy_xls_is_refused_with_advice() {
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.resize(4096, 0);
    let found = people_from("old.xls", &bytes).unwrap_err();
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("legacy .xls") && p.message.contains(".xlsx")),
        "{}",
        show(&found)
    );
}

#[test]
fn a_large_register_spreadsheet_is_refused_before_it_is_read() {
    let dir = tempfile_dir();
    let path = dir.join("register.xlsx");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(limits::MAX_SPREADSHEET_BYTES + 1).unwrap();
    let found = klero_pool::register::Register::open(&path).unwrap_err();
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("larger than 64 MiB (the limit)")),
        "{}",
        show(&found)
    );
    // So is the CLI's people file.
    let features = dir.join("features.csv");
    std::fs::write(&features, FEATURES).unwrap();
    let found = klero_pool::load(&features, &path, &options(3)).unwrap_err();
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("larger than 64 MiB (the limit)")),
        "{}",
        show(&found)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A fresh folder under the system's temporary folder.
fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("klero-pool-bombs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn limits_are_read_by_a_stream_not_by_the_whole() {
    // The file bytes of the ODS bomb stay small while what they describe does not.
    let bytes = ods(
        &"<table:table-row table:number-rows-repeated=\"4000000000\">\
                      <table:table-cell table:number-columns-repeated=\"16384\"/>\
                      </table:table-row>"
            .repeat(1000),
    );
    let mut zip = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
    let mut content = String::new();
    zip.by_name("content.xml")
        .unwrap()
        .read_to_string(&mut content)
        .unwrap();
    assert!(content.len() < MIB);
    // 4 trillion empty rows: nothing to read, and nothing read.
    let found = people_from("empty.ods", &bytes).unwrap_err();
    assert!(
        found.iter().any(|p| p.message.contains("empty")),
        "{}",
        show(&found)
    );
}
