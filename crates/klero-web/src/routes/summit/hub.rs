//! What organisers do on the summit day: import the participant list, put votes, open and
//! close them, enter paper ballots, and erase a participant's name after the day.

use super::{BallotForm, PanelPath, PersonPath, VotePath, VoteView, back_to};
use crate::AppState;
use crate::context::{CsrfForm, Ctx, read_upload};
use crate::errors::PageError;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use crate::uploads;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::access::Action;
use klero_domain::input::RawForm;
use klero_domain::summit::staffing::{GroupQuota, GroupQuotas};
use klero_domain::summit::voting::{Ballot, Group, VoteSpec, VoteState};
use klero_store::{Attendance, SummitTurnout};

/// A row of the participant figures: a group, and how many are expected, present and absent,
/// against the group's quota.
pub(crate) struct GroupFigures {
    pub group: String,
    pub total: usize,
    pub present: usize,
    pub absent: usize,
    /// The quota in words (blank: none).
    pub quota: String,
    /// Fewer present than the quota's minimum.
    pub short: bool,
}

/// A group's line in the quota form.
pub(crate) struct QuotaLine {
    pub name: String,
    pub label: String,
}

/// A vote in the organisers' list.
pub(crate) struct VoteLine {
    pub view: VoteView,
    /// The state it can go to next (`open`, `closed`), if any.
    pub next: Option<&'static str>,
    pub next_text: String,
}

