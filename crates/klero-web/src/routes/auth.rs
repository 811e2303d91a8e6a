//! Signing in and out, one's own account, and accepting an invitation (how every account is made).

use super::{PathParam, local_path, require, viewer};
use crate::AppState;
use crate::context::{CsrfForm, Ctx, SESSION_COOKIE, cookie, set_cookie};
use crate::errors::PageError;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{CookieJar, SameSite};
use klero_domain::access::{Action, Role};
use klero_domain::input::AccountInput;
use klero_store::{Account, InvitationOutcome, LoginAttempt, LoginOutcome, LoginPolicy};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    next: String,
    email: String,
    notice: Option<String>,
    problem: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct LoginQuery {
    next: Option<String>,
    expired: Option<String>,
}

pub(crate) async fn login_page(ctx: Ctx, Query(query): Query<LoginQuery>) -> Response {
    let page = Page::new(&ctx);
    let notice = query.expired.is_some().then(|| page.t("login-expired"));
    render_page(&LoginPage {
        // Signing in from the header (no `next`) leads to one's account: the assemblies one
        // holds roles in, each with its members' area and tools.
        next: match query.next.as_deref() {
            None => "/account".to_owned(),
            next => local_path(next),
        },
        email: String::new(),
        notice,
        problem: None,
        page,
    })
}

/// The cookie that marks a browser as having signed in to an account before (OWASP's "device
/// cookie"): its attempts at that account have an allowance of their own
/// ([`klero_store::LoginPolicy`]), so an attack on the account or from the same address does
/// not lock its owner out.
pub(crate) const DEVICE_COOKIE: &str = "klero_device";

/// How long a device cookie is kept, in seconds.
const DEVICE_SECONDS: i64 = 365 * 86_400;

/// Starts a session for `account` and redirects to `next` with the session cookie set.
async fn sign_in(state: &AppState, account: &Account, next: &str) -> Result<Response, PageError> {
    let (token, _) = state
        .store
        .create_session(account, state.now(), state.config.session_seconds())
        .await?;
    let cookie = cookie(
        SESSION_COOKIE,
        token,
        state.config.cookies_secure(),
        SameSite::Lax,
        None,
    );
    let mut response = Redirect::to(next).into_response();
    set_cookie(&mut response, &cookie);
    Ok(response)
}

pub(crate) async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let email = form.get("email").cloned().unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    let next = local_path(form.get("next").map(String::as_str));
    let attempt = LoginAttempt {
        email: &email,
        password: &password,
        client: &ctx.client,
        device: jar.get(DEVICE_COOKIE).map(|c| c.value()),
    };
    let outcome = state
        .store
        .login_with(&attempt, &LoginPolicy::default(), state.now())
        .await?;
    let page = Page::new(&ctx);
    let (status, problem) = match outcome {
        LoginOutcome::Success(account) => {
            let mut response = sign_in(&state, &account, &next).await?;
            let device = cookie(
                DEVICE_COOKIE,
                state.store.device_token(&account).await?,
                state.config.cookies_secure(),
                SameSite::Strict,
                Some(DEVICE_SECONDS),
            );
            set_cookie(&mut response, &device);
            return Ok(response);
        }
        LoginOutcome::WrongCredentials => (StatusCode::UNAUTHORIZED, page.t("login-wrong")),
        LoginOutcome::Throttled { retry_after } => (
            StatusCode::TOO_MANY_REQUESTS,
            page.t1("login-throttled", "minutes", (retry_after + 59) / 60),
        ),
    };
    let response = render_page(&LoginPage {
        next,
        email,
        notice: None,
        problem: Some(problem),
        page,
    });
    Ok(with_status(response, status))
}

pub(crate) async fn logout(
    State(state): State<AppState>,
    jar: CookieJar,
    CsrfForm(_): CsrfForm,
) -> Result<Response, PageError> {
    if let Some(token) = jar.get(SESSION_COOKIE) {
        state.store.end_session(token.value()).await?;
    }
    let gone = cookie(
        SESSION_COOKIE,
        String::new(),
        state.config.cookies_secure(),
        SameSite::Lax,
        Some(0),
    );
    let mut response = Redirect::to("/").into_response();
    set_cookie(&mut response, &gone);
    Ok(response)
}

struct Membership {
    slug: String,
    title: Shown,
    role_keys: Vec<String>,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Page,
    name: String,
    email: String,
    memberships: Vec<Membership>,
}

