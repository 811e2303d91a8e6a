//! The summit day: the import is all or nothing, the search folds names, a voting code finds
//! its holder until it is reissued, no-shows and erasure; votes take ballots only while open,
//! one per participant, from eligible groups; paper re-entry; results kept at closing; the
//! pulse; and ballots cast concurrently, all counted.

use crate::{NOW, actor, assembly_input, form, on_both, person};
use klero_domain::assembly::Panel;
use klero_domain::input::PanelInput;
use klero_domain::summit::participant::{ParticipantInput, VotingCode};
use klero_domain::summit::voting::{Ballot, BallotKind, Eligibility, VoteSpec, VoteState, tally};
use klero_store::{Actor, Attendance, Store, StoreError, SummitRefusal, SummitTurnout};

pub(crate) async fn setup(store: &Store) -> (Actor, Panel) {
    let olga = person(store, "olga@example.be", "Olga").await;
    let assembly = store
        .create_assembly(&assembly_input("summit"), &olga, &actor(&olga), NOW)
        .await
        .expect("assembly");
    let input = PanelInput::parse(&form(&[
        ("theme_nl", "Klimaattop"),
        ("size", "100"),
        ("starts_on", "2026-03-14"),
        ("ends_on", "2026-03-14"),
        ("stage", "deliberation"),
    ]))
    .expect("panel");
    let panel = store
        .create_panel(&assembly, &input, &actor(&olga), NOW)
        .await
        .expect("panel");
    (actor(&olga), panel)
}

fn input(key: &str, name: &str, group: &str) -> ParticipantInput {
    let attributes = vec![("gender".to_owned(), "f".to_owned())];
    ParticipantInput::new(
        key,
        name,
        group,
        "nl;fr",
        "Needs a hearing loop",
        attributes,
    )
    .expect("participant")
}

/// A code made from `n`, different for every `n`.
fn code(n: u64) -> VotingCode {
    VotingCode::from_random(n.wrapping_mul(0x9E37_79B9_7F4A_7C15).to_le_bytes())
}

fn refused<T: std::fmt::Debug>(result: Result<T, StoreError>, refusal: SummitRefusal) {
    match result {
        Err(StoreError::SummitRefused(r)) => {
            assert_eq!(r, refusal);
            assert!(r.key().starts_with("summit-"));
        }
        other => panic!("expected {refusal:?}, got {other:?}"),
    }
}

/// Imports participants `P1`... (drawn) and `E1`... (employers); returns their ids in order.
async fn people(
    store: &Store,
    panel: &Panel,
    who: &Actor,
    drawn: usize,
    employers: usize,
) -> Vec<String> {
    let mut inputs: Vec<ParticipantInput> = (1..=drawn)
        .map(|i| input(&format!("P{i}"), &format!("Drawn {i}"), "drawn"))
        .collect();
    inputs.extend(
        (1..=employers).map(|i| input(&format!("E{i}"), &format!("Employer {i}"), "employer")),
    );
    store
        .import_participants(panel, &inputs, who, NOW)
        .await
        .expect("import");
    store
        .participants(&panel.id)
        .await
        .expect("participants")
        .into_iter()
        .map(|p| p.id)
        .collect()
}

fn choose_one(eligibility: Eligibility) -> VoteSpec {
    VoteSpec::new(
        "Which first?",
        ["Trams", "Bikes", "Trees"],
        BallotKind::ChooseOne,
        eligibility,
    )
    .expect("spec")
}

async fn open_vote(store: &Store, panel: &Panel, who: &Actor, eligibility: Eligibility) -> u32 {
    let number = store
        .create_vote(panel, &choose_one(eligibility), who, NOW)
        .await
        .expect("create");
    store
        .set_vote_state(panel, number, VoteState::Open, who, NOW)
        .await
        .expect("open");
    number
}

