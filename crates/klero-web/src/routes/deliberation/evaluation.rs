//! The sessions' evaluation: members answer the questionnaire about a session once it has been
//! held (anonymously: the store keeps no account with the answers); organisers choose the
//! questions and read the results per session as charts, with the comments.

use super::{ItemPath, PanelPath, back_to, when};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::i18n;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use klero_domain::access::Action;
use klero_domain::deliberation::evaluation::{LEVELS, Question, Response as Answers, Tally, tally};
use klero_domain::followup::brussels_today;
use klero_domain::input::{FieldError, FieldErrors, RawForm};
use klero_domain::lang::{Lang, Localised};
use klero_store::{DeliberationRefusal, Questionnaire, StoreError};

/// A question of the form: its field, its words, the level chosen.
pub(crate) struct QuestionField {
    pub name: String,
    pub text: String,
    pub error: Option<&'static str>,
    pub chosen: String,
}

#[derive(Template)]
#[template(path = "deliberation_questionnaire.html")]
struct QuestionnairePage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    number: u32,
    when: String,
    held: bool,
    questions: Vec<QuestionField>,
    levels: Vec<(u8, String)>,
    open: Option<Shown>,
    form: FormState,
}

fn levels(page: &Page) -> Vec<(u8, String)> {
    (1..=LEVELS)
        .map(|l| (l, page.t(&format!("eval-level-{l}"))))
        .collect()
}

fn answers_form(answers: &Answers) -> FormState {
    let mut values = RawForm::new();
    for (q, level) in &answers.answers {
        values.insert(format!("q_{}", q.as_str()), level.to_string());
    }
    values.insert("comment".into(), answers.comment.clone());
    FormState::filled(values)
}

async fn questionnaire_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    number: u32,
    failed: Option<FormState>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let session = state
        .store
        .deliberation_sessions(&at.panel.id)
        .await?
        .into_iter()
        .find(|s| s.number == number)
        .ok_or(PageError::NotFound)?;
    let questionnaire = state.store.questionnaire(&at.panel.id).await?;
    let form = match failed {
        Some(form) => form,
        None => {
            let account = ctx
                .session
                .as_ref()
                .map(|s| s.account.id.clone())
                .unwrap_or_default();
            state
                .store
                .own_evaluations(&at.panel.id, &account)
                .await?
                .into_iter()
                .find(|(n, _)| *n == number)
                .map(|(_, answers)| answers_form(&answers))
                .unwrap_or_default()
        }
    };
    let questions = questionnaire
        .questions
        .iter()
        .map(|q| {
            let name = format!("q_{}", q.as_str());
            QuestionField {
                text: page.t(&format!("eval-q-{}", q.as_str())),
                error: form.error(&name),
                chosen: form.value(&name).to_owned(),
                name,
            }
        })
        .collect();
    Ok(render_page(&QuestionnairePage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        number,
        when: when(page.lang, &session.plan),
        held: session.plan.date <= brussels_today(state.now()),
        questions,
        levels: levels(&page),
        open: (!questionnaire.open.is_empty()).then(|| page.pick(&questionnaire.open)),
        form,
        page,
    }))
}

pub(crate) async fn questionnaire(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, session)): ItemPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::EvaluateSessions).await?;
    questionnaire_with(&state, &ctx, &at, session, None).await
}

