#!/usr/bin/env bash
# Runs every test: the Rust tests of the workspace (on SQLite and on PostgreSQL), then the
# browser tests (Chromium, accessibility), after installing what they need (scripts/setup.sh,
# scripts/browser-test.sh). Extra arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo test --workspace --locked "$@"
scripts/browser-test.sh
