//! A panel's public page (`/a/{slug}/p/{n}`): its theme, stage and dates, links to everything
//! published for it, and, for the signed-in, the tools their roles give them. The members' area
//! lists the same tools per panel; both come from [`klero_domain::navigation::panel_pages`].

use super::PathParam;
use super::followup::load_panel;
use super::summit::PanelPath;
use crate::AppState;
use crate::context::Ctx;
use crate::errors::PageError;
use crate::pages::{Page, Shown, render_page};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use klero_domain::access::{Action, Viewer, permits};
use klero_domain::assembly::{Panel, Stage};
use klero_domain::navigation::{PanelFacts, PanelPage, panel_pages};

/// A link to one of a panel's pages.
pub(crate) struct PageLink {
    pub href: String,
    pub label: String,
    pub about: String,
    /// Further files under the same page (the tracker's CSV, JSON and feed).
    pub files: Vec<(String, &'static str)>,
}

/// Where `page` lives for panel `number` of assembly `slug`, and the keys of its label and of
/// the sentence that says what it is for.
fn place(slug: &str, number: u32, page: PanelPage) -> (String, &'static str) {
    let base = format!("/a/{slug}/p/{number}");
    match page {
        PanelPage::Draw => (format!("{base}/draw"), "nav-draw"),
        PanelPage::Register => ("/register".to_owned(), "nav-register"),
        PanelPage::Vote => (format!("{base}/vote"), "nav-vote"),
        PanelPage::SummitResults => (format!("{base}/votes"), "nav-summit-results"),
        PanelPage::Report => (format!("{base}/report"), "nav-report"),
        PanelPage::Library => (format!("{base}/library"), "nav-library"),
        PanelPage::Tracker => (format!("{base}/tracker"), "nav-tracker"),
        PanelPage::EditPanel => (format!("/a/{slug}/panels/{number}"), "nav-edit-panel"),
        PanelPage::Recruitment => (format!("{base}/recruitment"), "nav-recruitment"),
        PanelPage::Selection => (format!("{base}/selection"), "nav-selection"),
        PanelPage::SummitHub => (format!("{base}/summit"), "nav-summit-hub"),
        PanelPage::CheckIn => (format!("{base}/summit/checkin"), "nav-checkin"),
        PanelPage::Programme => (format!("{base}/summit/programme"), "nav-programme"),
        PanelPage::Proposals => (format!("{base}/summit/proposals"), "nav-proposals"),
        PanelPage::Seating => (format!("{base}/summit/seating"), "nav-seating"),
        PanelPage::SeatingList => (format!("{base}/summit/seating/list"), "nav-seating-list"),
        PanelPage::Tables => (format!("{base}/summit/tables"), "nav-tables"),
        PanelPage::Sessions => (format!("{base}/deliberation"), "nav-sessions"),
        PanelPage::Drafts => (format!("{base}/deliberation/drafts"), "nav-drafts"),
        PanelPage::Questions => (format!("{base}/deliberation/questions"), "nav-questions"),
        PanelPage::Attendance => (format!("{base}/deliberation/attendance"), "nav-attendance"),
        PanelPage::Evaluation => (format!("{base}/deliberation/evaluation"), "nav-evaluation"),
        PanelPage::FollowUp => (format!("{base}/followup"), "nav-followup"),
        PanelPage::Answers => (format!("{base}/tracker"), "nav-answers"),
        PanelPage::Verdicts => (format!("{base}/tracker"), "nav-verdicts"),
    }
}

/// The address of `page` of panel `number` in assembly `slug`: what the panel page and the
/// members' area link to (the crawl tests check they reach every page a role may open).
pub fn panel_page_href(slug: &str, number: u32, page: PanelPage) -> String {
    place(slug, number, page).0
}

/// Links to `pages` of panel `number`, labelled for the reader.
pub(crate) fn page_links(
    page: &Page,
    slug: &str,
    number: u32,
    pages: &[PanelPage],
) -> Vec<PageLink> {
    pages
        .iter()
        .map(|&p| {
            let (href, key) = place(slug, number, p);
            let files = if p == PanelPage::Tracker {
                vec![
                    (format!("{href}.csv"), "CSV"),
                    (format!("{href}.json"), "JSON"),
                    (format!("{href}.atom"), "Atom"),
                ]
            } else {
                Vec::new()
            };
            PageLink {
                label: page.t(key),
                about: page.t(&format!("{key}-about")),
                href,
                files,
            }
        })
        .collect()
}

/// The public links and the viewer's tools for one panel.
pub(crate) fn split_links(
    page: &Page,
    slug: &str,
    panel: &Panel,
    viewer: &Viewer,
    facts: &PanelFacts,
) -> (Vec<PageLink>, Vec<PageLink>) {
    let (public, tools): (Vec<PanelPage>, Vec<PanelPage>) = panel_pages(viewer, facts)
        .into_iter()
        .partition(|p| p.public());
    (
        page_links(page, slug, panel.number, &public),
        page_links(page, slug, panel.number, &tools),
    )
}

/// One step of the cycle, for the stage list.
pub(crate) struct StageStep {
    pub key: String,
    pub current: bool,
    pub done: bool,
}

#[derive(Template)]
#[template(path = "panel.html")]
struct PanelPageView {
    page: Page,
    slug: String,
    assembly: Shown,
    number: u32,
    theme: Shown,
    size: u32,
    starts_on: String,
    ends_on: String,
    stage_key: String,
    steps: Vec<StageStep>,
    published: Vec<PageLink>,
    tools: Vec<PageLink>,
    members_area: bool,
}

pub(crate) async fn panel_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let page = Page::new(&ctx);
    let facts = state.store.panel_facts(&at.panel).await?;
    let (published, tools) = split_links(&page, &slug, &at.panel, &at.here.viewer, &facts);
    let current = at.panel.stage.position();
    let steps = Stage::ALL
        .into_iter()
        .map(|s| StageStep {
            key: format!("stage-{}", s.as_str()),
            current: s == at.panel.stage,
            done: s.position() < current,
        })
        .collect();
    let p = &at.panel;
    Ok(render_page(&PanelPageView {
        slug: slug.to_owned(),
        assembly: page.pick(&at.here.assembly.title),
        number: p.number,
        theme: page.pick(&p.theme),
        size: p.size,
        starts_on: p.starts_on.to_string(),
        ends_on: p.ends_on.to_string(),
        stage_key: format!("stage-{}", p.stage.as_str()),
        steps,
        published,
        tools,
        members_area: permits(&at.here.viewer, Action::ViewMembersArea),
        page,
    }))
}
