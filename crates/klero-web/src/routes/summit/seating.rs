//! Seating the people present at tables (with `klero-tables`): every table shares a language
//! (or has a translator for a bilingual pair), mirrors the room on the chosen columns, and over
//! the rounds people meet as many new people as possible. Organisers pin people to a table and
//! re-seat for late arrivals keeping everyone else's seats; staff and facilitators read the
//! seating list per round; table cards carry the table's number, language and a QR code of the
//! voting page.

use super::PanelPath;
use crate::AppState;
use crate::context::{CsrfForm, CsrfPairs, Ctx};
use crate::errors::PageError;
use crate::i18n;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::access::{Action, Role};
use klero_domain::input::RawForm;
use klero_domain::lang::Lang;
use klero_domain::summit::staffing::{StaffInput, StaffRole, assign_translators, covers};
use klero_store::{Attendance, Participant, StaffMember, StoredSeating};
use klero_tables::{Facilitator, KeptSeat, Person, Reason, Room, SeatError, Settings, seat};
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
    /// The bilingual pairs asked for, as typed (`fr+nl`).
    #[serde(default)]
    bilingual: String,
    /// Per bilingual pair asked for: the interpreters who speak both, the tables made.
    #[serde(default)]
    translated: Vec<TranslatedFigure>,
}

/// A bilingual pair asked for, with what came of it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
struct TranslatedFigure {
    /// `fr+nl`, lower case.
    pair: String,
    /// Interpreters (translators) on the list who speak both languages, each counted once.
    interpreters: u32,
    /// Tables made in that pair.
    made: usize,
}

/// How one balance column's values spread over the tables, every round together.
struct ColumnSpread {
    column: String,
    values: Vec<ValueSpread>,
}

/// One value of a balance column: the fewest and most at a table, and how many in the room.
struct ValueSpread {
    value: String,
    min: usize,
    max: usize,
    /// People present with this value.
    count: usize,
}

/// One table in one round, for the lists.
pub(crate) struct TableView {
    pub number: u32,
    pub language: String,
    pub people: Vec<String>,
    /// The facilitator's and the translator's names, if the table has them.
    pub facilitator: Option<String>,
    pub translator: Option<String>,
}

/// A facilitator or translator in the organisers' list.
pub(crate) struct StaffLine {
    pub id: String,
    pub role: String,
    pub name: String,
    pub languages: String,
    pub table: Option<u32>,
    pub linked: bool,
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
    crumbs: crate::pages::Crumbs,
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
    staff: Vec<StaffLine>,
    staff_form: FormState,
    roles: Vec<(&'static str, String)>,
    accounts: Vec<(String, String)>,
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
    staff_form: Option<FormState>,
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

fn staff_name(page: &Page, member: &StaffMember) -> String {
    member
        .name
        .clone()
        .unwrap_or_else(|| page.t("summit-name-erased"))
}

/// The name of the member of staff in `role` at `table`, if any.
fn staff_at(page: &Page, staff: &[StaffMember], role: StaffRole, table: u32) -> Option<String> {
    staff
        .iter()
        .find(|m| m.role == role && m.table == Some(table))
        .map(|m| staff_name(page, m))
}

fn name_of(page: &Page, p: &Participant) -> String {
    let name = p
        .name
        .clone()
        .unwrap_or_else(|| page.t("summit-name-erased"));
    format!("{name} ({})", p.key)
}

/// The seating by round and table, with names.
fn round_views(
    page: &Page,
    seating: &StoredSeating,
    people: &[Participant],
    staff: &[StaffMember],
) -> Vec<RoundView> {
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
                    facilitator: staff_at(page, staff, StaffRole::Facilitator, table),
                    translator: staff_at(page, staff, StaffRole::Translator, table),
                })
                .collect(),
        })
        .collect()
}

