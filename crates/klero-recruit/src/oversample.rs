//! Over-sampling factors: `VALUE=FACTOR`, a stratum's allocation weighted by a factor.

use crate::key::normalise;
use crate::table::Issue;

/// The smallest factor accepted.
pub const MIN_FACTOR: f64 = 0.001;
/// The largest factor accepted.
pub const MAX_FACTOR: f64 = 1000.0;

/// A factor for a stratum.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Factor {
    /// The value as given.
    pub value: String,
    /// The value normalised.
    pub key: String,
    pub factor: f64,
}

/// Parses `VALUE=FACTOR` texts; problems are reported against `--oversample`.
pub(crate) fn parse(specs: &[String], issues: &mut Vec<Issue>) -> Vec<Factor> {
    let mut factors: Vec<Factor> = Vec::new();
    for spec in specs {
        let Some((value, factor)) = spec.rsplit_once('=') else {
            issues.push(Issue::argument(
                "--oversample",
                format!("`{spec}`: expected VALUE=FACTOR, for example `Koekelberg=1.5`"),
            ));
            continue;
        };
        let (value, key) = (value.trim(), normalise(value));
        if key.is_empty() {
            issues.push(Issue::argument(
                "--oversample",
                format!("`{spec}`: the value before `=` is empty"),
            ));
            continue;
        }
        let factor = match factor.trim().parse::<f64>() {
            Ok(f) if (MIN_FACTOR..=MAX_FACTOR).contains(&f) => f,
            _ => {
                issues.push(Issue::argument(
                    "--oversample",
                    format!(
                        "`{spec}`: the factor must be a positive number from {MIN_FACTOR} to \
                         {MAX_FACTOR}"
                    ),
                ));
                continue;
            }
        };
        if factors.iter().any(|f| f.key == key) {
            issues.push(Issue::argument(
                "--oversample",
                format!("`{value}` is given more than once"),
            ));
            continue;
        }
        factors.push(Factor {
            value: value.to_owned(),
            key,
            factor,
        });
    }
    factors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_values_and_factors() {
        let mut issues = Vec::new();
        let specs: Vec<String> = ["Sint-Joost=2", " koekelberg = 1.5 ", "a=b=3"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let factors = parse(&specs, &mut issues);
        assert!(issues.is_empty(), "{issues:?}");
        let got: Vec<(&str, f64)> = factors.iter().map(|f| (f.key.as_str(), f.factor)).collect();
        assert_eq!(
            got,
            vec![("sint-joost", 2.0), ("koekelberg", 1.5), ("a=b", 3.0)]
        );
    }

    #[test]
    fn reports_bad_factors() {
        let mut issues = Vec::new();
        let specs: Vec<String> = [
            "x", "=2", "a=0", "b=-1", "c=nan", "d=inf", "e=two", "f=1", "F=2",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        let factors = parse(&specs, &mut issues);
        assert_eq!(factors.len(), 1);
        assert_eq!(issues.len(), 8, "{issues:?}");
    }
}
