//! The organisers' selection page: upload the quotas and the pool (every problem by file, line
//! and column; nothing half-imported), see the pool against the quotas and the engine's
//! feasibility check, freeze the pool and publish its commitment, hold the ceremony with a
//! public seed, record drop-outs, draw replacements, erase the contact details.

use super::freezing::Outcome;
use super::{CompositionRow, blocking, composition, default_reserves, eligible, instance};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{Page, Shown, render_page, with_status};
use crate::routes::followup::{InPanel, day, load_panel};
use crate::routes::summit::PanelPath;
use crate::routes::{PathParam, actor};
use crate::uploads;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use klero_bundle::{BundleInput, FollowUp};
use klero_domain::access::Action;
use klero_domain::labels::{MAX_LABEL, QuotaLabels};
use klero_domain::lang::Lang;
use klero_domain::selection::WithdrawalReason;
use klero_pool::{Kind, LoadOptions, Source};
use klero_select::SelectError;
use klero_store::{
    Contact, Letter, NewDraw, Notice, PersonStatus, PoolEntry, SelectionInputs, SelectionQuota,
    SelectionState, StoreError,
};
use subtle::ConstantTimeEq;

/// The largest quotas or people file an organiser may upload.
pub(crate) const MAX_UPLOAD: usize = 16 * 1024 * 1024;

/// A member or reserve in the organisers' list.
pub(crate) struct MemberLine {
    pub key: String,
    /// Name and e-mail address, until erased.
    pub name: String,
    pub email: String,
    pub status: String,
    pub reply: String,
    /// Why they left, once withdrawn.
    pub reason: String,
    /// How they came onto the panel, or who took their seat.
    pub history: String,
    pub member: bool,
}

/// A replacement draw: who left and who took their seats.
pub(crate) struct ReplacementLine {
    pub title: String,
    pub on: String,
    pub seed: String,
    pub left: Vec<String>,
    pub joined: Vec<String>,
}