on_both! {
    fn an_import_is_all_or_nothing_and_keys_are_unique(store) {
        let (who, panel) = setup(&store).await;
        let first = [input("P1", "Sofié Peeters", "drawn"), input("P2", "Jan Smet", "employer")];
        assert_eq!(store.import_participants(&panel, &first, &who, NOW).await.expect("import"), 2);
        // A duplicate within the file: nothing is imported.
        let twice = [input("P3", "An", "drawn"), input("P3", "Bo", "drawn")];
        refused(store.import_participants(&panel, &twice, &who, NOW).await, SummitRefusal::DuplicateKey("P3".into()));
        // A key already taken: nothing is imported either.
        let taken = [input("P4", "Cas", "drawn"), input("P1", "Dirk", "drawn")];
        refused(store.import_participants(&panel, &taken, &who, NOW).await, SummitRefusal::DuplicateKey("P1".into()));
        let all = store.participants(&panel.id).await.expect("participants");
        let keys: Vec<_> = all.iter().map(|p| (p.seq, p.key.as_str())).collect();
        assert_eq!(keys, vec![(1, "P1"), (2, "P2")]);
        let sofie = &all[0];
        assert_eq!(sofie.name.as_deref(), Some("Sofié Peeters"));
        assert_eq!(sofie.languages, ["nl", "fr"]);
        assert_eq!(sofie.needs, "Needs a hearing loop");
        assert_eq!(sofie.attributes, vec![("gender".to_owned(), "f".to_owned())]);
        assert_eq!(sofie.attendance, Attendance::Expected);
        assert!(!sofie.has_code);
        assert_eq!(store.participant(&panel.id, &sofie.id).await.expect("one").as_ref(), Some(sofie));
        assert_eq!(store.participant("elsewhere", &sofie.id).await.expect("none"), None);
        // The next import numbers on.
        store.import_participants(&panel, &[input("P5", "Eva", "drawn")], &who, NOW).await.expect("more");
        assert_eq!(store.participants(&panel.id).await.expect("all")[2].seq, 3);
        // The audit log counts, and names nobody.
        let log = store.audit_log(&panel.assembly_id, 10).await.expect("log");
        assert!(log.iter().any(|e| e.action == "summit.participants.import"));
        assert!(log.iter().all(|e| !format!("{e:?}").contains("Sofi")));
    }

    fn the_search_folds_names_and_finds_keys(store) {
        let (who, panel) = setup(&store).await;
        let inputs = [
            input("K-001", "Sofié Peeters", "drawn"),
            input("K-002", "Jan Sofiesen", "drawn"),
            input("K-103", "Ann 100%_Smet", "free_thinker"),
        ];
        store.import_participants(&panel, &inputs, &who, NOW).await.expect("import");
        let names = |found: Vec<klero_store::Participant>| -> Vec<String> {
            found.into_iter().map(|p| p.name.unwrap_or_default()).collect()
        };
        for query in ["Sofie", "sofié", "  SOFIE "] {
            let found = store.search_participants(&panel.id, query, 10).await.expect("search");
            // The name that starts with the query first.
            assert_eq!(names(found), ["Sofié Peeters", "Jan Sofiesen"], "{query}");
        }
        let found = store.search_participants(&panel.id, "peet", 10).await.expect("search");
        assert_eq!(names(found), ["Sofié Peeters"]);
        let found = store.search_participants(&panel.id, "k-1", 10).await.expect("key");
        assert_eq!(names(found), ["Ann 100%_Smet"]);
        // Wildcards are taken literally.
        let found = store.search_participants(&panel.id, "%_", 10).await.expect("literal");
        assert_eq!(names(found), ["Ann 100%_Smet"]);
        assert!(store.search_participants(&panel.id, "_", 10).await.expect("underscore").len() == 1);
        assert!(store.search_participants(&panel.id, "  ", 10).await.expect("blank").is_empty());
        assert_eq!(store.search_participants(&panel.id, "k-", 2).await.expect("limit").len(), 2);
        assert!(store.search_participants("elsewhere", "sofie", 10).await.expect("other panel").is_empty());
    }

    fn a_code_finds_its_holder_until_it_is_reissued(store) {
        let (who, panel) = setup(&store).await;
        let ids = people(&store, &panel, &who, 2, 0).await;
        let (first, second) = (code(1), code(2));
        refused(store.reissue_code(&panel, &ids[0], &first, &who, NOW).await, SummitRefusal::NotCheckedIn);
        refused(store.check_in(&panel, "nobody", &first, &who, NOW).await, SummitRefusal::UnknownParticipant);
        store.check_in(&panel, &ids[0], &first, &who, NOW + 5).await.expect("check in");
        refused(store.check_in(&panel, &ids[0], &second, &who, NOW).await, SummitRefusal::AlreadyCheckedIn);
        refused(store.check_in(&panel, &ids[1], &first, &who, NOW).await, SummitRefusal::CodeTaken);
        let found = store.participant_by_code(&panel.id, &first).await.expect("by code").expect("found");
        assert_eq!(found.id, ids[0]);
        assert_eq!(found.attendance, Attendance::Present { since: NOW + 5 });
        assert!(found.has_code);
        // Typed differently, the same code.
        let typed = VotingCode::parse(&first.grouped().to_lowercase()).expect("typed");
        assert!(store.participant_by_code(&panel.id, &typed).await.expect("typed").is_some());
        assert_eq!(store.participant_by_code("elsewhere", &first).await.expect("other"), None);
        store.reissue_code(&panel, &ids[0], &second, &who, NOW + 9).await.expect("reissue");
        assert_eq!(store.participant_by_code(&panel.id, &first).await.expect("old"), None);
        let found = store.participant_by_code(&panel.id, &second).await.expect("new").expect("found");
        assert_eq!(found.attendance, Attendance::Present { since: NOW + 5 }, "a reissue keeps the check-in time");
        // Neither the code nor the name is in the audit log.
        let log = format!("{:?}", store.audit_log(&panel.assembly_id, 50).await.expect("log"));
        for secret in [first.as_str(), second.as_str(), "Drawn 1"] {
            assert!(!log.contains(secret), "{secret} in the audit log");
        }
        assert!(log.contains("summit.check_in") && log.contains("summit.code.reissue"));
        // Undone: expected again, the code no longer works.
        store.undo_check_in(&panel, &ids[0], &who, NOW).await.expect("undo");
        assert_eq!(store.participant_by_code(&panel.id, &second).await.expect("undone"), None);
        let back = store.participant(&panel.id, &ids[0]).await.expect("q").expect("p");
        assert_eq!((back.attendance, back.has_code), (Attendance::Expected, false));
        refused(store.undo_check_in(&panel, &ids[0], &who, NOW).await, SummitRefusal::NotCheckedIn);
    }

    fn no_shows_are_recorded_and_cleared_by_a_late_check_in(store) {
        let (who, panel) = setup(&store).await;
        let ids = people(&store, &panel, &who, 2, 0).await;
        store.mark_absent(&panel, &ids[0], &who, NOW).await.expect("absent");
        store.check_in(&panel, &ids[1], &code(7), &who, NOW).await.expect("present");
        refused(store.mark_absent(&panel, &ids[1], &who, NOW).await, SummitRefusal::AlreadyCheckedIn);
        refused(store.mark_absent(&panel, "nobody", &who, NOW).await, SummitRefusal::UnknownParticipant);
        let attendance: Vec<_> = store.participants(&panel.id).await.expect("all").iter().map(|p| p.attendance).collect();
        assert_eq!(attendance, vec![Attendance::Absent, Attendance::Present { since: NOW }]);
        store.check_in(&panel, &ids[0], &code(8), &who, NOW + 60).await.expect("late");
        let late = store.participant(&panel.id, &ids[0]).await.expect("q").expect("p");
        assert_eq!(late.attendance, Attendance::Present { since: NOW + 60 });
    }

    fn erasing_removes_the_name_and_keeps_the_row(store) {
        let (who, panel) = setup(&store).await;
        let ids = people(&store, &panel, &who, 2, 0).await;
        store.check_in(&panel, &ids[0], &code(1), &who, NOW).await.expect("check in");
        store.erase_person(&panel, &ids[0], &who, NOW).await.expect("erase");
        refused(store.erase_person(&panel, "nobody", &who, NOW).await, SummitRefusal::UnknownParticipant);
        let erased = store.participant(&panel.id, &ids[0]).await.expect("q").expect("kept");
        assert_eq!(erased.name, None);
        assert_eq!(erased.needs, "");
        assert_eq!(erased.key, "P1");
        assert_eq!(erased.attendance, Attendance::Present { since: NOW });
        assert!(store.search_participants(&panel.id, "Drawn 1", 10).await.expect("search").is_empty());
        assert_eq!(store.search_participants(&panel.id, "P1", 10).await.expect("by key").len(), 1);
        let other = store.participant(&panel.id, &ids[1]).await.expect("q").expect("p");
        assert_eq!(other.name.as_deref(), Some("Drawn 2"));
        // After the summit, everyone at once: one name was left.
        assert_eq!(store.erase_people(&panel, &who, NOW).await.expect("erase all"), 1);
        let all = store.participants(&panel.id).await.expect("all");
        assert_eq!(all.len(), 2);
        assert!(all.iter().all(|p| p.name.is_none() && p.needs.is_empty()));
    }

    fn ballots_are_taken_only_while_the_vote_is_open(store) {
        let (who, panel) = setup(&store).await;
        let ids = people(&store, &panel, &who, 1, 0).await;
        let voter = code(1);
        refused(store.cast_ballot(&panel.id, 1, &voter, &Ballot::One(0), NOW).await, SummitRefusal::UnknownVote);
        store.check_in(&panel, &ids[0], &voter, &who, NOW).await.expect("check in");
        let number = store.create_vote(&panel, &choose_one(Eligibility::Everyone), &who, NOW).await.expect("create");
        assert_eq!(number, 1);
        refused(store.cast_ballot(&panel.id, number, &voter, &Ballot::One(0), NOW).await, SummitRefusal::VoteNotOpen);
        refused(store.cast_ballot(&panel.id, 2, &voter, &Ballot::One(0), NOW).await, SummitRefusal::UnknownVote);
        refused(store.enter_paper_ballot(&panel, number, 1, &Ballot::One(0), &who, NOW).await, SummitRefusal::VoteNotOpen);
        // Editable while a draft.
        let edited = VoteSpec::new("Which one first?", ["Trams", "Bikes"], BallotKind::ChooseOne, Eligibility::Everyone).expect("spec");
        store.update_vote(&panel, number, &edited, &who, NOW).await.expect("edit");
        refused(store.set_vote_state(&panel, number, VoteState::Closed, &who, NOW).await, SummitRefusal::StateChange { from: "draft", to: "closed" });
        store.set_vote_state(&panel, number, VoteState::Open, &who, NOW + 1).await.expect("open");
        refused(store.update_vote(&panel, number, &edited, &who, NOW).await, SummitRefusal::VoteNotEditable);
        refused(store.cast_ballot(&panel.id, number, &voter, &Ballot::One(2), NOW).await, SummitRefusal::InvalidBallot);
        refused(store.cast_ballot(&panel.id, number, &code(99), &Ballot::One(0), NOW).await, SummitRefusal::CodeUnknown);
        store.cast_ballot(&panel.id, number, &voter, &Ballot::One(1), NOW).await.expect("cast");
        assert_eq!(store.own_ballot(&panel.id, number, &voter).await.expect("own"), Some(Ballot::One(1)));
        assert_eq!(store.own_ballot(&panel.id, number, &code(99)).await.expect("nobody's"), None);
        store.set_vote_state(&panel, number, VoteState::Closed, &who, NOW + 2).await.expect("close");
        refused(store.cast_ballot(&panel.id, number, &voter, &Ballot::One(0), NOW).await, SummitRefusal::VoteNotOpen);
        refused(store.set_vote_state(&panel, number, VoteState::Open, &who, NOW).await, SummitRefusal::StateChange { from: "closed", to: "open" });
        let vote = store.vote(&panel.id, number).await.expect("q").expect("vote");
        assert_eq!((vote.state, vote.opened_at, vote.closed_at), (VoteState::Closed, Some(NOW + 1), Some(NOW + 2)));
        assert_eq!(vote.spec, edited);
        assert_eq!(store.ballots(&panel.id, number).await.expect("ballots"), vec![Ballot::One(1)]);
        // Ballots are secret: none in the audit log.
        let log = store.audit_log(&panel.assembly_id, 50).await.expect("log");
        assert!(log.iter().all(|e| !e.action.contains("ballot")));
    }

    fn a_second_ballot_replaces_the_first(store) {
        let (who, panel) = setup(&store).await;
        let ids = people(&store, &panel, &who, 2, 0).await;
        let (mine, new_code) = (code(1), code(2));
        store.check_in(&panel, &ids[0], &mine, &who, NOW).await.expect("check in");
        let number = open_vote(&store, &panel, &who, Eligibility::Everyone).await;
        store.cast_ballot(&panel.id, number, &mine, &Ballot::One(0), NOW).await.expect("first");
        store.cast_ballot(&panel.id, number, &mine, &Ballot::One(2), NOW + 1).await.expect("second");
        assert_eq!(store.ballots(&panel.id, number).await.expect("ballots"), vec![Ballot::One(2)]);
        // A reissued code is the same voter.
        store.reissue_code(&panel, &ids[0], &new_code, &who, NOW).await.expect("reissue");
        refused(store.cast_ballot(&panel.id, number, &mine, &Ballot::One(1), NOW).await, SummitRefusal::CodeUnknown);
        store.cast_ballot(&panel.id, number, &new_code, &Ballot::Abstain, NOW + 2).await.expect("third");
        assert_eq!(store.ballots(&panel.id, number).await.expect("ballots"), vec![Ballot::Abstain]);
        let turnout = store.turnout(&panel.id, number).await.expect("turnout");
        assert_eq!(turnout, SummitTurnout { phone: 1, paper: 0, eligible: 1 });
    }

    fn only_drawn_citizens_vote_on_a_drawn_only_vote(store) {
        let (who, panel) = setup(&store).await;
        let ids = people(&store, &panel, &who, 2, 1).await;
        let (citizen, employer) = (code(1), code(3));
        store.check_in(&panel, &ids[0], &citizen, &who, NOW).await.expect("citizen");
        store.check_in(&panel, &ids[2], &employer, &who, NOW).await.expect("employer");
        let drawn_only = open_vote(&store, &panel, &who, Eligibility::DrawnOnly).await;
        let everyone = open_vote(&store, &panel, &who, Eligibility::Everyone).await;
        refused(store.cast_ballot(&panel.id, drawn_only, &employer, &Ballot::One(0), NOW).await, SummitRefusal::NotEligible);
        store.cast_ballot(&panel.id, drawn_only, &citizen, &Ballot::One(0), NOW).await.expect("citizen votes");
        store.cast_ballot(&panel.id, everyone, &employer, &Ballot::One(1), NOW).await.expect("employer votes");
        // Eligible: checked in and of a group that may vote (the second citizen is not here).
        assert_eq!(store.turnout(&panel.id, drawn_only).await.expect("t"), SummitTurnout { phone: 1, paper: 0, eligible: 1 });
        assert_eq!(store.turnout(&panel.id, everyone).await.expect("t"), SummitTurnout { phone: 1, paper: 0, eligible: 2 });
        refused(store.turnout(&panel.id, 9).await, SummitRefusal::UnknownVote);
    }

    fn a_paper_ballot_entered_again_replaces_the_first_entry(store) {
        let (who, panel) = setup(&store).await;
        let number = open_vote(&store, &panel, &who, Eligibility::DrawnOnly).await;
        store.enter_paper_ballot(&panel, number, 17, &Ballot::One(0), &who, NOW).await.expect("entry");
        store.enter_paper_ballot(&panel, number, 18, &Ballot::One(1), &who, NOW).await.expect("entry");
        store.enter_paper_ballot(&panel, number, 17, &Ballot::One(2), &who, NOW).await.expect("corrected");
        refused(store.enter_paper_ballot(&panel, number, 19, &Ballot::Several(vec![0]), &who, NOW).await, SummitRefusal::InvalidBallot);
        let mut ballots = store.ballots(&panel.id, number).await.expect("ballots");
        ballots.sort_by_key(|b| format!("{b:?}"));
        assert_eq!(ballots, vec![Ballot::One(1), Ballot::One(2)]);
        assert_eq!(store.turnout(&panel.id, number).await.expect("t"), SummitTurnout { phone: 0, paper: 2, eligible: 0 });
        let log = store.audit_log(&panel.assembly_id, 50).await.expect("log");
        assert_eq!(log.iter().filter(|e| e.action == "summit.ballot.paper").count(), 3);
    }

    fn closing_keeps_the_count_of_the_ballots(store) {
        let (who, panel) = setup(&store).await;
        let ids = people(&store, &panel, &who, 4, 0).await;
        let spec = VoteSpec::new("Rank them", ["A", "B", "C"], BallotKind::Rank, Eligibility::Everyone).expect("spec");
        let number = store.create_vote(&panel, &spec, &who, NOW).await.expect("create");
        store.set_vote_state(&panel, number, VoteState::Open, &who, NOW).await.expect("open");
        let cast = [Ballot::Ranking(vec![2, 0, 1]), Ballot::Ranking(vec![2]), Ballot::Abstain, Ballot::Ranking(vec![0, 2])];
        for (i, (id, ballot)) in ids.iter().zip(&cast).enumerate() {
            let voter = code(i as u64 + 10);
            store.check_in(&panel, id, &voter, &who, NOW).await.expect("check in");
            store.cast_ballot(&panel.id, number, &voter, ballot, NOW).await.expect("cast");
        }
        store.enter_paper_ballot(&panel, number, 1, &Ballot::Ranking(vec![1]), &who, NOW).await.expect("paper");
        assert!(store.vote(&panel.id, number).await.expect("q").expect("v").results.is_none());
        store.set_vote_state(&panel, number, VoteState::Closed, &who, NOW).await.expect("close");
        let ballots = store.ballots(&panel.id, number).await.expect("ballots");
        assert_eq!(ballots.len(), 5);
        let stored = store.vote(&panel.id, number).await.expect("q").expect("v").results.expect("results");
        assert_eq!(stored, tally(&spec, &ballots));
        assert_eq!(stored.turnout().abstentions, 1);
        assert_eq!(stored.ranking()[0].option, 2);
        let votes = store.votes(&panel.id).await.expect("votes");
        assert_eq!(votes.len(), 1);
        assert_eq!(votes[0].results.as_ref(), Some(&stored));
    }

    fn ballots_arriving_together_are_written_together_each_with_its_outcome(store) {
        let (who, panel) = setup(&store).await;
        // P1..P20 hold codes 0..19, the employer E1 code 20.
        let ids = people(&store, &panel, &who, 20, 1).await;
        for (n, id) in (0..).zip(&ids) {
            store.check_in(&panel, id, &code(n), &who, NOW).await.expect("check in");
        }
        let number = open_vote(&store, &panel, &who, Eligibility::DrawnOnly).await;
        let closed = open_vote(&store, &panel, &who, Eligibility::DrawnOnly).await;
        store.set_vote_state(&panel, closed, VoteState::Closed, &who, NOW).await.expect("close");
        let before = store.pulse(&panel.id).await.expect("pulse");
        let mut cases: Vec<(u32, VotingCode, Ballot, Option<SummitRefusal>)> = (0..20)
            .map(|n| (number, code(n), Ballot::One((n % 3) as usize), None))
            .collect();
        cases.extend([
            // The same voter again in the same group: the later ballot is the one kept.
            (number, code(0), Ballot::One(2), None),
            (number, code(20), Ballot::One(0), Some(SummitRefusal::NotEligible)),
            (number, code(99), Ballot::One(0), Some(SummitRefusal::CodeUnknown)),
            (number, code(1), Ballot::One(7), Some(SummitRefusal::InvalidBallot)),
            (closed, code(2), Ballot::One(0), Some(SummitRefusal::VoteNotOpen)),
            (9, code(3), Ballot::One(0), Some(SummitRefusal::UnknownVote)),
        ]);
        // On the test's single-threaded runtime every task queues its ballot before the
        // writer runs, so they all arrive together.
        let mut tasks = tokio::task::JoinSet::new();
        for (i, (vote, voter, ballot, _)) in cases.iter().cloned().enumerate() {
            let (store, panel_id) = (store.clone(), panel.id.clone());
            tasks.spawn(async move { (i, store.cast_ballot(&panel_id, vote, &voter, &ballot, NOW).await) });
        }
        let mut outcomes: Vec<Option<Result<(), StoreError>>> = (0..cases.len()).map(|_| None).collect();
        while let Some(joined) = tasks.join_next().await {
            let (i, outcome) = joined.expect("task");
            outcomes[i] = Some(outcome);
        }
        for ((_, _, _, expected), outcome) in cases.iter().zip(outcomes) {
            match (expected, outcome.expect("answered")) {
                (None, outcome) => outcome.expect("stored"),
                (Some(refusal), outcome) => refused(outcome, refusal.clone()),
            }
        }
        assert_eq!(store.turnout(&panel.id, number).await.expect("t"), SummitTurnout { phone: 20, paper: 0, eligible: 20 });
        assert_eq!(store.own_ballot(&panel.id, number, &code(0)).await.expect("own"), Some(Ballot::One(2)));
        assert_eq!(store.own_ballot(&panel.id, number, &code(1)).await.expect("own"), Some(Ballot::One(1)), "an invalid ballot leaves the valid one");
        assert_eq!(store.turnout(&panel.id, closed).await.expect("t").phone, 0);
        let after = store.pulse(&panel.id).await.expect("pulse");
        assert!(after > before, "the pulse moved");
        assert!(after - before < 20, "20 ballots in {} transactions: not written together", after - before);
    }

    fn the_pulse_grows_with_ballots_check_ins_and_state_changes(store) {
        let (who, panel) = setup(&store).await;
        assert_eq!(store.pulse(&panel.id).await.expect("pulse"), 0);
        let ids = people(&store, &panel, &who, 1, 0).await;
        let mut last = store.pulse(&panel.id).await.expect("pulse");
        assert!(last > 0);
        let mut grew = |now: i64, what: &str| {
            assert!(now > last, "the pulse did not grow with {what}");
            last = now;
        };
        let voter = code(1);
        store.check_in(&panel, &ids[0], &voter, &who, NOW).await.expect("check in");
        grew(store.pulse(&panel.id).await.expect("pulse"), "a check-in");
        let number = store.create_vote(&panel, &choose_one(Eligibility::Everyone), &who, NOW).await.expect("create");
        store.set_vote_state(&panel, number, VoteState::Open, &who, NOW).await.expect("open");
        grew(store.pulse(&panel.id).await.expect("pulse"), "opening");
        store.cast_ballot(&panel.id, number, &voter, &Ballot::One(0), NOW).await.expect("cast");
        grew(store.pulse(&panel.id).await.expect("pulse"), "a ballot");
        store.cast_ballot(&panel.id, number, &voter, &Ballot::One(1), NOW).await.expect("again");
        grew(store.pulse(&panel.id).await.expect("pulse"), "a replaced ballot");
        let before = store.pulse(&panel.id).await.expect("pulse");
        refused(store.cast_ballot(&panel.id, number, &code(5), &Ballot::One(1), NOW).await, SummitRefusal::CodeUnknown);
        assert_eq!(store.pulse(&panel.id).await.expect("pulse"), before, "a refused ballot changes nothing");
        store.set_vote_state(&panel, number, VoteState::Closed, &who, NOW).await.expect("close");
        grew(store.pulse(&panel.id).await.expect("pulse"), "closing");
        assert_eq!(store.pulse("elsewhere").await.expect("other panel"), 0);
    }
}

