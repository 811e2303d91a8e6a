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

/// The public tracker is kept as rendered for readers who are not signed in; every change,
/// to the follow-up or to the texts around it, shows on the next read, and a signed-in
/// organiser gets their own page, never a stranger's.
async fn a_kept_tracker_page_follows_every_change(kind: Kind) {
    use klero_domain::followup::input::RecommendationInput;
    use klero_domain::input::{AssemblyInput, PanelInput, RawForm};
    use klero_store::Actor;
    fn form(fields: &[(&str, &str)]) -> RawForm {
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }
    let app = TestApp::new(kind).await;
    let store = &app.state.store;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let reply = organiser
        .upload(
            &format!("{A}/p/2/import"),
            "recommandations.csv",
            recommendations_csv(3).as_bytes(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let path = format!("{A}/p/2/tracker");
    let mut stranger = app.client();
    stranger.accept_language = Some("fr".into());
    let first = stranger.get(&path).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.body.contains("Recommandation 3"), "{}", first.body);
    assert!(!first.body.contains("Recommandation 4"));
    let again = stranger.get(&path).await;
    assert_eq!(
        again.body, first.body,
        "an unchanged tracker, the same page"
    );

    // A follow-up change written elsewhere (another process, the store directly).
    let assembly = store
        .assembly_by_slug("brussels-climate")
        .await
        .expect("query")
        .expect("assembly");
    let panel = store
        .panel_by_number(&assembly.id, 2)
        .await
        .expect("query")
        .expect("panel 2");
    let fourth = RecommendationInput::parse(&form(&[
        ("number", "4"),
        ("title_fr", "Recommandation 4"),
        ("text_fr", "Texte 4"),
    ]))
    .expect("recommendation");
    store
        .add_recommendations(&panel, &[fourth], &Actor::System, START)
        .await
        .expect("add");
    let page = stranger.get(&path).await;
    assert!(page.body.contains("Recommandation 4"), "{}", page.body);

    // The assembly's title and the panel's theme are on the page too.
    let mut fields = vec![
        ("slug", "brussels-climate"),
        ("kind", assembly.kind.as_str()),
        ("title_fr", "Assemblée renommée"),
    ];
    fields.push(("title_nl", "Hernoemde assemblee"));
    let renamed = AssemblyInput::parse(&form(&fields)).expect("assembly");
    store
        .update_assembly(&assembly, &renamed, &Actor::System, START)
        .await
        .expect("rename");
    let page = stranger.get(&path).await;
    assert!(page.body.contains("Assemblée renommée"), "{}", page.body);
    let (starts, ends) = (panel.starts_on.to_string(), panel.ends_on.to_string());
    let size = panel.size.to_string();
    let theme = PanelInput::parse(&form(&[
        ("theme_fr", "Thème renommé"),
        ("size", &size),
        ("starts_on", &starts),
        ("ends_on", &ends),
        ("stage", panel.stage.as_str()),
    ]))
    .expect("panel");
    store
        .update_panel(&panel, &theme, &Actor::System, START)
        .await
        .expect("theme");
    let page = stranger.get(&path).await;
    assert!(page.body.contains("Thème renommé"), "{}", page.body);

    // The organiser's page has their buttons; the stranger's never does.
    let own = organiser.get(&path).await;
    assert!(
        own.body.contains(&format!("{A}/p/2/followup")),
        "{}",
        own.body
    );
    assert!(!page.body.contains(&format!("{A}/p/2/followup")));
    let page = stranger.get(&path).await;
    assert!(!page.body.contains(&format!("{A}/p/2/followup")));
}

#[tokio::test]
async fn a_kept_tracker_page_follows_every_change_on_sqlite() {
    a_kept_tracker_page_follows_every_change(Kind::Sqlite).await;
}

#[tokio::test]
async fn a_kept_tracker_page_follows_every_change_on_postgres() {
    a_kept_tracker_page_follows_every_change(Kind::Postgres).await;
}
