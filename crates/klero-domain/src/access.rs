//! Who may do what: roles per assembly, the actions a request may ask for, and [`permits`], the
//! one place where the rules are written. Every route of the web platform asks [`permits`] and
//! nothing else; the tests walk every action against every role.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A role someone holds in one assembly. One person may hold several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the assembly: creates panels, invites people, reads the audit log.
    Organiser,
    /// Supports the organisers: enters phone registrations, sees the participant list.
    Staff,
    /// Leads a table or a session; sees who takes part.
    Facilitator,
    /// Brings evidence to the panel.
    Expert,
    /// A citizen drawn by lot who serves on a panel.
    PanelMember,
    /// A citizen on the follow-up commission that judges the government's answers.
    Commission,
    /// Answers the recommendations on the government's behalf.
    Government,
}

impl Role {
    /// Every role, in the order forms and lists show them.
    pub const ALL: [Role; 7] = [
        Role::Organiser,
        Role::Staff,
        Role::Facilitator,
        Role::Expert,
        Role::PanelMember,
        Role::Commission,
        Role::Government,
    ];

    /// The stored and submitted name (`organiser`, ..., `government`).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Organiser => "organiser",
            Role::Staff => "staff",
            Role::Facilitator => "facilitator",
            Role::Expert => "expert",
            Role::PanelMember => "panel_member",
            Role::Commission => "commission",
            Role::Government => "government",
        }
    }

    /// Parses [`Role::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// Who is asking, as far as one assembly is concerned.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Viewer {
    /// Signed in at all (the anonymous public is not).
    pub signed_in: bool,
    /// A platform administrator: may create assemblies (and so becomes their first organiser).
    pub admin: bool,
    /// The roles held in the assembly in question (empty outside one).
    pub roles: BTreeSet<Role>,
}

impl Viewer {
    /// The anonymous public.
    pub fn public() -> Self {
        Self::default()
    }

    /// A signed-in person holding `roles` in the assembly in question.
    pub fn with_roles(roles: impl IntoIterator<Item = Role>) -> Self {
        Viewer {
            signed_in: true,
            admin: false,
            roles: roles.into_iter().collect(),
        }
    }

    fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// Something a request asks to do. Actions about an assembly are judged with the viewer's roles
/// in that assembly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Read an assembly's public page and its panels.
    ViewPublic,
    /// Open one's own account page.
    ViewOwnAccount,
    /// Create a new assembly.
    CreateAssembly,
    /// Enter the assembly's members' area (anyone with a role in it).
    ViewMembersArea,
    /// See who takes part and in which role (names, no contact details).
    ViewParticipants,
    /// Edit the assembly's texts, create and edit panels, move a panel's stage.
    ManageAssembly,
    /// Invite people into a role, and withdraw roles.
    ManageAccess,
    /// Read the assembly's audit log.
    ViewAuditLog,
    /// Enter and import recommendations, record the handover, add and move review rounds,
    /// read the outbox of reminders.
    ManageRecommendations,
    /// Draft and publish the government's answers, reply to the commission's questions.
    AnswerRecommendations,
    /// Judge published answers and ask the government follow-up questions.
    JudgeAnswers,
    /// Run a summit: import its participants, put votes, open and close them, enter paper
    /// ballots, erase a participant's name.
    RunSummit,
    /// Check participants in at the door of a summit (and record no-shows).
    CheckIn,
    /// Enter a table's proposals during a round of a summit (facilitators, and organisers
    /// standing in for one).
    EnterProposals,
    /// Run a panel's selection: upload the quotas and the pool, freeze it, hold the draw,
    /// record drop-outs, draw replacements, erase the volunteers' contact details.
    RunSelection,
    /// Follow a panel's recruitment: see the replies per stratum and the registrants' contact
    /// details, enter replies given on the phone, record a withdrawal (organisers and staff).
    EnterRegistrations,
    /// Read a deliberating panel's sessions, drafts, amendments and votes (everyone who works
    /// with the panel: organisers, staff, facilitators, experts and its members).
    ViewDeliberation,
    /// Write and revise recommendations, propose amendments (members and facilitators).
    Draft,
    /// Vote on recommendations (panel members only).
    VoteOnRecommendations,
    /// Accept or reject amendments (a group's facilitator, or organisers for the plenary).
    DecideAmendments,
    /// Run a panel's deliberation: plan sessions, declare languages, the allowance and the
    /// rules of votes, open and close votes, hand the adopted recommendations over.
    RunDeliberation,
    /// Record attendance at sessions, enter paper ballots, export the allowances (organisers
    /// and staff).
    RecordAttendance,
    /// Answer the anonymous questionnaire after a session (panel members).
    EvaluateSessions,
    /// Add documents and links to a panel's library (organisers, and experts their own).
    AddToLibrary,
    /// Ask the experts a question, and support others' questions (panel members).
    AskExperts,
    /// Answer the members' questions in writing (experts).
    AnswerQuestions,
}

