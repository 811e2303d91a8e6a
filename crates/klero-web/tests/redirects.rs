//! `next` (the language switch, the sign-in page) is a path on this site or `/`: no open
//! redirect, whatever the encoding, and never a 500.

use crate::harness::TestApp;
use axum::http::StatusCode;
use klero_test_db::Kind;

/// `next` values as they would arrive in a query string (already percent-encoded).
const REFUSED: &[&str] = &[
    "/%09/evil.example/",
    "%09//evil.example/",
    "/%0A/evil.example/",
    "/x%0D%0ASet-Cookie:%20a=b",
    "//evil.example/",
    "/%5Cevil.example/",
    "%2F%2Fevil.example/",
    "/%252F%252Fevil.example",
    "https://evil.example/",
    "https:%2F%2Fevil.example",
    "evil.example",
    "/%20/evil.example",
    "/%E2%80%A8/evil.example",
    "",
];

async fn next_is_checked(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut visitor = app.client();
    for next in REFUSED {
        let reply = visitor.get(&format!("/lang/fr?next={next}")).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{next}");
        assert_eq!(reply.location.as_deref(), Some("/"), "{next}");
        let page = visitor.get(&format!("/login?next={next}")).await;
        assert_eq!(page.status, StatusCode::OK, "{next}");
        assert!(
            page.body.contains("name=\"next\" value=\"/\""),
            "{next}: {}",
            page.body
        );
    }
    let reply = visitor
        .get("/lang/nl?next=/a/brussels-climate%3Ftab%3D1")
        .await;
    assert_eq!(reply.location.as_deref(), Some("/a/brussels-climate?tab=1"));
    // Signing in with a hostile `next` lands at home.
    let decoded = [
        "/\t/evil.example/",
        "/\\evil.example",
        "//evil.example",
        "/x\r\nSet-Cookie: a=b",
        "https://evil.example",
    ];
    for next in decoded {
        let mut person = app.client();
        person.get("/login").await;
        let reply = person
            .post(
                "/login",
                &[
                    ("email", "organiser@demo.kleroterion.org"),
                    ("password", crate::harness::PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(reply.location.as_deref(), Some("/"), "{next:?}");
    }
}

#[tokio::test]
async fn open_redirect_next_is_a_same_site_path_on_sqlite() {
    next_is_checked(Kind::Sqlite).await;
}

#[tokio::test]
async fn open_redirect_next_is_a_same_site_path_on_postgresql() {
    next_is_checked(Kind::Postgres).await;
}
