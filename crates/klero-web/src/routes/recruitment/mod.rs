//! Recruitment by lot, as organisers and staff run it (`organise.rs`: the invitation lottery
//! over an uploaded register, the letters, the replies per stratum, the quotas proposed from the
//! population's shares, the registrations put into the selection's pool) and as invitees answer
//! (`register.rs`: the public registration page, reached with the code on the letter, which
//! staff also use for replies given on the phone).

pub(crate) mod draw;
pub(crate) mod letters;
pub(crate) mod organise;
pub(crate) mod register;

use crate::AppState;
use crate::errors::PageError;
use crate::pages::Page;
use klero_domain::followup::brussels_today;
use klero_domain::invitation::{Opening, opening};
use klero_domain::lang::Lang;
use klero_store::{LetterSettings, PoolEntry, Registration, SelectionQuota, SelectionState};

/// The people file's name of a pool made of the registrations.
pub(crate) const REGISTRATIONS: &str = "registrations";

/// The features the quotas need, in order, each with its values.
pub(crate) fn questions(quotas: &[SelectionQuota]) -> Vec<(String, Vec<String>)> {
    let mut features: Vec<(String, Vec<String>)> = Vec::new();
    for q in quotas {
        match features.iter_mut().find(|(f, _)| *f == q.feature) {
            Some((_, values)) => values.push(q.value.clone()),
            None => features.push((q.feature.clone(), vec![q.value.clone()])),
        }
    }
    features
}

/// A phone number as the forms take it: at most 40 characters, digits and `+-./()` and spaces.
pub(crate) fn valid_phone(text: &str) -> bool {
    text.chars().count() <= 40
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-./()".contains(c))
}

/// Where a panel's registration stands.
pub(crate) struct PanelOpening {
    /// What an invitee who types their code sees today.
    pub opening: Opening,
    /// The letters' settings (the opening day among them).
    pub settings: LetterSettings,
    /// Whether the quotas, and so the form's questions, are set.
    pub has_questions: bool,
}

/// What an invitee of the panel who types their code sees today, and why.
pub(crate) async fn panel_opening(
    state: &AppState,
    panel_id: &str,
) -> Result<PanelOpening, PageError> {
    let settings = state.store.letter_settings(panel_id).await?;
    let has_questions = !state.store.selection_quotas(panel_id).await?.is_empty();
    let pool_open = state
        .store
        .selection(panel_id)
        .await?
        .is_none_or(|s| s.state == SelectionState::Open);
    let today = brussels_today(state.now());
    Ok(PanelOpening {
        opening: opening(today, settings.opens_on, has_questions, pool_open),
        settings,
        has_questions,
    })
}

/// What invitees who type their code see, as organisers read it.
pub(crate) fn opening_explained(page: &Page, opening: Opening, has_questions: bool) -> String {
    match opening {
        Opening::Open => page.t("recruitment-opening-open"),
        Opening::OpensOn(day) => {
            let day = crate::i18n::date_words(page.lang, day);
            if has_questions {
                page.t1("recruitment-opening-later", "date", day)
            } else {
                page.t1("recruitment-opening-later-no-quotas", "date", day)
            }
        }
        Opening::NotReady => page.t("recruitment-opening-not-ready"),
        Opening::Closed => page.t("recruitment-opening-closed"),
    }
}

/// The pseudonymous id of invitee `seq` in the selection's pool.
pub(crate) fn pool_key(seq: u32) -> String {
    format!("R{seq:05}")
}

/// The registrations that can go into the pool (not withdrawn, available), as pool entries
/// with a value per feature of `quotas`; the numbers of those left out because an answer is
/// missing or not one of the values (the quotas changed after they registered).
pub(crate) fn pool_entries(
    quotas: &[SelectionQuota],
    registrations: &[Registration],
) -> (Vec<PoolEntry>, Vec<u32>) {
    let questions = questions(quotas);
    let (mut entries, mut left_out) = (Vec::new(), Vec::new());
    for r in registrations
        .iter()
        .filter(|r| r.withdrawn_at.is_none() && r.available)
    {
        let values: Option<Vec<String>> = questions
            .iter()
            .map(|(feature, values)| {
                let answer = r.answers.iter().find(|(f, _)| f == feature)?;
                values
                    .iter()
                    .find(|v| v.trim().eq_ignore_ascii_case(answer.1.trim()))
                    .cloned()
            })
            .collect();
        match values {
            Some(values) => entries.push(PoolEntry {
                key: pool_key(r.seq),
                values,
                household: None,
            }),
            None => left_out.push(r.seq),
        }
    }
    (entries, left_out)
}

/// The languages written in a register cell (`fr`, `FR;NL`, `fr/nl`, `Français`...), in order,
/// without repeats.
pub(crate) fn languages_in(cell: &str) -> Vec<Lang> {
    let mut found = Vec::new();
    for part in cell.split([';', ',', '/', ' ', '+']) {
        if let Some(lang) = Lang::parse(part.trim()).or_else(|| {
            Lang::ALL
                .into_iter()
                .find(|l| l.endonym().eq_ignore_ascii_case(part.trim()))
        }) && !found.contains(&lang)
        {
            found.push(lang);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_from_several_spellings() {
        assert_eq!(languages_in("FR;nl"), vec![Lang::Fr, Lang::Nl]);
        assert_eq!(languages_in("nl / fr / nl"), vec![Lang::Nl, Lang::Fr]);
        assert_eq!(languages_in("Deutsch"), vec![Lang::De]);
        assert_eq!(languages_in("xx"), Vec::<Lang>::new());
    }
}
