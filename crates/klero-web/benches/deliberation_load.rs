//! Load benchmark for a panel's plenary vote on its recommendations (issue 21): 100 members
//! vote on 60 recommendations, each from their own phone, signed in; then the citizens' report
//! of those 60 recommendations in two languages is rendered as PDF.
//!
//! Targets: each ballot accepted with a p99 under 100 ms, on SQLite and on PostgreSQL; the
//! report's PDF (60 recommendations, Dutch and French) in under 3 s, the whole request; the
//! library page with 500 items in under 50 ms (`GET .../library`, 50 times, the public's view).
//!
//! For each database (`--db sqlite|postgres|all`, see `common`) it builds, in a fresh database,
//! the demonstration plus 100 panel members with a session each, and 60 recommendations on
//! panel 1 of `brussels-climate`, written in Dutch and French, under a declared rule, their
//! votes open. It starts the real server (`klero_web::serve`, tokio with 2 workers) and then,
//! recommendation after recommendation, the 100 members' ballots arrive evenly over one second
//! (an open load from 50 client threads with a keep-alive connection each: each ballot is sent
//! at its time whether or not the others are answered; its latency runs from that time to the
//! answer). Each ballot is the form a member's phone sends, `POST .../deliberation/drafts/N/ballot`
//! with the session's cookie and token, answered with a redirect. Every vote is then closed and
//! its count checked against the ballots sent; the report is published and each language's
//! PDF requested five times (`GET .../report/nl.pdf`), timed from request to last byte.
//!
//! ```sh
//! cargo bench -p klero-web --bench deliberation_load
//! cargo bench -p klero-web --bench deliberation_load -- --db sqlite
//! ```

mod common;

use common::{Db, load_average, percentile};
use klero_domain::access::Role;
use klero_domain::deliberation::draft::DraftInput;
use klero_domain::deliberation::vote::{Choice, Rule};
use klero_domain::input::{Email, RawForm};
use klero_domain::lang::Lang;
use klero_domain::summit::voting::VoteState;
use klero_store::{Actor, Store};
use klero_web::{AppState, Config};
use std::time::{Duration, Instant};

const MEMBERS: usize = 100;
const RECOMMENDATIONS: u32 = 60;
const CLIENTS: usize = 50;
const PER_VOTE: Duration = Duration::from_secs(1);
const TARGET_P99_MS: f64 = 100.0;
const TARGET_PDF_S: f64 = 3.0;
const LIBRARY_ITEMS: usize = 500;
const TARGET_LIBRARY_MS: f64 = 50.0;

/// Member `i`'s choice on recommendation `n`.
fn choice(i: usize, n: u32) -> Choice {
    match (i + n as usize) % 10 {
        0 => Choice::Against,
        1 => Choice::Abstain,
        _ => Choice::For,
    }
}

