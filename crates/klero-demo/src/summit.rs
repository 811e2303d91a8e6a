//! The one-off G1000 summit's day, as the demonstration shows it: 150 expected participants
//! (120 drawn citizens and 30 from the other groups of a "whole system" summit, each group
//! within its quota), 15 facilitators and 3 translators for tables of ten, none checked in
//! yet, a vote ready to open, and the day's rounds, whose themes and questions are written in
//! the four languages so that each table reads its own.

use crate::{DemoError, residents};
use klero_domain::assembly::Panel;
use klero_domain::input::RawForm;
use klero_domain::summit::participant::ParticipantInput;
use klero_domain::summit::programme::RoundSpec;
use klero_domain::summit::staffing::{GroupQuotas, StaffInput};
use klero_domain::summit::voting::{BallotKind, Eligibility, VoteSpec};
use klero_store::{Actor, Store};

/// A round's theme and question in one language: its code, the theme, the question.
type RoundText = (&'static str, &'static str, &'static str);

/// The day's rounds: minutes, then theme and question in Dutch, French, English and German.
const ROUNDS: [(u32, [RoundText; 4]); 2] = [
    (
        60,
        [
            (
                "nl",
                "Sociale zekerheid",
                "Wat moet er veranderen aan onze sociale zekerheid?",
            ),
            (
                "fr",
                "Sécurité sociale",
                "Que faut-il changer à notre sécurité sociale\u{a0}?",
            ),
            (
                "en",
                "Social security",
                "What should change in our social security?",
            ),
            (
                "de",
                "Soziale Sicherheit",
                "Was sollte sich an unserer sozialen Sicherheit ändern?",
            ),
        ],
    ),
    (
        60,
        [
            (
                "nl",
                "Klimaat en energie",
                "Welke maatregel voor klimaat en energie komt eerst?",
            ),
            (
                "fr",
                "Climat et énergie",
                "Quelle mesure pour le climat et l’énergie vient en premier\u{a0}?",
            ),
            (
                "en",
                "Climate and energy",
                "Which climate and energy measure comes first?",
            ),
            (
                "de",
                "Klima und Energie",
                "Welche Maßnahme für Klima und Energie kommt zuerst?",
            ),
        ],
    ),
];

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
    let mut quotas = RawForm::new();
    quotas.insert("min-drawn".into(), "100".into());
    quotas.insert("max-drawn".into(), "120".into());
    for group in GROUPS {
        let name = group.replace('_', "-");
        quotas.insert(format!("min-{name}"), "5".into());
        quotas.insert(format!("max-{name}"), "10".into());
    }
    let quotas =
        GroupQuotas::parse(&quotas).map_err(|e| DemoError::Content(format!("quotas: {e:?}")))?;
    store.set_group_quotas(panel, &quotas, actor, now).await?;
    store
        .import_participants(panel, &people, actor, now)
        .await?;
    // Tables of ten: 15 facilitators (most speak both national languages), 3 translators.
    for (i, r) in residents(18, 2_222).into_iter().enumerate() {
        let (role, languages) = match i {
            15.. => ("translator", "fr;nl"),
            _ if i % 3 == 0 => ("facilitator", r.language),
            _ => ("facilitator", "nl;fr"),
        };
        let mut form = RawForm::new();
        form.insert("role".into(), role.into());
        form.insert("name".into(), format!("{} {}", r.first_name, r.last_name));
        form.insert("languages".into(), languages.into());
        let input = StaffInput::parse(&form)
            .map_err(|e| DemoError::Content(format!("staff {i}: {e:?}")))?;
        store.add_staff(panel, &input, None, actor, now).await?;
    }
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
    for (minutes, texts) in ROUNDS {
        let mut form = RawForm::new();
        form.insert("minutes".into(), minutes.to_string());
        for (i, (code, theme, question)) in texts.iter().enumerate() {
            if i == 0 {
                form.insert("theme".into(), (*theme).into());
                form.insert("question".into(), (*question).into());
            }
            form.insert(format!("theme_{code}"), (*theme).into());
            form.insert(format!("question_{code}"), (*question).into());
        }
        let round =
            RoundSpec::parse(&form).map_err(|e| DemoError::Content(format!("round: {e:?}")))?;
        store.add_summit_round(panel, &round, actor, now).await?;
    }
    Ok(())
}