fn figure_lines(
    page: &Page,
    seating: &StoredSeating,
    staff: &[StaffMember],
    people: &[Participant],
) -> Vec<String> {
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
    let untranslated = (1u32..)
        .zip(&seating.table_languages)
        .filter(|(table, language)| {
            language.contains('+') && staff_at(page, staff, StaffRole::Translator, *table).is_none()
        })
        .count();
    if untranslated > 0 {
        lines.push(page.t1("seating-figure-untranslated", "tables", untranslated));
    }
    lines.extend(bilingual_lines(page, &figures));
    let columns: Vec<String> = figures.balance.iter().map(|b| b.0.clone()).collect();
    lines.extend(spread_lines(page, &spread(seating, &columns, people)));
    lines
}

/// A language's name in the reader's language (`fr`: "French"), or its code when the platform
/// has no name for it.
fn language_name(page: &Page, code: &str) -> String {
    match Lang::parse(code) {
        Some(lang) if code.trim().len() == 2 => page.t(&format!("summit-language-{}", lang.code())),
        _ => code.trim().to_owned(),
    }
}

/// A pair (`fr+nl`) in words: "French and Dutch".
fn pair_name(page: &Page, pair: &str) -> String {
    let (a, b) = pair.split_once('+').unwrap_or((pair, ""));
    page.t2(
        "seating-pair-name",
        "first",
        &language_name(page, a),
        "second",
        &language_name(page, b),
    )
}

/// What came of the bilingual tables asked for, in plain words with the numbers.
fn bilingual_lines(page: &Page, figures: &Figures) -> Vec<String> {
    figures
        .translated
        .iter()
        .filter_map(|t| {
            let pair = pair_name(page, &t.pair);
            let args = || {
                vec![
                    ("pair", pair.clone()),
                    ("interpreters", t.interpreters.to_string()),
                    ("made", t.made.to_string()),
                    ("tables", figures.tables.to_string()),
                    (
                        "unused",
                        u64::from(t.interpreters)
                            .saturating_sub(t.made as u64)
                            .to_string(),
                    ),
                ]
            };
            let key = match (t.interpreters, t.made) {
                // Tables the languages needed, with no interpreter: said by the line above.
                (0, 1..) => return None,
                (0, 0) => "seating-bilingual-no-interpreter",
                (_, 0) => "seating-bilingual-none-made",
                (i, made) if made as u64 >= u64::from(i) => "seating-bilingual-made",
                _ => "seating-bilingual-short",
            };
            Some(page.tn(key, &args()))
        })
        .collect()
}

/// The balance in plain words: per column and value, how many sit at each table, against the
/// room's share ("Every table has 4 or 5 people with gender F (the room: 45 %)").
fn spread_lines(page: &Page, spread: &[ColumnSpread]) -> Vec<String> {
    spread
        .iter()
        .flat_map(|column| {
            let people: usize = column.values.iter().map(|v| v.count).sum();
            let people = people.max(1) as f64;
            column.values.iter().map(move |v| {
                let share =
                    crate::i18n::format_percent(page.lang, v.count as f64 * 100.0 / people, 0);
                let key = if v.min == v.max {
                    "seating-spread-same"
                } else if v.max == v.min + 1 {
                    "seating-spread-or"
                } else {
                    "seating-spread-range"
                };
                let (name, value) = if column.column == "group" {
                    (
                        page.t("seating-column-group"),
                        page.t(&format!("group-{}", v.value.replace('_', "-"))),
                    )
                } else {
                    (column.column.clone(), v.value.clone())
                };
                page.tn(
                    key,
                    &[
                        ("column", name),
                        ("value", value),
                        ("min", v.min.to_string()),
                        ("max", v.max.to_string()),
                        ("share", share),
                    ],
                )
            })
        })
        .collect()
}

