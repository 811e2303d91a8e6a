//! The one place where failures become pages.
//!
//! Handlers return [`PageError`]. Its response is only a marker; the context middleware then
//! calls [`render`], which knows the reader's language. Policy: the reader gets a page that says
//! what happened and what to do next, never a stack trace or a blank screen; a store failure is
//! logged here, once, without personal data; a visitor who must sign in is sent to the sign-in
//! page and brought back afterwards.

use crate::context::Ctx;
use crate::pages::{ErrorPage, Page, render_page, with_status};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use klero_store::{Refusal, StoreError};

/// Why a request did not get the page it asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageError {
    /// Nothing at this address.
    NotFound,
    /// Signed in, but the roles held do not allow this.
    Forbidden,
    /// Not signed in (or the session ended): sign in first.
    SignInRequired,
    /// A form without the right CSRF token: stale page, or a forgery.
    Csrf,
    /// A request the platform cannot read (a malformed form body).
    BadRequest,
    /// The database does not answer.
    Unavailable,
    /// A change the stored state does not allow (a published answer, a second handover);
    /// the key names the explanation (`refused-{key}` in the message files).
    Refused(&'static str),
    /// A failure of the platform itself; the reason is logged, not shown.
    Internal(&'static str),
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Refused(refusal) => return PageError::Refused(refusal_key(refusal)),
            StoreError::SummitRefused(refusal) => return PageError::Refused(refusal.key()),
            StoreError::SelectionRefused(refusal) => return PageError::Refused(refusal.key()),
            StoreError::RecruitmentRefused(refusal) => return PageError::Refused(refusal.key()),
            StoreError::DeliberationRefused(refusal) => return PageError::Refused(refusal.key()),
            _ => {}
        }
        tracing::error!(%error, "store");
        if error.is_unavailable() {
            PageError::Unavailable
        } else {
            PageError::Internal("store")
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// Renders `error` for the reader described by `ctx`.
pub fn render(ctx: &Ctx, error: PageError) -> Response {
    if error == PageError::SignInRequired {
        let mut target = format!("/login?next={}", encode(&ctx.here));
        if ctx.session_expired {
            target.push_str("&expired=1");
        }
        return Redirect::to(&target).into_response();
    }
    let (status, key) = match error {
        PageError::NotFound => (StatusCode::NOT_FOUND, "not-found"),
        PageError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
        PageError::Csrf => (StatusCode::FORBIDDEN, "csrf"),
        PageError::BadRequest => (StatusCode::BAD_REQUEST, "bad-request"),
        PageError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
        PageError::Internal(reason) => {
            tracing::error!(reason, "internal error");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal")
        }
        PageError::SignInRequired => (StatusCode::UNAUTHORIZED, "forbidden"),
        PageError::Refused(_) => (StatusCode::CONFLICT, "refused"),
    };
    let page = Page::new(ctx);
    let text = match error {
        PageError::Refused(refusal) => page.t(&format!("refused-{refusal}")),
        _ => page.t(&format!("error-{key}-text")),
    };
    let body = ErrorPage {
        title: page.t(&format!("error-{key}-title")),
        text,
        page,
    };
    let mut response = with_status(render_page(&body), status);
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    response
}

/// The message key of a refusal (`refused-{key}`).
fn refusal_key(refusal: Refusal) -> &'static str {
    match refusal {
        Refusal::NumberTaken => "number-taken",
        Refusal::AlreadyHandedOver => "handed-over",
        Refusal::NotHandedOver => "not-handed-over",
        Refusal::NoRecommendations => "no-recommendations",
        Refusal::RoundPublished => "round-published",
        Refusal::NotPublished => "not-published",
        Refusal::AnswerPublished => "answer-published",
        Refusal::RoundNotPublished => "round-not-published",
        Refusal::NotEmpty => "not-empty",
        Refusal::Unknown => "unknown",
        Refusal::AlreadyReplied => "already-replied",
    }
}

/// Percent-encodes a path for a query parameter.
pub(crate) fn encode(text: &str) -> String {
    serde_urlencoded::to_string([("", text)])
        .map(|s| s.trim_start_matches('=').to_owned())
        .unwrap_or_default()
}
