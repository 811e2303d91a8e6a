//! The route table, and what the areas share: loading an assembly with the viewer's roles in it,
//! and asking [`permits`] before anything is read or written.

mod access;
mod auth;
pub(crate) mod deliberation;
pub(crate) mod followup;
mod manage;
mod panel;
pub use panel::panel_page_href;
mod public;
pub(crate) mod recruitment;
pub(crate) mod selection;
pub(crate) mod summit;

use crate::AppState;
use crate::context::{Ctx, LANG_COOKIE, cookie, set_cookie};
use crate::errors::PageError;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::cookie::SameSite;
use klero_domain::access::{Action, Viewer, permits};
use klero_domain::assembly::Assembly;
use klero_domain::lang::Lang;
use klero_store::Actor;
use serde::Deserialize;

/// Every route. The permission each needs is asked inside the handler, through [`require`].
pub(crate) fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(public::home))
        .route("/healthz", get(healthz))
        .route("/static/style.css", get(style))
        .route("/static/{script}", get(script))
        .route("/lang/{code}", get(switch_language))
        .route("/login", get(auth::login_page).post(auth::login))
        .route("/logout", post(auth::logout))
        .route("/account", get(auth::account))
        .route(
            "/invitation/{token}",
            get(auth::invitation_page).post(auth::accept_invitation),
        )
        .route(
            "/assemblies/new",
            get(manage::new_assembly_page).post(manage::create_assembly),
        )
        .route("/a/{slug}", get(public::assembly))
        .route("/a/{slug}/members", get(access::members_area))
        .route("/a/{slug}/p/{n}", get(panel::panel_page))
        .route(
            "/a/{slug}/manage",
            get(manage::manage_page).post(manage::update_assembly),
        )
        .route(
            "/a/{slug}/panels/new",
            get(manage::new_panel_page).post(manage::create_panel),
        )
        .route(
            "/a/{slug}/panels/{number}",
            get(manage::panel_page).post(manage::update_panel),
        )
        .route(
            "/a/{slug}/access",
            get(access::access_page).post(access::invite),
        )
        .route("/a/{slug}/access/revoke", post(access::revoke))
        .route("/a/{slug}/audit", get(manage::audit_page))
        .route("/a/{slug}/outbox", get(followup::work::outbox))
        .route(
            "/a/{slug}/p/{n}/tracker",
            get(followup::tracker::tracker_page),
        )
        .route(
            "/a/{slug}/p/{n}/tracker.csv",
            get(followup::tracker::tracker_csv),
        )
        .route(
            "/a/{slug}/p/{n}/tracker.json",
            get(followup::tracker::tracker_json),
        )
        .route(
            "/a/{slug}/p/{n}/tracker.atom",
            get(followup::tracker::tracker_atom),
        )
        .route(
            "/a/{slug}/p/{n}/r/{rec}",
            get(followup::tracker::recommendation_page),
        )
        .route(
            "/a/{slug}/p/{n}/r/{rec}/answer/{round}",
            get(followup::work::answer_form).post(followup::work::save_answer),
        )
        .route(
            "/a/{slug}/p/{n}/r/{rec}/verdict/{round}",
            post(followup::work::verdict),
        )
        .route(
            "/a/{slug}/p/{n}/r/{rec}/question",
            post(followup::work::ask),
        )
        .route(
            "/a/{slug}/p/{n}/questions/{q}/reply",
            post(followup::work::reply),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation",
            get(deliberation::sessions::sessions),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/sessions",
            post(deliberation::sessions::add_session),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/sessions/{s}",
            post(deliberation::sessions::update_session),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/settings",
            post(deliberation::sessions::settings),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/attendance",
            get(deliberation::sessions::attendance_overview),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/attendance/{s}",
            get(deliberation::sessions::attendance_page)
                .post(deliberation::sessions::record_attendance),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/allowances.csv",
            get(deliberation::sessions::allowances_csv),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/calendar/{account}/{file}",
            get(deliberation::sessions::calendar),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts",
            get(deliberation::drafts::drafts).post(deliberation::drafts::create),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/handover",
            post(deliberation::drafts::handover),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts/{d}",
            get(deliberation::drafts::draft).post(deliberation::drafts::save),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts/{d}/history",
            get(deliberation::drafts::history),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts/{d}/amendments",
            post(deliberation::drafts::propose),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts/{d}/amendments/{a}",
            post(deliberation::drafts::decide),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts/{d}/rule",
            post(deliberation::drafts::declare_rule),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts/{d}/state",
            post(deliberation::drafts::set_state),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts/{d}/ballot",
            post(deliberation::drafts::ballot),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/sessions/{s}/evaluation",
            get(deliberation::evaluation::questionnaire).post(deliberation::evaluation::answer),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/evaluation",
            get(deliberation::evaluation::results)
                .post(deliberation::evaluation::set_questionnaire),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts/{d}/minority",
            post(deliberation::report::minority),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/named",
            post(deliberation::report::named),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/report",
            post(deliberation::report::publish),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/questions",
            get(deliberation::questions::questions).post(deliberation::questions::ask),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/questions/{q}/support",
            post(deliberation::questions::support),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/questions/{q}/answer",
            post(deliberation::questions::answer),
        )
        .route(
            "/a/{slug}/p/{n}/library",
            get(deliberation::library::library),
        )
        .route(
            "/a/{slug}/p/{n}/library/items",
            post(deliberation::library::add).layer(axum::extract::DefaultBodyLimit::max(
                deliberation::library::BODY_LIMIT,
            )),
        )
        .route(
            "/a/{slug}/p/{n}/library/submit",
            get(deliberation::library::submit_page)
                .post(deliberation::library::submit)
                .layer(axum::extract::DefaultBodyLimit::max(
                    deliberation::library::BODY_LIMIT,
                )),
        )
        .route(
            "/a/{slug}/p/{n}/library/limit",
            post(deliberation::library::set_limit),
        )
        .route(
            "/a/{slug}/p/{n}/library/{i}/file",
            get(deliberation::library::file),
        )
        .route(
            "/a/{slug}/p/{n}/library/{i}/moderate",
            post(deliberation::library::moderate),
        )
        .route(
            "/a/{slug}/p/{n}/report",
            get(deliberation::report::report_page),
        )
        .route(
            "/a/{slug}/p/{n}/report/{file}",
            get(deliberation::report::report_pdf),
        )
        .route(
            "/a/{slug}/p/{n}/deliberation/drafts/{d}/paper",
            post(deliberation::drafts::paper),
        )
        .route("/a/{slug}/p/{n}/followup", get(followup::work::manage_page))
        .route(
            "/a/{slug}/p/{n}/recommendations",
            post(followup::work::add_recommendation),
        )
        .route(
            "/a/{slug}/p/{n}/import",
            post(followup::work::import).layer(axum::extract::DefaultBodyLimit::max(
                followup::work::MAX_IMPORT,
            )),
        )
        .route("/a/{slug}/p/{n}/handover", post(followup::work::handover))
        .route("/a/{slug}/p/{n}/rounds", post(followup::work::add_round))
        .route(
            "/a/{slug}/p/{n}/rounds/{round}",
            post(followup::work::move_round),
        )
        .route(
            "/a/{slug}/p/{n}/rounds/{round}/publish",
            get(followup::work::publish_round_page).post(followup::work::publish_round),
        )
        .route(
            "/a/{slug}/p/{n}/r/{rec}/publish/{round}",
            get(followup::work::publish_answer_page).post(followup::work::publish_answer),
        )
        .route(
            "/a/{slug}/p/{n}/selection",
            get(selection::organise::selection_page),
        )
        .route(
            "/a/{slug}/p/{n}/selection/inputs",
            post(selection::organise::upload).layer(axum::extract::DefaultBodyLimit::max(
                2 * selection::organise::MAX_UPLOAD,
            )),
        )
        .route(
            "/a/{slug}/p/{n}/selection/freeze",
            post(selection::organise::freeze),
        )
        .route(
            "/a/{slug}/p/{n}/selection/labels",
            post(selection::organise::save_labels),
        )
        .route(
            "/a/{slug}/p/{n}/selection/progress",
            get(selection::organise::freeze_progress),
        )
        .route(
            "/a/{slug}/p/{n}/selection/draw",
            post(selection::organise::ceremony),
        )
        .route(
            "/a/{slug}/p/{n}/selection/withdraw",
            post(selection::organise::withdraw),
        )
        .route(
            "/a/{slug}/p/{n}/selection/replace",
            post(selection::organise::replace),
        )
        .route(
            "/a/{slug}/p/{n}/selection/erase",
            post(selection::organise::erase),
        )
        .route(
            "/a/{slug}/p/{n}/recruitment",
            get(recruitment::organise::recruitment_page),
        )
        .route(
            "/a/{slug}/p/{n}/recruitment/invitations",
            post(recruitment::organise::draw_invitations).layer(
                axum::extract::DefaultBodyLimit::max(recruitment::organise::DRAW_BODY_LIMIT),
            ),
        )
        .route(
            "/a/{slug}/p/{n}/recruitment/letters.pdf",
            get(recruitment::letters::letters_pdf),
        )
        .route(
            "/a/{slug}/p/{n}/recruitment/letter",
            post(recruitment::organise::save_letter),
        )
        .route(
            "/a/{slug}/p/{n}/recruitment/letter-settings",
            post(recruitment::organise::save_letter_settings),
        )
        .route(
            "/a/{slug}/p/{n}/recruitment/quotas",
            post(recruitment::organise::propose),
        )
        .route(
            "/a/{slug}/p/{n}/recruitment/pool",
            post(recruitment::organise::fill_pool),
        )
        .route(
            "/a/{slug}/p/{n}/recruitment/withdraw",
            post(recruitment::organise::withdraw),
        )
        .route(
            "/a/{slug}/p/{n}/recruitment/erase",
            post(recruitment::organise::erase),
        )
        .route(
            "/register",
            get(recruitment::register::register_page).post(recruitment::register::enter_code),
        )
        .route("/register/answer", post(recruitment::register::answer))
        .route("/register/withdraw", post(recruitment::register::withdraw))
        .route("/a/{slug}/p/{n}/draw", get(selection::draw::draw_page))
        .route(
            "/a/{slug}/p/{n}/draw/lottery.json",
            get(selection::draw::lottery_file),
        )
        .route(
            "/a/{slug}/p/{n}/draw/{d}/{*file}",
            get(selection::draw::bundle_file),
        )
        .route(
            "/reply/{token}",
            get(selection::draw::reply_page).post(selection::draw::reply),
        )
        .route("/a/{slug}/p/{n}/summit", get(summit::hub::hub))
        .route(
            "/a/{slug}/p/{n}/summit/quotas",
            post(summit::hub::set_quotas),
        )
        .route(
            "/a/{slug}/p/{n}/summit/participants",
            post(summit::hub::import).layer(axum::extract::DefaultBodyLimit::max(
                summit::hub::MAX_UPLOAD,
            )),
        )
        .route(
            "/a/{slug}/p/{n}/summit/participants/{id}/erase",
            post(summit::hub::erase),
        )
        .route(
            "/a/{slug}/p/{n}/summit/votes",
            post(summit::hub::create_vote),
        )
        .route(
            "/a/{slug}/p/{n}/summit/votes/{v}",
            get(summit::hub::vote_page),
        )
        .route(
            "/a/{slug}/p/{n}/summit/votes/{v}/state",
            post(summit::hub::set_state),
        )
        .route(
            "/a/{slug}/p/{n}/summit/votes/{v}/close",
            get(summit::hub::close_page),
        )
        .route(
            "/a/{slug}/p/{n}/summit/votes/{v}/paper",
            post(summit::hub::paper_ballot),
        )
        .route(
            "/a/{slug}/p/{n}/summit/seating",
            get(summit::seating::page).post(summit::seating::run),
        )
        .route(
            "/a/{slug}/p/{n}/summit/seating/pin",
            post(summit::seating::pin),
        )
        .route(
            "/a/{slug}/p/{n}/summit/seating/list",
            get(summit::seating::list),
        )
        .route(
            "/a/{slug}/p/{n}/summit/seating/cards",
            get(summit::seating::cards),
        )
        .route(
            "/a/{slug}/p/{n}/summit/staff",
            post(summit::seating::add_staff),
        )
        .route(
            "/a/{slug}/p/{n}/summit/staff/remove",
            post(summit::seating::remove_staff),
        )
        .route("/a/{slug}/p/{n}/vote.svg", get(summit::seating::vote_qr))
        .route(
            "/a/{slug}/p/{n}/summit/programme",
            get(summit::programme::programme),
        )
        .route(
            "/a/{slug}/p/{n}/summit/programme/rounds",
            post(summit::programme::add_round),
        )
        .route(
            "/a/{slug}/p/{n}/summit/programme/rounds/{r}",
            post(summit::programme::update_round),
        )
        .route(
            "/a/{slug}/p/{n}/summit/proposals",
            get(summit::programme::proposals),
        )
        .route(
            "/a/{slug}/p/{n}/summit/pulse",
            get(summit::programme::pulse),
        )
        .route(
            "/a/{slug}/p/{n}/summit/shortlist",
            post(summit::programme::shortlist),
        )
        .route(
            "/a/{slug}/p/{n}/summit/shortlist/{i}/unlink",
            post(summit::programme::unlink),
        )
        .route(
            "/a/{slug}/p/{n}/summit/tables",
            get(summit::tables::page).post(summit::tables::add),
        )
        .route("/a/{slug}/p/{n}/summit/checkin", get(summit::checkin::page))
        .route(
            "/a/{slug}/p/{n}/summit/checkin/{id}",
            post(summit::checkin::arrive),
        )
        .route(
            "/a/{slug}/p/{n}/summit/checkin/{id}/code",
            post(summit::checkin::reissue),
        )
        .route(
            "/a/{slug}/p/{n}/summit/checkin/{id}/absent",
            post(summit::checkin::absent),
        )
        .route(
            "/a/{slug}/p/{n}/summit/checkin/{id}/undo",
            post(summit::checkin::undo),
        )
        .route("/a/{slug}/p/{n}/vote", get(summit::voter::page))
        .route("/a/{slug}/p/{n}/vote/code", post(summit::voter::enter_code))
        .route("/a/{slug}/p/{n}/vote/leave", post(summit::voter::leave))
        .route("/a/{slug}/p/{n}/vote/{v}", post(summit::voter::cast))
        .route("/a/{slug}/p/{n}/votes", get(summit::live::results))
        .route(
            "/a/{slug}/p/{n}/votes/{file}",
            get(summit::live::results_json),
        )
        .route(
            "/a/{slug}/p/{n}/votes/{v}/projector",
            get(summit::live::projector),
        )
        .route(
            "/a/{slug}/p/{n}/votes/{v}/events",
            get(summit::live::events),
        )
        .fallback(not_found)
        .with_state(state)
}