/// 200 participants vote at once; every ballot is counted, and the pulse moved (once per group
/// of ballots written together, so at most once per ballot).
async fn ballots_cast_concurrently_are_all_counted(store: Store) {
    const VOTERS: u64 = 200;
    let (who, panel) = setup(&store).await;
    let ids = people(&store, &panel, &who, VOTERS as usize, 0).await;
    for (n, id) in (0..).zip(&ids) {
        store
            .check_in(&panel, id, &code(n), &who, NOW)
            .await
            .expect("check in");
    }
    let number = open_vote(&store, &panel, &who, Eligibility::DrawnOnly).await;
    let before = store.pulse(&panel.id).await.expect("pulse");
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..VOTERS {
        let (store, panel_id) = (store.clone(), panel.id.clone());
        tasks.spawn(async move {
            let ballot = Ballot::One((n % 3) as usize);
            store
                .cast_ballot(&panel_id, number, &code(n), &ballot, NOW)
                .await
        });
    }
    while let Some(result) = tasks.join_next().await {
        result.expect("task").expect("ballot");
    }
    let turnout = store.turnout(&panel.id, number).await.expect("turnout");
    assert_eq!(
        turnout,
        SummitTurnout {
            phone: VOTERS,
            paper: 0,
            eligible: VOTERS
        }
    );
    let after = store.pulse(&panel.id).await.expect("pulse");
    assert!(
        after > before && after - before <= VOTERS as i64,
        "pulse {before} → {after}"
    );
    store
        .set_vote_state(&panel, number, VoteState::Closed, &who, NOW)
        .await
        .expect("close");
    let results = store
        .vote(&panel.id, number)
        .await
        .expect("q")
        .expect("v")
        .results
        .expect("results");
    assert_eq!(results.turnout().counted, VOTERS);
}

mod concurrent_ballots {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn sqlite_file_in_wal_mode() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}", dir.path().join("summit.db").display());
        let store = Store::connect(&url).await.expect("connect");
        ballots_cast_concurrently_are_all_counted(store.clone()).await;
        store.close().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn postgres() {
        let (db, store) = crate::fresh(klero_test_db::Kind::Postgres).await;
        ballots_cast_concurrently_are_all_counted(store.clone()).await;
        store.close().await;
        drop(db);
    }
}
