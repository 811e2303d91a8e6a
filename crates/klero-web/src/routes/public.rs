//! What everyone sees: the list of assemblies and each assembly's public page.

use super::{PathParam, load_for};
use crate::AppState;
use crate::context::Ctx;
use crate::errors::PageError;
use crate::pages::{Page, Shown, render_page};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use klero_domain::access::{Action, permits};
use klero_domain::assembly::{AssemblyKind, Panel};

pub(crate) struct AssemblyItem {
    pub slug: String,
    pub title: Shown,
    pub kind_key: &'static str,
}

pub(crate) struct PanelItem {
    pub number: u32,
    pub theme: Shown,
    pub size: u32,
    pub starts_on: String,
    pub ends_on: String,
    pub stage_key: String,
    pub stage_position: usize,
}

pub(crate) fn kind_key(kind: AssemblyKind) -> &'static str {
    match kind {
        AssemblyKind::OneOff => "kind-one_off",
        AssemblyKind::Permanent => "kind-permanent",
    }
}

pub(crate) fn panel_items(page: &Page, panels: &[Panel]) -> Vec<PanelItem> {
    panels
        .iter()
        .map(|p| PanelItem {
            number: p.number,
            theme: page.pick(&p.theme),
            size: p.size,
            starts_on: p.starts_on.to_string(),
            ends_on: p.ends_on.to_string(),
            stage_key: format!("stage-{}", p.stage.as_str()),
            stage_position: p.stage.position(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
    assemblies: Vec<AssemblyItem>,
}

pub(crate) async fn home(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let page = Page::new(&ctx);
    let assemblies = state
        .store
        .assemblies()
        .await?
        .iter()
        .map(|a| AssemblyItem {
            slug: a.slug.as_str().to_owned(),
            title: page.pick(&a.title),
            kind_key: kind_key(a.kind),
        })
        .collect();
    Ok(render_page(&HomePage { page, assemblies }))
}

#[derive(Template)]
#[template(path = "assembly.html")]
struct AssemblyPage {
    page: Page,
    slug: String,
    title: Shown,
    description: Shown,
    kind_key: &'static str,
    panels: Vec<PanelItem>,
    members_area: bool,
    manage: bool,
}

pub(crate) async fn assembly(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ViewPublic).await?;
    let page = Page::new(&ctx);
    let panels = state.store.panels(&here.assembly.id).await?;
    let a = &here.assembly;
    Ok(render_page(&AssemblyPage {
        slug: a.slug.as_str().to_owned(),
        title: page.pick(&a.title),
        description: page.pick(&a.description),
        kind_key: kind_key(a.kind),
        panels: panel_items(&page, &panels),
        members_area: permits(&here.viewer, Action::ViewMembersArea),
        manage: permits(&here.viewer, Action::ManageAssembly),
        page,
    }))
}
