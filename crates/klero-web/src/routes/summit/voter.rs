//! Voting on one's own phone, without an account: the participant types the personal code
//! they got at check-in once (kept in a cookie on that phone), then sees each open vote with
//! the options in an order of their own, and may change their ballot until the vote closes.
//!
//! A code is accepted in one place only, `POST .../vote/code`, and every attempt there is
//! counted in the database before the code is looked up (per client address and per code
//! prefix, see [`crate::throttle`]); a right code takes its attempts back. The cookie then
//! holds the code with the server's signature over it and the panel ([`VOTE_KEY`]): a cookie
//! without a valid signature is refused before any lookup, so the cookie cannot be used to
//! guess codes, and a voter's ballot costs no extra write (a code has 30^10 possible values,
//! so guessing one is hopeless anyway; this keeps it so).

use super::{BallotForm, PanelPath, VotePath};
use crate::AppState;
use crate::context::{CsrfForm, CsrfPairs, Ctx, cookie, set_cookie};
use crate::errors::PageError;
use crate::pages::{Page, Shown, render_page, with_status};
use crate::routes::PathParam;
use crate::routes::followup::{InPanel, load_panel};
use crate::throttle;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{CookieJar, SameSite};
use klero_domain::access::Action;
use klero_domain::summit::participant::VotingCode;
use klero_domain::summit::voting::{Ballot, VoteState};
use klero_store::{Attempt, Participant, StoreError, SummitRefusal};

/// The cookie that keeps a participant's voting code on their phone.
pub(crate) const VOTE_COOKIE: &str = "klero_vote";
/// The purpose under which voting cookies are signed.
const VOTE_KEY: &str = "vote-cookie";
/// An open vote on the participant's page.
pub(crate) struct OpenVote {
    pub form: BallotForm,
    /// Whether the participant has a ballot in it.
    pub voted: bool,
    /// Whether they may vote in it at all.
    pub eligible: bool,
}

#[derive(Template)]
#[template(path = "vote_code.html")]
struct CodePage {
    page: Page,
    base: String,
    theme: Shown,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "vote_ballots.html")]
struct BallotsPage {
    page: Page,
    base: String,
    theme: Shown,
    open: Vec<OpenVote>,
    closed: Vec<(u32, String)>,
    cast: Option<u32>,
}

/// A ballot refused by its form: the vote's number, the fields as sent, the problems.
type Failed = (u32, Vec<(String, String)>, Vec<&'static str>);

/// What the voting cookie's signature covers: the panel and the code.
fn signed_part(panel_id: &str, code: &VotingCode) -> String {
    format!("{panel_id}\n{}", code.as_str())
}

/// The voting cookie's value for `code` in panel `panel_id`: the code, a dot, and the
/// server's signature over both.
pub(crate) async fn cookie_value(
    store: &klero_store::Store,
    panel_id: &str,
    code: &VotingCode,
) -> Result<String, StoreError> {
    let signature = store.sign(VOTE_KEY, &signed_part(panel_id, code)).await?;
    Ok(format!("{}.{signature}", code.as_str()))
}

/// The participant whose code the phone holds, if it is a current one. A cookie without the
/// server's signature over its code and this panel is refused before any lookup.
async fn voter(
    state: &AppState,
    at: &InPanel,
    jar: &CookieJar,
) -> Result<Option<(VotingCode, Participant)>, PageError> {
    let Some((code, signature)) = jar.get(VOTE_COOKIE).and_then(|c| {
        let (code, signature) = c.value().split_once('.')?;
        Some((VotingCode::parse(code)?, signature.to_owned()))
    }) else {
        return Ok(None);
    };
    let signed = state
        .store
        .verify_signature(VOTE_KEY, &signed_part(&at.panel.id, &code), &signature)
        .await?;
    if !signed {
        return Ok(None);
    }
    let participant = state.store.participant_by_code(&at.panel.id, &code).await?;
    Ok(participant.map(|p| (code, p)))
}

/// The form fields that give back `ballot`, to show a participant what they cast.
fn ballot_fields(ballot: &Ballot) -> Vec<(String, String)> {
    match ballot {
        Ballot::Abstain => Vec::new(),
        Ballot::One(i) => vec![("choice".into(), i.to_string())],
        Ballot::Several(chosen) => chosen
            .iter()
            .map(|i| ("choice".into(), i.to_string()))
            .collect(),
        Ballot::Ranking(order) => order
            .iter()
            .enumerate()
            .map(|(place, i)| (format!("rank_{i}"), (place + 1).to_string()))
            .collect(),
        Ballot::Points(points) => points
            .iter()
            .enumerate()
            .filter(|(_, p)| **p > 0)
            .map(|(i, p)| (format!("points_{i}"), p.to_string()))
            .collect(),
        Ballot::Levels(levels) => levels
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.map(|l| (format!("level_{i}"), l.to_string())))
            .collect(),
    }
}

