//! The permission table, walked action by action and role by role.

use klero_domain::access::{Action, Role, Viewer, permits};

fn allowed_roles(action: Action) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|role| permits(&Viewer::with_roles([*role]), action))
        .collect()
}

#[test]
fn the_public_sees_public_pages_and_nothing_else() {
    for action in Action::ALL {
        assert_eq!(
            permits(&Viewer::public(), action),
            action == Action::ViewPublic,
            "{action:?}"
        );
    }
}

#[test]
fn only_organisers_manage_and_read_the_audit_log() {
    for action in [
        Action::ManageAssembly,
        Action::ManageAccess,
        Action::ViewAuditLog,
        Action::ManageRecommendations,
        Action::RunSummit,
        Action::RunSelection,
    ] {
        assert_eq!(allowed_roles(action), vec![Role::Organiser], "{action:?}");
    }
}

#[test]
fn only_the_government_answers_and_only_the_commission_judges() {
    assert_eq!(
        allowed_roles(Action::AnswerRecommendations),
        vec![Role::Government]
    );
    assert_eq!(allowed_roles(Action::JudgeAnswers), vec![Role::Commission]);
    let signed_out = Viewer {
        signed_in: false,
        ..Viewer::with_roles([Role::Government, Role::Commission])
    };
    assert!(!permits(&signed_out, Action::AnswerRecommendations));
    assert!(!permits(&signed_out, Action::JudgeAnswers));
}

#[test]
fn organisers_and_staff_check_people_in_at_a_summit() {
    assert_eq!(
        allowed_roles(Action::CheckIn),
        vec![Role::Organiser, Role::Staff]
    );
}

#[test]
fn organisers_and_staff_follow_registrations_and_enter_phone_replies() {
    assert_eq!(
        allowed_roles(Action::EnterRegistrations),
        vec![Role::Organiser, Role::Staff]
    );
}

#[test]
fn organisers_and_facilitators_enter_table_proposals() {
    assert_eq!(
        allowed_roles(Action::EnterProposals),
        vec![Role::Organiser, Role::Facilitator]
    );
}

#[test]
fn participant_lists_are_for_organisers_staff_and_facilitators() {
    assert_eq!(
        allowed_roles(Action::ViewParticipants),
        vec![Role::Organiser, Role::Staff, Role::Facilitator]
    );
}

#[test]
fn every_role_enters_the_members_area_and_nobody_without_one() {
    assert_eq!(allowed_roles(Action::ViewMembersArea), Role::ALL.to_vec());
    assert!(!permits(&Viewer::with_roles([]), Action::ViewMembersArea));
}

#[test]
fn only_administrators_create_assemblies() {
    assert!(allowed_roles(Action::CreateAssembly).is_empty());
    let admin = Viewer {
        signed_in: true,
        admin: true,
        roles: Default::default(),
    };
    assert!(permits(&admin, Action::CreateAssembly));
    let not_signed_in = Viewer {
        signed_in: false,
        ..admin
    };
    assert!(!permits(&not_signed_in, Action::CreateAssembly));
}

#[test]
fn roles_round_trip_through_their_names() {
    for role in Role::ALL {
        assert_eq!(Role::parse(role.as_str()), Some(role));
    }
    assert_eq!(Role::parse("Organiser"), None);
}
