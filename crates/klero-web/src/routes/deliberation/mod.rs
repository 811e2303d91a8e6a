//! A panel's deliberation: the sessions, their attendance and the allowances ([`sessions`]),
//! and the recommendations it drafts, amends and votes on, up to their handover to the
//! government ([`drafts`]). Every handler asks for its own action; the store checks what
//! depends on the stored state (a stale version, an open vote) in the writing transaction.

pub(crate) mod drafts;
pub(crate) mod evaluation;
pub(crate) mod library;
pub(crate) mod questions;
pub(crate) mod report;
pub(crate) mod sessions;

use crate::i18n;
use crate::pages::Page;
use crate::routes::PathParam;
use crate::routes::followup::InPanel;
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::deliberation::session::SessionInput;
use klero_domain::deliberation::vote::{Base, Outcome, Rule, percent_text};
use klero_domain::lang::Lang;

/// `/a/{slug}/p/{n}/deliberation/...`
pub(crate) type PanelPath = PathParam<(String, u32)>;
/// `/a/{slug}/p/{n}/deliberation/.../{item}`
pub(crate) type ItemPath = PathParam<(String, u32, u32)>;
/// `/a/{slug}/p/{n}/deliberation/drafts/{d}/amendments/{a}`
pub(crate) type AmendmentPath = PathParam<(String, u32, u32, u32)>;

/// A redirect to `rest` under the panel's deliberation pages.
pub(crate) fn back_to(at: &InPanel, rest: &str) -> Response {
    Redirect::to(&format!("{}/deliberation{rest}", at.base())).into_response()
}

/// A session's day and times as the reader writes them: `samedi 3 octobre 2026, 09:30–16:00`.
pub(crate) fn when(lang: Lang, plan: &SessionInput) -> String {
    format!(
        "{}, {}–{}",
        i18n::date_words(lang, plan.date),
        plan.starts,
        plan.ends
    )
}

/// A rule in words, in the reader's language.
pub(crate) fn rule_text(page: &Page, rule: &Rule) -> String {
    let abstentions = |count: bool| {
        page.t(if count {
            "rule-abstentions-count"
        } else {
            "rule-abstentions-ignored"
        })
    };
    match *rule {
        Rule::Majority { abstentions_count } => format!(
            "{} ({})",
            page.t("rule-majority"),
            abstentions(abstentions_count)
        ),
        Rule::Qualified {
            permille,
            base: Base::Cast,
            abstentions_count,
        } => format!(
            "{} ({})",
            page.t1("rule-qualified-cast", "share", percent_text(permille)),
            abstentions(abstentions_count)
        ),
        Rule::Qualified {
            permille,
            base: Base::Present,
            ..
        } => page.t1("rule-qualified-present", "share", percent_text(permille)),
        Rule::Consent { objections_allowed } => {
            page.t1("rule-consent", "objections", objections_allowed)
        }
    }
}

/// An outcome in words: the share of the base and whether it passed.
pub(crate) fn outcome_text(page: &Page, outcome: &Outcome) -> String {
    let share = outcome
        .share_bp
        .map(|bp| i18n::format_percent(page.lang, f64::from(bp) / 100.0, 1))
        .unwrap_or_else(|| "–".to_owned());
    page.tn(
        if outcome.passed {
            "outcome-passed"
        } else {
            "outcome-failed"
        },
        &[("share", share), ("base", outcome.base.to_string())],
    )
}