/// The spread of the balance columns' values over the tables of every round, for the people
/// seated.
fn spread(
    seating: &StoredSeating,
    columns: &[String],
    people: &[Participant],
) -> Vec<ColumnSpread> {
    let by_id: HashMap<&str, &Participant> = people.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut seated: Vec<&Participant> = Vec::new();
    let mut at: HashMap<(u32, u32), Vec<&Participant>> = HashMap::new();
    for (round, table, id) in &seating.seats {
        if let Some(p) = by_id.get(id.as_str()) {
            at.entry((*round, *table)).or_default().push(*p);
            if *round == 1 {
                seated.push(*p);
            }
        }
    }
    let tables = seating.table_languages.len() as u32;
    columns
        .iter()
        .map(|column| {
            let mut values: Vec<String> = seated.iter().map(|p| value_of(p, column)).collect();
            values.sort();
            values.dedup();
            let values = values
                .into_iter()
                .map(|value| {
                    let (mut min, mut max) = (usize::MAX, 0);
                    for round in 1..=seating.rounds {
                        for table in 1..=tables {
                            let here = at.get(&(round, table)).map_or(0, |members| {
                                members
                                    .iter()
                                    .filter(|p| value_of(p, column) == value)
                                    .count()
                            });
                            min = min.min(here);
                            max = max.max(here);
                        }
                    }
                    ValueSpread {
                        count: seated
                            .iter()
                            .filter(|p| value_of(p, column) == value)
                            .count(),
                        min: if min == usize::MAX { 0 } else { min },
                        max,
                        value,
                    }
                })
                .collect();
            ColumnSpread {
                column: column.clone(),
                values,
            }
        })
        .collect()
}

/// The bilingual pairs typed (`fr+nl, de+fr`), each as two different languages in lower case,
/// or the message key of the problem.
fn bilingual_pairs(text: &str) -> Result<Vec<String>, &'static str> {
    let mut pairs: Vec<String> = Vec::new();
    for item in text
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let parts: Vec<String> = item.split('+').map(|l| l.trim().to_lowercase()).collect();
        match parts.as_slice() {
            [a, b] if !a.is_empty() && !b.is_empty() && a != b => {
                let pair = format!("{a}+{b}");
                if !pairs.contains(&pair) {
                    pairs.push(pair);
                }
            }
            _ => return Err("error-seating-bilingual"),
        }
    }
    Ok(pairs)
}

