//! Who runs the tables and the groups' quotas: staff added, listed in order and removed; the
//! tables a seating gives them kept with it and cleared by the next; their names erased with
//! the participants'; an import above a group's maximum refused whole; a maximum below the
//! list refused.

use crate::summit::setup;
use crate::{NOW, form, on_both};
use klero_domain::summit::participant::ParticipantInput;
use klero_domain::summit::staffing::{GroupQuotas, StaffInput, StaffRole};
use klero_store::{Store, StoreError, StoredSeating, SummitRefusal};

fn staff(role: &str, name: &str, languages: &str) -> StaffInput {
    StaffInput::parse(&form(&[
        ("role", role),
        ("name", name),
        ("languages", languages),
    ]))
    .expect("staff")
}

fn participant(key: &str, group: &str) -> ParticipantInput {
    ParticipantInput::new(key, &format!("Person {key}"), group, "nl", "", Vec::new())
        .expect("participant")
}

fn quotas(pairs: &[(&str, &str)]) -> GroupQuotas {
    GroupQuotas::parse(&form(pairs)).expect("quotas")
}

fn over_quota<T: std::fmt::Debug>(
    result: Result<T, StoreError>,
    group: &str,
    count: usize,
    max: u32,
) {
    match result {
        Err(StoreError::SummitRefused(SummitRefusal::OverQuota {
            group: g,
            count: c,
            max: m,
        })) => {
            assert_eq!((g, c, m), (group, count, max));
        }
        other => panic!("expected over quota, got {other:?}"),
    }
}

on_both! {
    fn staff_get_tables_from_the_seating_and_lose_their_names_with_everyone(store) {
        let (who, panel) = setup(&store).await;
        let jan = store.add_staff(&panel, &staff("facilitator", "Jan Peeters", "nl"), None, &who, NOW).await.expect("jan");
        let anne = store.add_staff(&panel, &staff("translator", "Anne Dubois", "fr;nl"), None, &who, NOW).await.expect("anne");
        let listed = store.staff(&panel.id).await.expect("staff");
        assert_eq!(listed.iter().map(|m| (m.role, m.name.as_deref(), m.table)).collect::<Vec<_>>(),
            vec![(StaffRole::Facilitator, Some("Jan Peeters"), None), (StaffRole::Translator, Some("Anne Dubois"), None)]);
        assert_eq!(listed[1].languages, ["fr", "nl"]);
        store.import_participants(&panel, &[participant("P1", "drawn"), participant("P2", "drawn")], &who, NOW).await.expect("import");
        let ids: Vec<String> = store.participants(&panel.id).await.expect("people").into_iter().map(|p| p.id).collect();
        let seating = StoredSeating {
            table_size: 10,
            rounds: 1,
            table_languages: vec!["nl".into(), "fr+nl".into()],
            summary: "{}".into(),
            created_at: NOW,
            seats: vec![(1, 1, ids[0].clone()), (1, 2, ids[1].clone())],
            staff: vec![(jan.clone(), 1), (anne.clone(), 2)],
        };
        store.save_seating(&panel, &seating, &who, NOW).await.expect("seat");
        assert_eq!(store.seating(&panel.id).await.expect("q").expect("seating").staff, seating.staff);
        let tables: Vec<_> = store.staff(&panel.id).await.expect("staff").into_iter().map(|m| m.table).collect();
        assert_eq!(tables, vec![Some(1), Some(2)]);
        // A seating without a translator clears Anne's table.
        let again = StoredSeating { staff: vec![(jan.clone(), 2)], ..seating };
        store.save_seating(&panel, &again, &who, NOW).await.expect("again");
        let tables: Vec<_> = store.staff(&panel.id).await.expect("staff").into_iter().map(|m| m.table).collect();
        assert_eq!(tables, vec![Some(2), None]);
        // Removing.
        store.remove_staff(&panel, &anne, &who, NOW).await.expect("remove");
        match store.remove_staff(&panel, &anne, &who, NOW).await {
            Err(StoreError::SummitRefused(SummitRefusal::UnknownStaff)) => {}
            other => panic!("expected unknown staff, got {other:?}"),
        }
        // Names go with the participants' after the day; the audit log never had them.
        store.erase_people(&panel, &who, NOW).await.expect("erase");
        let left = store.staff(&panel.id).await.expect("staff");
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].name, None);
        assert_eq!(left[0].languages, ["nl"]);
        let log = store.audit_log(&panel.assembly_id, 20).await.expect("log");
        assert!(log.iter().any(|e| e.action == "summit.staff.add"));
        assert!(log.iter().all(|e| !format!("{e:?}").contains("Peeters")));
    }

    fn a_group_never_goes_above_its_maximum(store) {
        let (who, panel) = setup(&store).await;
        store.set_group_quotas(&panel, &quotas(&[("min-employer", "1"), ("max-employer", "2"), ("min-drawn", "3")]), &who, NOW).await.expect("quotas");
        let set = store.group_quotas(&panel.id).await.expect("quotas");
        assert_eq!(set, quotas(&[("min-employer", "1"), ("max-employer", "2"), ("min-drawn", "3")]));
        // Three employers in one file: refused whole, the drawn citizen with them too.
        let file = [participant("D1", "drawn"), participant("E1", "employer"), participant("E2", "employer"), participant("E3", "employer")];
        over_quota(store.import_participants(&panel, &file, &who, NOW).await, "employer", 3, 2);
        assert!(store.participants(&panel.id).await.expect("none").is_empty());
        store.import_participants(&panel, &file[..3], &who, NOW).await.expect("two employers");
        // A third employer later: refused too.
        over_quota(store.import_participants(&panel, &file[3..], &who, NOW).await, "employer", 3, 2);
        // A maximum below the list: refused, the old quotas stay.
        over_quota(store.set_group_quotas(&panel, &quotas(&[("max-employer", "1")]), &who, NOW).await, "employer", 2, 1);
        assert_eq!(store.group_quotas(&panel.id).await.expect("kept").max(klero_domain::summit::voting::Group::Employer), Some(2));
        // Raising it lets the third in; no quotas at all means no limit.
        store.set_group_quotas(&panel, &quotas(&[]), &who, NOW).await.expect("cleared");
        store.import_participants(&panel, &file[3..], &who, NOW).await.expect("third");
        assert_eq!(store.participants(&panel.id).await.expect("all").len(), 4);
    }
}
