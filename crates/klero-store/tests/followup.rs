//! Follow-up: the handover starts the clock, published answers are final, verdicts only on
//! published answers, an import reproduces an export.

use crate::{NOW, actor, assembly_input, form, on_both, person};
use klero_domain::assembly::{Date, Panel};
use klero_domain::followup::input::{
    AnswerInput, QuestionInput, RecommendationInput, RoundInput, VerdictInput,
};
use klero_domain::followup::tracker::EventKind;
use klero_domain::input::PanelInput;
use klero_store::{Account, OutgoingMail, Refusal, Store, StoreError};

fn d(text: &str) -> Date {
    Date::parse(text).expect("date")
}

fn recommendation(number: u32) -> RecommendationInput {
    let n = number.to_string();
    RecommendationInput::parse(&form(&[
        ("number", &n),
        ("title_fr", &format!("Recommandation {n}")),
        ("title_nl", &format!("Aanbeveling {n}")),
        ("text_fr", "Texte"),
        (
            "theme_fr",
            if number.is_multiple_of(2) {
                "Mobilité"
            } else {
                "Logement"
            },
        ),
        ("vote_for", "87"),
        ("vote_against", "6"),
        ("vote_rule", "80%"),
    ]))
    .expect("recommendation")
}

fn answer(position: &str) -> AnswerInput {
    let why = "Nous expliquons ici en détail pourquoi cette recommandation ne peut pas être suivie telle quelle, avec les chiffres.";
    AnswerInput::parse(&form(&[
        ("position", position),
        ("justification_fr", why),
        ("referred_to", "Federal government"),
        ("progress", "40"),
        ("milestones", "2027-09-01 Appel d'offres"),
    ]))
    .expect("answer")
}

async fn setup(store: &Store) -> (Account, Panel) {
    let olga = person(store, "olga@example.be", "Olga").await;
    let assembly = store
        .create_assembly(&assembly_input("brussels"), &olga, &actor(&olga), NOW)
        .await
        .expect("assembly");
    let input = PanelInput::parse(&form(&[
        ("theme_fr", "Climat"),
        ("size", "100"),
        ("starts_on", "2026-01-10"),
        ("ends_on", "2026-10-30"),
        ("stage", "follow_up"),
    ]))
    .expect("panel");
    let panel = store
        .create_panel(&assembly, &input, &actor(&olga), NOW)
        .await
        .expect("panel");
    (olga, panel)
}

fn refused(result: Result<impl std::fmt::Debug, StoreError>, refusal: Refusal) {
    match result {
        Err(StoreError::Refused(r)) => assert_eq!(r, refusal),
        other => panic!("expected {refusal:?}, got {other:?}"),
    }
}

