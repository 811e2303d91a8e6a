//! Where each person finds what they may use: every page a panel has, the action each asks for,
//! and when it exists. The public panel page and the members' area list [`panel_pages`], so that
//! everything the permission table grants is reached by following links, and nothing links to a
//! page that is not there yet (a tracker before any recommendation, a check-in before a summit).

use crate::access::{Action, Viewer, permits};
use crate::assembly::Stage;

/// What is known of a panel's stages, enough to tell which of its pages exist.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PanelFacts {
    /// Where the panel's cycle is.
    pub stage: Option<Stage>,
    /// Invitations have been drawn from a register.
    pub recruitment: bool,
    /// The selection's pool is frozen (or drawn): its draw page is public.
    pub selection_public: bool,
    /// Participants of a summit day have been imported.
    pub summit_participants: u32,
    /// Plenary votes put to the summit.
    pub summit_votes: u32,
    /// Recommendations entered for follow-up.
    pub recommendations: u32,
    /// Sessions of the panel's deliberation planned.
    pub sessions: u32,
    /// Recommendations the panel is drafting (or drafted).
    pub drafts: u32,
    /// The panel's report is published.
    pub report: bool,
}

impl PanelFacts {
    /// Whether the panel holds a summit day (participants or votes).
    pub fn summit(&self) -> bool {
        self.summit_participants > 0 || self.summit_votes > 0
    }

    /// Whether the panel deliberates, or did: its stage, or sessions or drafts it has.
    pub fn deliberating(&self) -> bool {
        self.stage == Some(Stage::Deliberation) || self.sessions > 0 || self.drafts > 0
    }
}

/// One page of a panel. Public pages first, then the tools of the roles, in the order a panel's
/// cycle uses them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PanelPage {
    /// The draw: its commitment, seed, lottery and bundles.
    Draw,
    /// Where volunteers answer with the code on their letter.
    Register,
    /// The summit's voting page, for participants with their code.
    Vote,
    /// The summit's vote results.
    SummitResults,
    /// The panel's library of documents and links (and the stakeholders' form).
    Library,
    /// The citizens' report, as published.
    Report,
    /// The public tracker of the recommendations and the government's answers.
    Tracker,
    /// The panel's settings: theme, dates, size, stage.
    EditPanel,
    /// Recruitment: invitations, letters, registrations per stratum.
    Recruitment,
    /// The selection: quotas, pool, freeze, ceremony, drop-outs.
    Selection,
    /// The summit day's hub: participants and votes.
    SummitHub,
    /// The door: check-in of summit participants.
    CheckIn,
    /// The summit's rounds.
    Programme,
    /// The tables' proposals and the shortlist.
    Proposals,
    /// Seating the people present at tables.
    Seating,
    /// Who sits where, per round.
    SeatingList,
    /// A facilitator's table: entering its proposals.
    Tables,
    /// The panel's sessions: the calendar, and the organisers' planning.
    Sessions,
    /// Recommendations being drafted, their amendments and votes.
    Drafts,
    /// The members' questions to the experts, and the answers.
    Questions,
    /// Attendance at the sessions, and the allowances.
    Attendance,
    /// The sessions' evaluations: the questionnaire and its results.
    Evaluation,
    /// Follow-up work: recommendations, handover, review rounds.
    FollowUp,
    /// The government's answers, drafted and published from the tracker.
    Answers,
    /// The commission's verdicts on published answers.
    Verdicts,
}

impl PanelPage {
    /// Every panel page.
    pub const ALL: [PanelPage; 25] = [
        PanelPage::Draw,
        PanelPage::Register,
        PanelPage::Vote,
        PanelPage::SummitResults,
        PanelPage::Library,
        PanelPage::Report,
        PanelPage::Tracker,
        PanelPage::EditPanel,
        PanelPage::Recruitment,
        PanelPage::Selection,
        PanelPage::SummitHub,
        PanelPage::CheckIn,
        PanelPage::Programme,
        PanelPage::Proposals,
        PanelPage::Seating,
        PanelPage::SeatingList,
        PanelPage::Tables,
        PanelPage::Sessions,
        PanelPage::Drafts,
        PanelPage::Questions,
        PanelPage::Attendance,
        PanelPage::Evaluation,
        PanelPage::FollowUp,
        PanelPage::Answers,
        PanelPage::Verdicts,
    ];

