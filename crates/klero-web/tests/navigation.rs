//! Everything findable: a crawl of the demonstration from the home page, as the public and as
//! each demo account, following links only. Every page the permission table grants the account
//! (for each panel, the pages [`klero_domain::navigation::panel_pages`] says exist) must be
//! reached, and no link may lead to a page not found, a "not permitted" or an error.

use crate::harness::{Client, TestApp};
use axum::http::StatusCode;
use klero_demo::ACCOUNTS;
use klero_domain::access::{Action, Viewer, permits};
use klero_domain::input::Email;
use klero_domain::navigation::panel_pages;
use klero_test_db::Kind;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// The site-local links of an HTML page, without their fragment, entities decoded.
fn links(body: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = body;
    while let Some(at) = rest.find("href=\"") {
        rest = &rest[at + 6..];
        let Some(end) = rest.find('"') else { break };
        let href = rest[..end].replace("&amp;", "&");
        rest = &rest[end..];
        let href = href.split('#').next().unwrap_or_default().to_owned();
        if href.starts_with('/') && !href.starts_with("//") {
            found.push(href);
        }
    }
    found
}

/// Follows every link from `start`; returns each page reached with its status.
async fn crawl(client: &mut Client, start: &[&str]) -> BTreeMap<String, StatusCode> {
    let mut seen: BTreeMap<String, StatusCode> = BTreeMap::new();
    let mut queue: VecDeque<String> = start.iter().map(|s| (*s).to_owned()).collect();
    let mut queued: BTreeSet<String> = queue.iter().cloned().collect();
    while let Some(path) = queue.pop_front() {
        let reply = client.get(&path).await;
        seen.insert(path.clone(), reply.status);
        let html = reply
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
        if reply.status != StatusCode::OK || !html {
            continue;
        }
        for link in links(&reply.body) {
            // The language switch only sets a cookie and comes back; the crawl keeps one language.
            if link.starts_with("/lang/") || link.starts_with("/static/") {
                continue;
            }
            if queued.insert(link.clone()) {
                queue.push_back(link);
            }
        }
    }
    seen
}

/// The pages `viewer`'s roles grant in every demo assembly, by the permission table.
async fn granted(app: &TestApp, account: Option<usize>) -> BTreeSet<String> {
    let store = &app.state.store;
    let account_id = match account {
        Some(i) => {
            let email = Email::parse(ACCOUNTS[i].1).expect("demo e-mail");
            Some(
                store
                    .account_by_email(&email)
                    .await
                    .expect("account")
                    .expect("demo account")
                    .id,
            )
        }
        None => None,
    };
    let mut pages = BTreeSet::from(["/".to_owned()]);
    for assembly in store.assemblies().await.expect("assemblies") {
        let slug = assembly.slug.as_str().to_owned();
        let viewer = match &account_id {
            None => Viewer::public(),
            Some(id) => Viewer {
                signed_in: true,
                admin: account.is_some_and(|i| ACCOUNTS[i].3.is_none()),
                roles: store.roles(id, &assembly.id).await.expect("roles"),
            },
        };
        pages.insert(format!("/a/{slug}"));
        for (action, path) in [
            (Action::ViewMembersArea, "members"),
            (Action::ManageAssembly, "manage"),
            (Action::ManageAccess, "access"),
            (Action::ViewAuditLog, "audit"),
            (Action::ManageRecommendations, "outbox"),
        ] {
            if permits(&viewer, action) {
                pages.insert(format!("/a/{slug}/{path}"));
            }
        }
        let panels = store.panels(&assembly.id).await.expect("panels");
        let all = store
            .assembly_panel_facts(&assembly.id, &panels)
            .await
            .expect("facts");
        for (panel, together) in panels.into_iter().zip(all) {
            pages.insert(format!("/a/{slug}/p/{}", panel.number));
            let facts = store.panel_facts(&panel).await.expect("facts");
            assert_eq!(
                together, facts,
                "one query for all panels says what one per panel says"
            );
            for page in panel_pages(&viewer, &facts) {
                pages.insert(klero_web::panel_page_href(&slug, panel.number, page));
            }
        }
    }
    if account.is_some() {
        pages.insert("/account".to_owned());
    }
    if account.is_some_and(|i| ACCOUNTS[i].3.is_none()) {
        pages.insert("/assemblies/new".to_owned());
    }
    pages
}

async fn everything_is_reached_by_links(kind: Kind) {
    let app = TestApp::new(kind).await;
    let accounts = std::iter::once(None).chain((0..ACCOUNTS.len()).map(Some));
    for account in accounts {
        let label = account.map_or("public", |i| ACCOUNTS[i].0);
        let mut client = match account {
            None => app.client(),
            Some(i) => app.signed_in(ACCOUNTS[i].1).await,
        };
        let seen = crawl(&mut client, &["/"]).await;
        let broken: Vec<_> = seen
            .iter()
            .filter(|(_, status)| **status != StatusCode::OK)
            .collect();
        assert!(broken.is_empty(), "{label}: links that fail: {broken:?}");
        let missing: Vec<_> = granted(&app, account)
            .await
            .into_iter()
            .filter(|page| !seen.contains_key(page))
            .collect();
        assert!(
            missing.is_empty(),
            "{label}: pages granted but not reached by links: {missing:?}"
        );
    }
}

#[tokio::test]
async fn every_granted_page_is_reached_by_links_and_no_link_fails_on_sqlite() {
    everything_is_reached_by_links(Kind::Sqlite).await;
}

#[tokio::test]
async fn every_granted_page_is_reached_by_links_and_no_link_fails_on_postgresql() {
    everything_is_reached_by_links(Kind::Postgres).await;
}

#[tokio::test]
async fn the_public_panel_page_links_what_is_published_and_no_tool() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut visitor = app.client();
    let assembly = visitor.get("/a/brussels-climate").await.body;
    assert!(assembly.contains("href=\"/a/brussels-climate/p/3\""));
    let panel = visitor.get("/a/brussels-climate/p/3").await;
    assert_eq!(panel.status, StatusCode::OK);
    for published in [
        "/tracker\"",
        "/tracker.csv\"",
        "/tracker.json\"",
        "/tracker.atom\"",
    ] {
        assert!(
            panel
                .body
                .contains(&format!("/a/brussels-climate/p/3{published}")),
            "{published}"
        );
    }
    assert!(!panel.body.contains("/followup\""));
    assert_eq!(
        visitor.get("/a/brussels-climate/p/9").await.status,
        StatusCode::NOT_FOUND
    );
    let mut organiser = app.signed_in(ACCOUNTS[1].1).await;
    let panel = organiser.get("/a/brussels-climate/p/3").await.body;
    assert!(panel.contains("/a/brussels-climate/p/3/followup\""));
    assert!(panel.contains("/a/brussels-climate/p/3/selection\""));
}
