//! Seating the people present at tables (with `klero-tables`): every table shares a language
//! (or has a translator for a bilingual pair), mirrors the room on the chosen columns, and over
//! the rounds people meet as many new people as possible. Organisers pin people to a table and
//! re-seat for late arrivals keeping everyone else's seats; staff and facilitators read the
//! seating list per round; table cards carry the table's number, language and a QR code of the
//! voting page.

use super::PanelPath;
use crate::AppState;
use crate::context::{CsrfPairs, Ctx};
use crate::errors::PageError;
use crate::pages::{Page, Shown, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::access::Action;
use klero_store::{Attendance, Participant, StoredSeating};
use klero_tables::{KeptSeat, Person, Room, SeatError, Settings, seat};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// The most people per table and rounds an organiser may ask for.
const MAX_TABLE_SIZE: u32 = 30;
const MAX_ROUNDS: u32 = 12;

/// The figures of a seating, as stored with it (rendered in the reader's language).
#[derive(Serialize, Deserialize, Default)]
struct Figures {
    people: usize,
    tables: usize,
    rounds: usize,
    repeated_pairs: u64,
    smallest: usize,
    largest: usize,
    added: usize,
    /// (column, largest deviation from the proportional share, table-rounds outside it).
    balance: Vec<(String, f64, usize)>,
}

/// One table in one round, for the lists.
pub(crate) struct TableView {
    pub number: u32,
    pub language: String,
    pub people: Vec<String>,
}

/// One round of the seating.
pub(crate) struct RoundView {
    pub number: u32,
    pub tables: Vec<TableView>,
}

#[derive(Template)]
#[template(path = "summit_seating.html")]
struct SeatingPage {
    page: Page,
    base: String,
    slug: String,
    assembly_title: Shown,
    present: usize,
    columns: Vec<(String, bool)>,
    table_size: String,
    rounds: String,
    bilingual: String,
    seed: String,
    problems: Vec<String>,
    figures: Vec<String>,
    has_seating: bool,
    seating: Vec<RoundView>,
    pins: Vec<(String, String, u32)>,
    pin_error: Option<String>,
}

/// The seating form as submitted.
#[derive(Default)]
struct SeatingForm {
    table_size: String,
    rounds: String,
    bilingual: String,
    seed: String,
    columns: Vec<String>,
    problems: Vec<String>,
    pin_error: Option<String>,
}

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .unwrap_or_default()
}

/// The balance columns a room offers: the group, then every attribute column, in order.
fn column_names(people: &[Participant]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut names = vec!["group".to_owned()];
    for p in people {
        for (name, _) in &p.attributes {
            if seen.insert(name.clone()) {
                names.push(name.clone());
            }
        }
    }
    names
}

