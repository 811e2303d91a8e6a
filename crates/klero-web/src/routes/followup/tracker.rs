//! What the public sees of a panel's follow-up: the tracker with its figures and filters, a
//! page per recommendation with its timeline, and the open data (CSV, JSON, Atom).

use super::page_cache::PageKey;
use super::{InPanel, RoundView, day, due_text, in_days, load_panel, round_name, round_views};
use crate::AppState;
use crate::context::Ctx;
use crate::errors::{PageError, encode};
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
    /// The position's colour class ([`position_class`]); empty without an answer.
    pub class: &'static str,
    pub draft: bool,
    pub overdue: String,
    /// "Answered N days late", for an answer published after the round's due date.
    pub late: String,
}

pub(crate) struct Row {
    pub number: u32,
    pub title: Shown,
    pub theme: Shown,
    pub status: String,
    pub class: &'static str,
    pub progress: String,
    pub verdict: String,
    pub overdue: String,
    pub cells: Vec<Cell>,
}

/// One bar of the chart: a position, its count and its share of all recommendations.
pub(crate) struct Figure {
    pub label: String,
    pub count: usize,
    pub class: &'static str,
    /// The share as the reader's locale writes it (`35,7 %`).
    pub share: String,
    /// The bar's length, 0 to 100.
    pub width: u32,
}

/// An Atom feed of the tracker in one language.
pub(crate) struct Feed {
    pub lang: &'static str,
    pub href: String,
    pub title: String,
}

/// A round of the government's work list: the recommendations still owed an answer in it.
pub(crate) struct WorkRound {
    pub number: u32,
    pub name: Shown,
    pub due_on: String,
    pub due: String,
    pub overdue: bool,
    pub published: bool,
    pub items: Vec<WorkItem>,
}

pub(crate) struct WorkItem {
    pub number: u32,
    pub title: Shown,
    /// A draft is saved (in a published round, it awaits its own publication).
    pub draft: bool,
}

/// A published answer awaiting the signed-in commission member's verdict.
pub(crate) struct JudgeItem {
    pub number: u32,
    pub title: Shown,
    pub round: u32,
    pub round_name: Shown,
}

/// A commission question awaiting the government's reply.
pub(crate) struct ReplyItem {
    pub number: u32,
    pub recommendation: u32,
    pub due: String,
    pub overdue: bool,
}

/// The colour class of a position on the tracker (`pos-accepted`...; `pos-unanswered` without
/// one). The scheme: accepted green, partially accepted amber, rejected red, under study blue,
/// outside the government's powers purple, not answered grey. The label is always written
/// beside the colour, so colour never carries the meaning alone.
pub(crate) fn position_class(position: Option<Position>) -> &'static str {
    match position {
        Some(Position::Accepted) => "pos-accepted",
        Some(Position::PartiallyAccepted) => "pos-partially_accepted",
        Some(Position::Rejected) => "pos-rejected",
        Some(Position::UnderStudy) => "pos-under_study",
        Some(Position::OutsidePowers) => "pos-outside_powers",
        None => "pos-unanswered",
    }
}

/// A copy of a shown text.
fn copy(shown: &Shown) -> Shown {
    Shown {
        lang: shown.lang,
        text: shown.text.clone(),
    }
}

/// "Answered N days late", or empty.
pub(crate) fn late_label(page: &Page, days: i64) -> String {
    if days > 0 {
        page.t1("answered-late-days", "days", days)
    } else {
        String::new()
    }
}

/// The government's work list: per round (by due date), the recommendations still owed an
/// answer in it, drafts marked.
pub(crate) fn work_rounds(page: &Page, tracker: &Tracker, now: i64) -> Vec<WorkRound> {
    tracker
        .rounds_by_date()
        .into_iter()
        .map(|round| {
            let state = due_state(round.due_on, now);
            WorkRound {
                number: round.number,
                name: round_name(page, round),
                due_on: round.due_on.to_string(),
                due: due_text(page, state),
                overdue: state.is_overdue(),
                published: round.published_at.is_some(),
                items: tracker
                    .awaiting_answer(round)
                    .into_iter()
                    .filter_map(|n| tracker.recommendation(n))
                    .map(|rec| WorkItem {
                        number: rec.number,
                        title: page.pick(&rec.title),
                        draft: tracker.answer(rec.number, round.number).is_some(),
                    })
                    .collect(),
            }
        })
        .filter(|w| !w.items.is_empty())
        .collect()
}

