//! Recruitment: a draw of invitations stored with its figures and only the drawn rows, codes
//! found by their digest alone, registrations recorded, changed, withdrawn and closed by the
//! freeze, the replies counted per stratum, and the personal data erased while the figures stay.

use crate::summit::setup;
use crate::{NOW, on_both};
use klero_domain::recruitment::RegistrationCode;
use klero_store::{
    NewInvitations, NewInvitee, NewRegistration, NewStratum, OutgoingMail, RecruitmentRefusal,
    SelectionInputs, SelectionQuota, Store, StoreError,
};

/// The confirmation a registrant is sent, queued with the registration.
fn confirmation(assembly_id: &str, to: &str) -> OutgoingMail {
    OutgoingMail {
        assembly_id: Some(assembly_id.to_owned()),
        recipient: to.to_owned(),
        subject: "Registered".into(),
        body: "Thank you".into(),
        dedup_key: None,
    }
}

fn invitations(count: usize) -> NewInvitations {
    NewInvitations {
        register_file: "register.csv".into(),
        register_digest: "ab".repeat(32),
        settings_json: r#"{"count":3}"#.into(),
        seed: "4 8 15 16".into(),
        population: 1000,
        header: vec![
            "id".into(),
            "name".into(),
            "street".into(),
            "commune".into(),
        ],
        address: klero_domain::invitation::AddressLines::new(vec![
            vec!["name".into()],
            vec!["street".into()],
        ]),
        strata: vec![
            NewStratum {
                name: "Ixelles".into(),
                population: 600,
                excluded: 2,
                invitations: 2,
            },
            NewStratum {
                name: "Uccle".into(),
                population: 400,
                excluded: 0,
                invitations: 1,
            },
        ],
        invitees: (1..=count)
            .map(|i| NewInvitee {
                stratum: if i == 3 { "Uccle" } else { "Ixelles" }.into(),
                languages: vec!["fr".into(), "nl".into()],
                cells: vec![
                    format!("id{i}"),
                    format!("Person {i}"),
                    format!("Rue {i}"),
                    String::new(),
                ],
            })
            .collect(),
    }
}

fn registration(name: &str) -> NewRegistration {
    NewRegistration {
        answers: vec![("gender".into(), "f".into())],
        available: true,
        lang: "fr".into(),
        by_staff: false,
        name: name.into(),
        email: "p@example.be".into(),
        phone: String::new(),
        needs: "wheelchair".into(),
    }
}

fn refused<T: std::fmt::Debug>(result: Result<T, StoreError>, refusal: RecruitmentRefusal) {
    match result {
        Err(StoreError::RecruitmentRefused(r)) => assert_eq!(r, refusal),
        other => panic!("expected {refusal:?}, got {other:?}"),
    }
}

async fn codes(store: &Store, panel_id: &str) -> Vec<RegistrationCode> {
    store
        .letter_recipients(panel_id)
        .await
        .expect("recipients")
        .into_iter()
        .map(|r| r.code)
        .collect()
}

