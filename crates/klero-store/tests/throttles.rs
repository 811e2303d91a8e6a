//! Guessing limits in the database: counted before the secret is checked, in one statement,
//! so that they hold for concurrent attempts and across processes sharing the database; the
//! login policy (per account, per client address, device cookies); signatures.

use crate::{NOW, on_both, person};
use klero_store::{Attempt, Limit, LoginAttempt, LoginOutcome, LoginPolicy, Store};
use klero_test_db::TestDb;

const WRONG: &str = "wrong horse";
const RIGHT: &str = "correct horse battery";

/// Fires `n` wrong passwords for `email` at once, spread over `stores` (each a process of its
/// own), each from its own client address; how many were checked (401) and how many refused.
async fn wrong_logins_at_once(stores: &[Store], email: &str, n: usize) -> (usize, usize) {
    let handles: Vec<_> = (0..n)
        .map(|i| {
            let store = stores[i % stores.len()].clone();
            let email = email.to_owned();
            tokio::spawn(async move {
                store
                    .login(&email, WRONG, &format!("10.1.{}.{}", i / 250, i % 250), NOW)
                    .await
                    .expect("login")
            })
        })
        .collect();
    let (mut checked, mut refused) = (0, 0);
    for handle in handles {
        match handle.await.expect("task") {
            LoginOutcome::WrongCredentials => checked += 1,
            LoginOutcome::Throttled { .. } => refused += 1,
            LoginOutcome::Success(_) => panic!("a wrong password signed in"),
        }
    }
    (checked, refused)
}

fn stranger<'a>(email: &'a str, password: &'a str, client: &'a str) -> LoginAttempt<'a> {
    LoginAttempt {
        email,
        password,
        client,
        device: None,
    }
}

