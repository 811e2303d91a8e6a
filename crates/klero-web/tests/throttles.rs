//! Login throttling through the web: counted before the password is checked, so parallel
//! requests and a second process check no more than the limit; an attack from one address
//! leaves the other accounts there open; a browser that signed in before keeps its own
//! allowance (device cookie).

use crate::harness::{Client, TestApp};
use axum::http::StatusCode;
use klero_test_db::Kind;

const ORGANISER: &str = "organiser@demo.kleroterion.org";
const STAFF: &str = "staff@demo.kleroterion.org";
const PASSWORD: &str = crate::harness::PASSWORD;

/// Sends every client's wrong password for `email` at once; how many got 401 and 429.
async fn wrong_passwords_at_once(clients: Vec<Client>, email: &str) -> (usize, usize) {
    let handles: Vec<_> = clients
        .into_iter()
        .map(|mut client| {
            let email = email.to_owned();
            tokio::spawn(async move {
                client
                    .post("/login", &[("email", &email), ("password", "not it")])
                    .await
                    .status
            })
        })
        .collect();
    let (mut checked, mut refused) = (0, 0);
    for handle in handles {
        match handle.await.expect("request") {
            StatusCode::UNAUTHORIZED => checked += 1,
            StatusCode::TOO_MANY_REQUESTS => refused += 1,
            other => panic!("unexpected {other}"),
        }
    }
    (checked, refused)
}

async fn parallel_wrong_logins(kind: Kind, processes: usize) {
    let app = TestApp::new(kind).await;
    let mut states = vec![app.state.clone()];
    for _ in 1..processes {
        states.push(app.second_process().await);
    }
    let mut clients = Vec::new();
    for i in 0..60 {
        let mut client = app.client_of(&states[i % processes]);
        client.get("/login").await;
        clients.push(client);
    }
    let (checked, refused) = wrong_passwords_at_once(clients, ORGANISER).await;
    assert_eq!(
        (checked, refused),
        (5, 55),
        "at most the limit's worth of passwords is checked"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn login_throttling_60_parallel_wrong_passwords_get_5_times_401_on_sqlite() {
    parallel_wrong_logins(Kind::Sqlite, 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn login_throttling_60_parallel_wrong_passwords_get_5_times_401_across_two_processes_on_postgresql()
 {
    parallel_wrong_logins(Kind::Postgres, 2).await;
}

async fn attack_from_one_address(kind: Kind) {
    let app = TestApp::new(kind).await;
    // Every test client reaches the app from the same address, as behind one proxy.
    let mut staff_browser = app.signed_in(STAFF).await;
    assert!(staff_browser.has_cookie("klero_device"), "a device cookie");
    let mut attacker = app.client();
    attacker.get("/login").await;
    for _ in 0..30 {
        attacker
            .post("/login", &[("email", ORGANISER), ("password", "guess")])
            .await;
    }
    // Another account at the same address signs in, from a browser new to it.
    let mut colleague = app.client();
    colleague.get("/login").await;
    let reply = colleague
        .post("/login", &[("email", STAFF), ("password", PASSWORD)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);

    // The attacker now sprays the address's whole allowance over many accounts...
    for i in 0..50 {
        let email = format!("nobody{i}@example.be");
        attacker
            .post("/login", &[("email", &email), ("password", "guess")])
            .await;
    }
    // ...and locks the staff account for strangers.
    let mut stranger = app.client();
    stranger.get("/login").await;
    let reply = stranger
        .post("/login", &[("email", STAFF), ("password", PASSWORD)])
        .await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    // The browser that signed in before still gets in.
    staff_browser.get("/login").await;
    let reply = staff_browser
        .post("/login", &[("email", STAFF), ("password", PASSWORD)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
}

#[tokio::test]
async fn per_address_lockout_spares_other_accounts_and_known_browsers_on_sqlite() {
    attack_from_one_address(Kind::Sqlite).await;
}

#[tokio::test]
async fn per_address_lockout_spares_other_accounts_and_known_browsers_on_postgresql() {
    attack_from_one_address(Kind::Postgres).await;
}
