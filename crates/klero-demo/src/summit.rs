//! The one-off G1000 summit's day, as the demonstration shows it: 150 expected participants
//! (120 drawn citizens and 30 from the other groups of a "whole system" summit), none checked
//! in yet, and a vote ready to open.

use crate::{DemoError, residents};
use klero_domain::assembly::Panel;
use klero_domain::summit::participant::ParticipantInput;
use klero_domain::summit::voting::{BallotKind, Eligibility, VoteSpec};
use klero_store::{Actor, Store};

/// The other groups, in turn, after the drawn citizens.
const GROUPS: [&str; 4] = ["employer", "civil_servant", "politician", "free_thinker"];

pub(crate) async fn load(
    store: &Store,
    panel: &Panel,
    actor: &Actor,
    now: i64,
) -> Result<(), DemoError> {
    let people = residents(150, 1_111)
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let group = if i < 120 {
                "drawn"
            } else {
                GROUPS[i % GROUPS.len()]
            };
            // One in five speaks both national languages.
            let languages = if i % 5 == 0 { "fr;nl" } else { r.language };
            let age = if r.birth_year >= 1990 {
                "16-35"
            } else if r.birth_year >= 1960 {
                "36-65"
            } else {
                "66+"
            };
            let needs = if i % 37 == 0 { "wheelchair access" } else { "" };
            ParticipantInput::new(
                &format!("g{:03}", i + 1),
                &format!("{} {}", r.first_name, r.last_name),
                group,
                languages,
                needs,
                vec![
                    ("gender".to_owned(), r.sex.to_owned()),
                    ("age".to_owned(), age.to_owned()),
                    ("commune".to_owned(), r.commune.to_owned()),
                ],
            )
            .map_err(|problems| DemoError::Content(format!("participant {i}: {problems:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    store
        .import_participants(panel, &people, actor, now)
        .await?;
    let spec = VoteSpec::new(
        "Which theme should the citizens' panel take up first?",
        [
            "Social security",
            "Prosperity in times of crisis",
            "Immigration",
            "Climate and energy",
            "Education",
        ],
        BallotKind::ChooseUpTo { k: 2 },
        Eligibility::DrawnOnly,
    )
    .map_err(|e| DemoError::Content(format!("vote: {e}")))?;
    store.create_vote(panel, &spec, actor, now).await?;
    Ok(())
}
