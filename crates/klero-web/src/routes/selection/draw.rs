//! What anyone may see of a panel's selection: the draw page (the method in plain words, the
//! commitment, the seed, the panel against the quotas, the selection probabilities without
//! ids, the replacements) and the verification bundle's files; and the page where a person drawn
//! confirms or declines through the link in their e-mail.

use super::{CompositionRow, composition};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{Page, Shown, render_page};
use crate::routes::PathParam;
use crate::routes::followup::{day, load_panel};
use crate::routes::summit::PanelPath;
use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use klero_domain::access::{Action, Role};
use klero_domain::input::Email;
use klero_store::{Actor, MemberReply, PersonStatus, SelectionState};

/// A draw as the public page lists it.
pub(crate) struct DrawLine {
    pub number: u32,
    pub title: String,
    pub seed: String,
    pub commitment: String,
    pub on: String,
    pub summary: String,
    /// What the files are and how to check them.
    pub lead: String,
    pub files: Vec<String>,
}

/// A line of the probability distribution: a probability and how many people have it.
pub(crate) struct ProbabilityLine {
    pub percent: String,
    pub people: usize,
}

#[derive(Template)]
#[template(path = "selection_draw.html")]
struct DrawPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    theme: Shown,
    state: &'static str,
    commitment: String,
    frozen_text: String,
    panel_size: u32,
    rows: Vec<CompositionRow>,
    probabilities: Vec<ProbabilityLine>,
    draws: Vec<DrawLine>,
    /// The lottery published at the freeze: its lead and its largest change, in words.
    lottery: Option<(String, String)>,
}

/// What the draw page says of the published lottery (read from `lottery.json`, only these).
#[derive(serde::Deserialize)]
struct LotteryFigures {
    m: u64,
    max_change: f64,
    panels: Vec<serde::de::IgnoredAny>,
}

/// A count with groups of three digits, as the language writes it.
fn grouped(page: &Page, n: u64) -> String {
    let separator = match page.lang {
        klero_domain::lang::Lang::En => ',',
        klero_domain::lang::Lang::De | klero_domain::lang::Lang::Nl => '.',
        klero_domain::lang::Lang::Fr => '\u{202f}',
    };
    klero_bundle::group_digits(n, separator)
}

/// The lottery's lead and largest change for the draw page.
fn lottery_lines(page: &Page, body: &str) -> Option<(String, String)> {
    let figures: LotteryFigures = serde_json::from_str(body).ok()?;
    let lead = page.tn(
        "draw-lottery-lead",
        &[
            ("m", grouped(page, figures.m)),
            ("distinct", grouped(page, figures.panels.len() as u64)),
        ],
    );
    let mut change = format!("{:.6}", figures.max_change * 100.0);
    if page.lang != klero_domain::lang::Lang::En {
        change = change.replace('.', ",");
    }
    Some((lead, page.t1("draw-lottery-change", "change", change)))
}

/// Everyone's selection probability from a bundle's `probabilities.csv`, grouped by value
/// (rounded to a hundredth of a percent), without ids.
fn distribution(csv: &str) -> Vec<ProbabilityLine> {
    let mut counts: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
    for line in csv.lines().skip(1) {
        let Some(p) = line
            .rsplit(',')
            .nth(1)
            .and_then(|p| p.trim().parse::<f64>().ok())
        else {
            continue;
        };
        let key = (p * 10_000.0).round() as i64;
        *counts.entry(key).or_default() += 1;
    }
    counts
        .into_iter()
        .rev()
        .map(|(key, people)| ProbabilityLine {
            percent: format!("{:.2} %", key as f64 / 100.0),
            people,
        })
        .collect()
}

