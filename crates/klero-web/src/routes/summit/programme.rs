//! What organisers do with the programme: add and edit the rounds, watch the tables' proposals
//! arrive, and merge them into a shortlist whose items keep the tables that proposed them.
//!
//! The proposals page is kept current by `static/proposals.js`, which polls [`pulse`] and
//! reloads the page's live parts when the panel's pulse moves; without JavaScript it is a
//! page to reload.

use super::{PanelPath, back_to};
use crate::AppState;
use crate::context::{CsrfForm, CsrfPairs, Ctx};
use crate::errors::PageError;
use crate::pages::{FormState, Page, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use klero_domain::access::Action;
use klero_domain::input::RawForm;
use klero_domain::summit::programme::{RoundSpec, ShortlistInput};
use klero_store::{Proposal, SummitRound};
use serde_json::json;

/// A round with its edit form.
pub(crate) struct RoundLine {
    pub number: u32,
    pub form: FormState,
}

#[derive(Template)]
#[template(path = "summit_programme.html")]
struct ProgrammePage {
    page: Page,
    base: String,
    slug: String,
    crumbs: crate::pages::Crumbs,
    rounds: Vec<RoundLine>,
    new_round: FormState,
}

fn round_form(round: &SummitRound) -> FormState {
    let mut values = RawForm::new();
    values.insert("theme".into(), round.spec.theme.clone());
    values.insert("minutes".into(), round.spec.minutes.to_string());
    values.insert("question".into(), round.spec.question.clone());
    for (lang, text) in &round.spec.translations {
        values.insert(format!("theme_{}", lang.code()), text.theme.clone());
        values.insert(format!("question_{}", lang.code()), text.question.clone());
    }
    FormState::filled(values)
}

async fn programme_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    failed: Option<(Option<u32>, FormState)>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let mut new_round = None;
    let mut edited = None;
    match failed {
        Some((None, form)) => new_round = Some(form),
        Some((Some(n), form)) => edited = Some((n, form)),
        None => {}
    }
    let mut rounds = Vec::new();
    for round in state.store.summit_rounds(&at.panel.id).await? {
        let form = match edited.take() {
            Some((n, form)) if n == round.number => form,
            other => {
                edited = other;
                round_form(&round)
            }
        };
        rounds.push(RoundLine {
            number: round.number,
            form,
        });
    }
    let mut defaults = RawForm::new();
    defaults.insert("minutes".into(), "45".into());
    Ok(render_page(&ProgrammePage {
        base: format!("{}/summit", at.base()),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
        rounds,
        new_round: new_round.unwrap_or_else(|| FormState::filled(defaults)),
        page,
    }))
}

pub(crate) async fn programme(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    programme_with(&state, &ctx, &at, None).await
}