#[derive(Template)]
#[template(path = "selection.html")]
struct SelectionPage {
    page: Page,
    base: String,
    slug: String,
    crumbs: crate::pages::Crumbs,
    theme: Shown,
    state: &'static str,
    state_text: String,
    panel_size: String,
    household_column: String,
    address_columns: String,
    files: String,
    pool_count: usize,
    contacts_count: usize,
    erased_on: Option<String>,
    retention: String,
    rows: Vec<CompositionRow>,
    feasible: Option<bool>,
    diagnosis: Vec<String>,
    /// The quotas in conflict, as `feature = value (min–max)`.
    conflicts: Vec<String>,
    /// The smallest relaxation within the flexible bounds (empty: none exists).
    relaxation: Option<Vec<String>>,
    commitment: String,
    problems: Vec<String>,
    problems_heading: String,
    notice: Option<String>,
    members: Vec<MemberLine>,
    replacements: Vec<ReplacementLine>,
    /// The reserve list in order: id and name (until erased).
    reserves: Vec<(String, String)>,
    /// The reasons an organiser may record for a drop-out: value and label.
    reasons: Vec<(&'static str, String)>,
    waiting: usize,
    /// A freeze running in the background.
    freezing: Option<Freezing>,
    /// The labels form: per category or value, its id, whether it is a category, and its label
    /// in each language (code, language name, text).
    label_rows: Vec<LabelRow>,
}

/// A row of the labels form.
pub(crate) struct LabelRow {
    pub id: String,
    pub category: bool,
    pub fields: Vec<(&'static str, &'static str, String)>,
}

/// A freeze's progress as the page shows it.
pub(crate) struct Freezing {
    pub text: String,
    /// The same sentence with `{settled}`, `{total}` and `{seconds}` for the script to fill.
    pub template: String,
    pub settled: usize,
    pub total: usize,
}

/// What the last submission left to show.
#[derive(Default)]
struct Flash {
    problems: Vec<String>,
    /// Whether the problems are an upload's (nothing was imported).
    import: bool,
    notice: Option<String>,
    fields: Option<(String, String, String)>,
}

async fn page_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    shown: Flash,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let mut shown = shown;
    // A freeze running in the background shows its progress; one that ended since, its outcome.
    let mut freezing = None;
    if let Some(job) = state.freezes.take(&at.panel.id) {
        match job.outcome {
            None => {
                let seconds = state.now() - job.started_at;
                freezing = Some(Freezing {
                    text: page.tn(
                        "selection-freezing",
                        &[
                            ("settled", job.settled.to_string()),
                            ("total", job.total.to_string()),
                            ("seconds", seconds.to_string()),
                        ],
                    ),
                    template: page.tn(
                        "selection-freezing",
                        &[
                            ("settled", "{settled}".to_owned()),
                            ("total", "{total}".to_owned()),
                            ("seconds", "{seconds}".to_owned()),
                        ],
                    ),
                    settled: job.settled,
                    total: job.total,
                });
            }
            Some(Outcome::Frozen) => shown.notice = Some(page.t("selection-frozen-notice")),
            Some(Outcome::Refused(key)) => shown.problems.push(page.t(&format!("refused-{key}"))),
            Some(Outcome::Infeasible(lines)) => shown.problems.extend(lines),
            Some(Outcome::Failed) => shown.problems.push(page.t("selection-freeze-failed")),
        }
    }
    let selection = state.store.selection(&at.panel.id).await?;
    let quotas = state.store.selection_quotas(&at.panel.id).await?;
    let pool = state.store.selection_pool(&at.panel.id).await?;
    let contacts = state.store.selection_contacts(&at.panel.id).await?;
    let contacts_count = contacts.len();
    let contact = |key: &str| contacts.iter().find(|c| c.key == key);
    let members: Vec<&str> = pool
        .iter()
        .filter(|p| p.status == PersonStatus::Member)
        .map(|p| p.entry.key.as_str())
        .collect();
    let labels = state.store.quota_labels(&at.panel.id).await?;
    let rows = composition(&page, &labels, &quotas, &pool, &members);
    let (mut feasible, mut diagnosis) = (None, Vec::new());
    let (mut conflicts, mut relaxation) = (Vec::new(), None);
    // An empty pool (quotas set before anyone registered) has nothing to check yet.
    if let Some(s) = selection
        .as_ref()
        .filter(|s| s.state == SelectionState::Open && !pool.is_empty())
    {
        let everyone: Vec<_> = pool.iter().collect();
        let instance = instance(s, &quotas, &everyone)?;
        let checked = blocking(move || {
            klero_select::check_feasibility(&instance).map_err(|why| (instance, why))
        })
        .await?;
        match checked {
            Ok(_) => feasible = Some(true),
            Err((instance, why)) => {
                feasible = Some(false);
                let name = |q: klero_select::QuotaRef| {
                    let category = instance.categories().get(q.category);
                    let value = category.and_then(|c| c.values.get(q.value));
                    (
                        format!(
                            "{} = {}",
                            category.map_or("?", |c| c.name.as_str()),
                            value.map_or("?", |v| v.value.as_str())
                        ),
                        value.map_or((0, 0), |v| (v.min, v.max)),
                    )
                };
                conflicts = why
                    .conflicts
                    .iter()
                    .map(|&q| {
                        let (quota, (min, max)) = name(q);
                        format!("{quota} ({min}–{max})")
                    })
                    .collect();
                relaxation = Some(
                    why.relaxation
                        .iter()
                        .flatten()
                        .map(|c| {
                            let (quota, _) = name(c.quota);
                            format!("{quota}: {}–{} → {}–{}", c.min, c.max, c.new_min, c.new_max)
                        })
                        .collect::<Vec<_>>(),
                );
                diagnosis = why.explanation;
            }
        }
    }
    let status_text =
        |status: PersonStatus| page.t(&format!("selection-status-{}", status.as_str()));
    let mut drawn: Vec<_> = pool
        .iter()
        .filter(|p| {
            matches!(
                p.status,
                PersonStatus::Member | PersonStatus::Withdrawn | PersonStatus::Replaced
            )
        })
        .collect();
    drawn.sort_by_key(|p| p.entry.key.clone());
    let draws = state.store.selection_draws(&at.panel.id).await?;
    let named = |key: &str| match contact(key) {
        Some(c) if !c.name.is_empty() => format!("{key} ({})", c.name),
        _ => key.to_owned(),
    };
    let history = |key: &str| -> String {
        let joined = draws.iter().find(|d| d.chosen.iter().any(|k| k == key));
        let left = draws
            .iter()
            .find(|d| d.number > 1 && d.withdrawn.iter().any(|k| k == key));
        let mut parts = Vec::new();
        match joined {
            Some(d) if d.number > 1 => parts.push(page.t2(
                "selection-history-replacing",
                "number",
                &(d.number - 1).to_string(),
                "people",
                &d.withdrawn.join(", "),
            )),
            Some(_) => parts.push(page.t("selection-history-ceremony")),
            None => {}
        }
        if let Some(d) = left {
            parts.push(page.t2(
                "selection-history-replaced-by",
                "number",
                &(d.number - 1).to_string(),
                "people",
                &d.chosen.join(", "),
            ));
        }
        parts.join(" ")
    };
    let replacements = draws
        .iter()
        .filter(|d| d.number > 1)
        .map(|d| ReplacementLine {
            title: page.t1("draw-replacement", "number", d.number - 1),
            on: day(d.drawn_at),
            seed: d.seed.clone(),
            left: d
                .withdrawn
                .iter()
                .map(|k| {
                    let reason = pool
                        .iter()
                        .find(|p| &p.entry.key == k)
                        .and_then(|p| p.withdrawal)
                        .map(|r| page.t(&format!("withdrawal-{}", r.as_str())))
                        .unwrap_or_default();
                    format!("{} — {reason}", named(k))
                })
                .collect(),
            joined: d.chosen.iter().map(|k| named(k)).collect(),
        })
        .collect();
    let member_lines = drawn
        .iter()
        .map(|p| MemberLine {
            key: p.entry.key.clone(),
            name: contact(&p.entry.key)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            email: contact(&p.entry.key)
                .map(|c| c.email.clone())
                .unwrap_or_default(),
            status: status_text(p.status),
            reply: p
                .reply
                .map(|r| page.t(&format!("selection-reply-{}", r.as_str())))
                .unwrap_or_default(),
            reason: p
                .withdrawal
                .map(|r| page.t(&format!("withdrawal-{}", r.as_str())))
                .unwrap_or_default(),
            history: history(&p.entry.key),
            member: p.status == PersonStatus::Member,
        })
        .collect();
    let mut reserves: Vec<_> = pool.iter().filter(|p| p.reserve_rank.is_some()).collect();
    reserves.sort_by_key(|p| p.reserve_rank);
    let (panel_size, household_column, address_columns) = shown.fields.unwrap_or_else(|| {
        (
            selection
                .as_ref()
                .map_or(at.panel.size, |s| s.panel_size)
                .to_string(),
            String::new(),
            String::new(),
        )
    });
    Ok(render_page(&SelectionPage {
        base: at.base(),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
        theme: page.pick(&at.panel.theme),
        state: selection.as_ref().map_or("none", |s| s.state.as_str()),
        state_text: page.t(&format!(
            "selection-state-{}",
            selection.as_ref().map_or("none", |s| s.state.as_str())
        )),
        panel_size,
        household_column,
        address_columns,
        files: selection
            .as_ref()
            .map(|s| {
                // A pool filled from the registrations names no file: say so in the reader's words.
                let people = if s.people_file == crate::routes::recruitment::REGISTRATIONS {
                    page.t("selection-people-from-registrations")
                } else {
                    s.people_file.clone()
                };
                format!("{}, {people}", s.features_file)
            })
            .unwrap_or_default(),
        pool_count: pool.len(),
        contacts_count,
        erased_on: selection
            .as_ref()
            .and_then(|s| s.contacts_erased_at)
            .map(day),
        retention: page.t1("selection-retention", "date", at.panel.ends_on),
        rows,
        feasible,
        diagnosis,
        conflicts,
        relaxation,
        commitment: selection
            .as_ref()
            .and_then(|s| s.commitment.clone())
            .unwrap_or_default(),
        problems: shown.problems,
        problems_heading: page.t(if shown.import {
            "import-problems"
        } else {
            "selection-problems"
        }),
        notice: shown.notice,
        members: member_lines,
        replacements,
        reserves: reserves
            .iter()
            .map(|p| {
                let name = contact(&p.entry.key)
                    .map(|c| c.name.clone())
                    .unwrap_or_default();
                (p.entry.key.clone(), name)
            })
            .collect(),
        reasons: WithdrawalReason::RECORDED
            .into_iter()
            .map(|r| (r.as_str(), page.t(&format!("withdrawal-{}", r.as_str()))))
            .collect(),
        waiting: pool
            .iter()
            .filter(|p| p.status == PersonStatus::Withdrawn)
            .count(),
        freezing,
        label_rows: label_keys(&quotas)
            .into_iter()
            .map(|(feature, value)| LabelRow {
                fields: Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        (
                            lang.code(),
                            lang.endonym(),
                            labels
                                .exact(&feature, value.as_deref(), lang)
                                .unwrap_or_default()
                                .to_owned(),
                        )
                    })
                    .collect(),
                category: value.is_none(),
                id: value.unwrap_or(feature),
            })
            .collect(),
        page,
    }))
}

