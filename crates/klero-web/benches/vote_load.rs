//! Load benchmark for live plenary voting (issue 6): 1,000 participants cast their ballot on
//! their phones; all ballots must be in within 10 s with a p99 latency under 100 ms, and the
//! projector must show the final count within 1 s of the close.
//!
//! The load tool is this benchmark itself. It builds a summit in a temporary SQLite file
//! database (the demonstration, plus 1,000 participants checked in on panel 1 of
//! `brussels-climate`, each with a voting code, and an open "choose one" vote of 5 options),
//! starts the real server (`klero_web::serve`, tokio with 2 workers) on a loopback port, and
//! opens the projector's event stream as a browser would. Then 50 client threads (`ureq`,
//! HTTP/1.1 keep-alive, one connection each) send the 1,000 ballots as the phones' forms
//! would (`POST /a/brussels-climate/p/1/vote/1` with the phone's code and CSRF cookies), each
//! answered with a redirect, timing every request. The voters arrive evenly over 8 s (an open
//! load: a ballot is sent at its time whether or not the server has answered the others), so
//! all are in within the 10 s. Afterwards, for information, a second vote takes the same 1,000
//! ballots all at once, the worst a hall can do. The vote is then closed through the store
//! (what the organiser's "close" button calls), and the time until the projector's stream
//! carries the results with 1,000 ballots counted is measured.
//!
//! ```sh
//! cargo bench -p klero-web --bench vote_load
//! ```
//!
//! Clients, projector and server share the machine's cores.

use klero_domain::summit::participant::{ParticipantInput, VotingCode};
use klero_domain::summit::voting::{BallotKind, Eligibility, VoteSpec, VoteState};
use klero_store::{Actor, Store};
use klero_web::{AppState, Config};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Voters.
const VOTERS: usize = 1_000;
/// Client threads sending ballots.
const CLIENTS: usize = 50;
/// The requirements.
const TARGET_ALL_IN_S: f64 = 10.0;
const TARGET_P99_MS: f64 = 100.0;
const TARGET_PROJECTOR_S: f64 = 1.0;
/// The time over which the voters arrive in the main run: the ballots of a hall voting within
/// the 10 s, with room to spare.
const SPREAD: Duration = Duration::from_secs(8);

/// Voter `i`'s code: distinct for every `i`.
fn code(i: usize) -> VotingCode {
    let mut bytes = [0u8; 8];
    bytes[..8].copy_from_slice(&(i as u64 * 2_654_435_761 + 17).to_le_bytes());
    VotingCode::from_random(bytes)
}

/// Every voter's voting cookie, as `POST .../vote/code` would set it (filled once, before
/// the ballots are sent).
static VOTE_COOKIES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

/// Voter `i`'s voting cookie.
fn vote_cookie(i: usize) -> &'static str {
    VOTE_COOKIES.get().map_or("", |all| all[i].as_str())
}

/// Voter `i`'s CSRF token (the cookie and the form field carry the same one).
fn token(i: usize) -> String {
    format!("{:064x}", i as u128 * 0x9E37_79B9_7F4A_7C15 + 1)
}

fn agent(timeout: Option<Duration>) -> ureq::Agent {
    ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .max_idle_connections_per_host(1)
        .timeout_global(timeout)
        .build()
        .into()
}

/// The projector: reads the event stream, sending (when, data) of every update.
fn projector(url: String, updates: mpsc::Sender<(Instant, String)>) {
    let mut response = agent(None).get(&url).call().expect("event stream");
    let reader = BufReader::new(response.body_mut().as_reader());
    let mut data = String::new();
    for line in reader.lines() {
        let Ok(line) = line else { return };
        if let Some(rest) = line.strip_prefix("data:") {
            data.push_str(rest.trim_start());
            data.push('\n');
        } else if line.is_empty()
            && !data.is_empty()
            && updates
                .send((Instant::now(), std::mem::take(&mut data)))
                .is_err()
        {
            return;
        }
    }
}

fn percentile(sorted_us: &[u64], p: f64) -> f64 {
    if sorted_us.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted_us.len() as f64).ceil() as usize;
    sorted_us[rank.clamp(1, sorted_us.len()) - 1] as f64 / 1000.0
}

