//! The register reader on files in a temporary folder.

use super::*;

/// A file in the system's temporary folder, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> Self {
        let dir = std::env::temp_dir().join(format!("klero-register-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(name);
        if std::fs::write(&path, bytes).is_err() {
            panic!("cannot write {}", path.display());
        }
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A row's line and cells, or a problem as printed.
type Scanned = Result<(u64, Vec<String>), String>;

/// Every row or problem, and the bytes observed.
fn scan_all(register: &Register) -> (Vec<Scanned>, Vec<u8>) {
    let mut seen = Vec::new();
    let mut rows = Vec::new();
    let result = register.scan(&mut |b| seen.extend_from_slice(b), &mut |row| {
        rows.push(
            row.map(|r| (r.line, r.cells().map(str::to_owned).collect()))
                .map_err(|p| p.to_string()),
        );
    });
    assert_eq!(result, Ok(()));
    (rows, seen)
}

fn ok(line: u64, cells: &[&str]) -> Scanned {
    Ok((line, cells.iter().map(|c| (*c).to_owned()).collect()))
}

#[test]
fn streams_a_csv_file_with_its_problems() {
    let bytes = b"\xEF\xBB\xBFId,Commune\r\n1,Uccle\r\n\r\n2,Evere,,\r\n3\r\n4,\xff\xfe\r\n5,\"Saint-\r\nGilles\"\r\n6,Ixelles,x\r\n";
    let file = TempFile::new("streams.csv", bytes);
    let register = Register::open(&file.0).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(register.header(), ["Id", "Commune"]);
    assert_eq!(
        (register.header_line(), register.column(" COMMUNE ")),
        (1, Some(1))
    );
    assert_eq!(register.column("street"), None);
    let (rows, seen) = scan_all(&register);
    let name = file.0.display().to_string();
    assert_eq!(
        rows,
        vec![
            ok(2, &["1", "Uccle"]),
            ok(4, &["2", "Evere"]),
            Err(format!("{name}:5: the row has 1 field, the header has 2")),
            Err(format!(
                "{name}:6: column `Commune`: the text is not valid UTF-8; save the file as \
                 \"CSV UTF-8\" and try again"
            )),
            ok(7, &["5", "Saint-\r\nGilles"]),
            Err(format!("{name}:9: the row has 3 fields, the header has 2")),
        ]
    );
    assert_eq!(seen, bytes);
    // A second pass reads the same.
    assert_eq!(scan_all(&register).0, rows);
}

#[test]
fn reads_a_spreadsheet_once_and_its_rows_in_passes() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let cells = [["id", "commune"], ["1", "Uccle"], ["2", "Evere"]];
    for (r, row) in (2u32..).zip(cells) {
        for (c, text) in (0u16..).zip(row) {
            let _ = sheet.write_string(r, c, text);
        }
    }
    let _ = sheet.write_number(5, 0, 3.0);
    let _ = sheet.write_string(5, 2, "stray");
    let bytes = workbook.save_to_buffer().unwrap_or_default();
    let file = TempFile::new("register.xlsx", &bytes);
    let register = Register::open(&file.0).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(
        (register.header(), register.header_line()),
        (&["id".to_owned(), "commune".to_owned()][..], 3)
    );
    let (rows, seen) = scan_all(&register);
    let name = file.0.display().to_string();
    assert_eq!(
        rows,
        vec![
            ok(4, &["1", "Uccle"]),
            ok(5, &["2", "Evere"]),
            Err(format!("{name}:6: the row has 3 fields, the header has 2")),
        ]
    );
    assert_eq!(seen, bytes);
}

#[test]
fn missing_empty_and_broken_files_are_problems() {
    let missing = Register::open(Path::new("/nonexistent/register.csv")).map(|_| ());
    assert!(matches!(&missing, Err(p) if p[0].message.starts_with("cannot read the file")));
    let empty = TempFile::new("empty.csv", b"\n \n");
    let problems = Register::open(&empty.0).map(|_| ()).unwrap_err();
    assert!(problems[0].message.contains("empty"), "{problems:?}");
    let header = TempFile::new("header.csv", b"id,\xc3\x28\n1,2\n");
    let problems = Register::open(&header.0).map(|_| ()).unwrap_err();
    assert_eq!(problems[0].line, Some(1));
    let broken = TempFile::new("broken.xlsx", b"PK\x03\x04 not really a workbook");
    assert!(Register::open(&broken.0).is_err());
}