impl Action {
    /// Every action, for tests that walk them all.
    pub const ALL: [Action; 26] = [
        Action::ViewPublic,
        Action::ViewOwnAccount,
        Action::CreateAssembly,
        Action::ViewMembersArea,
        Action::ViewParticipants,
        Action::ManageAssembly,
        Action::ManageAccess,
        Action::ViewAuditLog,
        Action::ManageRecommendations,
        Action::AnswerRecommendations,
        Action::JudgeAnswers,
        Action::RunSummit,
        Action::CheckIn,
        Action::EnterProposals,
        Action::RunSelection,
        Action::EnterRegistrations,
        Action::ViewDeliberation,
        Action::Draft,
        Action::VoteOnRecommendations,
        Action::DecideAmendments,
        Action::RunDeliberation,
        Action::RecordAttendance,
        Action::EvaluateSessions,
        Action::AddToLibrary,
        Action::AskExperts,
        Action::AnswerQuestions,
    ];
}

/// Whether `viewer` may do `action`: the platform's whole permission table.
pub fn permits(viewer: &Viewer, action: Action) -> bool {
    use Role::*;
    match action {
        Action::ViewPublic => true,
        Action::ViewOwnAccount => viewer.signed_in,
        Action::CreateAssembly => viewer.signed_in && viewer.admin,
        Action::ViewMembersArea => viewer.signed_in && !viewer.roles.is_empty(),
        Action::ViewParticipants => {
            viewer.signed_in
                && (viewer.has(Organiser) || viewer.has(Staff) || viewer.has(Facilitator))
        }
        Action::ManageAssembly
        | Action::ManageAccess
        | Action::ViewAuditLog
        | Action::ManageRecommendations
        | Action::RunSummit
        | Action::RunSelection
        | Action::RunDeliberation => viewer.signed_in && viewer.has(Organiser),
        Action::ViewDeliberation => {
            viewer.signed_in
                && [Organiser, Staff, Facilitator, Expert, PanelMember]
                    .iter()
                    .any(|r| viewer.has(*r))
        }
        Action::Draft => viewer.signed_in && (viewer.has(PanelMember) || viewer.has(Facilitator)),
        Action::AnswerQuestions => viewer.signed_in && viewer.has(Expert),
        Action::VoteOnRecommendations | Action::EvaluateSessions | Action::AskExperts => {
            viewer.signed_in && viewer.has(PanelMember)
        }
        Action::AddToLibrary => viewer.signed_in && (viewer.has(Organiser) || viewer.has(Expert)),
        Action::DecideAmendments => {
            viewer.signed_in && (viewer.has(Organiser) || viewer.has(Facilitator))
        }
        Action::RecordAttendance => {
            viewer.signed_in && (viewer.has(Organiser) || viewer.has(Staff))
        }
        Action::CheckIn | Action::EnterRegistrations => {
            viewer.signed_in && (viewer.has(Organiser) || viewer.has(Staff))
        }
        Action::EnterProposals => {
            viewer.signed_in && (viewer.has(Organiser) || viewer.has(Facilitator))
        }
        Action::AnswerRecommendations => viewer.signed_in && viewer.has(Government),
        Action::JudgeAnswers => viewer.signed_in && viewer.has(Commission),
    }
}