/// Sends every voter's ballot in vote `vote` from [`CLIENTS`] threads: spread evenly over
/// `spread` (voter i at i/VOTERS of it, as phones in a hall would), or all at once when `None`.
/// The latencies (µs, sorted), the errors, and the seconds until the last ballot was in.
fn send_all(base: &str, vote: u32, spread: Option<Duration>) -> (Vec<u64>, Vec<String>, f64) {
    let start = Instant::now();
    let handles: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let url = format!("{base}/vote/{vote}");
            std::thread::spawn(move || {
                let agent = agent(Some(Duration::from_secs(30)));
                let mut latencies = Vec::new();
                let mut errors = Vec::new();
                for i in (client..VOTERS).step_by(CLIENTS) {
                    if let Some(spread) = spread {
                        let due = start + spread.mul_f64(i as f64 / VOTERS as f64);
                        std::thread::sleep(due.saturating_duration_since(Instant::now()));
                    }
                    let csrf = token(i);
                    let body = format!("csrf={csrf}&choice={}", (i + vote as usize) % 5);
                    let cookies = format!("klero_csrf={csrf}; klero_vote={}", vote_cookie(i));
                    let sent = Instant::now();
                    let result = agent
                        .post(&url)
                        .header("Cookie", &cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .send(body.as_str());
                    let took = u64::try_from(sent.elapsed().as_micros()).unwrap_or(u64::MAX);
                    match result {
                        Ok(r) if r.status() == 303 => latencies.push(took),
                        Ok(r) => errors.push(format!("status {}", r.status())),
                        Err(e) => errors.push(e.to_string()),
                    }
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut errors = Vec::new();
    for handle in handles {
        let (l, e) = handle.join().expect("client");
        latencies.extend(l);
        errors.extend(e);
    }
    let elapsed = start.elapsed().as_secs_f64();
    latencies.sort_unstable();
    (latencies, errors, elapsed)
}

fn main() {
    let dir = std::env::temp_dir().join(format!("klero-vote-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let db: PathBuf = dir.join("bench.db");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let now = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs(),
    )
    .expect("clock");
    let setup = Instant::now();
    let (store, panel, listener) = runtime.block_on(async {
        let store = Store::connect(&format!("sqlite://{}", db.display()))
            .await
            .expect("store");
        klero_demo::load(&store, "bench password 1", now)
            .await
            .expect("demo");
        let assembly = store
            .assembly_by_slug(klero_demo::PERMANENT_SLUG)
            .await
            .expect("query")
            .expect("assembly");
        let panel = store
            .panel_by_number(&assembly.id, 1)
            .await
            .expect("query")
            .expect("panel 1");
        let people: Vec<ParticipantInput> = (0..VOTERS)
            .map(|i| {
                ParticipantInput::new(
                    &format!("p{i:04}"),
                    &format!("Participant {i}"),
                    "drawn",
                    ["nl", "fr"][i % 2],
                    "",
                    vec![("gender".to_owned(), ["F", "M"][i % 2].to_owned())],
                )
                .expect("participant")
            })
            .collect();
        let who = Actor::System;
        store
            .import_participants(&panel, &people, &who, now)
            .await
            .expect("import");
        for p in store.participants(&panel.id).await.expect("list") {
            let i: usize = p.key[1..].parse().expect("key");
            store
                .check_in(&panel, &p.id, &code(i), &who, now)
                .await
                .expect("check-in");
        }
        let spec = VoteSpec::new(
            "Which measure comes first?",
            [
                "Insulate schools",
                "Free buses",
                "More trees",
                "Car-free Sundays",
                "Solar roofs",
            ],
            BallotKind::ChooseOne,
            Eligibility::DrawnOnly,
        )
        .expect("vote");
        let number = store
            .create_vote(&panel, &spec, &who, now)
            .await
            .expect("vote");
        store
            .set_vote_state(&panel, number, VoteState::Open, &who, now)
            .await
            .expect("open");
        let mut cookies = Vec::with_capacity(VOTERS);
        for i in 0..VOTERS {
            let value = klero_web::voting_cookie(&store, &panel.id, &code(i))
                .await
                .expect("voting cookie");
            cookies.push(value);
        }
        VOTE_COOKIES.set(cookies).expect("set once");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("listen");
        (store, panel, listener)
    });
    let address = listener.local_addr().expect("address");
    let config = Config {
        listen: address.to_string(),
        database_url: format!("sqlite://{}", db.display()),
        public_url: format!("http://{address}"),
        ..Config::default()
    };
    runtime.spawn(klero_web::serve(
        listener,
        AppState::new(store.clone(), config),
    ));
    println!(
        "vote_load: SQLite file {}, {VOTERS} participants checked in and a vote opened in {:.1} s; server on {address} (tokio, 2 workers); {CLIENTS} ureq clients, HTTP/1.1 keep-alive",
        db.display(),
        setup.elapsed().as_secs_f64()
    );
    let base = format!("http://{address}/a/{}/p/1", klero_demo::PERMANENT_SLUG);

    let (updates, seen) = mpsc::channel();
    let stream = format!("{base}/votes/1/events");
    std::thread::spawn(move || projector(stream, updates));
    seen.recv_timeout(Duration::from_secs(10))
        .expect("the projector's first update");

    let (latencies, errors, all_in) = send_all(&base, 1, Some(SPREAD));
    let p99 = percentile(&latencies, 99.0);
    while seen.try_recv().is_ok() {}
    let closed_at = Instant::now();
    runtime
        .block_on(store.set_vote_state(&panel, 1, VoteState::Closed, &Actor::System, now))
        .expect("close");
    let marker = format!("{VOTERS} ballots counted");
    let shown = loop {
        match seen.recv_timeout(Duration::from_secs(10)) {
            Ok((at, data)) if data.contains(&marker) => break Some(at.duration_since(closed_at)),
            Ok(_) => continue,
            Err(_) => break None,
        }
    };
    let results = runtime
        .block_on(store.vote(&panel.id, 1))
        .expect("vote")
        .and_then(|v| v.results)
        .expect("results");

    println!(
        "POST /a/brussels-climate/p/1/vote/1: {VOTERS} voters arriving evenly over {} s, {CLIENTS} clients",
        SPREAD.as_secs()
    );
    println!(
        "  ballots {} ok, {} errors{}",
        latencies.len(),
        errors.len(),
        errors
            .first()
            .map(|e| format!(" (first: {e})"))
            .unwrap_or_default()
    );
    println!(
        "  all in after {all_in:.2} s ({:.0} ballots/s)",
        latencies.len() as f64 / all_in
    );
    println!(
        "  latency ms: p50 {:.1}  p90 {:.1}  p99 {p99:.1}  max {:.1}",
        percentile(&latencies, 50.0),
        percentile(&latencies, 90.0),
        percentile(&latencies, 100.0)
    );
    println!("  counted at closing: {}", results.turnout().counted);
    let shown_s = shown.map(|d| d.as_secs_f64());
    match shown_s {
        Some(s) => println!(
            "  projector shows the final count {:.0} ms after the close",
            s * 1000.0
        ),
        None => println!("  projector did not show the final count within 10 s"),
    }
    let checks = [
        (
            "all ballots in",
            all_in < TARGET_ALL_IN_S,
            format!("{all_in:.2} s < {TARGET_ALL_IN_S} s"),
        ),
        (
            "p99 latency",
            p99 < TARGET_P99_MS,
            format!("{p99:.1} ms < {TARGET_P99_MS} ms"),
        ),
        (
            "projector after close",
            shown_s.is_some_and(|s| s < TARGET_PROJECTOR_S),
            format!(
                "{:.0} ms < {:.0} ms",
                shown_s.unwrap_or(f64::NAN) * 1000.0,
                TARGET_PROJECTOR_S * 1000.0
            ),
        ),
        (
            "every ballot counted",
            results.turnout().counted == VOTERS as u64,
            format!("{} of {VOTERS}", results.turnout().counted),
        ),
    ];
    for (name, pass, detail) in &checks {
        println!("  {} {name}: {detail}", if *pass { "PASS" } else { "FAIL" });
    }

    // For information: the same 1,000 ballots sent all at once (each client thread sends its
    // next ballot as soon as the last is answered), the worst a hall can do.
    runtime
        .block_on(async {
            let spec = VoteSpec::new(
                "And then?",
                ["A", "B", "C", "D", "E"],
                BallotKind::ChooseOne,
                Eligibility::DrawnOnly,
            )
            .expect("vote");
            let number = store
                .create_vote(&panel, &spec, &Actor::System, now)
                .await?;
            store
                .set_vote_state(&panel, number, VoteState::Open, &Actor::System, now)
                .await
        })
        .expect("second vote");
    let (burst, burst_errors, burst_in) = send_all(&base, 2, None);
    println!(
        "Burst: the same {VOTERS} ballots at once from {CLIENTS} clients (information, no target)"
    );
    println!(
        "  {} ok, {} errors, all in after {burst_in:.2} s ({:.0} ballots/s); latency ms: p50 {:.1}  p99 {:.1}  max {:.1}",
        burst.len(),
        burst_errors.len(),
        burst.len() as f64 / burst_in,
        percentile(&burst, 50.0),
        percentile(&burst, 99.0),
        percentile(&burst, 100.0)
    );
    runtime.shutdown_timeout(Duration::from_secs(1));
    let _ = std::fs::remove_dir_all(&dir);
    if !errors.is_empty() || !burst_errors.is_empty() {
        std::process::exit(1);
    }
}