pub(crate) async fn draw_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let page = Page::new(&ctx);
    let selection = state.store.selection(&at.panel.id).await?;
    let public = selection
        .as_ref()
        .filter(|s| s.state != SelectionState::Open);
    let (quotas, pool) = match public {
        Some(_) => (
            state.store.selection_quotas(&at.panel.id).await?,
            state.store.selection_pool(&at.panel.id).await?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    let members: Vec<&str> = pool
        .iter()
        .filter(|p| p.status == PersonStatus::Member || p.status == PersonStatus::Withdrawn)
        .map(|p| p.entry.key.as_str())
        .collect();
    let mut draws = Vec::new();
    let mut probabilities = Vec::new();
    if public.is_some() {
        for d in state.store.selection_draws(&at.panel.id).await? {
            let files = state
                .store
                .selection_file_names(&at.panel.id, d.number)
                .await?;
            if d.number == 1
                && let Some(csv) = state
                    .store
                    .selection_file(&at.panel.id, 1, klero_bundle::PROBABILITIES)
                    .await?
            {
                probabilities = distribution(&csv);
            }
            draws.push(DrawLine {
                number: d.number,
                title: if d.number == 1 {
                    page.t("draw-first")
                } else {
                    page.t1("draw-replacement", "number", d.number - 1)
                },
                seed: d.seed,
                commitment: d.commitment,
                on: day(d.drawn_at),
                summary: if d.number == 1 {
                    page.t1("draw-chosen", "count", d.chosen.len())
                } else {
                    page.t2(
                        "draw-replaced",
                        "withdrawn",
                        &d.withdrawn.len().to_string(),
                        "chosen",
                        &d.chosen.len().to_string(),
                    )
                },
                lead: page.t(if d.number == 1 {
                    "draw-bundle-lead"
                } else {
                    "draw-bundle-replacement-lead"
                }),
                files,
            });
        }
    }
    let lottery = match public {
        Some(_) => state
            .store
            .selection_lottery(&at.panel.id)
            .await?
            .and_then(|body| lottery_lines(&page, &body)),
        None => None,
    };
    let labels = state.store.quota_labels(&at.panel.id).await?;
    Ok(render_page(&DrawPage {
        lottery,
        base: at.base(),
        crumbs: at.crumbs(&page),
        theme: page.pick(&at.panel.theme),
        state: public.map_or("none", |s| s.state.as_str()),
        commitment: public
            .and_then(|s| s.commitment.clone())
            .unwrap_or_default(),
        frozen_text: page.t2(
            "draw-frozen",
            "date",
            &public
                .and_then(|s| s.frozen_at)
                .map(day)
                .unwrap_or_default(),
            "count",
            &pool.len().to_string(),
        ),
        panel_size: public.map_or(0, |s| s.panel_size),
        rows: composition(&page, &labels, &quotas, &pool, &members),
        probabilities,
        draws,
        page,
    }))
}

/// The name under which a draw's whole bundle is served as one zip file.
pub(crate) const ZIP: &str = "bundle.zip";

/// Every file of a draw's bundle in one zip file, under the folder `folder`.
fn zip_bundle(folder: &str, files: &[(String, String)]) -> Result<Vec<u8>, PageError> {
    use std::io::Write as _;
    let failed = |_| PageError::Internal("writing the zip file failed");
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in files {
        writer
            .start_file(format!("{folder}/{name}"), options)
            .map_err(failed)?;
        writer
            .write_all(body.as_bytes())
            .map_err(|_| PageError::Internal("writing the zip file failed"))?;
    }
    Ok(writer.finish().map_err(failed)?.into_inner())
}

/// `/a/{slug}/p/{n}/draw/lottery.json`: the lottery published at the freeze.
pub(crate) async fn lottery_file(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let body = state
        .store
        .selection_lottery(&at.panel.id)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{slug}-panel-{number}-lottery.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// `/a/{slug}/p/{n}/draw/{draw}/{*file}`
pub(crate) type FilePath = PathParam<(String, u32, u32, String)>;

pub(crate) async fn bundle_file(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, draw, file)): FilePath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    if file == ZIP {
        let mut files = Vec::new();
        for name in state.store.selection_file_names(&at.panel.id, draw).await? {
            if let Some(body) = state
                .store
                .selection_file(&at.panel.id, draw, &name)
                .await?
            {
                files.push((name, body));
            }
        }
        if files.is_empty() {
            return Err(PageError::NotFound);
        }
        let folder = format!("{slug}-panel-{number}-draw-{draw}");
        let bytes = zip_bundle(&folder, &files)?;
        return Ok((
            [
                (header::CONTENT_TYPE, "application/zip".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{folder}.zip\""),
                ),
            ],
            bytes,
        )
            .into_response());
    }
    let body = state
        .store
        .selection_file(&at.panel.id, draw, &file)
        .await?
        .ok_or(PageError::NotFound)?;
    let kind = if file.ends_with(".csv") {
        "text/csv; charset=utf-8"
    } else if file.ends_with(".json") {
        "application/json"
    } else {
        "text/plain; charset=utf-8"
    };
    let name = file.rsplit('/').next().unwrap_or("file").to_owned();
    Ok((
        [
            (header::CONTENT_TYPE, kind.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "selection_reply.html")]
struct ReplyPage {
    page: Page,
    token: String,
    done: Option<String>,
    /// After a confirmation: the invitation to create an account.
    account_link: Option<String>,
}

/// `/reply/{token}`
pub(crate) type TokenPath = PathParam<(String,)>;

pub(crate) async fn reply_page(
    ctx: Ctx,
    PathParam((token,)): TokenPath,
) -> Result<Response, PageError> {
    let page = Page::new(&ctx);
    Ok(render_page(&ReplyPage {
        page,
        token,
        done: None,
        account_link: None,
    }))
}

pub(crate) async fn reply(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((token,)): TokenPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let answer = match form.get("reply").map(String::as_str) {
        Some("confirmed") => MemberReply::Confirmed,
        Some("declined") => MemberReply::Declined,
        _ => return Err(PageError::BadRequest),
    };
    let replied = state
        .store
        .reply_to_selection(&token, answer, state.now())
        .await?
        .ok_or(PageError::NotFound)?;
    let page = Page::new(&ctx);
    let done = Some(page.t(&format!("reply-done-{}", answer.as_str())));
    // A confirmed member is invited to an account with the panel member's role.
    let mut account_link = None;
    if answer == MemberReply::Confirmed
        && let Some(email) = replied.email.as_deref().and_then(Email::parse)
    {
        let token = state
            .store
            .create_invitation(
                &email,
                Some((&replied.assembly_id, Role::PanelMember)),
                &Actor::System,
                state.now(),
            )
            .await?;
        account_link = Some(format!("/invitation/{token}"));
    }
    Ok(render_page(&ReplyPage {
        page,
        token: String::new(),
        done,
        account_link,
    }))
}
