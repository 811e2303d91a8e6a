//! The public registration page: an invitee types the code from their letter (or scans its QR
//! code), consents, answers the questions the quotas need, gives contact details, availability,
//! language and needs; they may come back with the same code to change their answers or to
//! withdraw. Staff who take a reply on the phone use the same form, signed in: the reply is
//! marked as theirs.
//!
//! Guessing is limited twice: every attempt is counted in the database before the code is
//! looked up, per client address and per code prefix (the first group of four), each with its
//! own limit ([`crate::throttle`]); a right code takes its attempts back. A wrong code gets the
//! same friendly message whatever was wrong with it: no hint.

use super::questions;
use crate::AppState;
use crate::context::{CsrfForm, Ctx};
use crate::errors::PageError;
use crate::pages::{Page, Shown, render_page, with_status};
use crate::routes::selection::other_lang;
use crate::routes::{InAssembly, actor, load};
use crate::throttle;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use klero_domain::access::{Action, permits};
use klero_domain::assembly::Panel;
use klero_domain::input::Email;
use klero_domain::invitation::{Opening, known_answers};
use klero_domain::lang::Lang;
use klero_domain::recruitment::RegistrationCode;
use klero_store::{Attempt, CodeHolder, NewRegistration, OutgoingMail};
use serde::Deserialize;
use std::collections::HashMap;

/// The longest text accepted in a free field.
const MAX_FIELD: usize = 2_000;

/// A question of the form, with the answer given.
pub(crate) struct Question {
    /// The field's name (`q0`, `q1`...).
    pub field: String,
    /// The category's label in the reader's language, and the language it is written in
    /// when another (empty: the page's, or an id).
    pub legend: String,
    pub legend_lang: &'static str,
    /// The values: id (sent), label, the label's language when not the page's.
    pub values: Vec<(String, String, &'static str)>,
    pub chosen: String,
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    page: Page,
    /// `code`: ask for the code; `form`: the registration form; `done`: registered;
    /// `withdrawn`: withdrew.
    step: &'static str,
    code: String,
    error: Option<String>,
    staff: bool,
    registered: bool,
    questions: Vec<Question>,
    fields: HashMap<String, String>,
    errors: Vec<(String, String)>,
    languages: Vec<(&'static str, &'static str)>,
    /// Why the form is not shown (registration not open yet, not ready, or closed).
    unavailable: Option<String>,
    /// The assembly, the panel's theme and its dates, in words.
    assembly: Option<Shown>,
    theme: Option<Shown>,
    dates: String,
    /// The categories the register already answers, as labels (their values are not shown).
    known: Vec<String>,
}

impl RegisterPage {
    fn field(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }

    fn is_lang(&self, code: &str) -> bool {
        self.fields.get("lang").is_some_and(|l| l == code)
    }

    fn error_for(&self, name: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|(f, _)| f == name)
            .map(|(_, m)| m.clone())
    }
}

fn blank(page: Page, step: &'static str) -> RegisterPage {
    RegisterPage {
        page,
        step,
        code: String::new(),
        error: None,
        staff: false,
        registered: false,
        questions: Vec::new(),
        fields: HashMap::new(),
        errors: Vec::new(),
        languages: Lang::ALL
            .into_iter()
            .map(|l| (l.code(), l.endonym()))
            .collect(),
        unavailable: None,
        assembly: None,
        theme: None,
        dates: String::new(),
        known: Vec::new(),
    }
}

#[derive(Deserialize)]
pub(crate) struct CodeQuery {
    code: Option<String>,
}

/// The code page; `?code=` (from the letter's QR code) fills the field in.
pub(crate) async fn register_page(
    ctx: Ctx,
    Query(query): Query<CodeQuery>,
) -> Result<Response, PageError> {
    let mut shown = blank(Page::new(&ctx), "code");
    shown.code = query
        .code
        .as_deref()
        .and_then(RegistrationCode::parse)
        .map(|c| c.grouped())
        .unwrap_or_default();
    Ok(render_page(&shown))
}

/// What a typed code turned out to be.
enum Checked {
    /// The invitee, and whether the viewer is staff of the panel.
    Holder(CodeHolder, bool),
    /// Wrong or unknown: the page to show.
    Refused(Response),
}

