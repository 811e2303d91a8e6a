//! The public tracker page as rendered, kept per panel, language, day and address while the
//! panel's follow-up version has not moved: a stranger's tracker is then one indexed read and
//! a copy of bytes, instead of five reads and the rendering of a hundred rows.
//!
//! Only pages for readers who are not signed in are kept: theirs hold no name, no CSRF token
//! and no organiser's buttons, so one reader's page is every such reader's. What else a page
//! depends on is in its key: the language, the day in Brussels (overdue counts move at
//! midnight) and the path with its query (the filters and the language links). The store
//! raises the version with every follow-up change and every change of the assembly's or the
//! panel's texts, in any process, so an entry is served only while it is still true.

use axum::body::Bytes;
use klero_domain::lang::Lang;
use std::collections::HashMap;
use std::sync::Mutex;

/// The most pages a process keeps (a page of 100 recommendations is about 40 KB); past it, the
/// cache starts again, so addresses with made-up queries cannot make it grow without bound.
const MAX_PAGES: usize = 256;

/// What a kept page depends on besides the version.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct PageKey {
    /// The panel's stored id.
    pub panel_id: String,
    /// The reader's language.
    pub lang: Lang,
    /// Today in Brussels, `YYYY-MM-DD`.
    pub day: String,
    /// The request's path and query.
    pub here: String,
}

/// Rendered public tracker pages, with the follow-up version each was rendered at.
#[derive(Debug, Default)]
pub(crate) struct PageCache {
    pages: Mutex<HashMap<PageKey, (i64, Bytes)>>,
}

impl PageCache {
    /// The page kept under `key`, if it was rendered at `version`.
    pub(crate) fn get(&self, key: &PageKey, version: i64) -> Option<Bytes> {
        let pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages
            .get(key)
            .filter(|(at, _)| *at == version)
            .map(|(_, body)| body.clone())
    }

    /// Keeps `body` as the page under `key` at `version` (read before the page's data, so the
    /// page is at least as new as its version says).
    pub(crate) fn put(&self, key: PageKey, version: i64, body: Bytes) {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        if pages.len() >= MAX_PAGES && !pages.contains_key(&key) {
            pages.clear();
        }
        pages.insert(key, (version, body));
    }
}