on_both! {
    fn the_version_by_address_moves_with_the_follow_up_and_the_texts_shown_with_it(store) {
        let (olga, panel) = setup(&store).await;
        let who = actor(&olga);
        assert_eq!(store.followup_version_at("brussels", 9).await.expect("q"), None);
        assert_eq!(store.followup_version_at("elsewhere", 1).await.expect("q"), None);
        let mut last = version_of_panel_1(&store, &panel).await;
        assert_eq!(last, 0, "no follow-up change yet");
        let mut moved = |now: i64, what: &str| {
            assert!(now > last, "the version did not move with {what}");
            last = now;
        };
        store.add_recommendations(&panel, &[recommendation(1)], &who, NOW).await.expect("add");
        moved(version_of_panel_1(&store, &panel).await, "a recommendation");
        let assembly = store.assembly_by_slug("brussels").await.expect("q").expect("assembly");
        let renamed = klero_domain::input::AssemblyInput::parse(&form(&[
            ("slug", "brussels"),
            ("kind", "permanent"),
            ("title_fr", "Assemblée bruxelloise"),
        ]))
        .expect("valid assembly");
        store.update_assembly(&assembly, &renamed, &who, NOW).await.expect("rename");
        moved(version_of_panel_1(&store, &panel).await, "the assembly's title");
        let input = PanelInput::parse(&form(&[
            ("theme_fr", "Climat et énergie"),
            ("size", "100"),
            ("starts_on", "2026-01-10"),
            ("ends_on", "2026-10-30"),
            ("stage", "follow_up"),
        ]))
        .expect("panel");
        store.update_panel(&panel, &input, &who, NOW).await.expect("theme");
        moved(version_of_panel_1(&store, &panel).await, "the panel's theme");
    }

    fn the_handover_starts_the_clock_and_freezes_the_recommendations(store) {
        let (olga, panel) = setup(&store).await;
        let who = actor(&olga);
        refused(store.record_handover(&panel, d("2026-11-30"), &who, NOW).await, Refusal::NoRecommendations);
        let recs: Vec<_> = (1..=3).map(recommendation).collect();
        store.add_recommendations(&panel, &recs, &who, NOW).await.expect("add");
        refused(store.add_recommendations(&panel, &[recommendation(2)], &who, NOW).await, Refusal::NumberTaken);
        store.record_handover(&panel, d("2026-11-30"), &who, NOW).await.expect("handover");
        refused(store.record_handover(&panel, d("2026-12-01"), &who, NOW).await, Refusal::AlreadyHandedOver);
        refused(store.add_recommendations(&panel, &[recommendation(4)], &who, NOW).await, Refusal::AlreadyHandedOver);
        refused(store.update_recommendation(&panel, &recommendation(1), &who, NOW).await, Refusal::AlreadyHandedOver);
        let tracker = store.tracker(&panel.id, true).await.expect("tracker");
        assert_eq!(tracker.handed_over_on, Some(d("2026-11-30")));
        assert_eq!(tracker.recommendations.len(), 3);
        let dues: Vec<_> = tracker.rounds.iter().map(|r| (r.number, r.months, r.due_on)).collect();
        assert_eq!(dues, vec![(1, Some(3), d("2027-02-28")), (2, Some(12), d("2027-11-30"))]);
        let kinds: Vec<_> = tracker.events.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, vec![EventKind::RecommendationsAdded, EventKind::Handover]);
    }

    fn published_answers_are_final_and_hidden_until_then(store) {
        let (olga, panel) = setup(&store).await;
        let who = actor(&olga);
        store.add_recommendations(&panel, &[recommendation(1), recommendation(2)], &who, NOW).await.expect("add");
        store.record_handover(&panel, d("2026-11-30"), &who, NOW).await.expect("handover");
        store.save_answer(&panel, 1, 1, &answer("under_study"), &who, NOW).await.expect("draft");
        store.save_answer(&panel, 1, 1, &answer("rejected"), &who, NOW + 1).await.expect("redraft");
        refused(store.save_answer(&panel, 9, 1, &answer("rejected"), &who, NOW).await, Refusal::Unknown);
        refused(store.save_answer(&panel, 1, 7, &answer("rejected"), &who, NOW).await, Refusal::Unknown);
        assert!(store.tracker(&panel.id, false).await.expect("public").answers.is_empty(), "drafts are not public");
        let drafts = store.tracker(&panel.id, true).await.expect("drafts");
        assert_eq!(drafts.answers.len(), 1);
        assert_eq!(drafts.answers[0].body.position.as_str(), "rejected");
        // No verdict on a draft.
        let verdict = VerdictInput::parse(&form(&[("verdict", "partly")])).expect("verdict");
        refused(store.save_verdict(&panel, 1, 1, &verdict, &who, NOW).await, Refusal::NotPublished);
        store.publish_round(&panel, 1, &who, NOW + 2).await.expect("publish");
        refused(store.publish_round(&panel, 1, &who, NOW + 3).await, Refusal::RoundPublished);
        refused(store.save_answer(&panel, 1, 1, &answer("accepted"), &who, NOW + 3).await, Refusal::AnswerPublished);
        let moved = RoundInput { label: Default::default(), due_on: d("2027-03-31"), reason: "Elections".into() };
        refused(store.move_round(&panel, 1, &moved, &who, NOW).await, Refusal::RoundPublished);
        // What the round left unanswered stays answerable in it: a draft, then published on
        // its own, dated, then final.
        refused(store.publish_answer(&panel, 2, 1, &who, NOW + 3).await, Refusal::Unknown);
        store.save_answer(&panel, 2, 1, &answer("accepted"), &who, NOW + 3).await.expect("late draft");
        assert_eq!(store.tracker(&panel.id, false).await.expect("public").answers.len(), 1, "a late draft is not public");
        store.publish_answer(&panel, 2, 1, &who, NOW + 6).await.expect("late answer");
        refused(store.publish_answer(&panel, 2, 1, &who, NOW + 7).await, Refusal::AnswerPublished);
        refused(store.save_answer(&panel, 2, 1, &answer("rejected"), &who, NOW + 7).await, Refusal::AnswerPublished);
        let public = store.tracker(&panel.id, false).await.expect("public");
        let published: Vec<_> = public.answers.iter().map(|a| (a.recommendation, a.published_at)).collect();
        assert_eq!(published, vec![(1, Some(NOW + 2)), (2, Some(NOW + 6))]);
        assert_eq!(public.events.last().map(|e| e.kind), Some(EventKind::AnswerPublished));
        // The next round supersedes; its answers are published with it, not on their own.
        store.save_answer(&panel, 1, 2, &answer("accepted"), &who, NOW + 4).await.expect("next round");
        refused(store.publish_answer(&panel, 1, 2, &who, NOW + 4).await, Refusal::RoundNotPublished);
        let public = store.tracker(&panel.id, false).await.expect("public");
        assert_eq!(public.answers.len(), 2);
        assert_eq!(public.status(1, NOW).position.map(|p| p.as_str()), Some("rejected"));
        // Verdicts: one per member, changeable.
        store.save_verdict(&panel, 1, 1, &verdict, &who, NOW).await.expect("verdict");
        let satisfied = VerdictInput::parse(&form(&[("verdict", "satisfied"), ("comment", "Clair")])).expect("verdict");
        store.save_verdict(&panel, 1, 1, &satisfied, &who, NOW + 5).await.expect("changed");
        let public = store.tracker(&panel.id, false).await.expect("public");
        assert_eq!(public.verdict_counts(1, 1), [1, 0, 0]);
    }

    fn rounds_are_added_and_moved_with_their_history(store) {
        let (olga, panel) = setup(&store).await;
        let who = actor(&olga);
        let round = RoundInput { label: Default::default(), due_on: d("2027-06-30"), reason: "Six-month check".into() };
        refused(store.add_round(&panel, &round, &who, NOW).await, Refusal::NotHandedOver);
        store.add_recommendations(&panel, &[recommendation(1)], &who, NOW).await.expect("add");
        store.record_handover(&panel, d("2026-11-30"), &who, NOW).await.expect("handover");
        assert_eq!(store.add_round(&panel, &round, &who, NOW).await.expect("add round"), 3);
        let moved = RoundInput { label: Default::default(), due_on: d("2027-03-31"), reason: "Elections in February".into() };
        store.move_round(&panel, 1, &moved, &who, NOW + 10).await.expect("move");
        let tracker = store.tracker(&panel.id, false).await.expect("tracker");
        let first = tracker.round(1).expect("round 1");
        assert_eq!(first.due_on, d("2027-03-31"));
        assert_eq!(first.changes.len(), 2);
        assert_eq!(first.changes[1].from, Some(d("2027-02-28")));
        assert_eq!(first.changes[1].reason, "Elections in February");
        let order: Vec<u32> = tracker.rounds_by_date().iter().map(|r| r.number).collect();
        assert_eq!(order, vec![1, 3, 2]);
    }

    fn questions_are_items_with_due_dates(store) {
        let (olga, panel) = setup(&store).await;
        let who = actor(&olga);
        store.add_recommendations(&panel, &[recommendation(1)], &who, NOW).await.expect("add");
        let q = QuestionInput { text: "Quand ?".into(), due_on: d("2027-01-15") };
        assert_eq!(store.ask_question(&panel, 1, &q, &who, NOW).await.expect("ask"), 1);
        refused(store.ask_question(&panel, 5, &q, &who, NOW).await, Refusal::Unknown);
        let late = crate::followup::at("2027-01-20");
        assert_eq!(store.tracker(&panel.id, false).await.expect("t").status(1, late).overdue_days, 5);
        store.reply_question(&panel, 1, "En mars.", &who, NOW).await.expect("reply");
        refused(store.reply_question(&panel, 1, "Again", &who, NOW).await, Refusal::AlreadyReplied);
        let tracker = store.tracker(&panel.id, false).await.expect("t");
        assert_eq!(tracker.questions[0].reply.as_deref(), Some("En mars."));
        assert_eq!(tracker.status(1, late).overdue_days, 0);
    }

    fn an_export_imports_into_an_empty_panel_as_it_was(store) {
        let (olga, panel) = setup(&store).await;
        let who = actor(&olga);
        let recs: Vec<_> = (1..=4).map(recommendation).collect();
        store.add_recommendations(&panel, &recs, &who, NOW).await.expect("add");
        store.record_handover(&panel, d("2026-11-30"), &who, NOW).await.expect("handover");
        store.save_answer(&panel, 2, 1, &answer("partially_accepted"), &who, NOW).await.expect("answer");
        store.publish_round(&panel, 1, &who, NOW).await.expect("publish");
        let verdict = VerdictInput::parse(&form(&[("verdict", "not_satisfied"), ("comment", "Trop lent")])).expect("v");
        store.save_verdict(&panel, 2, 1, &verdict, &who, NOW).await.expect("verdict");
        let exported = store.tracker(&panel.id, false).await.expect("export");
        let json = serde_json::to_string(&exported).expect("json");

        let other = PanelInput::parse(&form(&[("theme_fr", "Copie"), ("size", "10"), ("starts_on", "2026-01-01"), ("ends_on", "2026-02-01"), ("stage", "follow_up")])).expect("p");
        let assembly = store.assembly_by_slug("brussels").await.expect("q").expect("a");
        let copy = store.create_panel(&assembly, &other, &who, NOW).await.expect("panel");
        let parsed = serde_json::from_str(&json).expect("parse");
        store.import_tracker(&copy, &parsed, &who, NOW + 100).await.expect("import");
        let imported = store.tracker(&copy.id, false).await.expect("imported");
        assert_eq!(imported, exported);
        refused(store.import_tracker(&copy, &parsed, &who, NOW).await, Refusal::NotEmpty);
    }

    fn reminders_are_queued_once(store) {
        let mail = OutgoingMail {
            assembly_id: None,
            recipient: "gov@example.be".into(),
            subject: "Due soon".into(),
            body: "Round 1 is due in 14 days.".into(),
            dedup_key: Some("reminder:x:14".into()),
        };
        assert!(store.enqueue_mail(&mail, NOW).await.expect("queue"));
        assert!(!store.enqueue_mail(&mail, NOW + 1).await.expect("again"));
        let claimed = store.claim_unsent(NOW, 10).await.expect("claim");
        assert_eq!(claimed.len(), 1);
        assert!(store.claim_unsent(NOW + 1, 10).await.expect("claim").is_empty(), "claimed once");
        store.mark_mail(&claimed[0].id, Err("connection refused".into()), NOW + 2).await.expect("mark");
        let retried = store.claim_unsent(NOW + 3, 10).await.expect("retry");
        assert_eq!(retried.len(), 1);
        store.mark_mail(&retried[0].id, Ok(()), NOW + 4).await.expect("sent");
        assert!(store.claim_unsent(NOW + 1000, 10).await.expect("none").is_empty());
    }
}

