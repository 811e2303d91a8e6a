//! Minimal valid fixtures of every kind, built in memory.

use std::io::{Cursor, Write};

use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

/// A tiny but complete PDF.
pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

/// A PNG: signature and the start of an IHDR chunk.
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89";

/// A JPEG: SOI, a JFIF APP0 segment, EOI.
pub const JPEG: &[u8] =
    b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xFF\xD9";

/// A small RTF document.
pub const RTF: &[u8] = b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello.\\par }";

/// A zip of `(name, content, deflated)` entries.
pub fn zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content, deflated) in entries {
        let method = if *deflated {
            CompressionMethod::Deflated
        } else {
            CompressionMethod::Stored
        };
        let options = SimpleFileOptions::default().compression_method(method);
        writer.start_file(*name, options).unwrap();
        writer.write_all(content).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// The `[Content_Types].xml` of an Office Open XML package whose main part has `main_type`.
pub fn content_types(main_part: &str, main_type: &str) -> Vec<u8> {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/{main_part}\" ContentType=\"{main_type}\"/></Types>"
    )
    .into_bytes()
}

/// An Office Open XML package with its main part and any `extra` entries.
pub fn ooxml(main_part: &str, main_type: &str, extra: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let types = content_types(main_part, main_type);
    let rels = b"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>";
    let mut entries: Vec<(&str, &[u8], bool)> = vec![
        ("[Content_Types].xml", &types, true),
        ("_rels/.rels", rels, true),
        (main_part, b"<?xml version=\"1.0\"?><root/>", true),
    ];
    entries.extend_from_slice(extra);
    zip(&entries)
}

/// A minimal .docx, with `extra` entries.
pub fn docx_with(extra: &[(&str, &[u8], bool)]) -> Vec<u8> {
    ooxml(
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        extra,
    )
}

/// A minimal .docx.
pub fn docx() -> Vec<u8> {
    docx_with(&[])
}

/// A minimal .xlsx.
pub fn xlsx() -> Vec<u8> {
    ooxml(
        "xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        &[],
    )
}

/// A minimal .pptx.
pub fn pptx() -> Vec<u8> {
    ooxml(
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        &[],
    )
}

/// A minimal OpenDocument file of the given media type: `mimetype` first and stored.
pub fn odf(mimetype: &str) -> Vec<u8> {
    zip(&[
        ("mimetype", mimetype.as_bytes(), false),
        (
            "content.xml",
            b"<?xml version=\"1.0\"?><office:document-content/>",
            true,
        ),
        (
            "META-INF/manifest.xml",
            b"<?xml version=\"1.0\"?><manifest:manifest/>",
            true,
        ),
    ])
}

/// Directory entry object types.
pub const STORAGE: u8 = 1;
/// A stream.
pub const STREAM: u8 = 2;

const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
const FREE: u32 = 0xFFFF_FFFF;
const FAT_SECTOR: u32 = 0xFFFF_FFFD;

fn put16(buf: &mut [u8], at: usize, value: u16) {
    buf[at..at + 2].copy_from_slice(&value.to_le_bytes());
}

fn put32(buf: &mut [u8], at: usize, value: u32) {
    buf[at..at + 4].copy_from_slice(&value.to_le_bytes());
}

fn entry(name: &str, object: u8, left: u32, right: u32, child: u32) -> Vec<u8> {
    let mut entry = vec![0u8; 128];
    let units: Vec<u16> = name.encode_utf16().collect();
    for (i, unit) in units.iter().enumerate() {
        put16(&mut entry, 2 * i, *unit);
    }
    put16(
        &mut entry,
        0x40,
        u16::try_from(2 * (units.len() + 1)).unwrap(),
    );
    entry[0x42] = object;
    entry[0x43] = 1; // black
    put32(&mut entry, 0x44, left);
    put32(&mut entry, 0x48, right);
    put32(&mut entry, 0x4C, child);
    entry
}

