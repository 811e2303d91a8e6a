//! A panel's selection: inputs replaced all or nothing and frozen with their commitment (then
//! refused), the draw recorded once with its members and reserves, replies by link, drop-outs,
//! replacements, and contact details erased while the pseudonymous pool stays.

use crate::summit::setup;
use crate::{NOW, on_both};
use klero_domain::selection::WithdrawalReason;
use klero_store::{
    Contact, Letter, MemberReply, NewDraw, Notice, OutgoingMail, PersonStatus, PoolEntry,
    SelectionInputs, SelectionQuota, SelectionRefusal, SelectionState, Store, StoreError,
};

/// The message of a person drawn: the reply token in the body, as the web layer writes it.
fn letter(notice: &Notice) -> Letter {
    Letter {
        subject: format!("Chosen: {}", notice.name),
        body: format!("/reply/{}", notice.token),
    }
}

fn inputs(people: usize) -> SelectionInputs {
    let quota = |value: &str| SelectionQuota {
        feature: "gender".into(),
        value: value.into(),
        min: 1,
        max: 2,
        min_flex: None,
        max_flex: Some(3),
    };
    SelectionInputs {
        panel_size: 2,
        lottery_panels: 10,
        reserves: 1,
        features_file: "features.csv".into(),
        people_file: "people.csv".into(),
        quotas: vec![quota("f"), quota("m")],
        people: (1..=people)
            .map(|i| PoolEntry {
                key: format!("p{i}"),
                values: vec![if i % 2 == 0 { "f" } else { "m" }.into()],
                household: (i <= 2).then_some(0),
            })
            .collect(),
        contacts: (1..=people)
            .map(|i| Contact {
                key: format!("p{i}"),
                name: format!("Person {i}"),
                email: format!("p{i}@example.be"),
                address: String::new(),
            })
            .collect(),
    }
}

fn refused<T: std::fmt::Debug>(result: Result<T, StoreError>, refusal: SelectionRefusal) {
    match result {
        Err(StoreError::SelectionRefused(r)) => assert_eq!(r, refusal),
        other => panic!("expected {refusal:?}, got {other:?}"),
    }
}

fn draw(chosen: &[&str], reserves: &[&str], withdrawn: &[&str]) -> NewDraw {
    let owned = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect();
    NewDraw {
        seed: "3 1 4 1 5".into(),
        commitment: "c0ffee".into(),
        chosen: owned(chosen),
        reserves: owned(reserves),
        withdrawn: owned(withdrawn),
        files: vec![("SHA256SUMS".into(), "sums".into())],
    }
}

