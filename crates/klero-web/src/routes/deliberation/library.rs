//! The panel's library: the public list (and the panel-only items for those who work with
//! the panel), items added by organisers and experts (a file or a link), the public form where
//! stakeholder organisations submit position papers without an account, the moderation of
//! those submissions, and downloads.
//!
//! Every upload is checked by `klero-files` from its bytes (its kind must match its name, no
//! macros, no zip bomb, under the organiser's size limit) before anything is stored; a refused
//! form comes back with what was typed and a message that says why. Files are served with
//! their true content type, as attachments, with a sanitised name, never rendered inline
//! (`Content-Security-Policy: sandbox`, `nosniff`). Where they are kept is the
//! `library_dir` setting: in the database (base64) by default, or in a folder, named by their
//! SHA-256, written to a temporary file and renamed, so a file is whole or absent.

use super::PanelPath;
use crate::AppState;
use crate::context::{Ctx, read_form_with_file};
use crate::errors::PageError;
use crate::pages::{FormState, Page, Shown, render_page, with_status};
use crate::routes::followup::{InPanel, load_panel};
use crate::routes::{PathParam, actor};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine as _;
use klero_domain::access::Action;
use klero_domain::deliberation::library::{ItemInput, ItemState, Source, Submission, Visibility};
use klero_domain::input::{FieldError, FieldErrors, RawForm};
use klero_files::{FileProblem, Kind};
use klero_store::{LibraryItem, MAX_UPLOAD, StoredFile};
use sha2::{Digest, Sha256};

/// The body limit of the upload routes: the largest upload allowed, and room for the fields.
pub(crate) const BODY_LIMIT: usize = MAX_UPLOAD as usize + 256 * 1024;

/// An item as the page shows it.
pub(crate) struct ItemView {
    pub number: u32,
    pub title: Shown,
    pub summary: Shown,
    pub source_text: String,
    pub by: String,
    pub langs: String,
    pub link: Option<String>,
    pub file: Option<(String, String)>,
    pub panel_only: bool,
    pub pending: bool,
    pub rejected: Option<String>,
    pub contact: Option<String>,
}

#[derive(Template)]
#[template(path = "deliberation_library.html")]
struct LibraryPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    items: Vec<ItemView>,
    pending: Vec<ItemView>,
    may_add: bool,
    may_moderate: bool,
    expert_only: bool,
    form: FormState,
    sources: Vec<(&'static str, String)>,
    limit: String,
    limit_mb: u64,
    filter: String,
    counts: Vec<(&'static str, String, usize)>,
    submissions_open: bool,
    answered: Vec<klero_store::PanelQuestion>,
}

fn size_text(page: &Page, bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!(
            "{} MB",
            crate::i18n::number(page.lang, bytes as f64 / 1_048_576.0, 1)
        )
    } else {
        format!("{} kB", (bytes / 1024).max(1))
    }
}

fn view(page: &Page, at: &InPanel, item: &LibraryItem, contact: Option<String>) -> ItemView {
    let source = item.input.source.as_str();
    ItemView {
        number: item.number,
        title: page.pick(&item.input.title),
        summary: page.pick(&item.input.summary),
        source_text: page.t(&format!("source-{source}")),
        by: item.input.by.clone(),
        langs: item
            .input
            .languages
            .iter()
            .map(|l| l.endonym())
            .collect::<Vec<_>>()
            .join(", "),
        link: item.input.link.clone(),
        file: item.file.as_ref().map(|f| {
            (
                format!("{}/library/{}/file", at.base(), item.number),
                format!(
                    "{}, {}",
                    Kind::parse(&f.kind)
                        .map_or("?", |k| k.extensions()[0])
                        .to_uppercase(),
                    size_text(page, f.size)
                ),
            )
        }),
        panel_only: item.input.visibility == Visibility::Panel,
        pending: item.state == ItemState::Pending,
        rejected: (item.state == ItemState::Rejected).then(|| item.reason.clone()),
        contact,
    }
}

/// Which source a list is filtered to (`?source=expert`).
#[derive(serde::Deserialize)]
pub(crate) struct Filter {
    source: Option<String>,
}

