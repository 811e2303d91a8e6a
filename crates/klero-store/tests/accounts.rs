//! Accounts, login with throttling, sessions.

use crate::{NOW, email, on_both, person};
use klero_store::{LoginOutcome, SessionLookup, Store};

on_both! {
    fn a_login_succeeds_with_the_right_password_only(store) {
        let anne = person(&store, "anne@example.be", "Anne").await;
        let ok = store.login(" ANNE@example.be ", "correct horse battery", "10.0.0.1", NOW).await.expect("login");
        assert_eq!(ok, LoginOutcome::Success(anne));
        let wrong = store.login("anne@example.be", "wrong horse", "10.0.0.1", NOW).await.expect("login");
        assert_eq!(wrong, LoginOutcome::WrongCredentials);
        let nobody = store.login("nobody@example.be", "correct horse battery", "10.0.0.1", NOW).await.expect("login");
        assert_eq!(nobody, LoginOutcome::WrongCredentials);
    }

    fn repeated_failures_throttle_the_account_then_expire(store) {
        person(&store, "bert@example.be", "Bert").await;
        for i in 0..5 {
            let outcome = store.login("bert@example.be", "guess", &format!("10.0.0.{i}"), NOW + i).await.expect("login");
            assert_eq!(outcome, LoginOutcome::WrongCredentials);
        }
        // Even the right password is refused while throttled.
        let throttled = store.login("bert@example.be", "correct horse battery", "10.0.0.9", NOW + 10).await.expect("login");
        assert!(matches!(throttled, LoginOutcome::Throttled { retry_after } if retry_after > 800 && retry_after <= 900), "{throttled:?}");
        let later = store.login("bert@example.be", "correct horse battery", "10.0.0.9", NOW + 901).await.expect("login");
        assert!(matches!(later, LoginOutcome::Success(_)), "{later:?}");
    }

    fn sessions_are_found_expire_and_end(store) {
        let anne = person(&store, "anne@example.be", "Anne").await;
        let (token, session) = store.create_session(&anne, NOW, 3600).await.expect("session");
        assert_eq!(session.account, anne);
        match store.session(&token, NOW + 10).await.expect("lookup") {
            SessionLookup::Valid(found) => assert_eq!(found.csrf_token, session.csrf_token),
            other => panic!("expected a valid session, got {other:?}"),
        }
        assert_eq!(store.session(&token, NOW + 3600).await.expect("lookup"), SessionLookup::Expired);
        assert_eq!(store.session("not-a-token", NOW).await.expect("lookup"), SessionLookup::Unknown);
        store.end_session(&token).await.expect("end");
        assert_eq!(store.session(&token, NOW + 10).await.expect("lookup"), SessionLookup::Unknown);
    }

    fn an_address_has_one_account(store) {
        person(&store, "anne@example.be", "Anne").await;
        let again = store.create_account(&email("anne@example.be"), "Other", "another password", false, NOW).await;
        assert!(again.is_err());
    }
}

#[tokio::test]
async fn unsupported_urls_are_refused_without_showing_the_password() {
    let error = Store::connect("mysql://user:secret@host/db")
        .await
        .expect_err("unsupported");
    let message = error.to_string();
    assert!(message.contains("sqlite://FILE"), "{message}");
    assert!(!message.contains("secret"), "{message}");
}

#[tokio::test]
async fn a_sqlite_file_is_created_and_migrated_on_first_start() {
    let dir = std::env::temp_dir().join(format!("klero-store-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("new.db");
    let _ = std::fs::remove_file(&path);
    let url = format!("sqlite://{}", path.display());
    let store = Store::connect(&url).await.expect("created");
    person(&store, "anne@example.be", "Anne").await;
    store.close().await;
    // A second start finds the schema in place and the data kept.
    let again = Store::connect(&url).await.expect("reopened");
    assert!(
        again
            .account_by_email(&email("anne@example.be"))
            .await
            .expect("query")
            .is_some()
    );
    again.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}
