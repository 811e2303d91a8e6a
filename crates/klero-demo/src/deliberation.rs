//! The demonstration's deliberation: the deliberating panel met three times (attendance
//! recorded) and meets again in ten days; it requires Dutch and French. Three recommendations:
//! one adopted, one whose vote is open (ballots online and on paper), one still being drafted
//! with an amendment waiting and its French missing. Accepted and rejected amendments show
//! the history.

use crate::{DemoError, content, form};
use base64::Engine as _;
use klero_domain::assembly::Panel;
use klero_domain::deliberation::amendment::AmendmentInput;
use klero_domain::deliberation::draft::DraftInput;
use klero_domain::deliberation::evaluation::{Question, Response};
use klero_domain::deliberation::library::{ItemInput, ItemState, Submission};
use klero_domain::deliberation::session::{Attendance, SessionInput};
use klero_domain::deliberation::vote::{Choice, parse_rule};
use klero_domain::followup::{add_days, brussels_today};
use klero_domain::lang::Lang;
use klero_domain::summit::voting::VoteState;
use klero_letters::document::Block;
use klero_store::{Account, Actor, DeliberationSettings, Store, StoredFile};
use sha2::{Digest, Sha256};

/// The panel members' names beside the demonstration's member account (all invented).
pub const OTHER_MEMBERS: [(&str, &str); 5] = [
    ("member2@demo.kleroterion.org", "Youssef Benali"),
    ("member3@demo.kleroterion.org", "Lotte Peeters"),
    ("member4@demo.kleroterion.org", "Camille Dubois"),
    ("member5@demo.kleroterion.org", "Jan Claes"),
    ("member6@demo.kleroterion.org", "Ana Ferreira"),
];

fn person(account: &Account) -> Actor {
    Actor::Person {
        id: account.id.clone(),
        name: account.display_name.clone(),
    }
}

fn draft(
    lang: &str,
    title: &str,
    text: &str,
    rationale: &str,
    theme: &str,
    base: u32,
) -> Result<DraftInput, DemoError> {
    let base = base.to_string();
    content(DraftInput::parse(&form(&[
        ("lang", lang),
        ("title", title),
        ("text", text),
        ("rationale", rationale),
        ("theme", theme),
        ("base", &base),
    ])))
}

