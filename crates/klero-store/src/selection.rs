//! A panel's stratified selection among volunteers: the quotas and the pool (pseudonymous rows:
//! an id, a value per feature, a household number), the volunteers' contact details apart and
//! erasable, the freeze with its commitment, the draw and the replacement draws with their
//! verification bundles, and the members' replies.
//!
//! The store knows no engine: it keeps what the web layer computed with `klero-bundle` (the
//! commitment, the chosen ids, the bundle's files) and refuses every change the selection's
//! state does not allow, checked in the writing transaction: inputs change only while the
//! selection is open, a draw needs it frozen, a replacement needs it drawn. No contact detail
//! goes into an audit entry or an error.

use crate::audit::{Actor, append_for_panel as audit};
use crate::outbox::{OutgoingMail, queue_in};
use crate::{Backend, Store, StoreError, digest, parse_stored, random_token, stored_u32};
use klero_domain::assembly::Panel;
use klero_domain::selection::WithdrawalReason;
use serde_json::json;
use sqlx::any::{Any, AnyRow};
use sqlx::{Row, Transaction};

type Tx = Transaction<'static, Any>;

/// Why a selection change was refused. [`SelectionRefusal::key`] names the message shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SelectionRefusal {
    /// The pool is frozen (or drawn): quotas and pool no longer change.
    #[error("the pool is frozen")]
    Frozen,
    /// There is no pool to freeze or draw from.
    #[error("there is no pool yet")]
    NoPool,
    /// A draw needs a frozen pool (not open, not drawn already).
    #[error("the pool is not frozen, or the panel is drawn already")]
    NotFrozen,
    /// The inputs changed since the commitment was computed (another upload came first).
    #[error("the pool changed meanwhile")]
    Changed,
    /// The draw's commitment is not the one published at the freeze.
    #[error("the draw's commitment is not the published one")]
    CommitmentMismatch,
    /// Replacements and replies need the panel drawn.
    #[error("the panel is not drawn yet")]
    NotDrawn,
    /// The person is not a member of the panel (or no such person).
    #[error("not a member of the panel")]
    NotMember,
    /// A replacement names someone who has not withdrawn (or was replaced already).
    #[error("not a member who withdrew")]
    NotWithdrawn,
}

impl SelectionRefusal {
    /// The Fluent message key.
    pub fn key(&self) -> &'static str {
        match self {
            SelectionRefusal::Frozen => "selection-refused-frozen",
            SelectionRefusal::NoPool => "selection-refused-no-pool",
            SelectionRefusal::NotFrozen => "selection-refused-not-frozen",
            SelectionRefusal::Changed => "selection-refused-changed",
            SelectionRefusal::CommitmentMismatch => "selection-refused-commitment",
            SelectionRefusal::NotDrawn => "selection-refused-not-drawn",
            SelectionRefusal::NotMember => "selection-refused-not-member",
            SelectionRefusal::NotWithdrawn => "selection-refused-not-withdrawn",
        }
    }
}

impl From<SelectionRefusal> for StoreError {
    fn from(refusal: SelectionRefusal) -> Self {
        StoreError::SelectionRefused(refusal)
    }
}

/// Where a selection stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectionState {
    /// Quotas and pool may still change.
    Open,
    /// The commitment is published; nothing changes until the draw.
    Frozen,
    /// The panel is drawn.
    Drawn,
}

impl SelectionState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            SelectionState::Open => "open",
            SelectionState::Frozen => "frozen",
            SelectionState::Drawn => "drawn",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [Self::Open, Self::Frozen, Self::Drawn]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// One quota: a value of a feature and its seats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectionQuota {
    /// The feature (category).
    pub feature: String,
    /// The value.
    pub value: String,
    /// Fewest seats.
    pub min: u32,
    /// Most seats.
    pub max: u32,
    /// How far `min` may be relaxed, if set.
    pub min_flex: Option<u32>,
    /// How far `max` may be relaxed, if set.
    pub max_flex: Option<u32>,
}

impl SelectionQuota {
    /// The engine's quota, with its category's name.
    pub fn to_engine(&self) -> (&str, klero_select::Quota) {
        (
            &self.feature,
            klero_select::Quota {
                value: self.value.clone(),
                min: self.min,
                max: self.max,
                min_flex: self.min_flex,
                max_flex: self.max_flex,
            },
        )
    }
}

