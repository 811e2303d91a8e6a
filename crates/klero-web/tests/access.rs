//! Every route against every role: what each may see and do is exactly what
//! `klero_domain::access::permits` says, on SQLite and on PostgreSQL.

use crate::harness::{Client, TestApp};
use axum::http::StatusCode;
use klero_demo::ACCOUNTS;
use klero_domain::access::{Action, Viewer, permits};
use klero_test_db::Kind;

const A: &str = "/a/brussels-climate";

/// The pages, and the action each needs.
fn pages() -> Vec<(String, Action)> {
    vec![
        ("/".into(), Action::ViewPublic),
        (A.into(), Action::ViewPublic),
        (format!("{A}/members"), Action::ViewMembersArea),
        (format!("{A}/manage"), Action::ManageAssembly),
        (format!("{A}/panels/new"), Action::ManageAssembly),
        (format!("{A}/panels/1"), Action::ManageAssembly),
        (format!("{A}/access"), Action::ManageAccess),
        (format!("{A}/audit"), Action::ViewAuditLog),
        ("/assemblies/new".into(), Action::CreateAssembly),
        ("/account".into(), Action::ViewOwnAccount),
        (format!("{A}/p/3/tracker"), Action::ViewPublic),
        (format!("{A}/p/3/tracker.csv"), Action::ViewPublic),
        (format!("{A}/p/3/tracker.json"), Action::ViewPublic),
        (format!("{A}/p/3/tracker.atom"), Action::ViewPublic),
        (format!("{A}/p/3/r/2"), Action::ViewPublic),
        (format!("{A}/p/3/followup"), Action::ManageRecommendations),
        (format!("{A}/outbox"), Action::ManageRecommendations),
        (
            format!("{A}/p/3/r/3/answer/2"),
            Action::AnswerRecommendations,
        ),
        (format!("{A}/p/1/summit"), Action::RunSummit),
        (format!("{A}/p/1/summit/checkin"), Action::CheckIn),
        (format!("{A}/p/1/summit/programme"), Action::RunSummit),
        (format!("{A}/p/1/summit/proposals"), Action::RunSummit),
        (format!("{A}/p/1/summit/pulse"), Action::RunSummit),
        (format!("{A}/p/1/summit/tables"), Action::EnterProposals),
        (format!("{A}/p/1/summit/checkin?q=a"), Action::CheckIn),
        (format!("{A}/p/1/vote"), Action::ViewPublic),
        (format!("{A}/p/1/votes"), Action::ViewPublic),
        (format!("{A}/p/1/vote.svg"), Action::ViewPublic),
        (format!("{A}/p/1/summit/seating"), Action::RunSummit),
        (format!("{A}/p/2/selection"), Action::RunSelection),
        (format!("{A}/p/2/recruitment"), Action::EnterRegistrations),
        ("/register".into(), Action::ViewPublic),
        (format!("{A}/p/2/draw"), Action::ViewPublic),
        ("/reply/not-a-token".into(), Action::ViewPublic),
        (format!("{A}/p/1/deliberation"), Action::ViewDeliberation),
        (
            format!("{A}/p/1/deliberation/drafts"),
            Action::ViewDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/drafts/2"),
            Action::ViewDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/drafts/2/history"),
            Action::ViewDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/attendance"),
            Action::RecordAttendance,
        ),
        (
            format!("{A}/p/1/deliberation/attendance/1"),
            Action::RecordAttendance,
        ),
        (
            format!("{A}/p/1/deliberation/allowances.csv"),
            Action::RecordAttendance,
        ),
        (
            format!("{A}/p/1/deliberation/evaluation"),
            Action::RunDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/sessions/1/evaluation"),
            Action::EvaluateSessions,
        ),
        (format!("{A}/p/3/report"), Action::ViewPublic),
        (format!("{A}/p/1/library"), Action::ViewPublic),
        (
            format!("{A}/p/1/deliberation/questions"),
            Action::ViewDeliberation,
        ),
        (format!("{A}/p/1/library/submit"), Action::ViewPublic),
        (format!("{A}/p/3/report/fr.pdf"), Action::ViewPublic),
        (
            format!("{A}/p/1/summit/seating/list"),
            Action::ViewParticipants,
        ),
        (
            format!("{A}/p/1/summit/seating/cards"),
            Action::ViewParticipants,
        ),
    ]
}

