//! The citizens' report: published by the organisers from the adopted recommendations, read
//! by everyone as a page in their language and as a PDF per language (set with
//! `klero-letters`' document code). Members say whether they may be named in it, and attach
//! minority notes to recommendations.

use super::{ItemPath, PanelPath, back_to, outcome_text, rule_text};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::i18n;
use crate::pages::{Page, Shown, render_page};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use klero_domain::access::Action;
use klero_domain::deliberation::report::{Report, minority_note};
use klero_domain::lang::{Lang, Localised};
use klero_letters::document::{Block, Document};

/// A recommendation as the report page shows it.
pub(crate) struct RecommendationView {
    pub number: u32,
    pub lang: &'static str,
    pub title: String,
    pub text: String,
    pub rationale: String,
    pub theme: String,
    pub result: String,
    pub rule: String,
    pub outcome: String,
    pub minority: Vec<(String, String)>,
    pub other_langs: Vec<(&'static str, &'static str, String)>,
}

/// A session as the report page shows it.
pub(crate) struct SessionLine {
    pub when: String,
    pub agenda: Shown,
    pub present: u32,
}

#[derive(Template)]
#[template(path = "deliberation_report.html")]
struct ReportPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    theme: Shown,
    span: String,
    size: u32,
    published: String,
    sessions: Vec<SessionLine>,
    experts: String,
    named: String,
    recommendations: Vec<RecommendationView>,
    not_adopted: Vec<Shown>,
    pdfs: Vec<(&'static str, &'static str)>,
    draw: String,
    evaluation: Vec<super::evaluation::QuestionResult>,
    questionnaires: u32,
    levels: Vec<(u8, String)>,
}

/// The result line of a recommendation: the counts, and the members present where counted.
fn result_line(
    page: &Page,
    r: &klero_domain::deliberation::report::ReportRecommendation,
) -> String {
    let mut line = format!(
        "{}, {}, {}",
        page.t1("vote-for", "count", r.counts.for_votes),
        page.t1("vote-against", "count", r.counts.against),
        page.t1("vote-abstain", "count", r.counts.abstain)
    );
    if let Some(present) = r.present {
        line.push_str(&format!(
            " · {}",
            page.t1("report-present", "count", present)
        ));
    }
    line
}

fn views(page: &Page, report: &Report) -> Vec<RecommendationView> {
    report
        .recommendations
        .iter()
        .map(|r| {
            let (lang, wording) = match r.wording(page.lang) {
                Some((lang, w)) => (lang, w.clone()),
                None => (page.lang, Default::default()),
            };
            RecommendationView {
                number: r.number,
                lang: lang.code(),
                title: wording.title.clone(),
                text: wording.text.clone(),
                rationale: wording.rationale.clone(),
                theme: wording.theme.clone(),
                result: result_line(page, r),
                rule: rule_text(page, &r.rule),
                outcome: outcome_text(page, &r.outcome),
                minority: r
                    .minority
                    .iter()
                    .map(|m| {
                        (
                            m.by.clone().unwrap_or_else(|| page.t("report-a-member")),
                            m.text.clone(),
                        )
                    })
                    .collect(),
                other_langs: r
                    .content
                    .iter()
                    .filter(|(l, _)| **l != lang)
                    .map(|(l, w)| (l.code(), l.endonym(), w.title.clone()))
                    .collect(),
            }
        })
        .collect()
}

/// Names joined as the reader lists them, or "none".
fn names(page: &Page, names: &[String]) -> String {
    if names.is_empty() {
        page.t("report-none")
    } else {
        names.join(", ")
    }
}

