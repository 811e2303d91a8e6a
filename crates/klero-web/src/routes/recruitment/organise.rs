//! The recruitment page of a panel: the invitation lottery (organisers), the letters' texts and
//! the letters as one PDF (organisers), the replies per stratum against the population
//! (organisers and staff), the registrants with their contact details (organisers and staff),
//! the quotas proposed from the population's shares and the registrations put into the
//! selection's pool (organisers), and erasing the personal data (organisers).

use super::draw::{self, DrawForm, MAX_REGISTER, address_problem};
use super::{opening_explained, panel_opening, pool_entries, questions};
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{Page, Shown, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::selection::other_lang;
use crate::routes::summit::PanelPath;
use crate::routes::{PathParam, actor};
use crate::uploads;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use klero_domain::access::Action;
use klero_domain::assembly::Date;
use klero_domain::input::Email;
use klero_domain::invitation::{AddressLines, missing_placeholders};
use klero_domain::lang::Lang;
use klero_domain::recruitment::{
    ProposalError, QuotaBounds, Reference, Share, propose_quotas, reply_composition,
};
use klero_store::{
    LetterSettings, SelectionInputs, SelectionQuota, SelectionRefusal, SelectionState, StoreError,
};

/// Registrations at most this many (plus the rest as a count) are listed on the page.
const LISTED: usize = 2_000;

/// A stratum's line of the dashboard, its numbers written for the reader.
pub(crate) struct StratumLine {
    pub name: String,
    pub population: String,
    /// Share of the population.
    pub population_share: String,
    pub invitations: String,
    pub registered: String,
    pub withdrawn: u32,
    /// Registrations per invitation.
    pub response_rate: String,
    /// Share of the registrations.
    pub registered_share: String,
    /// The registrations' share less the population's, in points.
    pub gap: String,
    /// The chart's bars: the population's share and the replies', 0–100 of the widest.
    pub bars: Bars,
}

/// A pair of bars for the dashboard's charts: the reference share and the replies' share, as
/// widths in percent of the chart (the widest share of the table fills it).
pub(crate) struct Bars {
    pub reference: String,
    pub replies: String,
    /// `over`, `under` or `even`: the gap's direction, also written in words.
    pub direction: &'static str,
}

/// A quota category's table on the dashboard.
pub(crate) struct CategoryView {
    /// For the table's caption id.
    pub index: usize,
    pub label: String,
    pub label_lang: &'static str,
    /// Whether the reference is the quotas (no population shares known).
    pub against_quotas: bool,
    pub answered: String,
    pub values: Vec<ValueView>,
}

/// A value's line in a category's table.
pub(crate) struct ValueView {
    pub label: String,
    pub label_lang: &'static str,
    pub reference: String,
    pub replies: String,
    pub share: String,
    pub gap: String,
    pub bars: Bars,
}

/// Points of gap below which the replies are said to follow the reference.
const EVEN: f64 = 2.0;

/// The bars of `reference` and `share` (percent), scaled so that `widest` fills the chart.
fn bars(reference: f64, share: f64, widest: f64) -> Bars {
    let width = |x: f64| {
        let w = if widest > 0.0 {
            x / widest * 100.0
        } else {
            0.0
        };
        format!("{:.1}", w.clamp(0.0, 100.0))
    };
    let gap = share - reference;
    Bars {
        reference: width(reference),
        replies: width(share),
        direction: if gap >= EVEN {
            "over"
        } else if gap <= -EVEN {
            "under"
        } else {
            "even"
        },
    }
}

/// A gap in points, signed, as the reader writes numbers.
fn points(page: &Page, gap: f64) -> String {
    let sign = if gap > 0.0 { "+" } else { "" };
    page.t1(
        "recruitment-points",
        "points",
        format!("{sign}{}", crate::i18n::number(page.lang, gap, 1)),
    )
}

/// The replies per quota category, against the population's shares (or the quotas).
fn category_views(
    page: &Page,
    quotas: &[SelectionQuota],
    shares: &[Share],
    registrations: &[klero_store::Registration],
    labels: &klero_domain::labels::QuotaLabels,
) -> Vec<CategoryView> {
    let bounds: Vec<QuotaBounds<'_>> = quotas
        .iter()
        .map(|q| (q.feature.as_str(), q.value.as_str(), q.min, q.max))
        .collect();
    let answers: Vec<Vec<(String, String)>> = registrations
        .iter()
        .filter(|r| r.withdrawn_at.is_none())
        .map(|r| r.answers.clone())
        .collect();
    let lang = page.lang;
    let percent = |x: f64| crate::i18n::format_percent(lang, x, 1);
    reply_composition(&bounds, shares, &answers)
        .into_iter()
        .enumerate()
        .map(|(index, category)| {
            let widest = category
                .values
                .iter()
                .flat_map(|v| [v.reference, v.share])
                .fold(0.0, f64::max);
            let label = labels.category(&category.feature, lang);
            CategoryView {
                index,
                label_lang: other_lang(&label, lang),
                label: label.text,
                against_quotas: category.reference == Reference::Quotas,
                answered: crate::i18n::integer(lang, u64::from(category.answered)),
                values: category
                    .values
                    .iter()
                    .map(|v| {
                        let label = labels.value(&category.feature, &v.value, lang);
                        ValueView {
                            label_lang: other_lang(&label, lang),
                            label: label.text,
                            reference: percent(v.reference),
                            replies: crate::i18n::integer(lang, u64::from(v.replies)),
                            share: percent(v.share),
                            gap: points(page, v.gap()),
                            bars: bars(v.reference, v.share, widest),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// A registrant in the list.
pub(crate) struct RegistrantLine {
    pub seq: u32,
    pub stratum: String,
    pub answers: String,
    pub available: bool,
    pub lang: String,
    pub by_staff: bool,
    pub withdrawn: bool,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub needs: String,
}

/// The letter's text in one language, for the editor.
pub(crate) struct LetterField {
    pub lang: &'static str,
    pub endonym: &'static str,
    pub body: String,
}

#[derive(Template)]
#[template(path = "recruitment.html")]
struct RecruitmentPage {
    page: Page,
    base: String,
    slug: String,
    crumbs: crate::pages::Crumbs,
    theme: Shown,
    organiser: bool,
    drawn: bool,
    register_file: String,
    register_digest: String,
    seed: String,
    drawn_on: String,
    population: String,
    invitations: String,
    registered: u32,
    response_rate: String,
    strata: Vec<StratumLine>,
    categories: Vec<CategoryView>,
    letters: Vec<LetterField>,
    settings: SettingsForm,
    header_columns: String,
    opening_notice: String,
    letters_ready: bool,
    registrants: Vec<RegistrantLine>,
    more_registrants: usize,
    erased_on: Option<String>,
    selection_state: &'static str,
    has_quotas: bool,
    questions: Vec<String>,
    shares: String,
    share_panel_size: String,
    tolerance: String,
    form: DrawForm,
    problems: Vec<String>,
    notice: Option<String>,
}

/// The letters' settings form as shown (and as sent, when it is refused).
#[derive(Default, Clone)]
pub(crate) struct SettingsForm {
    pub address: String,
    pub phone: String,
    pub email: String,
    pub opens_on: String,
}

impl SettingsForm {
    fn of(settings: &LetterSettings) -> Self {
        SettingsForm {
            address: settings.address.text(),
            phone: settings.contact_phone.clone(),
            email: settings.contact_email.clone(),
            opens_on: settings.opens_on.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

/// What the last submission left to show.
#[derive(Default)]
struct Flash {
    problems: Vec<String>,
    notice: Option<String>,
    form: Option<DrawForm>,
    shares: Option<(String, String, String)>,
    settings: Option<SettingsForm>,
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        #[expect(clippy::cast_precision_loss, reason = "people counts, far below 2^52")]
        let share = part as f64 / whole as f64 * 100.0;
        share
    }
}

/// The default letter in `lang`, from the messages.
pub(crate) fn default_letter(lang: Lang) -> String {
    crate::i18n::message(lang, "letter-default-body")
}

/// The letter's text in `lang`: as edited, else the default.
pub(crate) fn letter_text(edited: &[(String, String)], lang: Lang) -> String {
    edited
        .iter()
        .find(|(l, _)| l == lang.code())
        .map_or_else(|| default_letter(lang), |(_, body)| body.clone())
}

async fn page_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    shown: Flash,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let panel_id = &at.panel.id;
    let recruitment = state.store.recruitment(panel_id).await?;
    let figures = state.store.recruitment_strata(panel_id).await?;
    let registrations = state.store.registrations(panel_id).await?;
    let contacts = state.store.registration_contacts(panel_id).await?;
    let edited = state.store.letter_texts(panel_id).await?;
    let selection = state.store.selection(panel_id).await?;
    let quotas = state.store.selection_quotas(panel_id).await?;
    let standing = panel_opening(state, panel_id).await?;
    let (opening, letter_settings) = (standing.opening, standing.settings);
    let labels = state.store.quota_labels(panel_id).await?;
    let header = state.store.register_header(panel_id).await?;
    let total_population: u64 = figures.iter().map(|s| s.population).sum();
    let invitations: u32 = figures.iter().map(|s| s.invitations).sum();
    let registered: u32 = figures.iter().map(|s| s.registered).sum();
    let lang = page.lang;
    let in_words =
        |at: i64| crate::i18n::date_words(lang, klero_domain::followup::brussels_today(at));
    let percent_text = |x: f64| crate::i18n::format_percent(lang, x, 1);
    let shares_of: Vec<(f64, f64)> = figures
        .iter()
        .map(|s| {
            (
                percent(s.population, total_population),
                percent(u64::from(s.registered), u64::from(registered)),
            )
        })
        .collect();
    let widest = shares_of
        .iter()
        .flat_map(|(a, b)| [*a, *b])
        .fold(0.0, f64::max);
    let strata = figures
        .iter()
        .zip(&shares_of)
        .map(|(s, &(population_share, registered_share))| {
            let rate = percent(u64::from(s.registered), u64::from(s.invitations));
            StratumLine {
                name: s.name.clone(),
                population: crate::i18n::integer(lang, s.population),
                population_share: percent_text(population_share),
                invitations: crate::i18n::integer(lang, u64::from(s.invitations)),
                registered: crate::i18n::integer(lang, u64::from(s.registered)),
                withdrawn: s.withdrawn,
                response_rate: percent_text(rate),
                registered_share: percent_text(registered_share),
                gap: points(&page, registered_share - population_share),
                bars: bars(population_share, registered_share, widest),
            }
        })
        .collect();
    let shares = state.store.population_shares(panel_id).await?;
    let categories = category_views(&page, &quotas, &shares, &registrations, &labels);
    let registrants = registrations
        .iter()
        .take(LISTED)
        .map(|r| {
            let contact = contacts.iter().find(|c| c.seq == r.seq);
            RegistrantLine {
                seq: r.seq,
                stratum: r.stratum.clone(),
                answers: r
                    .answers
                    .iter()
                    .map(|(f, v)| {
                        format!(
                            "{}{} {}",
                            labels.category(f, lang).text,
                            crate::i18n::colon(lang),
                            labels.value(f, v, lang).text
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                available: r.available,
                lang: r.lang.clone(),
                by_staff: r.by_staff,
                withdrawn: r.withdrawn_at.is_some(),
                name: contact.map(|c| c.name.clone()).unwrap_or_default(),
                email: contact.map(|c| c.email.clone()).unwrap_or_default(),
                phone: contact.map(|c| c.phone.clone()).unwrap_or_default(),
                needs: contact.map(|c| c.needs.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let letters = Lang::ALL
        .into_iter()
        .map(|lang| LetterField {
            lang: lang.code(),
            endonym: lang.endonym(),
            body: letter_text(&edited, lang),
        })
        .collect();
    // The shares default to the register's strata, with their population.
    let stratify_by = recruitment
        .as_ref()
        .and_then(|r| serde_json::from_str::<serde_json::Value>(&r.settings_json).ok())
        .and_then(|v| {
            v.get("stratify_by")
                .and_then(|s| s.as_str())
                .map(str::to_owned)
        })
        .unwrap_or_default();
    // The shares last used, else the register's strata with their population.
    let default_shares = if shares.is_empty() {
        figures
            .iter()
            .map(|s| format!("{stratify_by},{},{}", s.name, s.population))
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        shares
            .iter()
            .map(|s| format!("{},{},{}", s.feature, s.value, s.weight))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (shares, share_panel_size, tolerance) = shown.shares.unwrap_or_else(|| {
        (
            default_shares,
            selection
                .as_ref()
                .map_or(at.panel.size, |s| s.panel_size)
                .to_string(),
            "20".to_owned(),
        )
    });
    Ok(render_page(&RecruitmentPage {
        base: at.base(),
        slug: at.slug().to_owned(),
        crumbs: at.crumbs(&page),
        theme: page.pick(&at.panel.theme),
        organiser: at.may(Action::RunSelection),
        drawn: recruitment.is_some(),
        register_file: recruitment
            .as_ref()
            .map(|r| r.register_file.clone())
            .unwrap_or_default(),
        register_digest: recruitment
            .as_ref()
            .map(|r| r.register_digest.clone())
            .unwrap_or_default(),
        seed: recruitment
            .as_ref()
            .map(|r| r.seed.clone())
            .unwrap_or_default(),
        drawn_on: recruitment
            .as_ref()
            .map(|r| in_words(r.drawn_at))
            .unwrap_or_default(),
        population: crate::i18n::integer(
            page.lang,
            recruitment.as_ref().map_or(0, |r| r.population),
        ),
        invitations: crate::i18n::integer(page.lang, u64::from(invitations)),
        registered,
        response_rate: crate::i18n::format_percent(
            page.lang,
            percent(u64::from(registered), u64::from(invitations)),
            1,
        ),
        strata,
        categories,
        letters,
        settings: shown
            .settings
            .unwrap_or_else(|| SettingsForm::of(&letter_settings)),
        header_columns: header.join(", "),
        opening_notice: opening_explained(&page, opening, standing.has_questions),
        letters_ready: opening.letters_may_go(),
        more_registrants: registrations.len().saturating_sub(LISTED),
        registrants,
        erased_on: recruitment
            .as_ref()
            .and_then(|r| r.personal_erased_at)
            .map(in_words),
        selection_state: selection.as_ref().map_or("none", |s| s.state.as_str()),
        has_quotas: !quotas.is_empty(),
        questions: questions(&quotas)
            .into_iter()
            .map(|(f, values)| {
                let values: Vec<String> = values
                    .iter()
                    .map(|v| labels.value(&f, v, lang).text)
                    .collect();
                format!(
                    "{}{} {}",
                    labels.category(&f, lang).text,
                    crate::i18n::colon(lang),
                    values.join(", ")
                )
            })
            .collect(),
        shares,
        share_panel_size,
        tolerance,
        form: shown.form.unwrap_or_else(|| DrawForm {
            languages: page.lang.code().to_owned(),
            ..DrawForm::default()
        }),
        problems: shown.problems,
        notice: shown.notice,
        page,
    }))
}

fn back(at: &InPanel) -> Response {
    Redirect::to(&format!("{}/recruitment", at.base())).into_response()
}

async fn refused(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    shown: Flash,
) -> Result<Response, PageError> {
    let response = page_with(state, ctx, at, shown).await?;
    Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
}

/// The page again with `problems`, status 422.
pub(crate) async fn refuse_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let shown = Flash {
        problems,
        ..Flash::default()
    };
    refused(state, ctx, at, shown).await
}

pub(crate) async fn recruitment_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::EnterRegistrations).await?;
    page_with(&state, &ctx, &at, Flash::default()).await
}

/// Draws the invitations from an uploaded register.
pub(crate) async fn draw_invitations(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let upload = draw::read(&ctx, multipart).await?;
    let page = Page::new(&ctx);
    let form = upload.form.clone();
    let drawn = uploads::parse(&state, move || draw::run(&page, &upload)).await?;
    match drawn {
        Ok(invitations) => {
            state
                .store
                .record_invitations(&at.panel, &invitations, &actor(&ctx), state.now())
                .await?;
            Ok(back(&at))
        }
        Err(problems) => {
            let shown = Flash {
                problems,
                form: Some(form),
                ..Flash::default()
            };
            refused(&state, &ctx, &at, shown).await
        }
    }
}

/// The longest letter text accepted, in characters.
const MAX_LETTER: usize = 8_000;

/// Saves the letter's text in one language.
pub(crate) async fn save_letter(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let lang = form
        .get("lang")
        .and_then(|l| Lang::parse(l))
        .ok_or(PageError::BadRequest)?;
    let body = form.get("body").map(|b| b.trim()).unwrap_or_default();
    let page = Page::new(&ctx);
    let field = format!("{} ({})", page.t("recruitment-letter-text"), lang.endonym());
    let missing = missing_placeholders(body);
    let problem = if body.is_empty() || body.chars().count() > MAX_LETTER {
        Some(page.t("recruitment-error-letter"))
    } else if !missing.is_empty() {
        Some(page.t1(
            "recruitment-error-placeholders",
            "placeholders",
            missing.join(", "),
        ))
    } else {
        None
    };
    if let Some(problem) = problem {
        let shown = Flash {
            problems: vec![format!(
                "{field}{} {problem}",
                crate::i18n::colon(page.lang)
            )],
            ..Flash::default()
        };
        return refused(&state, &ctx, &at, shown).await;
    }
    let body = body.replace("\r\n", "\n");
    state
        .store
        .set_letter_text(&at.panel, lang.code(), &body, &actor(&ctx), state.now())
        .await?;
    Ok(back(&at))
}

/// Saves the letters' settings: the address block's lines, the organisers' phone and e-mail,
/// and the day registration opens. Every problem is named by its field; nothing is saved
/// unless all are right.
pub(crate) async fn save_letter_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let page = Page::new(&ctx);
    let field = |name: &str| {
        form.get(name)
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    let sent = SettingsForm {
        address: field("address"),
        phone: field("contact_phone"),
        email: field("contact_email"),
        opens_on: field("opens_on"),
    };
    let mut problems = Vec::new();
    let mut problem = |label: &str, text: String| {
        problems.push(format!(
            "{}{} {text}",
            page.t(label),
            crate::i18n::colon(page.lang)
        ));
    };
    let header = state.store.register_header(&at.panel.id).await?;
    let address = match AddressLines::parse(&sent.address) {
        Ok(lines) => {
            for column in lines.missing(&header) {
                problem(
                    "recruitment-address-columns",
                    page.t1("recruitment-error-no-column", "column", column),
                );
            }
            if lines.is_empty() {
                problem(
                    "recruitment-address-columns",
                    page.t("recruitment-error-address-empty"),
                );
            }
            lines
        }
        Err(error) => {
            problem(
                "recruitment-address-columns",
                address_problem(&page, &error),
            );
            AddressLines::default()
        }
    };
    if !super::valid_phone(&sent.phone) {
        problem("recruitment-contact-phone", page.t("register-error-phone"));
    }
    if !sent.email.is_empty() && Email::parse(&sent.email).is_none() {
        problem("recruitment-contact-email", page.t("register-error-email"));
    }
    let opens_on = if sent.opens_on.is_empty() {
        None
    } else {
        let day = Date::parse(&sent.opens_on);
        if day.is_none() {
            problem("recruitment-opens-on", page.t("recruitment-error-date"));
        }
        day
    };
    if !problems.is_empty() {
        let shown = Flash {
            problems,
            settings: Some(sent),
            ..Flash::default()
        };
        return refused(&state, &ctx, &at, shown).await;
    }
    let settings = LetterSettings {
        address,
        contact_phone: sent.phone,
        contact_email: sent.email,
        opens_on,
    };
    state
        .store
        .set_letter_settings(&at.panel, &settings, &actor(&ctx), state.now())
        .await?;
    Ok(back(&at))
}

/// Puts the registrations into the selection's pool, with the quotas as they stand.
async fn pool_from_registrations(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    quotas: Vec<SelectionQuota>,
    panel_size: u32,
    features_file: &str,
) -> Result<Result<Vec<u32>, Vec<String>>, PageError> {
    let page = Page::new(ctx);
    let panel_id = &at.panel.id;
    let selection = state.store.selection(panel_id).await?;
    if let Some(s) = &selection {
        if s.state != SelectionState::Open {
            return Err(StoreError::from(SelectionRefusal::Frozen).into());
        }
        let pool = state.store.selection_pool(panel_id).await?;
        if !pool.is_empty() && s.people_file != super::REGISTRATIONS {
            return Ok(Err(vec![page.t("recruitment-error-uploaded-pool")]));
        }
    }
    if quotas.is_empty() {
        return Ok(Err(vec![page.t("recruitment-error-no-quotas")]));
    }
    let registrations = state.store.registrations(panel_id).await?;
    let contacts = state.store.registration_contacts(panel_id).await?;
    let (people, left_out) = pool_entries(&quotas, &registrations);
    let by_key: std::collections::HashMap<String, &klero_store::RegistrationContact> = contacts
        .iter()
        .map(|c| (super::pool_key(c.seq), c))
        .collect();
    let contacts = people
        .iter()
        .filter_map(|p| {
            let c = by_key.get(&p.key)?;
            Some(klero_store::Contact {
                key: p.key.clone(),
                name: c.name.clone(),
                email: c.email.clone(),
                address: String::new(),
            })
        })
        .collect();
    let inputs = SelectionInputs {
        panel_size,
        lottery_panels: selection
            .as_ref()
            .map_or(klero_select::DEFAULT_LOTTERY_PANELS, |s| s.lottery_panels),
        reserves: selection.as_ref().map_or_else(
            || crate::routes::selection::default_reserves(panel_size),
            |s| s.reserves,
        ),
        features_file: features_file.to_owned(),
        people_file: super::REGISTRATIONS.to_owned(),
        quotas,
        people,
        contacts,
    };
    state
        .store
        .replace_selection_inputs(&at.panel, &inputs, &actor(ctx), state.now())
        .await?;
    Ok(Ok(left_out))
}

fn left_out_notice(page: &Page, left_out: &[u32]) -> Option<String> {
    (!left_out.is_empty()).then(|| {
        let numbers: Vec<String> = left_out.iter().map(u32::to_string).collect();
        page.t1("recruitment-left-out", "numbers", numbers.join(", "))
    })
}

/// Puts the registrations into the selection's pool with the current quotas.
pub(crate) async fn fill_pool(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(_form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let quotas = state.store.selection_quotas(&at.panel.id).await?;
    let selection = state.store.selection(&at.panel.id).await?;
    let panel_size = selection.as_ref().map_or(at.panel.size, |s| s.panel_size);
    let features_file = selection
        .as_ref()
        .map_or_else(String::new, |s| s.features_file.clone());
    let page = Page::new(&ctx);
    match pool_from_registrations(&state, &ctx, &at, quotas, panel_size, &features_file).await? {
        Ok(left_out) => {
            let shown = Flash {
                notice: Some(
                    left_out_notice(&page, &left_out)
                        .unwrap_or_else(|| page.t("recruitment-pool-filled")),
                ),
                ..Flash::default()
            };
            page_with(&state, &ctx, &at, shown).await
        }
        Err(problems) => {
            let shown = Flash {
                problems,
                ..Flash::default()
            };
            refused(&state, &ctx, &at, shown).await
        }
    }
}

/// Reads the shares, one `feature,value,weight` per line; problems name the line.
fn read_shares(page: &Page, text: &str) -> Result<Vec<Share>, Vec<String>> {
    let mut shares = Vec::new();
    let mut problems = Vec::new();
    for (number, line) in (1..).zip(text.lines()) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        let weight = cells
            .get(2)
            .and_then(|w| w.replace('%', "").trim().parse::<f64>().ok());
        match (cells.as_slice(), weight) {
            ([feature, value, _], Some(weight)) if !feature.is_empty() && !value.is_empty() => {
                shares.push(Share {
                    feature: (*feature).to_owned(),
                    value: (*value).to_owned(),
                    weight,
                });
            }
            _ => problems.push(page.t1("recruitment-error-share-line", "line", number)),
        }
    }
    if shares.is_empty() && problems.is_empty() {
        problems.push(page.t("recruitment-error-no-shares"));
    }
    if problems.is_empty() {
        Ok(shares)
    } else {
        Err(problems)
    }
}

/// Why no quotas could be proposed, in the reader's words.
fn proposal_problem(page: &Page, error: &ProposalError) -> String {
    match error {
        ProposalError::BadWeight { feature, value } => page.t2(
            "recruitment-error-share-weight",
            "category",
            feature,
            "value",
            value,
        ),
        ProposalError::Empty(feature) => {
            page.t1("recruitment-error-share-empty", "category", feature)
        }
        ProposalError::Tolerance => page.t("recruitment-error-tolerance"),
        ProposalError::PanelSize => page.t("selection-error-size"),
    }
}

/// Proposes quotas from the population's shares and applies them, with the registrations as
/// the pool; then the selection page shows whether a panel can be drawn and, if not, why.
pub(crate) async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let page = Page::new(&ctx);
    let field = |name: &str| form.get(name).cloned().unwrap_or_default();
    let (text, size, tolerance) = (field("shares"), field("panel_size"), field("tolerance"));
    let mut problems = Vec::new();
    let panel_size = size
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|k| (1..=10_000).contains(k));
    if panel_size.is_none() {
        problems.push(page.t("selection-error-size"));
    }
    let fraction = tolerance
        .trim()
        .trim_end_matches('%')
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|t| (0.0..=100.0).contains(t))
        .map(|t| t / 100.0);
    if fraction.is_none() {
        problems.push(page.t("recruitment-error-tolerance"));
    }
    let shares = read_shares(&page, &text)
        .map_err(|p| problems.extend(p))
        .ok();
    let proposed = match (&shares, panel_size, fraction) {
        (Some(shares), Some(k), Some(t)) if problems.is_empty() => propose_quotas(shares, k, t)
            .map_err(|e| problems.push(proposal_problem(&page, &e)))
            .ok(),
        _ => None,
    };
    let (Some(proposed), Some(panel_size), Some(shares)) = (proposed, panel_size, shares) else {
        let shown = Flash {
            problems,
            shares: Some((text, size, tolerance)),
            ..Flash::default()
        };
        return refused(&state, &ctx, &at, shown).await;
    };
    let quotas = proposed
        .into_iter()
        .map(|q| SelectionQuota {
            feature: q.feature,
            value: q.value,
            min: q.min,
            max: q.max,
            min_flex: None,
            max_flex: None,
        })
        .collect();
    let features_file = page.t("recruitment-shares-file");
    match pool_from_registrations(&state, &ctx, &at, quotas, panel_size, &features_file).await? {
        Ok(_) => {
            state
                .store
                .set_population_shares(&at.panel, &shares)
                .await?;
            Ok(Redirect::to(&format!("{}/selection", at.base())).into_response())
        }
        Err(problems) => {
            let shown = Flash {
                problems,
                shares: Some((text, size, tolerance)),
                ..Flash::default()
            };
            refused(&state, &ctx, &at, shown).await
        }
    }
}

/// Withdraws a registration at the registrant's request (organisers and staff).
pub(crate) async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::EnterRegistrations).await?;
    let seq = form
        .get("seq")
        .and_then(|s| s.trim().parse::<u32>().ok())
        .ok_or(PageError::BadRequest)?;
    state
        .store
        .withdraw_registration(&at.panel, seq, &actor(&ctx), state.now())
        .await?;
    Ok(back(&at))
}

/// Erases the recruitment's personal data (the register's rows, contact details, the codes).
pub(crate) async fn erase(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    if form.get("confirm").map(String::as_str) != Some("yes") {
        let page = Page::new(&ctx);
        let shown = Flash {
            problems: vec![page.t("recruitment-error-confirm-erase")],
            ..Flash::default()
        };
        return refused(&state, &ctx, &at, shown).await;
    }
    state
        .store
        .erase_recruitment_personal(&at.panel, &actor(&ctx), state.now())
        .await?;
    Ok(back(&at))
}

/// Body limit of the draw form: the register and an exclusion list.
pub(crate) const DRAW_BODY_LIMIT: usize = MAX_REGISTER;
