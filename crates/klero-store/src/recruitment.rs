//! Recruitment by lot: the invitations drawn from a register (only the drawn rows are kept),
//! the letters' texts, the registrations that come back, and the figures per stratum.
//!
//! The register's cells, names and contact details live in their own tables
//! (`recruitment_addresses`, `registration_contacts`), apart from the pseudonymous invitees and
//! registrations, and are erased together with the secret the letters' codes come from. A code
//! is never stored: only its digest, to find the invitee it belongs to. No personal detail goes
//! into an audit entry or an error.

use crate::audit::{Actor, append_for_panel as audit};
use crate::outbox::{OutgoingMail, queue_in};
use crate::{Backend, Store, StoreError, flag, random_token, stored_u32};
use klero_domain::assembly::{Date, Panel};
use klero_domain::followup::brussels_today;
use klero_domain::invitation::AddressLines;
use klero_domain::recruitment::{RegistrationCode, Share};
use serde_json::json;
use sqlx::any::Any;
use sqlx::{Row, Transaction};

type Tx = Transaction<'static, Any>;

/// Why a recruitment change was refused. [`RecruitmentRefusal::key`] names the message shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RecruitmentRefusal {
    /// Invitations cannot be drawn again once someone has registered.
    #[error("people have registered already")]
    Registered,
    /// Registration is closed: the pool is frozen.
    #[error("registration is closed")]
    Closed,
    /// The personal data were erased.
    #[error("the personal data were erased")]
    Erased,
    /// Registration opens on a later day.
    #[error("registration has not opened yet")]
    NotOpen,
}

impl RecruitmentRefusal {
    /// The Fluent message key.
    pub fn key(&self) -> &'static str {
        match self {
            RecruitmentRefusal::Registered => "recruitment-refused-registered",
            RecruitmentRefusal::Closed => "recruitment-refused-closed",
            RecruitmentRefusal::Erased => "recruitment-refused-erased",
            RecruitmentRefusal::NotOpen => "recruitment-refused-not-open",
        }
    }
}

impl From<RecruitmentRefusal> for StoreError {
    fn from(refusal: RecruitmentRefusal) -> Self {
        StoreError::RecruitmentRefused(refusal)
    }
}

/// A stratum's figures as the draw left them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStratum {
    /// The stratum's value, as first written in the register.
    pub name: String,
    /// People in the register with this value.
    pub population: u64,
    /// Of whom excluded.
    pub excluded: u64,
    /// Invitations drawn.
    pub invitations: u32,
}

/// One invitee of a draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitee {
    /// Their stratum's name.
    pub stratum: String,
    /// The letter's languages (codes such as `fr`, `nl`), in order.
    pub languages: Vec<String>,
    /// Their row of the register, cell by cell (personal).
    pub cells: Vec<String>,
}

/// A draw of invitations, to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitations {
    /// The register file's name, as uploaded.
    pub register_file: String,
    /// SHA-256 of the register as the draw read it.
    pub register_digest: String,
    /// The draw's settings (count, strata column...), as JSON, for the record.
    pub settings_json: String,
    /// The seed.
    pub seed: String,
    /// People in the register.
    pub population: u64,
    /// The register's header.
    pub header: Vec<String>,
    /// The letter's address block: lines of register columns.
    pub address: AddressLines,
    /// The figures per stratum.
    pub strata: Vec<NewStratum>,
    /// The invitees, in the register's order.
    pub invitees: Vec<NewInvitee>,
}

/// A panel's recruitment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recruitment {
    /// The register file's name.
    pub register_file: String,
    /// SHA-256 of the register.
    pub register_digest: String,
    /// The draw's settings, as JSON.
    pub settings_json: String,
    /// The seed.
    pub seed: String,
    /// People in the register.
    pub population: u64,
    /// When the invitations were drawn.
    pub drawn_at: i64,
    /// When the personal data were erased.
    pub personal_erased_at: Option<i64>,
}

