//! The letters of a draw as one PDF: a page per invitee, in their language or languages (a
//! Brussels letter carries French and Dutch), with the personal code grouped for reading
//! aloud and a QR code to the registration page with the code filled in. The codes are derived
//! again from the recruitment's secret, so the file can be downloaded as often as needed.

use super::organise::{letter_text, refuse_with};
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
use klero_domain::lang::Lang;
use klero_letters::{Batch, Letter, LetterError, LetterText};

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
    let base = state.config.public_url.trim_end_matches('/').to_owned();
    let letters = recipients
        .into_iter()
        .map(|r| {
            let languages: Vec<Lang> = r.languages.iter().filter_map(|l| Lang::parse(l)).collect();
            let languages = if languages.is_empty() {
                vec![ctx.lang]
            } else {
                languages
            };
            Letter {
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
        sender: vec![page.pick(&at.here.assembly.title).text],
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
