//! What organisers, the government and the commission do in a panel's follow-up. Each handler
//! asks for its own action; the store checks what depends on the stored state (a published
//! round is final) in the transaction that writes.

use super::tracker::{Export, Forms, milestone_lines, render_recommendation};
use super::{InPanel, RoundView, in_days, load_panel, round_views};
use crate::AppState;
use crate::context::{CsrfForm, Ctx, read_upload};
use crate::errors::PageError;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use crate::routes::{PathParam, actor, load_for};
use crate::uploads;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::access::Action;
use klero_domain::followup::Position;
use klero_domain::followup::brussels_today;
use klero_domain::followup::input::{
    AnswerInput, QuestionInput, RecommendationInput, RoundInput, VerdictInput, parse_handover,
    parse_reply,
};
use klero_domain::followup::tracker::Tracker;
use klero_domain::input::{FieldErrors, RawForm};
use klero_domain::lang::Lang;
use klero_store::Mail;

/// The largest file an organiser may import.
pub(crate) const MAX_IMPORT: usize = 8 * 1024 * 1024;

#[derive(Template)]
#[template(path = "followup_manage.html")]
struct ManagePage {
    page: Page,
    base: String,
    slug: String,
    crumbs: crate::pages::Crumbs,
    theme: Shown,
    count: usize,
    handed_over_on: String,
    rounds: Vec<RoundView>,
    add: FormState,
    handover: FormState,
    round: FormState,
    import_problems: Vec<String>,
}

/// The organiser page's forms, as last submitted.
#[derive(Default)]
struct ManageForms {
    add: Option<FormState>,
    handover: Option<FormState>,
    round: Option<FormState>,
    import_problems: Vec<String>,
}

async fn manage_page_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    forms: ManageForms,
) -> Result<Response, PageError> {
    let tracker = state.store.tracker(&at.panel.id, true).await?;
    let page = Page::new(ctx);
    let now = state.now();
    let next = tracker
        .recommendations
        .iter()
        .map(|r| r.number)
        .max()
        .unwrap_or(0)
        + 1;
    let mut add = RawForm::new();
    add.insert("number".into(), next.to_string());
    let mut handover = RawForm::new();
    handover.insert("handed_over_on".into(), brussels_today(now).to_string());
    let mut round = RawForm::new();
    round.insert("due_on".into(), in_days(now, 180).to_string());
    Ok(render_page(&ManagePage {
        base: at.base(),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
        theme: page.pick(&at.panel.theme),
        count: tracker.recommendations.len(),
        handed_over_on: tracker
            .handed_over_on
            .map(|d| d.to_string())
            .unwrap_or_default(),
        rounds: round_views(&page, &tracker, now),
        add: forms.add.unwrap_or_else(|| FormState::filled(add)),
        handover: forms
            .handover
            .unwrap_or_else(|| FormState::filled(handover)),
        round: forms.round.unwrap_or_else(|| FormState::filled(round)),
        import_problems: forms.import_problems,
        page,
    }))
}

type PanelPath = PathParam<(String, u32)>;

pub(crate) async fn manage_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ManageRecommendations).await?;
    manage_page_with(&state, &ctx, &at, ManageForms::default()).await
}

fn invalid(values: RawForm, errors: FieldErrors) -> Option<FormState> {
    Some(FormState { values, errors })
}

async fn unprocessable(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    forms: ManageForms,
) -> Result<Response, PageError> {
    let response = manage_page_with(state, ctx, at, forms).await?;
    Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
}

fn back_to(at: &InPanel, rest: &str) -> Response {
    Redirect::to(&format!("{}{rest}", at.base())).into_response()
}

pub(crate) async fn add_recommendation(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ManageRecommendations).await?;
    match RecommendationInput::parse(&form) {
        Ok(input) => {
            state
                .store
                .add_recommendations(&at.panel, &[input], &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, "/followup"))
        }
        Err(errors) => {
            let forms = ManageForms {
                add: invalid(form, errors),
                ..ManageForms::default()
            };
            unprocessable(&state, &ctx, &at, forms).await
        }
    }
}

