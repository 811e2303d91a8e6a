//! `klero serve`, `klero demo` and `klero invite-admin` as processes: settings from a file, and
//! two processes on one PostgreSQL database sharing sign-ins (as behind a load balancer).

use crate::common::klero;
use klero_test_db::TestDb;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `klero` server process, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .build()
        .into()
}

fn start(args: &[&str]) -> Server {
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let child = Command::new(env!("CARGO_BIN_EXE_klero"))
        .args(args)
        .args(["--listen", &listen])
        .env("KLERO_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server {
        child,
        base: format!("http://{listen}"),
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(response) = agent().get(format!("{}/healthz", server.base)).call()
            && response.status() == 200
        {
            return server;
        }
        assert!(Instant::now() < deadline, "{args:?} did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The `name=value` of a `Set-Cookie` named `name`.
fn cookie(response: &ureq::http::Response<ureq::Body>, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .find(|pair| pair.starts_with(&format!("{name}=")) && pair.len() > name.len() + 1)
}

#[test]
fn two_processes_on_one_postgres_database_share_sign_ins() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let db = runtime.block_on(TestDb::postgres());
    let mut first = start(&[
        "demo",
        "--password",
        "demo password 1",
        "--residents",
        "100",
        "--database-url",
        &db.url,
    ]);
    // The demonstration prints its accounts before it serves.
    let mut out = BufReader::new(first.child.stdout.take().unwrap());
    let mut printed = String::new();
    while !printed.contains("government respondent") {
        let mut line = String::new();
        assert!(out.read_line(&mut line).unwrap() > 0, "{printed}");
        printed.push_str(&line);
    }
    assert!(
        printed.contains("organiser@demo.kleroterion.org"),
        "{printed}"
    );
    let second = start(&["serve", "--database-url", &db.url]);

    let web = agent();
    let login_page = web.get(format!("{}/login", first.base)).call().unwrap();
    let csrf = cookie(&login_page, "klero_csrf").unwrap();
    let token = csrf.trim_start_matches("klero_csrf=").to_owned();
    let signed_in = web
        .post(format!("{}/login", first.base))
        .header("cookie", &csrf)
        .send_form([
            ("csrf", token.as_str()),
            ("email", "organiser@demo.kleroterion.org"),
            ("password", "demo password 1"),
            ("next", "/account"),
        ])
        .unwrap();
    assert_eq!(signed_in.status(), 303);
    let session = cookie(&signed_in, "klero_session").unwrap();

    // The other process knows the session.
    let mut account = web
        .get(format!("{}/account", second.base))
        .header("cookie", &session)
        .call()
        .unwrap();
    assert_eq!(account.status(), 200);
    let page = account.body_mut().read_to_string().unwrap();
    assert!(page.contains("Olivier Organisateur"), "{page}");
    let mut manage = web
        .get(format!("{}/a/brussels-climate/manage", second.base))
        .header("cookie", &session)
        .call()
        .unwrap();
    assert_eq!(manage.status(), 200);
    let page = manage.body_mut().read_to_string().unwrap();

    // Signing out through the second ends the session in the first too.
    let marker = "name=\"csrf\" value=\"";
    let start_at = page.find(marker).unwrap() + marker.len();
    let session_csrf = &page[start_at..start_at + 64];
    let out = web
        .post(format!("{}/logout", second.base))
        .header("cookie", &session)
        .send_form([("csrf", session_csrf)])
        .unwrap();
    assert_eq!(out.status(), 303);
    let again = web
        .get(format!("{}/account", first.base))
        .header("cookie", &session)
        .call()
        .unwrap();
    assert_eq!(again.status(), 303);
    drop(second);
    drop(first);
    drop(db);
}

#[test]
fn a_config_file_with_a_mistake_is_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("klero.toml"),
        "listen = \"127.0.0.1:0\"\nsession_hourz = 3\n",
    )
    .unwrap();
    let run = klero(dir.path(), &["serve", "--config", "klero.toml"]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("klero.toml")
            && run.stderr.contains("line 2")
            && run.stderr.contains("session_hourz"),
        "{}",
        run.all()
    );
}

#[test]
fn invite_admin_prints_a_one_time_link_for_the_first_account() {
    let dir = tempfile::tempdir().unwrap();
    let run = klero(
        dir.path(),
        &[
            "invite-admin",
            "--email",
            "first@example.be",
            "--database-url",
            "sqlite://platform.db",
            "--public-url",
            "https://assembly.example.be",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    let link = run.stdout.trim();
    let token = link
        .strip_prefix("https://assembly.example.be/invitation/")
        .unwrap_or_else(|| panic!("{link}"));
    assert!(
        token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit()),
        "{link}"
    );
    assert!(
        dir.path().join("platform.db").exists(),
        "the database is created and migrated"
    );
    let bad = klero(
        dir.path(),
        &[
            "invite-admin",
            "--email",
            "not an address",
            "--database-url",
            "sqlite://platform.db",
        ],
    );
    assert_eq!(bad.code, 2, "{}", bad.all());
    assert!(bad.stderr.contains("--email"), "{}", bad.all());
}
