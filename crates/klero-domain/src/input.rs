//! Form input parsed into domain values ("parse, don't validate"). A form arrives as field
//! name to text; a parser returns the value or every problem at once, each naming its field and
//! a message key that the web layer translates.

use crate::access::Role;
use crate::assembly::{AssemblyKind, Date, Slug, Stage};
use crate::lang::{Lang, Localised};
use std::collections::HashMap;

/// Raw form fields, as submitted.
pub type RawForm = HashMap<String, String>;

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form field's name.
    pub field: String,
    /// The message key (a Fluent id such as `error-required`).
    pub message: &'static str,
}

/// Every problem found in a form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub(crate) fn add(&mut self, field: &str, message: &'static str) {
        self.0.push(FieldError {
            field: field.to_owned(),
            message,
        });
    }

    /// The message key for `field`, if it has a problem.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message)
    }

    /// Whether no field has a problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

pub(crate) fn field<'a>(form: &'a RawForm, name: &str) -> &'a str {
    form.get(name).map(|s| s.trim()).unwrap_or_default()
}

/// Reads `{prefix}_{lang}` for every language into one text.
pub(crate) fn localised(form: &RawForm, prefix: &str) -> Localised {
    let mut text = Localised::new();
    for lang in Lang::ALL {
        text.set(lang, field(form, &format!("{prefix}_{}", lang.code())));
    }
    text
}

/// The longest text any single field accepts, in characters.
pub const MAX_TEXT: usize = 10_000;
/// The longest title, in characters.
pub const MAX_TITLE: usize = 200;

pub(crate) fn check_lengths(errors: &mut FieldErrors, form: &RawForm, prefix: &str, max: usize) {
    for lang in Lang::ALL {
        let name = format!("{prefix}_{}", lang.code());
        if field(form, &name).chars().count() > max {
            errors.add(&name, "error-too-long");
        }
    }
}

/// An assembly as an organiser enters it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssemblyInput {
    /// Short name in addresses.
    pub slug: Slug,
    /// One-off or permanent.
    pub kind: AssemblyKind,
    /// Title, in at least one language.
    pub title: Localised,
    /// Description, in any languages (may be empty).
    pub description: Localised,
}

impl AssemblyInput {
    /// Parses fields `slug`, `kind`, `title_{nl,fr,en,de}`, `description_{nl,fr,en,de}`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let slug = Slug::parse(field(form, "slug"))
            .map_err(|m| errors.add("slug", m))
            .ok();
        let kind = AssemblyKind::parse(field(form, "kind"));
        if kind.is_none() {
            errors.add("kind", "error-choose-one");
        }
        let title = localised(form, "title");
        if title.is_empty() {
            errors.add("title", "error-title-one-language");
        }
        check_lengths(&mut errors, form, "title", MAX_TITLE);
        check_lengths(&mut errors, form, "description", MAX_TEXT);
        let description = localised(form, "description");
        match (slug, kind) {
            (Some(slug), Some(kind)) => errors.into_result(|| AssemblyInput {
                slug,
                kind,
                title,
                description,
            }),
            _ => Err(errors),
        }
    }
}

/// A panel as an organiser enters it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelInput {
    /// Theme, in at least one language.
    pub theme: Localised,
    /// Members to draw, 1 to 10,000.
    pub size: u32,
    /// First day.
    pub starts_on: Date,
    /// Last day, not before the first.
    pub ends_on: Date,
    /// Where the cycle is.
    pub stage: Stage,
}

impl PanelInput {
    /// Parses fields `theme_{nl,fr,en,de}`, `size`, `starts_on`, `ends_on`, `stage`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let theme = localised(form, "theme");
        if theme.is_empty() {
            errors.add("theme", "error-title-one-language");
        }
        check_lengths(&mut errors, form, "theme", MAX_TITLE);
        let size = match field(form, "size").parse::<u32>() {
            Ok(n) if (1..=10_000).contains(&n) => Some(n),
            _ => {
                errors.add("size", "error-panel-size");
                None
            }
        };
        let mut date = |name: &str| {
            let parsed = Date::parse(field(form, name));
            if parsed.is_none() {
                errors.add(name, "error-date");
            }
            parsed
        };
        let (starts_on, ends_on) = (date("starts_on"), date("ends_on"));
        if let (Some(start), Some(end)) = (starts_on, ends_on)
            && end < start
        {
            errors.add("ends_on", "error-ends-before-start");
        }
        let stage = Stage::parse(field(form, "stage"));
        if stage.is_none() {
            errors.add("stage", "error-choose-one");
        }
        match (size, starts_on, ends_on, stage) {
            (Some(size), Some(starts_on), Some(ends_on), Some(stage)) => {
                errors.into_result(|| PanelInput {
                    theme,
                    size,
                    starts_on,
                    ends_on,
                    stage,
                })
            }
            _ => Err(errors),
        }
    }
}

/// An e-mail address, trimmed and lower-cased, of the plain `local@domain.tld` shape.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Email(String);

impl Email {
    /// Parses an address; `None` when it is not of the `local@domain.tld` shape.
    pub fn parse(text: &str) -> Option<Email> {
        let text = text.trim().to_lowercase();
        let (local, domain) = text.split_once('@')?;
        let shape_ok = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && text.len() <= 254
            && !text
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
        shape_ok.then_some(Email(text))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An invitation as an organiser enters it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteInput {
    /// Who is invited.
    pub email: Email,
    /// Into which role.
    pub role: Role,
}

impl InviteInput {
    /// Parses fields `email` and `role`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let email = Email::parse(field(form, "email"));
        if email.is_none() {
            errors.add("email", "error-email");
        }
        let role = Role::parse(field(form, "role"));
        if role.is_none() {
            errors.add("role", "error-choose-one");
        }
        match (email, role) {
            (Some(email), Some(role)) => Ok(InviteInput { email, role }),
            _ => Err(errors),
        }
    }
}

/// The shortest password accepted, in characters.
pub const MIN_PASSWORD: usize = 10;

/// A new account's name and password, as the invited person chooses them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountInput {
    /// The name others see (1 to 100 characters).
    pub display_name: String,
    /// The chosen password (hashed before it is stored; never logged).
    pub password: String,
}

impl AccountInput {
    /// Parses fields `display_name`, `password` and `password_confirm`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let display_name = field(form, "display_name").to_owned();
        let name_chars = display_name.chars().count();
        if name_chars == 0 || name_chars > 100 {
            errors.add("display_name", "error-display-name");
        }
        // Passwords are not trimmed: every character counts.
        let password = form.get("password").cloned().unwrap_or_default();
        if password.chars().count() < MIN_PASSWORD || password.len() > 1024 {
            errors.add("password", "error-password-length");
        } else if form.get("password_confirm") != Some(&password) {
            errors.add("password_confirm", "error-password-mismatch");
        }
        errors.into_result(|| AccountInput {
            display_name,
            password,
        })
    }
}
