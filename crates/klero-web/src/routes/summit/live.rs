//! What the hall and the public see of the plenary votes: the projector page, which shows a
//! vote's turnout while it is open and its results once it closes, kept current by server-sent
//! events; the published results of every closed vote, as a page and as JSON.
//!
//! The event stream polls the panel's pulse (one indexed read) every [`POLL`] and sends the
//! vote afresh whenever the pulse moved, so a ballot or a closing written by any server process
//! sharing the database reaches every projector within a poll.

use super::{PanelPath, VotePath, VoteView};
use crate::AppState;
use crate::context::Ctx;
use crate::errors::PageError;
use crate::pages::{Page, Shown, render_page};
use crate::routes::PathParam;
use crate::routes::followup::{InPanel, load_panel};
use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream};
use klero_domain::access::Action;
use klero_domain::summit::voting::VoteState;
use klero_store::SummitVote;
use std::convert::Infallible;
use std::time::Duration;

/// How often the event stream looks for changes.
pub(crate) const POLL: Duration = Duration::from_millis(250);

/// A vote the viewer may see: any but a draft, and drafts for the organisers.
async fn visible_vote(
    state: &AppState,
    at: &InPanel,
    number: u32,
) -> Result<SummitVote, PageError> {
    let vote = state
        .store
        .vote(&at.panel.id, number)
        .await?
        .ok_or(PageError::NotFound)?;
    if vote.state == VoteState::Draft && !at.may(Action::RunSummit) {
        return Err(PageError::NotFound);
    }
    Ok(vote)
}

/// The part of the projector that changes.
#[derive(Template)]
#[template(path = "vote_live.html")]
struct Live {
    page: Page,
    view: VoteView,
}

async fn render_live(
    state: &AppState,
    page: Page,
    panel_id: &str,
    vote: &SummitVote,
) -> Result<String, PageError> {
    let turnout = state.store.turnout(panel_id, vote.number).await?;
    let view = VoteView::new(&page, vote, &turnout);
    Live { page, view }
        .render()
        .map_err(|_| PageError::Internal("rendering a vote"))
}

#[derive(Template)]
#[template(path = "projector.html")]
struct ProjectorPage {
    page: Page,
    base: String,
    theme: Shown,
    number: u32,
    live: String,
}

pub(crate) async fn projector(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, vote)): VotePath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let vote = visible_vote(&state, &at, vote).await?;
    let page = Page::new(&ctx);
    let live = render_live(&state, Page::new(&ctx), &at.panel.id, &vote).await?;
    Ok(render_page(&ProjectorPage {
        base: at.base(),
        theme: page.pick(&at.panel.theme),
        number: vote.number,
        live,
        page,
    }))
}

/// Where a stream is: the pulse last seen.
struct Watch {
    state: AppState,
    ctx: Ctx,
    panel_id: String,
    number: u32,
    seen: Option<i64>,
}

impl Watch {
    /// The next update: waits until the pulse moves, then renders the vote.
    async fn next(mut self) -> Option<(Result<Event, Infallible>, Watch)> {
        loop {
            if self.seen.is_some() {
                tokio::time::sleep(POLL).await;
            }
            let Ok(pulse) = self.state.store.pulse(&self.panel_id).await else {
                continue;
            };
            if self.seen == Some(pulse) {
                continue;
            }
            let vote = match self.state.store.vote(&self.panel_id, self.number).await {
                Ok(Some(vote)) => vote,
                Ok(None) => return None,
                Err(_) => continue,
            };
            let html = render_live(&self.state, Page::new(&self.ctx), &self.panel_id, &vote)
                .await
                .ok()?;
            self.seen = Some(pulse);
            let event = Event::default().event("update").data(html);
            return Some((Ok(event), self));
        }
    }
}

pub(crate) async fn events(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, vote)): VotePath,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let vote = visible_vote(&state, &at, vote).await?;
    let watch = Watch {
        state,
        ctx,
        panel_id: at.panel.id.clone(),
        number: vote.number,
        seen: None,
    };
    let updates = stream::unfold(watch, Watch::next);
    Ok(Sse::new(updates).keep_alive(KeepAlive::default()))
}

#[derive(Template)]
#[template(path = "vote_results.html")]
struct ResultsPage {
    page: Page,
    base: String,
    theme: Shown,
    votes: Vec<VoteView>,
}

pub(crate) async fn results(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let page = Page::new(&ctx);
    let mut votes = Vec::new();
    for vote in state.store.votes(&at.panel.id).await? {
        if vote.state == VoteState::Closed {
            let turnout = state.store.turnout(&at.panel.id, vote.number).await?;
            votes.push(VoteView::new(&page, &vote, &turnout));
        }
    }
    Ok(render_page(&ResultsPage {
        base: at.base(),
        theme: page.pick(&at.panel.theme),
        votes,
        page,
    }))
}

/// A closed vote's full breakdown, as published: the vote, the turnout, every figure and the
/// ranking.
pub(crate) async fn results_json(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, vote)): PathParam<(String, u32, String)>,
) -> Result<Response, PageError> {
    let vote: u32 = vote
        .strip_suffix(".json")
        .and_then(|n| n.parse().ok())
        .ok_or(PageError::NotFound)?;
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let vote = visible_vote(&state, &at, vote).await?;
    let results = vote.results.ok_or(PageError::NotFound)?;
    let body = serde_json::to_string_pretty(&results)
        .map_err(|_| PageError::Internal("serialising results"))?;
    Ok((
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        body,
    )
        .into_response())
}
