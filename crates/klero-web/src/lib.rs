//! Kleroterion's web platform: server-rendered pages over the domain and the store.
//!
//! - [`config`]: the settings `klero serve` resolves (defaults, file, `KLERO_...`, flags);
//! - [`context`]: what every request knows (language, session, CSRF token), built by one
//!   middleware, and the CSRF-checked form extractor;
//! - [`i18n`]: Fluent messages in Dutch, French, English and German;
//! - [`errors`]: the one place where failures become pages (404, 403, expired session...);
//! - `routes`: one module per area; each handler asks [`klero_domain::access::permits`] before
//!   it reads or writes anything.
//!
//! Every page works without JavaScript. Nothing personal is logged: the request log holds the
//! method, the route pattern (never the path, which may carry a token), the status and the time.

pub mod config;
pub mod context;
pub mod errors;
pub mod i18n;
pub mod mail;
mod pages;
mod routes;
mod security;
mod throttle;
mod uploads;

pub use config::Config;
pub use routes::panel_page_href;
pub use uploads::PARALLEL_PARSES;

use axum::Router;
use klero_store::Store;
use std::sync::Arc;

/// "Now", in seconds since the Unix epoch. A parameter so that tests can move time.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0)
    })
}

/// The system clock moved by the number of seconds written in `path` (0 when the file is
/// missing or holds no number), re-read at every call: rehearsals and tests move time by
/// writing the file.
pub fn offset_clock(path: std::path::PathBuf) -> Clock {
    let system = system_clock();
    Arc::new(move || {
        let offset = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| t.trim().parse::<i64>().ok())
            .unwrap_or(0);
        system().saturating_add(offset)
    })
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// The resolved settings.
    pub config: Arc<Config>,
    /// The time source.
    pub clock: Clock,
    /// Public tracker pages as rendered, per follow-up version.
    pub(crate) tracker_pages: Arc<routes::followup::page_cache::PageCache>,
    /// Permits to parse an upload ([`PARALLEL_PARSES`] of them): uploads are parsed on
    /// blocking threads, a few at a time, so that the async workers keep answering.
    pub parses: Arc<tokio::sync::Semaphore>,
    /// Pools being frozen in the background, with their progress.
    pub(crate) freezes: Arc<routes::selection::freezing::Freezes>,
}

impl AppState {
    /// State over `store` with `config` and the system clock.
    pub fn new(store: Store, config: Config) -> Self {
        let clock = match &config.clock_offset_file {
            Some(path) => offset_clock(path.into()),
            None => system_clock(),
        };
        AppState {
            store,
            config: Arc::new(config),
            clock,
            tracker_pages: Default::default(),
            parses: Arc::new(tokio::sync::Semaphore::new(PARALLEL_PARSES)),
            freezes: Default::default(),
        }
    }

    pub(crate) fn now(&self) -> i64 {
        (self.clock)()
    }
}

/// The voting cookie's value for `code` in panel `panel_id`, as `POST .../vote/code` sets it
/// once it has accepted the code (for load tools that check participants in directly).
pub async fn voting_cookie(
    store: &Store,
    panel_id: &str,
    code: &klero_domain::summit::participant::VotingCode,
) -> Result<String, klero_store::StoreError> {
    routes::summit::voter::cookie_value(store, panel_id, code).await
}

/// The whole application: every route with its middleware.
pub fn app(state: AppState) -> Router {
    routes::router(state.clone())
        .layer(axum::middleware::from_fn_with_state(
            state,
            context::middleware,
        ))
        .layer(axum::middleware::from_fn(security::headers))
        .layer(axum::middleware::from_fn(security::request_log))
}

/// Serves the application on `listener` until Ctrl-C or SIGTERM.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    let background = tokio::spawn(mail::run(state.clone()));
    let app = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    background.abort();
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
