//! Load benchmark for the public follow-up tracker (issues 5 and 25): the tracker page of a
//! panel with 100 recommendations and 3 review rounds must answer in under 50 ms at the 99th
//! percentile with 50 concurrent readers, on SQLite and on PostgreSQL.
//!
//! The load tool is this benchmark itself: for each database it builds the panel in a fresh
//! database (a temporary SQLite file, or a new database on the PostgreSQL server of
//! `KLERO_TEST_POSTGRES_URL`, default `postgres://postgres@127.0.0.1:5432/test`, dropped
//! afterwards) holding the demonstration plus a panel 4 on `brussels-climate`, starts the real server
//! (`klero_web::serve`, a multi-thread tokio runtime with 2 workers) on a loopback port, and
//! runs 50 OS threads, each a `ureq` client with its own agent (HTTP/1.1 keep-alive, one
//! connection per reader), that GET the page in a closed loop (no think time) for a fixed
//! duration, checking each answer (status 200 and the 100th recommendation's title) and
//! recording every latency. It prints requests, errors, throughput, p50/p90/p99/max and the
//! page size, and PASS/FAIL against the target; then the same, for a shorter time, for
//! `tracker.json` and a recommendation page (`r/1`). It exits with status 1 when a request
//! failed; a missed target is reported as FAIL, not as an error (a benchmark, not a test).
//!
//! Run it (the bench profile is an optimised build):
//!
//! ```sh
//! cargo bench -p klero-web --bench tracker_load
//! cargo bench -p klero-web --bench tracker_load -- --seconds 60   # or KLERO_BENCH_SECONDS=60
//! cargo bench -p klero-web --bench tracker_load -- --db postgres  # sqlite, postgres or all
//! ```
//!
//! Clients and server share the machine, so the figures are for this machine's cores: the
//! readers' own work is included in the latencies. Each figure is printed with the machine's
//! load average. Every reader loop is bounded in time and in count, on loopback only.

mod common;

use common::{Db, percentile};
use klero_domain::assembly::Panel;
use klero_domain::followup::input::{
    AnswerInput, QuestionInput, RecommendationInput, RoundInput, VerdictInput,
};
use klero_domain::followup::{add_days, brussels_today};
use klero_domain::input::{PanelInput, RawForm};
use klero_store::{Actor, Store};
use klero_web::{AppState, Config};
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The requirement: p99 under this many milliseconds.
const TARGET_P99_MS: f64 = 50.0;
/// Concurrent readers.
const READERS: usize = 50;
/// Recommendations in the panel.
const RECOMMENDATIONS: u32 = 100;
/// Seconds for the secondary endpoints.
const SHORT_SECONDS: u64 = 5;
/// At most this many requests per reader and endpoint (the time bound comes first).
const MAX_REQUESTS_PER_READER: usize = 200_000;
/// The language asked for (the check looks for the French title).
const LANGUAGE: &str = "fr-BE,fr;q=0.9";

