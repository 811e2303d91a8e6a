//! `klero invite`: the invitation lottery on small registers in a temporary folder (helpers
//! here, tests by topic in the modules).

mod draws;
mod problems;
mod spreadsheet;

use crate::common::{Run, klero};
use std::path::Path;

pub const HEADER: &str = "id,name,street,postcode,commune";

/// 120 people: 80 in Uccle (households of 2), 40 in "Saint-Gilles" (spelled in several ways,
/// households of 4). Names carry commas and accents, to be written back unchanged.
pub fn register() -> String {
    let mut text = format!("\u{feff}{HEADER}\n");
    for i in 0..80 {
        text.push_str(&format!(
            "u{i},\"Dupont, Zoé {i}\",Rue {},1180,Uccle\n",
            i / 2
        ));
    }
    for i in 0..40 {
        let commune = ["Saint-Gilles", " saint-gilles", "SAINT-GILLES "][i % 3];
        text.push_str(&format!("s{i},Émile {i},Avenue {},1060,{commune}\n", i / 4));
    }
    text
}

pub fn folder(register_text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_owned();
    std::fs::write(dir.join("register.csv"), register_text).unwrap();
    (tmp, dir)
}

pub fn invite(dir: &Path, count: &str, more: &[&str]) -> Run {
    let mut args = vec![
        "invite",
        "--register",
        "register.csv",
        "--count",
        count,
        "--stratify-by",
        "commune",
        "--household-columns",
        "street,postcode",
        "--out",
        "invited.csv",
    ];
    args.extend(more);
    klero(dir, &args)
}

/// The data rows of a CSV file, as text lines.
pub fn rows(dir: &Path, file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    text.lines().skip(1).map(str::to_owned).collect()
}

pub fn ids(lines: &[String]) -> Vec<String> {
    let mut ids: Vec<String> = lines
        .iter()
        .map(|l| l.split(',').next().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}