pub(crate) async fn handover(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ManageRecommendations).await?;
    let now = state.now();
    match parse_handover(&form, now) {
        Ok(date) => {
            state
                .store
                .record_handover(&at.panel, date, &actor(&ctx), now)
                .await?;
            Ok(back_to(&at, "/followup"))
        }
        Err(errors) => {
            let forms = ManageForms {
                handover: invalid(form, errors),
                ..ManageForms::default()
            };
            unprocessable(&state, &ctx, &at, forms).await
        }
    }
}

pub(crate) async fn add_round(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ManageRecommendations).await?;
    match RoundInput::parse(&form) {
        Ok(input) => {
            state
                .store
                .add_round(&at.panel, &input, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, "/followup"))
        }
        Err(errors) => {
            let forms = ManageForms {
                round: invalid(form, errors),
                ..ManageForms::default()
            };
            unprocessable(&state, &ctx, &at, forms).await
        }
    }
}

pub(crate) async fn move_round(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, round)): PathParam<(String, u32, u32)>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ManageRecommendations).await?;
    match RoundInput::parse(&form) {
        Ok(input) => {
            state
                .store
                .move_round(&at.panel, round, &input, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, "/followup"))
        }
        Err(errors) => {
            let mut values = form;
            values.insert("round".into(), round.to_string());
            let forms = ManageForms {
                round: invalid(values, errors),
                ..ManageForms::default()
            };
            unprocessable(&state, &ctx, &at, forms).await
        }
    }
}

/// Reads an uploaded tracker or recommendations list: the JSON export, or a CSV or
/// spreadsheet (the CSV export's columns, or only the recommendation columns).
fn read_tracker_upload(name: &str, bytes: &[u8]) -> Result<Tracker, Vec<String>> {
    if name.to_lowercase().ends_with(".json") {
        let export: Result<Export, _> = serde_json::from_slice(bytes);
        return match export {
            Ok(e) if klero_domain::followup::tracker::FORMATS_READ.contains(&e.format.as_str()) => {
                let mut tracker = e.tracker;
                tracker.date_answers_by_round();
                Ok(tracker)
            }
            Ok(e) => Err(vec![format!("{name}: unknown format `{}`", e.format)]),
            Err(e) => Err(vec![format!(
                "{name}: line {}, column {}: {e}",
                e.line(),
                e.column()
            )]),
        };
    }
    klero_pool::followup::read_tracker(name, bytes)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

/// [`read_tracker_upload`] off the async threads ([`uploads::parse`]).
async fn parse_tracker_upload(
    state: &AppState,
    name: &str,
    bytes: axum::body::Bytes,
) -> Result<Result<Tracker, Vec<String>>, PageError> {
    let name = name.to_owned();
    uploads::parse(state, move || read_tracker_upload(&name, &bytes)).await
}

pub(crate) async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ManageRecommendations).await?;
    let file = read_upload(&ctx, multipart, "upload.csv").await?;
    let problems = match file {
        Some((name, bytes)) if !bytes.is_empty() => {
            match parse_tracker_upload(&state, &name, bytes).await? {
                Ok(tracker) => {
                    let plain = tracker.handed_over_on.is_none() && tracker.rounds.is_empty();
                    let (who, now) = (actor(&ctx), state.now());
                    if plain {
                        state
                            .store
                            .add_recommendations(&at.panel, &tracker.recommendations, &who, now)
                            .await?;
                    } else {
                        state
                            .store
                            .import_tracker(&at.panel, &tracker, &who, now)
                            .await?;
                    }
                    return Ok(back_to(&at, "/followup"));
                }
                Err(problems) => problems,
            }
        }
        _ => vec![Page::new(&ctx).t("import-no-file")],
    };
    let forms = ManageForms {
        import_problems: problems,
        ..ManageForms::default()
    };
    unprocessable(&state, &ctx, &at, forms).await
}