/// Loads the deliberation of `panel`: `organiser`, `staff` and `facilitator` run it, `expert`
/// brings evidence, `members` (the demonstration's member first) deliberate.
// Each actor is a different demonstration account; a struct of them would only be used here.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn load(
    store: &Store,
    panel: &Panel,
    organiser: &Actor,
    staff: &Actor,
    facilitator: &Actor,
    expert: &Actor,
    members: &[Account],
    now: i64,
) -> Result<(), DemoError> {
    store
        .set_deliberation_settings(
            panel,
            &DeliberationSettings {
                required: vec![Lang::Nl, Lang::Fr],
                allowance_cents: 4_000,
            },
            organiser,
            now,
        )
        .await?;
    let today = brussels_today(now);
    let plans = [
        (
            -60,
            "Welkom, kennismaking en de spelregels.",
            "Accueil, présentations et règles du jeu.",
        ),
        (
            -39,
            "Hoorzitting: onafhankelijke experts over renovatie.",
            "Audition : des experts indépendants sur la rénovation.",
        ),
        (
            -18,
            "Werkgroepen schrijven de eerste aanbevelingen.",
            "Les groupes de travail rédigent les premières recommandations.",
        ),
        (
            10,
            "Amendementen en stemming over de aanbevelingen.",
            "Amendements et vote sur les recommandations.",
        ),
    ];
    let mut sessions = Vec::new();
    for (days, nl, fr) in plans {
        let day = add_days(today, days).to_string();
        let plan = content(SessionInput::parse(&form(&[
            ("date", &day),
            ("starts", "09:30"),
            ("ends", "16:00"),
            (
                "place",
                "Brussels Parliament, Rue du Lombard 69, 1000 Brussels",
            ),
            (
                "access",
                "Step-free entrance on Rue de l'Étuve; hearing loop in room 2; quiet room on the first floor.",
            ),
            ("agenda_nl", nl),
            ("agenda_fr", fr),
        ])))?;
        sessions.push(store.add_session(panel, &plan, organiser, now).await?);
    }
    // Attendance at the three sessions held: most came, one was excused, one missed a day.
    let statuses = [
        [Attendance::Present; 6],
        [
            Attendance::Present,
            Attendance::Present,
            Attendance::Excused,
            Attendance::Present,
            Attendance::Present,
            Attendance::Present,
        ],
        [
            Attendance::Present,
            Attendance::Present,
            Attendance::Present,
            Attendance::Present,
            Attendance::Absent,
            Attendance::Present,
        ],
    ];
    for (session, row) in sessions.iter().zip(statuses) {
        let entries: Vec<(String, Attendance)> = members
            .iter()
            .zip(row)
            .map(|(m, s)| (m.id.clone(), s))
            .collect();
        store
            .record_attendance(panel, *session, &entries, staff, now)
            .await?;
    }
    evaluate(store, panel, &sessions[..3], members, now).await?;
    library(store, panel, organiser, expert, now).await?;
    let asked = store
        .ask_experts(
            panel,
            &members[1].id,
            "Combien coûte en moyenne l'isolation d'une maison bruxelloise, et combien les primes en couvrent-elles ?",
            false,
            &person(&members[1]),
            now,
        )
        .await?;
    for supporter in &members[2..5] {
        store.support_question(panel, asked, &supporter.id).await?;
    }
    store
        .answer_question(
            panel,
            asked,
            "Pour une maison mitoyenne, comptez 25 000 à 45 000 euros pour le toit, les façades et les châssis. Les primes régionales en couvrent de 20 à 50 % selon les revenus.",
            expert,
            now,
        )
        .await?;
    let open = store
        .ask_experts(
            panel,
            &members[0].id,
            "Un propriétaire peut-il augmenter le loyer après une rénovation financée par des primes ?",
            true,
            &person(&members[0]),
            now,
        )
        .await?;
    store.support_question(panel, open, &members[3].id).await?;
    let marie = person(&members[0]);
    let lotte = person(&members[2]);
    let camille = person(&members[3]);
    // 1: adopted.
    let one = store
        .create_draft(
            panel,
            &draft(
                "fr",
                "Un conseil énergie gratuit pour chaque locataire",
                "La Région offre à chaque ménage locataire une visite gratuite d'un conseiller énergie, qui propose des économies sans travaux et explique les primes.",
                "Les locataires paient les factures mais ne décident pas des travaux.",
                "Énergie",
                0,
            )?,
            &marie,
            now,
        )
        .await?;
    store
        .save_draft(
            panel,
            one,
            &draft(
                "nl",
                "Gratis energieadvies voor elke huurder",
                "Het Gewest biedt elk huurdersgezin een gratis bezoek van een energieadviseur aan, die besparingen zonder werken voorstelt en de premies uitlegt.",
                "Huurders betalen de facturen maar beslissen niet over de werken.",
                "Energie",
                1,
            )?,
            &lotte,
            now,
        )
        .await?;
    let rule = |fields: &[(&str, &str)]| content(parse_rule(&form(fields)));
    let majority = rule(&[("rule", "majority"), ("abstentions", "ignore")])?;
    store
        .declare_rule(panel, one, &majority, Some(sessions[2]), organiser, now)
        .await?;
    store
        .set_recommendation_vote(
            panel,
            one,
            VoteState::Open,
            &[Lang::Nl, Lang::Fr],
            organiser,
            now,
        )
        .await?;
    let choices = [
        Choice::For,
        Choice::For,
        Choice::For,
        Choice::Against,
        Choice::For,
        Choice::Abstain,
    ];
    for (member, choice) in members.iter().zip(choices) {
        store
            .cast_recommendation_ballot(panel, one, &member.id, choice, now)
            .await?;
    }
    store
        .set_recommendation_vote(
            panel,
            one,
            VoteState::Closed,
            &[Lang::Nl, Lang::Fr],
            organiser,
            now,
        )
        .await?;
    // 2: amended, its vote open.
    let two = store
        .create_draft(
            panel,
            &draft(
                "nl",
                "Eén renovatieloket per gemeente",
                "Elke Brusselse gemeente opent een renovatieloket dat eigenaars en huurders begeleidt van de eerste audit tot de laatste factuur, tegen 2030.",
                "Vandaag moeten bewoners zelf hun weg zoeken tussen premies, aannemers en vergunningen.",
                "Wonen",
                0,
            )?,
            &lotte,
            now,
        )
        .await?;
    store
        .save_draft(
            panel,
            two,
            &draft(
                "fr",
                "Un guichet de la rénovation par commune",
                "Chaque commune bruxelloise ouvre un guichet de la rénovation qui accompagne propriétaires et locataires du premier audit à la dernière facture, d'ici 2030.",
                "Aujourd'hui, les habitants doivent trouver seuls leur chemin entre primes, entrepreneurs et permis.",
                "Logement",
                1,
            )?,
            &camille,
            now,
        )
        .await?;
    let amend = |lang: &str, change: &str, passage: &str, words: &str, reason: &str, base: u32| {
        let base = base.to_string();
        content(AmendmentInput::parse(&form(&[
            ("base", &base),
            ("lang", lang),
            ("part", "text"),
            ("change", change),
            ("passage", passage),
            ("words", words),
            ("reason", reason),
        ])))
    };
    let a1 = store
        .propose_amendment(
            panel,
            two,
            &amend(
                "fr",
                "replace",
                "d'ici 2030",
                "d'ici 2028",
                "Les ménages ne peuvent pas attendre 2030.",
                2,
            )?,
            &marie,
            now,
        )
        .await?;
    store
        .decide_amendment(
            panel,
            two,
            a1,
            true,
            "Accepté par le groupe Logement.",
            facilitator,
            now,
        )
        .await?;
    // The Dutch text follows the accepted amendment: a translation, not a change.
    let mut follow = draft(
        "nl",
        "Eén renovatieloket per gemeente",
        "Elke Brusselse gemeente opent een renovatieloket dat eigenaars en huurders begeleidt van de eerste audit tot de laatste factuur, tegen 2028.",
        "Vandaag moeten bewoners zelf hun weg zoeken tussen premies, aannemers en vergunningen.",
        "Wonen",
        3,
    )?;
    follow.translation = true;
    follow.note = "Zelfde termijn als in de Franse tekst (amendement 1).".into();
    store.save_draft(panel, two, &follow, &lotte, now).await?;
    let a3 = store
        .propose_amendment(
            panel,
            two,
            &amend(
                "fr",
                "delete",
                " et locataires",
                "",
                "Les locataires ont déjà la recommandation 1.",
                4,
            )?,
            &camille,
            now,
        )
        .await?;
    store
        .decide_amendment(
            panel,
            two,
            a3,
            false,
            "Rejeté : le guichet doit aussi servir les locataires.",
            facilitator,
            now,
        )
        .await?;
    let qualified = rule(&[
        ("rule", "qualified"),
        ("share", "80"),
        ("base", "cast"),
        ("abstentions", "ignore"),
    ])?;
    store
        .declare_rule(panel, two, &qualified, None, organiser, now)
        .await?;
    store
        .set_recommendation_vote(
            panel,
            two,
            VoteState::Open,
            &[Lang::Nl, Lang::Fr],
            organiser,
            now,
        )
        .await?;
    for (member, choice) in members[1..4]
        .iter()
        .zip([Choice::For, Choice::For, Choice::Against])
    {
        store
            .cast_recommendation_ballot(panel, two, &member.id, choice, now)
            .await?;
    }
    store
        .enter_paper_recommendation_ballot(panel, two, 1, Choice::For, staff, now)
        .await?;
    // 3: being drafted; French missing, an amendment waiting.
    let three = store
        .create_draft(
            panel,
            &draft(
                "nl",
                "Huurprijs bevriezen na een renovatie met premies",
                "Wie met gewestelijke premies renoveert, mag de huur drie jaar lang niet meer verhogen dan de index.",
                "Zo blijven gerenoveerde woningen betaalbaar voor wie er woont.",
                "Wonen",
                0,
            )?,
            &person(&members[4]),
            now,
        )
        .await?;
    store
        .propose_amendment(
            panel,
            three,
            &amend(
                "nl",
                "replace",
                "drie jaar",
                "vijf jaar",
                "Drie jaar is te kort om de investering terug te verdienen voor de huurder.",
                1,
            )?,
            &person(&members[5]),
            now,
        )
        .await?;
    Ok(())
}

