//! Tests only: a fresh, empty database per test.
//!
//! PostgreSQL tests connect to `KLERO_TEST_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`, the server these machines provide), create a
//! database with a random name, and drop it when the [`TestDb`] is dropped. They do not skip
//! when the server is missing: they fail and say how to start it.

use sqlx::{AssertSqlSafe, Connection, Executor, PgConnection};

/// The server tests create their databases on, unless `KLERO_TEST_POSTGRES_URL` says otherwise.
pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A private in-memory SQLite database.
    Sqlite,
    /// A new database on the PostgreSQL server.
    Postgres,
}

/// A database that exists for one test.
#[derive(Debug)]
pub struct TestDb {
    /// The URL to give `Store::connect` or `klero serve --database-url`.
    pub url: String,
    admin_url: Option<String>,
    name: String,
}

fn admin_url() -> String {
    std::env::var("KLERO_TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_owned())
}

fn random_name() -> String {
    let mut bytes = [0u8; 8];
    // A failed random source would make names collide, not tests pass: fall back to the time.
    if getrandom::fill(&mut bytes).is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        bytes = (nanos as u64).to_le_bytes();
    }
    format!("klero_test_{}", hex::encode(bytes))
}

impl TestDb {
    /// A fresh database of `kind`.
    ///
    /// # Panics
    /// When PostgreSQL cannot be reached: the test fails with the URL tried and how to start
    /// the server.
    pub async fn new(kind: Kind) -> TestDb {
        match kind {
            Kind::Sqlite => TestDb {
                url: "sqlite::memory:".to_owned(),
                admin_url: None,
                name: String::new(),
            },
            Kind::Postgres => Self::postgres().await,
        }
    }

    /// A fresh database on the PostgreSQL server.
    ///
    /// # Panics
    /// As [`TestDb::new`].
    pub async fn postgres() -> TestDb {
        let admin = admin_url();
        let name = random_name();
        let mut conn = PgConnection::connect(&admin).await.unwrap_or_else(|e| {
            panic!(
                "PostgreSQL tests need a server at {admin} (set KLERO_TEST_POSTGRES_URL, or start it: \
                 pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start): {e}"
            )
        });
        conn.execute(AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .unwrap_or_else(|e| panic!("creating test database {name}: {e}"));
        let _ = conn.close().await;
        let base = admin
            .rsplit_once('/')
            .map_or(admin.as_str(), |(base, _)| base);
        TestDb {
            url: format!("{base}/{name}"),
            admin_url: Some(admin.clone()),
            name,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(admin) = self.admin_url.take() else {
            return;
        };
        let name = std::mem::take(&mut self.name);
        // Drop runs inside or outside a runtime; a thread with its own runtime works in both.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async {
                let mut conn = PgConnection::connect(&admin).await.ok()?;
                conn.execute(AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .await
                .ok()
            })
        });
        let _ = dropped.join();
    }
}