pub(crate) async fn add_round(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    match RoundSpec::parse(&form) {
        Ok(spec) => {
            let n = state
                .store
                .add_summit_round(&at.panel, &spec, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, &format!("/programme#round-{n}")))
        }
        Err(errors) => {
            let failed = FormState {
                values: form,
                errors,
            };
            let response = programme_with(&state, &ctx, &at, Some((None, failed))).await?;
            Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

pub(crate) async fn update_round(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, round)): super::VotePath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    match RoundSpec::parse(&form) {
        Ok(spec) => {
            state
                .store
                .update_summit_round(&at.panel, round, &spec, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, &format!("/programme#round-{round}")))
        }
        Err(errors) => {
            let failed = FormState {
                values: form,
                errors,
            };
            let response = programme_with(&state, &ctx, &at, Some((Some(round), failed))).await?;
            Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

/// One table's proposals in a round.
pub(crate) struct TableGroup {
    pub table: u32,
    pub proposals: Vec<Proposal>,
}

/// One round's proposals, by table.
pub(crate) struct RoundGroup {
    pub label: String,
    pub tables: Vec<TableGroup>,
}

/// A shortlist item as shown.
pub(crate) struct ItemView {
    pub number: u32,
    pub title: String,
    pub tables: String,
    pub proposals: Vec<Proposal>,
}

#[derive(Template)]
#[template(path = "summit_proposals.html")]
struct ProposalsPage {
    page: Page,
    base: String,
    slug: String,
    crumbs: crate::pages::Crumbs,
    rounds: Vec<RoundGroup>,
    count: usize,
    items: Vec<ItemView>,
    form: FormState,
    options_text: String,
    /// The pulse when the page was made, where the script starts watching.
    pulse: i64,
}

fn group(page: &Page, rounds: &[SummitRound], proposals: Vec<Proposal>) -> Vec<RoundGroup> {
    rounds
        .iter()
        .filter_map(|round| {
            let mut of: Vec<&Proposal> = proposals
                .iter()
                .filter(|p| p.round == round.number)
                .collect();
            if of.is_empty() {
                return None;
            }
            of.sort_by_key(|p| (p.table, p.seq));
            let mut tables: Vec<TableGroup> = Vec::new();
            for p in of {
                match tables.last_mut() {
                    Some(last) if last.table == p.table => last.proposals.push(p.clone()),
                    _ => tables.push(TableGroup {
                        table: p.table,
                        proposals: vec![p.clone()],
                    }),
                }
            }
            Some(RoundGroup {
                label: page.t2(
                    "round-label",
                    "number",
                    &round.number.to_string(),
                    "theme",
                    &round.spec.text_in(page.lang).theme,
                ),
                tables,
            })
        })
        .collect()
}

async fn proposals_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    form: FormState,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let pulse = state.store.pulse(&at.panel.id).await?;
    let rounds = state.store.summit_rounds(&at.panel.id).await?;
    let proposals = state.store.proposals(&at.panel.id, None).await?;
    let count = proposals.len();
    let items: Vec<ItemView> = state
        .store
        .shortlist(&at.panel.id)
        .await?
        .into_iter()
        .map(|item| ItemView {
            number: item.number,
            tables: page.t1(
                "shortlist-tables",
                "tables",
                item.tables
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            title: item.title,
            proposals: item.proposals,
        })
        .collect();
    let options_text = items
        .iter()
        .map(|i| i.title.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    Ok(render_page(&ProposalsPage {
        base: format!("{}/summit", at.base()),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
        rounds: group(&page, &rounds, proposals),
        count,
        items,
        form,
        options_text,
        pulse,
        page,
    }))
}

pub(crate) async fn proposals(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    proposals_with(&state, &ctx, &at, FormState::default()).await
}

/// The panel's pulse, for the proposals page's script: `{"pulse": n}`.
pub(crate) async fn pulse(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let pulse = state.store.pulse(&at.panel.id).await?;
    Ok(super::json_reply(
        StatusCode::OK,
        &json!({ "pulse": pulse }),
    ))
}

/// Makes a shortlist item of the ticked proposals (`item` = `new`, with a `title`), or adds
/// them to an existing item (`item` = its number).
pub(crate) async fn shortlist(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfPairs(pairs): CsrfPairs,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let ticked: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "proposal")
        .map(|(_, v)| v.trim().to_owned())
        .take(1_000)
        .collect();
    let form: RawForm = pairs
        .iter()
        .filter(|(k, _)| k != "proposal")
        .cloned()
        .collect();
    let item = form.get("item").map(|s| s.trim()).unwrap_or("new");
    let who = actor(&ctx);
    if item == "new" || item.is_empty() {
        match ShortlistInput::parse(&form) {
            Ok(input) if !ticked.is_empty() => {
                let n = state
                    .store
                    .create_shortlist_item(&at.panel, &input, &ticked, &who, state.now())
                    .await?;
                Ok(back_to(&at, &format!("/proposals#item-{n}")))
            }
            parsed => {
                let mut errors = parsed.err().unwrap_or_default();
                if ticked.is_empty() {
                    errors.0.insert(0, none_ticked());
                }
                failed(&state, &ctx, &at, form, errors).await
            }
        }
    } else {
        let n: u32 = item.parse().map_err(|_| PageError::BadRequest)?;
        if ticked.is_empty() {
            let errors = klero_domain::input::FieldErrors(vec![none_ticked()]);
            return failed(&state, &ctx, &at, form, errors).await;
        }
        for proposal in &ticked {
            state
                .store
                .link_proposal(&at.panel, n, proposal, &who, state.now())
                .await?;
        }
        Ok(back_to(&at, &format!("/proposals#item-{n}")))
    }
}

fn none_ticked() -> klero_domain::input::FieldError {
    klero_domain::input::FieldError {
        field: "proposals-list".to_owned(),
        message: "error-shortlist-none-ticked",
    }
}

async fn failed(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    values: RawForm,
    errors: klero_domain::input::FieldErrors,
) -> Result<Response, PageError> {
    let form = FormState { values, errors };
    let response = proposals_with(state, ctx, at, form).await?;
    Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
}

/// Takes one proposal (`proposal`) out of a shortlist item.
pub(crate) async fn unlink(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, item)): super::VotePath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let proposal = form
        .get("proposal")
        .map(|s| s.trim())
        .ok_or(PageError::BadRequest)?;
    state
        .store
        .unlink_proposal(&at.panel, item, proposal, &actor(&ctx), state.now())
        .await?;
    Ok(back_to(&at, &format!("/proposals#item-{item}")))
}
