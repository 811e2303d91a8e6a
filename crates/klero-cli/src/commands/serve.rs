//! `klero serve`: resolves the settings (defaults, then the file, then `KLERO_...` variables,
//! then flags), opens and migrates the database, and serves until Ctrl-C or SIGTERM.

use anyhow::Context as _;
use clap::Args;
use klero_store::Store;
use klero_web::{AppState, Config};
use std::path::PathBuf;
use std::process::ExitCode;

/// Where the platform's settings come from. Each may also be set in the config file under the
/// same name with underscores (`database_url = "..."`).
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// A TOML file with settings (keys: listen, database_url, public_url, secure_cookies,
    /// session_hours, trust_forwarded_for, smtp_url, mail_from, library_dir, clock_offset_file).
    #[arg(long, value_name = "FILE", env = "KLERO_CONFIG")]
    pub config: Option<PathBuf>,
    /// Address and port to listen on [default: 127.0.0.1:8080].
    #[arg(long, value_name = "ADDR:PORT", env = "KLERO_LISTEN")]
    pub listen: Option<String>,
    /// The database: `sqlite://FILE` (created on first start) or `postgres://USER@HOST/DB`
    /// [default: sqlite://kleroterion.db].
    #[arg(
        long,
        value_name = "URL",
        env = "KLERO_DATABASE_URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,
    /// The address people reach the platform at, used in invitation links
    /// [default: http://LISTEN].
    #[arg(long, value_name = "URL", env = "KLERO_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Send cookies over HTTPS only [default: true when the public URL is https://].
    #[arg(long, value_name = "BOOL", env = "KLERO_SECURE_COOKIES")]
    pub secure_cookies: Option<bool>,
    /// How long a sign-in lasts, in hours [default: 12].
    #[arg(long, value_name = "HOURS", env = "KLERO_SESSION_HOURS")]
    pub session_hours: Option<i64>,
    /// Behind one reverse proxy or load balancer: take each visitor's address from the last
    /// `X-Forwarded-For` entry (the proxy's), so that login throttling counts per visitor
    /// [default: false].
    #[arg(long, value_name = "BOOL", env = "KLERO_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: Option<bool>,
    /// The mail server for reminders: `smtp://USER:PASS@HOST:587` (STARTTLS) or
    /// `smtps://...` [default: none; messages wait in each assembly's outbox page].
    #[arg(
        long,
        value_name = "URL",
        env = "KLERO_SMTP_URL",
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,
    /// The sender of every message [default: Kleroterion <noreply@localhost>].
    #[arg(long, value_name = "ADDRESS", env = "KLERO_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// A folder for the files uploaded to panels' libraries, named by their SHA-256
    /// [default: none; the files are kept in the database].
    #[arg(long, value_name = "DIR", env = "KLERO_LIBRARY_DIR")]
    pub library_dir: Option<String>,
    /// For rehearsals and tests only: a file holding seconds to add to the clock, re-read on
    /// every request, so deadlines can be tried without waiting.
    #[arg(
        long,
        value_name = "FILE",
        env = "KLERO_CLOCK_OFFSET_FILE",
        hide = true
    )]
    pub clock_offset_file: Option<String>,
}

impl Settings {
    /// The resolved configuration.
    pub fn resolve(&self) -> anyhow::Result<Config> {
        let mut config = match &self.config {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("reading the config file {}", path.display()))?;
                toml::from_str::<Config>(&text)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
            }
            None => Config::default(),
        };
        let public_url_given = self.public_url.is_some()
            || self.config.is_some() && config.public_url != Config::default().public_url;
        if let Some(listen) = &self.listen {
            config.listen.clone_from(listen);
        }
        if let Some(url) = &self.database_url {
            config.database_url.clone_from(url);
        }
        if let Some(url) = &self.public_url {
            config.public_url.clone_from(url);
        }
        if !public_url_given {
            config.public_url = format!("http://{}", config.listen);
        }
        if self.secure_cookies.is_some() {
            config.secure_cookies = self.secure_cookies;
        }
        if let Some(hours) = self.session_hours {
            config.session_hours = hours;
        }
        if let Some(trust) = self.trust_forwarded_for {
            config.trust_forwarded_for = trust;
        }
        if self.smtp_url.is_some() {
            config.smtp_url.clone_from(&self.smtp_url);
        }
        if let Some(from) = &self.mail_from {
            config.mail_from.clone_from(from);
        }
        if self.library_dir.is_some() {
            config.library_dir.clone_from(&self.library_dir);
        }
        if self.clock_offset_file.is_some() {
            config.clock_offset_file.clone_from(&self.clock_offset_file);
        }
        Ok(config)
    }
}

/// Options of `klero serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    settings: Settings,
}

/// Logs to stderr at `KLERO_LOG` (default `info`): requests by route pattern, never personal data.
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("KLERO_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Binds, prints where the platform is, and serves.
pub async fn serve(config: Config, store: Store) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("listening on {}", config.listen))?;
    let address = listener
        .local_addr()
        .context("reading the listening address")?;
    eprintln!("klero: serving on http://{address}/ (Ctrl-C stops)");
    for line in config.summary() {
        eprintln!("  {line}");
    }
    klero_web::serve(listener, AppState::new(store, config))
        .await
        .context("serving")?;
    eprintln!("klero: stopped");
    Ok(())
}

/// Opens (creating and migrating when needed) the configured database.
pub(super) async fn open_store(config: &Config) -> anyhow::Result<Store> {
    Store::connect(&config.database_url).await.with_context(|| {
        format!(
            "opening the database {}",
            klero_store::redact(&config.database_url)
        )
    })
}

pub(super) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let config = args.settings.resolve()?;
    init_logging();
    runtime()?.block_on(async {
        let store = open_store(&config).await?;
        serve(config, store).await
    })?;
    Ok(ExitCode::SUCCESS)
}