/// The published answers the commission member has not judged yet.
pub(crate) fn judge_items(page: &Page, tracker: &Tracker, judged: &[(u32, u32)]) -> Vec<JudgeItem> {
    tracker
        .rounds_by_date()
        .into_iter()
        .flat_map(|round| {
            tracker
                .recommendations
                .iter()
                .filter(|rec| tracker.published_answer(rec.number, round.number).is_some())
                .filter(|rec| !judged.contains(&(rec.number, round.number)))
                .map(|rec| JudgeItem {
                    number: rec.number,
                    title: page.pick(&rec.title),
                    round: round.number,
                    round_name: round_name(page, round),
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The commission's questions the government has not replied to, oldest first.
pub(crate) fn reply_items(page: &Page, tracker: &Tracker, now: i64) -> Vec<ReplyItem> {
    tracker
        .questions
        .iter()
        .filter(|q| q.reply.is_none())
        .map(|q| {
            let state = due_state(q.due_on, now);
            ReplyItem {
                number: q.number,
                recommendation: q.recommendation,
                due: due_text(page, state),
                overdue: state.is_overdue(),
            }
        })
        .collect()
}

/// The tracker's feeds, one per language, each named in its own language.
pub(crate) fn feeds(base: &str, number: u32) -> Vec<Feed> {
    Lang::ALL
        .into_iter()
        .map(|lang| Feed {
            lang: lang.code(),
            href: format!("{base}/tracker.atom?lang={}", lang.code()),
            title: format!(
                "{} ({})",
                i18n::message_with(lang, "tracker-title", &[("number", number.to_string())]),
                lang.endonym()
            ),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "tracker.html")]
struct TrackerPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    theme: Shown,
    handed_over_on: String,
    rounds: Vec<RoundView>,
    rows: Vec<Row>,
    shown: usize,
    total: usize,
    figures: Vec<Figure>,
    overdue: usize,
    average_progress: String,
    themes: Vec<Option_>,
    statuses: Vec<Option_>,
    filters: Filters,
    publish: Vec<(u32, Shown)>,
    manage: bool,
    feeds: Vec<Feed>,
    /// The government's work list (empty for everyone else).
    work: Vec<WorkRound>,
    answers: bool,
    replies: Vec<ReplyItem>,
    /// What awaits the signed-in commission member's verdict.
    judge: Vec<JudgeItem>,
    judges: bool,
    colon: &'static str,
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
    let lang = page.lang;
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
                class: position_class(status.position),
                progress: i18n::format_percent(lang, f64::from(status.progress), 0),
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
                            class: answer
                                .map(|a| position_class(Some(a.body.position)))
                                .unwrap_or(""),
                            draft: answer.is_some_and(|a| a.published_at.is_none()),
                            overdue: overdue_label(
                                &page,
                                tracker.answer_overdue_days(rec.number, round, now),
                            ),
                            late: late_label(&page, tracker.answer_late_days(rec.number, round)),
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
    let share = |count: usize| -> f64 {
        if summary.total == 0 {
            0.0
        } else {
            count as f64 * 100.0 / summary.total as f64
        }
    };
    let figures = Position::ALL
        .into_iter()
        .map(Some)
        .zip(summary.by_position)
        .chain(std::iter::once((None, summary.unanswered)))
        .map(|(p, count)| Figure {
            label: position_label(&page, p),
            count,
            class: position_class(p),
            share: i18n::format_percent(lang, share(count), 1),
            width: u32::try_from(count * 100 / summary.total.max(1)).unwrap_or(100),
        })
        .collect();
    let answers = at.may(Action::AnswerRecommendations);
    let judges = at.may(Action::JudgeAnswers);
    let (work, replies) = if answers {
        (
            work_rounds(&page, &tracker, now),
            reply_items(&page, &tracker, now),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let judge = match (&ctx.session, judges) {
        (Some(session), true) => {
            let judged = state
                .store
                .judged_by(&at.panel.id, &session.account.id)
                .await?;
            judge_items(&page, &tracker, &judged)
        }
        _ => Vec::new(),
    };
    let publish = if answers {
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
        crumbs: at.crumbs(&page),
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
        average_progress: i18n::format_percent(lang, f64::from(summary.average_progress), 0),
        themes,
        statuses,
        filters,
        publish,
        manage: at.may(Action::ManageRecommendations),
        feeds: feeds(&at.base(), number),
        work,
        answers,
        replies,
        judge,
        judges,
        colon: i18n::colon(lang),
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
    /// The answer is published (with its round, or on its own after it).
    pub published: bool,
    pub round_published: bool,
    /// When the answer was published, if it was.
    pub published_on: String,
    /// Published on its own, after its round.
    pub after_round: bool,
    /// "Answered N days late", or empty.
    pub late: String,
    pub answered: bool,
    /// Still owed in this round (nothing published here or in a later round).
    pub owed: bool,
    pub position: String,
    pub class: &'static str,
    pub referred_to: String,
    pub measures: Shown,
    pub justification: Shown,
    pub department: String,
    pub budget: String,
    pub deadline: String,
    pub progress: u8,
    pub progress_text: String,
    pub milestones: Vec<(String, String)>,
    pub counts: [u32; 3],
    pub verdict: String,
    pub comments: Vec<(String, String)>,
    pub judge: bool,
    /// The signed-in commission member has judged this answer.
    pub judged: bool,
    pub edit: bool,
    /// The government may publish this draft on its own (its round is published).
    pub publish: bool,
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
    crumbs: crate::pages::Crumbs,
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
    /// The rounds whose answer the government still owes, for its notice at the top.
    owed: Vec<(u32, Shown)>,
    /// The rounds whose published answer awaits the commission member's verdict.
    to_judge: Vec<(u32, Shown)>,
    colon: &'static str,
    /// Where the recommendation's adopted text and its vote stand in the citizens' report.
    in_report: Option<String>,
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
    let judged = judged_by_viewer(&state, &ctx, &at).await?;
    render_recommendation(&state, &ctx, &at, &tracker, rec, forms, &judged).await
}

/// The answers (recommendation, round) the signed-in commission member has judged; empty for
/// everyone else.
pub(crate) async fn judged_by_viewer(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
) -> Result<Vec<(u32, u32)>, PageError> {
    match &ctx.session {
        Some(session) if at.may(Action::JudgeAnswers) => Ok(state
            .store
            .judged_by(&at.panel.id, &session.account.id)
            .await?),
        _ => Ok(Vec::new()),
    }
}

/// The recommendation page's forms, as last submitted.
#[derive(Default)]
pub(crate) struct Forms {
    pub question: Option<FormState>,
    pub verdict: Option<FormState>,
}

pub(crate) async fn render_recommendation(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    tracker: &Tracker,
    number: u32,
    forms: Forms,
    judged: &[(u32, u32)],
) -> Result<Response, PageError> {
    let rec = tracker.recommendation(number).ok_or(PageError::NotFound)?;
    let in_report = match state
        .store
        .draft_of_recommendation(&at.panel.id, number)
        .await?
    {
        Some(draft) => state.store.report(&at.panel.id).await?.and_then(|report| {
            report
                .recommendations
                .iter()
                .find(|r| r.draft == draft)
                .map(|r| format!("{}/report#r{}", at.base(), r.number))
        }),
        None => None,
    };
    let now = state.now();
    let page = Page::new(ctx);
    let judge = at.may(Action::JudgeAnswers);
    let edit = at.may(Action::AnswerRecommendations);
    let answers: Vec<AnswerView> = tracker
        .rounds_by_date()
        .into_iter()
        .map(|round| {
            let answer = tracker.answer(number, round.number);
            let counts = tracker.verdict_counts(number, round.number);
            let published_at = answer.and_then(|a| a.published_at);
            let published = published_at.is_some();
            let round_published = round.published_at.is_some();
            let owed = tracker.answer_given_at(number, round).is_none();
            let state = due_state(round.due_on, now);
            AnswerView {
                round: round.number,
                round_name: round_name(&page, round),
                due_on: round.due_on.to_string(),
                due: if owed {
                    due_text(&page, state)
                } else {
                    String::new()
                },
                overdue: tracker.answer_overdue_days(number, round, now) > 0,
                published,
                round_published,
                published_on: published_at.map(day).unwrap_or_default(),
                after_round: match (published_at, round.published_at) {
                    (Some(answer_at), Some(round_at)) => answer_at > round_at,
                    _ => false,
                },
                late: late_label(&page, tracker.answer_late_days(number, round)),
                answered: answer.is_some(),
                owed,
                position: answer
                    .map(|a| position_label(&page, Some(a.body.position)))
                    .unwrap_or_default(),
                class: position_class(answer.map(|a| a.body.position)),
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
                progress_text: i18n::format_percent(
                    page.lang,
                    f64::from(answer.map(|a| a.body.progress).unwrap_or(0)),
                    0,
                ),
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
                judge: judge && published,
                judged: judged.contains(&(number, round.number)),
                edit: edit && !published,
                publish: edit && round_published && answer.is_some() && !published,
            }
        })
        .collect();
    let owed = if edit {
        answers
            .iter()
            .filter(|a| a.owed)
            .map(|a| (a.round, copy(&a.round_name)))
            .collect()
    } else {
        Vec::new()
    };
    let to_judge = answers
        .iter()
        .filter(|a| a.judge && !a.judged)
        .map(|a| (a.round, copy(&a.round_name)))
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
        crumbs: at.crumbs(&page),
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
        owed,
        to_judge,
        colon: i18n::colon(page.lang),
        in_report,
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
    #[serde(with = "klero_domain::followup::moment")]
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
    /// The recommendation's number and title (or the round's name), in the feed's language
    /// where written in it.
    pub summary: Option<Shown>,
    /// The recommendation's text.
    pub content: Option<Shown>,
}

#[derive(Template)]
#[template(path = "tracker.atom", escape = "html")]
struct AtomFeed {
    id: String,
    title: String,
    subtitle: Shown,
    updated: String,
    link: String,
    this: String,
    lang: &'static str,
    others: Vec<Feed>,
    entries: Vec<Entry>,
}

/// `?lang=nl|fr|en|de`: the feed's language.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct FeedQuery {
    #[serde(default)]
    lang: Option<String>,
}

/// The tracker's Atom feed in one language: `tracker.atom?lang=nl` (or `fr`, `en`, `de`);
/// without `lang`, the reader's language. Everything in it is in that language: the feed's
/// and the entries' titles, and the recommendations' titles and texts where the organisers
/// wrote them in it (elsewhere the text shown carries its own `xml:lang`).
pub(crate) async fn tracker_atom(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PathParam<(String, u32)>,
    Query(query): Query<FeedQuery>,
) -> Result<Response, PageError> {
    let lang = match query.lang.as_deref() {
        None | Some("") => ctx.lang,
        Some(code) => Lang::parse(code).ok_or(PageError::NotFound)?,
    };
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let tracker = state.store.tracker(&at.panel.id, false).await?;
    let mut page = Page::new(&ctx);
    page.lang = lang;
    let root = state.config.public_url.trim_end_matches('/').to_owned();
    let link = format!("{root}{}/tracker", at.base());
    // Links to pages go through the language switch, so the reader lands in the feed's language.
    let in_lang = |path: String| format!("{root}/lang/{}?next={}", lang.code(), encode(&path));
    let entries: Vec<Entry> = tracker
        .events
        .iter()
        .rev()
        .take(200)
        .map(|e| {
            let rec = e.recommendation.and_then(|r| tracker.recommendation(r));
            let round = e.round.and_then(|r| tracker.round(r));
            let summary = match (rec, round) {
                (Some(rec), _) => {
                    let title = page.pick(&rec.title);
                    Some(Shown {
                        lang: title.lang,
                        text: format!("{}. {}", rec.number, title.text),
                    })
                }
                (None, Some(round)) => Some(round_name(&page, round)),
                (None, None) => None,
            };
            Entry {
                id: format!("{link}?lang={}#event-{}", lang.code(), e.seq),
                title: event_text(lang, e),
                updated: rfc3339(e.at),
                link: match e.recommendation {
                    Some(r) => in_lang(format!("{}/r/{r}", at.base())),
                    None => in_lang(format!("{}/tracker", at.base())),
                },
                summary,
                content: rec
                    .map(|r| page.pick(&r.text))
                    .filter(|t| !t.text.is_empty()),
            }
        })
        .collect();
    let assembly = page.pick(&at.here.assembly.title);
    let theme = page.pick(&at.panel.theme);
    let feed = AtomFeed {
        id: format!("{link}?lang={}", lang.code()),
        title: page.t1("tracker-title", "number", number),
        subtitle: Shown {
            lang: assembly.lang,
            text: if theme.text.is_empty() {
                assembly.text
            } else {
                format!("{} · {}", assembly.text, theme.text)
            },
        },
        updated: rfc3339(tracker.events.last().map(|e| e.at).unwrap_or(0)),
        link: in_lang(format!("{}/tracker", at.base())),
        this: format!("{root}{}/tracker.atom?lang={}", at.base(), lang.code()),
        lang: lang.code(),
        others: feeds(&format!("{root}{}", at.base()), number)
            .into_iter()
            .filter(|f| f.lang != lang.code())
            .collect(),
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
