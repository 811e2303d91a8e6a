//! Recruitment through the web: a bad register refused whole with its problems by file, line
//! and column; the invitation lottery (only the drawn rows kept); quotas proposed from the
//! population's shares; invitees registering by code, one entered by staff from a phone call;
//! the replies per area; the registrations put into the selection's pool; a withdrawal; the
//! freeze closing registration; and the guessing limits per client address and per code prefix.

use crate::harness::{Client, TestApp};
use axum::http::StatusCode;
use klero_test_db::Kind;

const P: &str = "/a/brussels-climate/p/2";

/// The demonstration's permanent assembly and its recruiting panel 2.
async fn panel_two(
    store: &klero_store::Store,
) -> (
    klero_domain::assembly::Assembly,
    klero_domain::assembly::Panel,
) {
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
    (assembly, panel)
}

/// A day as the English pages write it.
fn opening_in_words(day: klero_domain::assembly::Date) -> String {
    klero_web::i18n::date_words(klero_domain::lang::Lang::En, day)
}

/// 90 residents of three communes, two to a household, French or Dutch.
fn register() -> String {
    let mut csv = String::from("id,name,street,postcode,commune,language\n");
    for i in 1..=90 {
        let commune = ["Ixelles", "Uccle", "Schaerbeek"][i % 3];
        csv.push_str(&format!(
            "r{i:03},Resident {i},Rue {} {},10{:02},{commune},{}\n",
            i / 2,
            i % 3,
            i % 50,
            ["fr", "nl", "fr;nl"][i % 3]
        ));
    }
    csv
}

async fn draw(client: &mut Client, register: &str, stratify: &str) -> crate::harness::Reply {
    client.get(&format!("{P}/recruitment")).await;
    client
        .upload_form(
            &format!("{P}/recruitment/invitations"),
            &[
                ("count", "12"),
                ("stratify_by", stratify),
                ("household_columns", "street,postcode"),
                ("id_column", ""),
                ("address_columns", "name,street,postcode,commune"),
                ("language_column", "language"),
                ("languages", "fr,nl"),
                ("oversample", ""),
                ("seed", "17 4 33 9"),
            ],
            &[("register", "register.csv", register.as_bytes())],
        )
        .await
}

