//! The panel's library: documents and links that inform its work, each labelled by where it
//! comes from (an independent expert, a stakeholder organisation, the administration, or the
//! panel's own request), in which languages it is written, with a short summary in the
//! languages the organiser supplies, and visible to the public or to the panel only.
//! Stakeholder organisations submit position papers without an account; moderators publish
//! them under the organisation's name or reject them with a reason.

use crate::input::{Email, FieldErrors, MAX_TITLE, RawForm, check_lengths, field, localised};
use crate::lang::{Lang, Localised};
use serde::{Deserialize, Serialize};

/// The longest summary, per language, in characters.
pub const MAX_SUMMARY: usize = 1_500;
/// The longest link.
pub const MAX_LINK: usize = 2_000;

/// Where an item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// An independent expert (academic, practitioner).
    Expert,
    /// A stakeholder organisation (civil society, interest group, business, union).
    Stakeholder,
    /// The administration or the government.
    Administration,
    /// Something the panel asked for.
    PanelRequest,
}

impl Source {
    /// Every source, in the order lists show them.
    pub const ALL: [Source; 4] = [
        Source::Expert,
        Source::Stakeholder,
        Source::Administration,
        Source::PanelRequest,
    ];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Expert => "expert",
            Source::Stakeholder => "stakeholder",
            Source::Administration => "administration",
            Source::PanelRequest => "panel_request",
        }
    }

    /// Parses [`Source::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text.trim())
    }
}

/// Who may see an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Everyone.
    Public,
    /// Those who work with the panel.
    Panel,
}

impl Visibility {
    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Panel => "panel",
        }
    }

    /// Parses [`Visibility::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        [Visibility::Public, Visibility::Panel]
            .into_iter()
            .find(|v| v.as_str() == text.trim())
    }
}

/// An item as described (the file, if any, travels apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemInput {
    /// The title, in at least one language.
    pub title: Localised,
    /// A short summary, per language (may be empty).
    pub summary: Localised,
    /// The languages the document itself is written in (at least one).
    pub languages: Vec<Lang>,
    /// Where it comes from.
    pub source: Source,
    /// Its author or organisation.
    pub by: String,
    /// A link to it (http or https), when it is not a file.
    pub link: Option<String>,
    /// Who may see it.
    pub visibility: Visibility,
}

/// Checks a link: http or https, a host, no spaces or control characters, not too long.
pub fn valid_link(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            !host.is_empty()
                && host.contains('.')
                && text.len() <= MAX_LINK
                && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

fn languages(form: &RawForm, errors: &mut FieldErrors) -> Vec<Lang> {
    let langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| !field(form, &format!("doc_{}", l.code())).is_empty())
        .collect();
    if langs.is_empty() {
        errors.add("doc", "error-library-languages");
    }
    langs
}

fn link(form: &RawForm, errors: &mut FieldErrors) -> Option<String> {
    match field(form, "link") {
        "" => None,
        text if valid_link(text) => Some(text.to_owned()),
        _ => {
            errors.add("link", "error-link");
            None
        }
    }
}

fn by(form: &RawForm, name: &str, errors: &mut FieldErrors) -> String {
    let by = field(form, name).to_owned();
    if by.is_empty() {
        errors.add(name, "error-required");
    } else if by.chars().count() > MAX_TITLE {
        errors.add(name, "error-too-long");
    }
    by
}

impl ItemInput {
    /// Parses an item added by organisers or experts: `title_{lang}`, `summary_{lang}`, a check
    /// box `doc_{lang}` per language of the document, `source`, `by`, `link` and `visibility`.
    /// Whether a file or a link is given is checked with the upload.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = localised(form, "title");
        if title.is_empty() {
            errors.add("title", "error-title-one-language");
        }
        check_lengths(&mut errors, form, "title", MAX_TITLE);
        let summary = localised(form, "summary");
        check_lengths(&mut errors, form, "summary", MAX_SUMMARY);
        let languages = languages(form, &mut errors);
        let source = Source::parse(field(form, "source"));
        if source.is_none() {
            errors.add("source", "error-choose-one");
        }
        let by = by(form, "by", &mut errors);
        let link = link(form, &mut errors);
        let visibility = Visibility::parse(field(form, "visibility"));
        if visibility.is_none() {
            errors.add("visibility", "error-choose-one");
        }
        match (source, visibility) {
            (Some(source), Some(visibility)) => errors.into_result(|| ItemInput {
                title,
                summary,
                languages,
                source,
                by,
                link,
                visibility,
            }),
            _ => Err(errors),
        }
    }
}

/// A stakeholder's position paper as submitted on the public form: the organisation, a contact
/// address for the moderators (kept apart, never published), and the paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// The paper, as it will be published (source: stakeholder; public).
    pub item: ItemInput,
    /// Where the moderators can write back.
    pub contact: Email,
}