/// The engine's instance over stored quotas and pool entries (in the order given): what the
/// ceremony, a replacement and the demonstration draw from.
pub fn engine_instance<'a>(
    quotas: &[SelectionQuota],
    people: impl IntoIterator<Item = &'a PoolEntry>,
    panel_size: u32,
) -> Result<klero_select::Instance, Vec<klero_select::InstanceError>> {
    klero_select::Instance::from_named(
        quotas.iter().map(SelectionQuota::to_engine),
        people.into_iter().map(|e| klero_select::NamedPerson {
            id: &e.key,
            values: &e.values,
            household: e.household,
        }),
        panel_size,
    )
}

/// A volunteer as the engine sees them: pseudonymous.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolEntry {
    /// The pseudonymous id.
    pub key: String,
    /// The value per feature, in the quotas' feature order.
    pub values: Vec<String>,
    /// The household number, for people who share one.
    pub household: Option<u32>,
}

/// A volunteer's contact details (kept apart, erasable).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// The pseudonymous id it belongs to.
    pub key: String,
    /// Name.
    pub name: String,
    /// E-mail address (may be empty).
    pub email: String,
    /// Postal address (may be empty).
    pub address: String,
}

/// What an organiser uploads: settings, quotas, pool and contacts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectionInputs {
    /// Seats on the panel.
    pub panel_size: u32,
    /// Equally likely panels in the lottery.
    pub lottery_panels: u32,
    /// Length of the reserve list.
    pub reserves: u32,
    /// The features file's name, as uploaded.
    pub features_file: String,
    /// The people file's name, as uploaded.
    pub people_file: String,
    /// The quotas.
    pub quotas: Vec<SelectionQuota>,
    /// The pool.
    pub people: Vec<PoolEntry>,
    /// Contact details, for those who gave any.
    pub contacts: Vec<Contact>,
}

/// A panel's selection as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Raised by every upload of the inputs.
    pub version: i64,
    /// Where it stands.
    pub state: SelectionState,
    /// Seats on the panel.
    pub panel_size: u32,
    /// Equally likely panels in the lottery.
    pub lottery_panels: u32,
    /// Length of the reserve list.
    pub reserves: u32,
    /// The features file's name, as uploaded.
    pub features_file: String,
    /// The people file's name, as uploaded.
    pub people_file: String,
    /// The commitment published at the freeze (hex).
    pub commitment: Option<String>,
    /// When the pool was frozen.
    pub frozen_at: Option<i64>,
    /// When the contact details were erased.
    pub contacts_erased_at: Option<i64>,
}

/// A person's part in the draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonStatus {
    /// In the pool, not drawn.
    Pool,
    /// On the panel.
    Member,
    /// On the reserve list.
    Reserve,
    /// Drawn, then withdrew or declined; not replaced yet.
    Withdrawn,
    /// Withdrew, and a replacement draw filled the seat.
    Replaced,
}

impl PersonStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonStatus::Pool => "pool",
            PersonStatus::Member => "member",
            PersonStatus::Reserve => "reserve",
            PersonStatus::Withdrawn => "withdrawn",
            PersonStatus::Replaced => "replaced",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [
            Self::Pool,
            Self::Member,
            Self::Reserve,
            Self::Withdrawn,
            Self::Replaced,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

/// A member's answer to the notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberReply {
    /// Will serve.
    Confirmed,
    /// Will not serve.
    Declined,
}

impl MemberReply {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberReply::Confirmed => "confirmed",
            MemberReply::Declined => "declined",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [Self::Confirmed, Self::Declined]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// A person of the pool with their part in the draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolPerson {
    /// 1, 2, 3... in the order of the people file.
    pub seq: u32,
    /// The pseudonymous id, values and household.
    pub entry: PoolEntry,
    /// Their part in the draw.
    pub status: PersonStatus,
    /// Their place on the reserve list (1 first), while a reserve.
    pub reserve_rank: Option<u32>,
    /// Their answer, once given.
    pub reply: Option<MemberReply>,
    /// Why they left the panel, once withdrawn.
    pub withdrawal: Option<WithdrawalReason>,
}

