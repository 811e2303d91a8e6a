//! Times LEXIMIN (the distribution alone, no lottery) on an instance folder (`features.csv`,
//! `people.csv`, `meta.json` as in `bench/instances`) and prints n, types, seconds, the minimum
//! probability and the peak resident memory (VmHWM of /proc/self/status).
//!
//! `cargo run --release -p klero-pool --example leximin_time -- bench/instances/like_sf_e_110`
//! (`KLERO_DEBUG=1` adds the engine's per-level figures on stderr). A second argument names a CSV
//! file to write each person's probability to (`id,probability`, as `bench/peer/leximin`).

use klero_pool::{LoadOptions, load};
use klero_select::{Algorithm, find_distribution};
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: leximin_time INSTANCE_DIR"),
    );
    let meta: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("meta.json")).expect("meta.json readable"),
    )
    .expect("meta.json is JSON");
    let options = LoadOptions {
        panel_size: meta["k"].as_u64().expect("meta.json has k") as u32,
        id_column: meta["id_column"].as_str().map(str::to_string),
        address_columns: meta["address_columns"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
        household_column: None,
    };
    let clock = std::time::Instant::now();
    let pool = match load(&dir.join("features.csv"), &dir.join("people.csv"), &options) {
        Ok(pool) => pool,
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            std::process::exit(1);
        }
    };
    let load_seconds = clock.elapsed().as_secs_f64();
    let clock = std::time::Instant::now();
    let d = match find_distribution(&pool.instance, Algorithm::Leximin, [0; 32], &mut |_| {}) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("leximin failed: {e}");
            std::process::exit(1);
        }
    };
    let seconds = clock.elapsed().as_secs_f64();
    let certified = d.certificate.as_ref().map_or(0.0, |c| c.min_probability);
    println!(
        "instance={} n={} types={} load_s={load_seconds:.2} leximin_s={seconds:.2} min_p={:.6} certificate_min={certified:.6} panels={} peak_MiB={:.0}",
        dir.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        pool.instance.people().len(),
        d.stats.types,
        d.min_probability(),
        d.stats.support,
        peak_mib()
    );
    if let Some(out) = std::env::args().nth(2) {
        let mut csv = String::from("id,probability\n");
        for (person, p) in pool.instance.people().iter().zip(&d.probabilities) {
            csv.push_str(&format!("{},{p:.12}\n", person.id));
        }
        std::fs::write(&out, csv).expect("probabilities written");
    }
    let s = &d.stats;
    println!(
        "  lp_s={:.2} ({} solves) mip_s={:.2} ({} solves) heuristic_s={:.2} levels={} walk_panels={} sampled={} generated={}",
        s.lp_seconds,
        s.lp_solves,
        s.mip_seconds,
        s.mip_solves,
        s.heuristic_seconds,
        s.levels,
        s.walk_panels,
        s.sampled_panels,
        s.panels_generated
    );
}

/// Peak resident set size in MiB (VmHWM), 0 where /proc is not available.
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}
