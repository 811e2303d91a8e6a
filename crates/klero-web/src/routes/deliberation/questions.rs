//! Members' questions to the experts: members ask (optionally without their name shown to the
//! rest of the panel) and support each other's questions; experts answer in writing; answered
//! questions join the library, where the public reads them without the askers' names.

use super::{ItemPath, PanelPath, back_to};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{FormState, Page, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use klero_domain::access::Action;
use klero_domain::deliberation::library::{QuestionInput, parse_answer};
use klero_store::{DeliberationRefusal, PanelQuestion, StoreError};

#[derive(Template)]
#[template(path = "deliberation_questions.html")]
struct QuestionsPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    questions: Vec<(PanelQuestion, FormState)>,
    may_ask: bool,
    may_answer: bool,
    form: FormState,
}

async fn questions_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    form: Option<FormState>,
    answer_failed: Option<(u32, FormState)>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let reader = ctx.session.as_ref().map(|s| s.account.id.clone());
    let mut answer_failed = answer_failed;
    let questions = state
        .store
        .panel_questions(&at.panel.id, reader.as_deref(), false)
        .await?
        .into_iter()
        .map(|q| {
            let form = match answer_failed.take() {
                Some((n, form)) if n == q.number => form,
                other => {
                    answer_failed = other;
                    FormState::default()
                }
            };
            (q, form)
        })
        .collect();
    Ok(render_page(&QuestionsPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        questions,
        may_ask: at.may(Action::AskExperts),
        may_answer: at.may(Action::AnswerQuestions),
        form: form.unwrap_or_default(),
        page,
    }))
}

pub(crate) async fn questions(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewDeliberation).await?;
    questions_with(&state, &ctx, &at, None, None).await
}

fn account(ctx: &Ctx) -> Result<String, PageError> {
    ctx.session
        .as_ref()
        .map(|s| s.account.id.clone())
        .ok_or(PageError::SignInRequired)
}

pub(crate) async fn ask(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AskExperts).await?;
    let input = match QuestionInput::parse(&form) {
        Ok(input) => input,
        Err(errors) => {
            let failed = FormState {
                values: form,
                errors,
            };
            let response = questions_with(&state, &ctx, &at, Some(failed), None).await?;
            return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let n = state
        .store
        .ask_experts(
            &at.panel,
            &account(&ctx)?,
            &input.text,
            input.anonymous,
            &actor(&ctx),
            state.now(),
        )
        .await?;
    Ok(back_to(&at, &format!("/questions#question-{n}")))
}

pub(crate) async fn support(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, question)): ItemPath,
    CsrfForm(_form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AskExperts).await?;
    state
        .store
        .support_question(&at.panel, question, &account(&ctx)?)
        .await?;
    Ok(back_to(&at, &format!("/questions#question-{question}")))
}

pub(crate) async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, question)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AnswerQuestions).await?;
    let text = match parse_answer(&form) {
        Ok(text) => text,
        Err(errors) => {
            let failed = FormState {
                values: form,
                errors,
            };
            let response =
                questions_with(&state, &ctx, &at, None, Some((question, failed))).await?;
            return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    match state
        .store
        .answer_question(&at.panel, question, &text, &actor(&ctx), state.now())
        .await
    {
        Ok(()) => Ok(back_to(&at, &format!("/questions#question-{question}"))),
        Err(StoreError::DeliberationRefused(DeliberationRefusal::AlreadyDecided)) => {
            Err(PageError::Refused("deliberation-already-answered"))
        }
        Err(error) => Err(error.into()),
    }
}
