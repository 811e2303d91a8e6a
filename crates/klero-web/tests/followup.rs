//! The follow-up journey: an organiser imports 56 recommendations and records the handover; the
//! government answers, is refused a rejection without justification, publishes the 3-month
//! round; the commission judges; the public tracker shows it in French and Dutch with overdue
//! flags once time has moved on; the open data re-imports into an empty panel as the same
//! tracker.

use crate::harness::{Client, START, TestApp};
use axum::http::StatusCode;
use klero_domain::followup::brussels_today;
use klero_test_db::Kind;

const A: &str = "/a/brussels-climate";
const DAY: i64 = 86_400;

fn recommendations_csv(count: u32) -> String {
    let mut csv = String::from(
        "number;title_fr;title_nl;text_fr;text_nl;theme_fr;theme_nl;vote_for;vote_against;vote_rule\n",
    );
    for n in 1..=count {
        let theme = if n % 2 == 0 {
            "Mobilité;Mobiliteit"
        } else {
            "Logement;Wonen"
        };
        csv.push_str(&format!(
            "{n};Recommandation {n};Aanbeveling {n};Texte {n};Tekst {n};{theme};{};6;80%\n",
            80 + n % 10
        ));
    }
    csv
}

/// The body of the recommendations table, addresses made panel-neutral.
fn table(page: &str, panel: u32) -> String {
    let start = page
        .find("<table class=\"tracker\">")
        .expect("tracker table");
    let end = page[start..].find("</table>").expect("end") + start;
    page[start..end].replace(&format!("/p/{panel}/"), "/p/N/")
}

async fn answer(
    client: &mut Client,
    panel: u32,
    rec: u32,
    round: u32,
    fields: &[(&str, &str)],
) -> StatusCode {
    client
        .get(&format!("{A}/p/{panel}/r/{rec}/answer/{round}"))
        .await;
    client
        .post(&format!("{A}/p/{panel}/r/{rec}/answer/{round}"), fields)
        .await
        .status
}

const WHY: &str = "La Région n'est pas compétente pour cette mesure et le budget 2027 ne le permet pas ; nous expliquons en détail les raisons ici.";

