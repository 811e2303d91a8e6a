//! The recommendations a panel drafts: the list (with the handover of the adopted ones to the
//! government), a recommendation's page (its words in every language, the required
//! languages' state, the edit form, amendments and their decisions, and its vote: the rule,
//! opening and closing, a member's ballot, paper ballots, the result), and its history with
//! the difference between any two versions.

use super::{AmendmentPath, ItemPath, PanelPath, back_to, outcome_text, rule_text, when};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use klero_domain::access::Action;
use klero_domain::assembly::Date;
use klero_domain::deliberation::amendment::{AmendmentInput, AmendmentState, Change};
use klero_domain::deliberation::draft::{
    Content, DraftInput, Part, Piece, Translation, diff, translations,
};
use klero_domain::deliberation::vote::{Choice, parse_rule, rule_fields};
use klero_domain::followup::brussels_today;
use klero_domain::input::{FieldError, FieldErrors, RawForm};
use klero_domain::lang::{Lang, Localised};
use klero_domain::summit::voting::VoteState;
use klero_store::{DeliberationRefusal, DraftRecord, DraftSummary, StoreError};
use serde::Deserialize;

/// A recommendation's title in the reader's language (or another it has).
fn title_of(page: &Page, content: &Content) -> Shown {
    let mut titles = Localised::new();
    for (lang, wording) in content {
        titles.set(*lang, &wording.title);
    }
    page.pick(&titles)
}

/// The vote's state in words.
fn vote_state_text(page: &Page, summary: &DraftSummary) -> String {
    match (summary.vote.state, summary.vote.outcome) {
        (VoteState::Closed, Some(outcome)) => outcome_text(page, &outcome),
        (VoteState::Open, _) => page.t("vote-state-opened"),
        _ if summary.vote.rule.is_some() => page.t("vote-state-declared"),
        _ => page.t("vote-state-drafting"),
    }
}

/// A line of the list.
pub(crate) struct DraftLine {
    pub number: u32,
    pub title: Shown,
    pub version: u32,
    pub langs: String,
    pub state: String,
    pub adopted: bool,
    pub open_amendments: u32,
    pub handed_over_as: Option<u32>,
}

#[derive(Template)]
#[template(path = "deliberation_drafts.html")]
struct DraftsPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    drafts: Vec<DraftLine>,
    may_draft: bool,
    may_run: bool,
    new_draft: FormState,
    langs: Vec<(&'static str, &'static str)>,
    waiting: usize,
    handover: FormState,
    handed_over: bool,
    may_vote: bool,
    named: bool,
    report: bool,
    adopted: usize,
}

async fn drafts_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    failed: Option<(bool, FormState)>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let drafts = state.store.drafts(&at.panel.id).await?;
    let waiting = drafts
        .iter()
        .filter(|d| d.vote.adopted() && d.handed_over_as.is_none())
        .count();
    let handed_over = drafts.iter().any(|d| d.handed_over_as.is_some());
    let adopted = drafts.iter().filter(|d| d.vote.adopted()).count();
    let may_vote = at.may(Action::VoteOnRecommendations);
    let named = match (&ctx.session, may_vote) {
        (Some(session), true) => {
            state
                .store
                .is_named(&at.panel.id, &session.account.id)
                .await?
        }
        _ => false,
    };
    let report = super::report::published(state, at).await?;
    let lines = drafts
        .iter()
        .map(|d| DraftLine {
            number: d.number,
            title: title_of(&page, &d.content),
            version: d.version,
            langs: d
                .content
                .keys()
                .map(|l| l.code().to_uppercase())
                .collect::<Vec<_>>()
                .join(" · "),
            state: vote_state_text(&page, d),
            adopted: d.vote.adopted(),
            open_amendments: d.open_amendments,
            handed_over_as: d.handed_over_as,
        })
        .collect();
    let (mut new_draft, mut handover) = (None, None);
    match failed {
        Some((true, form)) => handover = Some(form),
        Some((false, form)) => new_draft = Some(form),
        None => {}
    }
    let mut defaults = RawForm::new();
    defaults.insert("lang".into(), page.lang.code().into());
    let mut on = RawForm::new();
    on.insert("on".into(), brussels_today(state.now()).to_string());
    Ok(render_page(&DraftsPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        drafts: lines,
        may_draft: at.may(Action::Draft),
        may_run: at.may(Action::RunDeliberation),
        new_draft: new_draft.unwrap_or_else(|| FormState::filled(defaults)),
        langs: page.all_langs(),
        waiting,
        handover: handover.unwrap_or_else(|| FormState::filled(on)),
        handed_over,
        may_vote,
        named,
        report,
        adopted,
        page,
    }))
}