fn back(at: &InPanel) -> Response {
    Redirect::to(&format!("{}/selection", at.base())).into_response()
}

async fn refused(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let shown = Flash {
        problems,
        ..Flash::default()
    };
    let response = page_with(state, ctx, at, shown).await?;
    Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
}

pub(crate) async fn selection_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    page_with(&state, &ctx, &at, Flash::default()).await
}

/// The fields of the upload form.
#[derive(Default)]
struct Upload {
    csrf: String,
    panel_size: String,
    household_column: String,
    address_columns: String,
    features: Option<(String, axum::body::Bytes)>,
    people: Option<(String, axum::body::Bytes)>,
}

async fn read_form(ctx: &Ctx, mut multipart: Multipart) -> Result<Upload, PageError> {
    let mut form = Upload::default();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| PageError::BadRequest)?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "features" || name == "people" {
            let file = field
                .file_name()
                .map_or_else(|| format!("{name}.csv"), str::to_owned);
            let bytes = field.bytes().await.map_err(|_| PageError::BadRequest)?;
            let slot = if name == "features" {
                &mut form.features
            } else {
                &mut form.people
            };
            *slot = (!bytes.is_empty()).then_some((file, bytes));
            continue;
        }
        let text = field.text().await.map_err(|_| PageError::BadRequest)?;
        match name.as_str() {
            "csrf" => form.csrf = text,
            "panel_size" => form.panel_size = text,
            "household_column" => form.household_column = text,
            "address_columns" => form.address_columns = text,
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !bool::from(form.csrf.as_bytes().ct_eq(ctx.csrf.as_bytes())) {
        return Err(PageError::Csrf);
    }
    Ok(form)
}

