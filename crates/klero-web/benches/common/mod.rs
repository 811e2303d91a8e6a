//! What the load benchmarks share: the databases they run on (`--db sqlite|postgres|all`), a
//! fresh database per run, percentiles and the machine's load average printed beside figures.

use klero_test_db::TestDb;
use std::path::PathBuf;

/// A database a benchmark runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    /// A SQLite file in a temporary folder.
    Sqlite,
    /// A fresh database on the PostgreSQL server of `KLERO_TEST_POSTGRES_URL` (default
    /// `postgres://postgres@127.0.0.1:5432/test`), dropped after the run.
    Postgres,
}

impl Db {
    /// Its name in figures.
    pub fn name(self) -> &'static str {
        match self {
            Db::Sqlite => "SQLite",
            Db::Postgres => "PostgreSQL",
        }
    }
}

/// The value of `--flag VALUE`, else of the environment variable `env`.
pub fn option(flag: &str, env: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .cloned()
        .or_else(|| std::env::var(env).ok())
}

/// The databases asked for: `--db sqlite|postgres|all` (or `KLERO_BENCH_DB`), all by default.
pub fn databases() -> Vec<Db> {
    match option("--db", "KLERO_BENCH_DB").as_deref() {
        None | Some("all") => vec![Db::Sqlite, Db::Postgres],
        Some("sqlite") => vec![Db::Sqlite],
        Some("postgres") => vec![Db::Postgres],
        Some(other) => panic!("--db takes sqlite, postgres or all, not {other:?}"),
    }
}

/// A database that exists for one run: its URL, and what removes it afterwards.
pub struct Fresh {
    /// The URL to connect to.
    pub url: String,
    /// Where the database is, for the figures (no password: the server trusts loopback).
    pub shown: String,
    _postgres: Option<TestDb>,
    dir: Option<PathBuf>,
}

impl Drop for Fresh {
    fn drop(&mut self) {
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// A new, empty database of kind `db` (a PostgreSQL database is created on the server and
/// dropped when the value is dropped).
pub fn fresh(db: Db, name: &str, runtime: &tokio::runtime::Runtime) -> Fresh {
    match db {
        Db::Sqlite => {
            let dir = std::env::temp_dir().join(format!("klero-{name}-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("temporary directory");
            let file = dir.join("bench.db");
            Fresh {
                url: format!("sqlite://{}", file.display()),
                shown: format!("SQLite file {}", file.display()),
                _postgres: None,
                dir: Some(dir),
            }
        }
        Db::Postgres => {
            let test = runtime.block_on(TestDb::postgres());
            Fresh {
                url: test.url.clone(),
                shown: format!("PostgreSQL {}", test.url),
                _postgres: Some(test),
                dir: None,
            }
        }
    }
}

/// The `p`-th percentile (nearest rank) of sorted microseconds, in milliseconds.
pub fn percentile(sorted_us: &[u64], p: f64) -> f64 {
    if sorted_us.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted_us.len() as f64).ceil() as usize;
    sorted_us[rank.clamp(1, sorted_us.len()) - 1] as f64 / 1000.0
}

/// The machine's load average (1, 5, 15 minutes) as `uptime` prints it, or `unknown`.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Now, in seconds since the Unix epoch.
pub fn unix_now() -> i64 {
    i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs(),
    )
    .expect("clock")
}