async fn library_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    filter: Option<Source>,
    failed: Option<FormState>,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let panel_only = at.may(Action::ViewDeliberation);
    let moderate = at.may(Action::RunDeliberation);
    let all = state
        .store
        .library(&at.panel.id, panel_only, moderate)
        .await?;
    let mut items = Vec::new();
    let mut pending = Vec::new();
    for item in &all {
        match item.state {
            ItemState::Published => {
                if filter.is_none_or(|s| s == item.input.source) {
                    items.push(view(&page, at, item, None));
                }
            }
            ItemState::Pending => {
                let contact = state.store.submitter(&at.panel.id, item.number).await?;
                pending.push(view(&page, at, item, contact));
            }
            ItemState::Rejected => pending.push(view(&page, at, item, None)),
        }
    }
    let counts = Source::ALL
        .into_iter()
        .map(|s| {
            (
                s.as_str(),
                page.t(&format!("source-{}", s.as_str())),
                all.iter()
                    .filter(|i| i.state == ItemState::Published && i.input.source == s)
                    .count(),
            )
        })
        .collect();
    let expert_only = at.may(Action::AddToLibrary) && !moderate;
    let limit = state.store.library_limit(&at.panel.id).await?;
    let mut defaults = RawForm::new();
    defaults.insert("visibility".into(), "public".into());
    defaults.insert(
        "source".into(),
        if expert_only {
            "expert"
        } else {
            "administration"
        }
        .into(),
    );
    Ok(render_page(&LibraryPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        items,
        pending,
        may_add: at.may(Action::AddToLibrary),
        may_moderate: moderate,
        expert_only,
        form: failed.unwrap_or_else(|| FormState::filled(defaults)),
        sources: Source::ALL
            .into_iter()
            .map(|s| (s.as_str(), page.t(&format!("source-{}", s.as_str()))))
            .collect(),
        limit: size_text(&page, limit),
        limit_mb: limit / (1024 * 1024),
        filter: filter.map(|s| s.as_str()).unwrap_or_default().to_owned(),
        counts,
        submissions_open: open_for_submissions(at).is_ok(),
        answered: state
            .store
            .panel_questions(&at.panel.id, None, true)
            .await?
            .into_iter()
            .map(|mut q| {
                // The public never sees who asked.
                if !panel_only {
                    q.asker = None;
                }
                q
            })
            .collect(),
        page,
    }))
}

pub(crate) async fn library(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    axum::extract::Query(filter): axum::extract::Query<Filter>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let filter = filter.source.as_deref().and_then(Source::parse);
    library_with(&state, &ctx, &at, filter, None).await
}

/// The message key and field of a file's problem.
fn file_problem(problem: &FileProblem) -> &'static str {
    match problem {
        FileProblem::Empty => "error-file-empty",
        FileProblem::TooLarge { .. } => "error-file-too-large",
        FileProblem::ExtensionNotAccepted(_) => "error-file-kind",
        FileProblem::ContentMismatch { .. } => "error-file-mismatch",
        FileProblem::Macros => "error-file-macros",
        FileProblem::BadArchive => "error-file-archive",
    }
}

/// Checks the upload and keeps the file where the platform keeps them; its description.
async fn keep_file(
    state: &AppState,
    name: &str,
    bytes: Bytes,
    limit: u64,
) -> Result<Result<StoredFile, &'static str>, PageError> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    let checked = {
        let name = name.to_owned();
        let bytes = bytes.clone();
        tokio::task::spawn_blocking(move || klero_files::check(&name, &bytes, limit))
            .await
            .map_err(|_| PageError::Internal("file check"))?
    };
    let kind = match checked {
        Ok(kind) => kind,
        Err(problem) => return Ok(Err(file_problem(&problem))),
    };
    let sha256 = hex_digest(&bytes);
    let data = match &state.config.library_dir {
        None => Some(base64::engine::general_purpose::STANDARD.encode(&bytes)),
        Some(dir) => {
            let dir = std::path::PathBuf::from(dir);
            let target = dir.join(&sha256);
            let temporary = dir.join(format!(".{sha256}.part"));
            let written = tokio::task::spawn_blocking(move || -> std::io::Result<()> {
                std::fs::create_dir_all(&dir)?;
                if !target.exists() {
                    std::fs::write(&temporary, &bytes)?;
                    std::fs::rename(&temporary, &target)?;
                }
                Ok(())
            })
            .await
            .map_err(|_| PageError::Internal("library folder"))?;
            if written.is_err() {
                return Err(PageError::Internal("library folder"));
            }
            None
        }
    };
    Ok(Ok(StoredFile {
        kind: kind.name().to_owned(),
        name: klero_files::safe_name(name, Some(kind)),
        size,
        sha256,
        data,
    }))
}