/// The largest panel the form accepts.
const MAX_PANEL: u32 = 10_000;

/// The cell of `row` in the column named `name` (case-insensitively), trimmed.
fn cell(header: &[String], row: &[String], names: &[&str]) -> String {
    header
        .iter()
        .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
        .and_then(|c| row.get(c))
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

/// A person's name: a `name` column, else first and last names joined.
fn full_name(header: &[String], row: &[String]) -> String {
    let name = cell(header, row, &["name", "nom", "naam", "full_name"]);
    if !name.is_empty() {
        return name;
    }
    let first = cell(
        header,
        row,
        &[
            "first_name",
            "firstname",
            "prénom",
            "prenom",
            "voornaam",
            "vorname",
        ],
    );
    let last = cell(
        header,
        row,
        &["last_name", "lastname", "surname", "achternaam", "nachname"],
    );
    format!("{first} {last}").trim().to_owned()
}

pub(crate) async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let form = read_form(&ctx, multipart).await?;
    let page = Page::new(&ctx);
    let mut problems = Vec::new();
    let panel_size = form
        .panel_size
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|k| (1..=MAX_PANEL).contains(k));
    if panel_size.is_none() {
        problems.push(page.t("selection-error-size"));
    }
    if form.features.is_none() {
        problems.push(page.t("selection-error-no-features"));
    }
    if form.people.is_none() {
        problems.push(page.t("selection-error-no-people"));
    }
    let fields = Some((
        form.panel_size.clone(),
        form.household_column.clone(),
        form.address_columns.clone(),
    ));
    let (Some(panel_size), Some((features_name, features)), Some((people_name, people)), true) = (
        panel_size,
        &form.features,
        &form.people,
        problems.is_empty(),
    ) else {
        let shown = Flash {
            problems,
            fields,
            import: true,
            ..Flash::default()
        };
        let response = page_with(&state, &ctx, &at, shown).await?;
        return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
    };
    let address_columns: Vec<String> = form
        .address_columns
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let household = form.household_column.trim();
    let options = LoadOptions {
        panel_size,
        id_column: None,
        address_columns: address_columns.clone(),
        household_column: (!household.is_empty()).then(|| household.to_owned()),
    };
    let kind = |name: &str| Kind::from_path(std::path::Path::new(name));
    let (features_named, people_named) = (features_name.clone(), people_name.clone());
    let (features, people) = (features.clone(), people.clone());
    let loaded = uploads::parse(&state, move || {
        klero_pool::load_sources(
            Source {
                name: &features_named,
                bytes: &features,
                kind: kind(&features_named),
            },
            Source {
                name: &people_named,
                bytes: &people,
                kind: kind(&people_named),
            },
            &options,
        )
    })
    .await?;
    let pool = match loaded {
        Ok(pool) => pool,
        Err(problems) => {
            let shown = Flash {
                problems: problems.iter().map(ToString::to_string).collect(),
                fields,
                import: true,
                ..Flash::default()
            };
            let response = page_with(&state, &ctx, &at, shown).await?;
            return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let instance = &pool.instance;
    let categories = instance.categories();
    let quotas = categories
        .iter()
        .flat_map(|c| {
            c.values.iter().map(|q| SelectionQuota {
                feature: c.name.clone(),
                value: q.value.clone(),
                min: q.min,
                max: q.max,
                min_flex: q.min_flex,
                max_flex: q.max_flex,
            })
        })
        .collect();
    let people = instance
        .people()
        .iter()
        .map(|p| PoolEntry {
            key: p.id.clone(),
            values: categories
                .iter()
                .zip(&p.values)
                .map(|(c, &v)| {
                    c.values
                        .get(usize::from(v))
                        .map_or_else(String::new, |q| q.value.clone())
                })
                .collect(),
            household: p.household,
        })
        .collect();
    let header = &pool.people_header;
    let contacts = instance
        .people()
        .iter()
        .zip(&pool.people_rows)
        .filter_map(|(p, row)| {
            let address = if address_columns.is_empty() {
                cell(header, row, &["address", "adresse", "adres"])
            } else {
                address_columns
                    .iter()
                    .map(|c| cell(header, row, &[c.to_lowercase().as_str()]))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let contact = Contact {
                key: p.id.clone(),
                name: full_name(header, row),
                email: cell(header, row, &["email", "e-mail", "mail"]),
                address,
            };
            let any = !(contact.name.is_empty()
                && contact.email.is_empty()
                && contact.address.trim_matches([',', ' ']).is_empty());
            any.then_some(contact)
        })
        .collect();
    let inputs = SelectionInputs {
        panel_size,
        lottery_panels: klero_select::DEFAULT_LOTTERY_PANELS,
        reserves: default_reserves(panel_size),
        features_file: features_name.clone(),
        people_file: people_name.clone(),
        quotas,
        people,
        contacts,
    };
    state
        .store
        .replace_selection_inputs(&at.panel, &inputs, &actor(&ctx), state.now())
        .await?;
    // Labels given in the features file replace the page's; a file without label columns
    // keeps them.
    if !pool.labels.is_empty() {
        state
            .store
            .set_quota_labels(&at.panel, &pool.labels, &actor(&ctx), state.now())
            .await?;
    }
    let shown = Flash {
        notice: Some(page.t1("selection-imported", "count", inputs.people.len())),
        ..Flash::default()
    };
    page_with(&state, &ctx, &at, shown).await
}

/// The categories and values the labels form lists, in the quotas' order: a category (value
/// `None`) before its values.
fn label_keys(quotas: &[SelectionQuota]) -> Vec<(String, Option<String>)> {
    let mut keys: Vec<(String, Option<String>)> = Vec::new();
    for q in quotas {
        if !keys.iter().any(|(f, v)| *f == q.feature && v.is_none()) {
            keys.push((q.feature.clone(), None));
        }
        keys.push((q.feature.clone(), Some(q.value.clone())));
    }
    keys
}

/// Saves the labels form: one field per category or value and language (`label-{i}-{lang}`),
/// every field's problem named.
pub(crate) async fn save_labels(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let page = Page::new(&ctx);
    let quotas = state.store.selection_quotas(&at.panel.id).await?;
    let mut labels = QuotaLabels::new();
    let mut problems = Vec::new();
    for (i, (feature, value)) in label_keys(&quotas).iter().enumerate() {
        for lang in Lang::ALL {
            let text = form
                .get(&format!("label-{i}-{}", lang.code()))
                .map(|t| t.trim())
                .unwrap_or_default();
            if text.chars().count() > MAX_LABEL {
                problems.push(page.tn(
                    "selection-labels-too-long",
                    &[
                        ("name", value.clone().unwrap_or_else(|| feature.clone())),
                        ("language", lang.endonym().to_owned()),
                        ("max", MAX_LABEL.to_string()),
                    ],
                ));
            } else {
                labels.set(feature, value.as_deref(), lang, text);
            }
        }
    }
    if !problems.is_empty() {
        return refused(&state, &ctx, &at, problems).await;
    }
    state
        .store
        .set_quota_labels(&at.panel, &labels, &actor(&ctx), state.now())
        .await?;
    let shown = Flash {
        notice: Some(page.t("selection-labels-saved")),
        ..Flash::default()
    };
    page_with(&state, &ctx, &at, shown).await
}

pub(crate) async fn freeze(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    if let Err(problems) = confirmed(&Page::new(&ctx), &form) {
        return refused(&state, &ctx, &at, problems).await;
    }
    let Some(selection) = state.store.selection(&at.panel.id).await? else {
        return Err(PageError::Refused("selection-refused-no-pool"));
    };
    let quotas = state.store.selection_quotas(&at.panel.id).await?;
    let pool = state.store.selection_pool(&at.panel.id).await?;
    let people = eligible(&pool);
    // An empty pool, or one smaller than the panel, cannot be drawn: say so before anything is
    // frozen (the engine would only call it infeasible).
    if people.len() < usize::try_from(selection.panel_size).unwrap_or(usize::MAX) {
        let page = Page::new(&ctx);
        let problem = page.t2(
            "selection-error-pool-too-small",
            "count",
            &people.len().to_string(),
            "size",
            &selection.panel_size.to_string(),
        );
        return refused(&state, &ctx, &at, vec![problem]).await;
    }
    let instance = instance(&selection, &quotas, &people)?;
    let settings = super::settings_of(&selection);
    let panel_id = at.panel.id.clone();
    if !state.freezes.start(&panel_id, people.len(), state.now()) {
        // One is running already: its progress is on the page.
        return Ok(back(&at));
    }
    // The lottery is computed now and published with the commitment that covers it, so that
    // the ceremony only draws from it. It runs in the background; this request waits a few
    // seconds for it, and otherwise the page shows its progress.
    let job = {
        let (state, panel, actor, version) = (
            state.clone(),
            at.panel.clone(),
            actor(&ctx),
            selection.version,
        );
        async move {
            let freezes = state.freezes.clone();
            let id = panel.id.clone();
            let prepared = tokio::task::spawn_blocking(move || {
                klero_bundle::prepare(&instance, &settings, &mut |p| freezes.progress(&id, &p))
            })
            .await;
            let outcome = match prepared {
                Ok(Ok(prepared)) => match String::from_utf8(prepared.bytes) {
                    Ok(lottery) => {
                        let frozen = state
                            .store
                            .freeze_selection(
                                &panel,
                                version,
                                &prepared.commitment.to_hex(),
                                &lottery,
                                &actor,
                                state.now(),
                            )
                            .await;
                        match frozen {
                            Ok(()) => Outcome::Frozen,
                            Err(StoreError::SelectionRefused(refusal)) => {
                                Outcome::Refused(refusal.key())
                            }
                            Err(_) => Outcome::Failed,
                        }
                    }
                    Err(_) => Outcome::Failed,
                },
                Ok(Err(SelectError::Infeasible(why))) => Outcome::Infeasible(why.explanation),
                Ok(Err(_)) | Err(_) => Outcome::Failed,
            };
            state.freezes.finish(&panel.id, outcome);
        }
    };
    tokio::spawn(job);
    match state.freezes.wait(&panel_id, FREEZE_WAIT).await {
        Some(outcome) => freeze_outcome(&state, &ctx, &at, outcome).await,
        None => Ok(back(&at)),
    }
}

/// How long a freeze request waits for the engine before the page shows its progress instead.
const FREEZE_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// The page after a freeze ended: back to the page when frozen, the reasons when not.
async fn freeze_outcome(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    outcome: Outcome,
) -> Result<Response, PageError> {
    match outcome {
        Outcome::Frozen => Ok(back(at)),
        Outcome::Refused(key) => Err(PageError::Refused(key)),
        Outcome::Infeasible(explanation) => refused(state, ctx, at, explanation).await,
        Outcome::Failed => Err(PageError::Internal("the selection engine failed")),
    }
}

/// The progress of a freeze, for the page's script: `{"running": bool, "settled", "total",
/// "seconds"}`.
pub(crate) async fn freeze_progress(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let job = state.freezes.peek(&at.panel.id);
    let body = serde_json::json!({
        "running": job.as_ref().is_some_and(|j| j.outcome.is_none()),
        "settled": job.as_ref().map_or(0, |j| j.settled),
        "total": job.as_ref().map_or(0, |j| j.total),
        "seconds": job.as_ref().map_or(0, |j| state.now() - j.started_at),
    });
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "application/json"),
            (axum::http::header::CACHE_CONTROL, "no-store"),
        ],
        body.to_string(),
    )
        .into_response())
}

