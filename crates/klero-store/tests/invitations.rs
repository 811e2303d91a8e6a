//! Invitations: created, looked up, accepted once.

use crate::{NOW, actor, assembly_input, email, form, on_both, person};
use klero_domain::access::Role;
use klero_domain::input::AccountInput;
use klero_store::{Actor, InvitationOutcome, LoginOutcome, Store};

fn new_account() -> AccountInput {
    AccountInput::parse(&form(&[
        ("display_name", "Chloé"),
        ("password", "a long passphrase"),
        ("password_confirm", "a long passphrase"),
    ]))
    .expect("valid account")
}

on_both! {
    fn an_invitation_creates_an_account_with_its_role_once(store) {
        let olga = person(&store, "olga@example.be", "Olga").await;
        let assembly = store.create_assembly(&assembly_input("brussels"), &olga, &actor(&olga), NOW).await.expect("create");
        let token = store.create_invitation(&email("chloe@example.be"), Some((&assembly.id, Role::Staff)), &actor(&olga), NOW).await.expect("invite");
        let InvitationOutcome::Valid(invitation) = store.invitation(&token, NOW + 60).await.expect("lookup") else {
            panic!("expected a valid invitation");
        };
        let chloe = store.accept_invitation(&token, &invitation, Some(&new_account()), None, NOW + 60).await.expect("accept").expect("claimed");
        assert_eq!(chloe.email, "chloe@example.be");
        assert_eq!(store.roles(&chloe.id, &assembly.id).await.expect("roles").into_iter().collect::<Vec<_>>(), vec![Role::Staff]);
        assert!(matches!(store.login("chloe@example.be", "a long passphrase", "ip", NOW + 61).await.expect("login"), LoginOutcome::Success(_)));
        // The link works once.
        assert_eq!(store.invitation(&token, NOW + 62).await.expect("lookup"), InvitationOutcome::Used);
        assert!(store.accept_invitation(&token, &invitation, Some(&new_account()), None, NOW + 62).await.expect("accept").is_none());
        // The audit log names the invitation without the full address.
        let log = store.audit_log(&assembly.id, 10).await.expect("log");
        let invited = log.iter().find(|e| e.action == "invitation.create").expect("logged");
        assert_eq!(invited.subject, "c***@example.be: staff");
    }

    fn an_existing_account_gains_the_role(store) {
        let olga = person(&store, "olga@example.be", "Olga").await;
        let piet = person(&store, "piet@example.be", "Piet").await;
        let assembly = store.create_assembly(&assembly_input("brussels"), &olga, &actor(&olga), NOW).await.expect("create");
        let token = store.create_invitation(&email("piet@example.be"), Some((&assembly.id, Role::Expert)), &actor(&olga), NOW).await.expect("invite");
        let InvitationOutcome::Valid(invitation) = store.invitation(&token, NOW).await.expect("lookup") else {
            panic!("expected a valid invitation");
        };
        let accepted = store.accept_invitation(&token, &invitation, None, Some(&piet), NOW).await.expect("accept").expect("claimed");
        assert_eq!(accepted.id, piet.id);
        assert!(store.roles(&piet.id, &assembly.id).await.expect("roles").contains(&Role::Expert));
    }

    fn invitations_expire_and_unknown_tokens_are_unknown(store) {
        let token = store.create_invitation(&email("admin@example.be"), None, &Actor::System, NOW).await.expect("invite");
        assert!(matches!(store.invitation(&token, NOW).await.expect("lookup"), InvitationOutcome::Valid(i) if i.is_admin));
        assert_eq!(store.invitation(&token, NOW + 15 * 86_400).await.expect("lookup"), InvitationOutcome::Expired);
        assert_eq!(store.invitation("0123", NOW).await.expect("lookup"), InvitationOutcome::Unknown);
    }
}
