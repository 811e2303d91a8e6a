//! What the hall and the public see of the plenary votes: the projector page, which shows a
//! vote's turnout while it is open and its results once it closes, kept current by server-sent
//! events; the published results of every closed vote, as a page and as JSON.
//!
//! The projector is a page of its own: no site header, account or navigation, only the vote in
//! large type, in the room's languages (the platform languages the participants speak, most
//! spoken first) or those chosen with `?lang=nl+fr`; while the vote is open, the voting page's
//! address written out and as a QR code; once it closes, that it is closed and the result.
//!
//! The event stream polls the panel's pulse (one indexed read) every [`POLL`] and sends the
//! vote afresh whenever the pulse moved, so a ballot or a closing written by any server process
//! sharing the database reaches every projector within a poll.

use super::{PanelPath, VotePath, VoteView};
use crate::AppState;
use crate::context::Ctx;
use crate::errors::PageError;
use crate::i18n;
use crate::pages::{Page, Shown, render_page};
use crate::routes::PathParam;
use crate::routes::followup::{InPanel, load_panel};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream};
use klero_domain::access::Action;
use klero_domain::lang::Lang;
use klero_domain::summit::voting::VoteState;
use klero_store::{Participant, SummitVote};
use serde::Deserialize;
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
#[template(path = "projector_live.html")]
struct Live {
    page: Page,
    view: VoteView,
    /// What the room reads, once per language: the state and what to do.
    lines: Vec<RoomLines>,
    /// The voting page's address, in full.
    vote_url: String,
    /// The address of its QR code (an SVG).
    qr: String,
}

/// The projector's sentences in one of the room's languages.
pub(crate) struct RoomLines {
    pub lang: &'static str,
    /// "Vote on your phone...", "The vote is closed. The result:" or "not open yet".
    pub state: String,
    pub qr_alt: String,
}

impl RoomLines {
    fn new(lang: Lang, vote: &SummitVote, vote_url: &str) -> RoomLines {
        let key = match vote.state {
            VoteState::Draft => "projector-not-open",
            VoteState::Open => "projector-vote-here",
            VoteState::Closed => "projector-closed",
        };
        RoomLines {
            lang: lang.code(),
            state: i18n::message(lang, key),
            qr_alt: i18n::message_with(lang, "seating-qr-alt", &[("url", vote_url.to_owned())]),
        }
    }
}

/// The languages a projector speaks: those asked for (`nl+fr`, `fr`), or else the room's, or
/// else the reader's.
pub(crate) fn projector_langs(asked: Option<&str>, room: &[Lang], reader: Lang) -> Vec<Lang> {
    let mut langs: Vec<Lang> = Vec::new();
    for code in asked.unwrap_or_default().split(['+', ',', ' ']) {
        if let Some(lang) = Lang::parse(code)
            && !code.trim().is_empty()
            && !langs.contains(&lang)
        {
            langs.push(lang);
        }
    }
    if langs.is_empty() {
        langs = room.to_vec();
    }
    if langs.is_empty() {
        langs.push(reader);
    }
    langs
}

/// The platform languages the participants speak, most speakers first, those spoken by at
/// least a tenth of them (at most three): the languages a projector in the room speaks.
pub(crate) fn room_langs(people: &[Participant]) -> Vec<Lang> {
    let mut counts: Vec<(Lang, usize)> = Lang::ALL.into_iter().map(|l| (l, 0)).collect();
    for person in people {
        for (lang, count) in &mut counts {
            if person
                .languages
                .iter()
                .any(|l| Lang::parse(l) == Some(*lang))
            {
                *count += 1;
            }
        }
    }
    counts.retain(|&(_, count)| count > 0 && count * 10 >= people.len());
    counts.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
    counts.into_iter().take(3).map(|(lang, _)| lang).collect()
}

/// The query of the projector and its events: the languages, as `nl+fr`.
#[derive(Deserialize, Default)]
pub(crate) struct LangQuery {
    lang: Option<String>,
}

async fn render_live(
    state: &AppState,
    mut page: Page,
    at_base: &str,
    panel_id: &str,
    vote: &SummitVote,
    langs: &[Lang],
) -> Result<String, PageError> {
    let turnout = state.store.turnout(panel_id, vote.number).await?;
    if let Some(&first) = langs.first() {
        page.lang = first;
    }
    let view = VoteView::new(&page, vote, &turnout);
    let vote_url = vote_url(state, at_base);
    Live {
        lines: langs
            .iter()
            .map(|&lang| RoomLines::new(lang, vote, &vote_url))
            .collect(),
        qr: format!("{at_base}/vote.svg"),
        vote_url,
        page,
        view,
    }
    .render()
    .map_err(|_| PageError::Internal("rendering a vote"))
}

/// The voting page's address in full, as the QR code holds it.
pub(crate) fn vote_url(state: &AppState, at_base: &str) -> String {
    let root = state.config.public_url.trim_end_matches('/');
    format!("{root}{at_base}/vote")
}

/// A title in each of the projector's languages.
pub(crate) struct Titled {
    pub lang: &'static str,
    pub text: String,
}

#[derive(Template)]
#[template(path = "projector.html")]
struct ProjectorPage {
    html_lang: &'static str,
    titles: Vec<Titled>,
    theme: Shown,
    events: String,
    live: String,
}

pub(crate) async fn projector(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, vote)): VotePath,
    Query(query): Query<LangQuery>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let vote = visible_vote(&state, &at, vote).await?;
    let people = state.store.participants(&at.panel.id).await?;
    let langs = projector_langs(query.lang.as_deref(), &room_langs(&people), ctx.lang);
    let mut page = Page::new(&ctx);
    let first = langs.first().copied().unwrap_or(ctx.lang);
    page.lang = first;
    let live = render_live(
        &state,
        Page::new(&ctx),
        &at.base(),
        &at.panel.id,
        &vote,
        &langs,
    )
    .await?;
    let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
    Ok(render_page(&ProjectorPage {
        html_lang: first.code(),
        titles: langs
            .iter()
            .map(|&lang| Titled {
                lang: lang.code(),
                text: i18n::message_with(
                    lang,
                    "vote-number",
                    &[("number", vote.number.to_string())],
                ),
            })
            .collect(),
        theme: page.pick(&at.panel.theme),
        events: format!(
            "{}/votes/{}/events?lang={}",
            at.base(),
            vote.number,
            codes.join("+")
        ),
        live,
    }))
}

/// Where a stream is: the pulse last seen.
struct Watch {
    state: AppState,
    ctx: Ctx,
    base: String,
    langs: Vec<Lang>,
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
            let html = render_live(
                &self.state,
                Page::new(&self.ctx),
                &self.base,
                &self.panel_id,
                &vote,
                &self.langs,
            )
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
    Query(query): Query<LangQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let vote = visible_vote(&state, &at, vote).await?;
    let langs = projector_langs(query.lang.as_deref(), &[], ctx.lang);
    let watch = Watch {
        state,
        base: at.base(),
        langs,
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