async fn ballots_page(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    code: &VotingCode,
    participant: &Participant,
    failed: Option<Failed>,
    cast: Option<u32>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let mut open = Vec::new();
    let mut closed = Vec::new();
    for vote in state.store.votes(&at.panel.id).await? {
        match vote.state {
            VoteState::Draft => {}
            VoteState::Closed => closed.push((vote.number, vote.spec.question().to_owned())),
            VoteState::Open => {
                let own = state
                    .store
                    .own_ballot(&at.panel.id, vote.number, code)
                    .await?;
                let (values, errors) = match &failed {
                    Some((number, values, errors)) if *number == vote.number => {
                        (values.clone(), errors.clone())
                    }
                    _ => (
                        own.as_ref().map(ballot_fields).unwrap_or_default(),
                        Vec::new(),
                    ),
                };
                open.push(OpenVote {
                    eligible: vote.spec.eligibility().allows(participant.group),
                    voted: own.is_some(),
                    form: BallotForm::new(&page, &vote, &participant.id, &values, errors),
                });
            }
        }
    }
    let response = render_page(&BallotsPage {
        base: at.base(),
        theme: page.pick(&at.panel.theme),
        open,
        closed,
        cast,
        page,
    });
    Ok(if failed.is_some() {
        with_status(response, StatusCode::UNPROCESSABLE_ENTITY)
    } else {
        response
    })
}

fn code_page(ctx: &Ctx, at: &InPanel, error: Option<&str>) -> Response {
    let page = Page::new(ctx);
    let response = render_page(&CodePage {
        base: at.base(),
        theme: page.pick(&at.panel.theme),
        error: error.map(|key| page.t(key)),
        page,
    });
    match error {
        Some("vote-code-throttled") => with_status(response, StatusCode::TOO_MANY_REQUESTS),
        Some(_) => with_status(response, StatusCode::UNPROCESSABLE_ENTITY),
        None => response,
    }
}

/// `?cast=N`: the vote whose ballot was just recorded.
#[derive(serde::Deserialize)]
pub(crate) struct Cast {
    cast: Option<String>,
}

pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    PathParam((slug, number)): PanelPath,
    Query(query): Query<Cast>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    match voter(&state, &at, &jar).await? {
        Some((code, participant)) => {
            let cast = query.cast.and_then(|n| n.parse().ok());
            ballots_page(&state, &ctx, &at, &code, &participant, None, cast).await
        }
        None => Ok(code_page(&ctx, &at, None)),
    }
}

pub(crate) async fn enter_code(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let now = state.now();
    let given = form.get("code").map(String::as_str).unwrap_or_default();
    if given.trim().is_empty() {
        // Not a guess: nothing to count.
        return Ok(code_page(&ctx, &at, Some("vote-code-unknown")));
    }
    let keys = throttle::vote_keys(&at.panel.id, &ctx.client, given);
    let keys = throttle::borrowed(&keys);
    if let Attempt::Refused { .. } = state.store.count_attempts(&keys, now).await? {
        return Ok(code_page(&ctx, &at, Some("vote-code-throttled")));
    }
    let found = match VotingCode::parse(given) {
        Some(code) => state
            .store
            .participant_by_code(&at.panel.id, &code)
            .await?
            .map(|_| code),
        None => None,
    };
    let Some(code) = found else {
        return Ok(code_page(&ctx, &at, Some("vote-code-unknown")));
    };
    for (key, _) in &keys {
        state.store.take_back_attempt(key, now).await?;
    }
    let value = cookie_value(&state.store, &at.panel.id, &code).await?;
    let mut response = Redirect::to(&format!("{}/vote", at.base())).into_response();
    let cookie = cookie(
        VOTE_COOKIE,
        value,
        state.config.cookies_secure(),
        SameSite::Lax,
        Some(2 * 86_400),
    );
    set_cookie(&mut response, &cookie);
    Ok(response)
}

pub(crate) async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(_): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let mut response = Redirect::to(&format!("{}/vote", at.base())).into_response();
    let cookie = cookie(
        VOTE_COOKIE,
        String::new(),
        state.config.cookies_secure(),
        SameSite::Lax,
        Some(0),
    );
    set_cookie(&mut response, &cookie);
    Ok(response)
}

pub(crate) async fn cast(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    PathParam((slug, number, vote_number)): VotePath,
    CsrfPairs(pairs): CsrfPairs,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let Some((code, participant)) = voter(&state, &at, &jar).await? else {
        return Ok(code_page(&ctx, &at, Some("vote-code-needed")));
    };
    let vote = state
        .store
        .vote(&at.panel.id, vote_number)
        .await?
        .ok_or(PageError::NotFound)?;
    let ballot = match Ballot::parse(&vote.spec, &pairs) {
        Ok(ballot) => ballot,
        Err(errors) => {
            let errors = errors.0.iter().map(|e| e.message).collect();
            let failed = Some((vote_number, pairs, errors));
            return ballots_page(&state, &ctx, &at, &code, &participant, failed, None).await;
        }
    };
    match state
        .store
        .cast_ballot(&at.panel.id, vote_number, &code, &ballot, state.now())
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "{}/vote?cast={vote_number}#vote-{vote_number}",
            at.base()
        ))
        .into_response()),
        Err(StoreError::SummitRefused(SummitRefusal::VoteNotOpen)) => {
            Ok(Redirect::to(&format!("{}/vote", at.base())).into_response())
        }
        Err(other) => Err(other.into()),
    }
}
