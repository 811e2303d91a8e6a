//! The panel's sessions: the calendar everyone working with the panel sees (with a private
//! iCalendar feed per person), the organisers' planning and settings, attendance recorded by
//! staff at the door or afterwards, and the allowances per member as CSV for the finance office.

use super::{ItemPath, PanelPath, back_to, when};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use klero_domain::access::{Action, Role};
use klero_domain::deliberation::session::{
    Attendance, MAX_ALLOWANCE_CENTS, SessionInput, allowance, euros, parse_cents,
};
use klero_domain::input::{FieldErrors, RawForm};
use klero_domain::lang::Lang;
use klero_store::{DeliberationSettings, PanelSession};
use std::collections::HashMap;

/// The purpose the calendar feeds' links are signed for.
const CALENDAR_PURPOSE: &str = "deliberation-calendar";

/// A session as the calendar shows it.
pub(crate) struct SessionView {
    pub number: u32,
    pub when: String,
    pub place: String,
    pub access: String,
    pub agenda: Shown,
    pub present: u32,
    pub excused: u32,
    pub absent: u32,
    /// The organisers' edit form, where it goes, and its fields' id prefix.
    pub form: FormState,
    pub action: String,
    pub prefix: String,
    /// For a member, once the session was held: whether they answered its questionnaire.
    pub evaluate: Option<bool>,
}

#[derive(Template)]
#[template(path = "deliberation_sessions.html")]
struct SessionsPage {
    page: Page,
    base: String,
    slug: String,
    crumbs: crate::pages::Crumbs,
    sessions: Vec<SessionView>,
    plan: bool,
    attendance: bool,
    new_session: FormState,
    new_action: String,
    settings: FormState,
    calendar: Option<String>,
    evaluation: bool,
}

fn session_form(plan: &SessionInput) -> FormState {
    let mut values = RawForm::new();
    values.insert("date".into(), plan.date.to_string());
    values.insert("starts".into(), plan.starts.to_string());
    values.insert("ends".into(), plan.ends.to_string());
    values.insert("place".into(), plan.place.clone());
    values.insert("access".into(), plan.access.clone());
    for (lang, text) in plan.agenda.iter() {
        values.insert(format!("agenda_{}", lang.code()), text.to_owned());
    }
    FormState::filled(values)
}

fn settings_form(settings: &DeliberationSettings) -> FormState {
    let mut values = RawForm::new();
    for lang in &settings.required {
        values.insert(format!("lang_{}", lang.code()), "on".into());
    }
    values.insert(
        "allowance".into(),
        euros(u64::from(settings.allowance_cents)),
    );
    FormState::filled(values)
}

/// What went wrong in which form, to show it again.
enum Failed {
    New(FormState),
    Edit(u32, FormState),
    Settings(FormState),
}

/// The signed address of `account_id`'s calendar feed for the panel.
async fn calendar_href(
    state: &AppState,
    at: &InPanel,
    account_id: &str,
) -> Result<String, PageError> {
    let message = format!("{}:{account_id}", at.panel.id);
    let signature = state.store.sign(CALENDAR_PURPOSE, &message).await?;
    Ok(format!(
        "{}/deliberation/calendar/{account_id}/{signature}.ics",
        at.base()
    ))
}

async fn sessions_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    failed: Option<Failed>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let (mut new_session, mut edited, mut settings_failed) = (None, None, None);
    match failed {
        Some(Failed::New(form)) => new_session = Some(form),
        Some(Failed::Edit(n, form)) => edited = Some((n, form)),
        Some(Failed::Settings(form)) => settings_failed = Some(form),
        None => {}
    }
    let today = klero_domain::followup::brussels_today(state.now());
    let evaluated: Option<Vec<u32>> = match &ctx.session {
        Some(session) if at.may(Action::EvaluateSessions) => Some(
            state
                .store
                .own_evaluations(&at.panel.id, &session.account.id)
                .await?
                .into_iter()
                .map(|(n, _)| n)
                .collect(),
        ),
        _ => None,
    };
    let sessions = state
        .store
        .deliberation_sessions(&at.panel.id)
        .await?
        .into_iter()
        .map(|s| {
            let held = s.plan.date <= today;
            let form = match &edited {
                Some((n, form)) if *n == s.number => FormState {
                    values: form.values.clone(),
                    errors: form.errors.clone(),
                },
                _ => session_form(&s.plan),
            };
            let mut view = view(&page, s, form);
            view.action = format!("{}/deliberation/sessions/{}", at.base(), view.number);
            view.evaluate = match &evaluated {
                Some(done) if held => Some(done.contains(&view.number)),
                _ => None,
            };
            view
        })
        .collect();
    let settings = match settings_failed {
        Some(form) => form,
        None => settings_form(&state.store.deliberation_settings(&at.panel.id).await?),
    };
    let calendar = match &ctx.session {
        Some(session) => Some(calendar_href(state, at, &session.account.id).await?),
        None => None,
    };
    Ok(render_page(&SessionsPage {
        base: at.base(),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
        sessions,
        plan: at.may(Action::RunDeliberation),
        attendance: at.may(Action::RecordAttendance),
        new_session: new_session.unwrap_or_default(),
        new_action: format!("{}/deliberation/sessions", at.base()),
        settings,
        calendar,
        evaluation: at.may(Action::RunDeliberation),
        page,
    }))
}