/// A path parameter; one that cannot be decoded (not UTF-8, not a number) is a page not found,
/// never a bare error text.
pub(crate) struct PathParam<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned + Send> axum::extract::FromRequestParts<S>
    for PathParam<T>
{
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(value)| PathParam(value))
            .map_err(|_| PageError::NotFound)
    }
}

/// An assembly, and who is asking in it.
pub(crate) struct InAssembly {
    pub assembly: Assembly,
    pub viewer: Viewer,
}

/// The viewer outside any assembly.
pub(crate) fn viewer(ctx: &Ctx) -> Viewer {
    Viewer {
        signed_in: ctx.session.is_some(),
        admin: ctx.session.as_ref().is_some_and(|s| s.account.is_admin),
        roles: Default::default(),
    }
}

/// Loads the assembly `slug` and the viewer's roles in it.
pub(crate) async fn load(state: &AppState, ctx: &Ctx, slug: &str) -> Result<InAssembly, PageError> {
    let assembly = state
        .store
        .assembly_by_slug(slug)
        .await?
        .ok_or(PageError::NotFound)?;
    let mut viewer = viewer(ctx);
    if let Some(session) = &ctx.session {
        viewer.roles = state.store.roles(&session.account.id, &assembly.id).await?;
    }
    Ok(InAssembly { assembly, viewer })
}

