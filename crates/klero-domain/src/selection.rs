//! What the domain says about a drawn panel after the draw: why a member left it. The reason is
//! one of a few fixed kinds, never free text, so that nothing personal ("ill", "moved abroad")
//! is written about a person who withdrew.

use serde::{Deserialize, Serialize};

/// Why a member left the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WithdrawalReason {
    /// Declined through the link in their e-mail.
    DeclinedByLink,
    /// Told the organisers they decline.
    Declined,
    /// Could not be reached before the panel starts.
    Unreachable,
    /// No longer meets the conditions (moved out, under age...).
    NoLongerEligible,
    /// Withdrew for personal reasons (not recorded further).
    Personal,
    /// Did not come to the first sessions.
    DidNotAttend,
}

impl WithdrawalReason {
    /// The reasons an organiser may record (a decline by link is recorded by the link itself).
    pub const RECORDED: [WithdrawalReason; 5] = [
        WithdrawalReason::Declined,
        WithdrawalReason::Unreachable,
        WithdrawalReason::NoLongerEligible,
        WithdrawalReason::Personal,
        WithdrawalReason::DidNotAttend,
    ];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            WithdrawalReason::DeclinedByLink => "declined_by_link",
            WithdrawalReason::Declined => "declined",
            WithdrawalReason::Unreachable => "unreachable",
            WithdrawalReason::NoLongerEligible => "no_longer_eligible",
            WithdrawalReason::Personal => "personal",
            WithdrawalReason::DidNotAttend => "did_not_attend",
        }
    }

    /// Parses [`WithdrawalReason::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        std::iter::once(WithdrawalReason::DeclinedByLink)
            .chain(Self::RECORDED)
            .find(|r| r.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::WithdrawalReason;

    #[test]
    fn every_reason_parses_back_and_nothing_else_does() {
        for reason in WithdrawalReason::RECORDED
            .into_iter()
            .chain([WithdrawalReason::DeclinedByLink])
        {
            assert_eq!(WithdrawalReason::parse(reason.as_str()), Some(reason));
        }
        for bad in ["", "ill", "Declined", "declined "] {
            assert_eq!(WithdrawalReason::parse(bad), None, "{bad:?}");
        }
    }
}
