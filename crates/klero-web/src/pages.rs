//! Page models: what every page shows (the [`Page`] frame: language, who is signed in, the
//! language switcher, the CSRF token) and the askama templates that render them. Templates
//! escape everything by default; no HTML is built with `format!`.

use crate::context::Ctx;
use crate::errors::encode;
use crate::i18n;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use klero_domain::input::{FieldErrors, RawForm};
use klero_domain::lang::{Lang, Localised};

/// A link of the language switcher.
pub(crate) struct LangLink {
    pub code: &'static str,
    pub endonym: &'static str,
    pub href: String,
    pub current: bool,
}

/// A text in the language it is written in (pages mark it with `lang`, for screen readers).
pub(crate) struct Shown {
    pub lang: &'static str,
    pub text: String,
}

/// The frame of every page.
pub(crate) struct Page {
    pub lang: Lang,
    pub user: Option<String>,
    pub is_admin: bool,
    pub csrf: String,
    pub languages: Vec<LangLink>,
}

impl Page {
    pub(crate) fn new(ctx: &Ctx) -> Page {
        let languages = Lang::ALL
            .into_iter()
            .map(|lang| LangLink {
                code: lang.code(),
                endonym: lang.endonym(),
                href: format!("/lang/{}?next={}", lang.code(), encode(&ctx.here)),
                current: lang == ctx.lang,
            })
            .collect();
        Page {
            lang: ctx.lang,
            user: ctx.session.as_ref().map(|s| s.account.display_name.clone()),
            is_admin: ctx.session.as_ref().is_some_and(|s| s.account.is_admin),
            csrf: ctx.csrf.clone(),
            languages,
        }
    }

    /// A page in `lang` for a reader who is not there (a document rendered to a file).
    pub(crate) fn in_lang(lang: Lang) -> Page {
        Page {
            lang,
            user: None,
            is_admin: false,
            csrf: String::new(),
            languages: Vec::new(),
        }
    }

    /// What follows a label before its value, in the page's language.
    pub(crate) fn colon(&self) -> &'static str {
        i18n::colon(self.lang)
    }

    /// The message `key` in the page's language.
    pub(crate) fn t(&self, key: &str) -> String {
        i18n::message(self.lang, key)
    }

    /// The message `key` with one argument.
    pub(crate) fn t1(&self, key: &str, name: &str, value: impl ToString) -> String {
        i18n::message_with(self.lang, key, &[(name, value.to_string())])
    }

    /// The message `key` with two arguments.
    pub(crate) fn t2(
        &self,
        key: &str,
        name1: &str,
        value1: &str,
        name2: &str,
        value2: &str,
    ) -> String {
        i18n::message_with(
            self.lang,
            key,
            &[(name1, value1.to_owned()), (name2, value2.to_owned())],
        )
    }

    /// The message `key` with any number of arguments.
    pub(crate) fn tn(&self, key: &str, args: &[(&str, String)]) -> String {
        i18n::message_with(self.lang, key, args)
    }

    /// An organiser's text in the reader's language, or in a language it is written in.
    pub(crate) fn pick(&self, text: &Localised) -> Shown {
        match text.best(self.lang) {
            Some((lang, body)) => Shown {
                lang: lang.code(),
                text: body.to_owned(),
            },
            None => Shown {
                lang: self.lang.code(),
                text: String::new(),
            },
        }
    }

    /// The languages, for forms with a field per language.
    pub(crate) fn all_langs(&self) -> Vec<(&'static str, &'static str)> {
        Lang::ALL
            .into_iter()
            .map(|l| (l.code(), l.endonym()))
            .collect()
    }
}

/// A form as last submitted (or prefilled), with its problems.
#[derive(Default)]
pub(crate) struct FormState {
    pub values: RawForm,
    pub errors: FieldErrors,
}

impl FormState {
    pub(crate) fn filled(values: RawForm) -> Self {
        FormState {
            values,
            errors: FieldErrors::default(),
        }
    }

    pub(crate) fn value(&self, field: &str) -> &str {
        self.values
            .get(field)
            .map(String::as_str)
            .unwrap_or_default()
    }

    /// Whether `field` holds `value` (a radio button to check).
    pub(crate) fn is(&self, field: &str, value: &str) -> bool {
        self.value(field) == value
    }

    pub(crate) fn value_in(&self, prefix: &str, lang: &str) -> &str {
        self.value(&format!("{prefix}_{lang}"))
    }

    pub(crate) fn error(&self, field: &str) -> Option<&'static str> {
        self.errors.get(field)
    }

    pub(crate) fn error_in(&self, prefix: &str, lang: &str) -> Option<&'static str> {
        self.errors.get(&format!("{prefix}_{lang}"))
    }

    pub(crate) fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// `(field, message key)` for the error summary at the top of the form.
    pub(crate) fn summary(&self) -> Vec<(String, &'static str)> {
        self.errors
            .0
            .iter()
            .map(|e| (e.field.clone(), e.message))
            .collect()
    }
}

/// `response` with its status replaced by `status`.
pub(crate) fn with_status(mut response: Response, status: StatusCode) -> Response {
    *response.status_mut() = status;
    response
}

/// Renders a template into a page (a 500 page if rendering fails, which a test would catch).
pub(crate) fn render_page(template: &impl Template) -> Response {
    match template.render() {
        Ok(body) => Html(body).into_response(),
        Err(error) => {
            tracing::error!(%error, "rendering a page");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

/// The way back from a panel's tool: the assembly's page, then the panel's public page.
pub(crate) struct Crumbs {
    pub assembly: Shown,
    pub assembly_href: String,
    /// "Panel 2".
    pub panel: String,
    pub theme: Shown,
    pub panel_href: String,
}

/// An error page.
#[derive(Template)]
#[template(path = "error.html")]
pub(crate) struct ErrorPage {
    pub page: Page,
    pub title: String,
    pub text: String,
}