/// The earlier panel's deliberation, done: three sessions, the recommendations of
/// [`crate::followup::RECOMMENDATIONS`] written in French, Dutch and English and adopted by a
/// qualified majority (ballots online and on paper), one more that failed, a minority note by
/// a member who agreed to be named, the report published, and the adopted recommendations
/// handed over to the government on `handover`.
pub(crate) async fn earlier(
    store: &Store,
    panel: &Panel,
    organiser: &Actor,
    staff: &Actor,
    members: &[Account],
    handover: klero_domain::assembly::Date,
    now: i64,
) -> Result<(), DemoError> {
    let langs = [Lang::Nl, Lang::Fr];
    store
        .set_deliberation_settings(
            panel,
            &DeliberationSettings {
                required: langs.to_vec(),
                allowance_cents: 4_000,
            },
            organiser,
            now,
        )
        .await?;
    let mut sessions = Vec::new();
    for (day, nl, fr) in [
        (
            "2026-02-07",
            "Kennismaking en hoorzitting met experts.",
            "Présentations et audition d'experts.",
        ),
        (
            "2026-03-14",
            "Werkgroepen: voeding, mobiliteit, energie.",
            "Groupes de travail : alimentation, mobilité, énergie.",
        ),
        (
            "2026-05-09",
            "Eindstemming over de aanbevelingen.",
            "Vote final sur les recommandations.",
        ),
    ] {
        let plan = content(SessionInput::parse(&form(&[
            ("date", day),
            ("starts", "10:00"),
            ("ends", "17:00"),
            (
                "place",
                "Brussels Parliament, Rue du Lombard 69, 1000 Brussels",
            ),
            ("agenda_nl", nl),
            ("agenda_fr", fr),
        ])))?;
        let n = store.add_session(panel, &plan, organiser, now).await?;
        let entries: Vec<(String, Attendance)> = members
            .iter()
            .map(|m| (m.id.clone(), Attendance::Present))
            .collect();
        store
            .record_attendance(panel, n, &entries, staff, now)
            .await?;
        sessions.push(n);
    }
    let rule = content(parse_rule(&form(&[
        ("rule", "qualified"),
        ("share", "80"),
        ("base", "cast"),
        ("abstentions", "ignore"),
    ])))?;
    let author = person(&members[0]);
    let mut drafts = Vec::new();
    for (_, theme_fr, theme_nl, fr, nl, en) in crate::followup::RECOMMENDATIONS {
        let n = store
            .create_draft(
                panel,
                &draft(
                    "fr",
                    fr,
                    &format!(
                        "{fr} : le panel demande au gouvernement de le mettre en œuvre d'ici 2030."
                    ),
                    "",
                    theme_fr,
                    0,
                )?,
                &author,
                now,
            )
            .await?;
        store
            .save_draft(
                panel,
                n,
                &draft(
                    "nl",
                    nl,
                    &format!("{nl}: het panel vraagt de regering dit tegen 2030 uit te voeren."),
                    "",
                    theme_nl,
                    1,
                )?,
                &author,
                now,
            )
            .await?;
        store
            .save_draft(
                panel,
                n,
                &draft(
                    "en",
                    en,
                    &format!("{en}: the panel asks the government to put this in place by 2030."),
                    "",
                    "",
                    2,
                )?,
                &author,
                now,
            )
            .await?;
        drafts.push(n);
    }
    let failed = store
        .create_draft(
            panel,
            &draft(
                "fr",
                "Une taxe kilométrique pour les voitures",
                "Chaque kilomètre parcouru en voiture dans la Région est taxé selon l'heure et le lieu.",
                "",
                "Mobilité",
                0,
            )?,
            &author,
            now,
        )
        .await?;
    store
        .save_draft(
            panel,
            failed,
            &draft(
                "nl",
                "Een kilometerheffing voor auto's",
                "Elke kilometer die met de auto in het Gewest wordt gereden, wordt belast volgens uur en plaats.",
                "",
                "Mobiliteit",
                1,
            )?,
            &author,
            now,
        )
        .await?;
    drafts.push(failed);
    for (i, n) in drafts.iter().enumerate() {
        store
            .declare_rule(panel, *n, &rule, Some(sessions[2]), organiser, now)
            .await?;
        store
            .set_recommendation_vote(panel, *n, VoteState::Open, &langs, organiser, now)
            .await?;
        let against_online = if *n == failed {
            4
        } else {
            usize::from(i % 2 == 1)
        };
        for (j, member) in members.iter().enumerate() {
            let choice = if j < against_online {
                Choice::Against
            } else {
                Choice::For
            };
            store
                .cast_recommendation_ballot(panel, *n, &member.id, choice, now)
                .await?;
        }
        // The ballots of members without an account, on paper.
        let paper: &[Choice] = if *n == failed {
            &[
                Choice::Against,
                Choice::Against,
                Choice::For,
                Choice::Abstain,
            ]
        } else {
            &[
                Choice::For,
                Choice::For,
                Choice::For,
                Choice::For,
                Choice::Abstain,
            ]
        };
        for (serial, choice) in paper.iter().enumerate() {
            store
                .enter_paper_recommendation_ballot(
                    panel,
                    *n,
                    u32::try_from(serial + 1).unwrap_or(1),
                    *choice,
                    staff,
                    now,
                )
                .await?;
        }
        store
            .set_recommendation_vote(panel, *n, VoteState::Closed, &langs, organiser, now)
            .await?;
    }
    evaluate(store, panel, &sessions, members, now).await?;
    store
        .set_named(panel, &members[0].id, true, &author, now)
        .await?;
    store
        .save_minority_note(
            panel,
            drafts[1],
            &members[0].id,
            Some("Un potager par quartier ne suffit pas : il faut aussi former des habitants pour l'entretenir."),
            &author,
            now,
        )
        .await?;
    let assembly = store
        .assemblies()
        .await?
        .into_iter()
        .find(|a| a.id == panel.assembly_id)
        .ok_or_else(|| DemoError::Content("assembly".into()))?;
    store
        .publish_report(panel, &assembly, organiser, now)
        .await?;
    store
        .hand_over_adopted(panel, handover, organiser, now)
        .await?;
    Ok(())
}