pub(crate) async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, session)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::EvaluateSessions).await?;
    let account = ctx
        .session
        .as_ref()
        .map(|s| s.account.id.clone())
        .ok_or(PageError::SignInRequired)?;
    let questionnaire = state.store.questionnaire(&at.panel.id).await?;
    let answers = match Answers::parse(&form, &questionnaire.questions) {
        Ok(answers) => answers,
        Err(errors) => {
            let failed = FormState {
                values: form,
                errors,
            };
            let response = questionnaire_with(&state, &ctx, &at, session, Some(failed)).await?;
            return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let today = brussels_today(state.now());
    match state
        .store
        .submit_evaluation(&at.panel, session, &account, &answers, today, state.now())
        .await
    {
        Ok(()) => Ok(back_to(
            &at,
            &format!("?evaluated={session}#session-{session}"),
        )),
        Err(StoreError::DeliberationRefused(DeliberationRefusal::NotHeldYet)) => {
            let failed = FormState {
                values: form,
                errors: FieldErrors(vec![FieldError {
                    field: "comment".into(),
                    message: "refused-deliberation-not-held",
                }]),
            };
            let response = questionnaire_with(&state, &ctx, &at, session, Some(failed)).await?;
            Ok(with_status(response, StatusCode::CONFLICT))
        }
        Err(error) => Err(error.into()),
    }
}

/// One question's results.
pub(crate) struct QuestionResult {
    pub text: String,
    pub levels: Vec<u32>,
    pub answers: u32,
    pub mean: String,
    pub agree: String,
    /// The stacked bar: (level, x, width) in a 100-wide box.
    pub bar: Vec<(u8, String, String)>,
}

/// One session's results.
pub(crate) struct SessionResult {
    pub number: u32,
    pub when: String,
    pub responses: usize,
    pub questions: Vec<QuestionResult>,
    pub comments: Vec<String>,
}

#[derive(Template)]
#[template(path = "deliberation_evaluation.html")]
struct ResultsPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    sessions: Vec<SessionResult>,
    all: Vec<(&'static str, String, bool)>,
    form: FormState,
    levels: Vec<(u8, String)>,
}

/// A question's tally as the page shows it.
pub(crate) fn question_result(page: &Page, question: Question, tally: &Tally) -> QuestionResult {
    let answers = tally.answers();
    let mut x = 0.0;
    let bar = tally
        .levels
        .iter()
        .zip(1u8..)
        .filter(|(count, _)| **count > 0)
        .map(|(count, level)| {
            let width = f64::from(*count) * 100.0 / f64::from(answers.max(1));
            let part = (level, format!("{x:.2}"), format!("{width:.2}"));
            x += width;
            part
        })
        .collect();
    QuestionResult {
        text: page.t(&format!("eval-q-{}", question.as_str())),
        levels: tally.levels.to_vec(),
        answers,
        mean: tally
            .mean()
            .map(|m| i18n::number(page.lang, m, 1))
            .unwrap_or_else(|| "–".into()),
        agree: tally
            .agree_percent()
            .map(|p| i18n::format_percent(page.lang, p, 0))
            .unwrap_or_else(|| "–".into()),
        bar,
    }
}

fn questionnaire_form(questionnaire: &Questionnaire) -> FormState {
    let mut values = RawForm::new();
    for q in &questionnaire.questions {
        values.insert(format!("ask_{}", q.as_str()), "on".into());
    }
    for (lang, text) in questionnaire.open.iter() {
        values.insert(format!("open_{}", lang.code()), text.to_owned());
    }
    FormState::filled(values)
}

async fn results_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    failed: Option<FormState>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let questionnaire = state.store.questionnaire(&at.panel.id).await?;
    let answered = state.store.evaluations(&at.panel.id).await?;
    let sessions = state
        .store
        .deliberation_sessions(&at.panel.id)
        .await?
        .into_iter()
        .map(|s| {
            let mine: Vec<&Answers> = answered
                .iter()
                .filter(|(n, _)| *n == s.number)
                .map(|(_, r)| r)
                .collect();
            SessionResult {
                number: s.number,
                when: when(page.lang, &s.plan),
                responses: mine.len(),
                questions: tally(&questionnaire.questions, mine.iter().copied())
                    .iter()
                    .map(|(q, t)| question_result(&page, *q, t))
                    .collect(),
                comments: mine
                    .iter()
                    .filter(|r| !r.comment.is_empty())
                    .map(|r| r.comment.clone())
                    .collect(),
            }
        })
        .collect();
    let form = failed.unwrap_or_else(|| questionnaire_form(&questionnaire));
    Ok(render_page(&ResultsPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        sessions,
        all: Question::ALL
            .into_iter()
            .map(|q| {
                (
                    q.as_str(),
                    page.t(&format!("eval-q-{}", q.as_str())),
                    !form.value(&format!("ask_{}", q.as_str())).is_empty(),
                )
            })
            .collect(),
        form,
        levels: levels(&page),
        page,
    }))
}

pub(crate) async fn results(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    results_with(&state, &ctx, &at, None).await
}

/// Saves the questionnaire: a check box `ask_{question}` per standard question asked, and the
/// open question in `open_{lang}`.
pub(crate) async fn set_questionnaire(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    let questions: Vec<Question> = Question::ALL
        .into_iter()
        .filter(|q| form.contains_key(&format!("ask_{}", q.as_str())))
        .collect();
    let mut open = Localised::new();
    let mut errors = FieldErrors::default();
    for lang in Lang::ALL {
        let name = format!("open_{}", lang.code());
        let text = form.get(&name).map(|t| t.trim()).unwrap_or_default();
        if text.chars().count() > 500 {
            errors.0.push(FieldError {
                field: name,
                message: "error-too-long",
            });
        } else {
            open.set(lang, text);
        }
    }
    if questions.is_empty() && open.is_empty() {
        errors.0.push(FieldError {
            field: "ask".into(),
            message: "error-evaluation-no-question",
        });
    }
    if !errors.is_empty() {
        let response = results_with(
            &state,
            &ctx,
            &at,
            Some(FormState {
                values: form,
                errors,
            }),
        )
        .await?;
        return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
    }
    state
        .store
        .set_questionnaire(
            &at.panel,
            &Questionnaire { questions, open },
            &actor(&ctx),
            state.now(),
        )
        .await?;
    Ok(back_to(&at, "/evaluation#questionnaire"))
}
