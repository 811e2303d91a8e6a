//! Fuzzes the OpenDocument reader (`klero-pool`'s own streaming reader of `content.xml`). The
//! input is the `content.xml` of an otherwise valid `.ods` (stored, not compressed, so that every
//! mutation reaches the XML), read as the people file beside a valid features file.
#![no_main]

use klero_fuzz::{FEATURES, check, ods_with_content};
use klero_pool::Kind::{Csv, Spreadsheet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check(
        FEATURES.as_bytes(),
        Csv,
        &ods_with_content(data),
        Spreadsheet,
    );
});
