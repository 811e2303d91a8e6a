//! Check-in at the door, for staff on a tablet: find a person by name or id as one types,
//! check them in (which gives them their personal voting code, shown once), record a no-show,
//! undo a mistake, or give a new code to someone who lost theirs.

use super::hub::group_text;
use super::{PanelPath, PersonPath};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{Page, render_page};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::access::Action;
use klero_domain::summit::participant::VotingCode;
use klero_store::{Attendance, Participant, StoreError, SummitRefusal};
use serde::Deserialize;

/// The most people a search shows.
const SHOWN: u32 = 25;

/// A person in the search results.
pub(crate) struct PersonLine {
    pub id: String,
    pub name: String,
    pub key: String,
    pub group: String,
    pub languages: String,
    pub needs: String,
    /// `expected`, `present` or `absent`.
    pub attendance: &'static str,
    pub attendance_text: String,
}

fn line(page: &Page, p: Participant) -> PersonLine {
    let attendance = match p.attendance {
        Attendance::Expected => "expected",
        Attendance::Present { .. } => "present",
        Attendance::Absent => "absent",
    };
    PersonLine {
        name: p.name.unwrap_or_else(|| page.t("summit-name-erased")),
        key: p.key,
        group: group_text(page, p.group),
        languages: p.languages.join(", "),
        needs: p.needs,
        attendance,
        attendance_text: page.t(&format!("attendance-{attendance}")),
        id: p.id,
    }
}

#[derive(Template)]
#[template(path = "summit_checkin.html")]
struct CheckinPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    query: String,
    people: Vec<PersonLine>,
    present: usize,
    total: usize,
    organiser: bool,
}

/// Only the results list, for the page's script to swap in as staff type.
#[derive(Template)]
#[template(path = "summit_checkin_results.html")]
struct CheckinResults {
    page: Page,
    base: String,
    query: String,
    people: Vec<PersonLine>,
    organiser: bool,
}

#[derive(Deserialize)]
pub(crate) struct Search {
    q: Option<String>,
    /// `1`: only the results list.
    partial: Option<String>,
}

pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    Query(search): Query<Search>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::CheckIn).await?;
    let page = Page::new(&ctx);
    let query = search
        .q
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect::<String>();
    let people: Vec<PersonLine> = state
        .store
        .search_participants(&at.panel.id, query.trim(), SHOWN)
        .await?
        .into_iter()
        .map(|p| line(&page, p))
        .collect();
    let base = format!("{}/summit", at.base());
    let organiser = at.may(Action::RunSummit);
    if search.partial.as_deref() == Some("1") {
        return Ok(render_page(&CheckinResults {
            page,
            base,
            query,
            people,
            organiser,
        }));
    }
    let all = state.store.participants(&at.panel.id).await?;
    Ok(render_page(&CheckinPage {
        crumbs: at.crumbs(&page),
        present: all
            .iter()
            .filter(|p| matches!(p.attendance, Attendance::Present { .. }))
            .count(),
        total: all.len(),
        page,
        base,
        query,
        people,
        organiser,
    }))
}

#[derive(Template)]
#[template(path = "summit_code.html")]
struct CodePage {
    page: Page,
    base: String,
    person: PersonLine,
    code: String,
    vote_url: String,
}

/// Draws a fresh voting code.
fn fresh_code() -> Result<VotingCode, PageError> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|_| PageError::Internal("random source"))?;
    Ok(VotingCode::from_random(bytes))
}

/// Checks in (`reissue`: gives a new code to) a person and shows their code, once. A code that
/// happens to be another's already is drawn again.
async fn give_code(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    id: &str,
    reissue: bool,
) -> Result<Response, PageError> {
    let who = actor(ctx);
    let mut attempts = 0;
    let code = loop {
        let code = fresh_code()?;
        let result = if reissue {
            state
                .store
                .reissue_code(&at.panel, id, &code, &who, state.now())
                .await
        } else {
            state
                .store
                .check_in(&at.panel, id, &code, &who, state.now())
                .await
        };
        match result {
            Ok(()) => break code,
            Err(StoreError::SummitRefused(SummitRefusal::CodeTaken)) if attempts < 5 => {
                attempts += 1;
            }
            Err(other) => return Err(other.into()),
        }
    };
    let person = state
        .store
        .participant(&at.panel.id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let page = Page::new(ctx);
    let root = state.config.public_url.trim_end_matches('/').to_owned();
    Ok(render_page(&CodePage {
        base: format!("{}/summit", at.base()),
        person: line(&page, person),
        code: code.grouped(),
        vote_url: format!("{root}{}/vote", at.base()),
        page,
    }))
}

pub(crate) async fn arrive(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, id)): PersonPath,
    CsrfForm(_): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::CheckIn).await?;
    give_code(&state, &ctx, &at, &id, false).await
}

pub(crate) async fn reissue(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, id)): PersonPath,
    CsrfForm(_): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::CheckIn).await?;
    give_code(&state, &ctx, &at, &id, true).await
}

fn back(at: &InPanel, form: &klero_domain::input::RawForm) -> Response {
    let q = form.get("q").map(String::as_str).unwrap_or_default();
    let query = crate::errors::encode(q);
    Redirect::to(&format!("{}/summit/checkin?q={query}", at.base())).into_response()
}

pub(crate) async fn absent(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, id)): PersonPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::CheckIn).await?;
    state
        .store
        .mark_absent(&at.panel, &id, &actor(&ctx), state.now())
        .await?;
    Ok(back(&at, &form))
}

pub(crate) async fn undo(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, id)): PersonPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::CheckIn).await?;
    state
        .store
        .undo_check_in(&at.panel, &id, &actor(&ctx), state.now())
        .await?;
    Ok(back(&at, &form))
}