#[derive(Template)]
#[template(path = "answer_form.html")]
struct AnswerPage {
    page: Page,
    crumbs: crate::pages::Crumbs,
    number: u32,
    title: Shown,
    text: Shown,
    round_name: Shown,
    due_on: String,
    /// The round is published: this answer comes after it and is published on its own.
    after_round: bool,
    /// "Overdue by N days", when it is.
    overdue: String,
    action: String,
    form: FormState,
    positions: Vec<(&'static str, String)>,
}

fn answer_page(
    ctx: &Ctx,
    state_now: i64,
    at: &InPanel,
    tracker: &Tracker,
    rec: u32,
    round: u32,
    form: FormState,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let recommendation = tracker.recommendation(rec).ok_or(PageError::NotFound)?;
    let r = tracker.round(round).ok_or(PageError::NotFound)?;
    let late = tracker.answer_overdue_days(rec, r, state_now);
    Ok(render_page(&AnswerPage {
        crumbs: at.crumbs(&page),
        number: rec,
        title: page.pick(&recommendation.title),
        text: page.pick(&recommendation.text),
        round_name: super::round_name(&page, r),
        due_on: r.due_on.to_string(),
        after_round: r.published_at.is_some(),
        overdue: if late > 0 {
            page.t1("overdue-days", "days", late)
        } else {
            String::new()
        },
        action: format!("{}/r/{rec}/answer/{round}", at.base()),
        form,
        positions: Position::ALL
            .into_iter()
            .map(|p| (p.as_str(), page.t(&format!("position-{}", p.as_str()))))
            .collect(),
        page,
    }))
}

fn answer_values(tracker: &Tracker, rec: u32, round: u32) -> RawForm {
    let mut values = RawForm::new();
    // A new answer starts from the latest earlier one, so a round supersedes the last.
    let source = tracker.answer(rec, round).or_else(|| {
        tracker
            .rounds_by_date()
            .into_iter()
            .filter(|r| r.number != round)
            .filter_map(|r| tracker.answer(rec, r.number))
            .next_back()
    });
    if let Some(a) = source {
        let b = &a.body;
        values.insert("position".into(), b.position.as_str().into());
        values.insert("referred_to".into(), b.referred_to.clone());
        values.insert("department".into(), b.department.clone());
        values.insert("budget".into(), b.budget.clone());
        values.insert(
            "deadline".into(),
            b.deadline.map(|d| d.to_string()).unwrap_or_default(),
        );
        values.insert("progress".into(), b.progress.to_string());
        values.insert("milestones".into(), milestone_lines(tracker, rec, a.round));
        for lang in Lang::ALL {
            for (prefix, text) in [
                ("measures", &b.measures),
                ("justification", &b.justification),
            ] {
                if let Some(t) = text.exact(lang) {
                    values.insert(format!("{prefix}_{}", lang.code()), t.to_owned());
                }
            }
        }
    }
    values
}

type AnswerPath = PathParam<(String, u32, u32, u32)>;

pub(crate) async fn answer_form(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, rec, round)): AnswerPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AnswerRecommendations).await?;
    let tracker = state.store.tracker(&at.panel.id, true).await?;
    if tracker.published_answer(rec, round).is_some() {
        return Err(PageError::Refused("answer-published"));
    }
    let values = answer_values(&tracker, rec, round);
    answer_page(
        &ctx,
        state.now(),
        &at,
        &tracker,
        rec,
        round,
        FormState::filled(values),
    )
}

