//! Kleroterion's demonstration data: what `klero demo` loads so that a newcomer sees a living
//! system. A Brussels-like permanent assembly whose first panel is deliberating (drawn by lot
//! from 450 volunteers, its draw published), whose second
//! is recruiting and whose earlier panel's recommendations are in follow-up (answers published,
//! some overdue, a commission verdict), a one-off G1000-style summit, an account for every role, and a population
//! register of synthetic residents (every name and address invented, drawn from a seed).

mod deliberation;
mod followup;
mod register;
mod selection;
mod summit;

pub use deliberation::OTHER_MEMBERS;
pub use register::{Resident, resident_stream, residents, write_register};

use klero_domain::access::Role;
use klero_domain::input::{AssemblyInput, Email, PanelInput, RawForm};
use klero_store::{Actor, Store, StoreError};

/// What went wrong loading the demonstration.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The database refused.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The database already holds assemblies: the demonstration loads into an empty one only.
    #[error("the database is not empty; the demonstration needs an empty database")]
    NotEmpty,
    /// The built-in demonstration content does not parse (a bug, caught by the tests).
    #[error("demonstration content: {0}")]
    Content(String),
}

/// One demonstration account, to print at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoAccount {
    /// What the account is for (`organiser`, `panel member`...).
    pub label: &'static str,
    /// The login.
    pub email: String,
}

/// The accounts, one per role, plus the platform administrator; all share one password.
pub const ACCOUNTS: [(&str, &str, &str, Option<Role>); 8] = [
    (
        "administrator",
        "admin@demo.kleroterion.org",
        "Adèle Admin",
        None,
    ),
    (
        "organiser",
        "organiser@demo.kleroterion.org",
        "Olivier Organisateur",
        Some(Role::Organiser),
    ),
    (
        "staff",
        "staff@demo.kleroterion.org",
        "Sofie Staff",
        Some(Role::Staff),
    ),
    (
        "facilitator",
        "facilitator@demo.kleroterion.org",
        "Farid Facilitator",
        Some(Role::Facilitator),
    ),
    (
        "expert",
        "expert@demo.kleroterion.org",
        "Elke Expert",
        Some(Role::Expert),
    ),
    (
        "panel member",
        "member@demo.kleroterion.org",
        "Marie Membre",
        Some(Role::PanelMember),
    ),
    (
        "commission member",
        "commission@demo.kleroterion.org",
        "Koen Commissie",
        Some(Role::Commission),
    ),
    (
        "government respondent",
        "government@demo.kleroterion.org",
        "Greta Gouvernement",
        Some(Role::Government),
    ),
];

/// The permanent assembly's short name.
pub const PERMANENT_SLUG: &str = "brussels-climate";
/// The one-off summit's short name.
pub const SUMMIT_SLUG: &str = "g1000-summit";