/// A draw to record: the first one (the panel and its reserves) or a replacement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDraw {
    /// The seed text.
    pub seed: String,
    /// The run's commitment (hex); for the first draw, the one published at the freeze.
    pub commitment: String,
    /// The ids chosen: the panel, or the replacements.
    pub chosen: Vec<String>,
    /// The ordered reserve list (first draw only).
    pub reserves: Vec<String>,
    /// The members replaced (replacements only).
    pub withdrawn: Vec<String>,
    /// The verification bundle's files: name and text.
    pub files: Vec<(String, String)>,
}

/// A draw as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDraw {
    /// 1 for the draw, 2, 3... for replacements.
    pub number: u32,
    /// The seed text.
    pub seed: String,
    /// The commitment (hex).
    pub commitment: String,
    /// The ids chosen.
    pub chosen: Vec<String>,
    /// The members replaced.
    pub withdrawn: Vec<String>,
    /// When.
    pub drawn_at: i64,
}

/// Who answered through their link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replied {
    /// Their panel.
    pub panel_id: String,
    /// The panel's assembly.
    pub assembly_id: String,
    /// Their e-mail address, if kept (for the invitation to an account).
    pub email: Option<String>,
}

/// Someone chosen who can be told by e-mail, with the secret of their reply link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// The token of their confirm/decline link (stored only as its digest).
    pub token: String,
}

/// The message a person chosen by a draw is owed, as the caller writes it from their [`Notice`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// Subject line.
    pub subject: String,
    /// Plain-text body, with the reply link.
    pub body: String,
}

fn selection_row(row: &AnyRow) -> Result<Selection, StoreError> {
    Ok(Selection {
        version: row.try_get("version")?,
        state: parse_stored(
            "selection state",
            row.try_get("state")?,
            SelectionState::parse,
        )?,
        panel_size: stored_u32("panel size", row.try_get("panel_size")?)?,
        lottery_panels: stored_u32("lottery panels", row.try_get("lottery_panels")?)?,
        reserves: stored_u32("reserves", row.try_get("reserves")?)?,
        features_file: row.try_get("features_file")?,
        people_file: row.try_get("people_file")?,
        commitment: row.try_get("commitment")?,
        frozen_at: row.try_get("frozen_at")?,
        contacts_erased_at: row.try_get("contacts_erased_at")?,
    })
}

fn opt_u32(what: &'static str, value: Option<i64>) -> Result<Option<u32>, StoreError> {
    value.map(|v| stored_u32(what, v)).transpose()
}

fn strings(what: &'static str, text: String) -> Result<Vec<String>, StoreError> {
    serde_json::from_str(&text).map_err(|_| StoreError::Corrupt { what, value: text })
}

fn to_json(values: &[String]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".to_owned())
}

impl Store {
    /// The panel's selection row, read in `tx` (locked on PostgreSQL; SQLite's `BEGIN
    /// IMMEDIATE` holds the whole database).
    async fn selection_in(
        &self,
        tx: &mut Tx,
        panel_id: &str,
    ) -> Result<Option<Selection>, StoreError> {
        let row = sqlx::query(match self.backend {
            Backend::Postgres => "SELECT * FROM selections WHERE panel_id = $1 FOR UPDATE",
            Backend::Sqlite => "SELECT * FROM selections WHERE panel_id = $1",
        })
        .bind(panel_id)
        .fetch_optional(&mut **tx)
        .await?;
        row.as_ref().map(selection_row).transpose()
    }

