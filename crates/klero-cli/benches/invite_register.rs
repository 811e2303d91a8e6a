//! Benchmark of `klero invite` on a national register: writes a synthetic register of 12 million
//! rows (Brussels communes, households, two languages; `klero_demo::resident_stream`, streamed
//! to disk), then runs the real `klero invite` binary to draw 10,000 invitations stratified by
//! commune, one per household. Prints the rows, the seconds, the peak resident memory of the
//! `klero invite` process (its VmHWM, sampled every 20 ms) and PASS/FAIL against the targets
//! (under 30 s, under 1 GiB).
//!
//! `cargo bench -p klero --bench invite_register`; `KLERO_BENCH_ROWS` changes the size.

use std::io::BufWriter;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The peak resident memory of process `pid` so far, in KiB, if Linux says.
fn high_water(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rows: usize = std::env::var("KLERO_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12_000_000);
    let dir = tempfile::tempdir()?;
    let register = dir.path().join("register.csv");
    let out = dir.path().join("invitations.csv");

    let started = Instant::now();
    let file = BufWriter::with_capacity(1 << 20, std::fs::File::create(&register)?);
    klero_demo::write_register(klero_demo::resident_stream(rows, 2011), file)?;
    let megabytes = std::fs::metadata(&register)?.len() / 1_000_000;
    println!(
        "register: {rows} rows, {megabytes} MB, written in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_klero"))
        .args(["invite", "--register"])
        .arg(&register)
        .args([
            "--count",
            "10000",
            "--stratify-by",
            "commune",
            "--household-columns",
            "street,postcode",
            "--seed",
            "7 23 41 12 5",
            "--out",
        ])
        .arg(&out)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()?;
    let pid = child.id();
    let mut peak_kib = 0;
    let status = loop {
        if let Some(kib) = high_water(pid) {
            peak_kib = peak_kib.max(kib);
        }
        if let Some(status) = child.try_wait()? {
            break status;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let seconds = started.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!("klero invite failed ({status})").into());
    }
    let invited = std::fs::read_to_string(&out)?
        .lines()
        .count()
        .saturating_sub(1);
    let peak_mib = peak_kib / 1024;
    println!("klero invite: {invited} invitations in {seconds:.1} s, peak memory {peak_mib} MiB");
    let pass = invited == 10_000 && seconds < 30.0 && peak_mib < 1024;
    println!(
        "{}: targets 10000 invitations, < 30 s, < 1024 MiB",
        if pass { "PASS" } else { "FAIL" }
    );
    Ok(())
}
