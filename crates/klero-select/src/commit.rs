//! The commitment, published before the seed is known, so that no one can tune the inputs or the
//! lottery to a seed. It is made in two steps:
//!
//! - the inputs' digest: SHA-256 of the canonical text of the pool, quotas, settings and engine
//!   version ([`Commitment::new`]);
//! - the commitment itself: SHA-256 of a short text naming the inputs' digest and the SHA-256 of
//!   the published lottery file ([`Commitment::sealing`]), so it covers both.
//!
//! Both texts are documented in `docs/verification.md`; anyone can recompute them.

use crate::{Algorithm, Instance};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// The engine version, part of every commitment: another engine may find another distribution.
pub const ENGINE_VERSION: &str = concat!("klero-select ", env!("CARGO_PKG_VERSION"));

/// Settings that change the outcome of a draw, and so are part of the commitment.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Settings {
    /// The algorithm.
    pub algorithm: Algorithm,
    /// Equally likely panels in the transparent lottery.
    pub lottery_panels: u32,
    /// Length of the ordered reserve list.
    pub reserves: u32,
}

/// The hash of the canonical inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Commitment(pub [u8; 32]);

impl Commitment {
    /// The inputs' digest: the hash of the canonical text of the instance and settings. It also
    /// seeds LEGACY's estimates, which must not depend on the seed.
    pub fn new(instance: &Instance, settings: &Settings) -> Self {
        Self(Sha256::digest(canonical_text(instance, settings).as_bytes()).into())
    }

    /// The commitment of a draw: it covers the inputs (their digest, from [`Commitment::new`])
    /// and the lottery published with them (the SHA-256 of its file):
    /// `SHA-256("kleroterion-commitment\tv2\ninputs\t" || hex(inputs) || "\nlottery\t" ||
    /// hex(lottery) || "\n")`.
    pub fn sealing(inputs: &Commitment, lottery_sha256: &[u8; 32]) -> Self {
        let text = format!(
            "kleroterion-commitment\tv2\ninputs\t{}\nlottery\t{}\n",
            inputs.to_hex(),
            hex::encode(lottery_sha256)
        );
        Self(Sha256::digest(text.as_bytes()).into())
    }

    /// Lower-case hexadecimal, as published.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Parses 64 hexadecimal digits.
    pub fn from_hex(text: &str) -> Option<Self> {
        let bytes = hex::decode(text.trim()).ok()?;
        Some(Self(bytes.try_into().ok()?))
    }
}

/// The canonical text: one line per fact, fields separated by tabs, names as normalised for
/// matching (trimmed, lower case). People keep their order in the pool.
pub fn canonical_text(instance: &Instance, settings: &Settings) -> String {
    let mut out = String::with_capacity(64 * instance.people().len());
    let _ = writeln!(out, "kleroterion-commitment\tv1");
    let _ = writeln!(out, "engine\t{ENGINE_VERSION}");
    let _ = writeln!(out, "algorithm\t{}", settings.algorithm.name());
    let _ = writeln!(out, "lottery_panels\t{}", settings.lottery_panels);
    let _ = writeln!(out, "reserves\t{}", settings.reserves);
    let _ = writeln!(out, "panel_size\t{}", instance.panel_size());
    for cat in instance.categories() {
        let _ = writeln!(out, "category\t{}", normalise(&cat.name));
        for q in &cat.values {
            let flex = |f: Option<u32>| f.map_or_else(|| "-".to_owned(), |v| v.to_string());
            let _ = writeln!(
                out,
                "quota\t{}\t{}\t{}\t{}\t{}",
                normalise(&q.value),
                q.min,
                q.max,
                flex(q.min_flex),
                flex(q.max_flex)
            );
        }
    }
    for p in instance.people() {
        let _ = write!(out, "person\t{}", p.id.trim());
        for (c, &v) in p.values.iter().enumerate() {
            let _ = write!(
                out,
                "\t{}",
                normalise(&instance.categories()[c].values[usize::from(v)].value)
            );
        }
        match p.household {
            Some(h) => {
                let _ = writeln!(out, "\th{h}");
            }
            None => {
                let _ = writeln!(out, "\t-");
            }
        }
    }
    out
}

/// Trims and lower-cases a name, as values are matched.
pub fn normalise(name: &str) -> String {
    name.trim().to_lowercase()
}