fn view(page: &Page, s: PanelSession, form: FormState) -> SessionView {
    SessionView {
        number: s.number,
        when: when(page.lang, &s.plan),
        place: s.plan.place.clone(),
        access: s.plan.access.clone(),
        agenda: page.pick(&s.plan.agenda),
        present: s.present,
        excused: s.excused,
        absent: s.absent,
        form,
        action: String::new(),
        prefix: format!("s{}-", s.number),
        evaluate: None,
    }
}

pub(crate) async fn sessions(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewDeliberation).await?;
    sessions_with(&state, &ctx, &at, None).await
}

async fn refused_form(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    failed: Failed,
) -> Result<Response, PageError> {
    let response = sessions_with(state, ctx, at, Some(failed)).await?;
    Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
}

pub(crate) async fn add_session(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    match SessionInput::parse(&form) {
        Ok(plan) => {
            let n = state
                .store
                .add_session(&at.panel, &plan, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, &format!("#session-{n}")))
        }
        Err(errors) => {
            let failed = FormState {
                values: form,
                errors,
            };
            refused_form(&state, &ctx, &at, Failed::New(failed)).await
        }
    }
}

pub(crate) async fn update_session(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, session)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    match SessionInput::parse(&form) {
        Ok(plan) => {
            state
                .store
                .update_session(&at.panel, session, &plan, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, &format!("#session-{session}")))
        }
        Err(errors) => {
            let failed = FormState {
                values: form,
                errors,
            };
            refused_form(&state, &ctx, &at, Failed::Edit(session, failed)).await
        }
    }
}

/// Parses the settings form: a check box `lang_xx` per required language and `allowance`, an
/// amount in euros.
fn parse_settings(form: &RawForm) -> Result<DeliberationSettings, FieldErrors> {
    let required: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| form.get(&format!("lang_{}", l.code())).is_some())
        .collect();
    // The form always sends the field; blank means no allowance.
    let cents = match form.get("allowance").map(|s| s.trim()) {
        Some("") => Some(0),
        Some(text) => parse_cents(text),
        None => None,
    };
    match cents {
        Some(allowance_cents) => Ok(DeliberationSettings {
            required,
            allowance_cents,
        }),
        None => {
            let mut errors = FieldErrors::default();
            errors.0.push(klero_domain::input::FieldError {
                field: "allowance".into(),
                message: "error-amount",
            });
            Err(errors)
        }
    }
}

pub(crate) async fn settings(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    match parse_settings(&form) {
        Ok(settings) => {
            state
                .store
                .set_deliberation_settings(&at.panel, &settings, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, "#settings"))
        }
        Err(errors) => {
            let failed = FormState {
                values: form,
                errors,
            };
            refused_form(&state, &ctx, &at, Failed::Settings(failed)).await
        }
    }
}

/// A member's line on the attendance form.
pub(crate) struct MemberLine {
    pub account_id: String,
    pub name: String,
    pub status: &'static str,
}

#[derive(Template)]
#[template(path = "deliberation_attendance.html")]
struct AttendancePage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    sessions: Vec<SessionView>,
    /// The session whose form is shown, and its members.
    session: Option<SessionView>,
    members: Vec<MemberLine>,
    statuses: Vec<(&'static str, String)>,
    error: Option<String>,
}

/// The panel members of the assembly, by name.
async fn panel_members(state: &AppState, at: &InPanel) -> Result<Vec<(String, String)>, PageError> {
    Ok(state
        .store
        .members(&at.here.assembly.id)
        .await?
        .into_iter()
        .filter(|m| m.roles.contains(&Role::PanelMember))
        .map(|m| (m.account_id, m.display_name))
        .collect())
}

async fn attendance_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    shown: Option<u32>,
    error: Option<String>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let all = state.store.deliberation_sessions(&at.panel.id).await?;
    let mut session = None;
    let mut members = Vec::new();
    if let Some(n) = shown {
        let chosen = all
            .iter()
            .find(|s| s.number == n)
            .cloned()
            .ok_or(PageError::NotFound)?;
        let recorded: HashMap<String, Attendance> = state
            .store
            .attendance(&at.panel.id)
            .await?
            .into_iter()
            .filter(|r| r.session == n)
            .map(|r| (r.account_id, r.status))
            .collect();
        members = panel_members(state, at)
            .await?
            .into_iter()
            .map(|(account_id, name)| MemberLine {
                status: recorded.get(&account_id).map_or("", |s| s.as_str()),
                account_id,
                name,
            })
            .collect();
        session = Some(view(&page, chosen, FormState::default()));
    }
    Ok(render_page(&AttendancePage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        sessions: all
            .into_iter()
            .map(|s| view(&page, s, FormState::default()))
            .collect(),
        session,
        members,
        statuses: Attendance::ALL
            .into_iter()
            .map(|a| (a.as_str(), page.t(&format!("presence-{}", a.as_str()))))
            .collect(),
        error,
        page,
    }))
}