/// The forms, and the action each needs. They are sent empty: a permitted sender gets the form
/// back with its problems, a refused one never reaches it.
fn forms() -> Vec<(String, Action)> {
    vec![
        (format!("{A}/manage"), Action::ManageAssembly),
        (format!("{A}/panels/new"), Action::ManageAssembly),
        (format!("{A}/panels/1"), Action::ManageAssembly),
        (format!("{A}/access"), Action::ManageAccess),
        (format!("{A}/access/revoke"), Action::ManageAccess),
        ("/assemblies/new".into(), Action::CreateAssembly),
        (
            format!("{A}/p/1/recommendations"),
            Action::ManageRecommendations,
        ),
        (format!("{A}/p/1/handover"), Action::ManageRecommendations),
        (format!("{A}/p/3/rounds"), Action::ManageRecommendations),
        (format!("{A}/p/3/rounds/2"), Action::ManageRecommendations),
        (
            format!("{A}/p/3/r/3/answer/2"),
            Action::AnswerRecommendations,
        ),
        (format!("{A}/p/3/r/2/verdict/1"), Action::JudgeAnswers),
        (format!("{A}/p/3/r/2/question"), Action::JudgeAnswers),
        (format!("{A}/p/1/summit/votes"), Action::RunSummit),
        (
            format!("{A}/p/1/summit/programme/rounds"),
            Action::RunSummit,
        ),
        (
            format!("{A}/p/1/summit/programme/rounds/1"),
            Action::RunSummit,
        ),
        (format!("{A}/p/1/summit/shortlist"), Action::RunSummit),
        (format!("{A}/p/1/summit/tables"), Action::EnterProposals),
        (format!("{A}/p/1/vote/code"), Action::ViewPublic),
        (format!("{A}/p/1/summit/seating"), Action::RunSummit),
        (format!("{A}/p/1/summit/seating/pin"), Action::RunSummit),
        (format!("{A}/p/1/summit/staff"), Action::RunSummit),
        (format!("{A}/p/1/summit/staff/remove"), Action::RunSummit),
        (format!("{A}/p/1/summit/quotas"), Action::RunSummit),
        (format!("{A}/p/2/selection/freeze"), Action::RunSelection),
        (format!("{A}/p/2/selection/draw"), Action::RunSelection),
        (format!("{A}/p/2/selection/withdraw"), Action::RunSelection),
        (format!("{A}/p/2/selection/replace"), Action::RunSelection),
        (format!("{A}/p/2/selection/erase"), Action::RunSelection),
        (format!("{A}/p/2/recruitment/letter"), Action::RunSelection),
        (format!("{A}/p/2/recruitment/quotas"), Action::RunSelection),
        (format!("{A}/p/2/recruitment/pool"), Action::RunSelection),
        (
            format!("{A}/p/2/recruitment/withdraw"),
            Action::EnterRegistrations,
        ),
        (format!("{A}/p/2/recruitment/erase"), Action::RunSelection),
        (
            format!("{A}/p/1/deliberation/sessions"),
            Action::RunDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/sessions/1"),
            Action::RunDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/settings"),
            Action::RunDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/attendance/1"),
            Action::RecordAttendance,
        ),
        (format!("{A}/p/1/deliberation/drafts"), Action::Draft),
        (format!("{A}/p/1/deliberation/drafts/3"), Action::Draft),
        (
            format!("{A}/p/1/deliberation/drafts/3/amendments"),
            Action::Draft,
        ),
        (
            format!("{A}/p/1/deliberation/drafts/3/amendments/1"),
            Action::DecideAmendments,
        ),
        (
            format!("{A}/p/1/deliberation/drafts/3/rule"),
            Action::RunDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/drafts/3/state"),
            Action::RunDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/drafts/2/ballot"),
            Action::VoteOnRecommendations,
        ),
        (
            format!("{A}/p/1/deliberation/drafts/2/paper"),
            Action::RecordAttendance,
        ),
        (
            format!("{A}/p/1/deliberation/handover"),
            Action::RunDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/evaluation"),
            Action::RunDeliberation,
        ),
        (
            format!("{A}/p/1/deliberation/sessions/1/evaluation"),
            Action::EvaluateSessions,
        ),
        (
            format!("{A}/p/1/deliberation/named"),
            Action::VoteOnRecommendations,
        ),
        (
            format!("{A}/p/1/deliberation/drafts/1/minority"),
            Action::VoteOnRecommendations,
        ),
        (
            format!("{A}/p/1/deliberation/report"),
            Action::RunDeliberation,
        ),
        ("/register".into(), Action::ViewPublic),
        ("/register/answer".into(), Action::ViewPublic),
        ("/register/withdraw".into(), Action::ViewPublic),
        ("/reply/not-a-token".into(), Action::ViewPublic),
    ]
}