fn form(fields: &[(&str, &str)]) -> RawForm {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn title_fr(n: u32) -> String {
    format!("Recommandation {n} du panel de charge")
}

fn recommendation(n: u32) -> RecommendationInput {
    let number = n.to_string();
    let (theme_fr, theme_nl) = match n % 4 {
        0 => ("Mobilité", "Mobiliteit"),
        1 => ("Logement", "Huisvesting"),
        2 => ("Énergie", "Energie"),
        _ => ("Alimentation", "Voeding"),
    };
    RecommendationInput::parse(&form(&[
        ("number", &number),
        ("title_fr", &title_fr(n)),
        ("title_nl", &format!("Aanbeveling {n} van het belastingspanel")),
        ("title_en", &format!("Recommendation {n} of the load panel")),
        (
            "text_fr",
            &format!("Le panel demande au gouvernement de mettre en œuvre la mesure {n} d'ici 2030, avec un budget annuel et un calendrier public."),
        ),
        (
            "text_nl",
            &format!("Het panel vraagt de regering maatregel {n} tegen 2030 uit te voeren, met een jaarlijks budget en een openbare planning."),
        ),
        ("theme_fr", theme_fr),
        ("theme_nl", theme_nl),
        ("vote_for", "81"),
        ("vote_against", "9"),
        ("vote_abstain", "4"),
        ("vote_rule", "80%"),
    ]))
    .expect("recommendation")
}

/// A mix of positions across recommendations and rounds; every position but "accepted" with a
/// justification of well over 100 characters.
fn answer(n: u32, round: u32) -> AnswerInput {
    let positions = [
        "accepted",
        "partially_accepted",
        "rejected",
        "under_study",
        "outside_powers",
    ];
    let position = positions[((n + round) % 5) as usize];
    let why_fr = format!(
        "Réponse à la recommandation {n} pour le tour {round} : la Région explique en détail pourquoi la mesure est suivie en partie, avec les chiffres du budget et les compétences des communes concernées."
    );
    let why_nl = format!(
        "Antwoord op aanbeveling {n} voor ronde {round}: het Gewest legt uitvoerig uit waarom de maatregel gedeeltelijk wordt gevolgd, met de begrotingscijfers en de bevoegdheden van de betrokken gemeenten."
    );
    let progress = ((n * 7 + round * 13) % 101).to_string();
    let mut fields = vec![
        ("position", position.to_owned()),
        ("justification_fr", why_fr),
        ("justification_nl", why_nl),
        ("progress", progress),
        (
            "milestones",
            "2027-02-01 Appel d'offres\n2027-09-01 Premiers résultats".to_owned(),
        ),
        ("department", "Bruxelles Environnement".to_owned()),
        ("budget", "€ 1,2 million".to_owned()),
    ];
    if position == "outside_powers" {
        fields.push(("referred_to", "Gouvernement fédéral".to_owned()));
    }
    if position == "accepted" || position == "partially_accepted" {
        fields.push((
            "measures_fr",
            format!("Mesure {n} inscrite au plan régional, premier appel d'offres en 2027."),
        ));
        fields.push(("deadline", "2028-06-30".to_owned()));
    }
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    AnswerInput::parse(&form(&borrowed)).expect("answer")
}

/// Panel 4 of `brussels-climate`: 100 recommendations handed over 400 days ago, rounds 1 and 2
/// (3 and 12 months) answered and published, a third round added and due later, verdicts and
/// questions.
async fn build_panel(store: &Store, now: i64) -> Panel {
    let assembly = store
        .assembly_by_slug(klero_demo::PERMANENT_SLUG)
        .await
        .expect("query")
        .expect("the demonstration's assembly");
    let who = Actor::System;
    let input = PanelInput::parse(&form(&[
        ("theme_fr", "Climat : le panel de charge"),
        ("theme_nl", "Klimaat: het belastingspanel"),
        ("size", "100"),
        ("starts_on", "2025-01-10"),
        ("ends_on", "2025-10-30"),
        ("stage", "follow_up"),
    ]))
    .expect("panel");
    let panel = store
        .create_panel(&assembly, &input, &who, now)
        .await
        .expect("panel");
    assert_eq!(panel.number, 4, "the bench reads panel 4");
    let recs: Vec<_> = (1..=RECOMMENDATIONS).map(recommendation).collect();
    store
        .add_recommendations(&panel, &recs, &who, now)
        .await
        .expect("recommendations");
    let today = brussels_today(now);
    store
        .record_handover(&panel, add_days(today, -400), &who, now)
        .await
        .expect("handover");
    let third = RoundInput {
        label: Default::default(),
        due_on: add_days(today, 60),
        reason: "Un tour supplémentaire après le vote du budget.".to_owned(),
    };
    assert_eq!(
        store
            .add_round(&panel, &third, &who, now)
            .await
            .expect("round 3"),
        3
    );
    for round in [1, 2] {
        for n in 1..=RECOMMENDATIONS {
            store
                .save_answer(&panel, n, round, &answer(n, round), &who, now)
                .await
                .expect("answer");
        }
        store
            .publish_round(&panel, round, &who, now)
            .await
            .expect("publish");
    }
    // Drafts in the third round, which the public does not see.
    for n in 1..=10 {
        store
            .save_answer(&panel, n, 3, &answer(n, 3), &who, now)
            .await
            .expect("draft");
    }
    let verdicts = ["satisfied", "partly", "not_satisfied"];
    for n in (1..=RECOMMENDATIONS).step_by(5) {
        let verdict = VerdictInput::parse(&form(&[
            ("verdict", verdicts[(n % 3) as usize]),
            ("comment", "La commission attend un calendrier plus précis."),
        ]))
        .expect("verdict");
        store
            .save_verdict(&panel, n, 1, &verdict, &who, now)
            .await
            .expect("verdict");
    }
    for n in (3..=RECOMMENDATIONS).step_by(10) {
        let question = QuestionInput {
            text: format!("Quand la mesure {n} sera-t-elle budgétée ?"),
            due_on: add_days(today, 30),
        };
        store
            .ask_question(&panel, n, &question, &who, now)
            .await
            .expect("question");
    }
    panel
}

/// What one endpoint's run measured.
struct Run {
    latencies_us: Vec<u64>,
    errors: u64,
    first_error: Option<String>,
    elapsed: Duration,
    bytes: usize,
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .max_idle_connections_per_host(1)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

/// One request: its body, or why it failed.
fn fetch(agent: &ureq::Agent, url: &str, expect: &str) -> Result<usize, String> {
    let mut response = agent
        .get(url)
        .header("Accept-Language", LANGUAGE)
        .call()
        .map_err(|e| e.to_string())?;
    let status = response.status();
    let mut body = String::new();
    response
        .body_mut()
        .as_reader()
        .read_to_string(&mut body)
        .map_err(|e| e.to_string())?;
    if status != 200 {
        return Err(format!("status {status}"));
    }
    if !body.contains(expect) {
        return Err(format!("the body lacks {expect:?}"));
    }
    Ok(body.len())
}

/// `READERS` threads GET `url` in a loop for `seconds`.
fn load(url: &str, expect: &str, seconds: u64) -> Run {
    // Warm-up: every reader opens its connection and the server's caches fill.
    let agents: Vec<ureq::Agent> = (0..READERS).map(|_| agent()).collect();
    let mut bytes = 0;
    for agent in &agents {
        bytes = fetch(agent, url, expect).unwrap_or_else(|e| panic!("warm-up of {url}: {e}"));
    }
    let warm_until = Instant::now() + Duration::from_secs(1);
    while Instant::now() < warm_until {
        fetch(&agents[0], url, expect).expect("warm-up");
    }
    let stop = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let handles: Vec<_> = agents
        .into_iter()
        .map(|agent| {
            let stop = stop.clone();
            let url = url.to_owned();
            let expect = expect.to_owned();
            std::thread::spawn(move || {
                let mut latencies = Vec::with_capacity(4096);
                let mut errors = 0;
                let mut first_error = None;
                while !stop.load(Ordering::Relaxed)
                    && latencies.len() + errors < MAX_REQUESTS_PER_READER
                {
                    let sent = Instant::now();
                    let result = fetch(&agent, &url, &expect);
                    let took = u64::try_from(sent.elapsed().as_micros()).unwrap_or(u64::MAX);
                    match result {
                        Ok(_) => latencies.push(took),
                        Err(e) => {
                            errors += 1;
                            first_error.get_or_insert(e);
                        }
                    }
                }
                (latencies, errors, first_error)
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs(seconds));
    stop.store(true, Ordering::Relaxed);
    let mut run = Run {
        latencies_us: Vec::new(),
        errors: 0,
        first_error: None,
        elapsed: Duration::ZERO,
        bytes,
    };
    for handle in handles {
        let (latencies, errors, first_error) = handle.join().expect("reader");
        run.latencies_us.extend(latencies);
        run.errors += errors as u64;
        if run.first_error.is_none() {
            run.first_error = first_error;
        }
    }
    run.elapsed = start.elapsed();
    run.latencies_us.sort_unstable();
    run
}

/// Prints a run; returns its p99 in milliseconds.
fn report(name: &str, run: &Run) -> f64 {
    let ok = run.latencies_us.len();
    let total = ok as u64 + run.errors;
    let p99 = percentile(&run.latencies_us, 99.0);
    println!("{name}");
    println!(
        "  requests {total} ({ok} ok, {} errors) in {:.1} s, {READERS} readers",
        run.errors,
        run.elapsed.as_secs_f64()
    );
    if let Some(e) = &run.first_error {
        println!("  first error: {e}");
    }
    println!(
        "  throughput {:.0} req/s",
        total as f64 / run.elapsed.as_secs_f64()
    );
    println!(
        "  latency ms: p50 {:.1}  p90 {:.1}  p99 {:.1}  max {:.1}  (load average {})",
        percentile(&run.latencies_us, 50.0),
        percentile(&run.latencies_us, 90.0),
        p99,
        percentile(&run.latencies_us, 100.0),
        common::load_average(),
    );
    println!("  page size {} bytes", run.bytes);
    p99
}

/// `--seconds N`, else `KLERO_BENCH_SECONDS`, else 20.
fn seconds() -> u64 {
    common::option("--seconds", "KLERO_BENCH_SECONDS")
        .map(|s| s.parse().expect("--seconds takes a whole number"))
        .unwrap_or(20)
}

/// Builds the panel on `db`, serves it and loads it; returns whether every request succeeded
/// and whether the tracker met its target.
fn run(db: Db, seconds: u64) -> (bool, bool) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let fresh = common::fresh(db, "tracker-bench", &runtime);
    let now = common::unix_now();
    let setup = Instant::now();
    let (store, listener) = runtime.block_on(async {
        let store = Store::connect(&fresh.url).await.expect("store");
        klero_demo::load(&store, "bench password 1", now)
            .await
            .expect("demo");
        build_panel(&store, now).await;
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
    runtime.spawn(klero_web::serve(listener, AppState::new(store, config)));
    println!(
        "tracker_load on {}: {}, panel of {RECOMMENDATIONS} recommendations and 3 rounds built in {:.1} s; server on {address} (tokio, 2 workers); {READERS} ureq readers, HTTP/1.1 keep-alive",
        db.name(),
        fresh.shown,
        setup.elapsed().as_secs_f64()
    );
    let base = format!("http://{address}/a/{}/p/4", klero_demo::PERMANENT_SLUG);
    let title = title_fr(RECOMMENDATIONS);

    let tracker = load(&format!("{base}/tracker"), &title, seconds);
    let p99 = report(
        &format!(
            "{}: GET /a/brussels-climate/p/4/tracker ({seconds} s)",
            db.name()
        ),
        &tracker,
    );
    let pass = tracker.errors == 0 && p99 < TARGET_P99_MS;
    println!(
        "  {} p99 {p99:.1} ms against the target of {TARGET_P99_MS} ms{}",
        if pass { "PASS" } else { "FAIL" },
        if tracker.errors > 0 {
            " (with errors)"
        } else {
            ""
        }
    );

    let json = load(&format!("{base}/tracker.json"), &title, SHORT_SECONDS);
    report(
        &format!(
            "{}: GET /a/brussels-climate/p/4/tracker.json ({SHORT_SECONDS} s)",
            db.name()
        ),
        &json,
    );
    let first = load(&format!("{base}/r/1"), &title_fr(1), SHORT_SECONDS);
    report(
        &format!(
            "{}: GET /a/brussels-climate/p/4/r/1 ({SHORT_SECONDS} s)",
            db.name()
        ),
        &first,
    );
    runtime.shutdown_timeout(Duration::from_secs(1));
    drop(fresh);
    (tracker.errors + json.errors + first.errors == 0, pass)
}

fn main() {
    let seconds = seconds();
    let mut failed = false;
    let mut summary = Vec::new();
    for db in common::databases() {
        let (ok, pass) = run(db, seconds);
        failed |= !ok;
        summary.push((db, pass));
    }
    for (db, pass) in summary {
        println!(
            "tracker at {READERS} readers on {}: {}",
            db.name(),
            if pass { "PASS" } else { "FAIL" }
        );
    }
    if failed {
        std::process::exit(1);
    }
}