/// A stratum's figures, with the replies so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StratumFigures {
    /// The stratum's name.
    pub name: String,
    /// People in the register.
    pub population: u64,
    /// Of whom excluded.
    pub excluded: u64,
    /// Invitations sent.
    pub invitations: u32,
    /// Registrations (not withdrawn).
    pub registered: u32,
    /// Registrations withdrawn.
    pub withdrawn: u32,
}

/// An invitee's letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// The invitee's number.
    pub seq: u32,
    /// The letter's languages.
    pub languages: Vec<String>,
    /// The registration code.
    pub code: RegistrationCode,
    /// The address block's lines, composed from the register's cells.
    pub address: Vec<String>,
}

/// What the letters need besides their texts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LetterSettings {
    /// The address block's lines of register columns.
    pub address: AddressLines,
    /// The organisers' phone number printed on the letters (may be empty).
    pub contact_phone: String,
    /// The organisers' e-mail address printed on the letters (may be empty).
    pub contact_email: String,
    /// The day registration opens; `None`: as soon as the quotas are set.
    pub opens_on: Option<Date>,
}

/// The invitee a code belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeHolder {
    /// The panel.
    pub panel_id: String,
    /// The assembly's short name.
    pub slug: String,
    /// The panel's number in its assembly.
    pub panel_number: u32,
    /// The invitee's number.
    pub seq: u32,
    /// `invited`, `registered` or `withdrawn`.
    pub status: String,
    /// The letter's languages.
    pub languages: Vec<String>,
}

/// What a registrant answers (or staff enter from a phone call).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRegistration {
    /// Their value per feature the quotas need.
    pub answers: Vec<(String, String)>,
    /// Whether they can attend the session dates.
    pub available: bool,
    /// The language they want to be written to in.
    pub lang: String,
    /// Whether staff entered it.
    pub by_staff: bool,
    /// Name (personal).
    pub name: String,
    /// E-mail address (personal; may be empty).
    pub email: String,
    /// Phone number (personal; may be empty).
    pub phone: String,
    /// Accessibility and other needs (personal; may be empty).
    pub needs: String,
}

/// A registration as stored (pseudonymous part).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    /// The invitee's number.
    pub seq: u32,
    /// The invitee's stratum.
    pub stratum: String,
    /// Their value per feature.
    pub answers: Vec<(String, String)>,
    /// Whether they can attend.
    pub available: bool,
    /// Their language.
    pub lang: String,
    /// Whether staff entered it.
    pub by_staff: bool,
    /// When they registered (or last changed their answers).
    pub registered_at: i64,
    /// When they withdrew.
    pub withdrawn_at: Option<i64>,
}

/// A registrant's contact details and needs (personal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationContact {
    /// The invitee's number.
    pub seq: u32,
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Phone number.
    pub phone: String,
    /// Needs.
    pub needs: String,
}

fn json_strings(what: &'static str, text: String) -> Result<Vec<String>, StoreError> {
    serde_json::from_str(&text).map_err(|_| StoreError::Corrupt { what, value: text })
}

/// The address block as stored: lines of columns, or (as migration 0009 wrote it) a column a
/// line.
fn stored_address(text: String) -> Result<AddressLines, StoreError> {
    if let Ok(lines) = serde_json::from_str::<Vec<Vec<String>>>(&text) {
        return Ok(AddressLines::new(lines));
    }
    let columns = json_strings("address columns", text)?;
    Ok(AddressLines::new(
        columns.into_iter().map(|c| vec![c]).collect(),
    ))
}

fn stored_u64(what: &'static str, value: i64) -> Result<u64, StoreError> {
    u64::try_from(value).map_err(|_| StoreError::Corrupt {
        what,
        value: value.to_string(),
    })
}