on_both! {
    fn attempts_are_counted_in_one_statement_and_capped_under_concurrency(store) {
        let limit = Limit { max: 10, window: 60 };
        let handles: Vec<_> = (0..100)
            .map(|_| {
                let store = store.clone();
                tokio::spawn(async move { store.count_attempt("k", limit, NOW).await.expect("count") })
            })
            .collect();
        let mut allowed = 0;
        for handle in handles {
            if handle.await.expect("task") == Attempt::Allowed {
                allowed += 1;
            }
        }
        assert_eq!(allowed, 10);
        let refused = store.count_attempt("k", limit, NOW + 30).await.expect("count");
        assert_eq!(refused, Attempt::Refused { retry_after: 30 });
        assert_eq!(store.count_attempt("other", limit, NOW + 30).await.expect("count"), Attempt::Allowed);
        // The window ends 60 s after its first attempt, whatever came later.
        assert_eq!(store.count_attempt("k", limit, NOW + 60).await.expect("count"), Attempt::Allowed);
    }

    fn a_taken_back_attempt_does_not_count(store) {
        let limit = Limit { max: 2, window: 60 };
        for _ in 0..5 {
            assert_eq!(store.count_attempt("k", limit, NOW).await.expect("count"), Attempt::Allowed);
            store.take_back_attempt("k", NOW).await.expect("take back");
        }
        // Several keys at once: a refusal by the second takes the first's attempt back.
        let tight = Limit { max: 0, window: 60 };
        let refused = store.count_attempts(&[("a", limit), ("b", tight)], NOW).await.expect("count");
        assert!(matches!(refused, Attempt::Refused { .. }));
        for _ in 0..2 {
            assert_eq!(store.count_attempt("a", limit, NOW).await.expect("count"), Attempt::Allowed);
        }
        assert!(matches!(store.count_attempt("a", limit, NOW).await.expect("count"), Attempt::Refused { .. }));
    }

    fn login_throttling_parallel_wrong_passwords_are_capped_at_the_limit(store) {
        person(&store, "anne@example.be", "Anne").await;
        let (checked, refused) = wrong_logins_at_once(std::slice::from_ref(&store), "anne@example.be", 60).await;
        assert_eq!((checked, refused), (5, 55), "only the limit's worth of passwords is checked");
        let locked = store.login("anne@example.be", RIGHT, "10.9.9.9", NOW + 1).await.expect("login");
        assert!(matches!(locked, LoginOutcome::Throttled { retry_after } if retry_after > 800 && retry_after <= 900), "{locked:?}");
    }

    fn per_address_lockout_an_attack_from_one_address_leaves_other_accounts_there_open(store) {
        person(&store, "anne@example.be", "Anne").await;
        let bert = person(&store, "bert@example.be", "Bert").await;
        for _ in 0..30 {
            store.login("anne@example.be", WRONG, "192.0.2.1", NOW).await.expect("login");
        }
        let ok = store.login("bert@example.be", RIGHT, "192.0.2.1", NOW + 1).await.expect("login");
        assert_eq!(ok, LoginOutcome::Success(bert));
    }

    fn per_address_lockout_spares_browsers_with_a_device_cookie(store) {
        let policy = LoginPolicy {
            per_client: Limit { max: 3, window: 900 },
            ..LoginPolicy::default()
        };
        let anne = person(&store, "anne@example.be", "Anne").await;
        let bert = person(&store, "bert@example.be", "Bert").await;
        let annes_device = store.device_token(&anne).await.expect("device");
        let berts_device = store.device_token(&bert).await.expect("device");
        // An attacker behind the organisation's proxy sprays wrong passwords, then hammers Anne.
        for who in ["x@example.be", "y@example.be", "z@example.be"] {
            let outcome = store.login_with(&stranger(who, WRONG, "proxy"), &policy, NOW).await.expect("login");
            assert_eq!(outcome, LoginOutcome::WrongCredentials);
        }
        for i in 0..10 {
            let client = format!("elsewhere {i}");
            store.login_with(&stranger("anne@example.be", WRONG, &client), &policy, NOW).await.expect("login");
        }
        // Strangers behind the proxy are refused, and so is anyone for Anne's account...
        let bert_elsewhere = store.login_with(&stranger("bert@example.be", RIGHT, "proxy"), &policy, NOW + 1).await.expect("login");
        assert!(matches!(bert_elsewhere, LoginOutcome::Throttled { .. }), "{bert_elsewhere:?}");
        let anne_new = store.login_with(&stranger("anne@example.be", RIGHT, "home"), &policy, NOW + 1).await.expect("login");
        assert!(matches!(anne_new, LoginOutcome::Throttled { .. }), "{anne_new:?}");
        // ...but browsers that signed in to their account before still get in.
        let with_device = |email, device| LoginAttempt { email, password: RIGHT, client: "proxy", device: Some(device) };
        let ok = store.login_with(&with_device("bert@example.be", &berts_device), &policy, NOW + 2).await.expect("login");
        assert_eq!(ok, LoginOutcome::Success(bert));
        let ok = store.login_with(&with_device("anne@example.be", &annes_device), &policy, NOW + 2).await.expect("login");
        assert_eq!(ok, LoginOutcome::Success(anne));
        // A device cookie counts for its own account only, and a forged one for none.
        let borrowed = store.login_with(&with_device("anne@example.be", &berts_device), &policy, NOW + 3).await.expect("login");
        assert!(matches!(borrowed, LoginOutcome::Throttled { .. }), "{borrowed:?}");
        let forged = format!("{}.{}", "0".repeat(32), "0".repeat(64));
        let forged = store.login_with(&with_device("anne@example.be", &forged), &policy, NOW + 3).await.expect("login");
        assert!(matches!(forged, LoginOutcome::Throttled { .. }), "{forged:?}");
        // A device cookie has a limit of its own.
        for _ in 0..10 {
            let attempt = LoginAttempt { password: WRONG, ..with_device("bert@example.be", &berts_device) };
            assert_eq!(store.login_with(&attempt, &policy, NOW + 4).await.expect("login"), LoginOutcome::WrongCredentials);
        }
        let spent = store.login_with(&with_device("bert@example.be", &berts_device), &policy, NOW + 5).await.expect("login");
        assert!(matches!(spent, LoginOutcome::Throttled { .. }), "{spent:?}");
    }

    fn signatures_verify_and_forgeries_do_not(store) {
        let signature = store.sign("purpose", "message").await.expect("sign");
        assert!(store.verify_signature("purpose", "message", &signature).await.expect("verify"));
        assert!(!store.verify_signature("purpose", "other message", &signature).await.expect("verify"));
        assert!(!store.verify_signature("other purpose", "message", &signature).await.expect("verify"));
        assert!(!store.verify_signature("purpose", "message", "not hex").await.expect("verify"));
        assert!(!store.verify_signature("purpose", "message", &"0".repeat(64)).await.expect("verify"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn login_throttling_holds_across_two_processes_on_postgresql() {
    let db = TestDb::postgres().await;
    let first = Store::connect(&db.url).await.expect("first process");
    let second = Store::connect(&db.url).await.expect("second process");
    person(&first, "anne@example.be", "Anne").await;
    let stores = [first.clone(), second.clone()];
    let (checked, refused) = wrong_logins_at_once(&stores, "anne@example.be", 200).await;
    assert_eq!(
        (checked, refused),
        (5, 195),
        "two processes check no more than the limit"
    );
    // Both processes sign alike: one key, made once, kept in the database.
    let signature = first.sign("purpose", "message").await.expect("sign");
    assert!(
        second
            .verify_signature("purpose", "message", &signature)
            .await
            .expect("verify")
    );
    first.close().await;
    second.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn login_throttling_holds_across_two_processes_on_one_sqlite_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("shared.db").display());
    let first = Store::connect(&url).await.expect("first process");
    let second = Store::connect(&url).await.expect("second process");
    person(&first, "anne@example.be", "Anne").await;
    let stores = [first.clone(), second.clone()];
    let (checked, refused) = wrong_logins_at_once(&stores, "anne@example.be", 60).await;
    assert_eq!((checked, refused), (5, 55));
    first.close().await;
    second.close().await;
}
