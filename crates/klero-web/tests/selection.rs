//! A panel's selection through the web: a bad pool refused whole with every problem by file,
//! line and column; the feasibility check and its diagnosis; the freeze and its commitment (then
//! no upload is accepted); the ceremony with a public seed, the e-mails with a confirm/decline
//! link; the public draw page and its bundle, downloaded file by file and verified with
//! `klero_bundle::verify`; a decline, a replacement draw, and the contact details erased.

use crate::harness::{Client, TestApp};
use axum::http::StatusCode;
use klero_test_db::Kind;

const A: &str = "/a/brussels-climate";
const P: &str = "/a/brussels-climate/p/2";

const FEATURES: &str = "feature,value,min,max\n\
gender,f,2,2\ngender,m,2,2\nage,young,1,3\nage,old,1,3\n";

/// 12 volunteers: alternately f and m, young and old in turn, each with contact details.
fn people() -> String {
    let mut csv = String::from("id,name,email,gender,age\n");
    for i in 1..=12 {
        csv.push_str(&format!(
            "v{i:02},Volunteer {i},v{i}@example.be,{},{}\n",
            ["f", "m"][i % 2],
            ["young", "young", "old"][i % 3]
        ));
    }
    csv
}

async fn upload(client: &mut Client, features: &str, people: &str) -> crate::harness::Reply {
    client.get(&format!("{P}/selection")).await;
    client
        .upload_form(
            &format!("{P}/selection/inputs"),
            &[
                ("panel_size", "4"),
                ("household_column", ""),
                ("address_columns", ""),
            ],
            &[
                ("features", "features.csv", features.as_bytes()),
                ("people", "people.csv", people.as_bytes()),
            ],
        )
        .await
}

/// The text between `start` and the next `end` in `body`.
fn between<'a>(body: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = body.find(start)? + start.len();
    let to = body[from..].find(end)? + from;
    Some(&body[from..to])
}

/// The bytes of a public download (the test client reads only text).
async fn zip_bytes(app: &TestApp, path: &str) -> Vec<u8> {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let request = axum::http::Request::get(path)
        .body(axum::body::Body::empty())
        .expect("request");
    let response = klero_web::app(app.state.clone())
        .oneshot(request)
        .await
        .expect("infallible");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/zip");
    let body = response.into_body().collect().await.expect("body");
    body.to_bytes().to_vec()
}

