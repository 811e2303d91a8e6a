//! What organisers do: create and edit assemblies and their panels, and read the audit log.

use super::public::{PanelItem, panel_items};
use super::{PathParam, actor, load_for, require, viewer};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::access::Action;
use klero_domain::assembly::{Assembly, AssemblyKind, Panel, Stage};
use klero_domain::input::{AssemblyInput, FieldError, FieldErrors, PanelInput, RawForm};
use klero_domain::lang::Lang;
use klero_store::StoreError;

#[derive(Template)]
#[template(path = "assembly_form.html")]
struct AssemblyFormPage {
    page: Page,
    heading: String,
    action: String,
    form: FormState,
    kinds: Vec<(&'static str, &'static str)>,
    /// Present when editing: the panels, and links to the other organiser pages.
    existing: Option<Existing>,
}

struct Existing {
    slug: String,
    title: Shown,
    panels: Vec<PanelItem>,
}

fn kinds() -> Vec<(&'static str, &'static str)> {
    AssemblyKind::ALL
        .into_iter()
        .map(|k| (k.as_str(), super::public::kind_key(k)))
        .collect()
}

fn assembly_values(a: &Assembly) -> RawForm {
    let mut values = RawForm::new();
    values.insert("slug".into(), a.slug.as_str().to_owned());
    values.insert("kind".into(), a.kind.as_str().to_owned());
    for lang in Lang::ALL {
        for (prefix, text) in [("title", &a.title), ("description", &a.description)] {
            if let Some(body) = text.exact(lang) {
                values.insert(format!("{prefix}_{}", lang.code()), body.to_owned());
            }
        }
    }
    values
}

fn slug_taken(values: RawForm) -> FormState {
    FormState {
        values,
        errors: FieldErrors(vec![FieldError {
            field: "slug".into(),
            message: "error-slug-taken",
        }]),
    }
}

pub(crate) async fn new_assembly_page(ctx: Ctx) -> Result<Response, PageError> {
    require(&viewer(&ctx), Action::CreateAssembly)?;
    let mut values = RawForm::new();
    values.insert("kind".into(), "permanent".into());
    Ok(new_assembly_form(&ctx, FormState::filled(values)))
}

fn new_assembly_form(ctx: &Ctx, form: FormState) -> Response {
    let page = Page::new(ctx);
    render_page(&AssemblyFormPage {
        heading: page.t("assembly-new-title"),
        action: "/assemblies/new".into(),
        form,
        kinds: kinds(),
        existing: None,
        page,
    })
}

