//! The invitation lottery over an uploaded register: the file is streamed to a temporary
//! folder (never held in memory), read in passes by `klero-recruit` exactly as `klero invite`
//! reads it, and only the drawn rows are stored. Every problem of the files or the form is
//! listed at once, by file, line and column, and nothing is stored unless the draw succeeds.

use super::languages_in;
use crate::context::Ctx;
use crate::errors::PageError;
use crate::pages::Page;
use axum::extract::Multipart;
use klero_domain::invitation::{AddressError, AddressLines};
use klero_domain::lang::Lang;
use klero_pool::Problem;
use klero_pool::register::{Register, lottery};
use klero_recruit::{DrawError, Issue, Place, Settings, normalise};
use klero_store::{NewInvitations, NewInvitee, NewStratum};
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use subtle::ConstantTimeEq;

/// The largest register an organiser may upload (a country's register as CSV).
pub(crate) const MAX_REGISTER: usize = 4 * 1024 * 1024 * 1024;

/// The most invitations one draw may send.
const MAX_COUNT: u32 = 200_000;

/// The draw form as sent.
#[derive(Default, Clone)]
pub(crate) struct DrawForm {
    pub count: String,
    pub stratify_by: String,
    pub household_columns: String,
    pub id_column: String,
    pub language_column: String,
    pub languages: String,
    pub address_columns: String,
    pub oversample: String,
    pub seed: String,
}

/// An uploaded file, in a temporary folder removed when dropped.
pub(crate) struct Uploaded {
    /// The name the browser gave.
    pub name: String,
    pub path: PathBuf,
}

/// The form and its files (in `folder`), CSRF-checked.
pub(crate) struct Upload {
    pub form: DrawForm,
    pub register: Option<Uploaded>,
    pub exclude: Option<Uploaded>,
    pub folder: tempfile::TempDir,
}

/// A file name safe to create in the temporary folder, keeping the extension that tells CSV
/// from a spreadsheet.
fn safe_name(field: &str, given: &str) -> String {
    let extension = Path::new(given)
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| e.chars().all(|c| c.is_ascii_alphanumeric()))
        .unwrap_or("csv");
    format!("{field}.{}", extension.to_ascii_lowercase())
}

/// Reads the multipart form, streaming the files to disk.
pub(crate) async fn read(ctx: &Ctx, mut multipart: Multipart) -> Result<Upload, PageError> {
    let folder = tempfile::tempdir().map_err(|_| PageError::Internal("temporary folder"))?;
    let mut upload = Upload {
        form: DrawForm::default(),
        register: None,
        exclude: None,
        folder,
    };
    let mut csrf = String::new();
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| PageError::BadRequest)?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "register" || name == "exclude" {
            let given = field.file_name().unwrap_or_default().to_owned();
            let path = upload.folder.path().join(safe_name(&name, &given));
            let mut file = std::fs::File::create(&path)
                .map(std::io::BufWriter::new)
                .map_err(|_| PageError::Internal("temporary file"))?;
            let mut size = 0usize;
            while let Some(chunk) = field.chunk().await.map_err(|_| PageError::BadRequest)? {
                size += chunk.len();
                file.write_all(&chunk)
                    .map_err(|_| PageError::Internal("temporary file"))?;
            }
            file.flush()
                .map_err(|_| PageError::Internal("temporary file"))?;
            if size > 0 {
                let uploaded = Uploaded {
                    name: if given.is_empty() {
                        format!("{name}.csv")
                    } else {
                        given
                    },
                    path,
                };
                if name == "register" {
                    upload.register = Some(uploaded);
                } else {
                    upload.exclude = Some(uploaded);
                }
            }
            continue;
        }
        let text = field.text().await.map_err(|_| PageError::BadRequest)?;
        let form = &mut upload.form;
        match name.as_str() {
            "csrf" => csrf = text,
            "count" => form.count = text,
            "stratify_by" => form.stratify_by = text,
            "household_columns" => form.household_columns = text,
            "id_column" => form.id_column = text,
            "language_column" => form.language_column = text,
            "languages" => form.languages = text,
            "address_columns" => form.address_columns = text,
            "oversample" => form.oversample = text,
            "seed" => form.seed = text,
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !bool::from(csrf.as_bytes().ct_eq(ctx.csrf.as_bytes())) {
        return Err(PageError::Csrf);
    }
    Ok(upload)
}