/// Loads the assembly `slug` and refuses unless the viewer may do `action` in it.
pub(crate) async fn load_for(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    action: Action,
) -> Result<InAssembly, PageError> {
    let here = load(state, ctx, slug).await?;
    require(&here.viewer, action)?;
    Ok(here)
}

/// Refuses unless `viewer` may do `action`: strangers are asked to sign in, the signed-in told no.
pub(crate) fn require(viewer: &Viewer, action: Action) -> Result<(), PageError> {
    if permits(viewer, action) {
        Ok(())
    } else if viewer.signed_in {
        Err(PageError::Forbidden)
    } else {
        Err(PageError::SignInRequired)
    }
}

/// Who the audit log names for this request.
pub(crate) fn actor(ctx: &Ctx) -> Actor {
    match &ctx.session {
        Some(session) => Actor::Person {
            id: session.account.id.clone(),
            name: session.account.display_name.clone(),
        },
        None => Actor::System,
    }
}

/// A local path to return to (`next` on the sign-in page and the language switch): `next`
/// when it is a path on this site, otherwise `/`. A path on this site is visible ASCII only (no
/// control character, no space) and starts with one `/` not followed by another `/` or a
/// backslash, and holds no backslash, both as given and once percent-decoded (so `//host`,
/// `/\host`, `/%09/host`, `/%2F%2Fhost`, `https://host` and CR/LF all go to `/`). The result is
/// always a valid `Location` header.
pub(crate) fn local_path(next: Option<&str>) -> String {
    match next {
        Some(path) if is_local_path(path) => path.to_owned(),
        _ => "/".to_owned(),
    }
}