/// Whether the box that confirms an irreversible step (freeze, erase) is ticked.
fn confirmed(page: &Page, form: &klero_domain::input::RawForm) -> Result<(), Vec<String>> {
    match form.get("confirm").map(String::as_str) {
        Some("yes") => Ok(()),
        _ => Err(vec![page.t("selection-error-confirm")]),
    }
}

/// The seed of a ceremony form, or the problem to show.
fn seed_of(page: &Page, form: &klero_domain::input::RawForm) -> Result<String, Vec<String>> {
    let seed = form.get("seed").map(|s| s.trim()).unwrap_or_default();
    if seed.is_empty() || seed.chars().count() > 500 {
        Err(vec![page.t("selection-error-seed")])
    } else {
        Ok(seed.to_owned())
    }
}

fn texts(files: Vec<(String, Vec<u8>)>) -> Result<Vec<(String, String)>, PageError> {
    files
        .into_iter()
        .map(|(name, bytes)| {
            String::from_utf8(bytes)
                .map(|text| (name, text))
                .map_err(|_| PageError::Internal("a bundle file is not text"))
        })
        .collect()
}

/// Records a draw and, in the same transaction, queues the message each person chosen is owed,
/// with their confirm/decline link: a crash leaves either no draw or the draw with all its
/// messages.
async fn record_and_notify(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    draw: &NewDraw,
) -> Result<(), PageError> {
    let page = Page::new(ctx);
    let root = state.config.public_url.trim_end_matches('/').to_owned();
    let title = page.pick(&at.here.assembly.title).text;
    let compose = |notice: &Notice| {
        let link = format!("{root}/reply/{}", notice.token);
        Letter {
            subject: page.t1("selection-mail-subject", "assembly", &title),
            body: page.t2("selection-mail-body", "name", &notice.name, "link", &link),
        }
    };
    state
        .store
        .record_draw(&at.panel, draw, &actor(ctx), &compose, state.now())
        .await?;
    Ok(())
}