pub(crate) async fn account(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Response, PageError> {
    require(&viewer(&ctx), Action::ViewOwnAccount)?;
    let session = ctx.session.as_ref().ok_or(PageError::SignInRequired)?;
    let mut roles: BTreeMap<String, Vec<Role>> = BTreeMap::new();
    for (assembly_id, role) in state.store.account_roles(&session.account.id).await? {
        roles.entry(assembly_id).or_default().push(role);
    }
    let page = Page::new(&ctx);
    let memberships = state
        .store
        .assemblies()
        .await?
        .into_iter()
        .filter_map(|a| {
            let mut held = roles.remove(&a.id)?;
            held.sort();
            Some(Membership {
                slug: a.slug.as_str().to_owned(),
                title: page.pick(&a.title),
                role_keys: held
                    .iter()
                    .map(|r| format!("role-{}", r.as_str()))
                    .collect(),
            })
        })
        .collect();
    Ok(render_page(&AccountPage {
        name: session.account.display_name.clone(),
        email: session.account.email.clone(),
        memberships,
        page,
    }))
}

/// What the invitation page shows.
enum InvitationView {
    /// The link does not work: message key.
    Dead(&'static str),
    /// The address has an account: sign in as it (or accept, when signed in as it).
    Existing { signed_in_as_invitee: bool },
    /// A new account: choose a name and password.
    New(FormState),
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    page: Page,
    token: String,
    email: String,
    offer: String,
    view: InvitationView,
}

async fn invitation_view(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    form: FormState,
) -> Result<(StatusCode, InvitationPage), PageError> {
    let page = Page::new(ctx);
    let outcome = state.store.invitation(token, state.now()).await?;
    let invitation = match outcome {
        InvitationOutcome::Valid(invitation) => invitation,
        dead => {
            let key = match dead {
                InvitationOutcome::Used => "invitation-used",
                InvitationOutcome::Expired => "invitation-expired",
                _ => "invitation-unknown",
            };
            return Ok((
                StatusCode::GONE,
                InvitationPage {
                    page,
                    token: String::new(),
                    email: String::new(),
                    offer: String::new(),
                    view: InvitationView::Dead(key),
                },
            ));
        }
    };
    let offer = match &invitation.grant {
        Some((assembly_id, role)) => {
            let assembly = state
                .store
                .assemblies()
                .await?
                .into_iter()
                .find(|a| &a.id == assembly_id)
                .ok_or(PageError::NotFound)?;
            let title = page.pick(&assembly.title).text;
            let role_name = page.t(&format!("role-{}", role.as_str()));
            page.t2("invitation-offer", "role", &role_name, "assembly", &title)
        }
        None => page.t("invitation-offer-admin"),
    };
    let existing = state.store.account_by_email(&invitation.email).await?;
    let view = match existing {
        Some(account) => InvitationView::Existing {
            signed_in_as_invitee: ctx
                .session
                .as_ref()
                .is_some_and(|s| s.account.id == account.id),
        },
        None => InvitationView::New(form),
    };
    Ok((
        StatusCode::OK,
        InvitationPage {
            page,
            token: token.to_owned(),
            email: invitation.email.as_str().to_owned(),
            offer,
            view,
        },
    ))
}

pub(crate) async fn invitation_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(token): PathParam<String>,
) -> Result<Response, PageError> {
    let (status, page) = invitation_view(&state, &ctx, &token, FormState::default()).await?;
    Ok(with_status(render_page(&page), status))
}

pub(crate) async fn accept_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(token): PathParam<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let now = state.now();
    let InvitationOutcome::Valid(invitation) = state.store.invitation(&token, now).await? else {
        return invitation_page(State(state), ctx, PathParam(token)).await;
    };
    let existing = state.store.account_by_email(&invitation.email).await?;
    let accepted = match existing {
        Some(account) => {
            let signed_in = ctx.session.as_ref().map(|s| &s.account);
            if signed_in.map(|a| &a.id) != Some(&account.id) {
                return Err(PageError::Forbidden);
            }
            state
                .store
                .accept_invitation(&token, &invitation, None, Some(&account), now)
                .await?
        }
        None => match AccountInput::parse(&form) {
            Ok(input) => {
                state
                    .store
                    .accept_invitation(&token, &invitation, Some(&input), None, now)
                    .await?
            }
            Err(errors) => {
                let mut values = form;
                values.remove("password");
                values.remove("password_confirm");
                let form = FormState { values, errors };
                let (_, page) = invitation_view(&state, &ctx, &token, form).await?;
                return Ok(with_status(
                    render_page(&page),
                    StatusCode::UNPROCESSABLE_ENTITY,
                ));
            }
        },
    };
    match accepted {
        Some(account) => sign_in(&state, &account, "/account").await,
        // Accepted meanwhile by another request: show the page, which now says so.
        None => invitation_page(State(state), ctx, PathParam(token)).await,
    }
}