/// Comma-separated names, trimmed, blanks left out.
pub(crate) fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A problem as shown: with the file's uploaded name, not the temporary path.
fn shown(file: &str, problem: &Problem) -> String {
    Problem {
        file: file.to_owned(),
        ..problem.clone()
    }
    .to_string()
}

/// Why the address block's lines were refused, in the reader's words.
pub(crate) fn address_problem(page: &Page, error: &AddressError) -> String {
    match error {
        AddressError::TooManyLines => page.t1(
            "recruitment-error-address-lines",
            "count",
            klero_domain::invitation::MAX_ADDRESS_LINES,
        ),
        AddressError::Repeated { line, column } => page.t2(
            "recruitment-error-address-repeated",
            "line",
            &line.to_string(),
            "column",
            column,
        ),
    }
}

/// The form field a lottery option belongs to.
fn field_of(argument: &str) -> &'static str {
    match argument {
        "--count" => "recruitment-count",
        "--stratify-by" => "recruitment-stratify-by",
        "--household-columns" => "recruitment-household-columns",
        "--id-column" => "recruitment-id-column",
        "--oversample" => "recruitment-oversample",
        _ => "recruitment-seed",
    }
}

/// Runs the lottery (blocking: call it off the async threads). `Err` lists every problem.
pub(crate) fn run(page: &Page, upload: &Upload) -> Result<NewInvitations, Vec<String>> {
    let form = &upload.form;
    let mut problems = Vec::new();
    let count = form
        .count
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|c| (1..=MAX_COUNT).contains(c));
    if count.is_none() {
        problems.push(page.t("recruitment-error-count"));
    }
    if form.stratify_by.trim().is_empty() {
        problems.push(page.t("recruitment-error-stratify"));
    }
    if form.seed.trim().is_empty() {
        problems.push(page.t("recruitment-error-seed"));
    }
    let fallback: Vec<Lang> = list(&form.languages)
        .iter()
        .flat_map(|l| languages_in(l))
        .collect();
    if fallback.is_empty() {
        problems.push(page.t("recruitment-error-languages"));
    }
    let Some(uploaded) = &upload.register else {
        problems.push(page.t("recruitment-error-no-register"));
        return Err(problems);
    };
    let name = &uploaded.name;
    let register = match Register::open(&uploaded.path) {
        Ok(register) => register,
        Err(found) => {
            problems.extend(found.iter().map(|p| shown(name, p)));
            return Err(problems);
        }
    };
    let header: Vec<String> = register
        .header()
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let column = |wanted: &str| {
        header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(wanted.trim()))
    };
    // The columns the form names are looked up here, so that a missing one is reported by its
    // form field, in the reader's language (the engine's own message names command-line flags).
    let named: Vec<(&str, String)> = std::iter::once((
        "recruitment-stratify-by",
        form.stratify_by.trim().to_owned(),
    ))
    .chain(
        Some(form.id_column.trim())
            .filter(|c| !c.is_empty())
            .map(|c| ("recruitment-id-column", c.to_owned())),
    )
    .chain(
        list(&form.household_columns)
            .into_iter()
            .map(|c| ("recruitment-household-columns", c)),
    )
    .collect();
    let mut columns_missing = false;
    // Matched as the draw matches them (white space folded, case ignored).
    let keys: Vec<String> = header.iter().map(|h| klero_recruit::normalise(h)).collect();
    for (field, wanted) in &named {
        if !wanted.is_empty() && !keys.contains(&klero_recruit::normalise(wanted)) {
            columns_missing = true;
            problems.push(format!(
                "{name}: {}: {}",
                page.t(field),
                page.t1("recruitment-error-no-column", "column", wanted)
            ));
        }
    }
    let language_column = form.language_column.trim();
    if !language_column.is_empty() && column(language_column).is_none() {
        problems.push(format!(
            "{name}: {}",
            page.t1("recruitment-error-no-column", "column", language_column)
        ));
    }
    // The address block: lines of columns as the form gives them, else what the header
    // suggests (name, street, postcode and town; never the id, the area or the language).
    let address = match AddressLines::parse(&form.address_columns) {
        Ok(lines) if lines.is_empty() => AddressLines::guess(
            &header,
            &[
                form.id_column.trim(),
                "id",
                form.stratify_by.trim(),
                language_column,
            ],
        ),
        Ok(lines) => lines,
        Err(error) => {
            problems.push(format!(
                "{}: {}",
                page.t("recruitment-address-columns"),
                address_problem(page, &error)
            ));
            AddressLines::default()
        }
    };
    for wanted in address.missing(&header) {
        problems.push(format!(
            "{name}: {}: {}",
            page.t("recruitment-address-columns"),
            page.t1("recruitment-error-no-column", "column", wanted)
        ));
    }
    let excluded = match &upload.exclude {
        Some(file) => {
            let id_column = Some(form.id_column.trim()).filter(|c| !c.is_empty());
            match lottery::read_exclusions(&file.path, id_column) {
                Ok(ids) => ids,
                Err(found) => {
                    problems.extend(found.iter().map(|p| shown(&file.name, p)));
                    HashSet::new()
                }
            }
        }
        None => HashSet::new(),
    };
    let settings = Settings {
        count: count.unwrap_or(0),
        stratify_by: form.stratify_by.trim().to_owned(),
        household_columns: list(&form.household_columns),
        id_column: Some(form.id_column.trim().to_owned()).filter(|c| !c.is_empty()),
        oversample: list(&form.oversample),
        seed: form.seed.trim().to_owned(),
    };
    if columns_missing {
        return Err(problems);
    }
    let mut reading = lottery::Reading::new(&register);
    let located = |issue: Issue| match issue.place {
        Place::Argument(argument) => {
            format!("{}: {}", page.t(field_of(argument)), issue.message)
        }
        Place::Register { line, column } => Problem {
            file: name.clone(),
            line,
            column,
            message: issue.message,
        }
        .to_string(),
    };
    let drawn = match klero_recruit::draw(&mut reading, &excluded, &settings) {
        Ok(drawn) => drawn,
        Err(DrawError::Invalid(issues)) => {
            problems.extend(issues.into_iter().map(located));
            return Err(problems);
        }
        Err(DrawError::Table(problem)) => {
            problems.push(shown(name, &problem));
            return Err(problems);
        }
        Err(DrawError::Changed(_)) => {
            problems.push(format!("{name}: {}", page.t("recruitment-error-changed")));
            return Err(problems);
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let changed = || vec![format!("{name}: {}", page.t("recruitment-error-changed"))];
    let digest = reading.digest().ok_or_else(changed)?;
    let rows = lottery::rows_at(&register, &drawn.invited, &digest)
        .map_err(|p| vec![shown(name, &p)])?
        .ok_or_else(changed)?;
    let stratum_column = column(&settings.stratify_by);
    let language_column = column(language_column);
    let strata: Vec<NewStratum> = drawn
        .summary
        .strata
        .iter()
        .map(|s| NewStratum {
            name: s.name.clone(),
            population: s.population,
            excluded: s.excluded,
            invitations: s.invitations,
        })
        .collect();
    let stratum_of = |cells: &[String]| {
        let value = stratum_column
            .and_then(|c| cells.get(c))
            .map(|v| normalise(v))
            .unwrap_or_default();
        strata
            .iter()
            .find(|s| normalise(&s.name) == value)
            .map(|s| s.name.clone())
            .unwrap_or(value)
    };
    let invitees = rows
        .into_iter()
        .map(|cells| {
            let mut languages: Vec<Lang> = language_column
                .and_then(|c| cells.get(c))
                .map(|v| languages_in(v))
                .unwrap_or_default();
            if languages.is_empty() {
                languages.clone_from(&fallback);
            }
            NewInvitee {
                stratum: stratum_of(&cells),
                languages: languages.iter().map(|l| l.code().to_owned()).collect(),
                cells,
            }
        })
        .collect();
    let settings_json = serde_json::json!({
        "count": settings.count,
        "stratify_by": settings.stratify_by,
        "household_columns": settings.household_columns,
        "id_column": settings.id_column,
        "oversample": settings.oversample,
        "language_column": form.language_column.trim(),
        "languages": fallback.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "address": address.lines(),
        "excluded_ids": excluded.len(),
    })
    .to_string();
    Ok(NewInvitations {
        register_file: name.clone(),
        register_digest: digest,
        settings_json,
        seed: settings.seed,
        population: drawn.summary.population(),
        header,
        address,
        strata,
        invitees,
    })
}