/// An OLE compound file (512-byte sectors) whose root has the given children, after `padding`
/// sectors of UTF-16LE text that mentions every stream name (so a naive search would be misled).
pub fn ole_padded(children: &[(&str, u8)], padding: usize) -> Vec<u8> {
    let entries = 1 + children.len();
    let dir_sectors = entries.div_ceil(4);
    // FAT sectors first, then padding, then the directory; the FAT must cover all of them.
    let mut fat_sectors = 1;
    while fat_sectors * 128 < fat_sectors + padding + dir_sectors {
        fat_sectors += 1;
    }
    assert!(fat_sectors <= 109, "fixture too large for the header DIFAT");
    let total = fat_sectors + padding + dir_sectors;
    let mut out = vec![0u8; 512];
    out[..8].copy_from_slice(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    put16(&mut out, 0x18, 0x3E);
    put16(&mut out, 0x1A, 3);
    put16(&mut out, 0x1C, 0xFFFE);
    put16(&mut out, 0x1E, 9);
    put16(&mut out, 0x20, 6);
    put32(&mut out, 0x2C, u32::try_from(fat_sectors).unwrap());
    let first_dir = u32::try_from(fat_sectors + padding).unwrap();
    put32(&mut out, 0x30, first_dir);
    put32(&mut out, 0x38, 4096);
    put32(&mut out, 0x3C, END_OF_CHAIN);
    put32(&mut out, 0x44, END_OF_CHAIN);
    for i in 0..109 {
        let value = if i < fat_sectors {
            u32::try_from(i).unwrap()
        } else {
            FREE
        };
        put32(&mut out, 0x4C + 4 * i, value);
    }
    let mut fat = vec![FREE; fat_sectors * 128];
    for slot in fat.iter_mut().take(fat_sectors) {
        *slot = FAT_SECTOR;
    }
    for i in 0..padding {
        let sector = fat_sectors + i;
        fat[sector] = if i + 1 == padding {
            END_OF_CHAIN
        } else {
            u32::try_from(sector + 1).unwrap()
        };
    }
    for i in 0..dir_sectors {
        let sector = fat_sectors + padding + i;
        fat[sector] = if i + 1 == dir_sectors {
            END_OF_CHAIN
        } else {
            u32::try_from(sector + 1).unwrap()
        };
    }
    assert!(total <= fat.len());
    for value in fat {
        out.extend_from_slice(&value.to_le_bytes());
    }
    let text: Vec<u8> = "Workbook Book PowerPoint Document WordDocument Macros "
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    for _ in 0..padding {
        let mut sector: Vec<u8> = text.iter().copied().cycle().take(512).collect();
        sector.truncate(512);
        out.extend_from_slice(&sector);
    }
    let child = if children.is_empty() { FREE } else { 1 };
    out.extend(entry("Root Entry", 5, FREE, FREE, child));
    for (i, (name, object)) in children.iter().enumerate() {
        let right = if i + 1 == children.len() {
            FREE
        } else {
            u32::try_from(i + 2).unwrap()
        };
        out.extend(entry(name, *object, FREE, right, FREE));
    }
    out.resize(512 * (1 + total), 0);
    out
}

/// An OLE compound file whose root has the given children.
pub fn ole(children: &[(&str, u8)]) -> Vec<u8> {
    ole_padded(children, 0)
}

/// A minimal .doc.
pub fn doc() -> Vec<u8> {
    ole(&[
        ("WordDocument", STREAM),
        ("1Table", STREAM),
        ("\u{5}SummaryInformation", STREAM),
    ])
}

/// A minimal .xls.
pub fn xls() -> Vec<u8> {
    ole(&[("Workbook", STREAM), ("\u{5}SummaryInformation", STREAM)])
}

/// A minimal .ppt.
pub fn ppt() -> Vec<u8> {
    ole(&[("PowerPoint Document", STREAM), ("Current User", STREAM)])
}

/// One valid fixture of every kind, with the kind it is.
pub fn every_kind() -> Vec<(klero_files::Kind, Vec<u8>)> {
    use klero_files::Kind;
    vec![
        (Kind::Pdf, PDF.to_vec()),
        (Kind::Docx, docx()),
        (Kind::Xlsx, xlsx()),
        (Kind::Pptx, pptx()),
        (Kind::Odt, odf("application/vnd.oasis.opendocument.text")),
        (
            Kind::Ods,
            odf("application/vnd.oasis.opendocument.spreadsheet"),
        ),
        (
            Kind::Odp,
            odf("application/vnd.oasis.opendocument.presentation"),
        ),
        (Kind::Doc, doc()),
        (Kind::Xls, xls()),
        (Kind::Ppt, ppt()),
        (Kind::Rtf, RTF.to_vec()),
        (
            Kind::Txt,
            "Compte rendu de la séance\r\n\tpoint 1\n"
                .as_bytes()
                .to_vec(),
        ),
        (Kind::Csv, b"name,votes\nA,3\nB,4\n".to_vec()),
        (Kind::Png, PNG.to_vec()),
        (Kind::Jpeg, JPEG.to_vec()),
    ]
}
