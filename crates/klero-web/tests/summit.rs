//! The summit day: an organiser imports the participants (a bad file refused whole, with every
//! problem by line and column), staff check people in from the search and hand out codes shown
//! once, participants vote on their phone and change their ballot, an employer is kept out of a
//! vote for drawn citizens, paper ballots are entered, the projector's event stream shows the
//! turnout, and the closed vote's results are published as a page and as JSON.

use crate::harness::{Client, TestApp};
use axum::http::StatusCode;
use klero_test_db::Kind;

const P: &str = "/a/brussels-climate/p/1";

/// 24 drawn citizens and 6 employers.
fn participants_csv() -> String {
    let mut csv = String::from("id;name;group;languages;needs;gender\n");
    csv.push_str("d01;Sofié Peeters;drawn;nl;wheelchair;F\n");
    for i in 2..=24 {
        csv.push_str(&format!(
            "d{i:02};Citizen {i};;nl,fr;;{}\n",
            ["F", "M"][i % 2]
        ));
    }
    for i in 1..=6 {
        csv.push_str(&format!("e{i:02};Employer {i};employer;fr;;M\n"));
    }
    csv
}

/// The text between `start` and the next `end` in `body`.
fn between<'a>(body: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = body.find(start)? + start.len();
    let to = body[from..].find(end)? + from;
    Some(&body[from..to])
}

