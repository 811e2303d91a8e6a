//! A panel's deliberation, end to end on both databases: sessions and settings, attendance and
//! the allowances, drafting with versions and a stale save refused, amendments (stale, not
//! found, accepted, rejected), a vote that cannot open without its rule, its languages or its
//! attendance, ballots replaced, a voter not present refused, paper ballots, the count under
//! the rule, and the handover of the adopted recommendations into the follow-up.

use crate::harness::{Client, TestApp};
use axum::http::StatusCode;
use klero_test_db::Kind;

const P: &str = "/a/brussels-climate/p/1/deliberation";

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

async fn get_ok(client: &mut Client, path: &str) -> String {
    let reply = client.get(path).await;
    assert_eq!(reply.status, StatusCode::OK, "GET {path}: {}", reply.body);
    reply.body
}

async fn post_redirects(client: &mut Client, path: &str, fields: &[(&str, &str)]) -> String {
    client.get(P).await;
    let reply = client.post(path, fields).await;
    assert_eq!(
        reply.status,
        StatusCode::SEE_OTHER,
        "POST {path}: {}",
        reply.body
    );
    reply.location.unwrap_or_default()
}

async fn journey(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let mut staff = app.signed_in("staff@demo.kleroterion.org").await;
    let mut facilitator = app.signed_in("facilitator@demo.kleroterion.org").await;
    let mut marie = app.signed_in("member@demo.kleroterion.org").await;
    let mut lotte = app.signed_in("member3@demo.kleroterion.org").await;

    // Sessions: a bad plan comes back with every problem and what was typed.
    organiser.get(P).await;
    let bad = organiser
        .post(
            &format!("{P}/sessions"),
            &[
                ("date", "2027-02-30"),
                ("starts", "14:00"),
                ("ends", "10:00"),
                ("place", "Hôtel de ville"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Hôtel de ville"), "the place is kept");
    for id in ["new-date", "new-ends", "new-agenda"] {
        assert!(bad.body.contains(&format!("href=\"#{id}\"")), "{id}");
    }
    let at = post_redirects(
        &mut organiser,
        &format!("{P}/sessions"),
        &[
            ("date", "2027-02-06"),
            ("starts", "09:30"),
            ("ends", "16:00"),
            ("place", "Hôtel de ville, Grand-Place"),
            ("agenda_fr", "Vote final"),
            ("agenda_nl", "Eindstemming"),
        ],
    )
    .await;
    assert!(at.ends_with("#session-5"), "{at}");
    let calendar = get_ok(&mut marie, P).await;
    assert!(calendar.contains("Vote final") || calendar.contains("Eindstemming"));
    // The member's private calendar feed: the signed link works, a forged one does not.
    let feed = between(
        &calendar,
        "href=\"/a/brussels-climate/p/1/deliberation/calendar/",
        "\"",
    )
    .expect("calendar link")
    .to_owned();
    let mut anyone = app.client();
    let ics = anyone.get(&format!("{P}/calendar/{feed}")).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics.body.contains("BEGIN:VEVENT") && ics.body.contains("DTSTART:20270206T083000Z"));
    let forged = feed.replace(|c: char| c.is_ascii_digit(), "0");
    assert_eq!(
        anyone.get(&format!("{P}/calendar/{forged}")).await.status,
        StatusCode::NOT_FOUND
    );

    // Settings: the allowance is refused when it is not an amount.
    organiser.get(P).await;
    let bad = organiser
        .post(
            &format!("{P}/settings"),
            &[("lang_nl", "on"), ("allowance", "forty")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("forty"));
    post_redirects(
        &mut organiser,
        &format!("{P}/settings"),
        &[("lang_nl", "on"), ("lang_fr", "on"), ("allowance", "37,50")],
    )
    .await;

    // Drafting: Marie starts a recommendation in Dutch.
    let at = post_redirects(
        &mut marie,
        &format!("{P}/drafts"),
        &[
            ("lang", "nl"),
            ("title", "Groendaken op scholen"),
            ("text", "Elke school krijgt tegen 2030 een groendak."),
            ("rationale", "Koeler in de zomer."),
        ],
    )
    .await;
    assert!(at.ends_with("/drafts/4"), "{at}");
    let d = format!("{P}/drafts/4");
    // Lotte saves over version 1; Marie's later save over version 1 is refused, showing the
    // current text and keeping her words.
    post_redirects(
        &mut lotte,
        &d,
        &[
            ("lang", "nl"),
            ("base", "1"),
            ("title", "Groendaken op alle scholen"),
            ("text", "Elke school krijgt tegen 2030 een groendak."),
        ],
    )
    .await;
    marie.get(&d).await;
    let stale = marie
        .post(
            &d,
            &[
                ("lang", "nl"),
                ("base", "1"),
                ("title", "Groendaken"),
                ("text", "Mijn eigen versie van de tekst."),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(
        stale.body.contains("Groendaken op alle scholen"),
        "the current text"
    );
    assert!(
        stale.body.contains("Mijn eigen versie van de tekst."),
        "her words kept"
    );

    // Amendments: stale, not found, then proposed and accepted; another rejected.
    marie.get(&d).await;
    let amend = |base: &'static str, passage: &'static str| {
        vec![
            ("base", base),
            ("lang", "nl"),
            ("part", "text"),
            ("change", "replace"),
            ("passage", passage),
            ("words", "2028"),
            ("reason", "Sneller"),
        ]
    };
    let stale = marie
        .post(&format!("{d}/amendments"), &amend("1", "2030"))
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("Groendaken op alle scholen"));
    let missing = marie
        .post(&format!("{d}/amendments"), &amend("2", "2031"))
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    let at = post_redirects(&mut marie, &format!("{d}/amendments"), &amend("2", "2030")).await;
    assert!(at.ends_with("#amendment-1"), "{at}");
    // Members may not decide; the facilitator may, and a rejection needs a reason.
    marie.get(&d).await;
    assert_eq!(
        marie
            .post(&format!("{d}/amendments/1"), &[("decision", "accept")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    post_redirects(
        &mut facilitator,
        &format!("{d}/amendments/1"),
        &[("decision", "accept")],
    )
    .await;
    let page = get_ok(&mut marie, &d).await;
    assert!(
        page.contains("tegen 2028 een groendak"),
        "the amendment made version 3"
    );
    assert!(page.contains("version 3"));
    post_redirects(
        &mut lotte,
        &format!("{d}/amendments"),
        &[
            ("base", "3"),
            ("lang", "nl"),
            ("part", "title"),
            ("change", "delete"),
            ("passage", " op alle scholen"),
            ("reason", "Korter"),
        ],
    )
    .await;
    facilitator.get(&d).await;
    let unexplained = facilitator
        .post(&format!("{d}/amendments/2"), &[("decision", "reject")])
        .await;
    assert_eq!(unexplained.status, StatusCode::UNPROCESSABLE_ENTITY);
    post_redirects(
        &mut facilitator,
        &format!("{d}/amendments/2"),
        &[
            ("decision", "reject"),
            ("note", "De scholen moeten erin staan."),
        ],
    )
    .await;
    let history = get_ok(&mut marie, &format!("{d}/history?from=2&to=3&lang=nl")).await;
    assert!(
        history.contains("<del>2030</del>") && history.contains("<ins>2028</ins>"),
        "{history}"
    );

    // The vote: no rule, no opening.
    organiser.get(&d).await;
    let refused = organiser
        .post(&format!("{d}/state"), &[("state", "open")])
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("before its rule is declared"));
    let bad_rule = organiser
        .post(
            &format!("{d}/rule"),
            &[("rule", "qualified"), ("share", "40")],
        )
        .await;
    assert_eq!(bad_rule.status, StatusCode::UNPROCESSABLE_ENTITY);
    post_redirects(
        &mut organiser,
        &format!("{d}/rule"),
        &[
            ("rule", "qualified"),
            ("share", "60"),
            ("base", "present"),
            ("session", "5"),
        ],
    )
    .await;
    // French is required and missing.
    organiser.get(&d).await;
    let refused = organiser
        .post(&format!("{d}/state"), &[("state", "open")])
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("required language"));
    post_redirects(
        &mut lotte,
        &d,
        &[
            ("lang", "fr"),
            ("base", "3"),
            ("title", "Des toitures vertes sur les écoles"),
            ("text", "Chaque école reçoit une toiture verte d'ici 2028."),
        ],
    )
    .await;
    // The rule counts members present: no attendance, no opening.
    organiser.get(&d).await;
    let refused = organiser
        .post(&format!("{d}/state"), &[("state", "open")])
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("no attendance is recorded"));
    // Staff record attendance: Marie and Lotte present, Youssef absent.
    let form = get_ok(&mut staff, &format!("{P}/attendance/5")).await;
    let ids: Vec<String> = form
        .match_indices("name=\"m_")
        .map(|(i, _)| {
            form[i + 8..]
                .split('"')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(ids.len(), 6, "six panel members");
    let name_of = |id: &str| {
        let at = form.find(&format!("name=\"m_{id}\"")).expect("member");
        let legend = form[..at].rfind("<legend>").expect("legend");
        form[legend + 8..]
            .split('<')
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let mut fields: Vec<(String, String)> = Vec::new();
    for id in &ids {
        let status = match name_of(id).as_str() {
            "Marie Membre" | "Lotte Peeters" => "present",
            "Youssef Benali" => "absent",
            _ => "excused",
        };
        fields.push((format!("m_{id}"), status.to_owned()));
    }
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    post_redirects(&mut staff, &format!("{P}/attendance/5"), &pairs).await;
    post_redirects(&mut organiser, &format!("{d}/state"), &[("state", "open")]).await;
    // Once open, the text and the rule are fixed.
    lotte.get(&d).await;
    assert_eq!(
        lotte
            .post(
                &d,
                &[("lang", "fr"), ("base", "4"), ("title", "X"), ("text", "Y")]
            )
            .await
            .status,
        StatusCode::CONFLICT,
    );
    // Marie votes against, then for: her second ballot replaces the first.
    post_redirects(&mut marie, &format!("{d}/ballot"), &[("choice", "against")]).await;
    post_redirects(&mut marie, &format!("{d}/ballot"), &[("choice", "for")]).await;
    let page = get_ok(&mut marie, &d).await;
    assert!(
        page.contains("value=\"for\" required checked"),
        "her ballot is shown"
    );
    // Youssef was absent: refused.
    let mut youssef = app.signed_in("member2@demo.kleroterion.org").await;
    youssef.get(&d).await;
    let refused = youssef
        .post(&format!("{d}/ballot"), &[("choice", "for")])
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("recorded present"));
    // Staff may not vote online; they enter a paper ballot instead.
    staff.get(&d).await;
    assert_eq!(
        staff
            .post(&format!("{d}/ballot"), &[("choice", "for")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    post_redirects(
        &mut staff,
        &format!("{d}/paper"),
        &[("serial", "1"), ("paper_choice", "against")],
    )
    .await;
    // Two present: Marie for, one paper against: 1 of 2 present is 50 %, under 60 %.
    post_redirects(
        &mut organiser,
        &format!("{d}/state"),
        &[("state", "closed")],
    )
    .await;
    let page = get_ok(&mut marie, &d).await;
    assert!(
        page.contains("Not adopted"),
        "failed stays visible as failed"
    );
    assert!(page.contains("at least 60 % of the members present"));
    // No ballot after closing.
    marie.get(&d).await;
    assert_eq!(
        marie
            .post(&format!("{d}/ballot"), &[("choice", "for")])
            .await
            .status,
        StatusCode::CONFLICT
    );

    // The handover takes the adopted recommendation (the demo's number 1) into the follow-up.
    let list = get_ok(&mut organiser, &format!("{P}/drafts")).await;
    assert!(list.contains("waiting to be handed over: 1"), "{list}");
    let at = post_redirects(
        &mut organiser,
        &format!("{P}/handover"),
        &[("on", "2027-02-10")],
    )
    .await;
    assert!(at.ends_with("/followup"));
    let tracker = get_ok(&mut anyone, "/a/brussels-climate/p/1/tracker").await;
    assert!(
        tracker.contains("Gratis energieadvies voor elke huurder")
            || tracker.contains("Un conseil énergie gratuit pour chaque locataire")
    );
    let rec = get_ok(&mut anyone, "/a/brussels-climate/p/1/r/1").await;
    assert!(rec.contains("4 for") && rec.contains("1 against"), "{rec}");
    organiser.get(P).await;
    let again = organiser
        .post(&format!("{P}/handover"), &[("on", "2027-02-10")])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The allowances: 37.50 per session attended.
    let csv = staff.get(&format!("{P}/allowances.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let marie_line = csv
        .body
        .lines()
        .find(|l| l.starts_with("Marie Membre,"))
        .expect("Marie");
    assert_eq!(marie_line, "Marie Membre,5,4,0,0,37.50,150.00");
    let youssef_line = csv
        .body
        .lines()
        .find(|l| l.starts_with("Youssef Benali,"))
        .expect("Youssef");
    assert_eq!(youssef_line, "Youssef Benali,5,3,0,1,37.50,112.50");
    assert_eq!(
        marie.get(&format!("{P}/allowances.csv")).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn deliberation_from_first_session_to_handover_on_sqlite() {
    journey(Kind::Sqlite).await;
}

#[tokio::test]
async fn deliberation_from_first_session_to_handover_on_postgres() {
    journey(Kind::Postgres).await;
}

/// The text of every page of a PDF.
fn pdf_text(bytes: &[u8]) -> String {
    let pdf = lopdf::Document::load_mem(bytes).expect("a PDF that opens");
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    pdf.extract_text(&pages).expect("text")
}

async fn report(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let mut marie = app.signed_in("member@demo.kleroterion.org").await;
    let mut anyone = app.client();
    // The earlier panel's report is published: its recommendations in French and Dutch, the
    // failed one listed apart, Marie named and her minority note under her name.
    let page = get_ok(&mut anyone, "/a/brussels-climate/p/3/report").await;
    assert!(
        page.contains("Organic, local school canteens")
            || page.contains("Des cantines scolaires bio et locales")
    );
    assert!(page.contains("Put to the vote and not adopted"));
    assert!(page.contains("Marie Membre"));
    assert!(page.contains("former des habitants"));
    for lang in ["nl", "fr"] {
        let pdf = anyone
            .get(&format!("/a/brussels-climate/p/3/report/{lang}.pdf"))
            .await;
        assert_eq!(pdf.status, StatusCode::OK);
        assert_eq!(pdf.headers["content-type"], "application/pdf");
        let text = pdf_text(&pdf.bytes);
        let titles: &[&str] = if lang == "fr" {
            &[
                "Des cantines scolaires bio et locales",
                "Un guichet unique pour la rénovation",
            ]
        } else {
            &[
                "Biologische en lokale schoolkantines",
                "Eén loket voor renovatie",
            ]
        };
        for title in titles {
            assert!(text.contains(title), "{lang}: {title} in {text}");
        }
    }
    assert_eq!(
        anyone
            .get("/a/brussels-climate/p/3/report/de.pdf")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The tracker links a recommendation to its text and vote in the report.
    let rec = get_ok(&mut anyone, "/a/brussels-climate/p/3/r/2").await;
    assert!(rec.contains("/a/brussels-climate/p/3/report#r2"), "{rec}");

    // The deliberating panel: no report yet; Marie agrees to be named and writes a minority
    // note (too long first, kept as typed); the organiser publishes.
    assert_eq!(
        anyone.get("/a/brussels-climate/p/1/report").await.status,
        StatusCode::NOT_FOUND
    );
    post_redirects(&mut marie, &format!("{P}/named"), &[("named", "yes")]).await;
    marie.get(&format!("{P}/drafts/1")).await;
    let long = "x".repeat(1_501);
    let refused = marie
        .post(
            &format!("{P}/drafts/1/minority"),
            &[("note", long.as_str())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(&long));
    post_redirects(
        &mut marie,
        &format!("{P}/drafts/1/minority"),
        &[("note", "Les propriétaires doivent aussi être conseillés.")],
    )
    .await;
    // Only organisers publish.
    marie.get(P).await;
    assert_eq!(
        marie
            .post(&format!("{P}/report"), &[("publish", "report")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let at = post_redirects(
        &mut organiser,
        &format!("{P}/report"),
        &[("publish", "report")],
    )
    .await;
    assert!(at.ends_with("/p/1/report"));
    let page = get_ok(&mut anyone, "/a/brussels-climate/p/1/report").await;
    assert!(page.contains("Les propriétaires doivent aussi être conseillés."));
    assert!(page.contains("Marie Membre"));
    let panel = get_ok(&mut anyone, "/a/brussels-climate/p/1").await;
    assert!(
        panel.contains("/a/brussels-climate/p/1/report\""),
        "the panel page links the report"
    );
}

#[tokio::test]
async fn the_report_is_published_read_and_linked_on_sqlite() {
    report(Kind::Sqlite).await;
}

#[tokio::test]
async fn the_report_is_published_read_and_linked_on_postgres() {
    report(Kind::Postgres).await;
}

async fn evaluation(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let mut marie = app.signed_in("member@demo.kleroterion.org").await;
    // The sessions page offers the questionnaire for the sessions held, already answered here.
    let sessions = get_ok(&mut marie, P).await;
    assert!(sessions.contains(&format!("{P}/sessions/1/evaluation")));
    assert!(
        !sessions.contains(&format!("{P}/sessions/4/evaluation")),
        "not before its day"
    );
    let form = get_ok(&mut marie, &format!("{P}/sessions/1/evaluation")).await;
    assert!(form.contains("checked"), "her earlier answers are shown");
    // A session not held yet is refused; an empty questionnaire too.
    marie.get(&format!("{P}/sessions/4/evaluation")).await;
    let refused = marie
        .post(&format!("{P}/sessions/4/evaluation"), &[("q_time", "4")])
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let empty = marie.post(&format!("{P}/sessions/1/evaluation"), &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Her new answers replace her old ones: still six questionnaires for session 1.
    post_redirects(
        &mut marie,
        &format!("{P}/sessions/1/evaluation"),
        &[
            ("q_information", "1"),
            ("q_time", "1"),
            ("comment", "Te weinig tijd voor vragen."),
        ],
    )
    .await;
    let results = get_ok(&mut organiser, &format!("{P}/evaluation")).await;
    assert!(results.contains("Questionnaires answered: 6"), "{results}");
    assert!(results.contains("Te weinig tijd voor vragen."));
    // Members cannot read the results.
    assert_eq!(
        marie.get(&format!("{P}/evaluation")).await.status,
        StatusCode::FORBIDDEN
    );
    // The organiser asks two standard questions and one of their own.
    organiser.get(&format!("{P}/evaluation")).await;
    post_redirects(
        &mut organiser,
        &format!("{P}/evaluation"),
        &[
            ("ask_time", "on"),
            ("ask_heard", "on"),
            ("open_fr", "Qu'avez-vous appris ?"),
        ],
    )
    .await;
    let form = get_ok(&mut marie, &format!("{P}/sessions/2/evaluation")).await;
    assert!(form.contains("Qu&#39;avez-vous appris ?") || form.contains("Qu'avez-vous appris ?"));
    assert!(!form.contains("name=\"q_information\""));
    // The report publishes the evaluation, all sessions together.
    let report = get_ok(&mut app.client(), "/a/brussels-climate/p/3/report").await;
    assert!(report.contains("How the members judged the process"));
}

#[tokio::test]
async fn members_evaluate_sessions_anonymously_on_sqlite() {
    evaluation(Kind::Sqlite).await;
}

#[tokio::test]
async fn members_evaluate_sessions_anonymously_on_postgres() {
    evaluation(Kind::Postgres).await;
}

/// A small, valid PDF.
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
/// The start of a PNG image.
const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

async fn library(kind: Kind) {
    let app = TestApp::new(kind).await;
    let lib = "/a/brussels-climate/p/1/library";
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let mut expert = app.signed_in("expert@demo.kleroterion.org").await;
    let mut marie = app.signed_in("member@demo.kleroterion.org").await;
    let mut anyone = app.client();
    let item = |title: &'static str, visibility: &'static str| {
        vec![
            ("title_fr", title),
            ("doc_fr", "on"),
            ("source", "administration"),
            ("by", "Bruxelles Environnement"),
            ("visibility", visibility),
        ]
    };
    // A ".pdf" that is a PNG is refused, saying why, with what was typed kept.
    organiser.get(lib).await;
    let refused = organiser
        .upload_form(
            &format!("{lib}/items"),
            &item("Primes 2027", "public"),
            &[("file", "primes.pdf", PNG)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("does not match its name"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("Primes 2027"));
    // Neither a file nor a link; and both.
    let neither = organiser
        .upload_form(&format!("{lib}/items"), &item("Primes 2027", "public"), &[])
        .await;
    assert_eq!(neither.status, StatusCode::UNPROCESSABLE_ENTITY);
    // An oversized file is refused against the organiser's limit.
    post_redirects(
        &mut organiser,
        &format!("{lib}/limit"),
        &[("limit_mb", "1")],
    )
    .await;
    organiser.get(lib).await;
    let mut big = PDF.to_vec();
    big.extend(std::iter::repeat_n(b' ', 1_100_000));
    let too_big = organiser
        .upload_form(
            &format!("{lib}/items"),
            &item("Gros fichier", "public"),
            &[("file", "gros.pdf", &big)],
        )
        .await;
    assert_eq!(too_big.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_big.body.contains("larger than the library allows"));
    // A real PDF, public; a panel-only note with a link.
    let added = organiser
        .upload_form(
            &format!("{lib}/items"),
            &item("Primes 2027", "public"),
            &[("file", "../../Primes 2027.pdf", PDF)],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    organiser.get(lib).await;
    let mut panel_only = item("Note interne", "panel");
    panel_only.push(("link", "https://example.org/note"));
    assert_eq!(
        organiser
            .upload_form(&format!("{lib}/items"), &panel_only, &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // An expert adds theirs: the source is an expert's, whatever the form says.
    expert.get(lib).await;
    let mut theirs = item("Rénover sans déménager", "public");
    theirs.push(("link", "https://example.org/renover"));
    assert_eq!(
        expert
            .upload_form(&format!("{lib}/items"), &theirs, &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // The public sees the public items, not the panel's note; members see both.
    let public = get_ok(&mut anyone, lib).await;
    assert!(public.contains("Primes 2027") && public.contains("Rénover sans déménager"));
    assert!(!public.contains("Note interne"));
    assert!(public.contains("Independent expert (2)"), "{public}");
    let members = get_ok(&mut marie, lib).await;
    assert!(members.contains("Note interne"));
    // The download: its true type, as an attachment, with a safe name.
    let end = public.find("/file\" download").expect("a download link");
    let start = public[..end].rfind("href=\"").expect("href") + 6;
    let href = format!("{}/file", &public[start..end]);
    let file = anyone.get(&href).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["content-type"], "application/pdf");
    assert_eq!(file.headers["x-content-type-options"], "nosniff");
    let disposition = file.headers["content-disposition"].to_str().expect("ascii");
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(!disposition.contains(".."), "{disposition}");
    assert_eq!(file.bytes, PDF);
    // A stakeholder submits a paper without an account; it waits for the moderators.
    let form = get_ok(&mut anyone, &format!("{lib}/submit")).await;
    assert!(form.contains("Submit a position paper"));
    let bad = anyone
        .upload_form(
            &format!("{lib}/submit"),
            &[
                ("organisation", "Comité de quartier Nord"),
                ("email", "nope"),
            ],
            &[],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Comité de quartier Nord"));
    let sent = anyone
        .upload_form(
            &format!("{lib}/submit"),
            &[
                ("organisation", "Comité de quartier Nord"),
                ("email", "contact@quartier-nord.example"),
                ("lang", "fr"),
                ("title", "Ce que veulent les habitants du Nord"),
            ],
            &[("file", "position.pdf", PDF)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    anyone.get(lib).await;
    let spam = anyone
        .upload_form(
            &format!("{lib}/submit"),
            &[
                ("organisation", "Casino"),
                ("email", "x@casino.example"),
                ("lang", "en"),
                ("title", "Win big"),
                ("link", "https://casino.example"),
            ],
            &[],
        )
        .await;
    assert_eq!(spam.status, StatusCode::SEE_OTHER);
    assert!(
        !get_ok(&mut anyone, lib)
            .await
            .contains("Ce que veulent les habitants du Nord")
    );
    let moderation = get_ok(&mut organiser, lib).await;
    assert!(
        moderation.contains("contact@quartier-nord.example"),
        "the moderators see the contact"
    );
    // Publish the first; reject the second, which needs a reason.
    // The moderation form that follows each title.
    let number_after = |title: &str| -> u32 {
        let at = moderation.find(title).expect("the submission");
        let end = moderation[at..].find("/moderate\"").expect("its form") + at;
        moderation[..end]
            .rsplit('/')
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a number")
    };
    let numbers = [
        number_after("Win big"),
        number_after("Ce que veulent les habitants du Nord"),
    ];
    organiser.get(lib).await;
    assert_eq!(
        organiser
            .post(
                &format!("{lib}/{}/moderate", numbers[0]),
                &[("decision", "reject")]
            )
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    post_redirects(
        &mut organiser,
        &format!("{lib}/{}/moderate", numbers[0]),
        &[
            ("decision", "reject"),
            ("reason", "Publicité sans rapport avec le thème."),
        ],
    )
    .await;
    post_redirects(
        &mut organiser,
        &format!("{lib}/{}/moderate", numbers[1]),
        &[("decision", "publish")],
    )
    .await;
    let public = get_ok(&mut anyone, lib).await;
    assert!(
        public.contains("Ce que veulent les habitants du Nord")
            && public.contains("Comité de quartier Nord")
    );
    assert!(!public.contains("Win big"));
    assert!(
        !public.contains("contact@quartier-nord.example"),
        "the contact is never published"
    );
    let moderation = get_ok(&mut organiser, lib).await;
    assert!(moderation.contains("Publicité sans rapport avec le thème."));
    assert!(
        !moderation.contains("contact@quartier-nord.example"),
        "erased once decided"
    );
}

#[tokio::test]
async fn the_library_checks_uploads_and_moderates_submissions_on_sqlite() {
    library(Kind::Sqlite).await;
}

#[tokio::test]
async fn the_library_checks_uploads_and_moderates_submissions_on_postgres() {
    library(Kind::Postgres).await;
}

async fn questions(kind: Kind) {
    let app = TestApp::new(kind).await;
    let q = format!("{P}/questions");
    let mut marie = app.signed_in("member@demo.kleroterion.org").await;
    let mut lotte = app.signed_in("member3@demo.kleroterion.org").await;
    let mut expert = app.signed_in("expert@demo.kleroterion.org").await;
    let mut anyone = app.client();
    // An empty question is refused; an anonymous one is shown without its asker.
    marie.get(&q).await;
    assert_eq!(
        marie.post(&q, &[]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let at = post_redirects(
        &mut marie,
        &q,
        &[
            (
                "question",
                "Faut-il un permis pour isoler une façade par l'extérieur ?",
            ),
            ("anonymous", "on"),
        ],
    )
    .await;
    assert!(at.ends_with("#question-3"), "{at}");
    let page = get_ok(&mut lotte, &q).await;
    let card = &page[page.find("id=\"question-3\"").expect("question 3")..];
    let card = &card[..card.find("</article>").expect("end")];
    assert!(
        card.contains("Asked by a member") && !card.contains("Marie Membre"),
        "{card}"
    );
    // Lotte supports it (twice counts once); experts may not ask, members may not answer.
    post_redirects(&mut lotte, &format!("{q}/3/support"), &[]).await;
    post_redirects(&mut lotte, &format!("{q}/3/support"), &[]).await;
    assert!(get_ok(&mut lotte, &q).await.contains("Supported by 1"));
    expert.get(&q).await;
    assert_eq!(
        expert.post(&q, &[("question", "?")]).await.status,
        StatusCode::FORBIDDEN
    );
    lotte.get(&q).await;
    assert_eq!(
        lotte
            .post(&format!("{q}/3/answer"), &[("answer", "Oui.")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // The expert answers; a second answer is refused; the library shows it to the public
    // without the asker.
    let empty = expert.post(&format!("{q}/3/answer"), &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    post_redirects(
        &mut expert,
        &format!("{q}/3/answer"),
        &[(
            "answer",
            "Oui, un permis d'urbanisme, sauf dispense communale.",
        )],
    )
    .await;
    expert.get(&q).await;
    assert_eq!(
        expert
            .post(&format!("{q}/3/answer"), &[("answer", "Encore")])
            .await
            .status,
        StatusCode::CONFLICT
    );
    let library = get_ok(&mut anyone, "/a/brussels-climate/p/1/library").await;
    assert!(library.contains("sauf dispense communale"));
    assert!(
        !library.contains("Youssef Benali"),
        "the public never sees who asked"
    );
}

#[tokio::test]
async fn members_ask_and_experts_answer_on_sqlite() {
    questions(Kind::Sqlite).await;
}

#[tokio::test]
async fn members_ask_and_experts_answer_on_postgres() {
    questions(Kind::Postgres).await;
}
