//! Rounds and table input: an organiser adds a round, a facilitator enters proposals for three
//! tables on the plain form and as the phone script does (a retry with the same client id is
//! stored once), the organiser sees them all and merges proposals of tables 1 and 3 into a
//! shortlist item that names both tables.

use crate::harness::{Client, TestApp};
use axum::http::StatusCode;
use klero_test_db::Kind;

const P: &str = "/a/brussels-climate/p/1";

/// The text between `start` and the next `end` in `body`.
fn between<'a>(body: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = body.find(start)? + start.len();
    let to = body[from..].find(end)? + from;
    Some(&body[from..to])
}

/// The id of the proposal whose check box is labelled `text` on the organisers' page.
fn proposal_id(body: &str, text: &str) -> String {
    let at = body
        .find(&format!("\">{text}</label>"))
        .unwrap_or_else(|| panic!("{text} is listed"));
    let before = &body[..at];
    let from = before.rfind("value=\"").expect("a value") + "value=\"".len();
    before[from..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Enters `text` for `table` in round 1 with the plain form, as without scripts.
async fn enter(facilitator: &mut Client, table: u32, text: &str) {
    let page = facilitator
        .get(&format!("{P}/summit/tables?round=1&table={table}"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let client_id = between(&page.body, "name=\"client_id\" value=\"", "\"")
        .expect("a client id in the form")
        .to_owned();
    let table = table.to_string();
    let reply = facilitator
        .post(
            &format!("{P}/summit/tables"),
            &[
                ("round", "1"),
                ("table", &table),
                ("client_id", &client_id),
                ("text", text),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
}

async fn journey(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let page = organiser.get(&format!("{P}/summit/programme")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let bad = organiser
        .post(
            &format!("{P}/summit/programme/rounds"),
            &[("theme", ""), ("minutes", "0")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("error-summary"));
    let added = organiser
        .post(
            &format!("{P}/summit/programme/rounds"),
            &[
                ("theme", "Mobility"),
                ("minutes", "45"),
                ("question", "What should change first?"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    organiser.get(&format!("{P}/summit/programme")).await;
    let edited = organiser
        .post(
            &format!("{P}/summit/programme/rounds/1"),
            &[("theme", "Mobility and transport"), ("minutes", "50")],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);

    let mut facilitator = app.signed_in("facilitator@demo.kleroterion.org").await;
    let page = facilitator.get(&format!("{P}/summit/tables")).await;
    assert!(page.body.contains("Mobility and transport"));
    enter(&mut facilitator, 1, "Free buses on Sundays").await;
    enter(&mut facilitator, 2, "More bicycle lanes").await;
    let table_three = facilitator
        .get(&format!("{P}/summit/tables?round=1&table=3"))
        .await;
    assert!(table_three.status.is_success());
    // The phone script: JSON, and the same client id again after a lost reply.
    let fields = [
        ("round", "1"),
        ("table", "3"),
        ("client_id", "0b6c1f2e-5a44-4c1b-9d3e-27f6a1c0de42"),
        ("text", "Public transport for free"),
    ];
    let first = facilitator
        .post_for_json(&format!("{P}/summit/tables"), &fields)
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    assert!(
        first.body.contains("\"status\":\"stored\""),
        "{}",
        first.body
    );
    let retry = facilitator
        .post_for_json(&format!("{P}/summit/tables"), &fields)
        .await;
    assert_eq!(retry.status, StatusCode::OK);
    assert!(retry.body.contains("\"already_stored\""), "{}", retry.body);
    let invalid = facilitator
        .post_for_json(
            &format!("{P}/summit/tables"),
            &[
                ("round", "1"),
                ("table", "3"),
                ("client_id", "x"),
                ("text", ""),
            ],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.body.contains("error-client-id"), "{}", invalid.body);
    let mine = facilitator
        .get(&format!("{P}/summit/tables?round=1&table=3"))
        .await;
    assert_eq!(mine.body.matches("Public transport for free").count(), 1);
    assert!(
        !mine.body.contains("Free buses on Sundays"),
        "only table 3's"
    );
    // A facilitator does not run the summit.
    let refused = facilitator.get(&format!("{P}/summit/proposals")).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let page = organiser.get(&format!("{P}/summit/proposals")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.body.matches("Public transport for free").count(), 1);
    assert!(page.body.contains("More bicycle lanes"));
    let one = proposal_id(&page.body, "Free buses on Sundays");
    let three = proposal_id(&page.body, "Public transport for free");
    let two = proposal_id(&page.body, "More bicycle lanes");
    let none = organiser
        .post(
            &format!("{P}/summit/shortlist"),
            &[("item", "new"), ("title", "Nothing ticked")],
        )
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    let made = organiser
        .post(
            &format!("{P}/summit/shortlist"),
            &[
                ("item", "new"),
                ("title", "Free public transport"),
                ("proposal", &one),
                ("proposal", &three),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let page = organiser.get(&format!("{P}/summit/proposals")).await;
    let item = between(&page.body, "id=\"item-1\"", "</article>").expect("the item");
    assert!(item.contains("Free public transport"));
    assert!(item.contains("Proposed by tables 1, 3"), "{item}");
    // Add table 2's and take it out again.
    organiser
        .post(
            &format!("{P}/summit/shortlist"),
            &[("item", "1"), ("title", ""), ("proposal", &two)],
        )
        .await;
    let page = organiser.get(&format!("{P}/summit/proposals")).await;
    assert!(page.body.contains("Proposed by tables 1, 2, 3"));
    let unlinked = organiser
        .post(
            &format!("{P}/summit/shortlist/1/unlink"),
            &[("proposal", &two)],
        )
        .await;
    assert_eq!(unlinked.status, StatusCode::SEE_OTHER);
    let page = organiser.get(&format!("{P}/summit/proposals")).await;
    assert!(page.body.contains("Proposed by tables 1, 3"));
    let pulse = organiser.get(&format!("{P}/summit/pulse")).await;
    assert!(pulse.body.starts_with("{\"pulse\":"), "{}", pulse.body);
    // The shortlist as the options of a draft vote.
    let vote = organiser
        .post(
            &format!("{P}/summit/votes"),
            &[
                ("question", "Which measure first?"),
                ("options", "Free public transport\nMore bicycle lanes"),
                ("kind", "choose_one"),
                ("eligibility", "drawn_only"),
                ("k", "3"),
                ("budget", "10"),
            ],
        )
        .await;
    assert_eq!(vote.status, StatusCode::SEE_OTHER, "{}", vote.body);
}

#[tokio::test]
async fn rounds_and_table_input_on_sqlite() {
    journey(Kind::Sqlite).await;
}

#[tokio::test]
async fn rounds_and_table_input_on_postgres() {
    journey(Kind::Postgres).await;
}