pub(crate) async fn drafts(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewDeliberation).await?;
    drafts_with(&state, &ctx, &at, None).await
}

pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::Draft).await?;
    match DraftInput::parse(&form) {
        Ok(input) => {
            let n = state
                .store
                .create_draft(&at.panel, &input, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, &format!("/drafts/{n}")))
        }
        Err(errors) => {
            let failed = FormState {
                values: form,
                errors,
            };
            let response = drafts_with(&state, &ctx, &at, Some((false, failed))).await?;
            Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

fn one_error(field: &str, message: &'static str) -> FieldErrors {
    FieldErrors(vec![FieldError {
        field: field.to_owned(),
        message,
    }])
}

pub(crate) async fn handover(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    let on = form.get("on").and_then(|d| Date::parse(d));
    let Some(on) = on else {
        let failed = FormState {
            values: form,
            errors: one_error("on", "error-date"),
        };
        let response = drafts_with(&state, &ctx, &at, Some((true, failed))).await?;
        return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
    };
    match state
        .store
        .hand_over_adopted(&at.panel, on, &actor(&ctx), state.now())
        .await
    {
        Ok(_) => {
            use axum::response::IntoResponse;
            Ok(axum::response::Redirect::to(&format!("{}/followup", at.base())).into_response())
        }
        Err(StoreError::DeliberationRefused(DeliberationRefusal::NothingAdopted)) => {
            let failed = FormState {
                values: form,
                errors: one_error("on", "deliberation-nothing-adopted"),
            };
            let response = drafts_with(&state, &ctx, &at, Some((true, failed))).await?;
            Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(error) => Err(error.into()),
    }
}

/// A recommendation's words in one language.
pub(crate) struct WordingView {
    pub code: &'static str,
    pub endonym: &'static str,
    pub title: String,
    pub text: String,
    pub rationale: String,
    pub theme: String,
}

/// A required language's state.
pub(crate) struct TranslationView {
    pub code: &'static str,
    pub endonym: &'static str,
    pub text: String,
    pub ready: bool,
}

/// An amendment as the page shows it.
pub(crate) struct AmendmentView {
    pub number: u32,
    pub state: &'static str,
    pub state_text: String,
    pub what: String,
    pub lang: &'static str,
    pub passage: String,
    pub words: String,
    pub reason: String,
    pub proposer: String,
    pub decided_by: String,
    pub note: String,
    pub result_version: Option<u32>,
    pub open: bool,
}

/// The vote's result once closed.
pub(crate) struct ResultView {
    pub for_votes: u32,
    pub against: u32,
    pub abstain: u32,
    pub present: Option<u32>,
    pub outcome: String,
    pub passed: bool,
}

#[derive(Template)]
#[template(path = "deliberation_draft.html")]
struct DraftPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    number: u32,
    version: u32,
    title: Shown,
    wordings: Vec<WordingView>,
    translations: Vec<TranslationView>,
    may_draft: bool,
    text_open: bool,
    edit: FormState,
    /// The language the edit form is in, and the other languages with whether they have words.
    edit_lang: &'static str,
    edit_links: Vec<(&'static str, &'static str, bool)>,
    langs: Vec<(&'static str, &'static str)>,
    notice: Option<String>,
    amendments: Vec<AmendmentView>,
    amend: FormState,
    parts: Vec<(&'static str, String)>,
    changes: Vec<(&'static str, String)>,
    vote_state: &'static str,
    vote_state_text: String,
    rule: Option<String>,
    session: Option<String>,
    may_run: bool,
    rule_form: FormState,
    sessions: Vec<(u32, String)>,
    may_vote: bool,
    own: Option<&'static str>,
    may_paper: bool,
    paper_form: FormState,
    online: u64,
    paper: u64,
    result: Option<ResultView>,
    choices: Vec<(&'static str, String)>,
    vote_error: Option<String>,
    handed_over_as: Option<u32>,
    minority: Vec<(String, String)>,
    minority_form: FormState,
    has_note: bool,
}

/// A form of the recommendation's page that failed, to show again with what was typed.
pub(crate) enum Failed {
    Save(FormState),
    Amend(FormState),
    Rule(FormState),
    Paper(FormState),
    Vote(&'static str),
    Minority(FormState),
}

/// The page again with a failed minority note.
pub(crate) async fn again_public(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    draft: u32,
    failed: Failed,
) -> Result<Response, PageError> {
    again(
        state,
        ctx,
        at,
        draft,
        failed,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

fn wording_form(lang: Lang, content: &Content, version: u32) -> FormState {
    let mut values = RawForm::new();
    values.insert("lang".into(), lang.code().into());
    values.insert("base".into(), version.to_string());
    if let Some(w) = content.get(&lang) {
        values.insert("title".into(), w.title.clone());
        values.insert("text".into(), w.text.clone());
        values.insert("rationale".into(), w.rationale.clone());
        values.insert("theme".into(), w.theme.clone());
    }
    FormState::filled(values)
}

fn amendment_view(
    page: &Page,
    a: &klero_store::StoredAmendment,
    may_decide: bool,
) -> AmendmentView {
    AmendmentView {
        number: a.number,
        state: a.state.as_str(),
        state_text: page.t(&format!("amendment-{}", a.state.as_str())),
        what: page.tn(
            &format!("amendment-what-{}", a.input.change.as_str()),
            &[
                ("part", page.t(&format!("part-{}", a.input.part.as_str()))),
                ("version", a.input.base.to_string()),
            ],
        ),
        lang: a.input.lang.code(),
        passage: a.input.passage.clone(),
        words: a.input.words.clone(),
        reason: a.input.reason.clone(),
        proposer: a.proposer.clone().unwrap_or_else(|| page.t("someone")),
        decided_by: a.decided_by.clone().unwrap_or_default(),
        note: a.note.clone(),
        result_version: a.result_version,
        open: may_decide && a.state == AmendmentState::Proposed,
    }
}

async fn draft_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    number: u32,
    failed: Option<Failed>,
    edit_in: Option<Lang>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let record: DraftRecord = state
        .store
        .draft(&at.panel.id, number)
        .await?
        .ok_or(PageError::NotFound)?;
    let settings = state.store.deliberation_settings(&at.panel.id).await?;
    let sessions = state.store.deliberation_sessions(&at.panel.id).await?;
    let summary = &record.summary;
    let vote = &summary.vote;
    let text_open = vote.state == VoteState::Draft;
    let (mut edit, mut amend, mut rule_failed, mut paper_failed, mut vote_error, mut notice) =
        (None, None, None, None, None, None);
    let mut minority_failed = None;
    match failed {
        Some(Failed::Save(form)) => {
            if form.errors.get("base") == Some("deliberation-stale") {
                notice = Some(page.t1("deliberation-stale-save", "version", summary.version));
            }
            edit = Some(form);
        }
        Some(Failed::Amend(form)) => {
            if form.errors.get("base") == Some("deliberation-stale") {
                notice = Some(page.t1("deliberation-stale-amend", "version", summary.version));
            }
            amend = Some(form);
        }
        Some(Failed::Rule(form)) => rule_failed = Some(form),
        Some(Failed::Paper(form)) => paper_failed = Some(form),
        Some(Failed::Vote(key)) => vote_error = Some(page.t(&format!("refused-{key}"))),
        Some(Failed::Minority(form)) => minority_failed = Some(form),
        None => {}
    }
    let first_lang = if let Some(lang) = edit_in {
        lang
    } else if summary.content.contains_key(&page.lang) {
        page.lang
    } else {
        settings
            .required
            .iter()
            .copied()
            .find(|l| !summary.content.contains_key(l))
            .unwrap_or(page.lang)
    };
    let mut wordings: Vec<WordingView> = summary
        .content
        .iter()
        .map(|(lang, w)| WordingView {
            code: lang.code(),
            endonym: lang.endonym(),
            title: w.title.clone(),
            text: w.text.clone(),
            rationale: w.rationale.clone(),
            theme: w.theme.clone(),
        })
        .collect();
    // The reader's language first.
    wordings.sort_by_key(|w| w.code != page.lang.code());
    let translations = translations(&record.metas(), &settings.required)
        .into_iter()
        .map(|(lang, t)| {
            let text = match &t {
                Translation::Missing => page.t("translation-missing"),
                Translation::Current { version, by } => page.tn(
                    "translation-current",
                    &[("version", version.to_string()), ("by", by.clone())],
                ),
                Translation::Behind { version, by, since } => page.tn(
                    "translation-behind",
                    &[
                        ("version", version.to_string()),
                        ("by", by.clone()),
                        ("since", since.to_string()),
                    ],
                ),
            };
            TranslationView {
                code: lang.code(),
                endonym: lang.endonym(),
                text,
                ready: t.ready(),
            }
        })
        .collect();
    let may_decide = at.may(Action::DecideAmendments) && text_open;
    let amendments = record
        .amendments
        .iter()
        .map(|a| amendment_view(&page, a, may_decide))
        .collect();
    let mut amend_defaults = RawForm::new();
    amend_defaults.insert("base".into(), summary.version.to_string());
    amend_defaults.insert("lang".into(), first_lang.code().into());
    amend_defaults.insert("part".into(), "text".into());
    amend_defaults.insert("change".into(), "replace".into());
    let rule_form = rule_failed.unwrap_or_else(|| {
        let mut values = vote.rule.as_ref().map(rule_fields).unwrap_or_default();
        if let Some(s) = vote.session {
            values.insert("session".into(), s.to_string());
        }
        FormState::filled(values)
    });
    let (online, paper) = match state
        .store
        .recommendation_ballots(&at.panel.id, number)
        .await
    {
        Ok(count) => (count.online, count.paper),
        Err(error) => return Err(error.into()),
    };
    let may_vote = at.may(Action::VoteOnRecommendations);
    let notes = state.store.minority_notes(&at.panel.id, number).await?;
    let me = ctx.session.as_ref().map(|s| s.account.id.clone());
    let minority_form = minority_failed.unwrap_or_else(|| {
        let mut values = RawForm::new();
        if let Some(mine) = notes.iter().find(|(id, _, _)| Some(id) == me.as_ref()) {
            values.insert("note".into(), mine.2.clone());
        }
        FormState::filled(values)
    });
    let has_note = notes.iter().any(|(id, _, _)| Some(id) == me.as_ref());
    let minority: Vec<(String, String)> = notes
        .into_iter()
        .map(|(_, by, text)| (by.unwrap_or_else(|| page.t("report-a-member")), text))
        .collect();
    let own = match (&ctx.session, may_vote) {
        (Some(session), true) => state
            .store
            .own_recommendation_ballot(&at.panel.id, number, &session.account.id)
            .await?
            .map(Choice::as_str),
        _ => None,
    };
    let result = match (vote.counts, vote.outcome) {
        (Some(counts), Some(outcome)) => Some(ResultView {
            for_votes: counts.for_votes,
            against: counts.against,
            abstain: counts.abstain,
            present: vote.present,
            outcome: outcome_text(&page, &outcome),
            passed: outcome.passed,
        }),
        _ => None,
    };
    Ok(render_page(&DraftPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        number,
        version: summary.version,
        title: title_of(&page, &summary.content),
        wordings,
        translations,
        may_draft: at.may(Action::Draft),
        text_open,
        edit: edit.unwrap_or_else(|| wording_form(first_lang, &summary.content, summary.version)),
        edit_lang: first_lang.endonym(),
        edit_links: Lang::ALL
            .into_iter()
            .filter(|l| *l != first_lang)
            .map(|l| (l.code(), l.endonym(), summary.content.contains_key(&l)))
            .collect(),
        langs: page.all_langs(),
        notice,
        amendments,
        amend: amend.unwrap_or_else(|| FormState::filled(amend_defaults)),
        parts: Part::ALL
            .into_iter()
            .map(|p| (p.as_str(), page.t(&format!("part-{}", p.as_str()))))
            .collect(),
        changes: Change::ALL
            .into_iter()
            .map(|c| (c.as_str(), page.t(&format!("change-{}", c.as_str()))))
            .collect(),
        vote_state: vote.state.as_str(),
        vote_state_text: vote_state_text(&page, summary),
        rule: vote.rule.as_ref().map(|r| rule_text(&page, r)),
        session: vote.session.and_then(|n| {
            sessions
                .iter()
                .find(|s| s.number == n)
                .map(|s| when(page.lang, &s.plan))
        }),
        may_run: at.may(Action::RunDeliberation),
        rule_form,
        sessions: sessions
            .iter()
            .map(|s| (s.number, when(page.lang, &s.plan)))
            .collect(),
        may_vote,
        own,
        may_paper: at.may(Action::RecordAttendance),
        paper_form: paper_failed.unwrap_or_default(),
        online,
        paper,
        result,
        choices: Choice::ALL
            .into_iter()
            .map(|c| (c.as_str(), page.t(&format!("choice-{}", c.as_str()))))
            .collect(),
        vote_error,
        handed_over_as: summary.handed_over_as,
        minority,
        minority_form,
        has_note,
        page,
    }))
}

/// The language to edit in, from the page's `?edit=` links.
#[derive(Deserialize)]
pub(crate) struct EditIn {
    edit: Option<String>,
}

pub(crate) async fn draft(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft)): ItemPath,
    Query(edit): Query<EditIn>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewDeliberation).await?;
    let edit_in = edit.edit.as_deref().and_then(Lang::parse);
    draft_with(&state, &ctx, &at, draft, None, edit_in).await
}

/// Where a change of an amendment or of the vote leads: back to the recommendation's page at
/// `to`, or the page again with the store's refusal in words.
async fn done_or_refused<T>(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    draft: u32,
    outcome: Result<T, StoreError>,
    to: String,
) -> Result<Response, PageError> {
    match outcome {
        Ok(_) => Ok(back_to(at, &to)),
        Err(StoreError::DeliberationRefused(refusal)) => {
            let failed = Failed::Vote(refusal.key());
            again(state, ctx, at, draft, failed, StatusCode::CONFLICT).await
        }
        Err(error) => Err(error.into()),
    }
}

/// The page again with a failed form, and the status that says why.
async fn again(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    draft: u32,
    failed: Failed,
    status: StatusCode,
) -> Result<Response, PageError> {
    let response = draft_with(state, ctx, at, draft, Some(failed), None).await?;
    Ok(with_status(response, status))
}

/// A form's problems, or a store refusal turned into the form's problem on `field`.
fn refusal_on(form: RawForm, field: &str, key: &'static str) -> FormState {
    FormState {
        values: form,
        errors: one_error(field, key),
    }
}

pub(crate) async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::Draft).await?;
    let input = match DraftInput::parse(&form) {
        Ok(input) => input,
        Err(errors) => {
            let failed = Failed::Save(FormState {
                values: form,
                errors,
            });
            return again(
                &state,
                &ctx,
                &at,
                draft,
                failed,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match state
        .store
        .save_draft(&at.panel, draft, &input, &actor(&ctx), state.now())
        .await
    {
        Ok(_) => Ok(back_to(&at, &format!("/drafts/{draft}#text"))),
        Err(StoreError::DeliberationRefused(DeliberationRefusal::Stale { .. })) => {
            let failed = Failed::Save(refusal_on(form, "base", "deliberation-stale"));
            again(&state, &ctx, &at, draft, failed, StatusCode::CONFLICT).await
        }
        Err(error) => Err(error.into()),
    }
}

pub(crate) async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::Draft).await?;
    let input = match AmendmentInput::parse(&form) {
        Ok(input) => input,
        Err(errors) => {
            let failed = Failed::Amend(FormState {
                values: form,
                errors,
            });
            return again(
                &state,
                &ctx,
                &at,
                draft,
                failed,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match state
        .store
        .propose_amendment(&at.panel, draft, &input, &actor(&ctx), state.now())
        .await
    {
        Ok(n) => Ok(back_to(&at, &format!("/drafts/{draft}#amendment-{n}"))),
        Err(StoreError::DeliberationRefused(DeliberationRefusal::Stale { .. })) => {
            let failed = Failed::Amend(refusal_on(form, "base", "deliberation-stale"));
            again(&state, &ctx, &at, draft, failed, StatusCode::CONFLICT).await
        }
        Err(StoreError::DeliberationRefused(DeliberationRefusal::DoesNotApply(problem))) => {
            let (field, key) = problem.field_message();
            let failed = Failed::Amend(refusal_on(form, field, key));
            again(
                &state,
                &ctx,
                &at,
                draft,
                failed,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}

pub(crate) async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft, amendment)): AmendmentPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::DecideAmendments).await?;
    let accept = match form.get("decision").map(|d| d.trim()) {
        Some("accept") => true,
        Some("reject") => false,
        _ => {
            return again(
                &state,
                &ctx,
                &at,
                draft,
                Failed::Vote("deliberation-decide-choose"),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let note = form.get("note").map(|n| n.trim()).unwrap_or_default();
    if !accept && note.is_empty() {
        return again(
            &state,
            &ctx,
            &at,
            draft,
            Failed::Vote("deliberation-reason-required"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let note: String = note.chars().take(2_000).collect();
    let outcome = state
        .store
        .decide_amendment(
            &at.panel,
            draft,
            amendment,
            accept,
            &note,
            &actor(&ctx),
            state.now(),
        )
        .await;
    done_or_refused(
        &state,
        &ctx,
        &at,
        draft,
        outcome,
        format!("/drafts/{draft}#amendment-{amendment}"),
    )
    .await
}

pub(crate) async fn declare_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    let session = match form.get("session").map(|s| s.trim()).unwrap_or_default() {
        "" => Ok(None),
        s => s.parse::<u32>().map(Some),
    };
    let rule = parse_rule(&form);
    let (rule, session) = match (rule, session) {
        (Ok(rule), Ok(session)) => (rule, session),
        (rule, session) => {
            let mut errors = rule.err().unwrap_or_default();
            if session.is_err() {
                errors.0.push(FieldError {
                    field: "session".into(),
                    message: "error-choose-one",
                });
            }
            let failed = Failed::Rule(FormState {
                values: form,
                errors,
            });
            return again(
                &state,
                &ctx,
                &at,
                draft,
                failed,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    if rule.needs_attendance() && session.is_none() {
        let failed = Failed::Rule(refusal_on(form, "session", "error-rule-session"));
        return again(
            &state,
            &ctx,
            &at,
            draft,
            failed,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let outcome = state
        .store
        .declare_rule(&at.panel, draft, &rule, session, &actor(&ctx), state.now())
        .await;
    done_or_refused(
        &state,
        &ctx,
        &at,
        draft,
        outcome,
        format!("/drafts/{draft}#vote"),
    )
    .await
}

pub(crate) async fn set_state(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    let to = match form.get("state").map(|s| s.trim()) {
        Some("open") => VoteState::Open,
        Some("closed") => VoteState::Closed,
        _ => {
            return again(
                &state,
                &ctx,
                &at,
                draft,
                Failed::Vote("deliberation-vote-state"),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let settings = state.store.deliberation_settings(&at.panel.id).await?;
    let outcome = state
        .store
        .set_recommendation_vote(
            &at.panel,
            draft,
            to,
            &settings.required,
            &actor(&ctx),
            state.now(),
        )
        .await;
    done_or_refused(
        &state,
        &ctx,
        &at,
        draft,
        outcome,
        format!("/drafts/{draft}#vote"),
    )
    .await
}

pub(crate) async fn ballot(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::VoteOnRecommendations).await?;
    let account = ctx
        .session
        .as_ref()
        .map(|s| s.account.id.clone())
        .ok_or(PageError::SignInRequired)?;
    let Some(choice) = form.get("choice").and_then(|c| Choice::parse(c)) else {
        return again(
            &state,
            &ctx,
            &at,
            draft,
            Failed::Vote("deliberation-choose"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let outcome = state
        .store
        .cast_recommendation_ballot(&at.panel, draft, &account, choice, state.now())
        .await;
    done_or_refused(
        &state,
        &ctx,
        &at,
        draft,
        outcome,
        format!("/drafts/{draft}?voted=1#vote"),
    )
    .await
}

pub(crate) async fn paper(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RecordAttendance).await?;
    let mut errors = FieldErrors::default();
    let serial = form
        .get("serial")
        .and_then(|s| s.trim().parse::<u32>().ok())
        .filter(|s| (1..=100_000).contains(s));
    if serial.is_none() {
        errors.0.push(FieldError {
            field: "serial".into(),
            message: "error-whole-number",
        });
    }
    let choice = form.get("paper_choice").and_then(|c| Choice::parse(c));
    if choice.is_none() {
        errors.0.push(FieldError {
            field: "paper_choice".into(),
            message: "error-choose-one",
        });
    }
    let (Some(serial), Some(choice)) = (serial, choice) else {
        let failed = Failed::Paper(FormState {
            values: form,
            errors,
        });
        return again(
            &state,
            &ctx,
            &at,
            draft,
            failed,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let outcome = state
        .store
        .enter_paper_recommendation_ballot(
            &at.panel,
            draft,
            serial,
            choice,
            &actor(&ctx),
            state.now(),
        )
        .await;
    done_or_refused(
        &state,
        &ctx,
        &at,
        draft,
        outcome,
        format!("/drafts/{draft}#vote"),
    )
    .await
}

/// One version as the history lists it.
pub(crate) struct VersionLine {
    pub version: u32,
    pub lang: &'static str,
    pub author: String,
    pub note: String,
    pub amendment: Option<u32>,
    pub at: String,
}

/// The difference of one part between two versions.
pub(crate) struct PartDiff {
    pub label: String,
    /// 0: in both, 1: added, 2: removed.
    pub pieces: Vec<(u8, String)>,
    pub changed: bool,
}

#[derive(Template)]
#[template(path = "deliberation_history.html")]
struct HistoryPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    number: u32,
    title: Shown,
    versions: Vec<VersionLine>,
    from: u32,
    to: u32,
    lang: &'static str,
    langs: Vec<(&'static str, &'static str)>,
    diffs: Vec<PartDiff>,
}

/// Which versions to compare, and in which language.
#[derive(Deserialize)]
pub(crate) struct Compare {
    from: Option<String>,
    to: Option<String>,
    lang: Option<String>,
}

pub(crate) async fn history(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft)): ItemPath,
    Query(compare): Query<Compare>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewDeliberation).await?;
    let page = Page::new(&ctx);
    let record = state
        .store
        .draft(&at.panel.id, draft)
        .await?
        .ok_or(PageError::NotFound)?;
    let latest = record.summary.version;
    let pick = |text: Option<&String>, default: u32| {
        text.and_then(|t| t.trim().parse::<u32>().ok())
            .filter(|v| (1..=latest).contains(v))
            .unwrap_or(default)
    };
    let to = pick(compare.to.as_ref(), latest);
    let from = pick(compare.from.as_ref(), to.saturating_sub(1).max(1));
    let lang = compare
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .filter(|l| record.versions.iter().any(|v| v.content.contains_key(l)))
        .or_else(|| {
            record
                .versions
                .iter()
                .find(|v| v.version == to)
                .map(|v| v.lang)
        })
        .unwrap_or(page.lang);
    let content_at = |v: u32| {
        record
            .versions
            .iter()
            .find(|x| x.version == v)
            .and_then(|x| x.content.get(&lang).cloned())
            .unwrap_or_default()
    };
    let (old, new) = (content_at(from), content_at(to));
    let mut parts: Vec<(String, String, String)> = Part::ALL
        .into_iter()
        .map(|p| {
            (
                page.t(&format!("part-{}", p.as_str())),
                old.part(p).to_owned(),
                new.part(p).to_owned(),
            )
        })
        .collect();
    parts.push((page.t("part-theme"), old.theme.clone(), new.theme.clone()));
    let diffs = parts
        .into_iter()
        .map(|(label, a, b)| {
            let pieces: Vec<(u8, String)> = diff(&a, &b)
                .into_iter()
                .map(|p| match p {
                    Piece::Same(s) => (0, s),
                    Piece::Added(s) => (1, s),
                    Piece::Removed(s) => (2, s),
                })
                .collect();
            PartDiff {
                label,
                changed: pieces.iter().any(|(k, _)| *k != 0),
                pieces,
            }
        })
        .collect();
    let versions = record
        .versions
        .iter()
        .rev()
        .map(|v| VersionLine {
            version: v.version,
            lang: v.lang.endonym(),
            author: v.author.clone().unwrap_or_else(|| page.t("someone")),
            note: v.note.clone(),
            amendment: v.amendment,
            at: crate::i18n::date_words(page.lang, klero_domain::followup::brussels_today(v.at)),
        })
        .collect();
    Ok(render_page(&HistoryPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        number: draft,
        title: title_of(&page, &record.summary.content),
        versions,
        from,
        to,
        lang: lang.code(),
        langs: page.all_langs(),
        diffs,
        page,
    }))
}