on_both! {
    fn selection_inputs_replace_then_freeze(store) {
        let (olga, panel) = setup(&store).await;
        assert_eq!(store.selection(&panel.id).await.expect("read"), None);
        store.replace_selection_inputs(&panel, &inputs(6), &olga, NOW).await.expect("first");
        store.replace_selection_inputs(&panel, &inputs(4), &olga, NOW).await.expect("again");
        let pool = store.selection_pool(&panel.id).await.expect("pool");
        assert_eq!(pool.len(), 4, "the second upload replaced the first");
        assert_eq!(pool[0].entry.household, Some(0));
        assert_eq!(pool[3].entry.values, vec!["f".to_owned()]);
        assert_eq!(store.selection_quotas(&panel.id).await.expect("quotas"), inputs(4).quotas);
        assert_eq!(store.selection_contacts(&panel.id).await.expect("contacts").len(), 4);
        refused(store.record_draw(&panel, &draw(&["p1"], &[], &[]), &olga, &letter, NOW).await,
            SelectionRefusal::NotFrozen);

        let version = store.selection(&panel.id).await.expect("read").expect("some").version;
        assert_eq!(version, 2);
        refused(store.freeze_selection(&panel, 1, "c0ffee", "{}", &olga, NOW).await,
            SelectionRefusal::Changed);
        store.freeze_selection(&panel, 2, "c0ffee", "{}", &olga, NOW).await.expect("freeze");
        let s = store.selection(&panel.id).await.expect("read").expect("some");
        assert_eq!(s.state, SelectionState::Frozen);
        assert_eq!(s.commitment.as_deref(), Some("c0ffee"));
        refused(store.replace_selection_inputs(&panel, &inputs(6), &olga, NOW).await,
            SelectionRefusal::Frozen);
        refused(store.freeze_selection(&panel, 2, "other", "{}", &olga, NOW).await,
            SelectionRefusal::Frozen);
        assert_eq!(store.selection_pool(&panel.id).await.expect("pool").len(), 4,
            "nothing changed after the freeze");
    }

    fn selection_inputs_are_all_or_nothing(store) {
        let (olga, panel) = setup(&store).await;
        store.replace_selection_inputs(&panel, &inputs(4), &olga, NOW).await.expect("first");
        // A contact row that breaks a constraint half-way: nothing of the second upload stays.
        let mut broken = inputs(6);
        broken.contacts.push(broken.contacts[0].clone());
        store.replace_selection_inputs(&panel, &broken, &olga, NOW).await.expect_err("refused");
        assert_eq!(store.selection_pool(&panel.id).await.expect("pool").len(), 4);
        assert_eq!(store.selection_contacts(&panel.id).await.expect("contacts").len(), 4);
        assert_eq!(store.selection(&panel.id).await.expect("s").expect("s").version, 1);
    }

    fn selection_draw_replies_replacements_erasure(store) {
        let (olga, panel) = setup(&store).await;
        refused(store.freeze_selection(&panel, 1, "c0ffee", "{}", &olga, NOW).await,
            SelectionRefusal::NoPool);
        store.replace_selection_inputs(&panel, &inputs(6), &olga, NOW).await.expect("inputs");
        store.freeze_selection(&panel, 1, "c0ffee", "{}", &olga, NOW).await.expect("freeze");
        let mut wrong = draw(&["p1", "p2"], &["p3"], &[]);
        wrong.commitment = "beef".into();
        refused(store.record_draw(&panel, &wrong, &olga, &letter, NOW).await,
            SelectionRefusal::CommitmentMismatch);
        let notices = store
            .record_draw(&panel, &draw(&["p1", "p2"], &["p3"], &[]), &olga, &letter, NOW)
            .await
            .expect("draw");
        assert_eq!(notices.len(), 2);
        assert_eq!(notices[0].email, "p1@example.be");
        // The messages were queued with the draw, each with its reply link.
        let mut queued = store.outbox(&panel.assembly_id, 100).await.expect("outbox");
        queued.sort_by(|a, b| a.recipient.cmp(&b.recipient));
        assert_eq!(queued.len(), 2);
        for (mail, notice) in queued.iter().zip(&notices) {
            assert_eq!(mail.recipient, notice.email);
            assert_eq!(mail.subject, format!("Chosen: {}", notice.name));
            assert_eq!(mail.body, format!("/reply/{}", notice.token));
        }
        refused(store.record_draw(&panel, &draw(&["p1", "p2"], &["p3"], &[]), &olga, &letter, NOW).await,
            SelectionRefusal::NotFrozen);
        let pool = store.selection_pool(&panel.id).await.expect("pool");
        let status = |k: &str| pool.iter().find(|p| p.entry.key == k).map(|p| (p.status, p.reserve_rank));
        assert_eq!(status("p1"), Some((PersonStatus::Member, None)));
        assert_eq!(status("p3"), Some((PersonStatus::Reserve, Some(1))));
        assert_eq!(status("p4"), Some((PersonStatus::Pool, None)));
        assert_eq!(store.selection_file(&panel.id, 1, "SHA256SUMS").await.expect("file"),
            Some("sums".to_owned()));

        // Replies by link: an unknown token is no one's; a decline withdraws.
        assert_eq!(store.reply_to_selection("nope", MemberReply::Confirmed, NOW).await.expect("r"), None);
        let p = store.reply_to_selection(&notices[0].token, MemberReply::Confirmed, NOW).await.expect("r");
        let p = p.expect("a member");
        assert_eq!(p.panel_id, panel.id);
        assert_eq!(p.assembly_id, panel.assembly_id);
        assert_eq!(p.email.as_deref(), Some("p1@example.be"));
        store.reply_to_selection(&notices[1].token, MemberReply::Declined, NOW).await.expect("r");
        refused(store.reply_to_selection(&notices[1].token, MemberReply::Confirmed, NOW).await,
            SelectionRefusal::NotMember);
        let pool = store.selection_pool(&panel.id).await.expect("pool");
        assert_eq!(pool[0].reply, Some(MemberReply::Confirmed));
        assert_eq!(pool[1].status, PersonStatus::Withdrawn);
        assert_eq!(pool[1].withdrawal, Some(WithdrawalReason::DeclinedByLink));
        assert_eq!(pool[0].withdrawal, None);

        // Drop-outs recorded by organisers, with their reason, then a replacement draw.
        refused(store.withdraw_member(&panel, "p4", WithdrawalReason::Unreachable, &olga, NOW).await,
            SelectionRefusal::NotMember);
        store.withdraw_member(&panel, "p1", WithdrawalReason::Unreachable, &olga, NOW).await
            .expect("withdraw");
        let pool = store.selection_pool(&panel.id).await.expect("pool");
        assert_eq!(pool[0].withdrawal, Some(WithdrawalReason::Unreachable));
        refused(store.record_draw(&panel, &draw(&["p5"], &[], &["p6"]), &olga, &letter, NOW).await,
            SelectionRefusal::NotWithdrawn);
        let mut replacement = draw(&["p3", "p4"], &[], &["p1", "p2"]);
        replacement.commitment = "replacement".into();
        let notices = store.record_draw(&panel, &replacement, &olga, &letter, NOW).await.expect("replace");
        assert_eq!(notices.len(), 2);
        let queued = store.outbox(&panel.assembly_id, 100).await.expect("outbox");
        assert_eq!(queued.len(), 4, "the replacement draw queued its own two messages");
        for notice in &notices {
            let body = format!("/reply/{}", notice.token);
            assert_eq!(queued.iter().filter(|m| m.body == body).count(), 1);
        }
        refused(store.record_draw(&panel, &replacement, &olga, &letter, NOW).await,
            SelectionRefusal::NotWithdrawn);
        let pool = store.selection_pool(&panel.id).await.expect("pool");
        let status = |k: &str| pool.iter().find(|p| p.entry.key == k).map(|p| (p.status, p.reserve_rank));
        assert_eq!(status("p1"), Some((PersonStatus::Replaced, None)));
        assert_eq!(status("p3"), Some((PersonStatus::Member, None)));
        let draws = store.selection_draws(&panel.id).await.expect("draws");
        assert_eq!(draws.len(), 2);
        assert_eq!(draws[1].withdrawn, vec!["p1".to_owned(), "p2".to_owned()]);
        assert_eq!(draws[0].chosen, vec!["p1".to_owned(), "p2".to_owned()]);

        // Erasure: contacts go, the pool and the draws stay.
        assert_eq!(store.erase_selection_contacts(&panel, &olga, NOW).await.expect("erase"), 6);
        assert!(store.selection_contacts(&panel.id).await.expect("contacts").is_empty());
        assert_eq!(store.selection_pool(&panel.id).await.expect("pool").len(), 6);
        let s = store.selection(&panel.id).await.expect("read").expect("some");
        assert_eq!(s.contacts_erased_at, Some(NOW));
    }

    // Regression (issue 25, finding 3): the draw was committed, then its messages queued in a
    // separate step, so a crash in between lost them. A fault injected inside the draw's
    // transaction (a message the outbox refuses: its dedup key is taken) must leave no draw.
    fn selection_draw_without_its_messages_is_not_recorded(store) {
        let (olga, panel) = setup(&store).await;
        store.replace_selection_inputs(&panel, &inputs(6), &olga, NOW).await.expect("inputs");
        store.freeze_selection(&panel, 1, "c0ffee", "{}", &olga, NOW).await.expect("freeze");
        let squatter = OutgoingMail {
            assembly_id: Some(panel.assembly_id.clone()),
            recipient: "someone@example.be".into(),
            subject: "taken".into(),
            body: "taken".into(),
            dedup_key: Some(format!("selection:{}:1:p2", panel.id)),
        };
        assert!(store.enqueue_mail(&squatter, NOW).await.expect("queue"));
        let failed = store
            .record_draw(&panel, &draw(&["p1", "p2"], &["p3"], &[]), &olga, &letter, NOW)
            .await;
        assert!(failed.is_err(), "the second message cannot be queued, so the draw fails");
        let s = store.selection(&panel.id).await.expect("read").expect("some");
        assert_eq!(s.state, SelectionState::Frozen, "no draw was recorded");
        assert!(store.selection_draws(&panel.id).await.expect("draws").is_empty());
        assert_eq!(store.selection_file(&panel.id, 1, "SHA256SUMS").await.expect("file"), None);
        let pool = store.selection_pool(&panel.id).await.expect("pool");
        assert!(pool.iter().all(|p| p.status == PersonStatus::Pool), "no one is a member");
        let queued = store.outbox(&panel.assembly_id, 100).await.expect("outbox");
        assert_eq!(queued.len(), 1, "only the squatter: p1's message went with the draw");
        assert_eq!(queued[0].subject, "taken");
    }
}
