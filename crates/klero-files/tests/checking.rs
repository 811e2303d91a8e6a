//! Checking uploads: size, extension, content, archives, macros.

use klero_files::{FileProblem, Kind, check};

use crate::common::{self, STORAGE, STREAM};

const LIMIT: u64 = 10 * 1024 * 1024;

#[test]
fn every_kind_accepted_under_each_of_its_extensions() {
    for (kind, bytes) in common::every_kind() {
        for ext in kind.extensions() {
            assert_eq!(
                check(&format!("upload.{ext}"), &bytes, LIMIT),
                Ok(kind),
                "{ext}"
            );
            let upper = format!("UPLOAD.{}", ext.to_uppercase());
            assert_eq!(check(&upper, &bytes, LIMIT), Ok(kind), "{upper}");
        }
    }
}

#[test]
fn upper_case_extension() {
    assert_eq!(check("Minutes.PDF", common::PDF, LIMIT), Ok(Kind::Pdf));
    assert_eq!(check("photo.JpG", common::JPEG, LIMIT), Ok(Kind::Jpeg));
}

#[test]
fn text_for_txt_and_csv() {
    let text = b"a,b\n1,2\n";
    assert_eq!(check("votes.csv", text, LIMIT), Ok(Kind::Csv));
    assert_eq!(check("votes.txt", text, LIMIT), Ok(Kind::Txt));
    // Text that happens to contain a PDF header is still text.
    assert_eq!(
        check("notes.txt", b"starts with %PDF-1.7, then text", LIMIT),
        Ok(Kind::Txt)
    );
    assert_eq!(
        check("votes.csv", b"a,b\n\x00\x01", LIMIT),
        Err(FileProblem::ContentMismatch {
            claimed: "csv",
            found: None
        })
    );
    assert_eq!(
        check("photo.txt", common::PNG, LIMIT),
        Err(FileProblem::ContentMismatch {
            claimed: "txt",
            found: Some("png")
        })
    );
}

#[test]
fn png_named_pdf() {
    assert_eq!(
        check("report.pdf", common::PNG, LIMIT),
        Err(FileProblem::ContentMismatch {
            claimed: "pdf",
            found: Some("png")
        })
    );
}

#[test]
fn text_named_pdf() {
    assert_eq!(
        check("report.pdf", b"just some words\n", LIMIT),
        Err(FileProblem::ContentMismatch {
            claimed: "pdf",
            found: Some("txt")
        })
    );
}

#[test]
fn html_named_pdf() {
    let html = b"<!DOCTYPE html><html><body><script>fetch('/api')</script></body></html>";
    let problem = check("report.pdf", html, LIMIT).unwrap_err();
    assert_eq!(
        problem,
        FileProblem::ContentMismatch {
            claimed: "pdf",
            found: Some("txt")
        }
    );
    assert_eq!(problem.to_string(), "the file's content is not a pdf file");
}

#[test]
fn office_kinds_confused() {
    assert_eq!(
        check("budget.docx", &common::xlsx(), LIMIT),
        Err(FileProblem::ContentMismatch {
            claimed: "docx",
            found: Some("xlsx")
        })
    );
    assert_eq!(
        check("budget.xls", &common::doc(), LIMIT),
        Err(FileProblem::ContentMismatch {
            claimed: "xls",
            found: Some("doc")
        })
    );
    assert_eq!(
        check("budget.odt", &common::docx(), LIMIT),
        Err(FileProblem::ContentMismatch {
            claimed: "odt",
            found: Some("docx")
        })
    );
    assert_eq!(
        check(
            "archive.docx",
            &common::zip(&[("a.txt", b"x", true)]),
            LIMIT
        ),
        Err(FileProblem::ContentMismatch {
            claimed: "docx",
            found: None
        })
    );
    assert_eq!(
        check("report.pdf", &common::docx(), LIMIT),
        Err(FileProblem::ContentMismatch {
            claimed: "pdf",
            found: Some("docx")
        })
    );
}

#[test]
fn docx_with_a_vba_project() {
    let docm = common::docx_with(&[("word/vbaProject.bin", b"\xD0\xCF\x11\xE0", true)]);
    assert_eq!(check("agenda.docx", &docm, LIMIT), Err(FileProblem::Macros));
    // Any part so named, any case.
    let odt = common::zip(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.text",
            false,
        ),
        ("content.xml", b"<x/>", true),
        ("Basic/VBAPROJECT.BIN", b"x", true),
    ]);
    assert_eq!(check("agenda.odt", &odt, LIMIT), Err(FileProblem::Macros));
    assert_eq!(
        FileProblem::Macros.to_string(),
        "the document contains macros"
    );
}

#[test]
fn vba_project_declared_under_another_part_name() {
    let types = br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>"#;
    let xlsm = common::zip(&[
        ("[Content_Types].xml", types, true),
        ("xl/workbook.xml", b"<workbook/>", true),
        ("xl/code.bin", b"\xD0\xCF\x11\xE0", true),
    ]);
    assert_eq!(check("budget.xlsx", &xlsm, LIMIT), Err(FileProblem::Macros));
}

