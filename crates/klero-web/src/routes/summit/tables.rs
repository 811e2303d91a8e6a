//! What a facilitator does at a table during a round: choose the round and the table, enter the
//! table's proposals one by one on a phone, see the ones entered so far.
//!
//! Without JavaScript this is a plain form: the page puts a fresh `client_id` in it, so that a
//! form sent twice (a double tap, a resend after an error page) is stored once. With
//! `static/proposals.js` the browser keeps each proposal in local storage until the server
//! confirms it, sends it with `Accept: application/json` and gets [`ProposalReply`] back; it
//! retries with the same `client_id`, which the store recognises ([`ProposalOutcome`]).

use super::PanelPath;
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{FormState, Page, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::access::Action;
use klero_domain::input::RawForm;
use klero_domain::summit::programme::{ProposalInput, parse_table};
use klero_store::{ProposalOutcome, SummitRound};
use serde::{Deserialize, Serialize};

/// The round and table chosen, as the address carries them.
#[derive(Deserialize)]
pub(crate) struct Choice {
    round: Option<String>,
    table: Option<String>,
    /// Set after a proposal was stored (the form's redirect).
    added: Option<String>,
}

/// A round in the chooser.
pub(crate) struct RoundChoice {
    pub number: u32,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "summit_tables.html")]
struct TablesPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    rounds: Vec<RoundChoice>,
    round: Option<SummitRound>,
    /// The round's theme and question in the table's languages (one each, the same text once).
    round_texts: Vec<RoundShown>,
    table: Option<u32>,
    table_text: String,
    client_id: String,
    form: FormState,
    proposals: Vec<String>,
    added: bool,
}

/// A round's theme and question in one of the table's languages.
pub(crate) struct RoundShown {
    pub lang: &'static str,
    pub theme: String,
    pub question: String,
}

/// The round's texts in the languages of table `table` of the latest seating (a Dutch table
/// reads the Dutch ones, a bilingual table both), or in the reader's language.
fn round_texts(
    round: &SummitRound,
    table_language: Option<&str>,
    reader: klero_domain::lang::Lang,
) -> Vec<RoundShown> {
    let mut shown: Vec<RoundShown> = Vec::new();
    for lang in super::table_langs(table_language.unwrap_or_default(), reader) {
        let text = round.spec.text_in(lang);
        if shown
            .iter()
            .any(|s| s.theme == text.theme && s.question == text.question)
        {
            continue;
        }
        shown.push(RoundShown {
            lang: lang.code(),
            theme: text.theme,
            question: text.question,
        });
    }
    shown
}

/// The reply to a proposal sent with `Accept: application/json`.
#[derive(Serialize)]
pub(crate) struct ProposalReply {
    /// `stored`, `already_stored` or `invalid`.
    status: &'static str,
    /// The proposal's place in the panel's order (when stored).
    #[serde(skip_serializing_if = "Option::is_none")]
    seq: Option<i64>,
    /// The message keys of the problems, by field (when invalid).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<(String, String)>,
}

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

struct Chosen {
    round: Option<SummitRound>,
    table: Option<u32>,
    table_text: String,
}

async fn tables_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    chosen: Chosen,
    form: FormState,
    added: bool,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let rounds = state.store.summit_rounds(&at.panel.id).await?;
    let proposals = match (&chosen.round, chosen.table) {
        (Some(round), Some(table)) => state
            .store
            .proposals(&at.panel.id, Some(round.number))
            .await?
            .into_iter()
            .filter(|p| p.table == table)
            .map(|p| p.text)
            .collect(),
        _ => Vec::new(),
    };
    let selected = chosen.round.as_ref().map(|r| r.number);
    let table_language = match chosen.table {
        Some(table) => state.store.seating(&at.panel.id).await?.and_then(|s| {
            s.table_languages
                .get(usize::try_from(table).ok()?.checked_sub(1)?)
                .cloned()
        }),
        None => None,
    };
    Ok(render_page(&TablesPage {
        base: format!("{}/summit", at.base()),
        crumbs: at.crumbs(&page),
        rounds: rounds
            .iter()
            .map(|r| RoundChoice {
                number: r.number,
                label: page.t2(
                    "round-label",
                    "number",
                    &r.number.to_string(),
                    "theme",
                    &r.spec.text_in(page.lang).theme,
                ),
                selected: Some(r.number) == selected,
            })
            .collect(),
        round_texts: chosen
            .round
            .as_ref()
            .map(|r| round_texts(r, table_language.as_deref(), page.lang))
            .unwrap_or_default(),
        round: chosen.round,
        table: chosen.table,
        table_text: chosen.table_text,
        client_id: klero_store::random_token()?,
        form,
        proposals,
        added,
        page,
    }))
}