pub(crate) async fn create_assembly(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    require(&viewer(&ctx), Action::CreateAssembly)?;
    let session = ctx.session.as_ref().ok_or(PageError::SignInRequired)?;
    let input = match AssemblyInput::parse(&form) {
        Ok(input) => input,
        Err(errors) => {
            let form = FormState {
                values: form,
                errors,
            };
            return Ok(with_status(
                new_assembly_form(&ctx, form),
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    match state
        .store
        .create_assembly(&input, &session.account, &actor(&ctx), state.now())
        .await
    {
        Ok(a) => Ok(Redirect::to(&format!("/a/{}/manage", a.slug.as_str())).into_response()),
        Err(StoreError::SlugTaken) => Ok(with_status(
            new_assembly_form(&ctx, slug_taken(form)),
            StatusCode::CONFLICT,
        )),
        Err(e) => Err(e.into()),
    }
}

async fn manage_form(
    state: &AppState,
    ctx: &Ctx,
    assembly: &Assembly,
    form: FormState,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let panels = state.store.panels(&assembly.id).await?;
    Ok(render_page(&AssemblyFormPage {
        heading: page.t("manage-assembly"),
        action: format!("/a/{}/manage", assembly.slug.as_str()),
        form,
        kinds: kinds(),
        existing: Some(Existing {
            slug: assembly.slug.as_str().to_owned(),
            title: page.pick(&assembly.title),
            panels: panel_items(&page, &panels),
        }),
        page,
    }))
}

pub(crate) async fn manage_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageAssembly).await?;
    let values = assembly_values(&here.assembly);
    manage_form(&state, &ctx, &here.assembly, FormState::filled(values)).await
}

pub(crate) async fn update_assembly(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageAssembly).await?;
    let input = match AssemblyInput::parse(&form) {
        Ok(input) => input,
        Err(errors) => {
            let form = FormState {
                values: form,
                errors,
            };
            let response = manage_form(&state, &ctx, &here.assembly, form).await?;
            return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    match state
        .store
        .update_assembly(&here.assembly, &input, &actor(&ctx), state.now())
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/a/{}/manage", input.slug.as_str())).into_response()),
        Err(StoreError::SlugTaken) => {
            let response = manage_form(&state, &ctx, &here.assembly, slug_taken(form)).await?;
            Ok(with_status(response, StatusCode::CONFLICT))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "panel_form.html")]
struct PanelFormPage {
    page: Page,
    heading: String,
    action: String,
    slug: String,
    assembly_title: Shown,
    form: FormState,
    stages: Vec<(&'static str, String)>,
    /// When editing: the panel's own pages (`/a/{slug}/p/{n}`).
    panel_base: Option<String>,
}

fn panel_form(ctx: &Ctx, assembly: &Assembly, number: Option<u32>, form: FormState) -> Response {
    let page = Page::new(ctx);
    let slug = assembly.slug.as_str().to_owned();
    let (heading, action) = match number {
        Some(n) => (
            page.t1("panel-edit-title", "number", n),
            format!("/a/{slug}/panels/{n}"),
        ),
        None => (page.t("panel-new-title"), format!("/a/{slug}/panels/new")),
    };
    render_page(&PanelFormPage {
        panel_base: number.map(|n| format!("/a/{slug}/p/{n}")),
        heading,
        action,
        assembly_title: page.pick(&assembly.title),
        slug,
        form,
        stages: Stage::ALL
            .into_iter()
            .map(|s| (s.as_str(), format!("stage-{}", s.as_str())))
            .collect(),
        page,
    })
}

fn panel_values(p: &Panel) -> RawForm {
    let mut values = RawForm::new();
    values.insert("size".into(), p.size.to_string());
    values.insert("starts_on".into(), p.starts_on.to_string());
    values.insert("ends_on".into(), p.ends_on.to_string());
    values.insert("stage".into(), p.stage.as_str().to_owned());
    for lang in Lang::ALL {
        if let Some(body) = p.theme.exact(lang) {
            values.insert(format!("theme_{}", lang.code()), body.to_owned());
        }
    }
    values
}

pub(crate) async fn new_panel_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageAssembly).await?;
    let mut values = RawForm::new();
    values.insert("stage".into(), Stage::Recruitment.as_str().into());
    Ok(panel_form(
        &ctx,
        &here.assembly,
        None,
        FormState::filled(values),
    ))
}

pub(crate) async fn create_panel(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageAssembly).await?;
    match PanelInput::parse(&form) {
        Ok(input) => {
            state
                .store
                .create_panel(&here.assembly, &input, &actor(&ctx), state.now())
                .await?;
            Ok(Redirect::to(&format!("/a/{slug}/manage")).into_response())
        }
        Err(errors) => Ok(with_status(
            panel_form(
                &ctx,
                &here.assembly,
                None,
                FormState {
                    values: form,
                    errors,
                },
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
    }
}

async fn find_panel(
    state: &AppState,
    assembly: &Assembly,
    number: &str,
) -> Result<Panel, PageError> {
    let number: u32 = number.parse().map_err(|_| PageError::NotFound)?;
    state
        .store
        .panel_by_number(&assembly.id, number)
        .await?
        .ok_or(PageError::NotFound)
}

pub(crate) async fn panel_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PathParam<(String, String)>,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageAssembly).await?;
    let panel = find_panel(&state, &here.assembly, &number).await?;
    let form = FormState::filled(panel_values(&panel));
    Ok(panel_form(&ctx, &here.assembly, Some(panel.number), form))
}

pub(crate) async fn update_panel(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PathParam<(String, String)>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageAssembly).await?;
    let panel = find_panel(&state, &here.assembly, &number).await?;
    match PanelInput::parse(&form) {
        Ok(input) => {
            state
                .store
                .update_panel(&panel, &input, &actor(&ctx), state.now())
                .await?;
            Ok(Redirect::to(&format!("/a/{slug}/manage")).into_response())
        }
        Err(errors) => Ok(with_status(
            panel_form(
                &ctx,
                &here.assembly,
                Some(panel.number),
                FormState {
                    values: form,
                    errors,
                },
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
    }
}

struct AuditRow {
    at: String,
    actor: String,
    action: String,
    subject: String,
    before: String,
    after: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    page: Page,
    slug: String,
    title: Shown,
    entries: Vec<AuditRow>,
}

/// `YYYY-MM-DD HH:MM:SS UTC` from seconds since the epoch (civil-from-days, Howard Hinnant).
pub(crate) fn utc(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let secs = seconds.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

pub(crate) async fn audit_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ViewAuditLog).await?;
    let page = Page::new(&ctx);
    let system = page.t("audit-system");
    let entries = state
        .store
        .audit_log(&here.assembly.id, 500)
        .await?
        .into_iter()
        .map(|e| AuditRow {
            at: utc(e.at),
            actor: e.actor.unwrap_or_else(|| system.clone()),
            action: e.action,
            subject: e.subject,
            before: e.before.unwrap_or_default(),
            after: e.after.unwrap_or_default(),
        })
        .collect();
    Ok(render_page(&AuditPage {
        slug,
        title: page.pick(&here.assembly.title),
        entries,
        page,
    }))
}