pub(crate) async fn report_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let report = state
        .store
        .report(&at.panel.id)
        .await?
        .ok_or(PageError::NotFound)?;
    let page = Page::new(&ctx);
    Ok(render_page(&ReportPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        theme: page.pick(&report.theme),
        span: i18n::span_words(page.lang, report.starts_on, report.ends_on),
        size: report.size,
        published: i18n::date_words(
            page.lang,
            klero_domain::followup::brussels_today(report.published_at),
        ),
        sessions: report
            .sessions
            .iter()
            .map(|s| SessionLine {
                when: format!(
                    "{}, {}–{}",
                    i18n::date_words(page.lang, s.date),
                    s.starts,
                    s.ends
                ),
                agenda: page.pick(&s.agenda),
                present: s.present,
            })
            .collect(),
        experts: names(&page, &report.experts),
        named: names(&page, &report.named),
        recommendations: views(&page, &report),
        not_adopted: report.not_adopted.iter().map(|t| page.pick(t)).collect(),
        pdfs: report
            .languages()
            .into_iter()
            .map(|l| (l.code(), l.endonym()))
            .collect(),
        draw: format!("{}/draw", at.base()),
        evaluation: report
            .evaluation
            .iter()
            .filter(|(_, t)| t.answers() > 0)
            .map(|(q, t)| super::evaluation::question_result(&page, *q, t))
            .collect(),
        questionnaires: report.questionnaires,
        levels: (1..=klero_domain::deliberation::evaluation::LEVELS)
            .map(|l| (l, page.t(&format!("eval-level-{l}"))))
            .collect(),
        page,
    }))
}

/// The report as a document in `lang`: headings in that language, each recommendation in it
/// (or, where it has none, in its first language).
pub(crate) fn document(report: &Report, lang: Lang) -> Document {
    let page = Page::in_lang(lang);
    let pick = |text: &Localised| {
        text.best(lang)
            .map(|(_, t)| t.to_owned())
            .unwrap_or_default()
    };
    let mut blocks = vec![
        Block::Heading(
            1,
            format!("{} – {}", pick(&report.assembly), page.t("report-title")),
        ),
        Block::Text(format!(
            "{}{} {}\n{}",
            page.t("report-theme"),
            i18n::colon(lang),
            pick(&report.theme),
            i18n::span_words(lang, report.starts_on, report.ends_on)
        )),
        Block::Heading(2, page.t("report-process")),
        Block::Text(page.t1("report-drawn", "size", report.size)),
    ];
    for s in &report.sessions {
        blocks.push(Block::Small(format!(
            "{}, {}–{} · {} · {}",
            i18n::date_words(lang, s.date),
            s.starts,
            s.ends,
            pick(&s.agenda),
            page.t1("report-present", "count", s.present)
        )));
    }
    blocks.push(Block::Text(format!(
        "{}{} {}",
        page.t("report-experts"),
        i18n::colon(lang),
        names(&page, &report.experts)
    )));
    blocks.push(Block::Text(format!(
        "{}{} {}",
        page.t("report-named"),
        i18n::colon(lang),
        names(&page, &report.named)
    )));
    blocks.push(Block::Heading(2, page.t("report-recommendations")));
    for r in &report.recommendations {
        let Some((_, w)) = r.wording(lang) else {
            continue;
        };
        blocks.push(Block::Heading(3, format!("{}. {}", r.number, w.title)));
        if !w.theme.is_empty() {
            blocks.push(Block::Small(format!(
                "{}{} {}",
                page.t("part-theme"),
                i18n::colon(lang),
                w.theme
            )));
        }
        blocks.push(Block::Text(w.text.clone()));
        if !w.rationale.is_empty() {
            blocks.push(Block::Small(format!(
                "{}{} {}",
                page.t("part-rationale"),
                i18n::colon(lang),
                w.rationale
            )));
        }
        blocks.push(Block::Small(format!(
            "{} · {} · {}",
            result_line(&page, r),
            rule_text(&page, &r.rule),
            outcome_text(&page, &r.outcome)
        )));
        for m in &r.minority {
            blocks.push(Block::Small(format!(
                "{} ({}){} {}",
                page.t("report-minority"),
                m.by.clone().unwrap_or_else(|| page.t("report-a-member")),
                i18n::colon(lang),
                m.text
            )));
        }
    }
    let evaluated: Vec<_> = report
        .evaluation
        .iter()
        .filter(|(_, t)| t.answers() > 0)
        .collect();
    if !evaluated.is_empty() {
        blocks.push(Block::Heading(2, page.t("report-evaluation")));
        blocks.push(Block::Text(page.t1(
            "report-evaluation-intro",
            "count",
            report.questionnaires,
        )));
        for (question, tally) in evaluated {
            let view = super::evaluation::question_result(&page, *question, tally);
            blocks.push(Block::Small(format!(
                "{}{} {} {} · {} {} ({})",
                view.text,
                i18n::colon(lang),
                page.t("eval-agree"),
                view.agree,
                page.t("eval-mean"),
                view.mean,
                page.t1("eval-responses", "count", view.answers)
            )));
        }
    }
    if !report.not_adopted.is_empty() {
        blocks.push(Block::Heading(2, page.t("report-not-adopted")));
        for t in &report.not_adopted {
            blocks.push(Block::Small(pick(t)));
        }
    }
    Document {
        title: format!("{} – {}", pick(&report.assembly), page.t("report-title")),
        lang: lang.code().to_owned(),
        page_word: page.t("report-page"),
        blocks,
    }
}