#[derive(Template)]
#[template(path = "summit_hub.html")]
struct HubPage {
    page: Page,
    base: String,
    vote_base: String,
    slug: String,
    crumbs: crate::pages::Crumbs,
    theme: Shown,
    groups: Vec<GroupFigures>,
    total: GroupFigures,
    has_quotas: bool,
    quota_lines: Vec<QuotaLine>,
    quota_form: FormState,
    quota_refusal: Option<String>,
    import_problems: Vec<String>,
    imported: Option<usize>,
    votes: Vec<VoteLine>,
    new_vote: FormState,
    kinds: Vec<(&'static str, String)>,
    eligibilities: Vec<(&'static str, String)>,
}

/// The hub's forms, as last submitted.
#[derive(Default)]
struct HubForms {
    quota_form: Option<FormState>,
    quota_refusal: Option<String>,
    import_problems: Vec<String>,
    imported: Option<usize>,
    new_vote: Option<FormState>,
}

fn figures(label: String, people: &[&klero_store::Participant]) -> GroupFigures {
    GroupFigures {
        group: label,
        total: people.len(),
        present: people
            .iter()
            .filter(|p| matches!(p.attendance, Attendance::Present { .. }))
            .count(),
        absent: people
            .iter()
            .filter(|p| p.attendance == Attendance::Absent)
            .count(),
        quota: String::new(),
        short: false,
    }
}

/// A quota in words: `20–25`, `≥ 20`, `≤ 25`.
fn quota_text(quota: &GroupQuota) -> String {
    match (quota.min, quota.max) {
        (0, Some(max)) => format!("≤ {max}"),
        (min, Some(max)) => format!("{min}–{max}"),
        (min, None) => format!("≥ {min}"),
    }
}

/// The message for a refusal because a group would go above its maximum.
pub(crate) fn over_quota_text(page: &Page, group: &str, count: usize, max: u32) -> String {
    let label = Group::parse(group).map_or_else(|| group.to_owned(), |g| group_text(page, g));
    page.tn(
        "summit-over-quota",
        &[
            ("group", label),
            ("count", count.to_string()),
            ("max", max.to_string()),
        ],
    )
}

pub(crate) fn group_text(page: &Page, group: Group) -> String {
    page.t(&format!("group-{}", group.as_str().replace('_', "-")))
}

async fn hub_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    forms: HubForms,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let people = state.store.participants(&at.panel.id).await?;
    let quotas = state.store.group_quotas(&at.panel.id).await?;
    let groups = Group::ALL
        .into_iter()
        .filter_map(|group| {
            let of: Vec<_> = people.iter().filter(|p| p.group == group).collect();
            let quota = quotas.get(group);
            (!of.is_empty() || quota.is_some()).then(|| {
                let mut line = figures(group_text(&page, group), &of);
                if let Some(quota) = quota {
                    line.quota = quota_text(quota);
                    line.short = line.present < quota.min as usize;
                }
                line
            })
        })
        .collect();
    let mut quota_values = RawForm::new();
    for quota in quotas.iter() {
        let name = quota.group.as_str().replace('_', "-");
        if quota.min > 0 {
            quota_values.insert(format!("min-{name}"), quota.min.to_string());
        }
        if let Some(max) = quota.max {
            quota_values.insert(format!("max-{name}"), max.to_string());
        }
    }
    let all: Vec<_> = people.iter().collect();
    let total = figures(page.t("summit-all-groups"), &all);
    let mut votes = Vec::new();
    for vote in state.store.votes(&at.panel.id).await? {
        let turnout = state.store.turnout(&at.panel.id, vote.number).await?;
        let next = match vote.state {
            VoteState::Draft => Some("open"),
            VoteState::Open => Some("closed"),
            VoteState::Closed => None,
        };
        votes.push(VoteLine {
            next_text: next
                .map(|n| page.t(&format!("vote-make-{n}")))
                .unwrap_or_default(),
            next,
            view: VoteView::new(&page, &vote, &turnout),
        });
    }
    let mut defaults = RawForm::new();
    defaults.insert("kind".into(), "choose_one".into());
    defaults.insert("eligibility".into(), "drawn_only".into());
    defaults.insert("k".into(), "3".into());
    defaults.insert("budget".into(), "10".into());
    Ok(render_page(&HubPage {
        base: format!("{}/summit", at.base()),
        vote_base: at.base(),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
        theme: page.pick(&at.panel.theme),
        groups,
        total,
        has_quotas: quotas.iter().next().is_some(),
        quota_lines: Group::ALL
            .into_iter()
            .map(|g| QuotaLine {
                name: g.as_str().replace('_', "-"),
                label: group_text(&page, g),
            })
            .collect(),
        quota_form: forms
            .quota_form
            .unwrap_or_else(|| FormState::filled(quota_values)),
        quota_refusal: forms.quota_refusal,
        import_problems: forms.import_problems,
        imported: forms.imported,
        votes,
        new_vote: forms
            .new_vote
            .unwrap_or_else(|| FormState::filled(defaults)),
        kinds: ["choose_one", "choose_up_to", "rank", "points", "agreement"]
            .into_iter()
            .map(|k| (k, page.t(&format!("vote-kind-{}", k.replace('_', "-")))))
            .collect(),
        eligibilities: ["drawn_only", "everyone"]
            .into_iter()
            .map(|e| {
                (
                    e,
                    page.t(&format!("vote-eligibility-{}", e.replace('_', "-"))),
                )
            })
            .collect(),
        page,
    }))
}

pub(crate) async fn hub(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    hub_with(&state, &ctx, &at, HubForms::default()).await
}

/// The largest participant list an organiser may upload.
pub(crate) const MAX_UPLOAD: usize = 8 * 1024 * 1024;

pub(crate) async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let file = read_upload(&ctx, multipart, "participants.csv").await?;
    let page = Page::new(&ctx);
    let problems = match file {
        Some((name, bytes)) if !bytes.is_empty() => {
            let named = name.clone();
            let read = uploads::parse(&state, move || {
                klero_pool::participants::read_participants(&named, &bytes)
            })
            .await?;
            match read {
                Ok(people) => {
                    match state
                        .store
                        .import_participants(&at.panel, &people, &actor(&ctx), state.now())
                        .await
                    {
                        Ok(count) => {
                            let forms = HubForms {
                                imported: Some(count),
                                ..HubForms::default()
                            };
                            return hub_with(&state, &ctx, &at, forms).await;
                        }
                        Err(klero_store::StoreError::SummitRefused(
                            klero_store::SummitRefusal::DuplicateKey(key),
                        )) => vec![format!(
                            "{name}: {}",
                            page.t1("summit-import-key-taken", "key", key)
                        )],
                        Err(klero_store::StoreError::SummitRefused(
                            klero_store::SummitRefusal::OverQuota { group, count, max },
                        )) => vec![format!(
                            "{name}: {}",
                            over_quota_text(&page, group, count, max)
                        )],
                        Err(other) => return Err(other.into()),
                    }
                }
                Err(problems) => problems.iter().map(ToString::to_string).collect(),
            }
        }
        _ => vec![page.t("import-no-file")],
    };
    let forms = HubForms {
        import_problems: problems,
        ..HubForms::default()
    };
    let response = hub_with(&state, &ctx, &at, forms).await?;
    Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
}

