//! Kleroterion's database. One schema, one set of migrations, one portable dialect of SQL:
//! the same code runs on an embedded SQLite file and on PostgreSQL, so several `klero serve`
//! processes can share one database behind a load balancer.
//!
//! Every change to an assembly is written together with its audit entry, in one transaction:
//! either both are stored or neither. Times arrive as parameters (seconds since the Unix epoch).
//! Passwords are hashed with argon2 and tokens (sessions, invitations) and summit voting codes
//! are stored only as SHA-256 digests, so a copy of the database opens no account and casts no
//! ballot.

mod accounts;
mod assemblies;
mod audit;
mod deliberation;
mod followup;
mod invitations;
mod labels;
mod outbox;
mod overview;
mod recruitment;
mod selection;
mod sessions;
mod summit;
mod texts;
mod throttles;

pub use accounts::{Account, LoginAttempt, LoginOutcome, LoginPolicy};
pub use assemblies::{Member, NewPanel};
pub use audit::Actor;
pub use deliberation::{
    AttendanceRecord, BallotCount, DEFAULT_MAX_UPLOAD, DeliberationRefusal, DeliberationSettings,
    DraftRecord, DraftSummary, DraftVersion, LibraryItem, MAX_UPLOAD, PanelQuestion, PanelSession,
    Questionnaire, RecommendationVote, StoredAmendment, StoredFile, rule_formula,
};
pub use followup::Refusal;
pub use invitations::{Invitation, InvitationOutcome};
pub use outbox::{Mail, OutgoingMail};
pub use recruitment::{
    CodeHolder, LetterSettings, NewInvitations, NewInvitee, NewRegistration, NewStratum, Recipient,
    Recruitment, RecruitmentRefusal, Registration, RegistrationContact, StratumFigures,
};
pub use selection::{
    Contact, Letter, MemberReply, NewDraw, Notice, PersonStatus, PoolEntry, PoolPerson, Replied,
    Selection, SelectionInputs, SelectionQuota, SelectionRefusal, SelectionState, StoredDraw,
    engine_instance,
};
pub use sessions::{Session, SessionLookup};
pub use summit::{
    Attendance, Participant, Proposal, ProposalOutcome, ShortlistItem, StaffMember, StoredSeating,
    SummitRefusal, SummitRound, SummitTurnout, SummitVote,
};
pub use throttles::{Attempt, Limit};

use sha2::{Digest, Sha256};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};

/// What can go wrong talking to the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database URL names no supported database.
    #[error("unsupported database URL (use sqlite://FILE or postgres://...): {0}")]
    UnsupportedUrl(String),
    /// The database refused or failed a statement.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// The schema could not be brought up to date.
    #[error("migrating the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A stored value has a shape the code does not know (a newer schema, or a hand edit).
    #[error("stored {what} is not understood: {value}")]
    Corrupt {
        /// Which kind of value.
        what: &'static str,
        /// The value found.
        value: String,
    },
    /// The slug is taken by another assembly.
    #[error("an assembly with this short name already exists")]
    SlugTaken,
    /// Hashing a password failed.
    #[error("password hashing failed")]
    Hashing,
    /// The system's random source failed.
    #[error("random source failed")]
    Random,
    /// A follow-up change the stored state does not allow.
    #[error("{0}")]
    Refused(followup::Refusal),
    /// A summit change the stored state does not allow (a vote that is not open, an unknown
    /// voting code...); [`SummitRefusal::key`] names the message.
    #[error("{0}")]
    SummitRefused(SummitRefusal),
    /// A selection change the stored state does not allow (inputs after the freeze, a draw
    /// before it...); [`SelectionRefusal::key`] names the message.
    #[error("{0}")]
    SelectionRefused(SelectionRefusal),
    /// A recruitment change the stored state does not allow (drawing again after
    /// registrations, registering after the freeze...); [`RecruitmentRefusal::key`] names the
    /// message.
    #[error("{0}")]
    RecruitmentRefused(RecruitmentRefusal),
    /// A deliberation change the stored state does not allow (a save over a version that
    /// changed, a vote without a rule...); [`DeliberationRefusal::key`] names the message.
    #[error("{0}")]
    DeliberationRefused(DeliberationRefusal),
}