fn is_local_path(path: &str) -> bool {
    fn same_site(path: &[u8]) -> bool {
        path.first() == Some(&b'/')
            && !matches!(path.get(1), Some(b'/' | b'\\'))
            && !path.iter().any(|&b| b == b'\\' || b < 0x20 || b == 0x7f)
    }
    let mut decoded = path.as_bytes().to_vec();
    // Decoded until nothing changes (a few rounds at most), so that no layer of encoding hides
    // a second slash, a backslash or a control character.
    for _ in 0..4 {
        if !same_site(&decoded) {
            return false;
        }
        let next = percent_decode(&decoded);
        if next == decoded {
            return path.bytes().all(|b| b.is_ascii_graphic());
        }
        decoded = next;
    }
    false
}

/// `%XX` sequences replaced by their byte; anything else kept as it is.
fn percent_decode(text: &[u8]) -> Vec<u8> {
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        match (
            text[i],
            text.get(i + 1).copied().and_then(hex),
            text.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(high), Some(low)) => {
                // Two hex digits make at most 255.
                out.push(u8::try_from(high * 16 + low).unwrap_or(u8::MAX));
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response(),
    }
}

async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/style.css"),
    )
        .into_response()
}

/// The page scripts. Pages work without them; they only keep pages current (the projector)
/// or quicker to use (the check-in search).
async fn script(PathParam(name): PathParam<String>) -> Response {
    let body = match name.as_str() {
        "live.js" => include_str!("../../static/live.js"),
        "checkin.js" => include_str!("../../static/checkin.js"),
        "proposals.js" => include_str!("../../static/proposals.js"),
        "freeze.js" => include_str!("../../static/freeze.js"),
        _ => return PageError::NotFound.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

#[derive(Deserialize)]
pub(crate) struct Next {
    next: Option<String>,
}

async fn switch_language(
    State(state): State<AppState>,
    PathParam(code): PathParam<String>,
    Query(query): Query<Next>,
) -> Result<Response, PageError> {
    let lang = Lang::parse(&code).ok_or(PageError::NotFound)?;
    let cookie = cookie(
        LANG_COOKIE,
        lang.code().to_owned(),
        state.config.cookies_secure(),
        SameSite::Lax,
        Some(365 * 86_400),
    );
    let mut response = Redirect::to(&local_path(query.next.as_deref())).into_response();
    set_cookie(&mut response, &cookie);
    Ok(response)
}

async fn not_found() -> PageError {
    PageError::NotFound
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn open_redirect_next_is_a_same_site_path_or_home() {
        for good in [
            "/",
            "/account",
            "/a/x/p/1?tab=2&q=%20a",
            "/login?next=%2Faccount",
        ] {
            assert_eq!(local_path(Some(good)), good);
        }
        for bad in [
            "",
            "account",
            "//evil.example/",
            "/\\evil.example/",
            "/\t/evil.example/",
            "/%09/evil.example/",
            "\t//evil.example",
            "/x\r\nSet-Cookie: a=b",
            "/%0d%0aX: y",
            "https://evil.example/",
            "/%2F%2Fevil.example",
            "/%2f/evil.example",
            "/%5Cevil.example",
            "/%252F%252Fevil.example",
            "/a\\b",
            "/ a",
            "/caf\u{e9}",
            "/\u{2028}",
        ] {
            assert_eq!(local_path(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(local_path(None), "/");
    }
}