pub(crate) async fn save_answer(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, rec, round)): AnswerPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AnswerRecommendations).await?;
    match AnswerInput::parse(&form) {
        Ok(input) => {
            state
                .store
                .save_answer(&at.panel, rec, round, &input, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, &format!("/r/{rec}")))
        }
        Err(errors) => {
            let tracker = state.store.tracker(&at.panel.id, true).await?;
            let response = answer_page(
                &ctx,
                state.now(),
                &at,
                &tracker,
                rec,
                round,
                FormState {
                    values: form,
                    errors,
                },
            )?;
            Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

#[derive(Template)]
#[template(path = "publish_confirm.html")]
struct PublishPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    /// The round, or the round of the one answer, to publish.
    round_name: Shown,
    due_on: String,
    /// Days before the due date it is published (0: on or after it).
    early_days: i64,
    /// Days after the due date (0: on or before it).
    late_days: i64,
    /// Publishing a whole round (else one answer, `answer`).
    whole_round: bool,
    /// The answers the round's publication makes public and final.
    drafts: usize,
    total: usize,
    /// What the round leaves without an answer: (number, title).
    unanswered: Vec<(u32, Shown)>,
    /// One answer: its recommendation's number and title, and its position.
    answer: Option<(u32, Shown, String)>,
    action: String,
    back: String,
    round: u32,
    colon: &'static str,
}

fn early_late(due_on: klero_domain::assembly::Date, now: i64) -> (i64, i64) {
    let days = klero_domain::followup::days_between(brussels_today(now), due_on);
    (days.max(0), (-days).max(0))
}

/// The confirmation before a round is published: what it publishes, what it leaves without an
/// answer (and what then becomes of those), and how early or late it is.
pub(crate) async fn publish_round_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, round)): PathParam<(String, u32, u32)>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AnswerRecommendations).await?;
    let tracker = state.store.tracker(&at.panel.id, true).await?;
    let r = tracker.round(round).ok_or(PageError::NotFound)?;
    if r.published_at.is_some() {
        return Err(PageError::Refused("round-published"));
    }
    let page = Page::new(&ctx);
    let (early_days, late_days) = early_late(r.due_on, state.now());
    let unanswered = tracker
        .without_answer(round)
        .into_iter()
        .filter_map(|n| tracker.recommendation(n))
        .map(|rec| (rec.number, page.pick(&rec.title)))
        .collect::<Vec<_>>();
    Ok(render_page(&PublishPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        round_name: super::round_name(&page, r),
        due_on: r.due_on.to_string(),
        early_days,
        late_days,
        whole_round: true,
        drafts: tracker.recommendations.len() - unanswered.len(),
        total: tracker.recommendations.len(),
        unanswered,
        answer: None,
        action: format!("{}/rounds/{round}/publish", at.base()),
        back: format!("{}/tracker", at.base()),
        round,
        colon: crate::i18n::colon(page.lang),
        page,
    }))
}

/// Publishes a round once confirmed (`confirm=yes`, sent by the confirmation page); without
/// it, the confirmation page.
pub(crate) async fn publish_round(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, round)): PathParam<(String, u32, u32)>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AnswerRecommendations).await?;
    if form.get("confirm").map(String::as_str) != Some("yes") {
        return Ok(back_to(&at, &format!("/rounds/{round}/publish")));
    }
    state
        .store
        .publish_round(&at.panel, round, &actor(&ctx), state.now())
        .await?;
    Ok(back_to(&at, "/tracker"))
}

type AnswerPublishPath = PathParam<(String, u32, u32, u32)>;

/// The confirmation before one answer is published on its own, after its round.
pub(crate) async fn publish_answer_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, rec, round)): AnswerPublishPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AnswerRecommendations).await?;
    let tracker = state.store.tracker(&at.panel.id, true).await?;
    let r = tracker.round(round).ok_or(PageError::NotFound)?;
    let recommendation = tracker.recommendation(rec).ok_or(PageError::NotFound)?;
    let answer = tracker.answer(rec, round).ok_or(PageError::NotFound)?;
    if answer.published_at.is_some() {
        return Err(PageError::Refused("answer-published"));
    }
    if r.published_at.is_none() {
        return Err(PageError::Refused("round-not-published"));
    }
    let page = Page::new(&ctx);
    let (early_days, late_days) = early_late(r.due_on, state.now());
    Ok(render_page(&PublishPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        round_name: super::round_name(&page, r),
        due_on: r.due_on.to_string(),
        early_days,
        late_days,
        whole_round: false,
        drafts: 1,
        total: tracker.recommendations.len(),
        unanswered: Vec::new(),
        answer: Some((
            rec,
            page.pick(&recommendation.title),
            page.t(&format!("position-{}", answer.body.position.as_str())),
        )),
        action: format!("{}/r/{rec}/publish/{round}", at.base()),
        back: format!("{}/r/{rec}", at.base()),
        round,
        colon: crate::i18n::colon(page.lang),
        page,
    }))
}