pub(crate) async fn attendance_overview(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RecordAttendance).await?;
    attendance_with(&state, &ctx, &at, None, None).await
}

pub(crate) async fn attendance_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, session)): ItemPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RecordAttendance).await?;
    attendance_with(&state, &ctx, &at, Some(session), None).await
}

/// Records the attendance form: a field `m_{account id}` per member, `present`, `excused` or
/// `absent`; members left blank keep what was recorded for them.
pub(crate) async fn record_attendance(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, session)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RecordAttendance).await?;
    let mut entries = Vec::new();
    let mut unreadable = false;
    for (name, value) in &form {
        if let Some(account) = name.strip_prefix("m_") {
            match Attendance::parse(value) {
                Some(status) => entries.push((account.to_owned(), status)),
                None if value.trim().is_empty() => {}
                None => unreadable = true,
            }
        }
    }
    let page = Page::new(&ctx);
    if unreadable || entries.is_empty() {
        let response = attendance_with(
            &state,
            &ctx,
            &at,
            Some(session),
            Some(page.t("attendance-none-chosen")),
        )
        .await?;
        return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
    }
    state
        .store
        .record_attendance(&at.panel, session, &entries, &actor(&ctx), state.now())
        .await?;
    Ok(back_to(&at, &format!("/attendance/{session}?saved=1")))
}

/// The allowances as CSV: a line per panel member with the sessions attended, excused and
/// missed, the rate and the amount owed. Names are neutralised against spreadsheet formulas.
pub(crate) async fn allowances_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RecordAttendance).await?;
    let settings = state.store.deliberation_settings(&at.panel.id).await?;
    let records = state.store.attendance(&at.panel.id).await?;
    let sessions = state.store.deliberation_sessions(&at.panel.id).await?.len();
    let mut out = csv::Writer::from_writer(Vec::new());
    let write = |out: &mut csv::Writer<Vec<u8>>, row: &[String]| {
        out.write_record(row)
            .map_err(|_| PageError::Internal("csv"))
    };
    write(
        &mut out,
        &[
            "member".into(),
            "sessions".into(),
            "present".into(),
            "excused".into(),
            "absent".into(),
            "rate_eur".into(),
            "amount_eur".into(),
        ],
    )?;
    let rate = settings.allowance_cents.min(MAX_ALLOWANCE_CENTS);
    for (account_id, name) in panel_members(&state, &at).await? {
        let owed = allowance(
            records
                .iter()
                .filter(|r| r.account_id == account_id)
                .map(|r| r.status),
            rate,
        );
        write(
            &mut out,
            &[
                klero_pool::formula::neutralise(&name).into_owned(),
                sessions.to_string(),
                owed.present.to_string(),
                owed.excused.to_string(),
                owed.absent.to_string(),
                euros(u64::from(rate)),
                euros(owed.cents),
            ],
        )?;
    }
    let body = out.into_inner().map_err(|_| PageError::Internal("csv"))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{slug}-panel-{number}-allowances.csv\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}

/// A person's private calendar feed of the panel's sessions: no sign-in (calendar apps cannot
/// sign in), but a link signed for the panel and the account, refused when the signature does
/// not match or the account no longer works with the panel.
pub(crate) async fn calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, account, file)): PathParam<(String, u32, String, String)>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let signature = file.strip_suffix(".ics").ok_or(PageError::NotFound)?;
    let message = format!("{}:{account}", at.panel.id);
    if !state
        .store
        .verify_signature(CALENDAR_PURPOSE, &message, signature)
        .await?
    {
        return Err(PageError::NotFound);
    }
    let roles = state.store.roles(&account, &at.here.assembly.id).await?;
    let viewer = klero_domain::access::Viewer::with_roles(roles);
    if !klero_domain::access::permits(&viewer, Action::ViewDeliberation) {
        return Err(PageError::NotFound);
    }
    let lang = ctx.lang;
    let page = Page::new(&ctx);
    let title = page.pick(&at.here.assembly.title).text;
    let events: Vec<klero_domain::deliberation::calendar::Event> = state
        .store
        .deliberation_sessions(&at.panel.id)
        .await?
        .into_iter()
        .map(|s| klero_domain::deliberation::calendar::Event {
            uid: format!("{}-{}@kleroterion", s.id, s.number),
            summary: format!(
                "{} – {}",
                title,
                page.t1("session-number", "number", s.number)
            ),
            location: s.plan.place.clone(),
            description: s
                .plan
                .agenda
                .best(lang)
                .map(|(_, t)| t.to_owned())
                .unwrap_or_default(),
            date: s.plan.date,
            starts: s.plan.starts,
            ends: s.plan.ends,
        })
        .collect();
    let body = klero_domain::deliberation::calendar::ics(
        &format!("-//Kleroterion//{slug} panel {number}//EN"),
        &events,
        state.now(),
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{slug}-panel-{number}.ics\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}