fn value_of(p: &Participant, column: &str) -> String {
    if column == "group" {
        return p.group.as_str().to_owned();
    }
    p.attributes
        .iter()
        .find(|(name, _)| name == column)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn name_of(page: &Page, p: &Participant) -> String {
    let name = p
        .name
        .clone()
        .unwrap_or_else(|| page.t("summit-name-erased"));
    format!("{name} ({})", p.key)
}

/// The seating by round and table, with names.
fn round_views(page: &Page, seating: &StoredSeating, people: &[Participant]) -> Vec<RoundView> {
    let by_id: HashMap<&str, &Participant> = people.iter().map(|p| (p.id.as_str(), p)).collect();
    (1..=seating.rounds)
        .map(|round| RoundView {
            number: round,
            tables: seating
                .table_languages
                .iter()
                .zip(1u32..)
                .map(|(language, table)| TableView {
                    number: table,
                    language: language.clone(),
                    people: seating
                        .seats
                        .iter()
                        .filter(|(r, t, _)| *r == round && *t == table)
                        .filter_map(|(_, _, id)| by_id.get(id.as_str()))
                        .map(|p| name_of(page, p))
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

fn figure_lines(page: &Page, seating: &StoredSeating) -> Vec<String> {
    let figures: Figures = serde_json::from_str(&seating.summary).unwrap_or_default();
    let mut lines = vec![
        page.t2(
            "seating-figure-people",
            "people",
            &figures.people.to_string(),
            "tables",
            &figures.tables.to_string(),
        ),
        page.t2(
            "seating-figure-sizes",
            "smallest",
            &figures.smallest.to_string(),
            "largest",
            &figures.largest.to_string(),
        ),
        page.t1("seating-figure-repeats", "pairs", figures.repeated_pairs),
    ];
    if figures.added > 0 {
        lines.push(page.t1("seating-figure-added", "added", figures.added));
    }
    for (column, deviation, outside) in figures.balance {
        lines.push(
            page.t2(
                "seating-figure-balance",
                "column",
                &column,
                "deviation",
                &format!("{deviation:.2}"),
            ) + &if outside > 0 {
                format!(
                    " ({})",
                    page.t1("seating-figure-outside", "tables", outside)
                )
            } else {
                String::new()
            },
        );
    }
    lines
}

async fn page_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    form: SeatingForm,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let people = state.store.participants(&at.panel.id).await?;
    let seating = state.store.seating(&at.panel.id).await?;
    let pins = state.store.pins(&at.panel.id).await?;
    let by_id: HashMap<&str, &Participant> = people.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut pin_list: Vec<(String, String, u32)> = pins
        .iter()
        .filter_map(|(id, table)| {
            let p = by_id.get(id.as_str())?;
            Some((p.key.clone(), name_of(&page, p), *table))
        })
        .collect();
    pin_list.sort();
    let chosen: Vec<String> = if form.columns.is_empty() && form.table_size.is_empty() {
        vec!["group".to_owned()]
    } else {
        form.columns.clone()
    };
    let has_errors = !form.problems.is_empty() || form.pin_error.is_some();
    let response = render_page(&SeatingPage {
        base: format!("{}/summit", at.base()),
        slug: at.slug().to_owned(),
        assembly_title: page.pick(&at.here.assembly.title),
        present: people
            .iter()
            .filter(|p| matches!(p.attendance, Attendance::Present { .. }))
            .count(),
        columns: column_names(&people)
            .into_iter()
            .map(|c| {
                let on = chosen.contains(&c);
                (c, on)
            })
            .collect(),
        table_size: if form.table_size.is_empty() {
            seating
                .as_ref()
                .map_or("10".to_owned(), |s| s.table_size.to_string())
        } else {
            form.table_size
        },
        rounds: if form.rounds.is_empty() {
            seating
                .as_ref()
                .map_or("4".to_owned(), |s| s.rounds.to_string())
        } else {
            form.rounds
        },
        bilingual: form.bilingual,
        seed: form.seed,
        problems: form.problems,
        figures: seating
            .as_ref()
            .map(|s| figure_lines(&page, s))
            .unwrap_or_default(),
        has_seating: seating.is_some(),
        seating: seating
            .as_ref()
            .map(|s| round_views(&page, s, &people))
            .unwrap_or_default(),
        pins: pin_list,
        pin_error: form.pin_error,
        page,
    });
    Ok(if has_errors {
        with_status(response, StatusCode::UNPROCESSABLE_ENTITY)
    } else {
        response
    })
}

pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    page_with(&state, &ctx, &at, SeatingForm::default()).await
}

/// A whole number from 1 to `most`, or the message key of the problem.
fn count(text: &str, most: u32) -> Result<u32, &'static str> {
    match text.parse::<u32>() {
        Ok(n) if (1..=most).contains(&n) => Ok(n),
        _ => Err("error-seating-number"),
    }
}

pub(crate) async fn run(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfPairs(pairs): CsrfPairs,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let page = Page::new(&ctx);
    let mut form = SeatingForm {
        table_size: field(&pairs, "table_size").to_owned(),
        rounds: field(&pairs, "rounds").to_owned(),
        bilingual: field(&pairs, "bilingual").to_owned(),
        seed: field(&pairs, "seed").to_owned(),
        columns: pairs
            .iter()
            .filter(|(k, _)| k == "balance")
            .map(|(_, v)| v.clone())
            .collect(),
        ..SeatingForm::default()
    };
    let keep = field(&pairs, "mode") == "keep";
    let size = count(&form.table_size, MAX_TABLE_SIZE);
    let rounds = count(&form.rounds, MAX_ROUNDS);
    for (label, result) in [("seating-table-size", size), ("seating-rounds", rounds)] {
        if let Err(key) = result {
            form.problems
                .push(format!("{}: {}", page.t(label), page.t(key)));
        }
    }
    let (Ok(size), Ok(rounds)) = (size, rounds) else {
        return page_with(&state, &ctx, &at, form).await;
    };
    let people: Vec<Participant> = state
        .store
        .participants(&at.panel.id)
        .await?
        .into_iter()
        .filter(|p| matches!(p.attendance, Attendance::Present { .. }))
        .collect();
    if people.len() < 2 {
        form.problems.push(page.t("seating-too-few"));
        return page_with(&state, &ctx, &at, form).await;
    }
    let pins = state.store.pins(&at.panel.id).await?;
    let previous = if keep {
        state.store.seating(&at.panel.id).await?
    } else {
        None
    };
    let room = Room {
        people: people
            .iter()
            .map(|p| Person {
                id: p.id.clone(),
                languages: p.languages.clone(),
                values: form.columns.iter().map(|c| value_of(p, c)).collect(),
                pin: pins.get(&p.id).copied(),
            })
            .collect(),
        balance: form.columns.clone(),
        facilitators: Vec::new(),
        kept: previous
            .as_ref()
            .map(|s| {
                s.seats
                    .iter()
                    .filter(|(_, _, id)| people.iter().any(|p| &p.id == id))
                    .filter_map(|(round, table, id)| {
                        Some(KeptSeat {
                            id: id.clone(),
                            round: *round,
                            table: *table,
                            table_language: s
                                .table_languages
                                .get(usize::try_from(*table).ok()?.checked_sub(1)?)?
                                .clone(),
                            facilitator: false,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    let mut settings = Settings::new(size, rounds);
    settings.seed = form.seed.clone();
    settings.bilingual = form
        .bilingual
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_lowercase)
        .collect();
    if previous.is_some() {
        settings.rounds = previous.as_ref().map_or(rounds, |s| s.rounds);
    }
    let seating = match seat(&room, &settings) {
        Ok(seating) => seating,
        Err(SeatError::Invalid(issues)) => {
            form.problems
                .extend(issues.into_iter().map(|issue| issue.message));
            return page_with(&state, &ctx, &at, form).await;
        }
        Err(SeatError::Infeasible(reasons)) => {
            form.problems.push(page.t("seating-infeasible"));
            form.problems.extend(reasons);
            return page_with(&state, &ctx, &at, form).await;
        }
    };
    let report = &seating.report;
    let figures = Figures {
        people: report.people,
        tables: seating.table_languages.len(),
        rounds: report.rounds,
        repeated_pairs: report.repeated_pairs,
        smallest: report.smallest_table,
        largest: report.largest_table,
        added: report.added,
        balance: report
            .balance
            .iter()
            .map(|b| (b.column.clone(), b.max_deviation, b.tables_outside))
            .collect(),
    };
    let mut seats = Vec::new();
    for (round, tables) in (1u32..).zip(&seating.rounds) {
        for (table, members) in (1u32..).zip(tables) {
            for &index in members {
                if let Some(person) = people.get(index) {
                    seats.push((round, table, person.id.clone()));
                }
            }
        }
    }
    let stored = StoredSeating {
        table_size: size,
        rounds: settings.rounds,
        table_languages: seating.table_languages.clone(),
        summary: serde_json::to_string(&figures).unwrap_or_default(),
        created_at: state.now(),
        seats,
    };
    state
        .store
        .save_seating(&at.panel, &stored, &actor(&ctx), state.now())
        .await?;
    Ok(Redirect::to(&format!("{}/summit/seating", at.base())).into_response())
}

pub(crate) async fn pin(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfPairs(pairs): CsrfPairs,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let page = Page::new(&ctx);
    let key = field(&pairs, "key");
    let table_text = field(&pairs, "table");
    let table = if table_text.is_empty() {
        Ok(None)
    } else {
        count(table_text, 1_000).map(Some)
    };
    let person = state
        .store
        .participants(&at.panel.id)
        .await?
        .into_iter()
        .find(|p| p.key.eq_ignore_ascii_case(key));
    let error = match (&person, &table) {
        (None, _) => Some(page.t("seating-pin-unknown")),
        (_, Err(_)) => Some(page.t("error-seating-number")),
        _ => None,
    };
    if let (Some(person), Ok(table), None) = (person, table, &error) {
        state
            .store
            .pin_participant(&at.panel, &person.id, table, &actor(&ctx), state.now())
            .await?;
        return Ok(Redirect::to(&format!("{}/summit/seating", at.base())).into_response());
    }
    let form = SeatingForm {
        pin_error: error,
        ..SeatingForm::default()
    };
    page_with(&state, &ctx, &at, form).await
}

#[derive(Template)]
#[template(path = "summit_seating_list.html")]
struct ListPage {
    page: Page,
    theme: Shown,
    rounds: Vec<RoundView>,
    shown: Option<u32>,
    base: String,
}

#[derive(Deserialize)]
pub(crate) struct RoundQuery {
    round: Option<u32>,
}

/// The seating list, per round, for staff and facilitators (names: not public).
pub(crate) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    Query(query): Query<RoundQuery>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewParticipants).await?;
    let page = Page::new(&ctx);
    let people = state.store.participants(&at.panel.id).await?;
    let rounds = match state.store.seating(&at.panel.id).await? {
        Some(seating) => round_views(&page, &seating, &people)
            .into_iter()
            .filter(|r| query.round.is_none_or(|n| n == r.number))
            .collect(),
        None => Vec::new(),
    };
    Ok(render_page(&ListPage {
        theme: page.pick(&at.panel.theme),
        rounds,
        shown: query.round,
        base: format!("{}/summit", at.base()),
        page,
    }))
}

#[derive(Template)]
#[template(path = "summit_cards.html")]
struct CardsPage {
    page: Page,
    theme: Shown,
    tables: Vec<(u32, String)>,
    vote_url: String,
    qr: String,
}

/// Printable table cards: number, language, and the voting page as a QR code and as text.
pub(crate) async fn cards(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewParticipants).await?;
    let page = Page::new(&ctx);
    let tables = state
        .store
        .seating(&at.panel.id)
        .await?
        .map(|s| {
            s.table_languages
                .into_iter()
                .zip(1u32..)
                .map(|(l, n)| (n, l))
                .collect()
        })
        .unwrap_or_default();
    let root = state.config.public_url.trim_end_matches('/');
    Ok(render_page(&CardsPage {
        theme: page.pick(&at.panel.theme),
        tables,
        vote_url: format!("{root}{}/vote", at.base()),
        qr: format!("{}/vote.svg", at.base()),
        page,
    }))
}

/// The voting page's address as a QR code (SVG), for table cards and the projector.
pub(crate) async fn vote_qr(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let root = state.config.public_url.trim_end_matches('/');
    let url = format!("{root}{}/vote", at.base());
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|_| PageError::Internal("qr code"))?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        svg,
    )
        .into_response())
}