/// Counts an attempt at a typed code, then checks it against the store; a right code takes
/// its attempt back.
async fn check_code(state: &AppState, ctx: &Ctx, typed: &str) -> Result<Checked, PageError> {
    let now = state.now();
    let page = Page::new(ctx);
    if typed.trim().is_empty() {
        // Not a guess: nothing to count.
        let mut shown = blank(page, "code");
        shown.error = Some(shown.page.t("register-no-code"));
        return Ok(Checked::Refused(with_status(
            render_page(&shown),
            StatusCode::UNPROCESSABLE_ENTITY,
        )));
    }
    let keys = throttle::register_keys(&ctx.client, typed);
    let keys = throttle::borrowed(&keys);
    if let Attempt::Refused { .. } = state.store.count_attempts(&keys, now).await? {
        let mut shown = blank(page, "code");
        shown.error = Some(shown.page.t("register-too-many"));
        shown.code = typed.trim().to_owned();
        return Ok(Checked::Refused(with_status(
            render_page(&shown),
            StatusCode::TOO_MANY_REQUESTS,
        )));
    }
    let holder = match RegistrationCode::parse(typed) {
        Some(code) => state.store.code_holder(&code).await?,
        None => None,
    };
    let Some(holder) = holder else {
        let mut shown = blank(page, "code");
        shown.error = Some(shown.page.t("register-unknown-code"));
        shown.code = typed.trim().to_owned();
        return Ok(Checked::Refused(with_status(
            render_page(&shown),
            StatusCode::UNPROCESSABLE_ENTITY,
        )));
    };
    for (key, _) in &keys {
        state.store.take_back_attempt(key, now).await?;
    }
    // Staff of the panel's assembly, signed in, enter phone replies.
    let staff = if ctx.session.is_some() {
        let here = load(state, ctx, &holder.slug).await?;
        permits(&here.viewer, Action::EnterRegistrations)
    } else {
        false
    };
    Ok(Checked::Holder(holder, staff))
}

/// The assembly and panel the code's holder was invited to.
async fn holder_panel(
    state: &AppState,
    ctx: &Ctx,
    holder: &CodeHolder,
) -> Result<(InAssembly, Panel), PageError> {
    let here = load(state, ctx, &holder.slug).await?;
    let panel = state
        .store
        .panel_by_number(&here.assembly.id, holder.panel_number)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok((here, panel))
}

/// The answers the register row behind the code already gives (none once the personal data
/// are erased).
async fn register_answers(
    state: &AppState,
    holder: &CodeHolder,
    questions: &[(String, Vec<String>)],
) -> Result<Vec<(String, String)>, PageError> {
    Ok(state
        .store
        .invitee_row(&holder.panel_id, holder.seq)
        .await?
        .map(|(header, cells)| known_answers(questions, &header, &cells))
        .unwrap_or_default())
}

/// The registration form for `holder`, with `fields` as given and `errors` by field.
async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    holder: &CodeHolder,
    staff: bool,
    code: &str,
    fields: HashMap<String, String>,
    errors: Vec<(String, String)>,
) -> Result<RegisterPage, PageError> {
    let quotas = state.store.selection_quotas(&holder.panel_id).await?;
    let labels = state.store.quota_labels(&holder.panel_id).await?;
    let opening = super::panel_opening(state, &holder.panel_id).await?.opening;
    let (here, panel) = holder_panel(state, ctx, holder).await?;
    let page = Page::new(ctx);
    let lang = page.lang;
    let mut shown = blank(page, "form");
    shown.unavailable = match opening {
        Opening::Open => None,
        Opening::OpensOn(day) => Some(shown.page.t1(
            "register-opens-on",
            "date",
            crate::i18n::date_words(lang, day),
        )),
        Opening::NotReady => Some(shown.page.t("register-not-ready")),
        Opening::Closed => Some(shown.page.t("register-closed")),
    };
    shown.assembly = Some(shown.page.pick(&here.assembly.title));
    shown.theme = Some(shown.page.pick(&panel.theme));
    shown.dates = crate::i18n::span_words(lang, panel.starts_on, panel.ends_on);
    let questions = questions(&quotas);
    let known = register_answers(state, holder, &questions).await?;
    shown.known = known
        .iter()
        .map(|(feature, _)| labels.category(feature, lang).text)
        .collect();
    shown.questions = questions
        .into_iter()
        .enumerate()
        .filter(|(_, (feature, _))| !known.iter().any(|(f, _)| f == feature))
        .map(|(i, (feature, values))| {
            let field = format!("q{i}");
            let legend = labels.category(&feature, lang);
            Question {
                chosen: fields.get(&field).cloned().unwrap_or_default(),
                field,
                legend_lang: other_lang(&legend, lang),
                legend: legend.text,
                values: values
                    .into_iter()
                    .map(|value| {
                        let label = labels.value(&feature, &value, lang);
                        let label_lang = other_lang(&label, lang);
                        (value, label.text, label_lang)
                    })
                    .collect(),
            }
        })
        .collect();
    shown.code = RegistrationCode::parse(code).map_or_else(String::new, |c| c.grouped());
    shown.staff = staff;
    shown.registered = holder.status == "registered";
    shown.fields = fields;
    if !shown.fields.contains_key("lang") {
        let lang = holder
            .languages
            .iter()
            .filter_map(|l| Lang::parse(l))
            .find(|l| *l == ctx.lang)
            .unwrap_or(ctx.lang);
        shown.fields.insert("lang".into(), lang.code().into());
    }
    shown.errors = errors;
    Ok(shown)
}

/// Checks the code and shows the registration form.
pub(crate) async fn enter_code(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let typed = form.get("code").cloned().unwrap_or_default();
    let (holder, staff) = match check_code(&state, &ctx, &typed).await? {
        Checked::Holder(holder, staff) => (holder, staff),
        Checked::Refused(response) => return Ok(response),
    };
    let shown = form_page(
        &state,
        &ctx,
        &holder,
        staff,
        &typed,
        HashMap::new(),
        Vec::new(),
    );
    Ok(render_page(&shown.await?))
}

