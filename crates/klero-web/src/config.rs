//! The platform's settings. `klero serve` resolves them in this order, later winning: the
//! defaults here, a TOML file (`--config` or `KLERO_CONFIG`), `KLERO_...` environment variables,
//! command-line flags. Secrets (the database password) are never printed: see [`Config::summary`].

use serde::Deserialize;

/// Resolved settings for one `klero serve` process.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address and port to listen on (`127.0.0.1:8080`).
    pub listen: String,
    /// `sqlite://FILE` or `postgres://...`.
    pub database_url: String,
    /// The address people reach the platform at, for links in invitations (`https://...`).
    pub public_url: String,
    /// Mark cookies `Secure` (sent over HTTPS only). Defaults to whether `public_url` is HTTPS.
    pub secure_cookies: Option<bool>,
    /// How long a sign-in lasts, in hours.
    pub session_hours: i64,
    /// Take the client's address from the last `X-Forwarded-For` entry, the one the proxy in
    /// front added (set this only behind one reverse proxy or load balancer that appends to that
    /// header), so that login throttling counts per visitor rather than per proxy. Earlier
    /// entries are ignored: a visitor can write them.
    pub trust_forwarded_for: bool,
    /// The mail server for reminders and notices (`smtp://user:pass@host:587`, STARTTLS, or
    /// `smtps://...`). Without one, messages wait in each assembly's outbox page.
    pub smtp_url: Option<String>,
    /// The sender of every message.
    pub mail_from: String,
    /// A file holding a number of seconds to add to the clock, re-read on every request: for
    /// rehearsing deadlines and for tests that move time. Never set it in production.
    pub clock_offset_file: Option<String>,
    /// Where the panels' library keeps uploaded files: `None` keeps them in the database (one
    /// place to back up; fine for documents of a few MB), a folder keeps them there, named by
    /// their SHA-256 (the database keeps the name, kind, size and digest; back up both).
    pub library_dir: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:8080".to_owned(),
            database_url: "sqlite://kleroterion.db".to_owned(),
            public_url: "http://127.0.0.1:8080".to_owned(),
            secure_cookies: None,
            session_hours: 12,
            trust_forwarded_for: false,
            smtp_url: None,
            mail_from: "Kleroterion <noreply@localhost>".to_owned(),
            clock_offset_file: None,
            library_dir: None,
        }
    }
}

impl Config {
    /// Whether cookies carry the `Secure` attribute.
    pub fn cookies_secure(&self) -> bool {
        self.secure_cookies
            .unwrap_or_else(|| self.public_url.starts_with("https://"))
    }

    /// Session length in seconds.
    pub fn session_seconds(&self) -> i64 {
        self.session_hours.clamp(1, 24 * 30) * 3600
    }

    /// The settings as lines fit for a log or a terminal: the database password is hidden.
    pub fn summary(&self) -> Vec<String> {
        vec![
            format!("listen: {}", self.listen),
            format!("database_url: {}", klero_store::redact(&self.database_url)),
            format!("public_url: {}", self.public_url),
            format!("secure_cookies: {}", self.cookies_secure()),
            format!("session_hours: {}", self.session_hours),
            format!("trust_forwarded_for: {}", self.trust_forwarded_for),
            format!(
                "smtp_url: {}",
                self.smtp_url.as_deref().map_or_else(
                    || "none (messages wait in the outbox)".to_owned(),
                    klero_store::redact
                )
            ),
            format!("mail_from: {}", self.mail_from),
            format!(
                "library_dir: {}",
                self.library_dir
                    .as_deref()
                    .unwrap_or("none (library files are kept in the database)")
            ),
        ]
    }
}