async fn choose(
    state: &AppState,
    at: &InPanel,
    round: Option<&str>,
    table: Option<&str>,
) -> Result<Chosen, PageError> {
    let rounds = state.store.summit_rounds(&at.panel.id).await?;
    let wanted = round.and_then(|r| r.trim().parse::<u32>().ok());
    let round = match wanted {
        Some(n) => rounds.into_iter().find(|r| r.number == n),
        None => rounds.into_iter().last(),
    };
    let table_text: String = table.unwrap_or_default().chars().take(10).collect();
    Ok(Chosen {
        round,
        table: parse_table(&table_text),
        table_text,
    })
}

pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    Query(choice): Query<Choice>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::EnterProposals).await?;
    // A facilitator linked to their account opens the page at the table the seating gave them.
    let own_table = match (&choice.table, &ctx.session) {
        (None, Some(session)) => state
            .store
            .staff(&at.panel.id)
            .await?
            .into_iter()
            .find(|m| m.account_id.as_deref() == Some(session.account.id.as_str()))
            .and_then(|m| m.table)
            .map(|t| t.to_string()),
        _ => None,
    };
    let chosen = choose(
        &state,
        &at,
        choice.round.as_deref(),
        choice.table.as_deref().or(own_table.as_deref()),
    )
    .await?;
    tables_with(
        &state,
        &ctx,
        &at,
        chosen,
        FormState::default(),
        choice.added.is_some(),
    )
    .await
}

pub(crate) async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::EnterProposals).await?;
    let json = wants_json(&headers);
    let chosen = choose(
        &state,
        &at,
        form.get("round").map(String::as_str),
        form.get("table").map(String::as_str),
    )
    .await?;
    let parsed = ProposalInput::parse(&form);
    let (round, table) = match (&chosen.round, chosen.table) {
        (Some(round), Some(table)) if form.contains_key("round") => (round.number, table),
        _ => {
            let mut errors = parsed.err().unwrap_or_default();
            errors.0.insert(
                0,
                klero_domain::input::FieldError {
                    field: "table".to_owned(),
                    message: "error-table-number",
                },
            );
            return refuse(&state, &ctx, &at, chosen, form, errors, json).await;
        }
    };
    match parsed {
        Ok(input) => {
            let outcome = state
                .store
                .add_proposal(&at.panel, round, table, &input, &actor(&ctx), state.now())
                .await?;
            if json {
                let status = match outcome {
                    ProposalOutcome::Stored(_) => "stored",
                    ProposalOutcome::AlreadyStored(_) => "already_stored",
                };
                let reply = ProposalReply {
                    status,
                    seq: Some(outcome.proposal().seq),
                    errors: Vec::new(),
                };
                return Ok(super::json_reply(StatusCode::OK, &reply));
            }
            let to = format!(
                "{}/summit/tables?round={round}&table={table}&added=1",
                at.base()
            );
            Ok(Redirect::to(&to).into_response())
        }
        Err(errors) => refuse(&state, &ctx, &at, chosen, form, errors, json).await,
    }
}

async fn refuse(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    chosen: Chosen,
    form: RawForm,
    errors: klero_domain::input::FieldErrors,
    json: bool,
) -> Result<Response, PageError> {
    if json {
        let reply = ProposalReply {
            status: "invalid",
            seq: None,
            errors: errors
                .0
                .iter()
                .map(|e| (e.field.clone(), e.message.to_owned()))
                .collect(),
        };
        return Ok(super::json_reply(StatusCode::UNPROCESSABLE_ENTITY, &reply));
    }
    let form = FormState {
        values: form,
        errors,
    };
    let response = tables_with(state, ctx, at, chosen, form, false).await?;
    Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
}
