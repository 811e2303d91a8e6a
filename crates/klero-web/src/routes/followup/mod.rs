//! Follow-up of a panel's recommendations: the public tracker and its open data ([`tracker`]),
//! and what organisers, the government and the commission do ([`work`]).

pub(crate) mod page_cache;
pub(crate) mod tracker;
pub(crate) mod work;

use super::{InAssembly, load_for};
use crate::AppState;
use crate::context::Ctx;
use crate::errors::PageError;
use crate::pages::{Page, Shown};
use klero_domain::access::{Action, permits};
use klero_domain::assembly::{Date, Panel};
use klero_domain::followup::tracker::{Round, Tracker};
use klero_domain::followup::{DueState, brussels_today};

/// An assembly, one of its panels, and the viewer.
pub(crate) struct InPanel {
    pub here: InAssembly,
    pub panel: Panel,
}

impl InPanel {
    pub(crate) fn slug(&self) -> &str {
        self.here.assembly.slug.as_str()
    }

    pub(crate) fn base(&self) -> String {
        format!("/a/{}/p/{}", self.slug(), self.panel.number)
    }

    /// The breadcrumbs back to the assembly and the panel's public page.
    pub(crate) fn crumbs(&self, page: &Page) -> crate::pages::Crumbs {
        crate::pages::Crumbs {
            assembly: page.pick(&self.here.assembly.title),
            assembly_href: format!("/a/{}", self.slug()),
            panel: page.t1("panel-heading", "number", self.panel.number),
            theme: page.pick(&self.panel.theme),
            panel_href: self.base(),
        }
    }

    pub(crate) fn may(&self, action: Action) -> bool {
        permits(&self.here.viewer, action)
    }

    /// Whether the viewer sees draft answers: the government and the organisers.
    pub(crate) fn sees_drafts(&self) -> bool {
        self.may(Action::AnswerRecommendations) || self.may(Action::ManageRecommendations)
    }
}

/// Loads an assembly's panel `number`, refusing unless the viewer may do `action`.
pub(crate) async fn load_panel(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    number: u32,
    action: Action,
) -> Result<InPanel, PageError> {
    let here = load_for(state, ctx, slug, action).await?;
    let panel = state
        .store
        .panel_by_number(&here.assembly.id, number)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok(InPanel { here, panel })
}

/// A date in Brussels from seconds since the epoch.
pub(crate) fn day(at: i64) -> String {
    brussels_today(at).to_string()
}

/// A round's name for the reader.
pub(crate) fn round_name(page: &Page, round: &Round) -> Shown {
    if !round.label.is_empty() {
        return page.pick(&round.label);
    }
    let text = match round.months {
        Some(months) => page.t1("round-months", "months", months),
        None => page.t1("round-due-label", "date", round.due_on),
    };
    Shown {
        lang: page.lang.code(),
        text,
    }
}

/// A round as the tracker shows it.
pub(crate) struct RoundView {
    pub number: u32,
    pub name: Shown,
    pub due_on: String,
    pub state: String,
    pub overdue: bool,
    pub published: bool,
    /// In a published round: the recommendations still owed an answer in it (they can be
    /// answered late, each answer published on its own).
    pub owed: usize,
    /// Those are overdue (the due date has passed).
    pub owed_overdue: bool,
    pub changes: Vec<ChangeView>,
}

/// One change of a round's due date.
pub(crate) struct ChangeView {
    pub on: String,
    pub text: String,
    pub reason: String,
}

pub(crate) fn due_text(page: &Page, state: DueState) -> String {
    match state {
        DueState::Overdue { days } => page.t1("overdue-days", "days", days),
        DueState::Open { days_left } => page.t1("due-in-days", "days", days_left),
    }
}

pub(crate) fn round_views(page: &Page, tracker: &Tracker, now: i64) -> Vec<RoundView> {
    tracker
        .rounds_by_date()
        .into_iter()
        .map(|r| {
            let state = tracker.round_state(r, now);
            RoundView {
                number: r.number,
                name: round_name(page, r),
                due_on: r.due_on.to_string(),
                state: match (r.published_at, state) {
                    (Some(at), _) => page.t1("round-published-on", "date", day(at)),
                    (None, Some(s)) => due_text(page, s),
                    (None, None) => String::new(),
                },
                overdue: state.is_some_and(DueState::is_overdue),
                published: r.published_at.is_some(),
                owed: if r.published_at.is_some() {
                    tracker.awaiting_answer(r).len()
                } else {
                    0
                },
                owed_overdue: klero_domain::followup::due_state(r.due_on, now).is_overdue(),
                changes: r
                    .changes
                    .iter()
                    .map(|c| ChangeView {
                        on: day(c.at),
                        text: match c.from {
                            None => page.t1("round-created-due", "date", c.to),
                            Some(from) => page.t2(
                                "round-moved",
                                "from",
                                &from.to_string(),
                                "to",
                                &c.to.to_string(),
                            ),
                        },
                        reason: c.reason.clone(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Today's date in Brussels plus `days`, for prefilled due dates.
pub(crate) fn in_days(now: i64, days: i32) -> Date {
    klero_domain::followup::add_days(brussels_today(now), days)
}