fn form(fields: &[(&str, &str)]) -> RawForm {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The panel, and each member's (session token, CSRF token).
async fn build(store: &Store, now: i64) -> (klero_domain::assembly::Panel, Vec<(String, String)>) {
    klero_demo::load(store, "bench password 1", now)
        .await
        .expect("demo");
    let assembly = store
        .assemblies()
        .await
        .expect("assemblies")
        .into_iter()
        .find(|a| a.slug.as_str() == klero_demo::PERMANENT_SLUG)
        .expect("assembly");
    let panel = store
        .panel_by_number(&assembly.id, 1)
        .await
        .expect("panel")
        .expect("panel 1");
    let organiser = Actor::System;
    let mut sessions = Vec::new();
    for i in 0..MEMBERS {
        let email = Email::parse(&format!("bench{i}@members.example")).expect("email");
        let account = store
            .create_account(
                &email,
                &format!("Member {i}"),
                "bench password 1",
                false,
                now,
            )
            .await
            .expect("account");
        store
            .grant_role(&account, &assembly.id, Role::PanelMember, &organiser, now)
            .await
            .expect("role");
        let (token, session) = store
            .create_session(&account, now, 86_400)
            .await
            .expect("session");
        sessions.push((token, session.csrf_token.clone()));
    }
    let rule = Rule::Majority {
        abstentions_count: false,
    };
    let first = store.drafts(&panel.id).await.expect("drafts").len() as u32 + 1;
    for k in 0..RECOMMENDATIONS {
        let text = format!(
            "Le panel demande à la Région de mettre en œuvre la mesure {k}, avec un budget, un calendrier et un suivi public annuel. {}",
            "Chaque étape est expliquée aux habitants. ".repeat(6)
        );
        let fr = DraftInput::parse(&form(&[
            ("lang", "fr"),
            (
                "title",
                &format!("Recommandation {k} sur le logement et l'énergie"),
            ),
            ("text", &text),
            ("rationale", "Parce que les habitants le demandent."),
            ("theme", "Énergie"),
        ]))
        .expect("draft");
        let number = store
            .create_draft(&panel, &fr, &organiser, now)
            .await
            .expect("create");
        let nl = DraftInput::parse(&form(&[
            ("lang", "nl"),
            ("title", &format!("Aanbeveling {k} over wonen en energie")),
            ("text", &text),
            ("rationale", "Omdat de bewoners het vragen."),
            ("theme", "Energie"),
            ("base", "1"),
        ]))
        .expect("draft");
        store
            .save_draft(&panel, number, &nl, &organiser, now)
            .await
            .expect("save");
        store
            .declare_rule(&panel, number, &rule, None, &organiser, now)
            .await
            .expect("rule");
        store
            .set_recommendation_vote(
                &panel,
                number,
                VoteState::Open,
                &[Lang::Nl, Lang::Fr],
                &organiser,
                now,
            )
            .await
            .expect("open");
        assert_eq!(number, first + k);
    }
    (panel, sessions)
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

/// Sends every member's ballot on recommendations `first..first+RECOMMENDATIONS`, one
/// recommendation after the other; returns the sorted latencies (µs) and the errors.
fn vote(base: &str, sessions: &[(String, String)], first: u32) -> (Vec<u64>, Vec<String>) {
    let start = Instant::now();
    let handles: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let base = base.to_owned();
            let sessions = sessions.to_vec();
            std::thread::spawn(move || {
                let agent = agent();
                let mut latencies = Vec::new();
                let mut errors = Vec::new();
                for k in 0..RECOMMENDATIONS {
                    for i in (client..MEMBERS).step_by(CLIENTS) {
                        let due =
                            start + PER_VOTE * k + PER_VOTE.mul_f64(i as f64 / MEMBERS as f64);
                        std::thread::sleep(due.saturating_duration_since(Instant::now()));
                        let (token, csrf) = &sessions[i];
                        let number = first + k;
                        let body = format!("csrf={csrf}&choice={}", choice(i, number).as_str());
                        let result = agent
                            .post(&format!("{base}/deliberation/drafts/{number}/ballot"))
                            .header("Cookie", &format!("klero_session={token}"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .send(body.as_str());
                        let took = u64::try_from(due.elapsed().as_micros()).unwrap_or(u64::MAX);
                        match result {
                            Ok(r) if r.status() == 303 => latencies.push(took),
                            Ok(r) => errors.push(format!("status {}", r.status())),
                            Err(e) => errors.push(e.to_string()),
                        }
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
    latencies.sort_unstable();
    (latencies, errors)
}

/// Runs on one database; returns whether every target was met.
fn run(db: Db) -> bool {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let fresh = common::fresh(db, "deliberation-bench", &runtime);
    let now = common::unix_now();
    let started = Instant::now();
    let (store, listener, panel, sessions) = runtime.block_on(async {
        let store = Store::connect(&fresh.url).await.expect("store");
        let (panel, sessions) = build(&store, now).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("listen");
        (store, listener, panel, sessions)
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
    let base = format!("http://{address}/a/{}/p/1", klero_demo::PERMANENT_SLUG);
    let first = runtime
        .block_on(store.drafts(&panel.id))
        .expect("drafts")
        .len() as u32
        - RECOMMENDATIONS
        + 1;
    println!(
        "deliberation_load, {}: {}; {MEMBERS} members and {RECOMMENDATIONS} open votes built in {:.1} s",
        db.name(),
        fresh.shown,
        started.elapsed().as_secs_f64()
    );
    let (latencies, errors) = vote(&base, &sessions, first);
    let p99 = percentile(&latencies, 99.0);
    println!(
        "  ballots: {} accepted, {} failed; p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (target p99 < {TARGET_P99_MS} ms); load {}",
        latencies.len(),
        errors.len(),
        percentile(&latencies, 50.0),
        p99,
        percentile(&latencies, 100.0),
        load_average()
    );
    for e in errors.iter().take(5) {
        println!("    {e}");
    }
    // Close every vote and check its count against what was sent.
    let mut counts_ok = true;
    runtime.block_on(async {
        for k in 0..RECOMMENDATIONS {
            let number = first + k;
            let vote = store
                .set_recommendation_vote(
                    &panel,
                    number,
                    VoteState::Closed,
                    &[Lang::Nl, Lang::Fr],
                    &Actor::System,
                    now,
                )
                .await
                .expect("close");
            let counts = vote.counts.expect("counts");
            let sent = |c: Choice| (0..MEMBERS).filter(|i| choice(*i, number) == c).count() as u32;
            if counts.for_votes != sent(Choice::For)
                || counts.against != sent(Choice::Against)
                || counts.abstain != sent(Choice::Abstain)
            {
                counts_ok = false;
                println!("  recommendation {number}: counted {counts:?}");
            }
        }
    });
    println!(
        "  counts: {}",
        if counts_ok {
            "every vote counted exactly"
        } else {
            "MISMATCH"
        }
    );
    let assembly = runtime
        .block_on(store.assemblies())
        .expect("assemblies")
        .into_iter()
        .find(|a| a.id == panel.assembly_id)
        .expect("assembly");
    let report = runtime
        .block_on(store.publish_report(&panel, &assembly, &Actor::System, now))
        .expect("report");
    let agent = agent();
    let mut worst = 0.0f64;
    for lang in ["nl", "fr"] {
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..5 {
            let start = Instant::now();
            let mut response = agent
                .get(&format!("{base}/report/{lang}.pdf"))
                .call()
                .expect("pdf");
            let bytes = response.body_mut().read_to_vec().expect("body");
            times.push(start.elapsed().as_secs_f64());
            size = bytes.len();
            assert!(bytes.starts_with(b"%PDF"), "a PDF");
        }
        times.sort_by(f64::total_cmp);
        worst = worst.max(times[times.len() - 1]);
        println!(
            "  report PDF ({lang}, {} adopted recommendations, {} KB): median {:.3} s, max {:.3} s (target < {TARGET_PDF_S} s)",
            report.recommendations.len(),
            size / 1024,
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
    // The library: 500 items (a third files, two thirds links), the public page read 50 times.
    runtime.block_on(async {
        let pdf =
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        for i in 0..LIBRARY_ITEMS {
            let source = ["expert", "stakeholder", "administration", "panel_request"][i % 4];
            let title = format!("Document {i} sur la rénovation");
            let summary = "Une synthèse de quelques lignes sur ce que dit le document. ".repeat(3);
            let link = format!("https://example.org/doc/{i}");
            let mut fields = vec![
                ("title_fr", title.as_str()),
                ("title_nl", title.as_str()),
                ("summary_fr", summary.as_str()),
                ("doc_fr", "on"),
                ("source", source),
                ("by", "Bruxelles Environnement"),
                ("visibility", "public"),
            ];
            if i % 3 != 0 {
                fields.push(("link", link.as_str()));
            }
            let input = klero_domain::deliberation::library::ItemInput::parse(&form(&fields))
                .expect("item");
            let file = (i % 3 == 0).then(|| klero_store::StoredFile {
                kind: "pdf".into(),
                name: format!("document-{i}.pdf"),
                size: pdf.len() as u64,
                sha256: format!("{i:064x}"),
                data: Some(String::from_utf8_lossy(pdf).into_owned()),
            });
            store
                .add_library_item(
                    &panel,
                    &input,
                    file.as_ref(),
                    klero_domain::deliberation::library::ItemState::Published,
                    None,
                    &Actor::System,
                    now,
                )
                .await
                .expect("library item");
        }
    });
    let mut library_us = Vec::new();
    for _ in 0..50 {
        let start = Instant::now();
        let mut response = agent
            .get(&format!("{base}/library"))
            .call()
            .expect("library");
        let body = response.body_mut().read_to_string().expect("page");
        library_us.push(u64::try_from(start.elapsed().as_micros()).unwrap_or(u64::MAX));
        assert!(body.contains("Document 499 sur la rénovation"));
    }
    library_us.sort_unstable();
    let library_p99 = percentile(&library_us, 99.0);
    println!(
        "  library page ({LIBRARY_ITEMS} items and the demonstration's): median {:.1} ms, max {:.1} ms (target < {TARGET_LIBRARY_MS} ms)",
        percentile(&library_us, 50.0),
        percentile(&library_us, 100.0)
    );
    let pass = errors.is_empty()
        && counts_ok
        && p99 < TARGET_P99_MS
        && worst < TARGET_PDF_S
        && library_p99 < TARGET_LIBRARY_MS;
    println!(
        "deliberation_load on {}: {}",
        db.name(),
        if pass { "PASS" } else { "FAIL" }
    );
    pass
}

fn main() {
    let mut pass = true;
    for db in common::databases() {
        pass &= run(db);
    }
    if !pass {
        std::process::exit(1);
    }
}
