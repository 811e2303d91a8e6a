//! Whole journeys: creating an assembly and a panel in French and reading them in Dutch;
//! inviting someone who creates an account; the health check.

use crate::harness::TestApp;
use axum::http::StatusCode;
use klero_test_db::Kind;

#[tokio::test]
async fn an_assembly_written_in_french_is_read_in_dutch_with_its_language_marked() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut admin = app.signed_in("admin@demo.kleroterion.org").await;
    admin.get("/lang/fr?next=/assemblies/new").await;
    let form = admin.get("/assemblies/new").await;
    assert!(form.body.contains("<html lang=\"fr\">"));
    let reply = admin
        .post(
            "/assemblies/new",
            &[
                ("slug", "assemblee-test"),
                ("kind", "one_off"),
                ("title_fr", "Assemblée d'essai"),
                ("description_fr", "Une description."),
            ],
        )
        .await;
    assert_eq!(
        reply.location.as_deref(),
        Some("/a/assemblee-test/manage"),
        "{}",
        reply.body
    );
    admin.get("/a/assemblee-test/panels/new").await;
    let reply = admin
        .post(
            "/a/assemblee-test/panels/new",
            &[
                ("theme_fr", "Mobilité douce"),
                ("size", "50"),
                ("starts_on", "2027-03-01"),
                ("ends_on", "2027-03-02"),
                ("stage", "recruitment"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    // The same slug again is refused on its field.
    admin.get("/assemblies/new").await;
    let again = admin
        .post(
            "/assemblies/new",
            &[
                ("slug", "assemblee-test"),
                ("kind", "one_off"),
                ("title_fr", "Encore"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("id=\"slug-error\""));

    let mut public = app.client();
    public.accept_language = Some("nl-BE,nl;q=0.9,fr;q=0.5".into());
    let page = public.get("/a/assemblee-test").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<html lang=\"nl\">"));
    assert!(
        page.body
            .contains("<h1 lang=\"fr\">Assemblée d&#39;essai</h1>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("lang=\"fr\">Mobilité douce"));
    assert!(
        page.body.contains(">Panels van deze assemblee</caption>"),
        "Dutch interface: {}",
        page.body
    );
    let audit = admin.get("/a/assemblee-test/audit").await.body;
    assert!(audit.contains("assembly.create") && audit.contains("panel.create"));
}

#[tokio::test]
async fn an_invited_person_creates_an_account_and_holds_the_role() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    organiser.get("/a/brussels-climate/access").await;
    let reply = organiser
        .post(
            "/a/brussels-climate/access",
            &[("email", "Nadia@Example.be"), ("role", "panel_member")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let marker = "id=\"invitation-link\" readonly value=\"";
    let start = reply.body.find(marker).expect("link shown") + marker.len();
    let link = &reply.body[start..start + reply.body[start..].find('"').expect("end")];
    let path = link.trim_start_matches("http://127.0.0.1:8080");
    assert!(path.starts_with("/invitation/"), "{link}");

    let mut nadia = app.client();
    let page = nadia.get(path).await;
    assert!(page.body.contains("nadia@example.be"));
    let short = nadia
        .post(
            path,
            &[
                ("display_name", "Nadia"),
                ("password", "short"),
                ("password_confirm", "short"),
            ],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("href=\"#password\""));
    let done = nadia
        .post(
            path,
            &[
                ("display_name", "Nadia"),
                ("password", "a long passphrase"),
                ("password_confirm", "a long passphrase"),
            ],
        )
        .await;
    assert_eq!(done.location.as_deref(), Some("/account"));
    let account = nadia.get("/account").await.body;
    assert!(account.contains("Panel member") && account.contains("/a/brussels-climate/members"));
    assert_eq!(
        nadia.get("/a/brussels-climate/members").await.status,
        StatusCode::OK
    );
    let reused = app.client().get(path).await;
    assert_eq!(reused.status, StatusCode::GONE);
    assert!(reused.body.contains("already been accepted"));
}

#[tokio::test]
async fn the_health_check_answers() {
    let app = TestApp::new(Kind::Sqlite).await;
    let reply = app.client().get("/healthz").await;
    assert_eq!((reply.status, reply.body.as_str()), (StatusCode::OK, "ok"));
}