on_both! {
    fn invitations_codes_and_registrations(store) {
        let (olga, panel) = setup(&store).await;
        store.record_invitations(&panel, &invitations(3), &olga, NOW).await.expect("draw");
        let recipients = store.letter_recipients(&panel.id).await.expect("recipients");
        assert_eq!(recipients.len(), 3);
        assert_eq!(recipients[0].address, vec!["Person 1".to_owned(), "Rue 1".to_owned()]);
        assert_eq!(recipients[0].languages, vec!["fr".to_owned(), "nl".to_owned()]);
        assert_eq!(codes(&store, &panel.id).await, codes(&store, &panel.id).await,
            "the letters can be printed again with the same codes");

        let code = &recipients[2].code;
        let holder = store.code_holder(code).await.expect("lookup").expect("found");
        assert_eq!((holder.seq, holder.status.as_str()), (3, "invited"));
        assert_eq!(holder.panel_number, panel.number);
        let unknown = RegistrationCode::derive(b"not the key", 3);
        assert_eq!(store.code_holder(&unknown).await.expect("lookup"), None);

        let to_ann = confirmation(&panel.assembly_id, "ann@example.be");
        store.register_invitee(&panel, 3, &registration("Ann"), Some(&to_ann), &olga, NOW).await.expect("register");
        let queued = store.outbox(&panel.assembly_id, 10).await.expect("outbox");
        assert_eq!(queued.len(), 1, "the confirmation was queued with the registration");
        assert_eq!(queued[0].recipient, "ann@example.be");
        store.register_invitee(&panel, 1, &registration("Bob"), None, &olga, NOW).await.expect("register");
        store.register_invitee(&panel, 1, &registration("Bob B."), None, &olga, NOW + 1).await.expect("change");
        let registrations = store.registrations(&panel.id).await.expect("registrations");
        assert_eq!(registrations.len(), 2, "a second registration replaces the first");
        assert_eq!(registrations[0].answers, vec![("gender".to_owned(), "f".to_owned())]);
        assert_eq!(registrations[1].stratum, "Uccle");
        let contacts = store.registration_contacts(&panel.id).await.expect("contacts");
        assert_eq!(contacts[0].name, "Bob B.");
        assert_eq!(contacts[1].needs, "wheelchair");

        let strata = store.recruitment_strata(&panel.id).await.expect("strata");
        assert_eq!((strata[0].name.as_str(), strata[0].invitations, strata[0].registered), ("Ixelles", 2, 1));
        assert_eq!((strata[1].registered, strata[1].withdrawn), (1, 0));

        refused(store.record_invitations(&panel, &invitations(3), &olga, NOW).await,
            RecruitmentRefusal::Registered);

        store.withdraw_registration(&panel, 3, &olga, NOW).await.expect("withdraw");
        let strata = store.recruitment_strata(&panel.id).await.expect("strata");
        assert_eq!((strata[1].registered, strata[1].withdrawn), (0, 1));
        assert!(store.registrations(&panel.id).await.expect("r")[1].withdrawn_at.is_some());
        assert_eq!(store.registration_contacts(&panel.id).await.expect("c").len(), 1,
            "withdrawing erases the contact details at once");
    }

    fn invitations_are_replaced_whole_before_anyone_registers(store) {
        let (olga, panel) = setup(&store).await;
        store.record_invitations(&panel, &invitations(3), &olga, NOW).await.expect("draw");
        let first = codes(&store, &panel.id).await;
        store.record_invitations(&panel, &invitations(2), &olga, NOW).await.expect("again");
        let second = codes(&store, &panel.id).await;
        assert_eq!(second.len(), 2);
        assert_ne!(first[0], second[0], "a new draw gets a new secret");
        assert_eq!(store.code_holder(&first[0]).await.expect("lookup"), None,
            "the first draw's codes stopped working");
    }

    fn registration_closes_with_the_freeze(store) {
        let (olga, panel) = setup(&store).await;
        store.record_invitations(&panel, &invitations(3), &olga, NOW).await.expect("draw");
        store.register_invitee(&panel, 1, &registration("Ann"), None, &olga, NOW).await.expect("register");
        let inputs = SelectionInputs {
            panel_size: 1,
            lottery_panels: 10,
            reserves: 0,
            features_file: "shares".into(),
            people_file: "registrations".into(),
            quotas: vec![SelectionQuota {
                feature: "gender".into(),
                value: "f".into(),
                min: 0,
                max: 1,
                min_flex: None,
                max_flex: None,
            }],
            people: Vec::new(),
            contacts: Vec::new(),
        };
        store.replace_selection_inputs(&panel, &inputs, &olga, NOW).await.expect("inputs");
        store.freeze_selection(&panel, 1, "c0ffee", "{}", &olga, NOW).await.expect("freeze");
        let to_bob = confirmation(&panel.assembly_id, "bob@example.be");
        let before = store.outbox(&panel.assembly_id, 10).await.expect("outbox").len();
        refused(store.register_invitee(&panel, 2, &registration("Bob"), Some(&to_bob), &olga, NOW).await,
            RecruitmentRefusal::Closed);
        assert_eq!(store.outbox(&panel.assembly_id, 10).await.expect("outbox").len(), before,
            "a refused registration queues no confirmation");
        refused(store.withdraw_registration(&panel, 1, &olga, NOW).await,
            RecruitmentRefusal::Closed);
    }

    fn erasing_keeps_the_figures_and_stops_the_codes(store) {
        let (olga, panel) = setup(&store).await;
        store.record_invitations(&panel, &invitations(3), &olga, NOW).await.expect("draw");
        let code = codes(&store, &panel.id).await.remove(0);
        store.register_invitee(&panel, 1, &registration("Ann"), None, &olga, NOW).await.expect("register");
        store.erase_recruitment_personal(&panel, &olga, NOW).await.expect("erase");
        refused(store.letter_recipients(&panel.id).await, RecruitmentRefusal::Erased);
        assert_eq!(store.code_holder(&code).await.expect("lookup"), None);
        assert!(store.registration_contacts(&panel.id).await.expect("c").is_empty());
        assert_eq!(store.registrations(&panel.id).await.expect("r").len(), 1);
        let strata = store.recruitment_strata(&panel.id).await.expect("strata");
        assert_eq!(strata[0].registered, 1);
        let recruitment = store.recruitment(&panel.id).await.expect("r").expect("some");
        assert_eq!(recruitment.personal_erased_at, Some(NOW));
        let log = format!("{:?}", store.audit_log(&panel.assembly_id, 100).await.expect("log"));
        assert!(!log.contains("Ann") && !log.contains("Rue 1"), "no personal data in the audit log");
    }
}