pub(crate) async fn report_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, file)): PathParam<(String, u32, String)>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let lang = file
        .strip_suffix(".pdf")
        .and_then(Lang::parse)
        .ok_or(PageError::NotFound)?;
    let report = state
        .store
        .report(&at.panel.id)
        .await?
        .ok_or(PageError::NotFound)?;
    if !report.languages().contains(&lang) {
        return Err(PageError::NotFound);
    }
    let doc = document(&report, lang);
    let bytes = tokio::task::spawn_blocking(move || klero_letters::document::render(&doc))
        .await
        .map_err(|_| PageError::Internal("pdf"))?
        .map_err(|_| PageError::Internal("pdf"))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{slug}-panel-{number}-report-{}.pdf\"",
                    lang.code()
                ),
            ),
            (header::CACHE_CONTROL, "no-cache".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

pub(crate) async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    // The button sends what it does: a form without it was not the publish button's.
    if form.get("publish").map(String::as_str) != Some("report") {
        return Err(PageError::BadRequest);
    }
    state
        .store
        .publish_report(&at.panel, &at.here.assembly, &actor(&ctx), state.now())
        .await?;
    use axum::response::Redirect;
    Ok(Redirect::to(&format!("{}/report", at.base())).into_response())
}

/// Whether the member may be named in the report: field `named`, `yes` or `no`.
pub(crate) async fn named(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::VoteOnRecommendations).await?;
    let account = member_id(&ctx)?;
    let named = match form.get("named").map(|v| v.trim()) {
        Some("yes") => true,
        Some("no") => false,
        _ => return Err(PageError::BadRequest),
    };
    state
        .store
        .set_named(&at.panel, &account, named, &actor(&ctx), state.now())
        .await?;
    Ok(back_to(&at, "/drafts#named"))
}

fn member_id(ctx: &Ctx) -> Result<String, PageError> {
    ctx.session
        .as_ref()
        .map(|s| s.account.id.clone())
        .ok_or(PageError::SignInRequired)
}

/// Saves the member's minority note (field `note`), or withdraws it (`withdraw`).
pub(crate) async fn minority(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draft)): ItemPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::VoteOnRecommendations).await?;
    let account = member_id(&ctx)?;
    let text = if form.contains_key("withdraw") {
        None
    } else {
        match minority_note(form.get("note").map(String::as_str).unwrap_or_default()) {
            Ok(text) => Some(text),
            Err(key) => {
                let failed = super::drafts::Failed::Minority(crate::pages::FormState {
                    values: form,
                    errors: klero_domain::input::FieldErrors(vec![
                        klero_domain::input::FieldError {
                            field: "note".into(),
                            message: key,
                        },
                    ]),
                });
                return super::drafts::again_public(&state, &ctx, &at, draft, failed).await;
            }
        }
    };
    state
        .store
        .save_minority_note(
            &at.panel,
            draft,
            &account,
            text.as_deref(),
            &actor(&ctx),
            state.now(),
        )
        .await?;
    Ok(back_to(&at, &format!("/drafts/{draft}#minority")))
}

/// Whether the panel's report is published, for the organisers' list.
pub(crate) async fn published(state: &AppState, at: &InPanel) -> Result<bool, PageError> {
    Ok(state.store.report(&at.panel.id).await?.is_some())
}