/// The item's file, kept, when it has one and no link: exactly one of the two is required.
async fn file_or_link(
    state: &AppState,
    at: &InPanel,
    file: Option<(String, Bytes)>,
    has_link: bool,
) -> Result<Result<Option<StoredFile>, &'static str>, PageError> {
    match (file, has_link) {
        (Some(_), true) | (None, false) => Ok(Err("error-library-file-or-link")),
        (None, true) => Ok(Ok(None)),
        (Some((name, bytes)), false) => {
            let limit = state.store.library_limit(&at.panel.id).await?;
            Ok(keep_file(state, &name, bytes, limit).await?.map(Some))
        }
    }
}

fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn with_error(form: RawForm, mut errors: FieldErrors, field: &str, key: &'static str) -> FormState {
    errors.0.push(FieldError {
        field: field.to_owned(),
        message: key,
    });
    FormState {
        values: form,
        errors,
    }
}

pub(crate) async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::AddToLibrary).await?;
    let (mut form, file) = read_form_with_file(&ctx, multipart).await?;
    // An expert's items are an expert's.
    if !at.may(Action::RunDeliberation) {
        form.insert("source".into(), "expert".into());
    }
    let parsed = ItemInput::parse(&form);
    let refuse = |form: FormState| async {
        let response = library_with(&state, &ctx, &at, None, Some(form)).await?;
        Ok::<_, PageError>(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
    };
    let input = match parsed {
        Ok(input) => input,
        Err(errors) => {
            return refuse(FormState {
                values: form,
                errors,
            })
            .await;
        }
    };
    let stored = match file_or_link(&state, &at, file, input.link.is_some()).await? {
        Ok(stored) => stored,
        Err(key) => return refuse(with_error(form, FieldErrors::default(), "file", key)).await,
    };
    state
        .store
        .add_library_item(
            &at.panel,
            &input,
            stored.as_ref(),
            ItemState::Published,
            None,
            &actor(&ctx),
            state.now(),
        )
        .await?;
    Ok(Redirect::to(&format!("{}/library", at.base())).into_response())
}

#[derive(Template)]
#[template(path = "deliberation_submit.html")]
struct SubmitPage {
    page: Page,
    base: String,
    crumbs: crate::pages::Crumbs,
    form: FormState,
    langs: Vec<(&'static str, &'static str)>,
    limit: String,
    done: bool,
}

async fn submit_with(
    state: &AppState,
    ctx: &Ctx,
    at: &InPanel,
    form: Option<FormState>,
    done: bool,
) -> Result<Response, PageError> {
    let page = Page::new(ctx);
    let limit = state.store.library_limit(&at.panel.id).await?;
    let mut defaults = RawForm::new();
    defaults.insert("lang".into(), page.lang.code().into());
    Ok(render_page(&SubmitPage {
        base: at.base(),
        crumbs: at.crumbs(&page),
        form: form.unwrap_or_else(|| FormState::filled(defaults)),
        langs: page.all_langs(),
        limit: size_text(&page, limit),
        done,
        page,
    }))
}

/// Stakeholders submit while the panel deliberates.
fn open_for_submissions(at: &InPanel) -> Result<(), PageError> {
    if at.panel.stage == klero_domain::assembly::Stage::Deliberation {
        Ok(())
    } else {
        Err(PageError::NotFound)
    }
}

