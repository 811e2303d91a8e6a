//! Clear pages, never crashes: wrong passwords, throttling, forged forms, expired sessions,
//! unknown addresses and junk input; and the security headers on every answer.

use crate::harness::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use klero_test_db::Kind;

const ORGANISER: &str = "organiser@demo.kleroterion.org";

#[tokio::test]
async fn a_wrong_password_gets_the_form_back_and_repeated_failures_are_throttled() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut client = app.client();
    client.get("/login").await;
    let reply = client
        .post("/login", &[("email", ORGANISER), ("password", "not it")])
        .await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert!(
        reply
            .body
            .contains("The e-mail address or the password is incorrect")
    );
    assert!(
        reply.body.contains(&format!("value=\"{ORGANISER}\"")),
        "the address is kept"
    );
    for _ in 0..4 {
        client
            .post("/login", &[("email", ORGANISER), ("password", "not it")])
            .await;
    }
    let reply = client
        .post(
            "/login",
            &[("email", ORGANISER), ("password", "demo password 1")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(reply.body.contains("Too many attempts"), "{}", reply.body);
    app.advance(15 * 60 + 1);
    let reply = client
        .post(
            "/login",
            &[("email", ORGANISER), ("password", "demo password 1")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_forged_or_missing_csrf_token_gets_a_clear_page_and_changes_nothing() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut organiser = app.signed_in(ORGANISER).await;
    for token in [
        "",
        "0000000000000000000000000000000000000000000000000000000000000000",
    ] {
        let reply = organiser
            .post_raw(
                "/a/brussels-climate/panels/new",
                &[
                    ("csrf", token),
                    ("theme_en", "Forged"),
                    ("size", "10"),
                    ("starts_on", "2027-01-01"),
                    ("ends_on", "2027-01-02"),
                    ("stage", "recruitment"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
        assert!(
            reply.body.contains("This form has expired"),
            "{}",
            reply.body
        );
    }
    let assembly = app
        .state
        .store
        .assembly_by_slug("brussels-climate")
        .await
        .expect("q")
        .expect("a");
    assert_eq!(
        app.state
            .store
            .panels(&assembly.id)
            .await
            .expect("panels")
            .len(),
        3,
        "nothing created"
    );
    // A visitor who is not signed in cannot post the login form without the cookie's token.
    let mut stranger = app.client();
    let reply = stranger
        .post_raw(
            "/login",
            &[("email", ORGANISER), ("password", "demo password 1")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_expired_session_leads_to_sign_in_and_back() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut organiser = app.signed_in(ORGANISER).await;
    assert_eq!(
        organiser.get("/a/brussels-climate/manage").await.status,
        StatusCode::OK
    );
    app.advance(app.state.config.session_seconds() + 1);
    let reply = organiser.get("/a/brussels-climate/manage").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let to = reply.location.expect("redirect");
    assert_eq!(to, "/login?next=%2Fa%2Fbrussels-climate%2Fmanage&expired=1");
    assert!(
        !organiser.has_cookie("klero_session"),
        "the dead session cookie is cleared"
    );
    let login = organiser.get(&to).await;
    assert!(login.body.contains("Your session has expired"));
    let reply = organiser
        .post(
            "/login",
            &[
                ("email", ORGANISER),
                ("password", "demo password 1"),
                ("next", "/a/brussels-climate/manage"),
            ],
        )
        .await;
    assert_eq!(
        reply.location.as_deref(),
        Some("/a/brussels-climate/manage")
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_everywhere() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut organiser = app.signed_in(ORGANISER).await;
    let reply = organiser.post("/logout", &[]).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        organiser.get("/account").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn unknown_addresses_and_junk_get_pages_not_crashes() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut organiser = app.signed_in(ORGANISER).await;
    for path in [
        "/nothing",
        "/a/no-such-assembly",
        "/a/brussels-climate/panels/99",
        "/a/brussels-climate/panels/abc",
        "/lang/xx",
        "/invitation/%00%ff",
    ] {
        let reply = organiser.get(path).await;
        assert!(
            reply.status == StatusCode::NOT_FOUND || reply.status == StatusCode::GONE,
            "{path}: {}",
            reply.status
        );
        assert!(reply.body.contains("<h1>"), "{path} renders a page");
    }
    let request = Request::post("/a/brussels-climate/panels/new")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let reply = organiser
        .send(request, Body::from(vec![0xff, 0xfe, b'=', b'%']))
        .await;
    assert!(reply.status.is_client_error(), "{}", reply.status);
    // Over-long and hostile text is refused field by field, and escaped when shown back.
    let long = "<script>".repeat(40);
    let reply = organiser
        .post(
            "/a/brussels-climate/panels/new",
            &[
                ("theme_en", &long),
                ("size", "-1"),
                ("starts_on", "2027-02-30"),
                ("ends_on", "x"),
                ("stage", "nope"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!reply.body.contains("<script>"));
    assert!(reply.body.contains("&#60;script&#62;") || reply.body.contains("&lt;script&gt;"));
    for field in ["theme_en", "size", "starts_on", "ends_on", "stage"] {
        assert!(
            reply.body.contains(&format!("href=\"#{field}\"")),
            "summary links to {field}"
        );
    }
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut client = app.client();
    for path in ["/", "/nothing", "/login"] {
        let reply = client.get(path).await;
        let csp = reply
            .headers
            .get(header::CONTENT_SECURITY_POLICY)
            .expect("csp");
        assert!(
            csp.to_str()
                .expect("ascii")
                .contains("frame-ancestors 'none'")
        );
        assert_eq!(
            reply
                .headers
                .get(header::X_CONTENT_TYPE_OPTIONS)
                .expect("nosniff"),
            "nosniff"
        );
        assert_eq!(
            reply.headers.get(header::CACHE_CONTROL).expect("no-store"),
            "no-store"
        );
    }
    let cookie = client.get("/").await;
    let _ = cookie;
    let mut fresh = app.client();
    let reply = fresh.get("/").await;
    let set = reply
        .headers
        .get(header::SET_COOKIE)
        .expect("csrf cookie")
        .to_str()
        .expect("ascii");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );
}

#[tokio::test]
async fn the_language_switcher_only_returns_to_local_pages() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut client = app.client();
    for (next, expected) in [
        ("/a/brussels-climate", "/a/brussels-climate"),
        ("//evil.example", "/"),
        ("https://evil.example", "/"),
        ("/\\evil", "/"),
    ] {
        let path = format!(
            "/lang/fr?next={}",
            serde_urlencoded::to_string([("", next)])
                .expect("enc")
                .trim_start_matches('=')
        );
        let reply = client.get(&path).await;
        assert_eq!(reply.location.as_deref(), Some(expected), "{next}");
    }
}

#[tokio::test]
async fn behind_a_proxy_throttling_counts_per_visitor_not_per_proxy() {
    let config = klero_web::Config {
        trust_forwarded_for: true,
        ..klero_web::Config::default()
    };
    let app = TestApp::with_config(Kind::Sqlite, config).await;
    let mut attacker = app.client();
    // The first entries are the visitor's own words; the last is what the proxy saw.
    attacker.forwarded_for = Some("203.0.113.9, 198.51.100.7".into());
    attacker.get("/login").await;
    for i in 0..50 {
        let address = format!("nobody{i}@example.be");
        let reply = attacker
            .post("/login", &[("email", &address), ("password", "guess")])
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    let reply = attacker
        .post(
            "/login",
            &[("email", ORGANISER), ("password", "demo password 1")],
        )
        .await;
    assert_eq!(
        reply.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the attacking visitor is throttled"
    );
    let mut neighbour = app.client();
    neighbour.forwarded_for = Some("203.0.113.9".into());
    neighbour.get("/login").await;
    let reply = neighbour
        .post(
            "/login",
            &[("email", ORGANISER), ("password", "demo password 1")],
        )
        .await;
    assert_eq!(
        reply.status,
        StatusCode::SEE_OTHER,
        "another visitor behind the same proxy is not"
    );
}