/// For each pair, the interpreters who speak both of its languages, each counted for the first
/// pair they can serve.
fn interpreters_per_pair(pairs: &[String], translators: &[&StaffMember]) -> Vec<u32> {
    let mut used = vec![false; translators.len()];
    pairs
        .iter()
        .map(|pair| {
            let mut n = 0;
            for (i, m) in translators.iter().enumerate() {
                if !used[i] && covers(&m.languages, pair) {
                    used[i] = true;
                    n += 1;
                }
            }
            n
        })
        .collect()
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
    let staff = state.store.staff(&at.panel.id).await?;
    let accounts: Vec<(String, String)> = state
        .store
        .members(&at.here.assembly.id)
        .await?
        .into_iter()
        .filter(|m| m.roles.contains(&Role::Facilitator))
        .map(|m| (m.account_id, m.display_name))
        .collect();
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
    let has_errors = !form.problems.is_empty()
        || form.pin_error.is_some()
        || form
            .staff_form
            .as_ref()
            .is_some_and(|f| !f.errors.is_empty());
    let fresh_form = form.bilingual.is_empty() && form.table_size.is_empty();
    let response = render_page(&SeatingPage {
        base: format!("{}/summit", at.base()),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
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
        bilingual: if fresh_form {
            seating
                .as_ref()
                .and_then(|s| serde_json::from_str::<Figures>(&s.summary).ok())
                .map(|f| f.bilingual)
                .unwrap_or_default()
        } else {
            form.bilingual
        },
        seed: form.seed,
        problems: form.problems,
        figures: seating
            .as_ref()
            .map(|s| figure_lines(&page, s, &staff, &people))
            .unwrap_or_default(),
        has_seating: seating.is_some(),
        seating: seating
            .as_ref()
            .map(|s| round_views(&page, s, &people, &staff))
            .unwrap_or_default(),
        pins: pin_list,
        pin_error: form.pin_error,
        staff: staff
            .iter()
            .map(|m| StaffLine {
                id: m.id.clone(),
                role: page.t(&format!("staff-role-{}", m.role.as_str())),
                name: staff_name(&page, m),
                languages: m.languages.join(", "),
                table: m.table,
                linked: m.account_id.is_some(),
            })
            .collect(),
        staff_form: form.staff_form.unwrap_or_else(|| {
            let mut defaults = RawForm::new();
            defaults.insert("role".into(), "facilitator".into());
            FormState::filled(defaults)
        }),
        roles: StaffRole::ALL
            .into_iter()
            .map(|r| (r.as_str(), page.t(&format!("staff-role-{}", r.as_str()))))
            .collect(),
        accounts,
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
    let pairs = bilingual_pairs(&form.bilingual);
    if let Err(key) = pairs {
        form.problems
            .push(format!("{}: {}", page.t("seating-bilingual"), page.t(key)));
    }
    let (Ok(size), Ok(rounds), Ok(pairs)) = (size, rounds, pairs) else {
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
    let staff = state.store.staff(&at.panel.id).await?;
    let previous = if keep {
        state.store.seating(&at.panel.id).await?
    } else {
        None
    };
    let facilitators: Vec<&StaffMember> = staff
        .iter()
        .filter(|m| m.role == StaffRole::Facilitator)
        .collect();
    let translators: Vec<&StaffMember> = staff
        .iter()
        .filter(|m| m.role == StaffRole::Translator)
        .collect();
    let language_of = |table: u32| -> Option<String> {
        previous
            .as_ref()?
            .table_languages
            .get(usize::try_from(table).ok()?.checked_sub(1)?)
            .cloned()
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
        facilitators: facilitators
            .iter()
            .map(|m| Facilitator {
                id: m.id.clone(),
                languages: m.languages.clone(),
            })
            .collect(),
        kept: previous
            .as_ref()
            .map(|s| {
                let seats = s
                    .seats
                    .iter()
                    .filter(|(_, _, id)| people.iter().any(|p| &p.id == id))
                    .filter_map(|(round, table, id)| {
                        Some(KeptSeat {
                            id: id.clone(),
                            round: *round,
                            table: *table,
                            table_language: language_of(*table)?,
                            facilitator: false,
                        })
                    });
                let leaders = facilitators.iter().filter_map(|m| {
                    let table = m.table?;
                    Some(KeptSeat {
                        id: m.id.clone(),
                        round: 1,
                        table,
                        table_language: language_of(table)?,
                        facilitator: true,
                    })
                });
                seats.chain(leaders).collect()
            })
            .unwrap_or_default(),
    };
    let mut settings = Settings::new(size, rounds);
    settings.seed = form.seed.clone();
    // One bilingual table per interpreter who speaks both languages, as far as the rules allow.
    let interpreters = interpreters_per_pair(&pairs, &translators);
    settings.translated_tables = pairs
        .iter()
        .cloned()
        .zip(interpreters.iter().copied())
        .collect();
    settings.bilingual = pairs.clone();
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
            form.problems
                .extend(reasons.iter().map(|reason| explain(&page, reason)));
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
        bilingual: pairs.join(", "),
        translated: pairs
            .iter()
            .zip(&interpreters)
            .map(|(pair, &interpreters)| TranslatedFigure {
                pair: pair.clone(),
                interpreters,
                made: seating
                    .table_languages
                    .iter()
                    .filter(|l| {
                        let mut a: Vec<&str> = l.split('+').collect();
                        let mut b: Vec<&str> = pair.split('+').collect();
                        a.sort_unstable();
                        b.sort_unstable();
                        a == b
                    })
                    .count(),
            })
            .collect(),
    };
    let kept_translators: Vec<Option<usize>> = (1u32..)
        .take(seating.table_languages.len())
        .map(|table| {
            // A fresh seating keeps no one's table.
            previous.as_ref()?;
            translators.iter().position(|m| m.table == Some(table))
        })
        .collect();
    let translator_languages: Vec<Vec<String>> =
        translators.iter().map(|m| m.languages.clone()).collect();
    let mut staff_tables: Vec<(String, u32)> = (1u32..)
        .zip(&seating.facilitators)
        .filter_map(|(table, f)| Some((facilitators.get((*f)?)?.id.clone(), table)))
        .collect();
    staff_tables.extend(
        (1u32..)
            .zip(assign_translators(
                &seating.table_languages,
                &translator_languages,
                &kept_translators,
            ))
            .filter_map(|(table, x)| Some((translators.get(x?)?.id.clone(), table))),
    );
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
        staff: staff_tables,
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
    let staff = state.store.staff(&at.panel.id).await?;
    let rounds = match state.store.seating(&at.panel.id).await? {
        Some(seating) => round_views(&page, &seating, &people, &staff)
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
    tables: Vec<CardView>,
    vote_url: String,
    qr: String,
}

/// A printed table card, in the languages of its table.
struct CardView {
    number: u32,
    /// The card's first language (the `lang` of the whole card).
    lang: &'static str,
    /// The table's languages, each in its own name ("Français + Nederlands").
    language: String,
    texts: Vec<CardText>,
}

/// A card's words in one of its table's languages.
struct CardText {
    lang: &'static str,
    title: String,
    facilitator: Option<String>,
    translator: Option<String>,
    vote: String,
    qr_alt: String,
}

/// A table language in its own words: each language by its own name (`fr+nl`:
/// "Français + Nederlands"), a language the platform does not know by its code.
fn own_names(table_language: &str) -> String {
    table_language
        .split('+')
        .map(str::trim)
        .map(|code| match Lang::parse(code) {
            Some(lang) if code.len() == 2 => lang.endonym().to_owned(),
            _ => code.to_uppercase(),
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Printable table cards: number, language, the facilitator (and translator), and the voting
/// page as a QR code and as text, each card in its table's languages (a Dutch table's card in
/// Dutch, a bilingual one in both).
pub(crate) async fn cards(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewParticipants).await?;
    let page = Page::new(&ctx);
    let staff = state.store.staff(&at.panel.id).await?;
    let vote_url = super::live::vote_url(&state, &at.base());
    let tables = state
        .store
        .seating(&at.panel.id)
        .await?
        .map(|s| {
            s.table_languages
                .into_iter()
                .zip(1u32..)
                .map(|(language, number)| {
                    let langs = super::table_langs(&language, page.lang);
                    let facilitator = staff_at(&page, &staff, StaffRole::Facilitator, number);
                    let translator = staff_at(&page, &staff, StaffRole::Translator, number);
                    let texts = langs
                        .iter()
                        .map(|&lang| {
                            let with = |key: &str, name: &str, value: String| {
                                i18n::message_with(lang, key, &[(name, value)])
                            };
                            CardText {
                                lang: lang.code(),
                                title: with("seating-table", "number", number.to_string()),
                                facilitator: facilitator
                                    .clone()
                                    .map(|f| with("seating-facilitator", "name", f)),
                                translator: translator
                                    .clone()
                                    .map(|x| with("seating-translator", "name", x)),
                                vote: i18n::message(lang, "seating-card-vote"),
                                qr_alt: with("seating-qr-alt", "url", vote_url.clone()),
                            }
                        })
                        .collect();
                    CardView {
                        number,
                        lang: langs.first().copied().unwrap_or(page.lang).code(),
                        language: own_names(&language),
                        texts,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(render_page(&CardsPage {
        theme: page.pick(&at.panel.theme),
        tables,
        vote_url,
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

/// Adds a facilitator or translator (organisers); a facilitator may be linked to an account
/// holding the facilitator role in the assembly.
pub(crate) async fn add_staff(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfPairs(pairs): CsrfPairs,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let raw: RawForm = pairs.iter().cloned().collect();
    let account = field(&pairs, "account");
    let linked = if account.is_empty() {
        Ok(None)
    } else {
        let facilitators = state.store.members(&at.here.assembly.id).await?;
        facilitators
            .iter()
            .find(|m| m.account_id == account && m.roles.contains(&Role::Facilitator))
            .map(|m| Some(m.account_id.clone()))
            .ok_or("error-staff-account")
    };
    let parsed = StaffInput::parse(&raw);
    match (parsed, linked) {
        (Ok(input), Ok(account)) => {
            let account = if input.role() == StaffRole::Facilitator {
                account
            } else {
                None
            };
            state
                .store
                .add_staff(
                    &at.panel,
                    &input,
                    account.as_deref(),
                    &actor(&ctx),
                    state.now(),
                )
                .await?;
            Ok(
                Redirect::to(&format!("{}/summit/seating#staff-heading", at.base()))
                    .into_response(),
            )
        }
        (parsed, linked) => {
            let mut errors = parsed.err().unwrap_or_default();
            if let Err(key) = linked {
                errors.0.push(klero_domain::input::FieldError {
                    field: "account".to_owned(),
                    message: key,
                });
            }
            let form = SeatingForm {
                staff_form: Some(FormState {
                    values: raw,
                    errors,
                }),
                ..SeatingForm::default()
            };
            page_with(&state, &ctx, &at, form).await
        }
    }
}

/// Removes a facilitator or translator (organisers).
pub(crate) async fn remove_staff(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSummit).await?;
    let id = form.get("staff").ok_or(PageError::BadRequest)?;
    state
        .store
        .remove_staff(&at.panel, id, &actor(&ctx), state.now())
        .await?;
    Ok(Redirect::to(&format!("{}/summit/seating#staff-heading", at.base())).into_response())
}

/// A reason the room cannot be seated, in the reader's language.
fn explain(page: &Page, reason: &Reason) -> String {
    let n = |v: usize| v.to_string();
    match reason {
        Reason::Stranded {
            people,
            languages,
            speakers,
            min,
        } => page.tn(
            "seating-reason-stranded",
            &[
                ("people", n(*people)),
                ("languages", languages.join(" / ")),
                ("speakers", n(*speakers)),
                ("min", min.to_string()),
            ],
        ),
        Reason::TooManyTables {
            tables,
            min,
            present,
        } => page.tn(
            "seating-reason-too-many-tables",
            &[
                ("tables", n(*tables)),
                ("min", min.to_string()),
                ("present", n(*present)),
            ],
        ),
        Reason::TooFewFacilitators {
            facilitators,
            tables,
        } => page.tn(
            "seating-reason-too-few-facilitators",
            &[("facilitators", n(*facilitators)), ("tables", n(*tables))],
        ),
        Reason::FacilitatorLanguage {
            tables,
            language,
            speakers,
            ..
        } => page.tn(
            "seating-reason-facilitator-language",
            &[
                ("tables", tables.to_string()),
                ("language", language.clone()),
                ("speakers", speakers.to_string()),
            ],
        ),
        Reason::FixedTables => page.t("seating-reason-fixed-tables"),
        Reason::NoSplit { tables, min } => page.tn(
            "seating-reason-no-split",
            &[("tables", n(*tables)), ("min", min.to_string())],
        ),
        Reason::Unseated { round, people } => page.tn(
            "seating-reason-unseated",
            &[("round", n(*round)), ("people", people.to_string())],
        ),
        Reason::KeptAboveSeated => page.t("seating-reason-kept-above-seated"),
        Reason::SmallTable {
            round,
            table,
            language,
            people,
            min,
        } => page.tn(
            "seating-reason-small-table",
            &[
                ("round", n(*round)),
                ("table", n(*table)),
                ("language", language.clone()),
                ("people", n(*people)),
                ("min", min.to_string()),
            ],
        ),
    }
}