/// Sets the stakeholder groups' quotas (organisers).
pub(crate) async fn set_quotas(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(raw): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    // The form always sends its marker; a post without it did not come from the page.
    if !raw.contains_key("quotas") {
        return Err(PageError::BadRequest);
    }
    let page = Page::new(&ctx);
    let refusal = match GroupQuotas::parse(&raw) {
        Ok(quotas) => match state
            .store
            .set_group_quotas(&at.panel, &quotas, &actor(&ctx), state.now())
            .await
        {
            Ok(()) => {
                return Ok(
                    Redirect::to(&format!("{}/summit#quotas-heading", at.base())).into_response(),
                );
            }
            Err(klero_store::StoreError::SummitRefused(
                klero_store::SummitRefusal::OverQuota { group, count, max },
            )) => HubForms {
                quota_refusal: Some(over_quota_text(&page, group, count, max)),
                quota_form: Some(FormState::filled(raw)),
                ..HubForms::default()
            },
            Err(other) => return Err(other.into()),
        },
        Err(errors) => HubForms {
            quota_form: Some(FormState {
                values: raw,
                errors,
            }),
            ..HubForms::default()
        },
    };
    let response = hub_with(&state, &ctx, &at, refusal).await?;
    Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
}

pub(crate) async fn create_vote(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    match VoteSpec::parse(&form) {
        Ok(spec) => {
            let vote = state
                .store
                .create_vote(&at.panel, &spec, &actor(&ctx), state.now())
                .await?;
            Ok(back_to(&at, &format!("/votes/{vote}")))
        }
        Err(errors) => {
            let forms = HubForms {
                new_vote: Some(FormState {
                    values: form,
                    errors,
                }),
                ..HubForms::default()
            };
            let response = hub_with(&state, &ctx, &at, forms).await?;
            Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

pub(crate) async fn set_state(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, vote)): VotePath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let next = form
        .get("state")
        .and_then(|s| VoteState::parse(s.trim()))
        .ok_or(PageError::BadRequest)?;
    // Closing is for good: it goes through the page that says who has not voted yet.
    if next == VoteState::Closed && form.get("confirm").map(|c| c.trim()) != Some("yes") {
        return Ok(back_to(&at, &format!("/votes/{vote}/close")));
    }
    state
        .store
        .set_vote_state(&at.panel, vote, next, &actor(&ctx), state.now())
        .await?;
    Ok(back_to(&at, &format!("/votes/{vote}")))
}

#[derive(Template)]
#[template(path = "summit_vote.html")]
struct VotePage {
    page: Page,
    base: String,
    slug: String,
    crumbs: crate::pages::Crumbs,
    view: VoteView,
    next: Option<&'static str>,
    next_text: String,
    paper: Option<BallotForm>,
    serial: String,
    serial_error: bool,
    paper_saved: Option<String>,
    turnout: SummitTurnout,
    public_base: String,
}

async fn vote_page_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    number: u32,
    paper_values: &[(String, String)],
    paper_errors: Vec<&'static str>,
    paper_saved: Option<String>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let vote = state
        .store
        .vote(&at.panel.id, number)
        .await?
        .ok_or(PageError::NotFound)?;
    let turnout = state.store.turnout(&at.panel.id, number).await?;
    let next = match vote.state {
        VoteState::Draft => Some("open"),
        VoteState::Open => Some("closed"),
        VoteState::Closed => None,
    };
    let serial_error = paper_errors.contains(&"error-paper-serial");
    let paper = (vote.state == VoteState::Open)
        .then(|| BallotForm::new(&page, &vote, "", paper_values, paper_errors));
    Ok(render_page(&VotePage {
        base: format!("{}/summit", at.base()),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
        view: VoteView::new(&page, &vote, &turnout),
        next_text: next
            .map(|n| page.t(&format!("vote-make-{n}")))
            .unwrap_or_default(),
        next,
        paper,
        serial: paper_values
            .iter()
            .find(|(k, _)| k == "serial")
            .map(|(_, v)| v.clone())
            .unwrap_or_default(),
        serial_error,
        paper_saved,
        turnout,
        public_base: at.base(),
        page,
    }))
}