/// Finds the person with id `key` at the door and checks them in; their voting code.
async fn check_in(staff: &mut Client, key: &str) -> String {
    let page = staff.get(&format!("{P}/summit/checkin?q={key}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let id = between(&page.body, "/summit/checkin/", "\"")
        .unwrap_or_else(|| panic!("{key} found: {}", page.body))
        .to_owned();
    let reply = staff.post(&format!("{P}/summit/checkin/{id}"), &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    between(&reply.body, "<strong id=\"voting-code\">", "</strong>")
        .expect("the code is shown")
        .to_owned()
}

/// A phone that has entered `code`.
async fn phone(app: &TestApp, code: &str) -> Client {
    let mut phone = app.client();
    let page = phone.get(&format!("{P}/vote")).await;
    assert!(page.body.contains("name=\"code\""), "asks for a code");
    let reply = phone
        .post(&format!("{P}/vote/code"), &[("code", code)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    phone
}

async fn journey(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let hub = organiser.get(&format!("{P}/summit")).await;
    assert_eq!(hub.status, StatusCode::OK);

    // A bad file is refused whole, every problem located.
    let bad = "id;name;languages;group\nd01;Ann;nl;drawn\nd02;;klingon;king\nd01;Bob;fr;\n";
    let reply = organiser
        .upload(
            &format!("{P}/summit/participants"),
            "people.csv",
            bad.as_bytes(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    for expected in [
        "people.csv:3: column `name`",
        "people.csv:3: column `languages`",
        "people.csv:3: column `group`",
        "people.csv:4: column `id`: the id `d01` is also on line 2",
    ] {
        assert!(reply.body.contains(expected), "{expected}: {}", reply.body);
    }
    assert!(
        app.state
            .store
            .participants(&panel_id(&app).await)
            .await
            .expect("list")
            .is_empty()
    );

    let reply = organiser
        .upload(
            &format!("{P}/summit/participants"),
            "participants.csv",
            participants_csv().as_bytes(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply.body.contains("30 participants imported"),
        "{}",
        reply.body
    );
    let again = organiser
        .upload(
            &format!("{P}/summit/participants"),
            "participants.csv",
            participants_csv().as_bytes(),
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "ids already there"
    );

    // Check-in: a name found without its accent, a code shown once, a no-show, an undo.
    let mut staff = app.signed_in("staff@demo.kleroterion.org").await;
    let found = staff.get(&format!("{P}/summit/checkin?q=sofie")).await;
    assert!(found.body.contains("Sofié Peeters") && found.body.contains("wheelchair"));
    let partial = staff
        .get(&format!("{P}/summit/checkin?q=sofie&partial=1"))
        .await;
    assert!(partial.body.contains("Sofié Peeters") && !partial.body.contains("<html"));
    let mut codes = Vec::new();
    for i in 1..=20 {
        codes.push(check_in(&mut staff, &format!("d{i:02}")).await);
    }
    let employer = check_in(&mut staff, "e01").await;
    assert_eq!(codes[0].len(), 11, "ABCDE-FGHJK: {}", codes[0]);
    let page = staff.get(&format!("{P}/summit/checkin?q=d24")).await;
    let id = between(&page.body, "/summit/checkin/", "\"")
        .expect("d24")
        .to_owned();
    let reply = staff
        .post(&format!("{P}/summit/checkin/{id}/absent"), &[("q", "d24")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(
        staff
            .get(&format!("{P}/summit/checkin?q=d24"))
            .await
            .body
            .contains("Did not come")
    );
    let page = staff.get(&format!("{P}/summit/checkin?q=d01")).await;
    assert!(page.body.contains("Present"));
    let twice = staff
        .post(
            &format!(
                "{P}/summit/checkin/{}",
                between(&page.body, "/summit/checkin/", "/code").expect("id")
            ),
            &[],
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "checked in twice");
    let hub = organiser.get(&format!("{P}/summit")).await;
    assert!(hub.body.contains("<td>21</td>"), "21 present: {}", hub.body);

    // The organiser puts a vote; a vote with one option is refused.
    let reply = organiser
        .post(
            &format!("{P}/summit/votes"),
            &[
                ("question", "Q"),
                ("options", "Only one"),
                ("kind", "choose_one"),
                ("eligibility", "everyone"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reply = organiser
        .post(
            &format!("{P}/summit/votes"),
            &[
                ("question", "Which measures come first?"),
                (
                    "options",
                    "Insulate schools\nFree buses\nMore trees\nCar-free Sundays",
                ),
                ("kind", "choose_up_to"),
                ("k", "2"),
                ("eligibility", "drawn_only"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        reply.location.as_deref(),
        Some(&*format!("{P}/summit/votes/1"))
    );

    // Phones: a wrong code is refused; no vote is open yet.
    let mut stranger = app.client();
    stranger.get(&format!("{P}/vote")).await;
    let wrong = stranger
        .post(&format!("{P}/vote/code"), &[("code", "ZZZZZ-ZZZZZ")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut first = phone(&app, &codes[0].to_lowercase().replace('-', " ")).await;
    assert!(
        first
            .get(&format!("{P}/vote"))
            .await
            .body
            .contains("No vote is open")
    );
    let opened = organiser
        .post(&format!("{P}/summit/votes/1/state"), &[("state", "open")])
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER);

    // A ballot, changed; too many choices refused with the reason.
    let page = first.get(&format!("{P}/vote")).await;
    assert!(
        page.body.contains("Which measures come first?") && page.body.contains("type=\"checkbox\"")
    );
    let cast = first
        .post(&format!("{P}/vote/1"), &[("choice", "0"), ("choice", "2")])
        .await;
    assert_eq!(cast.status, StatusCode::SEE_OTHER, "{}", cast.body);
    let changed = first.post(&format!("{P}/vote/1"), &[("choice", "1")]).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let page = first.get(&format!("{P}/vote?cast=1")).await;
    assert!(page.body.contains("is recorded") && page.body.contains("Change my ballot"));
    let too_many = first
        .post(
            &format!("{P}/vote/1"),
            &[("choice", "0"), ("choice", "1"), ("choice", "2")],
        )
        .await;
    assert_eq!(too_many.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_many.body.contains("Too many options chosen"),
        "{}",
        too_many.body
    );

    // The employer may not vote on a question for drawn citizens.
    let mut boss = phone(&app, &employer).await;
    assert!(
        boss.get(&format!("{P}/vote"))
            .await
            .body
            .contains("Only the drawn citizens vote")
    );
    let refused = boss.post(&format!("{P}/vote/1"), &[("choice", "0")]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);

    // Closing asks first, saying how many have not voted yet; a bare "close" only leads there.
    let confirm = organiser.get(&format!("{P}/summit/votes/1/close")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm
            .body
            .contains("19 of the 20 people who may vote have not voted yet.")
            && confirm
                .body
                .contains("One ballot so far: 1 on a phone, 0 on paper.")
            && confirm.body.contains("name=\"confirm\" value=\"yes\""),
        "{}",
        confirm.body
    );
    let vote_page = organiser.get(&format!("{P}/summit/votes/1")).await;
    assert!(
        vote_page
            .body
            .contains(&format!("href=\"{P}/summit/votes/1/close\""))
    );
    let unconfirmed = organiser
        .post(&format!("{P}/summit/votes/1/state"), &[("state", "closed")])
        .await;
    assert_eq!(unconfirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        unconfirmed.location.as_deref(),
        Some(&*format!("{P}/summit/votes/1/close"))
    );
    organiser
        .get(&format!("/lang/fr?next={P}/summit/votes/1/close"))
        .await;
    let french = organiser.get(&format!("{P}/summit/votes/1/close")).await;
    assert!(
        french
            .body
            .contains("19 des 20 personnes qui peuvent voter n’ont pas encore voté."),
        "{}",
        french.body
    );
    organiser.get(&format!("/lang/en?next={P}/summit")).await;

    // Nineteen more: options 0 and 3 for the first ten, option 3 for the rest.
    for (i, code) in codes.iter().enumerate().skip(1) {
        let mut voter = phone(&app, code).await;
        voter.get(&format!("{P}/vote")).await;
        let fields: &[(&str, &str)] = if i <= 10 {
            &[("choice", "0"), ("choice", "3")]
        } else {
            &[("choice", "3")]
        };
        assert_eq!(
            voter.post(&format!("{P}/vote/1"), fields).await.status,
            StatusCode::SEE_OTHER
        );
    }

    // The projector's stream shows the turnout: 20 of the 20 drawn citizens present.
    let mut hall = app.client();
    let projector = hall.get(&format!("{P}/votes/1/projector?lang=en")).await;
    assert_eq!(projector.status, StatusCode::OK);
    assert!(
        projector.body.contains("/static/live.js") && projector.body.contains("20 of 20 voted")
    );
    let update = hall.first_event(&format!("{P}/votes/1/events")).await;
    assert!(update.contains("20 of 20 voted"), "{update}");

    // Projector mode, even for a signed-in organiser: no header, account or sign-out; the
    // voting address in full and its QR code; the room's languages (French, then Dutch).
    let shown = organiser.get(&format!("{P}/votes/1/projector")).await;
    let address = format!("{}{P}/vote", app.state.config.public_url);
    for absent in ["class=\"site\"", "/account", "/logout", "Organiser", "<nav"] {
        assert!(!shown.body.contains(absent), "{absent}: {}", shown.body);
    }
    for present in [
        format!("<p class=\"projector-url\">{address}</p>"),
        format!("src=\"{P}/vote.svg\""),
        "Votez sur votre téléphone".to_owned(),
        "Stem op uw gsm".to_owned(),
        "<html lang=\"fr\">".to_owned(),
        "events?lang=fr+nl".to_owned(),
    ] {
        assert!(shown.body.contains(&present), "{present}: {}", shown.body);
    }

    // Paper: a bad serial refused, then two ballots, the second entered twice.
    organiser.get(&format!("{P}/summit/votes/1")).await;
    let bad = organiser
        .post(
            &format!("{P}/summit/votes/1/paper"),
            &[("serial", "x"), ("choice", "1")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (serial, choice) in [("1", "1"), ("2", "0"), ("2", "1")] {
        let reply = organiser
            .post(
                &format!("{P}/summit/votes/1/paper"),
                &[("serial", serial), ("choice", choice)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert!(
            reply
                .body
                .contains(&format!("Paper ballot {serial} entered"))
        );
    }

    // Closing: results fixed, later ballots refused, everything published.
    organiser.get(&format!("{P}/summit/votes/1/close")).await;
    let closed = organiser
        .post(
            &format!("{P}/summit/votes/1/state"),
            &[("state", "closed"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        closed.location.as_deref(),
        Some(&*format!("{P}/summit/votes/1"))
    );
    // Once closed the projector no longer asks for votes: it says so and shows the result.
    let shown = hall.get(&format!("{P}/votes/1/projector?lang=en")).await;
    assert!(
        shown.body.contains("The vote is closed. The final result:")
            && shown.body.contains("Car-free Sundays")
            && !shown.body.contains("Vote on your phone")
            && !shown.body.contains("vote.svg"),
        "{}",
        shown.body
    );
    let shown = hall.get(&format!("{P}/votes/1/projector?lang=fr")).await;
    assert!(
        shown.body.contains("Le vote est clos.") && shown.body.contains("86,4\u{202f}%"),
        "{}",
        shown.body
    );
    let late = first.post(&format!("{P}/vote/1"), &[("choice", "2")]).await;
    assert_eq!(late.status, StatusCode::SEE_OTHER);
    let json = hall.get(&format!("{P}/votes/1.json")).await;
    assert_eq!(json.status, StatusCode::OK);
    let results: serde_json::Value = serde_json::from_str(&json.body).expect("json");
    // Phones: option 1 once (the changed ballot), options 0 and 3 ten times, option 3 nine
    // times; paper: option 1 twice.
    assert_eq!(
        results["figures"]["choice"]["votes"],
        serde_json::json!([10, 3, 0, 19])
    );
    assert_eq!(results["turnout"]["ballots"], 22);
    let page = hall.get(&format!("{P}/votes")).await;
    assert!(
        page.body.contains("Car-free Sundays") && page.body.contains("19 votes"),
        "{}",
        page.body
    );
    let update = hall.first_event(&format!("{P}/votes/1/events")).await;
    assert!(
        update.contains("19 votes"),
        "the projector shows the results: {update}"
    );

    // After the day the organiser erases a name.
    let page = organiser.get(&format!("{P}/summit/checkin?q=d02")).await;
    let id = between(&page.body, "/summit/participants/", "/erase")
        .expect("erase")
        .to_owned();
    let erased = organiser
        .post(&format!("{P}/summit/participants/{id}/erase"), &[])
        .await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);
    let page = organiser.get(&format!("{P}/summit/checkin?q=d02")).await;
    assert!(page.body.contains("(name erased)") && !page.body.contains("Citizen 2<"));
}

async fn panel_id(app: &TestApp) -> String {
    let assembly = app
        .state
        .store
        .assembly_by_slug("brussels-climate")
        .await
        .expect("store")
        .expect("demo assembly");
    app.state
        .store
        .panel_by_number(&assembly.id, 1)
        .await
        .expect("store")
        .expect("panel 1")
        .id
}

#[tokio::test]
async fn the_summit_day_on_sqlite() {
    journey(Kind::Sqlite).await;
}

#[tokio::test]
async fn the_summit_day_on_postgres() {
    journey(Kind::Postgres).await;
}

/// The app with the participants imported and one of them checked in: their voting code.
async fn one_checked_in(app: &TestApp) -> String {
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    organiser.get(&format!("{P}/summit")).await;
    let reply = organiser
        .upload(
            &format!("{P}/summit/participants"),
            "participants.csv",
            participants_csv().as_bytes(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let mut staff = app.signed_in("staff@demo.kleroterion.org").await;
    check_in(&mut staff, "d01").await
}

/// A wrong code of the code alphabet starting with `prefix`.
fn wrong_code(prefix: &str, i: usize) -> String {
    let tail: String = (0..8)
        .map(|k| char::from(b"23456789ABCDEFGH"[(i >> (k * 4)) & 15]))
        .collect();
    format!("{prefix}{tail}")
}

/// A two-character prefix that `code` does not start with.
fn other_prefix(code: &str) -> &'static str {
    if code.starts_with("ZZ") { "YY" } else { "ZZ" }
}

#[tokio::test]
async fn wrong_codes_are_throttled_per_address() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut guesser = app.client();
    guesser.forwarded_for = Some("203.0.113.9".into());
    guesser.get(&format!("{P}/vote")).await;
    let mut statuses = Vec::new();
    // Prefixes of their own, so that only the address's limit is reached.
    let alphabet = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";
    for i in 0..301 {
        let prefix: String = [alphabet[i % 30], alphabet[(i / 30) % 30]]
            .iter()
            .map(|&b| char::from(b))
            .collect();
        let reply = guesser
            .post(
                &format!("{P}/vote/code"),
                &[("code", &wrong_code(&prefix, i))],
            )
            .await;
        statuses.push(reply.status);
    }
    assert!(
        statuses[..300]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY)
    );
    assert_eq!(statuses[300], StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn voting_code_limits_a_room_behind_one_address_is_not_locked_out_by_typos() {
    let config = klero_web::Config {
        trust_forwarded_for: true,
        ..klero_web::Config::default()
    };
    let app = TestApp::with_config(Kind::Sqlite, config).await;
    let code = one_checked_in(&app).await;
    let normal = code.replace('-', "");
    // A hundred phones behind the venue's address mistype their codes (a right first half,
    // a slip in the second: every typo counts against a prefix of its own)...
    for i in 0..100 {
        let mut phone = app.client();
        phone.forwarded_for = Some("198.51.100.1".into());
        phone.get(&format!("{P}/vote")).await;
        let alphabet = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";
        let typo: String = [alphabet[i % 30], alphabet[(i / 30 + 7) % 30]]
            .iter()
            .map(|&b| char::from(b))
            .collect();
        let typo = if normal.starts_with(&typo) {
            other_prefix(&normal).to_owned()
        } else {
            typo
        };
        let reply = phone
            .post(
                &format!("{P}/vote/code"),
                &[("code", &wrong_code(&typo, i))],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    // ...and the participant behind the same address still gets in.
    let mut phone = app.client();
    phone.forwarded_for = Some("198.51.100.1".into());
    phone.get(&format!("{P}/vote")).await;
    let reply = phone
        .post(&format!("{P}/vote/code"), &[("code", &code)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
}

#[tokio::test]
async fn voting_code_cookie_bypass_unsigned_and_forged_cookies_are_refused() {
    let app = TestApp::new(Kind::Sqlite).await;
    let code = one_checked_in(&app).await;
    let normal = code.replace('-', "");
    // The code itself in the cookie, as before, or with a forged signature: no ballots.
    for forged in [
        normal.clone(),
        format!("{normal}."),
        format!("{normal}.{}", "0".repeat(64)),
        format!("{normal}.zz"),
    ] {
        let mut phone = app.client();
        phone.set_cookie("klero_vote", &forged);
        let page = phone.get(&format!("{P}/vote")).await;
        assert!(
            page.body.contains("name=\"code\""),
            "{forged}: asks for a code"
        );
        let cast = phone.post(&format!("{P}/vote/1"), &[("choice", "0")]).await;
        assert_ne!(cast.status, StatusCode::SEE_OTHER, "{forged}: no ballot");
    }
    // Three hundred random codes in the cookie: each refused, none looked up or counted, so
    // the code form answers as before.
    let mut guesser = app.client();
    guesser.get(&format!("{P}/vote")).await;
    for i in 0..300 {
        guesser.set_cookie("klero_vote", &wrong_code(other_prefix(&normal), i));
        let page = guesser.get(&format!("{P}/vote")).await;
        assert!(page.body.contains("name=\"code\""));
    }
    let reply = guesser
        .post(&format!("{P}/vote/code"), &[("code", &code)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let signed = guesser
        .cookie("klero_vote")
        .expect("the phone keeps a cookie");
    assert!(
        signed.starts_with(&format!("{normal}.")),
        "the code, signed"
    );
    let page = guesser.get(&format!("{P}/vote")).await;
    assert!(
        !page.body.contains("name=\"code\""),
        "the signed cookie opens the ballots"
    );
    // A signed cookie is for its own code: another code under its signature is refused.
    let swapped = signed.replacen(&normal, &wrong_code(other_prefix(&normal), 1), 1);
    guesser.set_cookie("klero_vote", &swapped);
    let page = guesser.get(&format!("{P}/vote")).await;
    assert!(page.body.contains("name=\"code\""));
}

#[tokio::test]
async fn voting_code_limits_hold_across_two_processes_on_postgresql() {
    let app = TestApp::new(Kind::Postgres).await;
    let second = app.second_process().await;
    let code = one_checked_in(&app).await;
    let normal = code.replace('-', "");
    let prefix = other_prefix(&normal);
    // One prefix, from addresses of their own, half through each process.
    let mut statuses = Vec::new();
    for i in 0..21 {
        let mut bot = if i % 2 == 0 {
            app.client()
        } else {
            app.client_of(&second)
        };
        bot.get(&format!("{P}/vote")).await;
        let reply = bot
            .post(
                &format!("{P}/vote/code"),
                &[("code", &wrong_code(prefix, i))],
            )
            .await;
        statuses.push(reply.status);
    }
    assert!(
        statuses[..20]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY),
        "{statuses:?}"
    );
    assert_eq!(
        statuses[20],
        StatusCode::TOO_MANY_REQUESTS,
        "the 21st wrong code of a prefix waits, in either process"
    );
    // The signed cookie from one process opens the ballots in the other.
    let mut phone = app.client();
    phone.get(&format!("{P}/vote")).await;
    let reply = phone
        .post(&format!("{P}/vote/code"), &[("code", &code)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let mut elsewhere = app.client_of(&second);
    elsewhere.set_cookie("klero_vote", &phone.cookie("klero_vote").expect("cookie"));
    let page = elsewhere.get(&format!("{P}/vote")).await;
    assert!(!page.body.contains("name=\"code\""));
}

/// Every participant's table in each round, by participant id.
fn tables_of(seating: &klero_store::StoredSeating) -> std::collections::HashMap<String, Vec<u32>> {
    let mut of: std::collections::HashMap<String, Vec<u32>> = Default::default();
    for (round, table, id) in &seating.seats {
        let tables = of.entry(id.clone()).or_default();
        assert_eq!(
            tables.len() + 1,
            *round as usize,
            "one seat per round, rounds in order"
        );
        tables.push(*table);
    }
    of
}

async fn seating_journey(kind: Kind) {
    let app = TestApp::new(kind).await;
    let panel = panel_id(&app).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    organiser.get(&format!("{P}/summit")).await;
    let reply = organiser
        .upload(
            &format!("{P}/summit/participants"),
            "p.csv",
            participants_csv().as_bytes(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let mut staff = app.signed_in("staff@demo.kleroterion.org").await;
    for key in (1..=20)
        .map(|i| format!("d{i:02}"))
        .chain((1..=4).map(|i| format!("e{i:02}")))
    {
        check_in(&mut staff, &key).await;
    }
    let page = organiser.get(&format!("{P}/summit/seating")).await;
    assert!(page.body.contains("24 people are present") && page.body.contains("value=\"gender\""));
    let bad = organiser
        .post(
            &format!("{P}/summit/seating"),
            &[("table_size", "0"), ("rounds", "3")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let settings = [
        ("table_size", "6"),
        ("rounds", "3"),
        ("balance", "group"),
        ("balance", "gender"),
        ("bilingual", "fr+nl"),
        ("seed", "G1000"),
    ];
    let run = organiser
        .post(&format!("{P}/summit/seating"), &settings)
        .await;
    assert_eq!(run.status, StatusCode::SEE_OTHER, "{}", run.body);
    let first = app
        .state
        .store
        .seating(&panel)
        .await
        .expect("store")
        .expect("seating");
    assert_eq!(first.rounds, 3);
    assert_eq!(first.seats.len(), 24 * 3);
    assert_eq!(tables_of(&first).len(), 24, "everyone present is seated");
    let page = organiser.get(&format!("{P}/summit/seating")).await;
    assert!(
        page.body.contains("Round 3") && page.body.contains("Sofié Peeters (d01)"),
        "{}",
        page.body
    );
    // Bilingual tables asked for with no interpreter: said in plain words, none made.
    assert!(first.table_languages.iter().all(|l| !l.contains('+')));
    assert!(
        page.body.contains(
            "Bilingual tables (French and Dutch) were asked for, but no interpreter on the list \
             speaks both languages, so none was made."
        ),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("value=\"fr+nl\""),
        "the pairs asked for stay in the form"
    );
    // The balance in plain words, with the spread measured on the seating itself.
    let women: std::collections::HashSet<String> = app
        .state
        .store
        .participants(&panel)
        .await
        .expect("list")
        .into_iter()
        .filter(|p| p.attributes.iter().any(|(c, v)| c == "gender" && v == "F"))
        .map(|p| p.id)
        .collect();
    let mut at_table: std::collections::HashMap<(u32, u32), usize> = Default::default();
    for (round, table, id) in &first.seats {
        *at_table.entry((*round, *table)).or_default() += usize::from(women.contains(id));
    }
    let (fewest, most) = (
        at_table.values().min().copied().unwrap_or(0),
        at_table.values().max().copied().unwrap_or(0),
    );
    let seated_women = first
        .seats
        .iter()
        .filter(|(round, _, id)| *round == 1 && women.contains(id))
        .count();
    let share = format!("{:.0}%", seated_women as f64 * 100.0 / 24.0);
    let expected = if fewest == most {
        format!("gender “F”: {fewest} at every table, in every round ({share} of the room).")
    } else if most == fewest + 1 {
        format!(
            "gender “F”: {fewest} or {most} at every table, in every round ({share} of the room)."
        )
    } else {
        format!("gender “F”: from {fewest} to {most} per table ({share} of the room).")
    };
    assert!(page.body.contains(&expected), "{expected}: {}", page.body);
    assert!(!page.body.contains("of its share"));
    let bad_pair = organiser
        .post(
            &format!("{P}/summit/seating"),
            &[("table_size", "6"), ("rounds", "3"), ("bilingual", "fr+fr")],
        )
        .await;
    assert_eq!(bad_pair.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad_pair.body.contains(
            "Bilingual tables with a translator: Write each pair as two different languages"
        ),
        "{}",
        bad_pair.body
    );

    // A pin, then everyone afresh: the pinned person sits at table 2 in every round.
    organiser.get(&format!("{P}/summit/seating")).await;
    let unknown = organiser
        .post(
            &format!("{P}/summit/seating/pin"),
            &[("key", "zz9"), ("table", "2")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let pinned = organiser
        .post(
            &format!("{P}/summit/seating/pin"),
            &[("key", "d02"), ("table", "2")],
        )
        .await;
    assert_eq!(pinned.status, StatusCode::SEE_OTHER);
    let mut fresh = settings.to_vec();
    fresh.push(("mode", "fresh"));
    assert_eq!(
        organiser
            .post(&format!("{P}/summit/seating"), &fresh)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let second = app
        .state
        .store
        .seating(&panel)
        .await
        .expect("store")
        .expect("seating");
    let d02 = app
        .state
        .store
        .participants(&panel)
        .await
        .expect("list")
        .into_iter()
        .find(|p| p.key == "d02")
        .expect("d02");
    assert_eq!(tables_of(&second)[&d02.id], vec![2, 2, 2]);

    // A late arrival: everyone keeps their seat, the newcomer is seated in every round.
    check_in(&mut staff, "d21").await;
    let mut keep = settings.to_vec();
    keep.push(("mode", "keep"));
    organiser.get(&format!("{P}/summit/seating")).await;
    assert_eq!(
        organiser
            .post(&format!("{P}/summit/seating"), &keep)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let third = app
        .state
        .store
        .seating(&panel)
        .await
        .expect("store")
        .expect("seating");
    let (before, after) = (tables_of(&second), tables_of(&third));
    assert_eq!(after.len(), 25);
    for (id, tables) in &before {
        assert_eq!(&after[id], tables, "a seat moved");
    }
    assert!(
        organiser
            .get(&format!("{P}/summit/seating"))
            .await
            .body
            .contains("One person who arrived late was added")
    );

    // The list is for staff and facilitators; the cards carry the voting page's QR code.
    let mut facilitator = app.signed_in("facilitator@demo.kleroterion.org").await;
    let list = facilitator
        .get(&format!("{P}/summit/seating/list?round=2"))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Round 2") && !list.body.contains("Round 1<"));
    assert_eq!(
        app.client()
            .get(&format!("{P}/summit/seating/list"))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // Each card in its table's language, whatever the reader's: a Dutch table's in Dutch.
    let cards = staff.get(&format!("{P}/summit/seating/cards")).await;
    assert!(
        cards.body.contains(&format!("{P}/vote.svg")),
        "{}",
        cards.body
    );
    for (table, language) in (1u32..).zip(&third.table_languages) {
        let (lang, title) = match language.as_str() {
            "nl" => ("nl", format!("Tafel {table}")),
            "fr" => ("fr", format!("Table {table}")),
            other => panic!("table language {other}"),
        };
        assert!(
            cards.body.contains(&format!(
                "<article class=\"table-card\" lang=\"{lang}\" aria-labelledby=\"card-{table}\">"
            )) && cards
                .body
                .contains(&format!("<span lang=\"{lang}\">{title}</span>")),
            "{language} card {table}: {}",
            cards.body
        );
    }
    assert!(!cards.body.contains("Vote on your phone"));
    let qr = app.client().get(&format!("{P}/vote.svg")).await;
    assert_eq!(
        qr.headers
            .get("content-type")
            .map(|v| v.to_str().unwrap_or("")),
        Some("image/svg+xml")
    );
    assert!(qr.body.contains("<svg"));
}

#[tokio::test]
async fn seating_on_sqlite() {
    seating_journey(Kind::Sqlite).await;
}

#[tokio::test]
async fn seating_on_postgres() {
    seating_journey(Kind::Postgres).await;
}

/// The `value` of the `<option>` labelled `label` in `body`.
fn option_value(body: &str, label: &str) -> String {
    let end = body
        .find(&format!(">{label}</option>"))
        .unwrap_or_else(|| panic!("option {label}"));
    let start = body[..end].rfind("value=\"").expect("value") + "value=\"".len();
    body[start..end]
        .split('"')
        .next()
        .expect("quoted")
        .to_owned()
}

async fn staffing_journey(kind: Kind) {
    let app = TestApp::new(kind).await;
    let panel = panel_id(&app).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;

    // The groups' quotas: a bad number is named; a list above a maximum is refused whole.
    organiser.get(&format!("{P}/summit")).await;
    let bad = organiser
        .post(
            &format!("{P}/summit/quotas"),
            &[
                ("quotas", "1"),
                ("min-drawn", "many"),
                ("max-employer", "5"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter a whole number"), "{}", bad.body);
    let set = organiser
        .post(
            &format!("{P}/summit/quotas"),
            &[
                ("quotas", "1"),
                ("min-employer", "6"),
                ("max-employer", "5"),
            ],
        )
        .await;
    assert_eq!(set.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(set.body.contains("The minimum is above the maximum."));
    organiser.get(&format!("{P}/summit")).await;
    let set = organiser
        .post(
            &format!("{P}/summit/quotas"),
            &[
                ("quotas", "1"),
                ("min-employer", "4"),
                ("max-employer", "5"),
            ],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER);
    let over = organiser
        .upload(
            &format!("{P}/summit/participants"),
            "p.csv",
            participants_csv().as_bytes(),
        )
        .await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        over.body
            .contains("Employers would have 6 people on the list, above its maximum of 5."),
        "{}",
        over.body
    );
    let stored = app.state.store.participants(&panel).await.expect("list");
    assert!(stored.is_empty(), "nothing imported");
    organiser.get(&format!("{P}/summit")).await;
    organiser
        .post(
            &format!("{P}/summit/quotas"),
            &[
                ("quotas", "1"),
                ("min-employer", "4"),
                ("max-employer", "6"),
            ],
        )
        .await;
    let imported = organiser
        .upload(
            &format!("{P}/summit/participants"),
            "p.csv",
            participants_csv().as_bytes(),
        )
        .await;
    assert_eq!(imported.status, StatusCode::OK);
    assert!(imported.body.contains("4–6") && imported.body.contains("below its minimum"));
    // A maximum below the list is refused.
    let lower = organiser
        .post(
            &format!("{P}/summit/quotas"),
            &[("quotas", "1"), ("max-employer", "2")],
        )
        .await;
    assert_eq!(lower.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(lower.body.contains("would have 6 people"));

    // Facilitators and a translator; one facilitator is linked to an account.
    let page = organiser.get(&format!("{P}/summit/seating")).await;
    assert!(page.body.contains("No facilitators or translators yet"));
    let account = option_value(&page.body, "Farid Facilitator");
    let wrong = organiser
        .post(
            &format!("{P}/summit/staff"),
            &[
                ("role", "translator"),
                ("name", "Anne"),
                ("languages", "fr"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("A translator needs at least two languages")
    );
    for (role, name, languages, linked) in [
        ("facilitator", "Jan Facilitator", "nl; fr", account.as_str()),
        ("facilitator", "Marie Animatrice", "fr, nl", ""),
        ("facilitator", "Karl Moderator", "de;nl;fr", ""),
        ("translator", "Anne Tolk", "fr;nl", ""),
    ] {
        organiser.get(&format!("{P}/summit/seating")).await;
        let added = organiser
            .post(
                &format!("{P}/summit/staff"),
                &[
                    ("role", role),
                    ("name", name),
                    ("languages", languages),
                    ("account", linked),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    }
    let mut staff = app.signed_in("staff@demo.kleroterion.org").await;
    for key in (1..=14)
        .map(|i| format!("d{i:02}"))
        .chain((1..=4).map(|i| format!("e{i:02}")))
    {
        check_in(&mut staff, &key).await;
    }
    // Six tables of three would need six facilitators: refused, with the reason in the
    // organiser's language.
    organiser
        .get(&format!("/lang/fr?next={P}/summit/seating"))
        .await;
    organiser.get(&format!("{P}/summit/seating")).await;
    let small = [("table_size", "3"), ("rounds", "2"), ("mode", "fresh")];
    let refused = organiser.post(&format!("{P}/summit/seating"), &small).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("3 animateurs pour 6 tables : chaque table en demande un."),
        "{}",
        refused.body
    );
    organiser
        .get(&format!("/lang/en?next={P}/summit/seating"))
        .await;
    let settings = [
        ("table_size", "6"),
        ("rounds", "2"),
        ("balance", "group"),
        ("bilingual", "fr+nl"),
        ("seed", "staff"),
        ("mode", "fresh"),
    ];
    organiser.get(&format!("{P}/summit/seating")).await;
    let run = organiser
        .post(&format!("{P}/summit/seating"), &settings)
        .await;
    assert_eq!(run.status, StatusCode::SEE_OTHER, "{}", run.body);
    let seating = app
        .state
        .store
        .seating(&panel)
        .await
        .expect("store")
        .expect("seating");
    let members = app.state.store.staff(&panel).await.expect("staff");
    assert_eq!(seating.table_languages.len(), 3);
    for (table, language) in (1u32..).zip(&seating.table_languages) {
        let leader: Vec<_> = members
            .iter()
            .filter(|m| m.role.as_str() == "facilitator" && m.table == Some(table))
            .collect();
        assert_eq!(leader.len(), 1, "one facilitator at table {table}");
        assert!(
            klero_domain::summit::staffing::covers(&leader[0].languages, language),
            "the facilitator speaks {language}"
        );
        let translator = members
            .iter()
            .find(|m| m.role.as_str() == "translator" && m.table == Some(table));
        assert_eq!(translator.is_some(), language.contains('+'));
    }
    // One interpreter who speaks French and Dutch: one bilingual table, and they sit at it.
    assert_eq!(
        seating
            .table_languages
            .iter()
            .filter(|l| l.contains('+'))
            .count(),
        1,
        "{:?}",
        seating.table_languages
    );
    let page = organiser.get(&format!("{P}/summit/seating")).await;
    assert!(page.body.contains("Facilitator: Jan Facilitator"));
    assert!(
        page.body
            .contains("One bilingual table (French and Dutch), with its interpreter."),
        "{}",
        page.body
    );
    let cards = staff.get(&format!("{P}/summit/seating/cards")).await;
    let marie = members
        .iter()
        .find(|m| m.name.as_deref() == Some("Marie Animatrice"))
        .and_then(|m| m.table)
        .expect("Marie's table");
    let words = match seating.table_languages[marie as usize - 1].as_str() {
        "nl" => vec!["Tafelbegeleider: Marie Animatrice"],
        "fr" => vec!["Animateur\u{a0}: Marie Animatrice"],
        _ => vec![
            "Tafelbegeleider: Marie Animatrice",
            "Animateur\u{a0}: Marie Animatrice",
        ],
    };
    for w in words {
        assert!(cards.body.contains(w), "{w}: {}", cards.body);
    }

    // The linked facilitator's phone page opens at their table.
    let jan = members
        .iter()
        .find(|m| m.account_id.is_some())
        .and_then(|m| m.table)
        .expect("Jan's table");
    organiser.get(&format!("{P}/summit/programme")).await;
    let round = organiser
        .post(
            &format!("{P}/summit/programme/rounds"),
            &[
                ("theme", "Mobility"),
                ("minutes", "45"),
                ("theme_nl", "Mobiliteit"),
                ("question_nl", "Wat eerst?"),
                ("theme_fr", "Mobilité"),
                ("question_fr", "Quoi d’abord ?"),
            ],
        )
        .await;
    assert_eq!(round.status, StatusCode::SEE_OTHER, "{}", round.body);
    let refused = organiser
        .post(
            &format!("{P}/summit/programme/rounds"),
            &[
                ("theme", "Housing"),
                ("minutes", "30"),
                ("question_de", "Was?"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("href=\"#new-theme_de\""),
        "{}",
        refused.body
    );
    let mut farid = app.signed_in("facilitator@demo.kleroterion.org").await;
    let tables = farid.get(&format!("{P}/summit/tables")).await;
    assert!(tables.body.contains(&format!("value=\"{jan}\" required")));
    assert!(
        tables
            .body
            .contains(&format!("name=\"table\" value=\"{jan}\"")),
        "{}",
        tables.body
    );
    // The round in the table's language(s), whatever the facilitator's interface language.
    let jan_language = seating.table_languages[jan as usize - 1].clone();
    for (lang, theme) in [("nl", "Mobiliteit"), ("fr", "Mobilité")] {
        let shown = tables.body.contains(&format!(
            "<div lang=\"{lang}\"><p><strong>{theme}</strong></p>"
        ));
        assert_eq!(
            shown,
            jan_language.split('+').any(|l| l == lang),
            "{lang} at a {jan_language} table: {}",
            tables.body
        );
    }
    assert!(!tables.body.contains("<strong>Mobility</strong>"));

    // A late arrival keeps everyone's seat and every facilitator's table.
    check_in(&mut staff, "d15").await;
    let mut keep = settings.to_vec();
    keep.retain(|(k, _)| *k != "mode");
    keep.push(("mode", "keep"));
    organiser.get(&format!("{P}/summit/seating")).await;
    let again = organiser.post(&format!("{P}/summit/seating"), &keep).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let after = app.state.store.staff(&panel).await.expect("staff");
    let tables = |list: &[klero_store::StaffMember]| -> Vec<Option<u32>> {
        list.iter().map(|m| m.table).collect()
    };
    assert_eq!(tables(&after), tables(&members));

    // Too few facilitators for the tables: the organiser is told, nothing changes.
    for m in after
        .iter()
        .filter(|m| m.role.as_str() == "facilitator")
        .take(2)
    {
        organiser.get(&format!("{P}/summit/seating")).await;
        let removed = organiser
            .post(
                &format!("{P}/summit/staff/remove"),
                &[("staff", m.id.as_str())],
            )
            .await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER);
    }
    organiser.get(&format!("{P}/summit/seating")).await;
    let short = organiser
        .post(&format!("{P}/summit/seating"), &settings)
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        short.body.contains("tables: every table needs one."),
        "{}",
        short.body
    );
    let unchanged = app
        .state
        .store
        .seating(&panel)
        .await
        .expect("store")
        .expect("seating");
    assert_eq!(unchanged.seats.len(), 19 * 2);
}

#[tokio::test]
async fn staffing_on_sqlite() {
    staffing_journey(Kind::Sqlite).await;
}

#[tokio::test]
async fn staffing_on_postgres() {
    staffing_journey(Kind::Postgres).await;
}