pub(crate) async fn submit_page(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    axum::extract::Query(done): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    open_for_submissions(&at)?;
    submit_with(&state, &ctx, &at, None, done.contains_key("sent")).await
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    open_for_submissions(&at)?;
    let (form, file) = read_form_with_file(&ctx, multipart).await?;
    let refuse = |form: FormState| async {
        let response = submit_with(&state, &ctx, &at, Some(form), false).await?;
        Ok::<_, PageError>(with_status(response, StatusCode::UNPROCESSABLE_ENTITY))
    };
    let submission = match Submission::parse(&form) {
        Ok(submission) => submission,
        Err(errors) => {
            return refuse(FormState {
                values: form,
                errors,
            })
            .await;
        }
    };
    let stored = match file_or_link(&state, &at, file, submission.item.link.is_some()).await? {
        Ok(stored) => stored,
        Err(key) => return refuse(with_error(form, FieldErrors::default(), "file", key)).await,
    };
    state
        .store
        .add_library_item(
            &at.panel,
            &submission.item,
            stored.as_ref(),
            ItemState::Pending,
            Some(submission.contact.as_str()),
            &klero_store::Actor::System,
            state.now(),
        )
        .await?;
    Ok(Redirect::to(&format!("{}/library/submit?sent=1", at.base())).into_response())
}

/// Publishes or rejects a submission: fields `decision` (`publish` or `reject`) and `reason`
/// (required to reject).
pub(crate) async fn moderate(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, item)): super::ItemPath,
    crate::context::CsrfForm(form): crate::context::CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    let reason = form.get("reason").map(|r| r.trim()).unwrap_or_default();
    let publish = match form.get("decision").map(|d| d.trim()) {
        Some("publish") => true,
        Some("reject") if !reason.is_empty() => false,
        _ => return Err(PageError::BadRequest),
    };
    let reason: String = reason.chars().take(1_000).collect();
    state
        .store
        .decide_submission(&at.panel, item, publish, &reason, &actor(&ctx), state.now())
        .await?;
    Ok(Redirect::to(&format!("{}/library#pending", at.base())).into_response())
}

/// Sets the largest upload: field `limit_mb`, whole megabytes from 1 to 50.
pub(crate) async fn set_limit(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number)): PanelPath,
    crate::context::CsrfForm(form): crate::context::CsrfForm,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::RunDeliberation).await?;
    let mb = form
        .get("limit_mb")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|mb| (1..=MAX_UPLOAD / (1024 * 1024)).contains(mb));
    let Some(mb) = mb else {
        let failed = with_error(
            form,
            FieldErrors::default(),
            "limit_mb",
            "error-library-limit",
        );
        let response = library_with(&state, &ctx, &at, None, Some(failed)).await?;
        return Ok(with_status(response, StatusCode::UNPROCESSABLE_ENTITY));
    };
    state
        .store
        .set_library_limit(&at.panel, mb * 1024 * 1024, &actor(&ctx), state.now())
        .await?;
    Ok(Redirect::to(&format!("{}/library#settings", at.base())).into_response())
}

/// A file, as an attachment with its true type; the public gets public published items only.
pub(crate) async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    PathParam((slug, number, item)): super::ItemPath,
) -> Result<Response, PageError> {
    let at = load_panel(&state, &ctx, &slug, number, Action::ViewPublic).await?;
    let found = state
        .store
        .library_file(&at.panel.id, item)
        .await?
        .ok_or(PageError::NotFound)?;
    let visible = match found.state {
        ItemState::Published => {
            found.input.visibility == Visibility::Public || at.may(Action::ViewDeliberation)
        }
        _ => at.may(Action::RunDeliberation),
    };
    let stored = found.file.filter(|_| visible).ok_or(PageError::NotFound)?;
    let kind = Kind::parse(&stored.kind).ok_or(PageError::Internal("file kind"))?;
    let bytes = match (&stored.data, &state.config.library_dir) {
        (Some(b64), _) => base64::engine::general_purpose::STANDARD
            .decode(b64)
            .map_err(|_| PageError::Internal("file data"))?,
        (None, Some(dir)) => {
            let path = std::path::Path::new(dir).join(&stored.sha256);
            tokio::fs::read(path)
                .await
                .map_err(|_| PageError::Internal("library folder"))?
        }
        (None, None) => return Err(PageError::Internal("library folder")),
    };
    Ok((
        [
            (header::CONTENT_TYPE, kind.content_type().to_owned()),
            (
                header::CONTENT_DISPOSITION,
                klero_files::content_disposition(&stored.name),
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (
                header::CONTENT_SECURITY_POLICY,
                "sandbox; default-src 'none'".to_owned(),
            ),
            (header::CACHE_CONTROL, "private, no-cache".to_owned()),
        ],
        bytes,
    )
        .into_response())
}
