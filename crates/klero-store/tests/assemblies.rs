//! Assemblies, panels, roles and the audit log.

use crate::{NOW, actor, assembly_input, form, on_both, person};
use klero_domain::access::Role;
use klero_domain::assembly::Stage;
use klero_domain::input::PanelInput;
use klero_domain::lang::Lang;
use klero_store::{Actor, Store, StoreError};

fn panel_input(stage: &str) -> PanelInput {
    PanelInput::parse(&form(&[
        ("theme_fr", "Logement"),
        ("size", "100"),
        ("starts_on", "2027-02-01"),
        ("ends_on", "2027-06-30"),
        ("stage", stage),
    ]))
    .expect("valid panel")
}

on_both! {
    fn an_assembly_is_created_with_its_texts_and_its_creator_as_organiser(store) {
        let olga = person(&store, "olga@example.be", "Olga").await;
        let created = store.create_assembly(&assembly_input("brussels"), &olga, &actor(&olga), NOW).await.expect("create");
        let found = store.assembly_by_slug("brussels").await.expect("query").expect("found");
        assert_eq!(found, created);
        assert_eq!(found.title.exact(Lang::Fr), Some("Assemblée citoyenne"));
        assert_eq!(store.roles(&olga.id, &found.id).await.expect("roles").into_iter().collect::<Vec<_>>(), vec![Role::Organiser]);
        let log = store.audit_log(&found.id, 10).await.expect("log");
        let actions: Vec<_> = log.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, vec!["role.grant", "assembly.create"]);
        assert!(log.iter().all(|e| e.actor.as_deref().is_some_and(|a| a.starts_with("Olga"))));
    }

    fn slugs_are_unique(store) {
        let olga = person(&store, "olga@example.be", "Olga").await;
        store.create_assembly(&assembly_input("brussels"), &olga, &actor(&olga), NOW).await.expect("create");
        let again = store.create_assembly(&assembly_input("brussels"), &olga, &actor(&olga), NOW).await;
        assert!(matches!(again, Err(StoreError::SlugTaken)), "{again:?}");
        assert_eq!(store.assemblies().await.expect("list").len(), 1);
    }

    fn an_update_records_before_and_after(store) {
        let olga = person(&store, "olga@example.be", "Olga").await;
        let before = store.create_assembly(&assembly_input("brussels"), &olga, &actor(&olga), NOW).await.expect("create");
        let mut input = assembly_input("brussels-climate");
        input.title.set(Lang::Fr, "Assemblée citoyenne pour le climat");
        store.update_assembly(&before, &input, &actor(&olga), NOW + 5).await.expect("update");
        let after = store.assembly_by_slug("brussels-climate").await.expect("query").expect("found");
        assert_eq!(after.title.exact(Lang::Fr), Some("Assemblée citoyenne pour le climat"));
        assert!(store.assembly_by_slug("brussels").await.expect("query").is_none());
        let entry = store.audit_log(&before.id, 1).await.expect("log").remove(0);
        assert_eq!(entry.action, "assembly.update");
        assert!(entry.before.as_deref().is_some_and(|b| b.contains("\"brussels\"")));
        assert!(entry.after.as_deref().is_some_and(|a| a.contains("pour le climat")));
    }

    fn panels_are_numbered_in_order_and_edited(store) {
        let olga = person(&store, "olga@example.be", "Olga").await;
        let assembly = store.create_assembly(&assembly_input("brussels"), &olga, &actor(&olga), NOW).await.expect("create");
        let first = store.create_panel(&assembly, &panel_input("deliberation"), &actor(&olga), NOW).await.expect("panel");
        let second = store.create_panel(&assembly, &panel_input("recruitment"), &Actor::System, NOW).await.expect("panel");
        assert_eq!((first.number, second.number), (1, 2));
        store.update_panel(&second, &panel_input("selection"), &actor(&olga), NOW + 1).await.expect("update");
        let panels = store.panels(&assembly.id).await.expect("panels");
        assert_eq!(panels.iter().map(|p| p.stage).collect::<Vec<_>>(), vec![Stage::Deliberation, Stage::Selection]);
        assert_eq!(panels[0].theme.exact(Lang::Fr), Some("Logement"));
        assert_eq!(panels[1].starts_on.to_string(), "2027-02-01");
    }

    fn roles_are_granted_listed_and_revoked(store) {
        let olga = person(&store, "olga@example.be", "Olga").await;
        let piet = person(&store, "piet@example.be", "Piet").await;
        let assembly = store.create_assembly(&assembly_input("brussels"), &olga, &actor(&olga), NOW).await.expect("create");
        for role in [Role::PanelMember, Role::Commission, Role::PanelMember] {
            store.grant_role(&piet, &assembly.id, role, &actor(&olga), NOW).await.expect("grant");
        }
        let members = store.members(&assembly.id).await.expect("members");
        assert_eq!(members.len(), 2);
        let piet_roles: Vec<_> = members.iter().find(|m| m.account_id == piet.id).expect("piet").roles.iter().copied().collect();
        assert_eq!(piet_roles, vec![Role::PanelMember, Role::Commission]);
        assert!(store.revoke_role(&piet, &assembly.id, Role::Commission, &actor(&olga), NOW).await.expect("revoke"));
        assert!(!store.revoke_role(&piet, &assembly.id, Role::Commission, &actor(&olga), NOW).await.expect("revoke"));
        assert_eq!(store.roles(&piet.id, &assembly.id).await.expect("roles").len(), 1);
        // Granting the same role twice is recorded once.
        let grants = store.audit_log(&assembly.id, 100).await.expect("log").into_iter().filter(|e| e.action == "role.grant").count();
        assert_eq!(grants, 3, "organiser + two distinct roles");
    }
}
