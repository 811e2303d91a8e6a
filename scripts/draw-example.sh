#!/usr/bin/env bash
# Installs what the build needs, then draws a panel of 24 from the example pool in
# examples/brussels-mini with a public seed, and verifies the bundle it wrote to out/demo:
# the selection engine on its own, from the command line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --locked -p klero
klero=target/release/klero
rm -rf out/demo
$klero commit --features examples/brussels-mini/features.csv --people examples/brussels-mini/people.csv \
  --panel-size 24 --address-columns address,commune
$klero select --features examples/brussels-mini/features.csv --people examples/brussels-mini/people.csv \
  --panel-size 24 --address-columns address,commune --seed "7 23 41 12 5" --out out/demo
$klero verify out/demo
echo "open out/demo/report.html to read the report"
