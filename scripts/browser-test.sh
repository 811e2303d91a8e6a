#!/usr/bin/env bash
# Browser tests of the web platform (tests/browser): headless Debian Chromium driven by
# playwright-core under Node's test runner, with axe-core accessibility checks, against
# `klero demo` on a fresh PostgreSQL database.
#
# Installs what is missing (Chromium and its driver from Debian; never a browser download),
# starts the local PostgreSQL cluster if it is down, builds klero (debug, as the Rust tests do), installs the locked
# npm packages and runs the suite. Works as root on a fresh Debian machine, with CI=true and no
# terminal. Extra arguments go to `node --test` (e.g. --test-name-pattern='invitation').
#
# Environment: KLERO_BIN (default target/debug/klero, built here), KLERO_CHROMIUM (default
# /usr/bin/chromium), KLERO_PG_HOST/KLERO_PG_PORT/KLERO_PG_USER (default 127.0.0.1/5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
export DEBIAN_FRONTEND=noninteractive

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

chromium_bin=${KLERO_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium_bin" ]; then
  echo "browser-test: installing chromium and chromium-driver"
  as_root apt-get update -qq
  as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "browser-test: installing nodejs and npm"
  as_root apt-get update -qq
  as_root apt-get install -y -qq nodejs npm >/dev/null
fi

if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 10) ? 0 : 1)'; then
  echo "browser-test: Node.js $(node --version) is too old: the test runner needs 20.10 or later" >&2
  exit 1
fi

# The recruitment test reads the letters' PDF (pdfinfo, pdftotext) and unpacks the bundle.
if ! command -v pdfinfo >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 \
  || ! command -v unzip >/dev/null 2>&1; then
  echo "browser-test: installing poppler-utils and unzip"
  as_root apt-get update -qq
  as_root apt-get install -y -qq poppler-utils unzip >/dev/null
fi

for tool in psql createdb dropdb pg_isready; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "browser-test: $tool is missing: the tests need a local PostgreSQL server" \
      "(127.0.0.1:5432, user postgres, trust authentication)" >&2
    exit 1
  fi
done

pg_host=${KLERO_PG_HOST:-127.0.0.1}
pg_port=${KLERO_PG_PORT:-5432}
if ! pg_isready -q -h "$pg_host" -p "$pg_port"; then
  echo "browser-test: starting PostgreSQL"
  # shellcheck disable=SC2046 # one cluster version directory, e.g. 15
  as_root pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
  for _ in $(seq 1 30); do
    pg_isready -q -h "$pg_host" -p "$pg_port" && break
    sleep 1
  done
  pg_isready -h "$pg_host" -p "$pg_port"
fi

if [ -z "${KLERO_BIN:-}" ]; then
  # The same build as scripts/test.sh's `cargo test --workspace` (so there, right after it, this
  # only checks that nothing changed). `cargo build -p klero` would resolve the dependencies'
  # features for klero alone and compile most of them a second time.
  cargo test --workspace --locked --no-run
fi

cd tests/browser
npm ci --no-audit --no-fund
if [ $# -eq 0 ]; then
  npm test
else
  node --test --test-concurrency=1 "$@" ./*.test.mjs
fi
echo "browser-test: passed in $(($(date +%s) - start)) s"
