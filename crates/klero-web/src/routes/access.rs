//! The members' area (anyone with a role), and who holds which role: organisers invite people
//! into roles and withdraw them.

use super::panel::{PageLink, split_links};
use super::public::{PanelItem, panel_items};
use super::{PathParam, actor, load_for};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::access::{Action, Role, permits};
use klero_domain::assembly::Assembly;
use klero_domain::input::{InviteInput, RawForm};
use klero_store::Member;

struct MemberRow {
    account_id: String,
    name: String,
    roles: Vec<(&'static str, String)>,
}

fn member_rows(members: Vec<Member>) -> Vec<MemberRow> {
    members
        .into_iter()
        .map(|m| MemberRow {
            account_id: m.account_id,
            name: m.display_name,
            roles: m
                .roles
                .iter()
                .map(|r| (r.as_str(), format!("role-{}", r.as_str())))
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "members_area.html")]
struct MembersAreaPage {
    page: Page,
    slug: String,
    title: Shown,
    my_roles: Vec<String>,
    panels: Vec<PanelItem>,
    /// Per panel: its number, theme, and the tools the viewer's roles give them there.
    tools: Vec<(u32, Shown, Vec<PageLink>)>,
    has_tools: bool,
    participants: Option<Vec<MemberRow>>,
    organiser: bool,
    manage: bool,
}

pub(crate) async fn members_area(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ViewMembersArea).await?;
    let page = Page::new(&ctx);
    let participants = if permits(&here.viewer, Action::ViewParticipants) {
        Some(member_rows(state.store.members(&here.assembly.id).await?))
    } else {
        None
    };
    let panels = state.store.panels(&here.assembly.id).await?;
    let organiser = permits(&here.viewer, Action::ManageAssembly);
    let facts = state
        .store
        .assembly_panel_facts(&here.assembly.id, &panels)
        .await?;
    let mut tools = Vec::new();
    for (panel, facts) in panels.iter().zip(&facts) {
        let (_, mine) = split_links(&page, &slug, panel, &here.viewer, facts);
        tools.push((panel.number, page.pick(&panel.theme), mine));
    }
    Ok(render_page(&MembersAreaPage {
        slug,
        title: page.pick(&here.assembly.title),
        my_roles: here
            .viewer
            .roles
            .iter()
            .map(|r| format!("role-{}", r.as_str()))
            .collect(),
        panels: panel_items(&page, &panels),
        has_tools: tools.iter().any(|(_, _, links)| !links.is_empty()),
        tools,
        participants,
        organiser,
        manage: false,
        page,
    }))
}

#[derive(Template)]
#[template(path = "access.html")]
struct AccessPage {
    page: Page,
    slug: String,
    title: Shown,
    members: Vec<MemberRow>,
    roles: Vec<(&'static str, String)>,
    form: FormState,
    /// The link just created, shown once.
    link: Option<(String, String)>,
}

async fn access_view(
    state: &AppState,
    ctx: &Ctx,
    assembly: &Assembly,
    form: FormState,
    link: Option<(String, String)>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let members = member_rows(state.store.members(&assembly.id).await?);
    Ok(render_page(&AccessPage {
        slug: assembly.slug.as_str().to_owned(),
        title: page.pick(&assembly.title),
        members,
        roles: Role::ALL
            .into_iter()
            .map(|r| (r.as_str(), format!("role-{}", r.as_str())))
            .collect(),
        form,
        link,
        page,
    }))
}

pub(crate) async fn access_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageAccess).await?;
    let mut values = RawForm::new();
    values.insert("role".into(), Role::PanelMember.as_str().into());
    access_view(
        &state,
        &ctx,
        &here.assembly,
        FormState::filled(values),
        None,
    )
    .await
}

pub(crate) async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageAccess).await?;
    match InviteInput::parse(&form) {
        Ok(input) => {
            let token = state
                .store
                .create_invitation(
                    &input.email,
                    Some((&here.assembly.id, input.role)),
                    &actor(&ctx),
                    state.now(),
                )
                .await?;
            let link = format!(
                "{}/invitation/{token}",
                state.config.public_url.trim_end_matches('/')
            );
            let mut values = RawForm::new();
            values.insert("role".into(), input.role.as_str().into());
            let form = FormState::filled(values);
            let shown = Some((input.email.as_str().to_owned(), link));
            access_view(&state, &ctx, &here.assembly, form, shown).await
        }
        Err(errors) => {
            let response = access_view(
                &state,
                &ctx,
                &here.assembly,
                FormState {
                    values: form,
                    errors,
                },
                None,
            )
            .await?;
            Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

pub(crate) async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageAccess).await?;
    let role = form
        .get("role")
        .and_then(|r| Role::parse(r))
        .ok_or(PageError::BadRequest)?;
    let account_id = form.get("account").ok_or(PageError::BadRequest)?;
    let account = state
        .store
        .account(account_id)
        .await?
        .ok_or(PageError::NotFound)?;
    let own_organiser_role = role == Role::Organiser
        && ctx
            .session
            .as_ref()
            .is_some_and(|s| s.account.id == account.id);
    if own_organiser_role {
        // An organiser cannot lock themself out; another organiser must do it.
        return Err(PageError::Forbidden);
    }
    state
        .store
        .revoke_role(&account, &here.assembly.id, role, &actor(&ctx), state.now())
        .await?;
    Ok(Redirect::to(&format!("/a/{slug}/access")).into_response())
}
