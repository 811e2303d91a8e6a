//! `klero bench`: runs an algorithm on benchmark instances and prints one row per instance.

use crate::args::algorithm;
use crate::failure::{FAILED, bad_argument};
use anyhow::Context as _;
use clap::Args;
use klero_select::{Commitment, Settings, SolveStats};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Options of `klero bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// The folder of instances: one folder each, with `features.csv`, `people.csv` and
    /// `meta.json` (`k`, `id_column`, `address_columns`).
    #[arg(
        long,
        env = "KLERO_BENCH_INSTANCES",
        default_value = "bench/instances",
        value_name = "DIR"
    )]
    instances: PathBuf,
    /// Only these instances (folder names).
    #[arg(long, value_name = "NAME,...", value_delimiter = ',')]
    only: Vec<String>,
    /// The algorithm: leximin, maximin, nash, goldilocks, diversimax or legacy.
    #[arg(long, default_value = "leximin", value_name = "NAME")]
    algorithm: String,
    /// Also write the results as JSON to this file.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
}

/// One instance's results.
#[derive(Debug, Serialize)]
struct Row {
    name: String,
    n: usize,
    k: u32,
    /// Seconds to find the distribution.
    seconds: f64,
    /// Seconds of the whole `klero select`: reading the files, the distribution, the lottery,
    /// the commitment, the draw and the bundle written.
    end_to_end_seconds: f64,
    /// Seconds of `klero verify` on that bundle.
    verify_seconds: f64,
    /// Whether every check of `klero verify` passed (the certificate's among them).
    verified: bool,
    /// The process's peak resident memory so far (VmHWM), MiB: not this instance's alone.
    peak_mib: Option<f64>,
    min_probability: f64,
    /// The largest change of anyone's chance from the distribution to the lottery.
    max_change: f64,
    stats: SolveStats,
    error: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
struct Meta {
    k: u32,
    id_column: Option<String>,
    #[serde(default)]
    address_columns: Vec<String>,
}

const LEGEND: &str = "\
# instance: folder name; n: people; k: seats; types: classes of interchangeable people;
# secs: time to find the distribution; e2e_s: the whole `klero select` (reading the files, the
#   distribution, the lottery of a billion panels, the commitment, the draw, the bundle written);
# verify_s: `klero verify` on that bundle (no solving but the certificate's integer program);
# ok: every check passed; peak_mib: the klero process's peak resident memory so far (VmHWM,
#   MiB), not this instance's alone; min_p: smallest selection probability; change: the largest
#   change of anyone's chance from the distribution to the lottery;
# levels: LEXIMIN levels; panels: panels generated; support: panels with positive probability;
# lp, mip: programs solved; lp_s, mip_s, heur_s: seconds in them and in local search (and in
#   drawing panels); heur: improving panels found by local search; drawn: panels drawn around the
#   relaxation's LEXIMIN point to seed its decomposition; walked: panels found by the walk that
#   writes that point as panels before the decomposition";

fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn instance_dirs(root: &Path, only: &[String]) -> anyhow::Result<Vec<(String, PathBuf)>> {
    let entries = std::fs::read_dir(root).map_err(|e| {
        bad_argument(
            "--instances",
            format!("`{}` cannot be read: {e}", root.display()),
        )
    })?;
    let mut dirs: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("meta.json").is_file())
        .filter_map(|p| Some((p.file_name()?.to_string_lossy().into_owned(), p)))
        .filter(|(name, _)| only.is_empty() || only.contains(name))
        .collect();
    dirs.sort();
    for name in only {
        if !dirs.iter().any(|(n, _)| n == name) {
            return Err(bad_argument(
                "--only",
                format!("no instance `{name}` in `{}`", root.display()),
            ));
        }
    }
    Ok(dirs)
}

fn bench_one(name: &str, dir: &Path, settings: &Settings) -> anyhow::Result<Row> {
    let meta: Meta =
        serde_json::from_slice(&std::fs::read(dir.join("meta.json")).context("reading meta.json")?)
            .context("reading meta.json")?;
    let options = klero_pool::LoadOptions {
        panel_size: meta.k,
        id_column: meta.id_column,
        address_columns: meta.address_columns,
        household_column: None,
    };
    let out = tempfile_dir()?;
    let bundle = out.join("bundle");
    let whole = Instant::now();
    let pool = klero_pool::load(&dir.join("features.csv"), &dir.join("people.csv"), &options)
        .map_err(crate::failure::BadInput)?;
    let instance = &pool.instance;
    let settings = Settings {
        reserves: crate::args::default_reserves(instance.panel_size()),
        ..settings.clone()
    };
    let seed = Commitment::new(instance, &settings).0;
    let clock = Instant::now();
    let dist = klero_select::find_distribution(instance, settings.algorithm, seed, &mut |_| {})?;
    let seconds = clock.elapsed().as_secs_f64();
    let prepared = klero_bundle::prepare_from(instance, &settings, &dist)?;
    let outcome = prepared.draw(instance, "benchmark seed")?;
    klero_bundle::write_bundle(&bundle, klero_bundle::BundleInput::from(&pool), &outcome)?;
    let end_to_end_seconds = whole.elapsed().as_secs_f64();
    let clock = Instant::now();
    let report = klero_bundle::verify(&bundle)?;
    let verify_seconds = clock.elapsed().as_secs_f64();
    let _ = std::fs::remove_dir_all(&out);
    Ok(Row {
        name: name.to_owned(),
        n: instance.people().len(),
        k: instance.panel_size(),
        seconds,
        end_to_end_seconds,
        verify_seconds,
        verified: report.passed(),
        peak_mib: peak_mib(),
        min_probability: dist.min_probability(),
        max_change: outcome.prepared.file.max_change,
        stats: dist.stats,
        error: None,
    })
}

/// A fresh folder under the system's temporary folder for one instance's bundle.
fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("{e}"))?;
    let dir = std::env::temp_dir().join(format!("klero-bench-{}", hex::encode(bytes)));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

fn opt(value: Option<f64>, format: fn(f64) -> String) -> String {
    value.map_or_else(|| "-".to_owned(), format)
}

fn print_row(row: &Row) {
    let s = &row.stats;
    println!(
        "{:<24} {:>6} {:>5} {:>6} {:>8.3} {:>8.3} {:>8.3} {:>3} {:>8} {:>9.6} {:>8.1e} {:>6} {:>7} {:>7} {:>6} {:>6} {:>8.3} {:>8.3} {:>8.3} {:>6} {:>6} {:>6}",
        row.name,
        row.n,
        row.k,
        s.types,
        row.seconds,
        row.end_to_end_seconds,
        row.verify_seconds,
        if row.verified { "yes" } else { "NO" },
        opt(row.peak_mib, |v| format!("{v:.1}")),
        row.min_probability,
        row.max_change,
        s.levels,
        s.panels_generated,
        s.support,
        s.lp_solves,
        s.mip_solves,
        s.lp_seconds,
        s.mip_seconds,
        s.heuristic_seconds,
        s.heuristic_columns,
        s.sampled_panels,
        s.walk_panels,
    );
}

pub fn run(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let settings = Settings {
        algorithm: algorithm(&args.algorithm)?,
        lottery_panels: klero_select::DEFAULT_LOTTERY_PANELS,
        reserves: 0,
    };
    let dirs = instance_dirs(&args.instances, &args.only)?;
    println!("{LEGEND}");
    println!(
        "{:<24} {:>6} {:>5} {:>6} {:>8} {:>8} {:>8} {:>3} {:>8} {:>9} {:>8} {:>6} {:>7} {:>7} {:>6} {:>6} {:>8} {:>8} {:>8} {:>6} {:>6} {:>6}",
        "instance",
        "n",
        "k",
        "types",
        "secs",
        "e2e_s",
        "verify_s",
        "ok",
        "peak_mib",
        "min_p",
        "change",
        "levels",
        "panels",
        "support",
        "lp",
        "mip",
        "lp_s",
        "mip_s",
        "heur_s",
        "heur",
        "drawn",
        "walked"
    );
    let mut rows = Vec::new();
    let mut failed = false;
    for (name, dir) in dirs {
        match bench_one(&name, &dir, &settings) {
            Ok(row) => {
                print_row(&row);
                failed |= !row.verified;
                rows.push(row);
            }
            Err(e) => {
                failed = true;
                let message = format!("{e:#}").replace('\n', "; ");
                println!("{name:<24} failed: {message}");
                rows.push(Row {
                    name,
                    n: 0,
                    k: 0,
                    seconds: 0.0,
                    end_to_end_seconds: 0.0,
                    verify_seconds: 0.0,
                    verified: false,
                    peak_mib: None,
                    min_probability: 0.0,
                    max_change: 0.0,
                    stats: SolveStats::default(),
                    error: Some(message),
                });
            }
        }
    }
    if let Some(path) = &args.json {
        let json = serde_json::json!({
            "algorithm": settings.algorithm.name(),
            "engine": klero_select::ENGINE_VERSION,
            "peak_mib_note": "VmHWM of the klero process so far, not per instance",
            "instances": rows,
        });
        let mut bytes = serde_json::to_vec_pretty(&json)?;
        bytes.push(b'\n');
        std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(if failed {
        ExitCode::from(FAILED)
    } else {
        ExitCode::SUCCESS
    })
}