pub(crate) async fn vote_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, vote)): VotePath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    vote_page_with(&state, &ctx, &at, vote, &[], Vec::new(), None).await
}

/// The largest paper ballot number.
const MAX_SERIAL: u32 = 1_000_000;

pub(crate) async fn paper_ballot(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, vote_number)): VotePath,
    crate::context::CsrfPairs(pairs): crate::context::CsrfPairs,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let vote = state
        .store
        .vote(&at.panel.id, vote_number)
        .await?
        .ok_or(PageError::NotFound)?;
    let serial = pairs
        .iter()
        .find(|(k, _)| k == "serial")
        .and_then(|(_, v)| v.trim().parse::<u32>().ok())
        .filter(|s| (1..=MAX_SERIAL).contains(s));
    let parsed = Ballot::parse(&vote.spec, &pairs);
    match (serial, parsed) {
        (Some(serial), Ok(ballot)) => {
            state
                .store
                .enter_paper_ballot(
                    &at.panel,
                    vote_number,
                    serial,
                    &ballot,
                    &actor(&ctx),
                    state.now(),
                )
                .await?;
            let saved = Page::new(&ctx).t1("paper-saved", "serial", serial);
            vote_page_with(&state, &ctx, &at, vote_number, &[], Vec::new(), Some(saved)).await
        }
        (serial, parsed) => {
            let mut errors: Vec<&'static str> = match parsed {
                Err(errors) => errors.0.iter().map(|e| e.message).collect(),
                Ok(_) => Vec::new(),
            };
            if serial.is_none() {
                errors.insert(0, "error-paper-serial");
            }
            let response =
                vote_page_with(&state, &ctx, &at, vote_number, &pairs, errors, None).await?;
            Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

pub(crate) async fn erase(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, id)): PersonPath,
    CsrfForm(_): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    state
        .store
        .erase_person(&at.panel, &id, &actor(&ctx), state.now())
        .await?;
    Ok(Redirect::to(&format!("{}/summit/checkin", at.base())).into_response())
}

#[derive(Template)]
#[template(path = "summit_vote_close.html")]
struct ClosePage {
    page: Page,
    base: String,
    slug: String,
    crumbs: crate::pages::Crumbs,
    number: u32,
    question: String,
    /// "14 of the 120 people who may vote have not voted yet."
    not_voted: String,
    /// "106 ballots so far: 100 on a phone, 6 on paper."
    cast: String,
}

/// The confirmation before closing an open vote: how many of those who may vote have not voted
/// yet, and what closing does. Any other state goes back to the vote's page.
pub(crate) async fn close_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, vote)): VotePath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let page = Page::new(&ctx);
    let stored = state
        .store
        .vote(&at.panel.id, vote)
        .await?
        .ok_or(PageError::NotFound)?;
    if stored.state != VoteState::Open {
        return Ok(back_to(&at, &format!("/votes/{vote}")));
    }
    let turnout = state.store.turnout(&at.panel.id, vote).await?;
    let cast = turnout.phone + turnout.paper;
    let lang = page.lang;
    let n = |v: u64| crate::i18n::integer(lang, v);
    let not_voted = page.tn(
        "vote-close-not-voted",
        &[
            ("missing", turnout.eligible.saturating_sub(cast).to_string()),
            ("missing_text", n(turnout.eligible.saturating_sub(cast))),
            ("eligible", n(turnout.eligible)),
        ],
    );
    let cast_text = page.tn(
        "vote-close-cast",
        &[
            ("cast", cast.to_string()),
            ("cast_text", n(cast)),
            ("phone", n(turnout.phone)),
            ("paper", n(turnout.paper)),
        ],
    );
    Ok(render_page(&ClosePage {
        base: format!("{}/summit", at.base()),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
        number: vote,
        question: stored.spec.question().to_owned(),
        not_voted,
        cast: cast_text,
        page,
    }))
}