/// Records the answers.
pub(crate) async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let typed = form.get("code").cloned().unwrap_or_default();
    let (holder, staff) = match check_code(&state, &ctx, &typed).await? {
        Checked::Holder(holder, staff) => (holder, staff),
        Checked::Refused(response) => return Ok(response),
    };
    // Not open (not yet, not ready, or closed): the page says why, and nothing is recorded.
    let opening = super::panel_opening(&state, &holder.panel_id)
        .await?
        .opening;
    if opening != Opening::Open {
        let shown = form_page(
            &state,
            &ctx,
            &holder,
            staff,
            &typed,
            HashMap::new(),
            Vec::new(),
        );
        return Ok(with_status(
            render_page(&shown.await?),
            StatusCode::CONFLICT,
        ));
    }
    let page = Page::new(&ctx);
    let quotas = state.store.selection_quotas(&holder.panel_id).await?;
    let questions = questions(&quotas);
    let fields: HashMap<String, String> = form
        .iter()
        .filter(|(k, _)| k.as_str() != "csrf")
        .map(|(k, v)| (k.clone(), v.trim().to_owned()))
        .collect();
    let get = |name: &str| fields.get(name).map(String::as_str).unwrap_or_default();
    let mut errors: Vec<(String, String)> = Vec::new();
    let mut error = |field: &str, key: &str| errors.push((field.to_owned(), page.t(key)));
    if get("consent") != "yes" {
        error("consent", "register-error-consent");
    }
    let known = register_answers(&state, &holder, &questions).await?;
    let mut answers = Vec::new();
    for (i, (feature, values)) in questions.iter().enumerate() {
        if let Some(answer) = known.iter().find(|(f, _)| f == feature) {
            answers.push(answer.clone());
            continue;
        }
        let field = format!("q{i}");
        match values.iter().find(|v| v.as_str() == get(&field)) {
            Some(value) => answers.push((feature.clone(), value.clone())),
            None => error(&field, "register-error-answer"),
        }
    }
    let name = get("name");
    if name.is_empty() || name.chars().count() > 200 {
        error("name", "register-error-name");
    }
    let email = get("email");
    if !email.is_empty() && Email::parse(email).is_none() {
        error("email", "register-error-email");
    }
    let phone = get("phone");
    if email.is_empty() && phone.is_empty() {
        error("email", "register-error-contact");
    }
    if !super::valid_phone(phone) {
        error("phone", "register-error-phone");
    }
    let lang = Lang::parse(get("lang"));
    if lang.is_none() {
        error("lang", "register-error-lang");
    }
    let needs = get("needs");
    if needs.chars().count() > MAX_FIELD {
        error("needs", "register-error-needs");
    }
    if !errors.is_empty() {
        let shown = form_page(&state, &ctx, &holder, staff, &typed, fields.clone(), errors).await?;
        return Ok(with_status(
            render_page(&shown),
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let (here, panel) = holder_panel(&state, &ctx, &holder).await?;
    let registration = NewRegistration {
        answers,
        available: get("available") == "yes",
        lang: lang.unwrap_or(ctx.lang).code().to_owned(),
        by_staff: staff,
        name: name.to_owned(),
        email: email.to_owned(),
        phone: phone.to_owned(),
        needs: needs.to_owned(),
    };
    // A confirmation in the registrant's own language, queued with the registration.
    let confirmation = (!registration.email.is_empty()).then(|| {
        let lang = lang.unwrap_or(ctx.lang);
        let assembly = here
            .assembly
            .title
            .best(lang)
            .map(|(_, title)| title.to_owned())
            .unwrap_or_default();
        OutgoingMail {
            assembly_id: Some(here.assembly.id.clone()),
            recipient: registration.email.clone(),
            subject: crate::i18n::message_with(
                lang,
                "register-mail-subject",
                &[("assembly", assembly)],
            ),
            body: crate::i18n::message_with(
                lang,
                "register-mail-body",
                &[("name", registration.name.clone())],
            ),
            dedup_key: None,
        }
    });
    state
        .store
        .register_invitee(
            &panel,
            holder.seq,
            &registration,
            confirmation.as_ref(),
            &actor(&ctx),
            state.now(),
        )
        .await?;
    let mut shown = blank(page, "done");
    shown.code = RegistrationCode::parse(&typed).map_or_else(String::new, |c| c.grouped());
    shown.staff = staff;
    Ok(render_page(&shown))
}

/// Withdraws the registration of the code's holder.
pub(crate) async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm,
) -> Result<Response, PageError> {
    let typed = form.get("code").cloned().unwrap_or_default();
    let holder = match check_code(&state, &ctx, &typed).await? {
        Checked::Holder(holder, _) => holder,
        Checked::Refused(response) => return Ok(response),
    };
    let (_, panel) = holder_panel(&state, &ctx, &holder).await?;
    state
        .store
        .withdraw_registration(&panel, holder.seq, &actor(&ctx), state.now())
        .await?;
    Ok(render_page(&blank(Page::new(&ctx), "withdrawn")))
}
