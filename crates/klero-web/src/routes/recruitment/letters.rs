//! The letters of a draw as one PDF: a page per invitee, in their language or languages (a
//! Brussels letter carries French and Dutch), with the personal code grouped for reading
//! aloud and a QR code to the registration page with the code filled in. The codes are derived
//! again from the recruitment's secret, so the file can be downloaded as often as needed.

use super::organise::{letter_text, refuse_with};
use super::{opening_explained, panel_opening};
use crate::AppState;
use crate::context::Ctx;
use crate::errors::PageError;
use crate::routes::PathParam;
use crate::routes::followup::load_panel;
use crate::routes::selection::blocking;
use crate::routes::summit::PanelPath;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use klero_domain::access::Action;
use klero_domain::invitation::missing_placeholders;
use klero_domain::lang::{Lang, Localised};
use klero_letters::{Batch, Letter, LetterError, LetterText};
use klero_store::LetterSettings;

/// A letter's languages, from the register; none known: the organiser's.
fn letter_languages(codes: &[String], fallback: Lang) -> Vec<Lang> {
    let languages: Vec<Lang> = codes.iter().filter_map(|l| Lang::parse(l)).collect();
    if languages.is_empty() {
        vec![fallback]
    } else {
        languages
    }
}

/// The letterhead in the letter's languages: the assembly's name in each of them (once when
/// they are written the same), then the organisers' phone and e-mail, labelled in the first.
fn letterhead(title: &Localised, languages: &[Lang], settings: &LetterSettings) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for lang in languages {
        if let Some((_, name)) = title.best(*lang)
            && !lines.iter().any(|l| l == name)
        {
            lines.push(name.to_owned());
        }
    }
    let first = languages.first().copied().unwrap_or(Lang::En);
    let mut contact = Vec::new();
    if !settings.contact_phone.is_empty() {
        contact.push(crate::i18n::message_with(
            first,
            "letter-phone",
            &[("phone", settings.contact_phone.clone())],
        ));
    }
    if !settings.contact_email.is_empty() {
        contact.push(settings.contact_email.clone());
    }
    if !contact.is_empty() {
        lines.push(contact.join(" · "));
    }
    lines
}

pub(crate) async fn letters_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunSelection).await?;
    let recipients = state.store.letter_recipients(&at.panel.id).await?;
    if recipients.is_empty() {
        return Err(PageError::NotFound);
    }
    let edited = state.store.letter_texts(&at.panel.id).await?;
    let page = crate::pages::Page::new(&ctx);
    let standing = panel_opening(&state, &at.panel.id).await?;
    let settings = standing.settings;
    // Letters go out only when an invitee who types the code will find the form, or the day it
    // opens: never "registration is closed".
    let mut problems = Vec::new();
    if !standing.opening.letters_may_go() {
        problems.push(opening_explained(
            &page,
            standing.opening,
            standing.has_questions,
        ));
    }
    let languages: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|lang| {
            recipients
                .iter()
                .any(|r| letter_languages(&r.languages, ctx.lang).contains(lang))
        })
        .collect();
    for lang in &languages {
        let body = letter_text(&edited, *lang);
        let field = format!("{} ({})", page.t("recruitment-letter-text"), lang.endonym());
        let colon = crate::i18n::colon(page.lang);
        let missing = missing_placeholders(&body);
        if !missing.is_empty() {
            problems.push(format!(
                "{field}{colon} {}",
                page.t1(
                    "recruitment-error-placeholders",
                    "placeholders",
                    missing.join(", ")
                )
            ));
        }
        if body.contains("{phone}") && settings.contact_phone.is_empty() {
            problems.push(format!(
                "{field}{colon} {}",
                page.t("recruitment-error-no-phone")
            ));
        }
        if body.contains("{email}") && settings.contact_email.is_empty() {
            problems.push(format!(
                "{field}{colon} {}",
                page.t("recruitment-error-no-email")
            ));
        }
    }
    if !problems.is_empty() {
        return refuse_with(&state, &ctx, &at, problems).await;
    }
    let base = state.config.public_url.trim_end_matches('/').to_owned();
    let title = &at.here.assembly.title;
    let letters = recipients
        .into_iter()
        .map(|r| {
            let languages = letter_languages(&r.languages, ctx.lang);
            Letter {
                sender: Some(letterhead(title, &languages, &settings)),
                address: r.address,
                code: r.code.grouped(),
                url: format!("{base}/register?code={}", r.code.as_str()),
                texts: languages
                    .into_iter()
                    .map(|lang| LetterText {
                        lang: lang.code().to_owned(),
                        body: letter_text(&edited, lang),
                        code_label: crate::i18n::message(lang, "recruitment-letter-code-label"),
                    })
                    .collect(),
            }
        })
        .collect();
    let batch = Batch {
        title: format!(
            "{} — {}",
            page.t("recruitment-letters"),
            page.pick(&at.panel.theme).text
        ),
        sender: vec![page.pick(title).text],
        phone: settings.contact_phone.clone(),
        email: settings.contact_email.clone(),
        letters,
    };
    let pdf = match blocking(move || klero_letters::render(&batch)).await? {
        Ok(pdf) => pdf,
        Err(error @ (LetterError::Font(_) | LetterError::Pdf(_))) => {
            tracing::error!(%error, "rendering letters");
            return Err(PageError::Internal("letters"));
        }
        // A text too long for one page, an address block too long, a URL too long for a QR
        // code: the organiser can fix these.
        Err(error) => {
            let problems = vec![format!("{} {error}", page.t("recruitment-error-letters"))];
            return refuse_with(&state, &ctx, &at, problems).await;
        }
    };
    let name = format!("letters-{slug}-{number}.pdf");
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        pdf,
    )
        .into_response())
}