pub(crate) async fn ceremony(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let page = Page::new(&ctx);
    let seed = match seed_of(&page, &form) {
        Ok(seed) => seed,
        Err(problems) => return refused(&state, &ctx, &at, problems).await,
    };
    let selection = state
        .store
        .selection(&at.panel.id)
        .await?
        .filter(|s| s.state == SelectionState::Frozen)
        .ok_or(PageError::Refused("selection-refused-not-frozen"))?;
    let quotas = state.store.selection_quotas(&at.panel.id).await?;
    let pool = state.store.selection_pool(&at.panel.id).await?;
    let instance = instance(&selection, &quotas, &eligible(&pool))?;
    let labels = state.store.quota_labels(&at.panel.id).await?;
    let settings = super::settings_of(&selection);
    let lottery = state
        .store
        .selection_lottery(&at.panel.id)
        .await?
        .ok_or(PageError::Refused("selection-refused-not-frozen"))?;
    let run = blocking(move || {
        // The draw uses the lottery published at the freeze, as stored: nothing is solved again.
        let prepared = klero_bundle::read_lottery(&instance, &settings, lottery.as_bytes())
            .map_err(SelectError::Invalid)?;
        let outcome = prepared.draw(&instance, &seed)?;
        let files = klero_bundle::render_bundle(
            BundleInput {
                instance: &instance,
                id_column: "id",
                follow_up: None,
                labels: &labels,
            },
            &outcome,
        )
        .map_err(|e| SelectError::Invalid(e.to_string()))?;
        let id = |i: &usize| instance.people()[*i].id.clone();
        Ok::<_, SelectError>(NewDraw {
            seed: outcome.seed.clone(),
            commitment: outcome.commitment().to_hex(),
            chosen: outcome.panel.iter().map(id).collect(),
            reserves: outcome.reserves.iter().map(id).collect(),
            withdrawn: Vec::new(),
            files: files
                .into_iter()
                .map(|(name, bytes)| (name, String::from_utf8_lossy(&bytes).into_owned()))
                .collect(),
        })
    })
    .await?;
    let draw = match run {
        Ok(draw) => draw,
        Err(SelectError::Infeasible(why)) => {
            return refused(&state, &ctx, &at, why.explanation).await;
        }
        Err(_) => return Err(PageError::Internal("the selection engine failed")),
    };
    record_and_notify(&state, &ctx, &at, &draw).await?;
    Ok(back(&at))
}