/// Publishes one answer on its own once confirmed; without `confirm=yes`, the confirmation.
pub(crate) async fn publish_answer(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, rec, round)): AnswerPublishPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AnswerRecommendations).await?;
    if form.get("confirm").map(String::as_str) != Some("yes") {
        return Ok(back_to(&at, &format!("/r/{rec}/publish/{round}")));
    }
    state
        .store
        .publish_answer(&at.panel, rec, round, &actor(&ctx), state.now())
        .await?;
    Ok(back_to(&at, &format!("/r/{rec}")))
}

async fn recommendation_again(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    rec: u32,
    forms: Forms,
) -> Result<Response, PageError> {
    let tracker = state.store.tracker(&at.panel.id, at.sees_drafts()).await?;
    let judged = super::tracker::judged_by_viewer(state, ctx, at).await?;
    let response = render_recommendation(state, ctx, at, &tracker, rec, forms, &judged).await?;
    Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
}

pub(crate) async fn verdict(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, rec, round)): AnswerPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::JudgeAnswers).await?;
    match VerdictInput::parse(&form) {
        Ok(input) => {
            state
                .store
                .save_verdict(&at.panel, rec, round, &input, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, &format!("/r/{rec}")))
        }
        Err(errors) => {
            let forms = Forms {
                verdict: Some(FormState {
                    values: form,
                    errors,
                }),
                ..Forms::default()
            };
            recommendation_again(&state, &ctx, &at, rec, forms).await
        }
    }
}

pub(crate) async fn ask(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, rec)): PathParam<(String, u32, u32)>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::JudgeAnswers).await?;
    let now = state.now();
    match QuestionInput::parse(&form, now) {
        Ok(input) => {
            state
                .store
                .ask_question(&at.panel, rec, &input, &actor(&ctx), now)
                .await?;
            Ok(back_to(&at, &format!("/r/{rec}")))
        }
        Err(errors) => {
            let forms = Forms {
                question: Some(FormState {
                    values: form,
                    errors,
                }),
                ..Forms::default()
            };
            recommendation_again(&state, &ctx, &at, rec, forms).await
        }
    }
}

pub(crate) async fn reply(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, question)): PathParam<(String, u32, u32)>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AnswerRecommendations).await?;
    let tracker = state.store.tracker(&at.panel.id, true).await?;
    let rec = tracker
        .questions
        .iter()
        .find(|q| q.number == question)
        .map(|q| q.recommendation)
        .ok_or(PageError::NotFound)?;
    match parse_reply(&form) {
        Ok(text) => {
            state
                .store
                .reply_question(&at.panel, question, &text, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, &format!("/r/{rec}")))
        }
        Err(_) => Err(PageError::Refused("reply-empty")),
    }
}

#[derive(Template)]
#[template(path = "outbox.html")]
struct OutboxPage {
    page: Page,
    slug: String,
    assembly_title: Shown,
    mails: Vec<(String, Mail)>,
    smtp: bool,
}

pub(crate) async fn outbox(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam(slug): PathParam<String>,
) -> Result<Response, PageError> {
    let here = load_for(&state, &ctx, &slug, Action::ManageRecommendations).await?;
    let page = Page::new(&ctx);
    let mails = state
        .store
        .outbox(&here.assembly.id, 500)
        .await?
        .into_iter()
        .map(|m| (super::day(m.created_at), m))
        .collect();
    Ok(render_page(&OutboxPage {
        slug,
        assembly_title: page.pick(&here.assembly.title),
        mails,
        smtp: state.config.smtp_url.is_some(),
        page,
    }))
}