impl StoreError {
    /// Whether the database could not be reached (as opposed to refusing a statement).
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            StoreError::Database(
                sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_)
            )
        )
    }
}

/// Which database the store talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An embedded SQLite file (or memory, in tests).
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// A connection pool to a migrated database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    trackers: std::sync::Arc<followup::TrackerCache>,
    ballots: std::sync::Arc<summit::BallotQueue>,
    keys: std::sync::Arc<throttles::Keys>,
}

impl Store {
    /// Connects to `url` (`sqlite://FILE`, `sqlite::memory:`, `postgres://...`), creating a
    /// SQLite file when it does not exist, and brings the schema up to date.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        install_default_drivers();
        let (backend, url) = if let Some(rest) = url.strip_prefix("sqlite:") {
            let rest = rest.trim_start_matches("//");
            let url = if rest == ":memory:" || rest.contains("mode=") {
                format!("sqlite:{rest}")
            } else if rest.contains('?') {
                format!("sqlite://{rest}&mode=rwc")
            } else {
                format!("sqlite://{rest}?mode=rwc")
            };
            (Backend::Sqlite, url)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Backend::Postgres, url.to_owned())
        } else {
            return Err(StoreError::UnsupportedUrl(redact(url)));
        };
        let memory = url.contains(":memory:");
        let options = AnyPoolOptions::new()
            // An in-memory SQLite database lives in one connection.
            .max_connections(if memory { 1 } else { 8 })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        if !memory {
                            conn.execute("PRAGMA journal_mode = WAL").await?;
                            conn.execute("PRAGMA busy_timeout = 10000").await?;
                        }
                    }
                    Ok(())
                })
            });
        let pool = options.connect(&url).await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Store {
            pool,
            backend,
            trackers: Default::default(),
            ballots: Default::default(),
            keys: Default::default(),
        })
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Whether the database answers (for a health check).
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// A database URL with its password, if any, replaced by `***`, fit for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

impl Store {
    /// A write transaction that takes the database's write lock from its start on SQLite
    /// (`BEGIN IMMEDIATE`), so that a transaction that reads before it writes waits for the
    /// others instead of failing with "database is locked" when it comes to write; a plain one
    /// on PostgreSQL, where row locks do the same.
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::any::Any>, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }
}

/// A fresh random identifier: 128 bits as 32 hex digits.
pub(crate) fn new_id() -> Result<String, StoreError> {
    random_hex::<16>()
}

/// A fresh secret token: 256 bits from the system's random source, as 64 hex digits.
pub fn random_token() -> Result<String, StoreError> {
    random_hex::<32>()
}

fn random_hex<const N: usize>() -> Result<String, StoreError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|_| StoreError::Random)?;
    Ok(hex::encode(bytes))
}

/// The SHA-256 digest of a token, as stored in place of the token.
pub(crate) fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A value as stored in a JSON text column (its serde form).
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// A JSON text column read back, or `Corrupt` naming `what` and the text found.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(
    what: &'static str,
    text: String,
) -> Result<T, StoreError> {
    serde_json::from_str(&text).map_err(|_| StoreError::Corrupt { what, value: text })
}

/// A flag as stored (0/1).
pub(crate) fn flag(value: bool) -> i64 {
    i64::from(value)
}

pub(crate) fn parse_stored<T>(
    what: &'static str,
    value: String,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<T, StoreError> {
    parse(&value).ok_or(StoreError::Corrupt { what, value })
}

/// A stored whole number that must fit a `u32` (panel numbers and sizes).
pub(crate) fn stored_u32(what: &'static str, value: i64) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| StoreError::Corrupt {
        what,
        value: value.to_string(),
    })
}
