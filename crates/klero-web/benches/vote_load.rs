//! Load benchmark for live plenary voting (issues 6 and 25): 1,000 participants cast their
//! ballot on their phones.
//!
//! Targets: 1,000 ballots arriving within one second are all stored, counted exactly, with a
//! p99 latency under 1 s, on SQLite and on PostgreSQL with one and with two server processes on
//! one database (issue 25); voters arriving evenly over 8 s have a p99 under 100 ms and the
//! projector shows the final count within 1 s of the close (issue 6).
//!
//! The load tool is this benchmark itself. For each configuration it builds a summit in a fresh
//! database (a temporary SQLite file, or a new database on the PostgreSQL server of
//! `KLERO_TEST_POSTGRES_URL`, default `postgres://postgres@127.0.0.1:5432/test`, dropped
//! afterwards): the demonstration, plus 1,000 participants checked in on panel 1 of
//! `brussels-climate`, each with a voting code, and three open "choose one" votes of 5 options.
//! It starts the real server (`klero_web::serve`) once or twice: each "process" is its own tokio
//! runtime with 2 workers and its own `Store` (own pool, caches and ballot queue) on the same
//! database, which is what two `klero serve` processes share; ballots alternate between them.
//! It opens the projector's event stream as a browser would, then:
//!
//! 1. vote 1: the 1,000 ballots arrive within one second (voter i at i ms, an open load: each
//!    is sent at its time whether or not the others are answered, from 250 client threads with
//!    a keep-alive connection each); a ballot's latency runs from its scheduled arrival to the
//!    answer, so a late sender counts against the server, not in its favour;
//! 2. vote 2: the same voters arrive evenly over 8 s, from 50 client threads;
//! 3. vote 3: the 1,000 ballots from 50 threads in a closed loop, each sent as soon as the
//!    thread's last was answered (information, no target).
//!
//! Each ballot is `POST /a/brussels-climate/p/1/vote/N` with the phone's code and CSRF cookies,
//! answered with a redirect. After each run the vote is closed through the store (what the
//! organiser's "close" button calls) and its count is checked option by option against the
//! ballots sent; for vote 1 the time until the projector's stream shows the final count is
//! measured. Every figure is printed with the machine's load average.
//!
//! ```sh
//! cargo bench -p klero-web --bench vote_load
//! cargo bench -p klero-web --bench vote_load -- --config postgres2   # sqlite, postgres, postgres2, all
//! ```
//!
//! Clients, projector, servers and PostgreSQL share the machine's cores.

#[expect(
    dead_code,
    reason = "the vote bench chooses configurations, not databases"
)]
mod common;

use common::{Db, load_average, percentile};
use klero_domain::assembly::Panel;
use klero_domain::summit::participant::{ParticipantInput, VotingCode};
use klero_domain::summit::voting::{BallotKind, Eligibility, Figures, VoteSpec, VoteState};
use klero_store::{Actor, Store};
use klero_web::{AppState, Config};
use std::io::{BufRead, BufReader};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Voters.
const VOTERS: usize = 1_000;
/// Client threads for the one-second and the closed-loop runs.
const CLIENTS_SECOND: usize = 250;
/// Client threads for the eight-second run (issue 6).
const CLIENTS_SPREAD: usize = 50;
/// The requirements.
const TARGET_SECOND_P99_MS: f64 = 1_000.0;
const TARGET_ALL_IN_S: f64 = 10.0;
const TARGET_P99_MS: f64 = 100.0;
const TARGET_PROJECTOR_S: f64 = 1.0;
/// The options of every vote.
const OPTIONS: usize = 5;
/// The time over which the voters arrive in the eight-second run: the ballots of a hall voting
/// within the 10 s, with room to spare.
const SPREAD: Duration = Duration::from_secs(8);

/// Voter `i`'s code: distinct for every `i`.
fn code(i: usize) -> VotingCode {
    let mut bytes = [0u8; 8];
    bytes[..8].copy_from_slice(&(i as u64 * 2_654_435_761 + 17).to_le_bytes());
    VotingCode::from_random(bytes)
}

/// Every voter's voting cookie for the current run, as `POST .../vote/code` would set it
/// (made before the ballots are sent; each run's database signs with its own key).
static VOTE_COOKIES: std::sync::RwLock<Vec<String>> = std::sync::RwLock::new(Vec::new());