fn signed(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

impl Store {
    async fn begin_recruitment(&self) -> Result<Tx, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// Stores a draw of invitations, replacing an earlier one, all or nothing; refused once
    /// anyone has registered. A fresh secret is drawn for the letters' codes.
    pub async fn record_invitations(
        &self,
        panel: &Panel,
        draw: &NewInvitations,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let key = random_token()?;
        let key_bytes = hex::decode(&key).map_err(|_| StoreError::Random)?;
        let mut tx = self.begin_recruitment().await?;
        let registered: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM registrations WHERE panel_id = $1")
                .bind(&panel.id)
                .fetch_one(&mut *tx)
                .await?
                .try_get("n")?;
        if registered > 0 {
            return Err(RecruitmentRefusal::Registered.into());
        }
        for delete in [
            "DELETE FROM recruitment_invitees WHERE panel_id = $1",
            "DELETE FROM recruitment_addresses WHERE panel_id = $1",
            "DELETE FROM recruitment_strata WHERE panel_id = $1",
            "DELETE FROM recruitment_headers WHERE panel_id = $1",
            "DELETE FROM recruitments WHERE panel_id = $1",
        ] {
            sqlx::query(delete)
                .bind(&panel.id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "INSERT INTO recruitments (panel_id, register_file, register_digest, settings_json, \
             seed, population, code_key, drawn_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&panel.id)
        .bind(&draw.register_file)
        .bind(&draw.register_digest)
        .bind(&draw.settings_json)
        .bind(&draw.seed)
        .bind(signed(draw.population))
        .bind(&key)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO recruitment_headers (panel_id, header_json, address_columns_json) \
             VALUES ($1, $2, $3)",
        )
        .bind(&panel.id)
        .bind(json!(draw.header).to_string())
        .bind(json!(draw.address.lines()).to_string())
        .execute(&mut *tx)
        .await?;
        for (ord, s) in (1_i64..).zip(&draw.strata) {
            sqlx::query(
                "INSERT INTO recruitment_strata (panel_id, ord, name, population, excluded, \
                 invitations) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&panel.id)
            .bind(ord)
            .bind(&s.name)
            .bind(signed(s.population))
            .bind(signed(s.excluded))
            .bind(i64::from(s.invitations))
            .execute(&mut *tx)
            .await?;
        }
        for (seq, invitee) in (1_u64..).zip(&draw.invitees) {
            let code = RegistrationCode::derive(&key_bytes, seq);
            sqlx::query(
                "INSERT INTO recruitment_invitees (panel_id, seq, stratum, languages, code_hash, \
                 status) VALUES ($1, $2, $3, $4, $5, 'invited')",
            )
            .bind(&panel.id)
            .bind(signed(seq))
            .bind(&invitee.stratum)
            .bind(json!(invitee.languages).to_string())
            .bind(code.digest())
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO recruitment_addresses (panel_id, seq, cells_json) VALUES ($1, $2, $3)",
            )
            .bind(&panel.id)
            .bind(signed(seq))
            .bind(json!(invitee.cells).to_string())
            .execute(&mut *tx)
            .await?;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "recruitment.invitations",
            json!({
                "register_digest": draw.register_digest,
                "seed": draw.seed,
                "population": draw.population,
                "invitations": draw.invitees.len(),
            }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The panel's recruitment, if invitations were drawn.
    pub async fn recruitment(&self, panel_id: &str) -> Result<Option<Recruitment>, StoreError> {
        let row = sqlx::query("SELECT * FROM recruitments WHERE panel_id = $1")
            .bind(panel_id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| {
            Ok(Recruitment {
                register_file: row.try_get("register_file")?,
                register_digest: row.try_get("register_digest")?,
                settings_json: row.try_get("settings_json")?,
                seed: row.try_get("seed")?,
                population: stored_u64("population", row.try_get("population")?)?,
                drawn_at: row.try_get("drawn_at")?,
                personal_erased_at: row.try_get("personal_erased_at")?,
            })
        })
        .transpose()
    }

    /// The figures per stratum, with registrations counted as they come in.
    pub async fn recruitment_strata(
        &self,
        panel_id: &str,
    ) -> Result<Vec<StratumFigures>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.name, s.population, s.excluded, s.invitations, \
             (SELECT COUNT(*) FROM recruitment_invitees i WHERE i.panel_id = s.panel_id \
              AND i.stratum = s.name AND i.status = 'registered') AS registered, \
             (SELECT COUNT(*) FROM recruitment_invitees i WHERE i.panel_id = s.panel_id \
              AND i.stratum = s.name AND i.status = 'withdrawn') AS withdrawn \
             FROM recruitment_strata s WHERE s.panel_id = $1 ORDER BY s.ord",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(StratumFigures {
                    name: row.try_get("name")?,
                    population: stored_u64("population", row.try_get("population")?)?,
                    excluded: stored_u64("excluded", row.try_get("excluded")?)?,
                    invitations: stored_u32("invitations", row.try_get("invitations")?)?,
                    registered: stored_u32("registered", row.try_get("registered")?)?,
                    withdrawn: stored_u32("withdrawn", row.try_get("withdrawn")?)?,
                })
            })
            .collect()
    }

    /// Every invitee's letter: code and address block; refused once the personal data are erased.
    pub async fn letter_recipients(&self, panel_id: &str) -> Result<Vec<Recipient>, StoreError> {
        let Some(row) = sqlx::query(
            "SELECT r.code_key, r.personal_erased_at, h.header_json, h.address_columns_json \
             FROM recruitments r JOIN recruitment_headers h ON h.panel_id = r.panel_id \
             WHERE r.panel_id = $1",
        )
        .bind(panel_id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(Vec::new());
        };
        if row
            .try_get::<Option<i64>, _>("personal_erased_at")?
            .is_some()
        {
            return Err(RecruitmentRefusal::Erased.into());
        }
        let key: String = row.try_get("code_key")?;
        let key = hex::decode(&key).map_err(|_| StoreError::Corrupt {
            what: "code key",
            value: String::new(),
        })?;
        let header = json_strings("register header", row.try_get("header_json")?)?;
        let address = stored_address(row.try_get("address_columns_json")?)?;
        let rows = sqlx::query(
            "SELECT i.seq, i.languages, a.cells_json FROM recruitment_invitees i \
             JOIN recruitment_addresses a ON a.panel_id = i.panel_id AND a.seq = i.seq \
             WHERE i.panel_id = $1 ORDER BY i.seq",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let seq: i64 = row.try_get("seq")?;
                let cells = json_strings("register cells", row.try_get("cells_json")?)?;
                let seq = stored_u32("invitee", seq)?;
                Ok(Recipient {
                    seq,
                    languages: json_strings("languages", row.try_get("languages")?)?,
                    code: RegistrationCode::derive(&key, u64::from(seq)),
                    address: address.compose(&header, &cells),
                })
            })
            .collect()
    }

    /// The letter's text per language, as edited (languages never edited are absent).
    pub async fn letter_texts(&self, panel_id: &str) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT lang, body FROM recruitment_letters WHERE panel_id = $1 ORDER BY lang",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("lang")?, row.try_get("body")?)))
            .collect()
    }

    /// Sets the letter's text in `lang`.
    pub async fn set_letter_text(
        &self,
        panel: &Panel,
        lang: &str,
        body: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_recruitment().await?;
        sqlx::query("DELETE FROM recruitment_letters WHERE panel_id = $1 AND lang = $2")
            .bind(&panel.id)
            .bind(lang)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO recruitment_letters (panel_id, lang, body) VALUES ($1, $2, $3)")
            .bind(&panel.id)
            .bind(lang)
            .bind(body)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "recruitment.letter",
            json!({ "lang": lang, "body": body }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The letters' settings: the address block (empty before invitations are drawn), the
    /// organisers' contact and the opening day.
    pub async fn letter_settings(&self, panel_id: &str) -> Result<LetterSettings, StoreError> {
        let mut settings = LetterSettings::default();
        if let Some(row) =
            sqlx::query("SELECT address_columns_json FROM recruitment_headers WHERE panel_id = $1")
                .bind(panel_id)
                .fetch_optional(&self.pool)
                .await?
        {
            settings.address = stored_address(row.try_get("address_columns_json")?)?;
        }
        if let Some(row) = sqlx::query(
            "SELECT contact_phone, contact_email, opens_on FROM recruitment_settings \
             WHERE panel_id = $1",
        )
        .bind(panel_id)
        .fetch_optional(&self.pool)
        .await?
        {
            settings.contact_phone = row.try_get("contact_phone")?;
            settings.contact_email = row.try_get("contact_email")?;
            settings.opens_on = row
                .try_get::<Option<String>, _>("opens_on")?
                .map(|d| {
                    Date::parse(&d).ok_or(StoreError::Corrupt {
                        what: "opening day",
                        value: d,
                    })
                })
                .transpose()?;
        }
        Ok(settings)
    }

    /// Sets the letters' settings, all or nothing; the address block only once invitations
    /// are drawn (it names the register's columns).
    pub async fn set_letter_settings(
        &self,
        panel: &Panel,
        settings: &LetterSettings,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_recruitment().await?;
        sqlx::query("UPDATE recruitment_headers SET address_columns_json = $1 WHERE panel_id = $2")
            .bind(json!(settings.address.lines()).to_string())
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM recruitment_settings WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        let opens_on = settings.opens_on.map(|d| d.to_string());
        sqlx::query(
            "INSERT INTO recruitment_settings (panel_id, contact_phone, contact_email, opens_on) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(&panel.id)
        .bind(&settings.contact_phone)
        .bind(&settings.contact_email)
        .bind(&opens_on)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "recruitment.letter_settings",
            json!({
                "address": settings.address.lines(),
                "contact_phone": settings.contact_phone,
                "contact_email": settings.contact_email,
                "opens_on": opens_on,
            }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The population's shares the quotas were last proposed from (empty: none given).
    pub async fn population_shares(&self, panel_id: &str) -> Result<Vec<Share>, StoreError> {
        let Some(row) =
            sqlx::query("SELECT shares_json FROM recruitment_shares WHERE panel_id = $1")
                .bind(panel_id)
                .fetch_optional(&self.pool)
                .await?
        else {
            return Ok(Vec::new());
        };
        let text: String = row.try_get("shares_json")?;
        let rows: Vec<(String, String, f64)> =
            serde_json::from_str(&text).map_err(|_| StoreError::Corrupt {
                what: "population shares",
                value: text.clone(),
            })?;
        Ok(rows
            .into_iter()
            .map(|(feature, value, weight)| Share {
                feature,
                value,
                weight,
            })
            .collect())
    }

    /// Records the population's shares the quotas were proposed from.
    pub async fn set_population_shares(
        &self,
        panel: &Panel,
        shares: &[Share],
    ) -> Result<(), StoreError> {
        let rows: Vec<(&str, &str, f64)> = shares
            .iter()
            .map(|s| (s.feature.as_str(), s.value.as_str(), s.weight))
            .collect();
        let mut tx = self.begin_recruitment().await?;
        sqlx::query("DELETE FROM recruitment_shares WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO recruitment_shares (panel_id, shares_json) VALUES ($1, $2)")
            .bind(&panel.id)
            .bind(json!(rows).to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The register's header (not personal: the columns' names); empty before invitations are
    /// drawn.
    pub async fn register_header(&self, panel_id: &str) -> Result<Vec<String>, StoreError> {
        sqlx::query("SELECT header_json FROM recruitment_headers WHERE panel_id = $1")
            .bind(panel_id)
            .fetch_optional(&self.pool)
            .await?
            .map(|row| json_strings("register header", row.try_get("header_json")?))
            .transpose()
            .map(Option::unwrap_or_default)
    }

    /// The register's header and invitee `seq`'s row (personal: for the answers the register
    /// already gives); `None` once the personal data are erased.
    pub async fn invitee_row(
        &self,
        panel_id: &str,
        seq: u32,
    ) -> Result<Option<(Vec<String>, Vec<String>)>, StoreError> {
        let row = sqlx::query(
            "SELECT h.header_json, a.cells_json FROM recruitment_headers h \
             JOIN recruitment_addresses a ON a.panel_id = h.panel_id \
             JOIN recruitments r ON r.panel_id = h.panel_id \
             WHERE h.panel_id = $1 AND a.seq = $2 AND r.personal_erased_at IS NULL",
        )
        .bind(panel_id)
        .bind(i64::from(seq))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok((
                json_strings("register header", row.try_get("header_json")?)?,
                json_strings("register cells", row.try_get("cells_json")?)?,
            ))
        })
        .transpose()
    }

    /// The invitee a code belongs to, if any.
    pub async fn code_holder(
        &self,
        code: &RegistrationCode,
    ) -> Result<Option<CodeHolder>, StoreError> {
        let row = sqlx::query(
            "SELECT i.panel_id, i.seq, i.status, i.languages, p.number, a.slug \
             FROM recruitment_invitees i JOIN recruitments r ON r.panel_id = i.panel_id \
             JOIN panels p ON p.id = i.panel_id JOIN assemblies a ON a.id = p.assembly_id \
             WHERE i.code_hash = $1 AND r.personal_erased_at IS NULL",
        )
        .bind(code.digest())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(CodeHolder {
                panel_id: row.try_get("panel_id")?,
                slug: row.try_get("slug")?,
                panel_number: stored_u32("panel number", row.try_get("number")?)?,
                seq: stored_u32("invitee", row.try_get("seq")?)?,
                status: row.try_get("status")?,
                languages: json_strings("languages", row.try_get("languages")?)?,
            })
        })
        .transpose()
    }

    /// Whether registration opens on a day after `now`'s.
    async fn opens_later(&self, tx: &mut Tx, panel_id: &str, now: i64) -> Result<bool, StoreError> {
        let opens_on: Option<String> =
            sqlx::query("SELECT opens_on FROM recruitment_settings WHERE panel_id = $1")
                .bind(panel_id)
                .fetch_optional(&mut **tx)
                .await?
                .map(|row| row.try_get("opens_on"))
                .transpose()?
                .flatten();
        Ok(opens_on
            .and_then(|d| Date::parse(&d))
            .is_some_and(|day| day > brussels_today(now)))
    }

    /// Whether registration is closed for the panel: its pool is frozen or drawn.
    async fn registration_closed(&self, tx: &mut Tx, panel_id: &str) -> Result<bool, StoreError> {
        let state: Option<String> = sqlx::query("SELECT state FROM selections WHERE panel_id = $1")
            .bind(panel_id)
            .fetch_optional(&mut **tx)
            .await?
            .map(|row| row.try_get("state"))
            .transpose()?;
        Ok(state.is_some_and(|s| s != "open"))
    }

    /// Records (or updates) invitee `seq`'s registration, all or nothing; refused once the
    /// pool is frozen. `confirmation`, the message that confirms it to the registrant, is queued
    /// in the outbox in the same transaction: no registration is committed without it.
    pub async fn register_invitee(
        &self,
        panel: &Panel,
        seq: u32,
        registration: &NewRegistration,
        confirmation: Option<&OutgoingMail>,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_recruitment().await?;
        if self.registration_closed(&mut tx, &panel.id).await? {
            return Err(RecruitmentRefusal::Closed.into());
        }
        if self.opens_later(&mut tx, &panel.id, now).await? {
            return Err(RecruitmentRefusal::NotOpen.into());
        }
        let seq = i64::from(seq);
        for delete in [
            "DELETE FROM registrations WHERE panel_id = $1 AND seq = $2",
            "DELETE FROM registration_contacts WHERE panel_id = $1 AND seq = $2",
        ] {
            sqlx::query(delete)
                .bind(&panel.id)
                .bind(seq)
                .execute(&mut *tx)
                .await?;
        }
        let answers: serde_json::Map<String, serde_json::Value> = registration
            .answers
            .iter()
            .map(|(f, v)| (f.clone(), serde_json::Value::String(v.clone())))
            .collect();
        sqlx::query(
            "INSERT INTO registrations (panel_id, seq, answers_json, available, lang, consent_at, \
             by_staff, registered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $6)",
        )
        .bind(&panel.id)
        .bind(seq)
        .bind(serde_json::Value::Object(answers).to_string())
        .bind(flag(registration.available))
        .bind(&registration.lang)
        .bind(now)
        .bind(flag(registration.by_staff))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO registration_contacts (panel_id, seq, name, email, phone, needs) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&panel.id)
        .bind(seq)
        .bind(&registration.name)
        .bind(&registration.email)
        .bind(&registration.phone)
        .bind(&registration.needs)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE recruitment_invitees SET status = 'registered' WHERE panel_id = $1 AND seq = $2",
        )
        .bind(&panel.id)
        .bind(seq)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "recruitment.registered",
            json!({ "invitee": seq, "by_staff": registration.by_staff }),
            now,
        )
        .await?;
        if let Some(mail) = confirmation {
            queue_in(&mut tx, mail, now).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Withdraws invitee `seq`'s registration (their contact details are erased at once);
    /// refused once the pool is frozen (then the selection's drop-outs apply).
    pub async fn withdraw_registration(
        &self,
        panel: &Panel,
        seq: u32,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_recruitment().await?;
        if self.registration_closed(&mut tx, &panel.id).await? {
            return Err(RecruitmentRefusal::Closed.into());
        }
        let seq = i64::from(seq);
        sqlx::query("UPDATE registrations SET withdrawn_at = $3 WHERE panel_id = $1 AND seq = $2")
            .bind(&panel.id)
            .bind(seq)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM registration_contacts WHERE panel_id = $1 AND seq = $2")
            .bind(&panel.id)
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE recruitment_invitees SET status = 'withdrawn' WHERE panel_id = $1 AND seq = $2",
        )
        .bind(&panel.id)
        .bind(seq)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "recruitment.withdrawn",
            json!({ "invitee": seq }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The registrations, in invitee order (withdrawn ones included, marked).
    pub async fn registrations(&self, panel_id: &str) -> Result<Vec<Registration>, StoreError> {
        let rows = sqlx::query(
            "SELECT g.*, i.stratum FROM registrations g JOIN recruitment_invitees i \
             ON i.panel_id = g.panel_id AND i.seq = g.seq WHERE g.panel_id = $1 ORDER BY g.seq",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let text: String = row.try_get("answers_json")?;
                let answers: serde_json::Map<String, serde_json::Value> =
                    serde_json::from_str(&text).map_err(|_| StoreError::Corrupt {
                        what: "answers",
                        value: text.clone(),
                    })?;
                Ok(Registration {
                    seq: stored_u32("invitee", row.try_get("seq")?)?,
                    stratum: row.try_get("stratum")?,
                    answers: answers
                        .into_iter()
                        .map(|(f, v)| (f, v.as_str().unwrap_or_default().to_owned()))
                        .collect(),
                    available: row.try_get::<i64, _>("available")? != 0,
                    lang: row.try_get("lang")?,
                    by_staff: row.try_get::<i64, _>("by_staff")? != 0,
                    registered_at: row.try_get("registered_at")?,
                    withdrawn_at: row.try_get("withdrawn_at")?,
                })
            })
            .collect()
    }

    /// The registrants' contact details and needs (personal: organisers and staff only).
    pub async fn registration_contacts(
        &self,
        panel_id: &str,
    ) -> Result<Vec<RegistrationContact>, StoreError> {
        let rows =
            sqlx::query("SELECT * FROM registration_contacts WHERE panel_id = $1 ORDER BY seq")
                .bind(panel_id)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|row| {
                Ok(RegistrationContact {
                    seq: stored_u32("invitee", row.try_get("seq")?)?,
                    name: row.try_get("name")?,
                    email: row.try_get("email")?,
                    phone: row.try_get("phone")?,
                    needs: row.try_get("needs")?,
                })
            })
            .collect()
    }

    /// Erases the recruitment's personal data: the register's rows, the registrants' contact
    /// details and the codes' secret (the codes stop working). Figures and pseudonymous
    /// registrations stay.
    pub async fn erase_recruitment_personal(
        &self,
        panel: &Panel,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_recruitment().await?;
        for delete in [
            "DELETE FROM recruitment_addresses WHERE panel_id = $1",
            "DELETE FROM registration_contacts WHERE panel_id = $1",
        ] {
            sqlx::query(delete)
                .bind(&panel.id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "UPDATE recruitments SET code_key = '', personal_erased_at = $2 WHERE panel_id = $1",
        )
        .bind(&panel.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, actor, panel, "recruitment.erased", json!({}), now).await?;
        tx.commit().await?;
        Ok(())
    }
}