impl Submission {
    /// Parses the public form: `organisation`, `email`, `title`, `lang` (the paper's language,
    /// in which the title and summary are written), `summary` and `link`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let by = by(form, "organisation", &mut errors);
        let contact = Email::parse(field(form, "email"));
        if contact.is_none() {
            errors.add("email", "error-email");
        }
        let lang = Lang::parse(field(form, "lang"));
        if lang.is_none() {
            errors.add("lang", "error-choose-one");
        }
        let title_text = field(form, "title");
        if title_text.is_empty() {
            errors.add("title", "error-required");
        } else if title_text.chars().count() > MAX_TITLE {
            errors.add("title", "error-too-long");
        }
        let summary_text = field(form, "summary");
        if summary_text.chars().count() > MAX_SUMMARY {
            errors.add("summary", "error-too-long");
        }
        let link = link(form, &mut errors);
        match (contact, lang) {
            (Some(contact), Some(lang)) => errors.into_result(|| Submission {
                item: ItemInput {
                    title: Localised::new().with(lang, title_text),
                    summary: Localised::new().with(lang, summary_text),
                    languages: vec![lang],
                    source: Source::Stakeholder,
                    by,
                    link,
                    visibility: Visibility::Public,
                },
                contact,
            }),
            _ => Err(errors),
        }
    }
}

/// Where an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    /// In the library.
    Published,
    /// Submitted by a stakeholder, waiting for the moderators.
    Pending,
    /// Refused by the moderators, with a reason.
    Rejected,
}

impl ItemState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemState::Published => "published",
            ItemState::Pending => "pending",
            ItemState::Rejected => "rejected",
        }
    }

    /// Parses [`ItemState::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        [
            ItemState::Published,
            ItemState::Pending,
            ItemState::Rejected,
        ]
        .into_iter()
        .find(|s| s.as_str() == text.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(fields: &[(&str, &str)]) -> RawForm {
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn links_must_be_web_addresses() {
        assert!(valid_link("https://www.environnement.brussels/renovation"));
        assert!(valid_link("http://example.org/a?b=c#d"));
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org",
            "https://",
            "https://nodot",
            "https://a.org/x y",
            "data:text/html,x",
        ] {
            assert!(!valid_link(bad), "{bad}");
        }
    }

    #[test]
    fn an_item_needs_a_title_a_language_a_source_and_who_wrote_it() {
        let errors = ItemInput::parse(&form(&[("link", "javascript:x")])).expect_err("empty");
        for name in ["title", "doc", "source", "by", "link", "visibility"] {
            assert!(errors.get(name).is_some(), "{name}");
        }
        let item = ItemInput::parse(&form(&[
            ("title_fr", "Rénover sans déménager"),
            ("doc_fr", "on"),
            ("doc_nl", "on"),
            ("source", "expert"),
            ("by", "Prof. A. Janssens (ULB)"),
            ("visibility", "public"),
        ]))
        .expect("valid");
        assert_eq!(item.languages, vec![Lang::Nl, Lang::Fr]);
        assert_eq!(item.link, None);
    }

    #[test]
    fn a_stakeholder_submits_in_one_language_with_a_contact() {
        let errors = Submission::parse(&form(&[("email", "nope")])).expect_err("empty");
        for name in ["organisation", "email", "lang", "title"] {
            assert!(errors.get(name).is_some(), "{name}");
        }
        let submission = Submission::parse(&form(&[
            ("organisation", "Union des locataires"),
            ("email", "Contact@Locataires.be"),
            ("lang", "fr"),
            ("title", "Le point de vue des locataires"),
            ("summary", "Nos propositions."),
        ]))
        .expect("valid");
        assert_eq!(submission.item.source, Source::Stakeholder);
        assert_eq!(submission.item.visibility, Visibility::Public);
        assert_eq!(submission.contact.as_str(), "contact@locataires.be");
    }
}

/// The longest question to the experts, in characters.
pub const MAX_QUESTION: usize = 1_000;
/// The longest written answer, in characters.
pub const MAX_ANSWER: usize = 5_000;

/// A member's question to the experts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionInput {
    /// The question.
    pub text: String,
    /// Whether the rest of the panel sees it without the member's name.
    pub anonymous: bool,
}

impl QuestionInput {
    /// Parses fields `question` and the check box `anonymous`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let text = field(form, "question").replace("\r\n", "\n");
        if text.is_empty() {
            errors.add("question", "error-required");
        } else if text.chars().count() > MAX_QUESTION {
            errors.add("question", "error-too-long");
        }
        errors.into_result(|| QuestionInput {
            text,
            anonymous: form.contains_key("anonymous"),
        })
    }
}

/// An expert's written answer: field `answer`, required.
pub fn parse_answer(form: &RawForm) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::default();
    let text = field(form, "answer").replace("\r\n", "\n");
    if text.is_empty() {
        errors.add("answer", "error-required");
    } else if text.chars().count() > MAX_ANSWER {
        errors.add("answer", "error-too-long");
    }
    errors.into_result(|| text)
}

#[cfg(test)]
mod question_tests {
    use super::*;

    #[test]
    fn questions_and_answers_need_words() {
        let empty = RawForm::new();
        assert!(QuestionInput::parse(&empty).is_err());
        assert!(parse_answer(&empty).is_err());
        let form: RawForm = [
            ("question", "Combien coûte une pompe à chaleur ?"),
            ("anonymous", "on"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        let question = QuestionInput::parse(&form).expect("valid");
        assert!(question.anonymous);
        let long: RawForm = [("answer".to_owned(), "x".repeat(MAX_ANSWER + 1))]
            .into_iter()
            .collect();
        assert_eq!(
            parse_answer(&long).expect_err("long").get("answer"),
            Some("error-too-long")
        );
    }
}
