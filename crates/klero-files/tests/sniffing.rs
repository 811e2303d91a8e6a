//! What bytes are, from their content alone.

use klero_files::{Kind, sniff};

use crate::common::{self, STORAGE, STREAM};

#[test]
fn every_kind_from_its_fixture() {
    for (kind, bytes) in common::every_kind() {
        // Text and CSV cannot be told apart: both are text.
        let expected = if kind == Kind::Csv { Kind::Txt } else { kind };
        assert_eq!(sniff(&bytes), Some(expected), "{kind:?}");
    }
}

#[test]
fn pdf_header_within_the_first_kilobyte() {
    let mut late = vec![b' '; 1000];
    late.extend_from_slice(common::PDF);
    assert_eq!(sniff(&late), Some(Kind::Pdf));
    let mut too_late = vec![b' '; 1020];
    too_late.extend_from_slice(common::PDF);
    assert_eq!(sniff(&too_late), Some(Kind::Txt));
}

#[test]
fn text() {
    assert_eq!(sniff(b"\xEF\xBB\xBFwith a BOM\n"), Some(Kind::Txt));
    assert_eq!(sniff(b"page\x0Cbreak"), Some(Kind::Txt));
    assert_eq!(sniff(b"<html><body>hello</body></html>"), Some(Kind::Txt));
    assert_eq!(sniff(b"nul\x00inside"), None);
    assert_eq!(sniff(b"escape\x1B[31m"), None);
    assert_eq!(sniff("C1 \u{85} control".as_bytes()), None);
    assert_eq!(sniff(b"latin-1 caf\xE9"), None);
    assert_eq!(sniff(b""), None);
}

#[test]
fn unknown_binaries() {
    assert_eq!(sniff(b"MZ\x90\x00\x03\x00\x00\x00"), None);
    assert_eq!(sniff(b"GIF89a\x01\x00\x01\x00"), None);
    assert_eq!(sniff(b"\x89PNG\r\n"), None, "a truncated signature");
}

#[test]
fn zips_that_are_not_documents() {
    assert_eq!(sniff(&common::zip(&[("a.txt", b"hello", true)])), None);
    // Content types but no main part folder, or two of them.
    let types = common::content_types("x/y.xml", "application/xml");
    assert_eq!(
        sniff(&common::zip(&[("[Content_Types].xml", &types, true)])),
        None
    );
    let both = common::ooxml(
        "word/document.xml",
        "application/xml",
        &[("xl/workbook.xml", b"<x/>", true)],
    );
    assert_eq!(sniff(&both), None);
    // An OpenDocument template, or an unknown media type.
    assert_eq!(
        sniff(&common::odf(
            "application/vnd.oasis.opendocument.text-template"
        )),
        None
    );
    assert_eq!(sniff(&common::odf("application/epub+zip")), None);
    // word/ parts without [Content_Types].xml.
    assert_eq!(
        sniff(&common::zip(&[("word/document.xml", b"<x/>", true)])),
        None
    );
    // A damaged zip.
    let docx = common::docx();
    assert_eq!(sniff(&docx[..docx.len() / 2]), None);
}

#[test]
fn ole_by_the_streams_at_the_top_of_the_directory() {
    assert_eq!(sniff(&common::ole(&[("Book", STREAM)])), Some(Kind::Xls));
    assert_eq!(
        sniff(&common::ole(&[("wordDOCUMENT", STREAM)])),
        Some(Kind::Doc)
    );
    // A storage of that name is not the stream.
    assert_eq!(sniff(&common::ole(&[("WordDocument", STORAGE)])), None);
    // An encrypted Office document, or any other compound file.
    assert_eq!(
        sniff(&common::ole(&[
            ("EncryptionInfo", STREAM),
            ("EncryptedPackage", STREAM)
        ])),
        None
    );
    assert_eq!(sniff(&common::ole(&[])), None);
    // Just the signature.
    assert_eq!(sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), None);
}

#[test]
fn ole_directory_far_into_the_file_and_misleading_text() {
    // 140 sectors (70 KiB) of text naming other streams come before the directory.
    let doc = common::ole_padded(&[("WordDocument", STREAM), ("1Table", STREAM)], 140);
    assert!(doc.len() > 64 * 1024);
    assert_eq!(sniff(&doc), Some(Kind::Doc));
    let ppt = common::ole_padded(&[("PowerPoint Document", STREAM)], 3);
    assert_eq!(sniff(&ppt), Some(Kind::Ppt));
    // The directory's sector chain loops on itself: not recognised, no hang.
    let mut looped = common::doc();
    // FAT entry of the directory sector (sector 1) points back to sector 1.
    looped[512 + 4..512 + 8].copy_from_slice(&1u32.to_le_bytes());
    assert_eq!(sniff(&looped), None);
}