fn form(fields: &[(&str, &str)]) -> RawForm {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn content<T>(parsed: Result<T, klero_domain::input::FieldErrors>) -> Result<T, DemoError> {
    parsed.map_err(|e| DemoError::Content(format!("{e:?}")))
}

/// Loads the demonstration into an empty database. Every account gets `password`.
pub async fn load(store: &Store, password: &str, now: i64) -> Result<Vec<DemoAccount>, DemoError> {
    if !store.assemblies().await?.is_empty() {
        return Err(DemoError::NotEmpty);
    }
    let mut accounts = Vec::new();
    let mut people = Vec::new();
    for (label, email, name, role) in ACCOUNTS {
        let address = Email::parse(email).ok_or_else(|| DemoError::Content(email.to_owned()))?;
        let account = store
            .create_account(&address, name, password, role.is_none(), now)
            .await?;
        accounts.push(DemoAccount {
            label,
            email: email.to_owned(),
        });
        people.push((account, role));
    }
    let Some((admin, _)) = people.first() else {
        return Err(DemoError::Content("no administrator".into()));
    };
    let admin_actor = Actor::Person {
        id: admin.id.clone(),
        name: admin.display_name.clone(),
    };
    let climate = content(AssemblyInput::parse(&form(&[
        ("slug", PERMANENT_SLUG),
        ("kind", "permanent"),
        ("title_nl", "Brusselse Burgerassemblee voor het Klimaat"),
        ("title_fr", "Assemblée citoyenne bruxelloise pour le climat"),
        ("title_en", "Brussels Citizens' Assembly on Climate"),
        ("title_de", "Brüsseler Bürgerversammlung für das Klima"),
        (
            "description_nl",
            "Een permanente assemblee van 100 uitgelote Brusselaars die aanbevelingen doen over klimaat; de regering beantwoordt elke aanbeveling.",
        ),
        (
            "description_fr",
            "Une assemblée permanente de 100 Bruxellois tirés au sort qui formulent des recommandations sur le climat ; le gouvernement répond à chacune.",
        ),
        (
            "description_en",
            "A permanent assembly of 100 Brussels residents drawn by lot who make recommendations on climate; the government answers every one.",
        ),
        (
            "description_de",
            "Eine ständige Versammlung von 100 ausgelosten Brüsselern, die Empfehlungen zum Klima abgeben; die Regierung beantwortet jede einzelne.",
        ),
    ])))?;
    // The organiser creates the permanent assembly (and so organises it); the administrator,
    // who creates the one-off summit below, holds no role in it.
    let (organiser, _) = &people[1];
    let organiser_actor = Actor::Person {
        id: organiser.id.clone(),
        name: organiser.display_name.clone(),
    };
    let assembly = store
        .create_assembly(&climate, organiser, &organiser_actor, now)
        .await?;
    for (account, role) in &people[1..] {
        if let Some(role) = role {
            store
                .grant_role(account, &assembly.id, *role, &organiser_actor, now)
                .await?;
        }
    }
    let panels = [
        [
            ("theme_nl", "Wonen en energierenovatie"),
            ("theme_fr", "Logement et rénovation énergétique"),
            ("theme_en", "Housing and energy renovation"),
            ("theme_de", "Wohnen und energetische Sanierung"),
            ("size", "100"),
            ("starts_on", "2026-09-12"),
            ("ends_on", "2027-01-30"),
            ("stage", "deliberation"),
        ],
        [
            ("theme_nl", "Mobiliteit"),
            ("theme_fr", "Mobilité"),
            ("theme_en", "Mobility"),
            ("theme_de", "Mobilität"),
            ("size", "100"),
            ("starts_on", "2027-03-06"),
            ("ends_on", "2027-07-03"),
            ("stage", "recruitment"),
        ],
        [
            ("theme_nl", "Voeding, mobiliteit en energie (2026)"),
            ("theme_fr", "Alimentation, mobilité et énergie (2026)"),
            ("theme_en", "Food, mobility and energy (2026)"),
            ("theme_de", "Ernährung, Mobilität und Energie (2026)"),
            ("size", "100"),
            ("starts_on", "2026-01-10"),
            ("ends_on", "2026-06-27"),
            ("stage", "follow_up"),
        ],
    ];
    let mut created = Vec::new();
    for fields in panels {
        let input = content(PanelInput::parse(&form(&fields)))?;
        created.push(
            store
                .create_panel(&assembly, &input, &organiser_actor, now)
                .await?,
        );
    }
    let person = |i: usize| {
        let (account, _) = &people[i];
        Actor::Person {
            id: account.id.clone(),
            name: account.display_name.clone(),
        }
    };
    // The panel members beside the demonstration's member account.
    let mut members = vec![people[5].0.clone()];
    for (email, name) in OTHER_MEMBERS {
        let address = Email::parse(email).ok_or_else(|| DemoError::Content(email.to_owned()))?;
        let account = store
            .create_account(&address, name, password, false, now)
            .await?;
        store
            .grant_role(
                &account,
                &assembly.id,
                Role::PanelMember,
                &organiser_actor,
                now,
            )
            .await?;
        members.push(account);
    }
    // The deliberating panel was drawn: its draw page, lottery and bundle are there to check;
    // its members meet, draft, amend and vote.
    if let Some(deliberating) = created.first() {
        selection::load(store, deliberating, &organiser_actor, now).await?;
        deliberation::load(
            store,
            deliberating,
            &organiser_actor,
            &person(2),
            &person(3),
            &person(4),
            &members,
            now,
        )
        .await?;
    }
    if let Some(earlier) = created.last() {
        followup::load(
            store,
            earlier,
            &organiser_actor,
            &person(2),
            &person(7),
            &person(6),
            &members,
            now,
        )
        .await?;
    }
    let summit = content(AssemblyInput::parse(&form(&[
        ("slug", SUMMIT_SLUG),
        ("kind", "one_off"),
        ("title_nl", "G1000-burgertop"),
        ("title_fr", "Sommet citoyen G1000"),
        ("title_en", "G1000 citizens' summit"),
        ("title_de", "G1000-Bürgergipfel"),
    ])))?;
    let summit = store
        .create_assembly(&summit, admin, &admin_actor, now)
        .await?;
    // The summit's day is run by the same team: the organiser, the staff at the door and the
    // facilitator at a table each hold their role there too.
    for (account, role) in &people[1..=3] {
        if let Some(role) = role {
            store
                .grant_role(account, &summit.id, *role, &admin_actor, now)
                .await?;
        }
    }
    let day = content(PanelInput::parse(&form(&[
        ("theme_en", "What should our future look like?"),
        ("theme_fr", "À quoi doit ressembler notre avenir ?"),
        ("theme_nl", "Hoe moet onze toekomst eruitzien?"),
        ("size", "1000"),
        ("starts_on", "2027-11-11"),
        ("ends_on", "2027-11-11"),
        ("stage", "recruitment"),
    ])))?;
    let day = store.create_panel(&summit, &day, &admin_actor, now).await?;
    summit::load(store, &day, &admin_actor, now).await?;
    Ok(accounts)
}