async fn journey(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut olga = app.signed_in("organiser@demo.kleroterion.org").await;
    let page = olga.get(&format!("{P}/selection")).await;
    assert_eq!(page.status, StatusCode::OK);

    // A bad pool: every problem, located; nothing stored.
    let bad = "id,name,gender,age\nv1,A,f,young\nv2,B,x,old\nv3,C,m,\n";
    let reply = upload(&mut olga, FEATURES, bad).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply
            .body
            .contains("people.csv:3: column `gender`: unknown value `x`"),
        "{}",
        reply.body
    );
    assert!(
        reply.body.contains("people.csv:4: column `age`"),
        "{}",
        reply.body
    );
    let store = &app.state.store;
    let assembly = store
        .assembly_by_slug("brussels-climate")
        .await
        .expect("a")
        .expect("a");
    let panel = store
        .panel_by_number(&assembly.id, 2)
        .await
        .expect("p")
        .expect("p");
    assert_eq!(
        store.selection(&panel.id).await.expect("s"),
        None,
        "nothing half-imported"
    );

    // Only organisers upload (the access walk sends plain forms, so it is checked here).
    let mut staff = app.signed_in("staff@demo.kleroterion.org").await;
    staff.get("/account").await;
    let reply = staff
        .upload_form(
            &format!("{P}/selection/inputs"),
            &[("panel_size", "4")],
            &[
                ("features", "features.csv", FEATURES.as_bytes()),
                ("people", "people.csv", people().as_bytes()),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(store.selection(&panel.id).await.expect("s"), None);

    // No files at all, and a panel size that is no number.
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .upload_form(
            &format!("{P}/selection/inputs"),
            &[("panel_size", "four")],
            &[],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Enter the panel size",
        "Choose the quotas file",
        "Choose the pool file",
    ] {
        assert!(reply.body.contains(message), "{message}");
    }

    // Infeasible quotas: stored, with the engine's diagnosis.
    // (Only 2 of the 4 old volunteers are women.)
    let tight = "feature,value,min,max\ngender,f,3,3\ngender,m,1,1\nage,young,0,0\nage,old,4,4\n";
    let reply = upload(&mut olga, tight, &people()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply.body.contains("No panel meets every quota"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("Quotas in conflict"), "{}", reply.body);
    assert!(reply.body.contains("gender = m (1–1)"), "{}", reply.body);

    // A good pool: feasible; contacts apart.
    let reply = upload(&mut olga, FEATURES, &people()).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.body.contains("12 volunteers imported"),
        "{}",
        reply.body
    );
    assert!(
        reply.body.contains("the quotas are feasible"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("erase them when the panel ends"));
    assert_eq!(
        store.selection_contacts(&panel.id).await.expect("c").len(),
        12
    );
    let pool = store.selection_pool(&panel.id).await.expect("pool");
    assert!(
        pool.iter()
            .all(|p| !p.entry.values.iter().any(|v| v.contains("example")))
    );

    // The public page shows nothing before the freeze.
    let mut public = app.client();
    let page = public.get(&format!("{P}/draw")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("not frozen yet"));

    // A seed before the commitment exists is refused, and nothing is drawn (issue 24).
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .post(&format!("{P}/selection/draw"), &[("seed", "4 2 6 1 3")])
        .await;
    assert_eq!(reply.status, StatusCode::CONFLICT, "{}", reply.body);
    assert!(reply.body.contains("frozen pool"), "{}", reply.body);
    assert!(
        store
            .selection_draws(&panel.id)
            .await
            .expect("draws")
            .is_empty()
    );
    assert!(
        store
            .selection_lottery(&panel.id)
            .await
            .expect("lottery")
            .is_none()
    );

    // Freeze: the commitment is published; no more uploads.
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .post(&format!("{P}/selection/freeze"), &[("confirm", "yes")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let commitment = store
        .selection(&panel.id)
        .await
        .expect("s")
        .and_then(|s| s.commitment)
        .expect("commitment");
    assert_eq!(commitment.len(), 64);
    let reply = upload(&mut olga, FEATURES, &people()).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(store.selection_pool(&panel.id).await.expect("pool"), pool);
    let page = public.get(&format!("{P}/draw")).await;
    assert!(page.body.contains(&commitment));
    // The lottery is published with the commitment, before the seed, and the commitment covers
    // it (issue 24).
    assert!(
        page.body.contains(&format!("{P}/draw/lottery.json")),
        "{}",
        page.body
    );
    let lottery = public.get(&format!("{P}/draw/lottery.json")).await;
    assert_eq!(lottery.status, StatusCode::OK);
    assert!(lottery.body.contains("kleroterion-lottery/1"));

    // The ceremony: an empty seed is refused, then the draw.
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .post(&format!("{P}/selection/draw"), &[("seed", " ")])
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reply = olga
        .post(&format!("{P}/selection/draw"), &[("seed", "4 2 6 1 3")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let mails = store.outbox(&assembly.id, 100).await.expect("outbox");
    let invitations: Vec<_> = mails
        .iter()
        .filter(|m| m.body.contains("/reply/"))
        .collect();
    assert_eq!(invitations.len(), 4);

    // The public page: seed, commitment, probabilities, the bundle; verify it.
    let page = public.get(&format!("{P}/draw")).await;
    assert!(page.body.contains("4 2 6 1 3"));
    assert!(page.body.contains("Everyone&#39;s chance") || page.body.contains("Everyone's chance"));
    assert!(!page.body.contains("Volunteer 1"), "no names in public");
    let sums = public.get(&format!("{P}/draw/1/SHA256SUMS")).await;
    assert_eq!(sums.status, StatusCode::OK);
    let dir = tempfile::tempdir().expect("dir");
    let mut names = vec!["SHA256SUMS".to_owned()];
    for line in sums.body.lines() {
        let name = line
            .split_whitespace()
            .last()
            .expect("name")
            .trim_start_matches('*');
        names.push(name.to_owned());
        assert!(
            page.body.contains(&format!("/draw/1/{name}")),
            "{name} listed"
        );
    }
    for name in &names {
        let file = public.get(&format!("{P}/draw/1/{name}")).await;
        assert_eq!(file.status, StatusCode::OK, "{name}");
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, file.body.as_bytes()).expect("write");
    }
    let report = klero_bundle::verify(dir.path()).expect("verify");
    assert!(report.passed(), "{:?}", report.checks);
    assert!(names.iter().any(|n| n == "input/people.csv"));
    // The same bundle as one zip file: unpacked, it verifies too.
    let zipped = zip_bytes(&app, &format!("{P}/draw/1/bundle.zip")).await;
    let unpacked = tempfile::tempdir().expect("dir");
    zip::ZipArchive::new(std::io::Cursor::new(zipped))
        .expect("zip")
        .extract(unpacked.path())
        .expect("unzip");
    let folder = unpacked.path().join("brussels-climate-panel-2-draw-1");
    let report = klero_bundle::verify(&folder).expect("verify the zip");
    assert!(report.passed(), "{:?}", report.checks);
    // The folder it was unpacked into, and the zip itself, verify as well.
    let report = klero_bundle::verify(unpacked.path()).expect("verify the outer folder");
    assert!(report.passed(), "{:?}", report.checks);
    let zip_file = unpacked.path().join("bundle.zip");
    std::fs::write(
        &zip_file,
        zip_bytes(&app, &format!("{P}/draw/1/bundle.zip")).await,
    )
    .expect("write");
    let report = klero_bundle::verify(&zip_file).expect("verify the zip file");
    assert!(report.passed(), "{:?}", report.checks);
    // The draw used the lottery published at the freeze.
    let published = std::fs::read_to_string(folder.join("lottery.json")).expect("lottery");
    assert_eq!(published, lottery.body);
    let people_file = public.get(&format!("{P}/draw/1/input/people.csv")).await;
    assert!(!people_file.body.contains("example.be"), "pseudonymous");

    // Organisers see who was drawn, with their contact details.
    let page = olga.get(&format!("{P}/selection")).await;
    assert!(page.body.contains("Volunteer "), "names for organisers");
    assert!(page.body.contains("mailto:v"));

    // A member declines through their link.
    let token = between(&invitations[0].body, "/reply/", " ")
        .or_else(|| invitations[0].body.split("/reply/").nth(1))
        .expect("token")
        .trim()
        .to_owned();
    let page = public.get(&format!("/reply/{token}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let reply = public
        .post(&format!("/reply/{token}"), &[("reply", "declined")])
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    // Another confirms, and is invited to an account as a panel member.
    let other = invitations[1]
        .body
        .split("/reply/")
        .nth(1)
        .expect("token")
        .split_whitespace()
        .next()
        .expect("token")
        .to_owned();
    public.get(&format!("/reply/{other}")).await;
    let reply = public
        .post(&format!("/reply/{other}"), &[("reply", "confirmed")])
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.contains("Create your account"), "{}", reply.body);
    let link = between(&reply.body, "href=\"/invitation/", "\"").expect("invitation link");
    let page = public.get(&format!("/invitation/{link}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(public.get("/reply/nope").await.status == StatusCode::OK);
    let reply = public.post("/reply/nope", &[("reply", "declined")]).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);

    // An organiser records another drop-out; a non-member cannot drop out.
    let pool = store.selection_pool(&panel.id).await.expect("pool");
    let member = pool
        .iter()
        .find(|p| p.status == klero_store::PersonStatus::Member)
        .expect("a member")
        .entry
        .key
        .clone();
    let outsider = pool
        .iter()
        .find(|p| p.status == klero_store::PersonStatus::Pool)
        .expect("someone not drawn")
        .entry
        .key
        .clone();
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .post(
            &format!("{P}/selection/withdraw"),
            &[("id", &outsider), ("reason", "unreachable")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    // A drop-out asks for its reason: without one (or with a made-up one) nothing is recorded.
    for reason in ["", "ill", "declined_by_link"] {
        let reply = olga
            .post(
                &format!("{P}/selection/withdraw"),
                &[("id", &member), ("reason", reason)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{reason:?}");
        assert!(reply.body.contains("leaves the panel"), "{}", reply.body);
    }
    let still = store.selection_pool(&panel.id).await.expect("pool");
    assert!(
        still
            .iter()
            .any(|p| p.entry.key == member && p.status == klero_store::PersonStatus::Member)
    );
    let reply = olga
        .post(
            &format!("{P}/selection/withdraw"),
            &[("id", &member), ("reason", "unreachable")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);

    // A replacement draw with its own seed, published; the quotas hold again.
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .post(&format!("{P}/selection/replace"), &[("seed", "77")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let draws = store.selection_draws(&panel.id).await.expect("draws");
    assert_eq!(draws.len(), 2);
    assert_eq!(draws[1].withdrawn.len(), 2);
    assert_eq!(draws[1].chosen.len(), 2);
    let members = store
        .selection_pool(&panel.id)
        .await
        .expect("pool")
        .into_iter()
        .filter(|p| p.status == klero_store::PersonStatus::Member)
        .count();
    assert_eq!(members, 4);
    // The organisers' page says who replaced whom, and why each left.
    let page = olga.get(&format!("{P}/selection")).await.body;
    assert!(page.contains("Replacement draws"), "{page}");
    assert!(page.contains("could not be reached"), "{page}");
    assert!(
        page.contains("declined through the link in the e-mail"),
        "{page}"
    );
    assert!(page.contains(&format!(
        "Drawn in replacement draw 1, in place of {}.",
        draws[1].withdrawn.join(", ")
    )));
    assert!(page.contains(&format!(
        "Seat filled in replacement draw 1 by {}.",
        draws[1].chosen.join(", ")
    )));
    let page = public.get(&format!("{P}/draw")).await;
    assert!(page.body.contains("Replacement draw 1"));
    assert!(!page.body.contains("outside the quota"), "{}", page.body);
    assert!(page.body.contains("/draw/2/panel.csv"));
    // The replacement's bundle verifies like the panel's (issue 24).
    let zipped = zip_bytes(&app, &format!("{P}/draw/2/bundle.zip")).await;
    let replacement = tempfile::tempdir().expect("dir");
    let zip_file = replacement.path().join("replacement.zip");
    std::fs::write(&zip_file, zipped).expect("write");
    let report = klero_bundle::verify(&zip_file).expect("verify the replacement");
    assert!(report.passed(), "{:?}", report.checks);
    assert!(
        report
            .checks
            .iter()
            .any(|c| c.name == "follow-up" && c.passed)
    );

    // Erase: contacts go, the pseudonymous pool and the draws stay.
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .post(&format!("{P}/selection/erase"), &[("confirm", "yes")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(
        store
            .selection_contacts(&panel.id)
            .await
            .expect("c")
            .is_empty()
    );
    assert_eq!(
        store.selection_pool(&panel.id).await.expect("pool").len(),
        12
    );
    let page = olga.get(&format!("{P}/selection")).await;
    assert!(!page.body.contains("Volunteer "), "names erased");
    assert!(page.body.contains("Contact details erased on"));
    let page = olga.get(&format!("{A}/panels/2")).await;
    assert!(page.body.contains(&format!("{P}/selection\"")));
    let page = olga.get(&format!("{A}/audit")).await;
    assert!(page.body.contains("selection.draw"));
    assert!(!page.body.contains("v1@example.be"));
}

#[tokio::test]
async fn selection_journey_sqlite() {
    journey(Kind::Sqlite).await;
}

#[tokio::test]
async fn selection_journey_postgres() {
    journey(Kind::Postgres).await;
}

/// The README's example pool (160 volunteers, households by address, a panel of 24), through
/// the web: the draw's bundle verifies, as the command line's does.
async fn brussels_mini(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut olga = app.signed_in("organiser@demo.kleroterion.org").await;
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/brussels-mini");
    let features = std::fs::read(format!("{root}/features.csv")).expect("features");
    let people = std::fs::read(format!("{root}/people.csv")).expect("people");
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .upload_form(
            &format!("{P}/selection/inputs"),
            &[("panel_size", "24"), ("address_columns", "address,commune")],
            &[
                ("features", "features.csv", &features),
                ("people", "people.csv", &people),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("160 volunteers imported"));
    let store = &app.state.store;
    let assembly = store
        .assembly_by_slug("brussels-climate")
        .await
        .expect("a")
        .expect("a");
    let panel = store
        .panel_by_number(&assembly.id, 2)
        .await
        .expect("p")
        .expect("p");
    let contacts = store.selection_contacts(&panel.id).await.expect("contacts");
    assert_eq!(contacts[0].name, "Elise Wouters");
    assert!(contacts[0].address.starts_with("129 Avenue Louise"));
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .post(&format!("{P}/selection/freeze"), &[("confirm", "yes")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let reply = olga
        .post(&format!("{P}/selection/draw"), &[("seed", "7 23 41 12 5")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let zipped = zip_bytes(&app, &format!("{P}/draw/1/bundle.zip")).await;
    let unpacked = tempfile::tempdir().expect("dir");
    zip::ZipArchive::new(std::io::Cursor::new(zipped))
        .expect("zip")
        .extract(unpacked.path())
        .expect("unzip");
    let folder = unpacked.path().join("brussels-climate-panel-2-draw-1");
    let report = klero_bundle::verify(&folder).expect("verify");
    assert!(report.passed(), "{:?}", report.checks);
    let bundle_people = std::fs::read_to_string(folder.join("input/people.csv")).expect("read");
    assert!(!bundle_people.contains("Wouters") && !bundle_people.contains("Avenue"));
}

#[tokio::test]
async fn brussels_mini_sqlite() {
    brussels_mini(Kind::Sqlite).await;
}

#[tokio::test]
async fn brussels_mini_postgres() {
    brussels_mini(Kind::Postgres).await;
}

/// Ids an organiser might upload that a spreadsheet would run as formulas.
const FORMULA_IDS: [&str; 6] = [
    "=HYPERLINK(\"http://evil.example\",\"x\")",
    "+1",
    "-1+2",
    "@SUM(A1)",
    "'=quoted",
    "plain",
];

/// 12 volunteers whose ids begin with formula characters, each with an e-mail address.
fn formula_people() -> String {
    let mut csv = String::from("id,name,email,gender,age\n");
    for i in 0..12 {
        let id = format!("{}{i}", FORMULA_IDS[i % FORMULA_IDS.len()]);
        csv.push_str(&format!(
            "\"{}\",Volunteer {i},v{i}@example.be,{},{}\n",
            id.replace('"', "\"\""),
            ["f", "m"][i % 2],
            ["young", "young", "old"][i % 3]
        ));
    }
    csv
}

/// Regression (issue 25, findings 3 and 6): the draw's messages are queued with the draw, one per
/// person drawn, each link answering for its member; ids that look like formulas are neutralised
/// in the bundle's CSV files, which still verify.
async fn draw_messages_and_formula_ids(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut olga = app.signed_in("organiser@demo.kleroterion.org").await;
    let reply = upload(&mut olga, FEATURES, &formula_people()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let store = &app.state.store;
    let assembly = store
        .assembly_by_slug("brussels-climate")
        .await
        .expect("a")
        .expect("a");
    let panel = store
        .panel_by_number(&assembly.id, 2)
        .await
        .expect("p")
        .expect("p");
    let before = store.outbox(&assembly.id, 500).await.expect("outbox").len();
    olga.get(&format!("{P}/selection")).await;
    let reply = olga
        .post(&format!("{P}/selection/freeze"), &[("confirm", "yes")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let reply = olga
        .post(&format!("{P}/selection/draw"), &[("seed", "31 41 59")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);

    // Exactly one message per person drawn, to their address.
    let draws = store.selection_draws(&panel.id).await.expect("draws");
    let chosen = &draws[0].chosen;
    assert_eq!(chosen.len(), 4);
    let contacts = store.selection_contacts(&panel.id).await.expect("contacts");
    let mut expected: Vec<&str> = chosen
        .iter()
        .map(|key| {
            let contact = contacts.iter().find(|c| &c.key == key).expect("contact");
            contact.email.as_str()
        })
        .collect();
    expected.sort_unstable();
    let mails = store.outbox(&assembly.id, 500).await.expect("outbox");
    assert_eq!(mails.len(), before + 4, "the draw queued four messages");
    let mut recipients: Vec<&str> = mails
        .iter()
        .filter(|m| m.body.contains("/reply/"))
        .map(|m| m.recipient.as_str())
        .collect();
    recipients.sort_unstable();
    assert_eq!(recipients, expected);

    // Every link works: each member confirms through their own.
    let mut public = app.client();
    for mail in mails.iter().filter(|m| m.body.contains("/reply/")) {
        let token = mail
            .body
            .split("/reply/")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .expect("token");
        public.get(&format!("/reply/{token}")).await;
        let reply = public
            .post(&format!("/reply/{token}"), &[("reply", "confirmed")])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }
    let pool = store.selection_pool(&panel.id).await.expect("pool");
    let confirmed = pool
        .iter()
        .filter(|p| p.reply == Some(klero_store::MemberReply::Confirmed))
        .count();
    assert_eq!(confirmed, 4, "the four links answered for the four members");

    // The bundle's CSV files: no cell begins with a formula character, and it verifies.
    let zipped = zip_bytes(&app, &format!("{P}/draw/1/bundle.zip")).await;
    let unpacked = tempfile::tempdir().expect("dir");
    zip::ZipArchive::new(std::io::Cursor::new(zipped))
        .expect("zip")
        .extract(unpacked.path())
        .expect("unzip");
    let folder = unpacked.path().join("brussels-climate-panel-2-draw-1");
    for name in [
        "panel.csv",
        "reserves.csv",
        "probabilities.csv",
        "input/people.csv",
    ] {
        let text = std::fs::read(folder.join(name)).expect("read");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_slice());
        let mut ids = 0;
        for record in reader.records() {
            for cell in record.expect("record").iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: `{cell}` would run as a formula in {}",
                    String::from_utf8_lossy(&text)
                );
                ids += usize::from(cell.starts_with('\''));
            }
        }
        if name != "reserves.csv" {
            assert!(ids > 0, "{name} holds escaped ids");
        }
    }
    let report = klero_bundle::verify(&folder).expect("verify");
    assert!(report.passed(), "{:?}", report.checks);
}

#[tokio::test]
async fn draw_messages_and_formula_ids_sqlite() {
    draw_messages_and_formula_ids(Kind::Sqlite).await;
}

#[tokio::test]
async fn draw_messages_and_formula_ids_postgres() {
    draw_messages_and_formula_ids(Kind::Postgres).await;
}