/// The members' answers to the questionnaire after each of `sessions` (all held): member `i`
/// gives question `q` a level that varies with both, some leave a comment.
async fn evaluate(
    store: &Store,
    panel: &Panel,
    sessions: &[u32],
    members: &[Account],
    now: i64,
) -> Result<(), DemoError> {
    let today = brussels_today(now);
    for (s, session) in sessions.iter().enumerate() {
        for (i, member) in members.iter().enumerate() {
            let mut response = Response::default();
            for (q, question) in Question::ALL.iter().enumerate() {
                let level = [4u8, 5, 3, 4, 5, 2, 4][(i + 2 * q + s) % 7];
                response.answers.insert(*question, level);
            }
            if i == 1 && s == 0 {
                response.comment = "Meer pauzes, a.u.b.: de namiddag was lang.".into();
            }
            if i == 3 {
                response.comment =
                    "Les experts étaient clairs ; plus de temps pour les questions serait bien."
                        .into();
            }
            store
                .submit_evaluation(panel, *session, &member.id, &response, today, now)
                .await?;
        }
    }
    Ok(())
}

/// The library: an expert's study and a link, the administration's guide as a PDF (set by
/// `klero-letters`, so the demonstration ships no binary file), a note for the panel only, a
/// tenants' union's published paper and a submission waiting for the moderators.
async fn library(
    store: &Store,
    panel: &Panel,
    organiser: &Actor,
    expert: &Actor,
    now: i64,
) -> Result<(), DemoError> {
    let item = |fields: &[(&str, &str)]| content(ItemInput::parse(&form(fields)));
    store
        .add_library_item(
            panel,
            &item(&[
                ("title_fr", "Rénover sans déménager : ce que disent les études"),
                ("title_nl", "Renoveren zonder te verhuizen: wat de studies zeggen"),
                ("summary_fr", "Une synthèse des études belges et européennes sur la rénovation en site occupé."),
                ("summary_nl", "Een overzicht van Belgische en Europese studies over renoveren terwijl men er woont."),
                ("doc_fr", "on"),
                ("source", "expert"),
                ("by", "Elke Expert (ULB)"),
                ("link", "https://example.org/etudes/renovation"),
                ("visibility", "public"),
            ])?,
            None,
            ItemState::Published,
            None,
            expert,
            now,
        )
        .await?;
    let guide = klero_letters::document::render(&klero_letters::document::Document {
        title: "Primes à la rénovation 2027".into(),
        lang: "fr".into(),
        page_word: "Page".into(),
        blocks: vec![
            Block::Heading(1, "Primes à la rénovation 2027".into()),
            Block::Text("Les primes régionales couvrent jusqu'à 50 % des travaux d'isolation pour les ménages aux revenus modestes.".into()),
            Block::Heading(1, "Renovatiepremies 2027".into()),
            Block::Text("De gewestelijke premies dekken tot 50 % van de isolatiewerken voor gezinnen met een bescheiden inkomen.".into()),
        ],
    })
    .map_err(|e| DemoError::Content(e.to_string()))?;
    let sha256: String = Sha256::digest(&guide)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let file = StoredFile {
        kind: "pdf".into(),
        name: "primes-renovation-2027.pdf".into(),
        size: u64::try_from(guide.len()).unwrap_or(0),
        sha256,
        data: Some(base64::engine::general_purpose::STANDARD.encode(&guide)),
    };
    store
        .add_library_item(
            panel,
            &item(&[
                ("title_fr", "Primes à la rénovation 2027"),
                ("title_nl", "Renovatiepremies 2027"),
                ("doc_fr", "on"),
                ("doc_nl", "on"),
                ("source", "administration"),
                ("by", "Bruxelles Environnement / Leefmilieu Brussel"),
                ("visibility", "public"),
            ])?,
            Some(&file),
            ItemState::Published,
            None,
            organiser,
            now,
        )
        .await?;
    store
        .add_library_item(
            panel,
            &item(&[
                ("title_nl", "Vragen van het panel aan de administratie"),
                ("title_fr", "Questions du panel à l'administration"),
                ("doc_nl", "on"),
                ("source", "panel_request"),
                ("by", "Het panel / Le panel"),
                ("link", "https://example.org/panel/vragen"),
                ("visibility", "panel"),
            ])?,
            None,
            ItemState::Published,
            None,
            organiser,
            now,
        )
        .await?;
    for (title, organisation, contact, state) in [
        (
            "Le point de vue des locataires",
            "Union des locataires",
            "contact@locataires.example",
            ItemState::Published,
        ),
        (
            "Isoler vite, isoler bien",
            "Fédération de la construction",
            "info@construction.example",
            ItemState::Pending,
        ),
    ] {
        let submission = content(Submission::parse(&form(&[
            ("organisation", organisation),
            ("email", contact),
            ("lang", "fr"),
            ("title", title),
            ("link", "https://example.org/positions"),
        ])))?;
        let n = store
            .add_library_item(
                panel,
                &submission.item,
                None,
                ItemState::Pending,
                Some(submission.contact.as_str()),
                &Actor::System,
                now,
            )
            .await?;
        if state == ItemState::Published {
            store
                .decide_submission(panel, n, true, "", organiser, now)
                .await?;
        }
    }
    Ok(())
}
