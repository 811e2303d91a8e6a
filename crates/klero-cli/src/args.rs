//! Options shared by several subcommands: the input files and the settings of a draw.

use crate::failure::{BadInput, bad_argument};
use anyhow::Context as _;
use clap::Args;
use klero_select::{Algorithm, Settings};
use std::path::PathBuf;

/// The features (quotas) and people files, and how to read them.
#[derive(Debug, Args)]
pub struct Input {
    /// The features file (CSV or spreadsheet): `feature,value,min,max[,min_flex,max_flex]`.
    #[arg(long, value_name = "FILE")]
    pub features: PathBuf,
    /// The people file (CSV or spreadsheet): one row per volunteer.
    #[arg(long, value_name = "FILE")]
    pub people: PathBuf,
    /// Seats on the panel.
    #[arg(long, value_name = "K")]
    pub panel_size: u32,
    /// The id column of the people file [default: `id`, else the first column].
    #[arg(long, value_name = "COLUMN")]
    pub id_column: Option<String>,
    /// Columns that together give a volunteer's address: at most one person per address is
    /// selected.
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub address_columns: Vec<String>,
    /// A column naming households directly (people with the same non-empty value share one).
    #[arg(long, value_name = "COLUMN")]
    pub household_column: Option<String>,
}

impl Input {
    /// Reads and checks the files; bad input lists every problem.
    pub fn load(&self) -> anyhow::Result<klero_pool::Pool> {
        let options = klero_pool::LoadOptions {
            panel_size: self.panel_size,
            id_column: self.id_column.clone(),
            address_columns: self.address_columns.clone(),
            household_column: self.household_column.clone(),
        };
        klero_pool::load(&self.features, &self.people, &options)
            .map_err(|problems| BadInput(problems).into())
    }
}

/// The settings of a draw (all part of the commitment).
#[derive(Debug, Args)]
pub struct Draw {
    /// The algorithm: leximin (fairest), maximin, nash (maximum Nash welfare), goldilocks (every
    /// chance close to k/n), diversimax (one most diverse panel, not a lottery), or legacy (the
    /// old greedy method, for comparison).
    #[arg(long, default_value = "leximin", value_name = "NAME")]
    pub algorithm: String,
    /// Equally likely panels in the public lottery the distribution is rounded to (published as
    /// counts of distinct panels, so a large M costs nothing and keeps everyone's chance within
    /// about 1/M per panel of the distribution's).
    #[arg(long, default_value_t = klero_select::DEFAULT_LOTTERY_PANELS, value_name = "M")]
    pub lottery_panels: u32,
    /// Length of the ordered reserve list [default: a tenth of the panel size, rounded up].
    #[arg(long, value_name = "R")]
    pub reserves: Option<u32>,
}

/// The default reserve list: a tenth of the panel, rounded up (at least 1).
pub fn default_reserves(panel_size: u32) -> u32 {
    panel_size.div_ceil(10).max(1)
}

/// Parses an algorithm name.
pub fn algorithm(name: &str) -> anyhow::Result<Algorithm> {
    Algorithm::parse(name).ok_or_else(|| {
        bad_argument(
            "--algorithm",
            format!("`{name}` is not an algorithm: choose leximin, maximin, nash, goldilocks, diversimax or legacy"),
        )
    })
}

impl Draw {
    /// The engine's settings for a panel of `panel_size`.
    pub fn settings(&self, panel_size: u32) -> anyhow::Result<Settings> {
        if self.lottery_panels == 0 {
            return Err(bad_argument(
                "--lottery-panels",
                "the lottery needs at least one panel",
            ));
        }
        Ok(Settings {
            algorithm: algorithm(&self.algorithm)?,
            lottery_panels: self.lottery_panels,
            reserves: self
                .reserves
                .unwrap_or_else(|| default_reserves(panel_size)),
        })
    }
}

/// A seed from the operating system's randomness: 128 bits as 32 hexadecimal digits.
pub fn random_seed() -> anyhow::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| anyhow::anyhow!("{e}"))
        .context("reading the operating system's randomness")?;
    Ok(hex::encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::default_reserves;

    #[test]
    fn reserves_default_to_a_tenth_rounded_up() {
        assert_eq!(default_reserves(1), 1);
        assert_eq!(default_reserves(20), 2);
        assert_eq!(default_reserves(22), 3);
        assert_eq!(default_reserves(0), 1);
    }
}
