//! Fuzzes the spreadsheet readers (xlsx, xlsb, xls, ods through calamine). The input is one
//! workbook, read as the people file beside a valid features file, then as the features file
//! beside a valid people file (a workbook is a zip file: there is no byte to split it at).
#![no_main]

use klero_fuzz::{FEATURES, PEOPLE, check};
use klero_pool::Kind::{Csv, Spreadsheet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check(FEATURES.as_bytes(), Csv, data, Spreadsheet);
    check(data, Spreadsheet, PEOPLE.as_bytes(), Csv);
});
