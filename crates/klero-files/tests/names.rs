//! Safe download names and the Content-Disposition header.

use klero_files::{Kind, content_disposition, safe_name};

#[test]
fn last_path_component_only() {
    assert_eq!(safe_name("../../etc/passwd", None), "passwd");
    assert_eq!(safe_name("C:\\Users\\x\\report.pdf", None), "report.pdf");
    assert_eq!(safe_name("a/b\\c/d.txt", Some(Kind::Txt)), "d.txt");
    assert_eq!(safe_name("dir/", Some(Kind::Pdf)), "document.pdf");
}

#[test]
fn reserved_device_names() {
    assert_eq!(safe_name("CON.txt", None), "_CON.txt");
    assert_eq!(safe_name("con", None), "_con");
    assert_eq!(safe_name("Lpt9.tar.gz", None), "_Lpt9.tar.gz");
    assert_eq!(safe_name("com1 .pdf", None), "_com1 .pdf");
    assert_eq!(safe_name("nul.", None), "_nul");
    assert_eq!(safe_name("CONSOLE.txt", None), "CONSOLE.txt");
    assert_eq!(safe_name("COM10.txt", None), "COM10.txt");
    assert_eq!(safe_name("my CON.txt", None), "my CON.txt");
}

#[test]
fn format_characters_and_forbidden_punctuation() {
    // A right-to-left override would show "evil\u{202E}fdp.exe" as "evilexe.pdf".
    assert_eq!(safe_name("\u{202E}evil\"name.pdf", None), "evil_name.pdf");
    assert_eq!(
        safe_name("in\u{200B}vis\u{FEFF}ible\u{2066}.pdf", None),
        "invisible.pdf"
    );
    assert_eq!(safe_name("soft\u{AD}hyphen.txt", None), "softhyphen.txt");
    assert_eq!(safe_name("a:b*c?d<e>f|g.txt", None), "a_b_c_d_e_f_g.txt");
    assert_eq!(safe_name("bell\u{7}\u{0}.txt", None), "bell.txt");
}

#[test]
fn whitespace_and_dots() {
    assert_eq!(
        safe_name("  Compte   rendu\t\n séance .pdf ", None),
        "Compte rendu séance .pdf"
    );
    assert_eq!(safe_name("line\r\nbreak.txt", None), "line break.txt");
    assert_eq!(safe_name("...hidden", None), "hidden");
    assert_eq!(safe_name(". . .bashrc", None), "bashrc");
    assert_eq!(safe_name("trailing...", None), "trailing");
    assert_eq!(safe_name("a\u{3000}b\u{2028}c.txt", None), "a b c.txt");
}

#[test]
fn empty_results() {
    assert_eq!(safe_name("", Some(Kind::Pdf)), "document.pdf");
    assert_eq!(safe_name("", Some(Kind::Jpeg)), "document.jpg");
    assert_eq!(safe_name("", None), "document");
    assert_eq!(safe_name(" \u{202E} ..", Some(Kind::Docx)), "document.docx");
}

#[test]
fn long_names_keep_their_extension() {
    let long = format!("{}.pdf", "a".repeat(300));
    let safe = safe_name(&long, None);
    assert_eq!(safe.chars().count(), 120);
    assert_eq!(safe, format!("{}.pdf", "a".repeat(116)));
    // Multi-byte characters: at most 255 bytes too.
    let wide = format!("{}.docx", "é".repeat(300));
    let safe = safe_name(&wide, None);
    assert!(safe.len() <= 255 && safe.chars().count() <= 120, "{safe}");
    assert!(safe.ends_with("é.docx"));
    // No trailing space before the extension after the cut.
    let spaced = format!("{} b.pdf", "a".repeat(115));
    assert_eq!(safe_name(&spaced, None), format!("{}.pdf", "a".repeat(115)));
    // A long "extension" is not one: the name is just cut.
    let odd = format!("x.{}", "b".repeat(300));
    assert_eq!(safe_name(&odd, None).chars().count(), 120);
    // Exactly 120 characters is left alone.
    let exact = format!("{}.txt", "c".repeat(116));
    assert_eq!(safe_name(&exact, None), exact);
}

#[test]
fn content_disposition_with_non_ascii() {
    assert_eq!(
        content_disposition("Rapport é.pdf"),
        "attachment; filename=\"Rapport _.pdf\"; filename*=UTF-8''Rapport%20%C3%A9.pdf"
    );
    assert_eq!(
        content_disposition("report.pdf"),
        "attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf"
    );
    assert_eq!(
        content_disposition("会议.txt"),
        "attachment; filename=\"__.txt\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE.txt"
    );
}

#[test]
fn content_disposition_defends_against_unsafe_input() {
    let header = content_disposition("a\"b\\c\r\nSet-Cookie: x=1;.pdf");
    assert_eq!(
        header,
        "attachment; filename=\"a_b_c__Set-Cookie: x=1;.pdf\"; \
         filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1%3B.pdf"
    );
    assert!(!header.contains(['\r', '\n']));
}
