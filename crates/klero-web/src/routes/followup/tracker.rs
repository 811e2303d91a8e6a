//! What the public sees of a panel's follow-up: the tracker with its figures and filters, a
//! page per recommendation with its timeline, and the open data (CSV, JSON, Atom).

use super::page_cache::PageKey;
use super::{InPanel, RoundView, day, due_text, in_days, load_panel, round_name, round_views};
use crate::AppState;
use crate::context::Ctx;
use crate::errors::PageError;
use crate::i18n;
use crate::pages::{FormState, Page, Shown, render_page};
use crate::routes::PathParam;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use klero_domain::access::Action;
use klero_domain::followup::input::{QUESTION_DAYS, milestones_text};
use klero_domain::followup::tracker::{Event, FORMAT, Tracker, theme_key};
use klero_domain::followup::{Position, Verdict, due_state, rfc3339};
use klero_domain::lang::Lang;
use serde::Deserialize;

/// The tracker's filters, from the query string.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Filters {
    #[serde(default)]
    theme: String,
    #[serde(default)]
    status: String,
}

pub(crate) struct Option_ {
    pub value: String,
    pub label: String,
}

/// One cell of the table: a recommendation's answer in a round.
pub(crate) struct Cell {
    pub text: String,
    pub draft: bool,
    pub overdue: String,
}

pub(crate) struct Row {
    pub number: u32,
    pub title: Shown,
    pub theme: Shown,
    pub status: String,
    pub progress: u8,
    pub verdict: String,
    pub overdue: String,
    pub cells: Vec<Cell>,
}

pub(crate) struct Figure {
    pub label: String,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "tracker.html")]
struct TrackerPage {
    page: Page,
    base: String,
    slug: String,
    assembly_title: Shown,
    theme: Shown,
    handed_over_on: String,
    rounds: Vec<RoundView>,
    rows: Vec<Row>,
    shown: usize,
    total: usize,
    figures: Vec<Figure>,
    overdue: usize,
    average_progress: u8,
    themes: Vec<Option_>,
    statuses: Vec<Option_>,
    filters: Filters,
    publish: Vec<(u32, Shown)>,
    manage: bool,
}

fn position_label(page: &Page, position: Option<Position>) -> String {
    match position {
        Some(p) => page.t(&format!("position-{}", p.as_str())),
        None => page.t("status-unanswered"),
    }
}

fn verdict_label(page: &Page, verdict: Option<Verdict>) -> String {
    verdict
        .map(|v| page.t(&format!("verdict-{}", v.as_str())))
        .unwrap_or_default()
}

fn overdue_label(page: &Page, days: i64) -> String {
    if days > 0 {
        page.t1("overdue-days", "days", days)
    } else {
        String::new()
    }
}

fn matches(tracker: &Tracker, number: u32, filters: &Filters, now: i64) -> bool {
    let Some(rec) = tracker.recommendation(number) else {
        return false;
    };
    let theme_ok =
        filters.theme.is_empty() || theme_key(&rec.theme).as_deref() == Some(&filters.theme);
    let status = tracker.status(number, now);
    let status_ok = match filters.status.as_str() {
        "" => true,
        "overdue" => status.overdue_days > 0,
        "unanswered" => status.position.is_none(),
        other => status.position.map(Position::as_str) == Some(other),
    };
    theme_ok && status_ok
}

