//! What the fuzz targets share: the options they load with, and the check of a result.

use klero_pool::{Kind, LoadOptions, Source, load_sources};

/// A valid features file, for targets that fuzz only the people file (and the other way round).
pub const FEATURES: &str = "feature,value,min,max,min_flex,max_flex\n\
                            gender,female,1,2,0,3\n\
                            gender,male,1,2,,\n\
                            age,young,0,3,,\n\
                            age,old,0,3,,\n";

/// A valid people file with households.
pub const PEOPLE: &str = "id,gender,age,address,household\n\
                          p1,female,young,1 Main St,\n\
                          p2,male,old,1 main st,h1\n\
                          p3,female,old,,h1\n\
                          p4,male,young,2 Main St,\n";

/// The ways the targets load a pair of files: ids, addresses and household columns by default
/// and by name, so that every path of the people reader is reached.
pub fn options() -> [LoadOptions; 2] {
    [
        LoadOptions {
            panel_size: 3,
            id_column: None,
            address_columns: vec!["address".to_owned()],
            household_column: None,
        },
        LoadOptions {
            panel_size: 2,
            id_column: Some("id".to_owned()),
            address_columns: Vec::new(),
            household_column: Some("household".to_owned()),
        },
    ]
}

/// Loads the two files with every set of options; a result must be a pool or at least one
/// problem in one of the two files. Panics (which the fuzzer reports) otherwise.
pub fn check(features: &[u8], features_kind: Kind, people: &[u8], people_kind: Kind) {
    for options in options() {
        let result = load_sources(
            Source {
                name: "features",
                bytes: features,
                kind: features_kind,
            },
            Source {
                name: "people",
                bytes: people,
                kind: people_kind,
            },
            &options,
        );
        match result {
            Ok(pool) => {
                let n = pool.instance.people().len();
                assert_eq!(pool.people_rows.len(), n);
                assert_eq!(pool.people_lines.len(), n);
            }
            Err(problems) => {
                assert!(!problems.is_empty(), "an error without a problem");
                for p in &problems {
                    assert!(p.file == "features" || p.file == "people", "{p}");
                    assert_ne!(p.line, Some(0), "{p}");
                }
            }
        }
    }
}

/// An `.ods` file (zip, entries stored) whose `content.xml` is `content`.
pub fn ods_with_content(content: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut write = |name: &str, bytes: &[u8]| {
        zip.start_file(name, stored)
            .and_then(|()| zip.write_all(bytes).map_err(Into::into))
    };
    write(
        "mimetype",
        b"application/vnd.oasis.opendocument.spreadsheet",
    )
    .and_then(|()| write("content.xml", content))
    .expect("writing to memory");
    zip.finish().expect("writing to memory").into_inner()
}
