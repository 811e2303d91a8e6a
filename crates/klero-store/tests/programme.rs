//! The summit programme: rounds in order and editable, proposals kept once per client id (the
//! offline retry), read back by round and "since", and a shortlist item that keeps the link to
//! the tables whose proposals it merges.

use crate::summit::setup;
use crate::{NOW, form, on_both};
use klero_domain::assembly::Panel;
use klero_domain::summit::programme::{ProposalInput, RoundSpec, ShortlistInput};
use klero_store::{Actor, ProposalOutcome, Store, StoreError, SummitRefusal};

fn round(theme: &str) -> RoundSpec {
    RoundSpec::parse(&form(&[
        ("theme", theme),
        ("minutes", "45"),
        ("question", "What should change?"),
    ]))
    .expect("round")
}

fn proposal(text: &str, client_id: &str) -> ProposalInput {
    ProposalInput::parse(&form(&[("text", text), ("client_id", client_id)])).expect("proposal")
}

async fn propose(store: &Store, panel: &Panel, who: &Actor, table: u32, text: &str) -> String {
    let client_id = format!("table-{table}-{}", text.len());
    match store
        .add_proposal(panel, 1, table, &proposal(text, &client_id), who, NOW)
        .await
        .expect("proposal")
    {
        ProposalOutcome::Stored(p) => p.id,
        other => panic!("expected Stored, got {other:?}"),
    }
}

fn refused<T: std::fmt::Debug>(result: Result<T, StoreError>, refusal: SummitRefusal) {
    match result {
        Err(StoreError::SummitRefused(r)) => assert_eq!(r, refusal),
        other => panic!("expected {refusal:?}, got {other:?}"),
    }
}