pub(crate) async fn tracker_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PathParam<(String, u32)>,
    Query(filters): Query<Filters>,
) -> Result<Response, PageError> {
    let now = state.now();
    // A reader who is not signed in gets the page as rendered for the panel's version, if
    // it has not moved (see `page_cache`).
    let kept = if ctx.session.is_none() && !ctx.session_expired {
        state
            .store
            .followup_version_at(&slug, number)
            .await?
            .map(|(panel_id, version)| {
                let key = PageKey {
                    panel_id,
                    lang: ctx.lang,
                    day: day(now),
                    here: ctx.here.clone(),
                };
                (key, version)
            })
    } else {
        None
    };
    if let Some((key, version)) = &kept
        && let Some(body) = state.tracker_pages.get(key, *version)
    {
        return Ok(Html(body).into_response());
    }
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let tracker = state.store.tracker(&at.panel.id, at.sees_drafts()).await?;
    let page = Page::new(&ctx);
    let summary = tracker.summary(now);
    let rounds = tracker.rounds_by_date();
    let rows: Vec<Row> = tracker
        .recommendations
        .iter()
        .filter(|r| matches(&tracker, r.number, &filters, now))
        .map(|rec| {
            let status = tracker.status(rec.number, now);
            Row {
                number: rec.number,
                title: page.pick(&rec.title),
                theme: page.pick(&rec.theme),
                status: position_label(&page, status.position),
                progress: status.progress,
                verdict: verdict_label(&page, status.verdict),
                overdue: overdue_label(&page, status.overdue_days),
                cells: rounds
                    .iter()
                    .map(|round| {
                        let answer = tracker.answer(rec.number, round.number);
                        Cell {
                            text: answer
                                .map(|a| position_label(&page, Some(a.body.position)))
                                .unwrap_or_else(|| "—".to_owned()),
                            draft: answer.is_some() && round.published_at.is_none(),
                            overdue: overdue_label(
                                &page,
                                tracker.answer_overdue_days(rec.number, round, now),
                            ),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let mut themes: Vec<Option_> = Vec::new();
    for rec in &tracker.recommendations {
        if let Some(key) = theme_key(&rec.theme)
            && !themes.iter().any(|t| t.value == key)
        {
            themes.push(Option_ {
                value: key,
                label: page.pick(&rec.theme).text,
            });
        }
    }
    let mut statuses = vec![
        Option_ {
            value: "overdue".into(),
            label: page.t("status-overdue"),
        },
        Option_ {
            value: "unanswered".into(),
            label: page.t("status-unanswered"),
        },
    ];
    statuses.extend(Position::ALL.into_iter().map(|p| Option_ {
        value: p.as_str().into(),
        label: position_label(&page, Some(p)),
    }));
    let figures = Position::ALL
        .into_iter()
        .zip(summary.by_position)
        .map(|(p, count)| Figure {
            label: position_label(&page, Some(p)),
            count,
        })
        .chain(std::iter::once(Figure {
            label: page.t("status-unanswered"),
            count: summary.unanswered,
        }))
        .collect();
    let publish = if at.may(Action::AnswerRecommendations) {
        rounds
            .iter()
            .filter(|r| r.published_at.is_none())
            .map(|r| (r.number, round_name(&page, r)))
            .collect()
    } else {
        Vec::new()
    };
    let shown = rows.len();
    let template = TrackerPage {
        base: at.base(),
        slug: at.slug().to_owned(),
        assembly_title: page.pick(&at.here.assembly.title),
        theme: page.pick(&at.panel.theme),
        handed_over_on: tracker
            .handed_over_on
            .map(|d| d.to_string())
            .unwrap_or_default(),
        rounds: round_views(&page, &tracker, now),
        rows,
        shown,
        total: summary.total,
        figures,
        overdue: summary.overdue,
        average_progress: summary.average_progress,
        themes,
        statuses,
        filters,
        publish,
        manage: at.may(Action::ManageRecommendations),
        page,
    };
    match kept {
        Some((key, version)) if key.panel_id == at.panel.id => match template.render() {
            Ok(body) => {
                let body = Bytes::from(body);
                state.tracker_pages.put(key, version, body.clone());
                Ok(Html(body).into_response())
            }
            Err(_) => Ok(render_page(&template)),
        },
        _ => Ok(render_page(&template)),
    }
}

/// A round's answer as the recommendation page shows it.
pub(crate) struct AnswerView {
    pub round: u32,
    pub round_name: Shown,
    pub due_on: String,
    pub due: String,
    pub overdue: bool,
    pub published: bool,
    pub answered: bool,
    pub position: String,
    pub referred_to: String,
    pub measures: Shown,
    pub justification: Shown,
    pub department: String,
    pub budget: String,
    pub deadline: String,
    pub progress: u8,
    pub milestones: Vec<(String, String)>,
    pub counts: [u32; 3],
    pub verdict: String,
    pub comments: Vec<(String, String)>,
    pub judge: bool,
    pub edit: bool,
}

pub(crate) struct QuestionView {
    pub number: u32,
    pub question: String,
    pub asked_on: String,
    pub due_on: String,
    pub due: String,
    pub overdue: bool,
    pub reply: Option<String>,
    pub replied_on: String,
}

#[derive(Template)]
#[template(path = "recommendation.html")]
struct RecommendationPage {
    page: Page,
    base: String,
    assembly_title: Shown,
    number: u32,
    title: Shown,
    text: Shown,
    theme: Shown,
    vote: Option<(u32, u32, u32, String)>,
    answers: Vec<AnswerView>,
    questions: Vec<QuestionView>,
    timeline: Vec<(String, String)>,
    ask: bool,
    reply: bool,
    question_form: FormState,
    verdict_form: FormState,
    verdicts: Vec<(&'static str, String)>,
}

/// An event in the reader's language.
pub(crate) fn event_text(lang: Lang, event: &Event) -> String {
    let mut args = vec![("detail", event.detail.clone())];
    if let Some(r) = event.recommendation {
        args.push(("rec", r.to_string()));
    }
    if let Some(r) = event.round {
        args.push(("round", r.to_string()));
    }
    if event.kind == klero_domain::followup::tracker::EventKind::VerdictGiven {
        let verdict = Verdict::parse(&event.detail)
            .map(|v| i18n::message(lang, &format!("verdict-{}", v.as_str())))
            .unwrap_or_default();
        args.push(("verdict", verdict));
    }
    i18n::message_with(lang, &format!("event-{}", event.kind.as_str()), &args)
}

pub(crate) async fn recommendation_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, rec)): PathParam<(String, u32, u32)>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let tracker = state.store.tracker(&at.panel.id, at.sees_drafts()).await?;
    let forms = Forms::default();
    render_recommendation(&state, &ctx, &at, &tracker, rec, forms)
}

/// The recommendation page's forms, as last submitted.
#[derive(Default)]
pub(crate) struct Forms {
    pub question: Option<FormState>,
    pub verdict: Option<FormState>,
}

pub(crate) fn render_recommendation(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    tracker: &Tracker,
    number: u32,
    forms: Forms,
) -> Result<Response, PageError> {
    let rec = tracker.recommendation(number).ok_or(PageError::NotFound)?;
    let now = state.now();
    let page = Page::new(ctx);
    let judge = at.may(Action::JudgeAnswers);
    let edit = at.may(Action::AnswerRecommendations);
    let answers = tracker
        .rounds_by_date()
        .into_iter()
        .map(|round| {
            let answer = tracker.answer(number, round.number);
            let counts = tracker.verdict_counts(number, round.number);
            let published = round.published_at.is_some();
            let state = due_state(round.due_on, now);
            AnswerView {
                round: round.number,
                round_name: round_name(&page, round),
                due_on: round.due_on.to_string(),
                due: if published {
                    String::new()
                } else {
                    due_text(&page, state)
                },
                overdue: tracker.answer_overdue_days(number, round, now) > 0,
                published,
                answered: answer.is_some(),
                position: answer
                    .map(|a| position_label(&page, Some(a.body.position)))
                    .unwrap_or_default(),
                referred_to: answer
                    .map(|a| a.body.referred_to.clone())
                    .unwrap_or_default(),
                measures: answer
                    .map(|a| page.pick(&a.body.measures))
                    .unwrap_or_else(|| page.pick(&Default::default())),
                justification: answer
                    .map(|a| page.pick(&a.body.justification))
                    .unwrap_or_else(|| page.pick(&Default::default())),
                department: answer
                    .map(|a| a.body.department.clone())
                    .unwrap_or_default(),
                budget: answer.map(|a| a.body.budget.clone()).unwrap_or_default(),
                deadline: answer
                    .and_then(|a| a.body.deadline)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                progress: answer.map(|a| a.body.progress).unwrap_or(0),
                milestones: answer
                    .map(|a| {
                        a.body
                            .milestones
                            .iter()
                            .map(|m| (m.on.to_string(), m.what.clone()))
                            .collect()
                    })
                    .unwrap_or_default(),
                counts,
                verdict: verdict_label(&page, Verdict::of_counts(counts)),
                comments: tracker
                    .verdicts
                    .iter()
                    .filter(|v| v.recommendation == number && v.round == round.number)
                    .filter(|v| !v.comment.is_empty())
                    .map(|v| {
                        (
                            page.t(&format!("verdict-{}", v.verdict.as_str())),
                            v.comment.clone(),
                        )
                    })
                    .collect(),
                judge: judge && published && answer.is_some(),
                edit: edit && !published,
            }
        })
        .collect();
    let questions = tracker
        .questions
        .iter()
        .filter(|q| q.recommendation == number)
        .map(|q| {
            let state = due_state(q.due_on, now);
            QuestionView {
                number: q.number,
                question: q.question.clone(),
                asked_on: day(q.asked_at),
                due_on: q.due_on.to_string(),
                due: if q.reply.is_some() {
                    String::new()
                } else {
                    due_text(&page, state)
                },
                overdue: q.reply.is_none() && state.is_overdue(),
                reply: q.reply.clone(),
                replied_on: q.replied_at.map(day).unwrap_or_default(),
            }
        })
        .collect();
    let timeline = tracker
        .events
        .iter()
        .filter(|e| e.recommendation.is_none_or(|r| r == number))
        .map(|e| (day(e.at), event_text(page.lang, e)))
        .collect();
    let mut question_defaults = klero_domain::input::RawForm::new();
    question_defaults.insert("due_on".into(), in_days(now, QUESTION_DAYS).to_string());
    Ok(render_page(&RecommendationPage {
        base: at.base(),
        assembly_title: page.pick(&at.here.assembly.title),
        number,
        title: page.pick(&rec.title),
        text: page.pick(&rec.text),
        theme: page.pick(&rec.theme),
        vote: rec
            .vote
            .as_ref()
            .map(|v| (v.r#for, v.against, v.abstain, v.rule.clone())),
        answers,
        questions,
        timeline,
        ask: judge,
        reply: edit,
        question_form: forms
            .question
            .unwrap_or_else(|| FormState::filled(question_defaults)),
        verdict_form: forms.verdict.unwrap_or_default(),
        verdicts: Verdict::ALL
            .into_iter()
            .map(|v| (v.as_str(), page.t(&format!("verdict-{}", v.as_str()))))
            .collect(),
        page,
    }))
}

fn download(content_type: &'static str, name: String, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-cache".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// The published JSON: the tracker wrapped with what it is and where it comes from.
#[derive(serde::Serialize, Deserialize)]
pub(crate) struct Export {
    pub format: String,
    pub assembly: String,
    pub panel: u32,
    pub exported_at: i64,
    pub tracker: Tracker,
}

pub(crate) async fn tracker_json(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PathParam<(String, u32)>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let export = Export {
        format: FORMAT.to_owned(),
        assembly: at.slug().to_owned(),
        panel: number,
        exported_at: state.now(),
        tracker: std::sync::Arc::unwrap_or_clone(state.store.tracker(&at.panel.id, false).await?),
    };
    let body = serde_json::to_string_pretty(&export)
        .map_err(|_| PageError::Internal("serialising the tracker"))?;
    Ok(download(
        "application/json",
        format!("{slug}-panel-{number}-follow-up.json"),
        body,
    ))
}

pub(crate) async fn tracker_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PathParam<(String, u32)>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let tracker = state.store.tracker(&at.panel.id, false).await?;
    Ok(download(
        "text/csv; charset=utf-8",
        format!("{slug}-panel-{number}-follow-up.csv"),
        klero_pool::followup::write_tracker_csv(&tracker, state.now()),
    ))
}

pub(crate) struct Entry {
    pub id: String,
    pub title: String,
    pub updated: String,
    pub link: String,
}

#[derive(Template)]
#[template(path = "tracker.atom", escape = "html")]
struct AtomFeed {
    id: String,
    title: String,
    updated: String,
    link: String,
    lang: &'static str,
    entries: Vec<Entry>,
}

pub(crate) async fn tracker_atom(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PathParam<(String, u32)>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let tracker = state.store.tracker(&at.panel.id, false).await?;
    let page = Page::new(&ctx);
    let root = state.config.public_url.trim_end_matches('/').to_owned();
    let link = format!("{root}{}/tracker", at.base());
    let entries: Vec<Entry> = tracker
        .events
        .iter()
        .rev()
        .take(200)
        .map(|e| Entry {
            id: format!("{link}#event-{}", e.seq),
            title: event_text(page.lang, e),
            updated: rfc3339(e.at),
            link: match e.recommendation {
                Some(r) => format!("{root}{}/r/{r}", at.base()),
                None => link.clone(),
            },
        })
        .collect();
    let feed = AtomFeed {
        id: link.clone(),
        title: format!(
            "{} · {}",
            page.pick(&at.here.assembly.title).text,
            page.t1("tracker-title", "number", number)
        ),
        updated: rfc3339(tracker.events.last().map(|e| e.at).unwrap_or(0)),
        link,
        lang: page.lang.code(),
        entries,
    };
    let body = feed
        .render()
        .map_err(|_| PageError::Internal("rendering the feed"))?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        body,
    )
        .into_response())
}

/// Milestones as text lines (for forms).
pub(crate) fn milestone_lines(tracker: &Tracker, rec: u32, round: u32) -> String {
    tracker
        .answer(rec, round)
        .map(|a| milestones_text(&a.body.milestones))
        .unwrap_or_default()
}
