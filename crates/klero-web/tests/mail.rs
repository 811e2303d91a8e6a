//! Reminders: queued once per person and deadline, shown on the outbox page, and sent through a
//! real SMTP conversation (with a minimal SMTP server in the test).

use crate::harness::TestApp;
use klero_test_db::Kind;
use klero_web::{Config, mail};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// A minimal SMTP server: accepts every message and keeps the DATA of each.
async fn smtp_server() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 test ESMTP\r\n").await;
                let (mut in_data, mut data) = (false, String::new());
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            store.lock().expect("lock").push(std::mem::take(&mut data));
                            let _ = write.write_all(b"250 queued\r\n").await;
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 test\r\n",
                        "DATA" => {
                            in_data = true;
                            b"354 go on\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    (port, received)
}

async fn reminders_are_queued_once_and_sent(kind: Kind) {
    let (port, received) = smtp_server().await;
    let config = Config {
        smtp_url: Some(format!("smtp://127.0.0.1:{port}")),
        mail_from: "Kleroterion <noreply@example.org>".into(),
        ..Config::default()
    };
    let app = TestApp::with_config(kind, config).await;
    // The demonstration's earlier panel: its 3-month round is past due and unpublished... but
    // round 1 was published; round 2 is due in 8 months. Move time to 10 days before it.
    let queued = mail::queue_reminders(&app.state).await.expect("queue");
    assert_eq!(queued, 0, "nothing due yet");
    app.advance(235 * 86_400);
    let queued = mail::queue_reminders(&app.state).await.expect("queue");
    assert_eq!(queued, 1, "the government is told before the due date");
    assert_eq!(
        mail::queue_reminders(&app.state).await.expect("again"),
        0,
        "once only"
    );
    app.advance(30 * 86_400);
    let queued = mail::queue_reminders(&app.state).await.expect("queue");
    assert_eq!(
        queued, 2,
        "organiser and commission are told once it is overdue"
    );
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let outbox = organiser.get("/a/brussels-climate/outbox").await.body;
    assert!(
        outbox.contains("government@demo.kleroterion.org"),
        "{outbox}"
    );
    assert!(outbox.contains("is overdue"));
    assert!(outbox.contains("waiting"));
    let sent = mail::send_pending(&app.state).await.expect("send");
    assert_eq!(sent, 3);
    let messages = received.lock().expect("lock").clone();
    assert_eq!(messages.len(), 3);
    assert!(
        messages
            .iter()
            .any(|m| m.contains("commission@demo.kleroterion.org"))
    );
    let outbox = organiser.get("/a/brussels-climate/outbox").await.body;
    assert!(!outbox.contains("waiting"), "all sent");
}

#[tokio::test]
async fn reminders_on_sqlite() {
    reminders_are_queued_once_and_sent(Kind::Sqlite).await;
}

#[tokio::test]
async fn reminders_on_postgres() {
    reminders_are_queued_once_and_sent(Kind::Postgres).await;
}