fn viewer_of(account: Option<usize>) -> Viewer {
    match account {
        None => Viewer::public(),
        Some(i) => {
            let (_, _, _, role) = ACCOUNTS[i];
            Viewer {
                signed_in: true,
                admin: role.is_none(),
                roles: role.into_iter().collect(),
            }
        }
    }
}

fn check_refusal(
    label: &str,
    path: &str,
    signed_in: bool,
    status: StatusCode,
    location: Option<&str>,
) {
    if signed_in {
        assert_eq!(status, StatusCode::FORBIDDEN, "{label} {path}");
    } else {
        assert_eq!(status, StatusCode::SEE_OTHER, "{label} {path}");
        let to = location.unwrap_or_default();
        assert!(to.starts_with("/login?next="), "{label} {path} -> {to}");
    }
}

async fn walk(kind: Kind) {
    let app = TestApp::new(kind).await;
    let who: Vec<Option<usize>> = std::iter::once(None)
        .chain((0..ACCOUNTS.len()).map(Some))
        .collect();
    for account in who {
        let label = account.map_or("public", |i| ACCOUNTS[i].0);
        let mut client: Client = match account {
            None => app.client(),
            Some(i) => app.signed_in(ACCOUNTS[i].1).await,
        };
        if account.is_none() {
            client.get("/").await;
        }
        let viewer = viewer_of(account);
        for (path, action) in pages() {
            let reply = client.get(&path).await;
            if permits(&viewer, action) {
                assert_eq!(
                    reply.status,
                    StatusCode::OK,
                    "{label} GET {path}: {}",
                    reply.body
                );
            } else {
                check_refusal(
                    label,
                    &path,
                    viewer.signed_in,
                    reply.status,
                    reply.location.as_deref(),
                );
            }
        }
        for (path, action) in forms() {
            // A fresh page first, so the client holds a current token.
            client.get("/").await;
            let reply = client.post(&path, &[]).await;
            if permits(&viewer, action) {
                assert!(
                    reply.status == StatusCode::UNPROCESSABLE_ENTITY
                        || reply.status == StatusCode::BAD_REQUEST,
                    "{label} POST {path}: {}",
                    reply.status
                );
            } else {
                check_refusal(
                    label,
                    &path,
                    viewer.signed_in,
                    reply.status,
                    reply.location.as_deref(),
                );
            }
        }
        // The participant list shows only to those who may see it.
        if permits(&viewer, Action::ViewMembersArea) {
            let page = client.get(&format!("{A}/members")).await.body;
            let shown = page.contains("People with a role in this assembly");
            assert_eq!(
                shown,
                permits(&viewer, Action::ViewParticipants),
                "{label} participants"
            );
        }
        // The public page links to the members' area and to management only for those allowed.
        let public = client.get(A).await.body;
        assert_eq!(
            public.contains(&format!("{A}/members\"")),
            permits(&viewer, Action::ViewMembersArea),
            "{label}"
        );
        assert_eq!(
            public.contains(&format!("{A}/manage\"")),
            permits(&viewer, Action::ManageAssembly),
            "{label}"
        );
    }
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_permission_table_says_on_sqlite() {
    walk(Kind::Sqlite).await;
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_permission_table_says_on_postgres() {
    walk(Kind::Postgres).await;
}

/// The account id of the member of the demonstration's assembly named `name`.
async fn member_id(app: &TestApp, name: &str) -> String {
    let store = &app.state.store;
    let assembly = store
        .assembly_by_slug("brussels-climate")
        .await
        .expect("query")
        .expect("assembly");
    store
        .members(&assembly.id)
        .await
        .expect("members")
        .into_iter()
        .find(|m| m.display_name == name)
        .expect("member")
        .account_id
}

#[tokio::test]
async fn an_organiser_cannot_withdraw_their_own_organiser_role() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
    let me = member_id(&app, "Olivier Organisateur").await;
    organiser.get(&format!("{A}/access")).await;
    let reply = organiser
        .post(
            &format!("{A}/access/revoke"),
            &[("account", &me), ("role", "organiser")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    // Withdrawing another person's role works, and is audited.
    let staff = member_id(&app, "Sofie Staff").await;
    organiser.get(&format!("{A}/access")).await;
    let reply = organiser
        .post(
            &format!("{A}/access/revoke"),
            &[("account", &staff), ("role", "staff")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let mut sofie = app.signed_in("staff@demo.kleroterion.org").await;
    assert_eq!(
        sofie.get(&format!("{A}/members")).await.status,
        StatusCode::FORBIDDEN
    );
    let audit = organiser.get(&format!("{A}/audit")).await.body;
    assert!(audit.contains("role.revoke") && audit.contains("Sofie Staff: staff"));
}