    /// Replaces the panel's quotas, pool and contact details with `inputs`, all or nothing;
    /// refused once the pool is frozen.
    pub async fn replace_selection_inputs(
        &self,
        panel: &Panel,
        inputs: &SelectionInputs,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let current = self.selection_in(&mut tx, &panel.id).await?;
        if current
            .as_ref()
            .is_some_and(|c| c.state != SelectionState::Open)
        {
            return Err(SelectionRefusal::Frozen.into());
        }
        let version = current.map_or(1, |c| c.version + 1);
        for delete in [
            "DELETE FROM selection_quotas WHERE panel_id = $1",
            "DELETE FROM selection_people WHERE panel_id = $1",
            "DELETE FROM selection_contacts WHERE panel_id = $1",
            "DELETE FROM selection_lotteries WHERE panel_id = $1",
        ] {
            sqlx::query(delete)
                .bind(&panel.id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM selections WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO selections (panel_id, version, panel_size, lottery_panels, reserves, \
             state, people_file, features_file, updated_at) \
             VALUES ($1, $8, $2, $3, $4, 'open', $5, $6, $7)",
        )
        .bind(&panel.id)
        .bind(i64::from(inputs.panel_size))
        .bind(i64::from(inputs.lottery_panels))
        .bind(i64::from(inputs.reserves))
        .bind(&inputs.people_file)
        .bind(&inputs.features_file)
        .bind(now)
        .bind(version)
        .execute(&mut *tx)
        .await?;
        for (ord, q) in (1_i64..).zip(&inputs.quotas) {
            sqlx::query(
                "INSERT INTO selection_quotas (panel_id, ord, feature, value, min_seats, \
                 max_seats, min_flex, max_flex) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&panel.id)
            .bind(ord)
            .bind(&q.feature)
            .bind(&q.value)
            .bind(i64::from(q.min))
            .bind(i64::from(q.max))
            .bind(q.min_flex.map(i64::from))
            .bind(q.max_flex.map(i64::from))
            .execute(&mut *tx)
            .await?;
        }
        for (seq, p) in (1_i64..).zip(&inputs.people) {
            sqlx::query(
                "INSERT INTO selection_people (panel_id, seq, person_key, values_json, household, \
                 status) VALUES ($1, $2, $3, $4, $5, 'pool')",
            )
            .bind(&panel.id)
            .bind(seq)
            .bind(&p.key)
            .bind(to_json(&p.values))
            .bind(p.household.map(i64::from))
            .execute(&mut *tx)
            .await?;
        }
        for c in &inputs.contacts {
            sqlx::query(
                "INSERT INTO selection_contacts (panel_id, person_key, name, email, address) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&panel.id)
            .bind(&c.key)
            .bind(&c.name)
            .bind(&c.email)
            .bind(&c.address)
            .execute(&mut *tx)
            .await?;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "selection.inputs",
            json!({
                "panel_size": inputs.panel_size,
                "quotas": inputs.quotas.len(),
                "people": inputs.people.len(),
                "contacts": inputs.contacts.len(),
            }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The panel's selection, if it has one.
    pub async fn selection(&self, panel_id: &str) -> Result<Option<Selection>, StoreError> {
        let row = sqlx::query("SELECT * FROM selections WHERE panel_id = $1")
            .bind(panel_id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(selection_row).transpose()
    }

    /// The panel's quotas, in the order of the features file.
    pub async fn selection_quotas(
        &self,
        panel_id: &str,
    ) -> Result<Vec<SelectionQuota>, StoreError> {
        sqlx::query("SELECT * FROM selection_quotas WHERE panel_id = $1 ORDER BY ord")
            .bind(panel_id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| {
                Ok(SelectionQuota {
                    feature: row.try_get("feature")?,
                    value: row.try_get("value")?,
                    min: stored_u32("quota", row.try_get("min_seats")?)?,
                    max: stored_u32("quota", row.try_get("max_seats")?)?,
                    min_flex: opt_u32("quota", row.try_get("min_flex")?)?,
                    max_flex: opt_u32("quota", row.try_get("max_flex")?)?,
                })
            })
            .collect()
    }

    /// The panel's pool, in the order of the people file.
    pub async fn selection_pool(&self, panel_id: &str) -> Result<Vec<PoolPerson>, StoreError> {
        sqlx::query("SELECT * FROM selection_people WHERE panel_id = $1 ORDER BY seq")
            .bind(panel_id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| {
                let reply: Option<String> = row.try_get("reply")?;
                let withdrawal: Option<String> = row.try_get("withdrawal_reason")?;
                Ok(PoolPerson {
                    seq: stored_u32("person number", row.try_get("seq")?)?,
                    entry: PoolEntry {
                        key: row.try_get("person_key")?,
                        values: strings("values", row.try_get("values_json")?)?,
                        household: opt_u32("household", row.try_get("household")?)?,
                    },
                    status: parse_stored("status", row.try_get("status")?, PersonStatus::parse)?,
                    reserve_rank: opt_u32("reserve rank", row.try_get("reserve_rank")?)?,
                    reply: reply
                        .map(|r| parse_stored("reply", r, MemberReply::parse))
                        .transpose()?,
                    withdrawal: withdrawal
                        .map(|r| parse_stored("withdrawal reason", r, WithdrawalReason::parse))
                        .transpose()?,
                })
            })
            .collect()
    }

    /// The contact details kept for the panel's pool (organisers only).
    pub async fn selection_contacts(&self, panel_id: &str) -> Result<Vec<Contact>, StoreError> {
        sqlx::query("SELECT * FROM selection_contacts WHERE panel_id = $1 ORDER BY person_key")
            .bind(panel_id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| {
                Ok(Contact {
                    key: row.try_get("person_key")?,
                    name: row.try_get("name")?,
                    email: row.try_get("email")?,
                    address: row.try_get("address")?,
                })
            })
            .collect()
    }

    /// Freezes the pool and records the commitment published for it and the lottery it covers,
    /// computed from the inputs of `version`; refused unless open, or when another upload came
    /// since.
    pub async fn freeze_selection(
        &self,
        panel: &Panel,
        version: i64,
        commitment: &str,
        lottery: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        match self.selection_in(&mut tx, &panel.id).await? {
            None => return Err(SelectionRefusal::NoPool.into()),
            Some(s) if s.state != SelectionState::Open => {
                return Err(SelectionRefusal::Frozen.into());
            }
            Some(s) if s.version != version => return Err(SelectionRefusal::Changed.into()),
            Some(_) => {}
        }
        sqlx::query(
            "UPDATE selections SET state = 'frozen', commitment = $1, frozen_at = $2, \
             updated_at = $2 WHERE panel_id = $3",
        )
        .bind(commitment)
        .bind(now)
        .bind(&panel.id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM selection_lotteries WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO selection_lotteries (panel_id, body) VALUES ($1, $2)")
            .bind(&panel.id)
            .bind(lottery)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "selection.freeze",
            json!({ "commitment": commitment }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a draw: the first (the selection must be frozen, with this commitment) makes the
    /// chosen members and the reserves; a replacement (the selection must be drawn) marks the
    /// members it replaces (who must have withdrawn) as replaced and the chosen as members.
    ///
    /// Each chosen person with an e-mail address is owed a message with their reply link:
    /// `compose` writes its subject and body from their [`Notice`], and the message is queued in
    /// the outbox in the same transaction as the draw (dedup key
    /// `selection:<panel id>:<draw number>:<person key>`). A crash or a failed insert at any
    /// point leaves either no draw, or the draw with all its messages: reply tokens are stored
    /// only as digests, so the links could not be written again later. Returns who was told.
    pub async fn record_draw(
        &self,
        panel: &Panel,
        draw: &NewDraw,
        actor: &Actor,
        compose: &(dyn Fn(&Notice) -> Letter + Sync),
        now: i64,
    ) -> Result<Vec<Notice>, StoreError> {
        let mut tx = self.begin_write().await?;
        let current = self
            .selection_in(&mut tx, &panel.id)
            .await?
            .ok_or(SelectionRefusal::NoPool)?;
        let first = draw.withdrawn.is_empty() && current.state == SelectionState::Frozen;
        if first {
            if current.commitment.as_deref() != Some(draw.commitment.as_str()) {
                return Err(SelectionRefusal::CommitmentMismatch.into());
            }
        } else if current.state != SelectionState::Drawn {
            return Err(if draw.withdrawn.is_empty() {
                SelectionRefusal::NotFrozen
            } else {
                SelectionRefusal::NotDrawn
            }
            .into());
        } else if draw.withdrawn.is_empty() {
            return Err(SelectionRefusal::NotFrozen.into());
        }
        let number: i64 = sqlx::query(
            "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM selection_draws WHERE panel_id = $1",
        )
        .bind(&panel.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("next")?;
        sqlx::query(
            "INSERT INTO selection_draws (panel_id, number, seed, commitment, chosen_json, \
             withdrawn_json, drawn_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&panel.id)
        .bind(number)
        .bind(&draw.seed)
        .bind(&draw.commitment)
        .bind(to_json(&draw.chosen))
        .bind(to_json(&draw.withdrawn))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        for (name, body) in &draw.files {
            sqlx::query(
                "INSERT INTO selection_files (panel_id, draw_number, name, body) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(&panel.id)
            .bind(number)
            .bind(name)
            .bind(body)
            .execute(&mut *tx)
            .await?;
        }
        let set_status = "UPDATE selection_people SET status = $1, reserve_rank = $2 \
                          WHERE panel_id = $3 AND person_key = $4";
        for key in &draw.withdrawn {
            let status: Option<String> = sqlx::query(
                "SELECT status FROM selection_people WHERE panel_id = $1 AND person_key = $2",
            )
            .bind(&panel.id)
            .bind(key)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get("status"))
            .transpose()?;
            if status.as_deref() != Some("withdrawn") {
                return Err(SelectionRefusal::NotWithdrawn.into());
            }
            sqlx::query(set_status)
                .bind("replaced")
                .bind(None::<i64>)
                .bind(&panel.id)
                .bind(key)
                .execute(&mut *tx)
                .await?;
        }
        let mut notices = Vec::new();
        for key in &draw.chosen {
            let token = random_token()?;
            sqlx::query(
                "UPDATE selection_people SET status = 'member', reserve_rank = NULL, \
                 reply_hash = $1 WHERE panel_id = $2 AND person_key = $3",
            )
            .bind(digest(&token))
            .bind(&panel.id)
            .bind(key)
            .execute(&mut *tx)
            .await?;
            let contact = sqlx::query(
                "SELECT name, email FROM selection_contacts WHERE panel_id = $1 AND person_key = $2",
            )
            .bind(&panel.id)
            .bind(key)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(row) = contact {
                let email: String = row.try_get("email")?;
                if !email.trim().is_empty() {
                    let notice = Notice {
                        name: row.try_get("name")?,
                        email,
                        token,
                    };
                    let letter = compose(&notice);
                    let mail = OutgoingMail {
                        assembly_id: Some(panel.assembly_id.clone()),
                        recipient: notice.email.clone(),
                        subject: letter.subject,
                        body: letter.body,
                        dedup_key: Some(format!("selection:{}:{number}:{key}", panel.id)),
                    };
                    queue_in(&mut tx, &mail, now).await?;
                    notices.push(notice);
                }
            }
        }
        for (rank, key) in (1_i64..).zip(&draw.reserves) {
            sqlx::query(set_status)
                .bind("reserve")
                .bind(Some(rank))
                .bind(&panel.id)
                .bind(key)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE selections SET state = 'drawn', updated_at = $1 WHERE panel_id = $2")
            .bind(now)
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            panel,
            if first {
                "selection.draw"
            } else {
                "selection.replace"
            },
            json!({
                "number": number,
                "seed": draw.seed,
                "commitment": draw.commitment,
                "chosen": draw.chosen,
                "withdrawn": draw.withdrawn,
            }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(notices)
    }

    /// The panel's draws, the first one first.
    pub async fn selection_draws(&self, panel_id: &str) -> Result<Vec<StoredDraw>, StoreError> {
        sqlx::query("SELECT * FROM selection_draws WHERE panel_id = $1 ORDER BY number")
            .bind(panel_id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| {
                Ok(StoredDraw {
                    number: stored_u32("draw number", row.try_get("number")?)?,
                    seed: row.try_get("seed")?,
                    commitment: row.try_get("commitment")?,
                    chosen: strings("chosen", row.try_get("chosen_json")?)?,
                    withdrawn: strings("withdrawn", row.try_get("withdrawn_json")?)?,
                    drawn_at: row.try_get("drawn_at")?,
                })
            })
            .collect()
    }

    /// The names of a draw's bundle files, in the order they were written.
    pub async fn selection_file_names(
        &self,
        panel_id: &str,
        draw: u32,
    ) -> Result<Vec<String>, StoreError> {
        sqlx::query(
            "SELECT name FROM selection_files WHERE panel_id = $1 AND draw_number = $2 \
             ORDER BY name",
        )
        .bind(panel_id)
        .bind(i64::from(draw))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| Ok(row.try_get("name")?))
        .collect()
    }

    /// The lottery published at the freeze (`lottery.json`), if the pool is frozen.
    pub async fn selection_lottery(&self, panel_id: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT body FROM selection_lotteries WHERE panel_id = $1")
            .bind(panel_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get("body")).transpose()?)
    }

    /// One file of a draw's bundle.
    pub async fn selection_file(
        &self,
        panel_id: &str,
        draw: u32,
        name: &str,
    ) -> Result<Option<String>, StoreError> {
        let row = sqlx::query(
            "SELECT body FROM selection_files WHERE panel_id = $1 AND draw_number = $2 \
             AND name = $3",
        )
        .bind(panel_id)
        .bind(i64::from(draw))
        .bind(name)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| r.try_get("body")).transpose()?)
    }

    /// Records a member's reply through their link: who replied when the token is a member's
    /// (a later reply replaces an earlier one; a decline withdraws them), `None` when it is no
    /// one's. Not audited by name: the entry names the pseudonymous id only.
    pub async fn reply_to_selection(
        &self,
        token: &str,
        reply: MemberReply,
        now: i64,
    ) -> Result<Option<Replied>, StoreError> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT panel_id, person_key, status FROM selection_people WHERE reply_hash = $1",
        )
        .bind(digest(token))
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let (panel_id, key, status): (String, String, String) = (
            row.try_get("panel_id")?,
            row.try_get("person_key")?,
            row.try_get("status")?,
        );
        if status != "member" {
            return Err(SelectionRefusal::NotMember.into());
        }
        let (status, reason) = match reply {
            MemberReply::Confirmed => ("member", None),
            MemberReply::Declined => ("withdrawn", Some(WithdrawalReason::DeclinedByLink.as_str())),
        };
        sqlx::query(
            "UPDATE selection_people SET reply = $1, status = $2, withdrawal_reason = $5 \
             WHERE panel_id = $3 AND person_key = $4",
        )
        .bind(reply.as_str())
        .bind(status)
        .bind(&panel_id)
        .bind(&key)
        .bind(reason)
        .execute(&mut *tx)
        .await?;
        let row = sqlx::query("SELECT assembly_id, number FROM panels WHERE id = $1")
            .bind(&panel_id)
            .fetch_one(&mut *tx)
            .await?;
        let (assembly_id, number): (String, i64) =
            (row.try_get("assembly_id")?, row.try_get("number")?);
        let email: Option<String> = sqlx::query(
            "SELECT email FROM selection_contacts WHERE panel_id = $1 AND person_key = $2",
        )
        .bind(&panel_id)
        .bind(&key)
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| r.try_get("email"))
        .transpose()?;
        crate::audit::append(
            &mut tx,
            crate::audit::Change {
                actor: &Actor::System,
                assembly_id: Some(&assembly_id),
                action: "selection.reply",
                subject: &format!("panel {number}"),
                before: None,
                after: Some(json!({ "id": key, "reply": reply.as_str() })),
                now,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(Some(Replied {
            panel_id,
            assembly_id,
            email: email.filter(|e| !e.trim().is_empty()),
        }))
    }

    /// Records that a member withdrew (told the organisers), and why; refused unless a member.
    pub async fn withdraw_member(
        &self,
        panel: &Panel,
        key: &str,
        reason: WithdrawalReason,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE selection_people SET status = 'withdrawn', withdrawal_reason = $3 \
             WHERE panel_id = $1 AND person_key = $2 AND status = 'member'",
        )
        .bind(&panel.id)
        .bind(key)
        .bind(reason.as_str())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(SelectionRefusal::NotMember.into());
        }
        audit(
            &mut tx,
            actor,
            panel,
            "selection.withdraw",
            json!({ "id": key, "reason": reason.as_str() }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Erases the contact details of the panel's pool; the pseudonymous pool and the draws stay.
    pub async fn erase_selection_contacts(
        &self,
        panel: &Panel,
        actor: &Actor,
        now: i64,
    ) -> Result<u64, StoreError> {
        let mut tx = self.begin_write().await?;
        let erased = sqlx::query("DELETE FROM selection_contacts WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("UPDATE selections SET contacts_erased_at = $1 WHERE panel_id = $2")
            .bind(now)
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "selection.erase_contacts",
            json!({ "count": erased }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(erased)
    }
}