/// Panel 1 of `brussels` by address: it is `panel`, at this version.
async fn version_of_panel_1(store: &Store, panel: &Panel) -> i64 {
    let (id, version) = store
        .followup_version_at("brussels", 1)
        .await
        .expect("query")
        .expect("panel 1");
    assert_eq!(id, panel.id);
    version
}

/// Seconds since the epoch at noon UTC on a date.
pub(crate) fn at(date: &str) -> i64 {
    klero_domain::followup::days_between(d("1970-01-01"), d(date)) * 86_400 + 12 * 3_600
}

/// Two processes sharing one database: each keeps the trackers it read in memory, and a change
/// written by one is seen by the other on its next read.
async fn a_cached_tracker_follows_writes_from_another_process(url: &str) {
    let first = Store::connect(url).await.expect("first process");
    let second = Store::connect(url).await.expect("second process");
    let (olga, panel) = setup(&first).await;
    let who = actor(&olga);
    first
        .add_recommendations(&panel, &[recommendation(1), recommendation(2)], &who, NOW)
        .await
        .expect("add");
    let before = second.tracker(&panel.id, false).await.expect("read");
    assert_eq!(before.recommendations.len(), 2);
    let again = second.tracker(&panel.id, false).await.expect("read again");
    assert!(
        std::sync::Arc::ptr_eq(&before, &again),
        "an unchanged tracker is served from memory"
    );
    first
        .add_recommendations(&panel, &[recommendation(3)], &who, NOW)
        .await
        .expect("add");
    assert_eq!(
        second
            .tracker(&panel.id, false)
            .await
            .expect("read")
            .recommendations
            .len(),
        3
    );
    first
        .record_handover(&panel, d("2026-11-30"), &who, NOW)
        .await
        .expect("handover");
    let round = first.tracker(&panel.id, true).await.expect("t").rounds[0].number;
    first
        .save_answer(&panel, 1, round, &answer("rejected"), &who, NOW)
        .await
        .expect("answer");
    let drafts = second.tracker(&panel.id, true).await.expect("drafts");
    let public = second.tracker(&panel.id, false).await.expect("public");
    assert_eq!(
        (drafts.answers.len(), public.answers.len()),
        (1, 0),
        "drafts stay out of the public copy"
    );
    assert_eq!(
        second
            .tracker(&panel.id, false)
            .await
            .expect("read")
            .handed_over_on,
        Some(d("2026-11-30"))
    );
    first.close().await;
    second.close().await;
}

#[tokio::test]
async fn a_cached_tracker_follows_writes_from_another_process_sqlite() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let url = format!("sqlite://{}", dir.path().join("klero.db").display());
    a_cached_tracker_follows_writes_from_another_process(&url).await;
}

#[tokio::test]
async fn a_cached_tracker_follows_writes_from_another_process_postgres() {
    let db = klero_test_db::TestDb::new(klero_test_db::Kind::Postgres).await;
    a_cached_tracker_follows_writes_from_another_process(&db.url).await;
}