pub(crate) async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let key = form.get("id").map(|s| s.trim()).unwrap_or_default();
    if key.is_empty() {
        return Err(PageError::BadRequest);
    }
    let Some(reason) = form
        .get("reason")
        .and_then(|r| WithdrawalReason::parse(r.trim()))
        .filter(|r| *r != WithdrawalReason::DeclinedByLink)
    else {
        let page = Page::new(&ctx);
        let problem = page.t1("selection-error-reason", "id", key);
        return refused(&state, &ctx, &at, vec![problem]).await;
    };
    state
        .store
        .withdraw_member(&at.panel, key, reason, &actor(&ctx), state.now())
        .await?;
    Ok(back(&at))
}

pub(crate) async fn replace(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let page = Page::new(&ctx);
    let seed = match seed_of(&page, &form) {
        Ok(seed) => seed,
        Err(problems) => return refused(&state, &ctx, &at, problems).await,
    };
    let selection = state
        .store
        .selection(&at.panel.id)
        .await?
        .filter(|s| s.state == SelectionState::Drawn)
        .ok_or(PageError::Refused("selection-refused-not-drawn"))?;
    let quotas = state.store.selection_quotas(&at.panel.id).await?;
    let pool = state.store.selection_pool(&at.panel.id).await?;
    let people = eligible(&pool);
    let on_panel: Vec<usize> = people
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p.status, PersonStatus::Member | PersonStatus::Withdrawn))
        .map(|(i, _)| i)
        .collect();
    let withdrawn: Vec<usize> = people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.status == PersonStatus::Withdrawn)
        .map(|(i, _)| i)
        .collect();
    if withdrawn.is_empty() {
        return refused(
            &state,
            &ctx,
            &at,
            vec![page.t("selection-error-none-withdrawn")],
        )
        .await;
    }
    let instance = instance(&selection, &quotas, &people)?;
    let labels = state.store.quota_labels(&at.panel.id).await?;
    let settings = super::settings_of(&selection);
    let run = blocking(move || {
        let residual = klero_select::replacement_problem(&instance, &on_panel, &withdrawn)?;
        let result = klero_bundle::run_follow_up(
            &instance,
            &residual,
            FollowUp::Replacement {
                withdrawn: &withdrawn,
            },
            &labels,
            &settings,
            &seed,
            &mut |_| {},
        )
        .map_err(|e| match e {
            klero_bundle::BundleError::Select(e) => e,
            other => SelectError::Invalid(other.to_string()),
        })?;
        let id = |i: &usize| instance.people()[*i].id.clone();
        Ok::<_, SelectError>((
            NewDraw {
                seed: seed.trim().to_owned(),
                commitment: result.outcome.commitment().to_hex(),
                chosen: result.chosen.iter().map(id).collect(),
                reserves: Vec::new(),
                withdrawn: withdrawn.iter().map(id).collect(),
                files: Vec::new(),
            },
            result.files,
        ))
    })
    .await?;
    let mut draw = match run {
        Ok((draw, files)) => NewDraw {
            files: texts(files)?,
            ..draw
        },
        Err(SelectError::Infeasible(why)) => {
            return refused(&state, &ctx, &at, why.explanation).await;
        }
        Err(_) => return Err(PageError::Internal("the selection engine failed")),
    };
    draw.files.sort();
    record_and_notify(&state, &ctx, &at, &draw).await?;
    Ok(back(&at))
}

pub(crate) async fn erase(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    if let Err(problems) = confirmed(&Page::new(&ctx), &form) {
        return refused(&state, &ctx, &at, problems).await;
    }
    state
        .store
        .erase_selection_contacts(&at.panel, &actor(&ctx), state.now())
        .await?;
    Ok(back(&at))
}
