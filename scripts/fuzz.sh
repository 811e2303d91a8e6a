#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ (cargo-fuzz, its own workspace) for a bounded time, starting
# from its regression seeds (fuzz/seeds/<target>, spreadsheet bombs included), and fails on a
# crash, a timeout or a memory blow-up. Meant for CI on every submission; see fuzz/README.md.
#
# Settings (environment):
#   KLERO_FUZZ_SECONDS   seconds per target (default 60)
#   KLERO_FUZZ_RSS_MB    memory limit of a run, in MB; libFuzzer fails past it (default 1024)
#   KLERO_FUZZ_TARGET_DIR  where to build (default fuzz/target: the fuzz build uses other
#                          compiler flags than the workspace's, so sharing its target folder
#                          saves nothing and would make both rebuild)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${KLERO_FUZZ_SECONDS:-60}"
rss_mb="${KLERO_FUZZ_RSS_MB:-1024}"
start=$(date +%s)
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz"
    (unset CARGO_TARGET_DIR; cargo install --locked cargo-fuzz)
    echo "fuzz: installed cargo-fuzz in $(($(date +%s) - start)) s"
fi
export CARGO_TARGET_DIR="${KLERO_FUZZ_TARGET_DIR:-$PWD/fuzz/target}"
# cargo-fuzz needs nightly flags; the stable toolchain accepts them with RUSTC_BOOTSTRAP=1.
export RUSTC_BOOTSTRAP=1

# No sanitizer: the readers are safe Rust, and an instrumented-only build compiles and runs
# several times faster. Debug assertions stay on (overflow checks included). Unoptimised
# (--dev): the build, HiGHS's C++ included (klero-pool depends on klero-select), is most of the
# script's time, and coverage-guided search of the readers does not need optimised code.
flags=(--sanitizer none --debug-assertions --dev)
echo "fuzz: building the targets ($(cargo fuzz --version))"
cargo fuzz build "${flags[@]}"
echo "fuzz: built in $(($(date +%s) - start)) s"

corpus_root="$(mktemp -d)"
trap 'rm -rf "$corpus_root"' EXIT
for target in $(cargo fuzz list); do
    seeds="fuzz/seeds/$target"
    [ -d "$seeds" ] || { echo "fuzz: no seeds for $target in $seeds" >&2; exit 1; }
    dict=()
    [ -f "fuzz/$target.dict" ] && dict=("-dict=fuzz/$target.dict")
    [ "$target" = csv_pool ] && dict=("-dict=fuzz/csv.dict")
    mkdir -p "$corpus_root/$target"
    echo "fuzz: $target for ${seconds} s from $(ls "$seeds" | wc -l) seeds in $seeds"
    # New inputs go to a throwaway corpus; the seeds are only read. A crash is written to
    # fuzz/artifacts/<target>/ and makes cargo fuzz (and this script) fail.
    cargo fuzz run "${flags[@]}" "$target" "$corpus_root/$target" "$seeds" -- \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb="$rss_mb" -max_len=65536 \
        -print_final_stats=1 "${dict[@]}"
done
echo "fuzz: every target ran ${seconds} s without a crash ($(($(date +%s) - start)) s in all)"