/// Voter `i`'s voting cookie.
fn vote_cookie(i: usize) -> String {
    let all = VOTE_COOKIES.read().unwrap_or_else(|e| e.into_inner());
    all.get(i).cloned().unwrap_or_default()
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

/// When the ballots are sent.
#[derive(Clone, Copy)]
enum Arrival {
    /// Voter i at i/VOTERS of the duration after the start (an open load).
    Spread(Duration),
    /// Each client thread sends its next ballot as soon as its last was answered.
    ClosedLoop,
}

/// What one run measured.
struct Sent {
    /// Latencies in µs, sorted: from the scheduled arrival (open load) or from the send.
    latencies: Vec<u64>,
    errors: Vec<String>,
    /// Seconds from the start until the last answer.
    all_in: f64,
}

/// The choice voter `i` makes in vote `vote`.
fn choice(i: usize, vote: u32) -> usize {
    (i + vote as usize) % OPTIONS
}

/// Sends every voter's ballot in vote `vote` from `clients` threads, voter i to server
/// `i % bases.len()`.
fn send_all(bases: &[String], vote: u32, arrival: Arrival, clients: usize) -> Sent {
    let start = Instant::now();
    let handles: Vec<_> = (0..clients)
        .map(|client| {
            let urls: Vec<String> = bases.iter().map(|b| format!("{b}/vote/{vote}")).collect();
            std::thread::spawn(move || {
                let agent = agent(Some(Duration::from_secs(30)));
                let mut latencies = Vec::new();
                let mut errors = Vec::new();
                // Bounded: at most VOTERS / clients ballots per thread, each within 30 s.
                for i in (client..VOTERS).step_by(clients) {
                    let due = match arrival {
                        Arrival::Spread(over) => {
                            let due = start + over.mul_f64(i as f64 / VOTERS as f64);
                            std::thread::sleep(due.saturating_duration_since(Instant::now()));
                            due
                        }
                        Arrival::ClosedLoop => Instant::now(),
                    };
                    let csrf = token(i);
                    let body = format!("csrf={csrf}&choice={}", choice(i, vote));
                    let cookies = format!("klero_csrf={csrf}; klero_vote={}", vote_cookie(i));
                    let result = agent
                        .post(&urls[i % urls.len()])
                        .header("Cookie", &cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .send(body.as_str());
                    let took = u64::try_from(due.elapsed().as_micros()).unwrap_or(u64::MAX);
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
    let mut sent = Sent {
        latencies: Vec::new(),
        errors: Vec::new(),
        all_in: 0.0,
    };
    for handle in handles {
        let (l, e) = handle.join().expect("client");
        sent.latencies.extend(l);
        sent.errors.extend(e);
    }
    sent.all_in = start.elapsed().as_secs_f64();
    sent.latencies.sort_unstable();
    sent
}

/// Prints a run's figures; returns its p99 in milliseconds.
fn report(title: &str, sent: &Sent) -> f64 {
    let p99 = percentile(&sent.latencies, 99.0);
    println!("{title}");
    println!(
        "  ballots {} ok, {} errors{}; all in after {:.2} s",
        sent.latencies.len(),
        sent.errors.len(),
        sent.errors
            .first()
            .map(|e| format!(" (first: {e})"))
            .unwrap_or_default(),
        sent.all_in
    );
    println!(
        "  latency ms: p50 {:.1}  p90 {:.1}  p99 {p99:.1}  max {:.1}  (load average {})",
        percentile(&sent.latencies, 50.0),
        percentile(&sent.latencies, 90.0),
        percentile(&sent.latencies, 100.0),
        load_average()
    );
    p99
}

/// Closes vote `number` and checks its count option by option against the ballots sent.
fn close_and_check(
    runtime: &tokio::runtime::Runtime,
    store: &Store,
    panel: &Panel,
    number: u32,
    now: i64,
) -> (bool, String) {
    runtime
        .block_on(store.set_vote_state(panel, number, VoteState::Closed, &Actor::System, now))
        .expect("close");
    let results = runtime
        .block_on(store.vote(&panel.id, number))
        .expect("vote")
        .and_then(|v| v.results)
        .expect("results");
    let mut expected = vec![0u64; OPTIONS];
    for i in 0..VOTERS {
        expected[choice(i, number)] += 1;
    }
    let counted = match results.figures() {
        Figures::Choice { votes } => votes.clone(),
        other => panic!("a choose-one vote counted as {other:?}"),
    };
    let exact = counted == expected && results.turnout().counted == VOTERS as u64;
    (
        exact,
        format!(
            "{} of {VOTERS} counted, per option {counted:?} (sent {expected:?})",
            results.turnout().counted
        ),
    )
}

/// A configuration: a database and how many server processes share it.
#[derive(Clone, Copy)]
struct Setup {
    db: Db,
    processes: usize,
}

impl Setup {
    fn name(self) -> String {
        match self.processes {
            1 => format!("{}, one process", self.db.name()),
            n => format!("{}, {n} processes", self.db.name()),
        }
    }
}

/// `--config sqlite|postgres|postgres2|all` (or `KLERO_BENCH_CONFIG`), all by default.
fn setups() -> Vec<Setup> {
    let all = [
        Setup {
            db: Db::Sqlite,
            processes: 1,
        },
        Setup {
            db: Db::Postgres,
            processes: 1,
        },
        Setup {
            db: Db::Postgres,
            processes: 2,
        },
    ];
    match common::option("--config", "KLERO_BENCH_CONFIG").as_deref() {
        None | Some("all") => all.to_vec(),
        Some("sqlite") => vec![all[0]],
        Some("postgres") => vec![all[1]],
        Some("postgres2") => vec![all[2]],
        Some(other) => panic!("--config takes sqlite, postgres, postgres2 or all, not {other:?}"),
    }
}

/// The demonstration plus 1,000 checked-in participants on panel 1 and three open votes.
async fn build_summit(store: &Store, now: i64) -> Panel {
    klero_demo::load(store, "bench password 1", now)
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
    for question in [
        "Which measure comes first?",
        "And if the budget is halved?",
        "And in ten years?",
    ] {
        let spec = VoteSpec::new(
            question,
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
    }
    let mut cookies = Vec::with_capacity(VOTERS);
    for i in 0..VOTERS {
        let value = klero_web::voting_cookie(store, &panel.id, &code(i))
            .await
            .expect("voting cookie");
        cookies.push(value);
    }
    *VOTE_COOKIES.write().unwrap_or_else(|e| e.into_inner()) = cookies;
    panel
}

/// Runs the three runs on one configuration; returns (no request failed, every target met).
fn run(setup: Setup) -> (bool, bool) {
    let runtimes: Vec<tokio::runtime::Runtime> = (0..setup.processes)
        .map(|_| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime")
        })
        .collect();
    let fresh = common::fresh(setup.db, "vote-bench", &runtimes[0]);
    let now = common::unix_now();
    let started = Instant::now();
    let mut stores = Vec::new();
    let mut bases = Vec::new();
    let mut panel = None;
    for (k, runtime) in runtimes.iter().enumerate() {
        let (store, listener) = runtime.block_on(async {
            let store = Store::connect(&fresh.url).await.expect("store");
            if k == 0 {
                panel = Some(build_summit(&store, now).await);
            }
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("listen");
            (store, listener)
        });
        let address = listener.local_addr().expect("address");
        let config = Config {
            listen: address.to_string(),
            database_url: fresh.url.clone(),
            public_url: format!("http://{address}"),
            ..Config::default()
        };
        runtime.spawn(klero_web::serve(
            listener,
            AppState::new(store.clone(), config),
        ));
        stores.push(store);
        bases.push(format!(
            "http://{address}/a/{}/p/1",
            klero_demo::PERMANENT_SLUG
        ));
    }
    let panel = panel.expect("the summit");
    let store = &stores[0];
    println!(
        "vote_load, {}: {}; {VOTERS} participants checked in and 3 votes opened in {:.1} s; {} server(s) on loopback (tokio, 2 workers each)",
        setup.name(),
        fresh.shown,
        started.elapsed().as_secs_f64(),
        setup.processes
    );

    let (updates, seen) = mpsc::channel();
    let stream = format!("{}/votes/1/events", bases[0]);
    std::thread::spawn(move || projector(stream, updates));
    seen.recv_timeout(Duration::from_secs(10))
        .expect("the projector's first update");

    let mut checks: Vec<(&str, bool, String)> = Vec::new();
    // 1. Within one second.
    let second = send_all(
        &bases,
        1,
        Arrival::Spread(Duration::from_secs(1)),
        CLIENTS_SECOND,
    );
    let p99 = report(
        &format!(
            "{}: vote 1, {VOTERS} ballots arriving within 1 s from {CLIENTS_SECOND} clients",
            setup.name()
        ),
        &second,
    );
    while seen.try_recv().is_ok() {}
    let closed_at = Instant::now();
    let (exact, counted) = close_and_check(&runtimes[0], store, &panel, 1, now);
    let marker = format!("{VOTERS} ballots counted");
    let shown = loop {
        match seen.recv_timeout(Duration::from_secs(10)) {
            Ok((at, data)) if data.contains(&marker) => break Some(at.duration_since(closed_at)),
            Ok(_) => continue,
            Err(_) => break None,
        }
    };
    println!("  {counted}");
    let shown_s = shown.map(|d| d.as_secs_f64());
    checks.push((
        "1 s: p99 latency",
        p99 < TARGET_SECOND_P99_MS,
        format!("{p99:.1} ms < {TARGET_SECOND_P99_MS} ms"),
    ));
    checks.push((
        "1 s: every ballot stored and counted exactly",
        exact && second.errors.is_empty(),
        counted,
    ));
    checks.push((
        "projector after close",
        shown_s.is_some_and(|s| s < TARGET_PROJECTOR_S),
        format!(
            "{:.0} ms < {:.0} ms",
            shown_s.unwrap_or(f64::NAN) * 1000.0,
            TARGET_PROJECTOR_S * 1000.0
        ),
    ));

    // 2. Over eight seconds (issue 6).
    let spread = send_all(&bases, 2, Arrival::Spread(SPREAD), CLIENTS_SPREAD);
    let p99 = report(
        &format!(
            "{}: vote 2, {VOTERS} voters arriving evenly over {} s from {CLIENTS_SPREAD} clients",
            setup.name(),
            SPREAD.as_secs()
        ),
        &spread,
    );
    let (exact, counted) = close_and_check(&runtimes[0], store, &panel, 2, now);
    println!("  {counted}");
    checks.push((
        "8 s: all ballots in",
        spread.all_in < TARGET_ALL_IN_S,
        format!("{:.2} s < {TARGET_ALL_IN_S} s", spread.all_in),
    ));
    checks.push((
        "8 s: p99 latency",
        p99 < TARGET_P99_MS,
        format!("{p99:.1} ms < {TARGET_P99_MS} ms"),
    ));
    checks.push((
        "8 s: every ballot counted exactly",
        exact && spread.errors.is_empty(),
        counted,
    ));

    // 3. Closed loop, for information.
    let burst = send_all(&bases, 3, Arrival::ClosedLoop, CLIENTS_SPREAD);
    report(
        &format!(
            "{}: vote 3, {VOTERS} ballots in a closed loop from {CLIENTS_SPREAD} clients (information, no target)",
            setup.name()
        ),
        &burst,
    );
    let (exact, counted) = close_and_check(&runtimes[0], store, &panel, 3, now);
    println!("  {counted}");
    checks.push((
        "closed loop: every ballot counted exactly",
        exact && burst.errors.is_empty(),
        counted,
    ));

    for (name, pass, detail) in &checks {
        println!("  {} {name}: {detail}", if *pass { "PASS" } else { "FAIL" });
    }
    drop(seen);
    for runtime in runtimes {
        runtime.shutdown_timeout(Duration::from_secs(1));
    }
    drop(fresh);
    let ok = second.errors.is_empty() && spread.errors.is_empty() && burst.errors.is_empty();
    (ok, checks.iter().all(|(_, pass, _)| *pass))
}

fn main() {
    let mut failed = false;
    let mut summary = Vec::new();
    for setup in setups() {
        let (ok, pass) = run(setup);
        failed |= !ok;
        summary.push((setup, pass));
    }
    for (setup, pass) in summary {
        println!(
            "vote_load on {}: {}",
            setup.name(),
            if pass { "PASS" } else { "FAIL" }
        );
    }
    if failed {
        std::process::exit(1);
    }
}
