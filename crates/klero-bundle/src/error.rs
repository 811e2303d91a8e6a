//! Why a bundle could not be made, written or read.

use std::path::PathBuf;

/// Why a bundle could not be made, written or read.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    /// The selection itself failed (infeasible quotas, solver failure, bad settings).
    #[error(transparent)]
    Select(#[from] klero_select::SelectError),
    /// The output folder exists, is not empty and is not a previous Kleroterion output.
    #[error(
        "`{dir}` is not empty and is not a previous klero output ({reason}); choose another folder or empty it"
    )]
    WouldOverwrite {
        /// The folder.
        dir: PathBuf,
        /// Why it is not taken for a previous output.
        reason: String,
    },
    /// The path to verify is not a bundle (nor a folder or zip holding one).
    #[error("`{path}` is not a bundle: {reason}")]
    NotABundle {
        /// The path given.
        path: PathBuf,
        /// Why not.
        reason: String,
    },
    /// Reading or writing a file failed.
    #[error("{action} `{path}`: {source}")]
    Io {
        /// What was being done (for example "writing").
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A file of the bundle could not be rendered (a template or serialiser failed).
    #[error("rendering `{file}`: {message}")]
    Render {
        /// The file.
        file: &'static str,
        /// What went wrong.
        message: String,
    },
}

impl BundleError {
    /// An I/O error with what was being done and where.
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Self {
        Self::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// A rendering error.
    pub(crate) fn render(file: &'static str, message: impl ToString) -> Self {
        Self::Render {
            file,
            message: message.to_string(),
        }
    }
}
