//! The CSV files of a bundle: the panel, the reserve list and everyone's probability.
//!
//! Ids, feature names and values are the organiser's text: each is written through
//! [`neutralise`], so that a spreadsheet runs none as a formula, and read back through
//! [`restore`].

use crate::BundleError;
use klero_pool::formula::{neutralise, restore};
use klero_select::Instance;

/// Decimals of the probabilities in `probabilities.csv`.
pub(crate) const DECIMALS: usize = 9;

fn finish(file: &'static str, writer: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, BundleError> {
    writer
        .into_inner()
        .map_err(|e| BundleError::render(file, e.error()))
}

/// The header and rows of people: `<prefix...>,id,<features...>`.
fn people_rows(
    file: &'static str,
    instance: &Instance,
    prefix: &[&str],
    rows: impl Iterator<Item = (Vec<String>, usize)>,
) -> Result<Vec<u8>, BundleError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let categories = instance.categories();
    let header = prefix
        .iter()
        .copied()
        .chain(["id"])
        .map(str::to_owned)
        .chain(categories.iter().map(|c| neutralise(&c.name).into_owned()));
    writer
        .write_record(header)
        .map_err(|e| BundleError::render(file, e))?;
    for (mut record, i) in rows {
        let person = &instance.people()[i];
        record.push(neutralise(&person.id).into_owned());
        for (c, &v) in person.values.iter().enumerate() {
            record.push(neutralise(&categories[c].values[usize::from(v)].value).into_owned());
        }
        writer
            .write_record(&record)
            .map_err(|e| BundleError::render(file, e))?;
    }
    finish(file, writer)
}

/// `panel.csv`: `id,<features...>`, members in pool order.
pub(crate) fn panel_csv(instance: &Instance, panel: &[usize]) -> Result<Vec<u8>, BundleError> {
    people_rows(
        crate::layout::PANEL,
        instance,
        &[],
        panel.iter().map(|&i| (Vec::new(), i)),
    )
}

/// `reserves.csv`: `rank,id,<features...>`, in the order reserves are called.
pub(crate) fn reserves_csv(
    instance: &Instance,
    reserves: &[usize],
) -> Result<Vec<u8>, BundleError> {
    people_rows(
        crate::layout::RESERVES,
        instance,
        &["rank"],
        reserves
            .iter()
            .enumerate()
            .map(|(rank, &i)| (vec![(rank + 1).to_string()], i)),
    )
}

/// One row of `probabilities.csv`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ProbabilityRow {
    pub id: String,
    pub probability: f64,
    pub lottery_probability: f64,
}

/// `probabilities.csv`: `id,probability,lottery_probability`, everyone in pool order.
pub(crate) fn probabilities_csv(rows: &[ProbabilityRow]) -> Result<Vec<u8>, BundleError> {
    let file = crate::layout::PROBABILITIES;
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["id", "probability", "lottery_probability"])
        .map_err(|e| BundleError::render(file, e))?;
    for row in rows {
        writer
            .write_record([
                neutralise(&row.id).into_owned(),
                format!("{:.DECIMALS$}", row.probability),
                format!("{:.DECIMALS$}", row.lottery_probability),
            ])
            .map_err(|e| BundleError::render(file, e))?;
    }
    finish(file, writer)
}

/// The ids in the first column named `id` of a CSV file (for describing differences).
pub(crate) fn ids_of(bytes: &[u8]) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(bytes);
    let Ok(header) = reader.headers() else {
        return Vec::new();
    };
    let Some(at) = header.iter().position(|h| h == "id") else {
        return Vec::new();
    };
    reader
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| r.get(at).map(|id| restore(id).to_owned()))
        .collect()
}
