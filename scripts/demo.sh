#!/usr/bin/env bash
# Installs what the build needs, then starts the platform with its demonstration: a Brussels-like
# permanent assembly with a panel under way, an account for every role (printed at start), an
# embedded SQLite database in a temporary folder. Extra arguments go to `klero demo`
# (for example `--listen 0.0.0.0:8080` or `--password TEXT`). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --locked -p klero
exec target/release/klero demo "$@"