on_both! {
    fn rounds_are_numbered_and_editable(store) {
        let (olga, panel) = setup(&store).await;
        assert_eq!(store.add_summit_round(&panel, &round("Mobility"), &olga, NOW).await.expect("add"), 1);
        assert_eq!(store.add_summit_round(&panel, &round("Housing"), &olga, NOW).await.expect("add"), 2);
        store
            .update_summit_round(&panel, 1, &round("Mobility and transport"), &olga, NOW)
            .await
            .expect("update");
        let rounds = store.summit_rounds(&panel.id).await.expect("rounds");
        let themes: Vec<_> = rounds.iter().map(|r| r.spec.theme.as_str()).collect();
        assert_eq!(themes, ["Mobility and transport", "Housing"]);
        assert_eq!(rounds[0].spec.minutes, 45);
        // The round in other languages, kept with it (issue 23: a French table reads French).
        let translated = RoundSpec::parse(&form(&[
            ("theme", "Mobiliteit"),
            ("minutes", "30"),
            ("theme_fr", "Mobilité"),
            ("question_fr", "Quoi d’abord ?"),
        ]))
        .expect("round");
        store.update_summit_round(&panel, 2, &translated, &olga, NOW).await.expect("update");
        let rounds = store.summit_rounds(&panel.id).await.expect("rounds");
        assert_eq!(rounds[1].spec, translated);
        assert_eq!(
            rounds[1].spec.text_in(klero_domain::lang::Lang::Fr).question,
            "Quoi d’abord ?"
        );
        assert!(rounds[0].spec.translations.is_empty());
        refused(store.update_summit_round(&panel, 3, &round("X"), &olga, NOW).await, SummitRefusal::UnknownRound);
        let entries = store.audit_log(&panel.assembly_id, 100).await.expect("audit");
        assert!(entries.iter().any(|e| e.action == "summit.round.update"));
    }

    fn a_retried_proposal_is_stored_once(store) {
        let (olga, panel) = setup(&store).await;
        store.add_summit_round(&panel, &round("Mobility"), &olga, NOW).await.expect("round");
        let before = store.pulse(&panel.id).await.expect("pulse");
        let input = proposal("Free buses on Sundays", "5f0c2a9e-1b7d-4c1e");
        let first = store.add_proposal(&panel, 1, 4, &input, &olga, NOW).await.expect("first");
        let ProposalOutcome::Stored(stored) = first else { panic!("expected Stored") };
        assert_eq!((stored.round, stored.table, stored.seq), (1, 4, 1));
        let after_first = store.pulse(&panel.id).await.expect("pulse");
        assert!(after_first > before);
        let again = store.add_proposal(&panel, 1, 4, &input, &olga, NOW + 5).await.expect("retry");
        assert_eq!(again, ProposalOutcome::AlreadyStored(stored.clone()));
        assert_eq!(store.proposals(&panel.id, None).await.expect("all").len(), 1);
        refused(
            store.add_proposal(&panel, 2, 4, &proposal("x", "another-id"), &olga, NOW).await,
            SummitRefusal::UnknownRound,
        );
    }

    fn proposals_by_round_and_since(store) {
        let (olga, panel) = setup(&store).await;
        store.add_summit_round(&panel, &round("Mobility"), &olga, NOW).await.expect("round");
        store.add_summit_round(&panel, &round("Housing"), &olga, NOW).await.expect("round");
        for (i, r) in [1, 2, 1].into_iter().enumerate() {
            let input = proposal(&format!("Idea {i}"), &format!("client-{i:04}"));
            store.add_proposal(&panel, r, 1, &input, &olga, NOW).await.expect("add");
        }
        let first_round = store.proposals(&panel.id, Some(1)).await.expect("round 1");
        let texts: Vec<_> = first_round.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Idea 0", "Idea 2"]);
        let since = store.proposals_since(&panel.id, 1).await.expect("since");
        let seqs: Vec<_> = since.iter().map(|p| p.seq).collect();
        assert_eq!(seqs, [2, 3]);
        assert!(store.proposals_since(&panel.id, 3).await.expect("none").is_empty());
    }

    fn a_shortlist_item_keeps_the_tables_that_proposed_it(store) {
        let (olga, panel) = setup(&store).await;
        store.add_summit_round(&panel, &round("Mobility"), &olga, NOW).await.expect("round");
        let one = propose(&store, &panel, &olga, 1, "Free buses").await;
        let two = propose(&store, &panel, &olga, 2, "Cheaper trains").await;
        let three = propose(&store, &panel, &olga, 3, "Public transport for free").await;
        let also_one = propose(&store, &panel, &olga, 1, "Buses every ten minutes").await;
        let title = ShortlistInput::parse(&form(&[("title", "Free public transport")])).expect("title");
        let item = store
            .create_shortlist_item(&panel, &title, &[one.clone(), three.clone()], &olga, NOW)
            .await
            .expect("item");
        assert_eq!(item, 1);
        store.link_proposal(&panel, item, &two, &olga, NOW).await.expect("link");
        store.link_proposal(&panel, item, &two, &olga, NOW).await.expect("link again");
        let list = store.shortlist(&panel.id).await.expect("shortlist");
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].tables, [1, 2, 3]);
        assert_eq!(list[0].proposals.len(), 3);
        store.unlink_proposal(&panel, item, &two, &olga, NOW).await.expect("unlink");
        let other = ShortlistInput::parse(&form(&[("title", "Frequent buses")])).expect("title");
        store
            .create_shortlist_item(&panel, &other, &[also_one, one], &olga, NOW)
            .await
            .expect("second item");
        let list = store.shortlist(&panel.id).await.expect("shortlist");
        assert_eq!(list[0].tables, [1, 3]);
        assert_eq!(list[0].title, "Free public transport");
        assert_eq!(list[1].tables, [1]);
        assert_eq!(list[1].proposals.len(), 2);
        refused(
            store.link_proposal(&panel, 9, &three, &olga, NOW).await,
            SummitRefusal::UnknownShortlistItem,
        );
        refused(
            store.create_shortlist_item(&panel, &title, &["nope".to_owned()], &olga, NOW).await,
            SummitRefusal::UnknownProposal,
        );
        let entries = store.audit_log(&panel.assembly_id, 100).await.expect("audit");
        assert!(entries.iter().any(|e| e.action == "summit.shortlist.create"));
    }
}
