//! The demonstration loads into an empty database, once, with a working account for every role.

use klero_demo::{ACCOUNTS, DemoError, PERMANENT_SLUG, load};
use klero_domain::assembly::Stage;
use klero_store::{LoginOutcome, Store};
use klero_test_db::{Kind, TestDb};

#[tokio::test]
async fn the_demonstration_has_an_account_for_every_role_and_a_panel_under_way() {
    let db = TestDb::new(Kind::Sqlite).await;
    let store = Store::connect(&db.url).await.expect("store");
    let accounts = load(&store, "demo password 1", 1_800_000_000)
        .await
        .expect("loaded");
    assert_eq!(accounts.len(), ACCOUNTS.len());
    let assembly = store
        .assembly_by_slug(PERMANENT_SLUG)
        .await
        .expect("query")
        .expect("assembly");
    let members = store.members(&assembly.id).await.expect("members");
    for (_, _, name, role) in ACCOUNTS {
        if let Some(role) = role {
            let member = members
                .iter()
                .find(|m| m.display_name == name)
                .expect("member");
            assert!(member.roles.contains(&role), "{name} holds {role:?}");
        }
    }
    let stages: Vec<Stage> = store
        .panels(&assembly.id)
        .await
        .expect("panels")
        .iter()
        .map(|p| p.stage)
        .collect();
    assert_eq!(
        stages,
        vec![Stage::Deliberation, Stage::Recruitment, Stage::FollowUp]
    );
    // The earlier panel's follow-up: handed over, round 1 published with two answers, the rest
    // overdue at the time of loading plus 30 days.
    let earlier = store
        .panels(&assembly.id)
        .await
        .expect("panels")
        .pop()
        .expect("panel");
    let tracker = store.tracker(&earlier.id, false).await.expect("tracker");
    assert_eq!(tracker.recommendations.len(), 6);
    assert_eq!(tracker.answers.len(), 2);
    assert!(tracker.is_published(1));
    let later = 1_800_000_000 + 30 * 86_400;
    assert!(tracker.status(3, later).overdue_days > 0);
    assert_eq!(tracker.status(1, later).overdue_days, 0);
    for account in &accounts {
        let outcome = store
            .login(&account.email, "demo password 1", "test", 1_800_000_001)
            .await
            .expect("login");
        assert!(
            matches!(outcome, LoginOutcome::Success(_)),
            "{}",
            account.email
        );
    }
    let summit = store
        .assembly_by_slug(klero_demo::SUMMIT_SLUG)
        .await
        .expect("query")
        .expect("the summit");
    let day = store
        .panel_by_number(&summit.id, 1)
        .await
        .expect("query")
        .expect("the summit's day");
    let people = store.participants(&day.id).await.expect("participants");
    assert_eq!(people.len(), 150);
    let drawn = people
        .iter()
        .filter(|p| p.group == klero_domain::summit::voting::Group::Drawn)
        .count();
    assert_eq!(drawn, 120);
    assert!(people.iter().all(|p| p.name.is_some()));
    assert_eq!(store.votes(&day.id).await.expect("votes").len(), 1);
    assert!(matches!(
        load(&store, "x", 1_800_000_002).await,
        Err(DemoError::NotEmpty)
    ));
}
