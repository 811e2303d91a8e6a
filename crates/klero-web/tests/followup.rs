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
    // Publishing goes through its confirmation page; a bare post only leads there.
    let tracker = government.get(&format!("{base}/tracker")).await;
    assert!(
        tracker
            .body
            .contains(&format!("href=\"{base}/rounds/1/publish\"")),
        "{}",
        tracker.body
    );
    let bare = government
        .post(&format!("{base}/rounds/1/publish"), &[])
        .await;
    assert_eq!(bare.status, StatusCode::SEE_OTHER);
    assert_eq!(
        bare.location.as_deref(),
        Some(format!("{base}/rounds/1/publish").as_str())
    );
    let confirm = government.get(&format!("{base}/rounds/1/publish")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm
            .body
            .contains("53 recommendations have no answer in this round"),
        "{}",
        confirm.body
    );
    let reply = government
        .post(&format!("{base}/rounds/1/publish"), &[("confirm", "yes")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        reply.location.as_deref(),
        Some(format!("{base}/tracker").as_str())
    );
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
    // Moments are ISO 8601 with the offset, in both open-data files.
    assert!(
        json.body
            .contains("\"format\": \"kleroterion-follow-up/2\"")
    );
    let published = regex_like_moment(&json.body, "\"published_at\": \"");
    assert!(published, "{}", &json.body[..2000.min(json.body.len())]);
    assert!(
        !json.body.contains("\"at\": 1") && !json.body.contains("\"exported_at\": 1"),
        "no Unix seconds left"
    );
    let header: Vec<&str> = csv
        .body
        .lines()
        .next()
        .expect("header")
        .split(',')
        .collect();
    let column = header
        .iter()
        .position(|c| *c == "round_published_at")
        .expect("round_published_at");
    let row: Vec<&str> = csv.body.lines().nth(1).expect("row").split(',').collect();
    assert!(
        row[column].ends_with("+00:00") && row[column].contains('T'),
        "round_published_at is `{}`",
        row[column]
    );
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

/// Whether `text` holds `prefix` followed by an ISO 8601 moment with the offset
/// (`2027-01-15T08:00:00+00:00`).
fn regex_like_moment(text: &str, prefix: &str) -> bool {
    text.match_indices(prefix).any(|(i, _)| {
        let moment = &text[i + prefix.len()..];
        let moment = &moment[..moment.find('"').unwrap_or(0)];
        moment.len() == 25
            && moment.as_bytes()[10] == b'T'
            && moment.ends_with("+00:00")
            && klero_domain::followup::moment::parse_moment(moment).is_some()
    })
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

/// Publishing a round asks first, saying what it leaves unanswered and how early it is;
/// what it leaves unanswered stays answerable in that round, each late answer published on
/// its own after its own confirmation. A rejection published in the later round ends the
/// recommendation's delay in the earlier one (the overdue count follows); the tracker is a
/// work list for the government and for each commission member.
async fn publishing_a_round_asks_first_and_leaves_nothing_unanswerable(kind: Kind) {
    let app = TestApp::new(kind).await;
    let base = format!("{A}/p/2");
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    organiser.get(&format!("{base}/followup")).await;
    let reply = organiser
        .upload(
            &format!("{base}/import"),
            "recommandations.csv",
            recommendations_csv(6).as_bytes(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let today = brussels_today(START).to_string();
    let reply = organiser
        .post(&format!("{base}/handover"), &[("handed_over_on", &today)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);

    // The government's way in: the tracker lists, per round, what awaits its answer.
    let mut government = app.signed_in("government@demo.kleroterion.org").await;
    let work = government.get(&format!("{base}/tracker")).await.body;
    assert!(work.contains("Awaiting your answer"), "{work}");
    assert!(work.contains(&format!("href=\"{base}/r/6/answer/2\"")));
    // It rejects recommendation 1 in the 12-month round, with its justification.
    let rejected = [("position", "rejected"), ("justification_fr", WHY)];
    assert_eq!(
        answer(&mut government, 2, 1, 2, &rejected).await,
        StatusCode::SEE_OTHER
    );

    // "Publish the 12-month review" opens a confirmation: 5 of 6 have no answer, a year early.
    let confirm = government.get(&format!("{base}/rounds/2/publish")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    let body = &confirm.body;
    assert!(body.contains("Publish this review round?"), "{body}");
    assert!(
        body.contains("5 recommendations have no answer in this round"),
        "{body}"
    );
    for n in 2..=6 {
        assert!(
            body.contains(&format!("href=\"{base}/r/{n}/answer/2\"")),
            "{n}"
        );
    }
    assert!(!body.contains(&format!("href=\"{base}/r/1/answer/2\"")));
    assert!(body.contains("days early"), "{body}");
    assert!(body.contains("name=\"confirm\" value=\"yes\""));
    // Nothing is published by looking, nor by a post without the confirmation.
    let bare = government
        .post(&format!("{base}/rounds/2/publish"), &[])
        .await;
    assert_eq!(bare.status, StatusCode::SEE_OTHER);
    let public = app.client().get(&format!("{base}/r/1")).await.body;
    assert!(!public.contains("Rejected"), "not published yet");
    let reply = government
        .post(&format!("{base}/rounds/2/publish"), &[("confirm", "yes")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let again = government.get(&format!("{base}/rounds/2/publish")).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "published once");

    // The tracker says what the round left unanswered, and they stay answerable in it.
    let tracker = government.get(&format!("{base}/tracker")).await.body;
    assert!(
        tracker.contains("5 recommendations still unanswered"),
        "{tracker}"
    );
    app.advance(60);
    let form = government.get(&format!("{base}/r/3/answer/2")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains("This round has been published"));
    let accepted = [("position", "accepted"), ("progress", "10")];
    assert_eq!(
        answer(&mut government, 2, 3, 2, &accepted).await,
        StatusCode::SEE_OTHER
    );
    // A draft until published on its own, through its own confirmation.
    let public = app.client().get(&format!("{base}/r/3")).await.body;
    assert!(!public.contains("Accepted"), "a late draft is not public");
    let page = government.get(&format!("{base}/r/3")).await.body;
    assert!(
        page.contains(&format!("href=\"{base}/r/3/publish/2\"")),
        "{page}"
    );
    let confirm = government.get(&format!("{base}/r/3/publish/2")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm.body.contains("Publish this answer?"),
        "{}",
        confirm.body
    );
    let reply = government
        .post(&format!("{base}/r/3/publish/2"), &[("confirm", "yes")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let public = app.client().get(&format!("{base}/r/3")).await.body;
    assert!(public.contains("Accepted"), "{public}");
    assert!(public.contains("after the round, on its own"), "{public}");
    let twice = government
        .post(&format!("{base}/r/3/publish/2"), &[("confirm", "yes")])
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_eq!(
        answer(&mut government, 2, 3, 2, &rejected).await,
        StatusCode::CONFLICT,
        "a published late answer is final"
    );

    // 100 days on, past the 3-month due date: recommendations 1 and 3, answered in the
    // 12-month round, are not late in the 3-month one; 2, 4, 5 and 6 are.
    app.advance(100 * DAY);
    let page = app.client().get(&format!("{base}/tracker")).await.body;
    let row = |n: u32| -> String {
        let start = page.find(&format!("<tr id=\"r{n}\">")).expect("row");
        let end = page[start..].find("</tr>").expect("row end") + start;
        page[start..end].to_owned()
    };
    assert!(row(1).contains("Rejected"), "{}", row(1));
    assert!(!row(1).contains("badge overdue"), "regression: {}", row(1));
    assert!(!row(3).contains("badge overdue"), "{}", row(3));
    for n in [2, 4, 5, 6] {
        assert!(row(n).contains("badge overdue"), "{n}: {}", row(n));
    }
    let figures = &page[page.find("<dl class=\"figures\">").expect("figures")..];
    assert!(
        figures.starts_with(
            "<dl class=\"figures\">\n  <div><dt>Recommendations</dt><dd>6</dd></div>\n  <div><dt>Overdue</dt><dd>4</dd></div>"
        ),
        "{}",
        &figures[..200]
    );
    // Not answered yet is grey, not green; every colour has its words.
    assert!(page.contains("<span class=\"pos pos-unanswered\">Not answered yet</span>"));
    assert!(page.contains("class=\"fill pos-unanswered\""));
    assert!(!page.contains("<meter"));

    // The commission member's work list: the published answers without their verdict.
    let mut commission = app.signed_in("commission@demo.kleroterion.org").await;
    let list = commission.get(&format!("{base}/tracker")).await.body;
    assert!(
        list.contains("2 published answers await your verdict"),
        "{list}"
    );
    assert!(list.contains(&format!("href=\"{base}/r/1#round-2\"")));
    commission.get(&format!("{base}/r/1")).await;
    let reply = commission
        .post(
            &format!("{base}/r/1/verdict/2"),
            &[("verdict", "partly"), ("comment", "")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let list = commission.get(&format!("{base}/tracker")).await.body;
    assert!(
        list.contains("1 published answer awaits your verdict"),
        "{list}"
    );
    assert!(!list.contains(&format!("href=\"{base}/r/1#round-2\"")));

    // The government's list now: round 1 owes 2, 4, 5 and 6 (overdue), not 1 or 3.
    let mut government = app.signed_in("government@demo.kleroterion.org").await;
    let work = government.get(&format!("{base}/tracker")).await.body;
    let first = &work[work.find("class=\"work-round\"").expect("work list")..];
    let first = &first[..first.find("</details>").expect("end")];
    assert!(
        first.contains("4 recommendations await an answer"),
        "{first}"
    );
    assert!(first.contains("badge overdue"));
    for n in [2, 4, 5, 6] {
        assert!(
            first.contains(&format!("href=\"{base}/r/{n}/answer/1\"")),
            "{n}"
        );
    }
    for n in [1, 3] {
        assert!(
            !first.contains(&format!("href=\"{base}/r/{n}/answer/1\"")),
            "{n}"
        );
    }
}

#[tokio::test]
async fn publishing_a_round_asks_first_and_leaves_nothing_unanswerable_on_sqlite() {
    publishing_a_round_asks_first_and_leaves_nothing_unanswerable(Kind::Sqlite).await;
}

#[tokio::test]
async fn publishing_a_round_asks_first_and_leaves_nothing_unanswerable_on_postgres() {
    publishing_a_round_asks_first_and_leaves_nothing_unanswerable(Kind::Postgres).await;
}

/// One Atom feed per language, each wholly in it, linked from the tracker; numbers and
/// punctuation in the reader's locale.
async fn feeds_and_numbers_follow_the_language(kind: Kind) {
    let app = TestApp::new(kind).await;
    let base = format!("{A}/p/3");
    let mut public = app.client();
    public.accept_language = Some("fr".into());
    let page = public.get(&format!("{base}/tracker")).await.body;
    for lang in ["nl", "fr", "en", "de"] {
        assert!(
            page.contains(&format!(
                "<link rel=\"alternate\" type=\"application/atom+xml\" hreflang=\"{lang}\" href=\"{base}/tracker.atom?lang={lang}\""
            )),
            "{lang}: {page}"
        );
    }
    // French percentages: a narrow no-break space before %, a decimal comma.
    assert!(page.contains("30\u{202f}%"), "progress of recommendation 1");
    assert!(page.contains(",7\u{202f}%"), "a share of 6 written 16,7 %");
    let rec = public.get(&format!("{base}/r/1")).await.body;
    assert!(rec.contains("Thème\u{a0}: "), "{rec}");

    let fr = public.get(&format!("{base}/tracker.atom?lang=fr")).await;
    assert_eq!(fr.status, StatusCode::OK);
    assert!(fr.body.contains("xml:lang=\"fr\""));
    assert!(
        fr.body.contains("<title>Suivi du panel 3</title>"),
        "{}",
        fr.body
    );
    assert!(fr.body.contains("Un potager partagé dans chaque quartier"));
    assert!(
        !fr.body.contains("Een gedeelde moestuin"),
        "no Dutch in the French feed"
    );
    // English only in the link naming the English feed, as that feed names itself.
    assert!(!fr.body.contains(">Follow-up of panel"), "no English");
    assert!(
        fr.body
            .contains("hreflang=\"en\" title=\"Follow-up of panel 3 (English)\"")
    );
    let nl = public.get(&format!("{base}/tracker.atom?lang=nl")).await;
    assert!(nl.body.contains("xml:lang=\"nl\""));
    assert!(
        nl.body.contains("Een gedeelde moestuin in elke wijk"),
        "{}",
        nl.body
    );
    assert!(
        !nl.body.contains("Un potager partagé"),
        "no French in the Dutch feed"
    );
    assert!(nl.body.contains("hreflang=\"fr\" title=\""));
    // German titles are not written: the entry says in which language it is.
    let de = public.get(&format!("{base}/tracker.atom?lang=de")).await;
    assert!(
        de.body
            .contains("<summary xml:lang=\"nl\">2. Een gedeelde moestuin"),
        "{}",
        de.body
    );
    assert_ne!(fr.body, nl.body);
    let unknown = public.get(&format!("{base}/tracker.atom?lang=xx")).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn feeds_and_numbers_follow_the_language_on_sqlite() {
    feeds_and_numbers_follow_the_language(Kind::Sqlite).await;
}

#[tokio::test]
async fn feeds_and_numbers_follow_the_language_on_postgres() {
    feeds_and_numbers_follow_the_language(Kind::Postgres).await;
}
