//! The kinds' names, extensions and content types.

use std::collections::HashSet;

use klero_files::Kind;

#[test]
fn names_parse_back_and_are_distinct() {
    let mut seen = HashSet::new();
    for kind in Kind::ALL {
        assert_eq!(Kind::parse(kind.name()), Some(kind));
        assert!(seen.insert(kind.name()));
    }
    assert_eq!(Kind::parse("PDF"), None);
    assert_eq!(Kind::parse("jpg"), None);
    assert_eq!(Kind::parse(""), None);
}

#[test]
fn extensions_are_lower_case_distinct_and_map_back() {
    let mut seen = HashSet::new();
    for kind in Kind::ALL {
        assert!(!kind.extensions().is_empty());
        for ext in kind.extensions() {
            assert_eq!(*ext, ext.to_lowercase());
            assert!(!ext.starts_with('.'));
            assert!(seen.insert(*ext), "{ext} twice");
            assert_eq!(Kind::from_extension(ext), Some(kind));
            assert_eq!(Kind::from_extension(&ext.to_uppercase()), Some(kind));
        }
    }
    assert_eq!(Kind::Jpeg.extensions(), ["jpg", "jpeg"]);
    assert_eq!(Kind::from_extension("exe"), None);
    assert_eq!(Kind::from_extension("docm"), None);
}

#[test]
fn content_types() {
    assert_eq!(Kind::Pdf.content_type(), "application/pdf");
    assert_eq!(
        Kind::Docx.content_type(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(
        Kind::Xlsx.content_type(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        Kind::Pptx.content_type(),
        "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    );
    assert_eq!(
        Kind::Odt.content_type(),
        "application/vnd.oasis.opendocument.text"
    );
    assert_eq!(Kind::Doc.content_type(), "application/msword");
    assert_eq!(Kind::Txt.content_type(), "text/plain; charset=utf-8");
    assert_eq!(Kind::Csv.content_type(), "text/csv; charset=utf-8");
    assert_eq!(Kind::Jpeg.content_type(), "image/jpeg");
    let distinct: HashSet<_> = Kind::ALL.iter().map(|k| k.content_type()).collect();
    assert_eq!(distinct.len(), Kind::ALL.len());
}