async fn journey(kind: Kind) {
    let app = TestApp::new(kind).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let base = format!("{A}/p/2");

    // A broken file is refused whole, every problem named by line and column.
    organiser.get(&format!("{base}/followup")).await;
    let bad = "number,title_fr,text_fr,vote_for\n1,Un,Texte,12\n1,Deux,Texte,x\n3,,Texte,\n";
    let reply = organiser
        .upload(&format!("{base}/import"), "recs.csv", bad.as_bytes())
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert!(reply.body.contains("recs.csv:3"), "{}", reply.body);
    assert!(reply.body.contains("recs.csv:4"), "{}", reply.body);
    assert!(
        reply.body.contains("No recommendations") || reply.body.contains("0 recommendations"),
        "nothing imported"
    );

    // 56 recommendations, then the handover.
    let reply = organiser
        .upload(
            &format!("{base}/import"),
            "recommandations.csv",
            recommendations_csv(56).as_bytes(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let page = organiser.get(&format!("{base}/followup")).await;
    assert!(page.body.contains("56 recommendations."), "{}", page.body);
    let today = brussels_today(START).to_string();
    let reply = organiser
        .post(&format!("{base}/handover"), &[("handed_over_on", &today)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let again = organiser
        .post(&format!("{base}/handover"), &[("handed_over_on", &today)])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);

    // The government answers; a rejection without justification is refused.
    let mut government = app.signed_in("government@demo.kleroterion.org").await;
    let refused = answer(
        &mut government,
        2,
        3,
        1,
        &[("position", "rejected"), ("justification_fr", "Trop cher.")],
    )
    .await;
    assert_eq!(refused, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        answer(
            &mut government,
            2,
            1,
            1,
            &[("position", "accepted"), ("progress", "20")]
        )
        .await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        answer(
            &mut government,
            2,
            2,
            1,
            &[("position", "rejected"), ("justification_fr", WHY)]
        )
        .await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        answer(
            &mut government,
            2,
            4,
            1,
            &[
                ("position", "partially_accepted"),
                ("justification_fr", WHY),
                ("progress", "50")
            ]
        )
        .await,
        StatusCode::SEE_OTHER
    );
    // Drafts are not public.
    let public = app.client().get(&format!("{base}/r/1")).await;
    assert!(!public.body.contains("Accepted"), "draft leaked");
    government.get(&format!("{base}/tracker")).await;
    let reply = government
        .post(&format!("{base}/rounds/1/publish"), &[])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    // Published answers are final.
    let late = answer(
        &mut government,
        2,
        1,
        1,
        &[("position", "rejected"), ("justification_fr", WHY)],
    )
    .await;
    assert_eq!(late, StatusCode::CONFLICT);

    // The commission judges an answer.
    let mut commission = app.signed_in("commission@demo.kleroterion.org").await;
    commission.get(&format!("{base}/r/2")).await;
    let reply = commission
        .post(
            &format!("{base}/r/2/verdict/1"),
            &[
                ("verdict", "not_satisfied"),
                ("comment", "Pas convaincant."),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);

    // The public, in French and in Dutch, 100 days later: the 3-month round is published, so
    // what it left unanswered is overdue once its due date has passed.
    app.advance(100 * DAY);
    let mut public = app.client();
    public.accept_language = Some("fr".into());
    let fr = public.get(&format!("{base}/tracker")).await.body;
    assert!(fr.contains("<html lang=\"fr\">"));
    assert!(fr.contains("Recommandation 2"));
    assert!(fr.contains("badge overdue"), "overdue flags");
    let overdue = public
        .get(&format!("{base}/tracker?status=overdue"))
        .await
        .body;
    assert!(overdue.contains(">Recommandation 5<"));
    assert!(!overdue.contains(">Recommandation 1<"), "answered in time");
    assert!(overdue.contains("53"), "53 of 56 shown");
    public.accept_language = Some("nl".into());
    let nl = public.get(&format!("{base}/r/2")).await.body;
    assert!(nl.contains("<html lang=\"nl\">"));
    assert!(nl.contains("Aanbeveling 2"));
    assert!(
        nl.contains("Pas convaincant."),
        "the commission's comment is public"
    );

    // Open data: JSON and CSV re-import into empty panels as the same tracker. (The organiser's
    // session ended with the 100 days: sign in again.)
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let json = app.client().get(&format!("{base}/tracker.json")).await;
    assert_eq!(json.status, StatusCode::OK);
    let csv = app.client().get(&format!("{base}/tracker.csv")).await;
    assert!(
        csv.body.starts_with("number,title_nl"),
        "{}",
        &csv.body[..80.min(csv.body.len())]
    );
    let atom = app.client().get(&format!("{base}/tracker.atom")).await;
    assert!(atom.body.contains("<entry>"));
    for (panel, file, body) in [
        (4u32, "export.json", &json.body),
        (5, "export.csv", &csv.body),
    ] {
        organiser.get(&format!("{A}/panels/new")).await;
        let reply = organiser
            .post(
                &format!("{A}/panels/new"),
                &[
                    ("theme_fr", "Copie"),
                    ("size", "100"),
                    ("starts_on", "2027-01-01"),
                    ("ends_on", "2027-02-01"),
                    ("stage", "follow_up"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        organiser.get(&format!("{A}/p/{panel}/followup")).await;
        let reply = organiser
            .upload(&format!("{A}/p/{panel}/import"), file, body.as_bytes())
            .await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{file}: {}",
            reply.body
        );
        let original = app.client().get(&format!("{base}/tracker")).await.body;
        let copy = app
            .client()
            .get(&format!("{A}/p/{panel}/tracker"))
            .await
            .body;
        assert_eq!(table(&copy, panel), table(&original, 2), "{file}");
    }
}

#[tokio::test]
async fn the_follow_up_journey_on_sqlite() {
    journey(Kind::Sqlite).await;
}

#[tokio::test]
async fn the_follow_up_journey_on_postgres() {
    journey(Kind::Postgres).await;
}