#[test]
fn word_and_excel_97_with_macros() {
    let doc = common::ole(&[("WordDocument", STREAM), ("Macros", STORAGE)]);
    assert_eq!(check("old.doc", &doc, LIMIT), Err(FileProblem::Macros));
    let xls = common::ole(&[("Workbook", STREAM), ("_VBA_PROJECT_CUR", STORAGE)]);
    assert_eq!(check("old.xls", &xls, LIMIT), Err(FileProblem::Macros));
    // A stream that only mentions macros is not a VBA project.
    let plain = common::ole(&[("WordDocument", STREAM), ("Macros", STREAM)]);
    assert_eq!(check("old.doc", &plain, LIMIT), Ok(Kind::Doc));
}

#[test]
fn zip_bomb() {
    let zeros = vec![0u8; 5 * 1024 * 1024];
    let bomb = common::docx_with(&[("word/media/image1.bin", &zeros, true)]);
    let limit = 100 * 1024;
    assert!(
        (bomb.len() as u64) < limit,
        "the fixture compresses well: {}",
        bomb.len()
    );
    assert_eq!(
        check("bomb.docx", &bomb, limit),
        Err(FileProblem::BadArchive)
    );
    // The same document is fine with a limit it unpacks within (5 MiB < 20 × 300 KiB).
    assert_eq!(check("bomb.docx", &bomb, 300 * 1024), Ok(Kind::Docx));
    assert_eq!(
        FileProblem::BadArchive.to_string(),
        "the archive is damaged or too large once unpacked"
    );
}

#[test]
fn too_many_entries() {
    let names: Vec<String> = (0..10_001).map(|i| format!("word/p{i}.xml")).collect();
    let entries: Vec<(&str, &[u8], bool)> = names
        .iter()
        .map(|n| (n.as_str(), &b""[..], false))
        .collect();
    let many = common::docx_with(&entries);
    assert_eq!(
        check("many.docx", &many, LIMIT),
        Err(FileProblem::BadArchive)
    );
    let fewer = common::docx_with(&entries[..9_000]);
    assert_eq!(check("fewer.docx", &fewer, LIMIT), Ok(Kind::Docx));
}

#[test]
fn damaged_archive() {
    let docx = common::docx();
    let truncated = &docx[..docx.len() - 30];
    assert_eq!(
        check("cut.docx", truncated, LIMIT),
        Err(FileProblem::BadArchive)
    );
}

#[test]
fn size_limits() {
    assert_eq!(check("a.pdf", b"", LIMIT), Err(FileProblem::Empty));
    let size = common::PDF.len() as u64;
    assert_eq!(
        check("a.pdf", common::PDF, size - 1),
        Err(FileProblem::TooLarge {
            size,
            limit: size - 1
        })
    );
    assert_eq!(check("a.pdf", common::PDF, size), Ok(Kind::Pdf));
    assert_eq!(
        FileProblem::TooLarge {
            size: 11,
            limit: 10
        }
        .to_string(),
        "the file is 11 bytes, above the limit of 10"
    );
    // Size problems come first.
    assert_eq!(check("a.exe", b"", LIMIT), Err(FileProblem::Empty));
    assert_eq!(
        check("a.exe", b"MZ", 1),
        Err(FileProblem::TooLarge { size: 2, limit: 1 })
    );
}

#[test]
fn extensions_not_accepted() {
    let exe = b"MZ\x90\x00";
    assert_eq!(
        check("setup.exe", exe, LIMIT),
        Err(FileProblem::ExtensionNotAccepted("exe".to_owned()))
    );
    assert_eq!(
        check("SETUP.EXE", exe, LIMIT),
        Err(FileProblem::ExtensionNotAccepted("exe".to_owned()))
    );
    assert_eq!(
        check("README", b"text", LIMIT),
        Err(FileProblem::ExtensionNotAccepted(String::new()))
    );
    // The last extension counts, and only in the last path component.
    assert_eq!(
        check("report.pdf.exe", common::PDF, LIMIT),
        Err(FileProblem::ExtensionNotAccepted("exe".to_owned()))
    );
    assert_eq!(
        check("dir.pdf/report", common::PDF, LIMIT),
        Err(FileProblem::ExtensionNotAccepted(String::new()))
    );
    assert_eq!(
        check("macro.docm", &common::docx(), LIMIT),
        Err(FileProblem::ExtensionNotAccepted("docm".to_owned()))
    );
    assert_eq!(
        FileProblem::ExtensionNotAccepted("exe".to_owned()).to_string(),
        "files named .exe are not accepted"
    );
    // A very long extension is not echoed in full.
    let long = format!("x.{}", "a".repeat(500));
    match check(&long, b"text", LIMIT) {
        Err(FileProblem::ExtensionNotAccepted(ext)) => assert_eq!(ext.len(), 20),
        other => panic!("{other:?}"),
    }
}