    /// The action the page asks for.
    pub fn action(self) -> Action {
        match self {
            PanelPage::Draw
            | PanelPage::Register
            | PanelPage::Vote
            | PanelPage::SummitResults
            | PanelPage::Library
            | PanelPage::Report
            | PanelPage::Tracker => Action::ViewPublic,
            PanelPage::EditPanel => Action::ManageAssembly,
            PanelPage::Recruitment => Action::EnterRegistrations,
            PanelPage::Selection => Action::RunSelection,
            PanelPage::SummitHub
            | PanelPage::Programme
            | PanelPage::Proposals
            | PanelPage::Seating => Action::RunSummit,
            PanelPage::CheckIn => Action::CheckIn,
            PanelPage::SeatingList => Action::ViewParticipants,
            PanelPage::Tables => Action::EnterProposals,
            PanelPage::Sessions | PanelPage::Drafts | PanelPage::Questions => {
                Action::ViewDeliberation
            }
            PanelPage::Attendance => Action::RecordAttendance,
            PanelPage::Evaluation => Action::RunDeliberation,
            PanelPage::FollowUp => Action::ManageRecommendations,
            PanelPage::Answers => Action::AnswerRecommendations,
            PanelPage::Verdicts => Action::JudgeAnswers,
        }
    }

    /// Whether everyone may see it.
    pub fn public(self) -> bool {
        self.action() == Action::ViewPublic
    }

    /// Whether the page has something to show for a panel with these facts. Organisers' tools
    /// that start a stage (recruitment, selection, the summit's hub, follow-up) always exist.
    pub fn exists(self, facts: &PanelFacts) -> bool {
        let following_up = facts.recommendations > 0 || facts.stage == Some(Stage::FollowUp);
        match self {
            PanelPage::Draw => facts.selection_public,
            PanelPage::Register => facts.recruitment && facts.stage == Some(Stage::Recruitment),
            PanelPage::Vote => facts.summit_participants > 0,
            PanelPage::SummitResults => facts.summit_votes > 0,
            PanelPage::Report => facts.report,
            PanelPage::Library => facts.deliberating(),
            PanelPage::Tracker => following_up,
            PanelPage::EditPanel
            | PanelPage::Selection
            | PanelPage::SummitHub
            | PanelPage::FollowUp => true,
            // Staff follow the replies once invitations are out; organisers start them there.
            PanelPage::Recruitment => true,
            PanelPage::CheckIn
            | PanelPage::Programme
            | PanelPage::Proposals
            | PanelPage::Seating
            | PanelPage::SeatingList
            | PanelPage::Tables => facts.summit(),
            PanelPage::Sessions | PanelPage::Drafts | PanelPage::Questions => facts.deliberating(),
            PanelPage::Attendance | PanelPage::Evaluation => facts.sessions > 0,
            PanelPage::Answers | PanelPage::Verdicts => facts.recommendations > 0,
        }
    }
}

/// The panel's pages `viewer` may open and that exist, in [`PanelPage::ALL`]'s order.
pub fn panel_pages(viewer: &Viewer, facts: &PanelFacts) -> Vec<PanelPage> {
    PanelPage::ALL
        .into_iter()
        .filter(|p| p.exists(facts) && permits(viewer, p.action()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Role;

    fn everything() -> PanelFacts {
        PanelFacts {
            stage: Some(Stage::Recruitment),
            recruitment: true,
            selection_public: true,
            summit_participants: 10,
            summit_votes: 1,
            recommendations: 3,
            sessions: 2,
            drafts: 4,
            report: true,
        }
    }

    #[test]
    fn every_page_is_listed_for_someone_when_the_panel_has_everything() {
        let mut seen = std::collections::BTreeSet::new();
        for role in Role::ALL {
            seen.extend(panel_pages(&Viewer::with_roles([role]), &everything()));
        }
        assert_eq!(seen.len(), PanelPage::ALL.len());
    }

    #[test]
    fn the_public_sees_only_public_pages_and_each_role_its_own() {
        let public = panel_pages(&Viewer::public(), &everything());
        assert!(public.iter().all(|p| p.public()));
        assert_eq!(public.len(), 7);
        let staff = panel_pages(&Viewer::with_roles([Role::Staff]), &everything());
        assert!(staff.contains(&PanelPage::CheckIn));
        assert!(staff.contains(&PanelPage::Recruitment));
        assert!(!staff.contains(&PanelPage::Selection));
        let government = panel_pages(&Viewer::with_roles([Role::Government]), &everything());
        assert!(government.contains(&PanelPage::Answers));
        assert!(!government.contains(&PanelPage::Verdicts));
    }

    #[test]
    fn pages_of_stages_not_reached_are_not_listed() {
        let fresh = PanelFacts::default();
        let organiser = panel_pages(&Viewer::with_roles([Role::Organiser]), &fresh);
        for absent in [
            PanelPage::Draw,
            PanelPage::Tracker,
            PanelPage::CheckIn,
            PanelPage::SummitResults,
            PanelPage::Answers,
        ] {
            assert!(!organiser.contains(&absent), "{absent:?}");
        }
        assert!(organiser.contains(&PanelPage::SummitHub));
        assert!(panel_pages(&Viewer::public(), &fresh).is_empty());
        // Registration closes when the stage moves on, though the invitations stay.
        let drawn = PanelFacts {
            stage: Some(Stage::Selection),
            recruitment: true,
            ..PanelFacts::default()
        };
        assert!(!PanelPage::Register.exists(&drawn));
    }
}