async fn register_with(
    client: &mut Client,
    code: &str,
    gender: &str,
    name: &str,
) -> crate::harness::Reply {
    client
        .get(&format!("/register?code={}", code.replace(' ', "%20")))
        .await;
    let reply = client.post("/register", &[("code", code)]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    client
        .post(
            "/register/answer",
            &[
                ("code", code),
                ("consent", "yes"),
                ("q0", gender),
                ("name", name),
                ("email", "resident@example.be"),
                ("phone", ""),
                ("available", "yes"),
                ("lang", "fr"),
                ("needs", ""),
            ],
        )
        .await
}

async fn journey(kind: Kind) {
    let app = TestApp::new(kind).await;
    let store = &app.state.store;
    let (assembly, panel) = panel_two(store).await;
    let mut olga = app.signed_in("organiser@demo.kleroterion.org").await;
    assert_eq!(
        olga.get(&format!("{P}/recruitment")).await.status,
        StatusCode::OK
    );

    // A register without the strata and language columns: each named by its form field, in the
    // reader's words, never by a command-line flag.
    let bad = "id,name,street\nr1,A,Rue 1\nr2,B\n";
    let reply = draw(&mut olga, bad, "commune").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("register.csv"), "{}", reply.body);
    assert!(
        reply
            .body
            .contains("Column of the area (strata): the column `commune` is not in the header"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("language"), "{}", reply.body);
    assert!(!reply.body.contains("--stratify-by"), "{}", reply.body);
    olga.accept_language = Some("nl".into());
    let reply = draw(&mut olga, bad, "gemeente").await;
    assert!(!reply.body.contains("--stratify"), "{}", reply.body);
    assert!(
        reply
            .body
            .contains("de kolom `gemeente` staat niet in de kopregel"),
        "{}",
        reply.body
    );
    olga.accept_language = None;
    assert_eq!(
        store.recruitment(&panel.id).await.expect("r"),
        None,
        "nothing stored"
    );

    // The lottery: 12 invitations over three communes, the rows drawn kept.
    let reply = draw(&mut olga, &register(), "commune").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let recruitment = store
        .recruitment(&panel.id)
        .await
        .expect("r")
        .expect("drawn");
    assert_eq!(
        (recruitment.population, recruitment.seed.as_str()),
        (90, "17 4 33 9")
    );
    let strata = store.recruitment_strata(&panel.id).await.expect("strata");
    assert_eq!(strata.iter().map(|s| s.invitations).sum::<u32>(), 12);
    assert!(
        strata.iter().all(|s| s.invitations == 4),
        "proportional: {strata:?}"
    );
    let recipients = store
        .letter_recipients(&panel.id)
        .await
        .expect("recipients");
    assert_eq!(recipients.len(), 12);
    assert!(recipients[0].address[0].starts_with("Resident "));
    assert!(recipients.iter().all(|r| !r.languages.is_empty()));
    let page = olga.get(&format!("{P}/recruitment")).await;
    assert!(page.body.contains(&recruitment.register_digest));

    // A letter text without the code or the address where it is typed is refused, by field.
    let reply = olga
        .post(
            &format!("{P}/recruitment/letter"),
            &[
                ("lang", "nl"),
                ("body", "Beste bewoner, uw code is {code}."),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply
            .body
            .contains("Letter (Nederlands): the text must contain {url}"),
        "{}",
        reply.body
    );
    assert!(store.letter_texts(&panel.id).await.expect("t").is_empty());
    let reply = olga
        .post(
            &format!("{P}/recruitment/letter"),
            &[
                ("lang", "nl"),
                (
                    "body",
                    "Beste bewoner, uw code is {code}, op {url}. Bel {phone}.",
                ),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);

    // Before the quotas or an opening day, an invitee would find no form: no letters yet, and
    // the page says what an invitee would see.
    let reply = olga.get(&format!("{P}/recruitment/letters.pdf")).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.body.contains("cannot be printed yet"),
        "{}",
        reply.body
    );
    assert!(
        reply
            .body
            .contains("uses {phone} but no phone number is set"),
        "{}",
        reply.body
    );
    assert!(!reply.body.contains("recruitment/letters.pdf\""));

    // The letters' settings: every problem by field, nothing saved.
    let today =
        klero_domain::followup::brussels_today(app.clock.load(std::sync::atomic::Ordering::SeqCst));
    let opens = klero_domain::followup::add_days(today, 10);
    let settings = |address: &'static str, phone: &'static str, day: String| {
        vec![
            ("address", address.to_owned()),
            ("contact_phone", phone.to_owned()),
            ("contact_email", "klimaat@example.be".to_owned()),
            ("opens_on", day),
        ]
    };
    let bad = settings(
        "name\nstreet\npostcode, town",
        "call us",
        "2027-02-30".into(),
    );
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let reply = olga
        .post(&format!("{P}/recruitment/letter-settings"), &bad)
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    for expected in [
        "Address block of the letter: the column `town` is not in the header",
        "Phone number printed on the letters:",
        "Registration opens on: give a day as YYYY-MM-DD.",
    ] {
        assert!(reply.body.contains(expected), "{expected}: {}", reply.body);
    }
    assert_eq!(
        store
            .letter_settings(&panel.id)
            .await
            .expect("s")
            .contact_phone,
        ""
    );
    let good = settings(
        "name\nstreet\npostcode, commune",
        "+32 2 555 01 00",
        opens.to_string(),
    );
    let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let reply = olga
        .post(&format!("{P}/recruitment/letter-settings"), &good)
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let page = olga.get(&format!("{P}/recruitment")).await;
    assert!(
        page.body.contains("Registration opens on") && page.body.contains(&opening_in_words(opens)),
        "{}",
        page.body
    );

    // The letters: one PDF, a page per invitee, each with its code, its letterhead in its
    // languages with the organisers' phone, and its address on three lines.
    let recipients = store
        .letter_recipients(&panel.id)
        .await
        .expect("recipients");
    assert_eq!(
        recipients[0].address.len(),
        3,
        "{:?}",
        recipients[0].address
    );
    assert!(
        recipients[0].address[2]
            .split_once(' ')
            .is_some_and(|(postcode, town)| postcode.starts_with("10")
                && ["Ixelles", "Uccle", "Schaerbeek"].contains(&town)),
        "{:?}",
        recipients[0].address
    );
    let reply = olga.get(&format!("{P}/recruitment/letters.pdf")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.headers["content-type"], "application/pdf");
    let pdf = lopdf::Document::load_mem(&reply.bytes).expect("a PDF that opens");
    let pages = pdf.get_pages();
    assert_eq!(pages.len(), 12, "a page per letter");
    let first = pdf.extract_text(&[1]).expect("text");
    assert!(first.contains(&recipients[0].code.grouped()), "{first}");
    let page_of = |languages: &[&str]| {
        let index = recipients
            .iter()
            .position(|r| r.languages == languages)
            .expect("a letter in these languages");
        pdf.extract_text(&[u32::try_from(index + 1).expect("page")])
            .expect("text")
    };
    let dutch = page_of(&["nl"]);
    assert!(dutch.contains("Beste bewoner"), "{dutch}");
    assert!(dutch.contains("Brusselse Burgerassemblee"), "{dutch}");
    assert!(!dutch.contains("Assemblée citoyenne"), "{dutch}");
    assert!(dutch.contains("555"), "the phone: {dutch}");
    let french = page_of(&["fr"]);
    assert!(french.contains("Assemblée citoyenne"), "{french}");
    assert!(!french.contains("Burgerassemblee"), "{french}");
    let both = page_of(&["fr", "nl"]);
    assert!(
        both.contains("Assemblée citoyenne") && both.contains("Burgerassemblee"),
        "{both}"
    );

    // An invitee who types the code before the opening day reads when registration opens.
    let code = recipients[0].code.grouped();
    let mut visitor = app.client();
    visitor.accept_language = Some("fr".into());
    visitor.get("/register").await;
    let reply = visitor.post("/register", &[("code", &code)]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.body.contains("Les inscriptions ouvrent le"),
        "{}",
        reply.body
    );
    assert!(!reply.body.contains("name=\"consent\""), "no form yet");
    let reply = register_with(&mut visitor, &code, "f", "Early").await;
    assert_eq!(reply.status, StatusCode::CONFLICT, "{}", reply.body);
    assert!(store.registrations(&panel.id).await.expect("r").is_empty());
    visitor.accept_language = None;

    // The opening day removed: registration opens as soon as the quotas are set.
    let open = settings(
        "name\nstreet\npostcode, commune",
        "+32 2 555 01 00",
        String::new(),
    );
    let open: Vec<(&str, &str)> = open.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let reply = olga
        .post(&format!("{P}/recruitment/letter-settings"), &open)
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let mut sam = app.signed_in("staff@demo.kleroterion.org").await;
    let reply = sam.get(&format!("{P}/recruitment/letters.pdf")).await;
    assert_eq!(
        reply.status,
        StatusCode::FORBIDDEN,
        "staff do not print the letters"
    );
    assert!(page.body.contains("Ixelles"));

    // Before quotas, the form has nothing to ask: registration is not ready yet.
    let reply = visitor.post("/register", &[("code", &code)]).await;
    assert!(
        reply.body.contains("registration is not ready yet"),
        "{}",
        reply.body
    );

    // Quotas from the population's shares, then the selection page checks them.
    olga.get(&format!("{P}/recruitment")).await;
    let reply = olga
        .post(
            &format!("{P}/recruitment/quotas"),
            &[
                ("shares", "gender,f,51\ngender,m,49\nbroken line"),
                ("panel_size", "4"),
                ("tolerance", "25"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("line 3"), "{}", reply.body);
    let reply = olga
        .post(
            &format!("{P}/recruitment/quotas"),
            &[
                ("shares", "gender,f,51\ngender,m,49"),
                ("panel_size", "4"),
                ("tolerance", "25"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let quotas = store.selection_quotas(&panel.id).await.expect("quotas");
    assert_eq!(quotas.len(), 2);
    assert_eq!((quotas[0].min, quotas[0].max), (1, 3));
    let page = olga.get(&format!("{P}/selection")).await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "an empty pool has nothing to check yet"
    );
    assert!(page.body.contains("population shares"));

    // Registration by code: the form asks the quotas' question; every problem by field.
    let reply = register_with(&mut visitor, &code, "", "").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["#q0", "#name"] {
        assert!(reply.body.contains(field), "{field}: {}", reply.body);
    }
    let reply = register_with(
        &mut visitor,
        &code.to_lowercase().replace('-', " "),
        "f",
        "Ann",
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("you are registered"), "{}", reply.body);
    let outbox = store.outbox(&assembly.id, 10).await.expect("outbox");
    assert!(
        outbox
            .iter()
            .any(|m| m.recipient == "resident@example.be"
                && m.subject.starts_with("Votre inscription")),
        "a confirmation in the registrant's language: {outbox:?}"
    );
    for (i, gender) in [(1, "m"), (2, "f"), (3, "m"), (4, "m")] {
        let mut someone = app.client();
        someone.forwarded_for = None;
        let code = recipients[i].code.grouped();
        let reply = register_with(&mut someone, &code, gender, &format!("Person {i}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }

    // Staff enter a reply given on the phone through the same form.
    let code5 = recipients[5].code.grouped();
    sam.get("/register").await;
    let reply = sam.post("/register", &[("code", &code5)]).await;
    assert!(reply.body.contains("taken on the phone"), "{}", reply.body);
    let reply = register_with(&mut sam, &code5, "f", "Phone Caller").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let registrations = store.registrations(&panel.id).await.expect("registrations");
    assert_eq!(registrations.len(), 6);
    assert_eq!(registrations.iter().filter(|r| r.by_staff).count(), 1);

    // The dashboard, for staff too: replies per area and the registrants' contact details.
    let page = sam.get(&format!("{P}/recruitment")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Phone Caller"));
    assert!(
        !page.body.contains("recruitment/invitations"),
        "staff do not draw"
    );
    let mut stranger = app.client();
    let reply = stranger.get(&format!("{P}/recruitment")).await;
    assert_ne!(reply.status, StatusCode::OK);

    // A withdrawal with the code.
    visitor.get("/register").await;
    visitor.post("/register", &[("code", &code)]).await;
    let reply = visitor.post("/register/withdraw", &[("code", &code)]).await;
    assert!(reply.body.contains("withdrawn"), "{}", reply.body);
    assert!(
        store.registrations(&panel.id).await.expect("r")[0]
            .withdrawn_at
            .is_some()
    );

    // The registrations into the pool: five people, contact details apart.
    olga.get(&format!("{P}/recruitment")).await;
    let reply = olga.post(&format!("{P}/recruitment/pool"), &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let pool = store.selection_pool(&panel.id).await.expect("pool");
    assert_eq!(pool.len(), 5);
    assert!(pool.iter().all(|p| p.entry.key.starts_with('R')));
    let page = olga.get(&format!("{P}/selection")).await;
    assert!(
        page.body.contains("the quotas are feasible"),
        "{}",
        page.body
    );

    // The freeze closes registration.
    olga.post(&format!("{P}/selection/freeze"), &[("confirm", "yes")])
        .await;
    let mut late = app.client();
    let code7 = recipients[7].code.grouped();
    let reply = register_with(&mut late, &code7, "f", "Late").await;
    assert!(
        reply.body.contains("Registration is closed"),
        "{}",
        reply.body
    );
}

#[tokio::test]
async fn recruitment_journey_sqlite() {
    journey(Kind::Sqlite).await;
}

#[tokio::test]
async fn recruitment_journey_postgres() {
    journey(Kind::Postgres).await;
}

#[tokio::test]
async fn registration_codes_withstand_guessing() {
    let config = klero_web::Config {
        trust_forwarded_for: true,
        ..klero_web::Config::default()
    };
    let app = TestApp::with_config(Kind::Sqlite, config).await;
    let mut olga = app.signed_in("organiser@demo.kleroterion.org").await;
    let reply = draw(&mut olga, &register(), "commune").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let store = &app.state.store;
    let (_, panel) = panel_two(store).await;
    let recipients = store
        .letter_recipients(&panel.id)
        .await
        .expect("recipients");
    let good = recipients[0].code.grouped();

    // One address: ten wrong codes, each with a prefix of its own, then even a good one waits.
    let mut guesser = app.client();
    guesser.forwarded_for = Some("203.0.113.9".into());
    guesser.get("/register").await;
    for i in 0..10 {
        let c = char::from(b"23456789AB"[i]);
        let guess = format!("{c}{c}XY-CDEF-GHJK");
        let reply = guesser.post("/register", &[("code", &guess)]).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{guess}");
        assert!(reply.body.contains("We do not recognise this code"));
    }
    let reply = guesser.post("/register", &[("code", &good)]).await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    let mut neighbour = app.client();
    neighbour.forwarded_for = Some("198.51.100.7".into());
    neighbour.get("/register").await;
    let reply = neighbour.post("/register", &[("code", &good)]).await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "another address is not held up"
    );

    // One prefix, tried from many addresses: five wrong codes, then that prefix waits.
    let prefix = &good[..4];
    for i in 0..5 {
        let mut bot = app.client();
        bot.forwarded_for = Some(format!("192.0.2.{i}"));
        bot.get("/register").await;
        let guess = format!("{prefix}-ZZZZ-ZZZ{}", ["2", "3", "4", "5", "6"][i]);
        let reply = bot.post("/register", &[("code", &guess)]).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let mut owner = app.client();
    owner.forwarded_for = Some("192.0.2.200".into());
    owner.get("/register").await;
    let reply = owner.post("/register", &[("code", &good)]).await;
    assert_eq!(
        reply.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the prefix waits"
    );
    app.advance(15 * 60 + 1);
    let reply = owner.post("/register", &[("code", &good)]).await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "after the window the owner gets in"
    );
}

#[tokio::test]
async fn registration_code_limits_hold_across_two_processes_on_postgresql() {
    let config = klero_web::Config {
        trust_forwarded_for: true,
        ..klero_web::Config::default()
    };
    let app = TestApp::with_config(Kind::Postgres, config).await;
    let second = app.second_process().await;
    let mut olga = app.signed_in("organiser@demo.kleroterion.org").await;
    let reply = draw(&mut olga, &register(), "commune").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let store = &app.state.store;
    let (_, panel) = panel_two(store).await;
    let good = store
        .letter_recipients(&panel.id)
        .await
        .expect("recipients")[0]
        .code
        .grouped();
    // One address, its wrong codes sent half through each process: ten, then it waits in both.
    let mut statuses = Vec::new();
    for i in 0..12 {
        let mut guesser = if i % 2 == 0 {
            app.client()
        } else {
            app.client_of(&second)
        };
        guesser.forwarded_for = Some("203.0.113.9".into());
        guesser.get("/register").await;
        let code = if i < 10 {
            let c = char::from(b"23456789AB"[i]);
            format!("{c}{c}XY-CDEF-GHJK")
        } else {
            good.clone()
        };
        statuses.push(guesser.post("/register", &[("code", &code)]).await.status);
    }
    assert!(
        statuses[..10]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY),
        "{statuses:?}"
    );
    assert_eq!(
        &statuses[10..],
        &[StatusCode::TOO_MANY_REQUESTS; 2],
        "the limit is one for both processes"
    );
}

/// Registration asks only what the register does not hold, in the reader's language with the
/// organisers' labels; the confirmation names the assembly in the registrant's language; the
/// dashboard compares the replies with the population, category by category.
#[tokio::test]
async fn registration_uses_the_labels_and_the_register() {
    use klero_domain::labels::QuotaLabels;
    use klero_domain::lang::Lang;
    let app = TestApp::new(Kind::Sqlite).await;
    let store = &app.state.store;
    let (assembly, panel) = panel_two(store).await;
    let mut olga = app.signed_in("organiser@demo.kleroterion.org").await;
    let reply = draw(&mut olga, &register(), "commune").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    olga.get(&format!("{P}/recruitment")).await;
    let reply = olga
        .post(
            &format!("{P}/recruitment/quotas"),
            &[
                (
                    "shares",
                    "gender,f,60\ngender,m,40\ncommune,Ixelles,1\ncommune,Uccle,1\ncommune,Schaerbeek,1",
                ),
                ("panel_size", "4"),
                ("tolerance", "50"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let mut labels = QuotaLabels::new();
    for (value, texts) in [
        (None, ["Geslacht", "Genre", "Gender", "Geschlecht"]),
        (Some("f"), ["Vrouw", "Femme", "Woman", "Frau"]),
        (Some("m"), ["Man", "Homme", "Man", "Mann"]),
    ] {
        for (lang, text) in Lang::ALL.into_iter().zip(texts) {
            labels.set("gender", value, lang, text);
        }
    }
    store
        .set_quota_labels(&panel, &labels, &klero_store::Actor::System, 0)
        .await
        .expect("labels");

    let recipients = store.letter_recipients(&panel.id).await.expect("r");
    let code = recipients[0].code.grouped();
    let commune = ["Ixelles", "Uccle", "Schaerbeek"]
        .into_iter()
        .find(|c| recipients[0].address.iter().any(|l| l.ends_with(c)))
        .expect("a commune in the address");
    let mut visitor = app.client();
    visitor.accept_language = Some("fr".into());
    visitor.get("/register").await;
    let reply = visitor.post("/register", &[("code", &code)]).await;
    assert_eq!(reply.status, StatusCode::OK);
    for expected in [
        "Assemblée citoyenne bruxelloise pour le climat",
        "<legend>Genre</legend>",
        ">Femme</label>",
        ">Homme</label>",
        "Déjà connu par le registre de la population, donc pas demandé : commune.",
    ] {
        assert!(reply.body.contains(expected), "{expected}: {}", reply.body);
    }
    for absent in [">gender<", ">f</label>", "Woman", ">Uccle<", ">Ixelles<"] {
        assert!(!reply.body.contains(absent), "{absent}: {}", reply.body);
    }
    let reply = register_with(&mut visitor, &code, "f", "Anne").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let registrations = store.registrations(&panel.id).await.expect("r");
    let mut answers = registrations[0].answers.clone();
    answers.sort();
    assert_eq!(
        answers,
        vec![
            ("commune".to_owned(), commune.to_owned()),
            ("gender".to_owned(), "f".to_owned()),
        ]
    );
    let outbox = store.outbox(&assembly.id, 10).await.expect("outbox");
    assert!(
        outbox
            .iter()
            .any(|m| m.subject
                == "Votre inscription à Assemblée citoyenne bruxelloise pour le climat"),
        "{outbox:?}"
    );

    // The dashboard, category by category, against the population's shares.
    let page = olga.get(&format!("{P}/recruitment")).await;
    for expected in [
        "Gender</span> — registrations: 1",
        "commune</span> — registrations: 1",
        "<th scope=\"row\">Woman</th><td class=\"num\">60.0%</td><td class=\"num\">1</td><td class=\"num\">100.0%</td><td class=\"num gap-over\">+40.0 pts</td>",
    ] {
        assert!(page.body.contains(expected), "{expected}: {}", page.body);
    }
    olga.accept_language = Some("fr".into());
    let page = olga.get(&format!("{P}/recruitment")).await;
    assert!(
        page.body
            .contains("<th scope=\"row\">Femme</th><td class=\"num\">60,0\u{202f}%</td>"),
        "{}",
        page.body
    );
}
