//! Parsing of uploaded files (people, features, follow-up imports, participants, registers):
//! on tokio's blocking threads, never on the async workers, and at most
//! [`PARALLEL_PARSES`] at once per process, so that the server keeps answering whatever is
//! uploaded. A request waiting for its turn just waits. The readers themselves bound what one
//! file may cost (`klero_pool::limits`).

use crate::AppState;
use crate::errors::PageError;

/// How many uploads one process parses at once.
pub const PARALLEL_PARSES: usize = 2;

/// Runs `parse` on a blocking thread once a parse permit is free. The permit is held until the
/// parse ends, even if the request is dropped meanwhile (the client went away).
pub(crate) async fn parse<T: Send + 'static>(
    state: &AppState,
    parse: impl FnOnce() -> T + Send + 'static,
) -> Result<T, PageError> {
    let permit = state
        .parses
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| PageError::Internal("upload parsing closed"))?;
    tokio::task::spawn_blocking(move || {
        let parsed = parse();
        drop(permit);
        parsed
    })
    .await
    .map_err(|_| PageError::Internal("upload parsing failed"))
}
