//! The demonstration's follow-up: an earlier panel whose recommendations, adopted in its
//! deliberation and published in its report, were handed over four months ago. The government published its 3-month answers to two of them and let the rest
//! run late; the commission judged one answer.

use crate::{DemoError, content, form};
use klero_domain::assembly::Panel;
use klero_domain::followup::input::{AnswerInput, VerdictInput};
use klero_domain::followup::{add_days, brussels_today};
use klero_store::{Actor, Store};

/// (number, theme fr, theme nl, title fr, title nl, title en)
pub(crate) const RECOMMENDATIONS: [(&str, &str, &str, &str, &str, &str); 6] = [
    (
        "1",
        "Alimentation",
        "Voeding",
        "Des cantines scolaires bio et locales",
        "Biologische en lokale schoolkantines",
        "Organic, local school canteens",
    ),
    (
        "2",
        "Alimentation",
        "Voeding",
        "Un potager partagé dans chaque quartier",
        "Een gedeelde moestuin in elke wijk",
        "A shared vegetable garden in every neighbourhood",
    ),
    (
        "3",
        "Mobilité",
        "Mobiliteit",
        "Des livraisons à vélo-cargo dans le centre",
        "Leveringen met bakfietsen in het centrum",
        "Cargo-bike deliveries in the centre",
    ),
    (
        "4",
        "Mobilité",
        "Mobiliteit",
        "Des rues scolaires à chaque école",
        "Schoolstraten bij elke school",
        "School streets at every school",
    ),
    (
        "5",
        "Énergie",
        "Energie",
        "Un guichet unique pour la rénovation",
        "Eén loket voor renovatie",
        "A one-stop shop for renovation",
    ),
    (
        "6",
        "Énergie",
        "Energie",
        "Des toitures solaires sur les bâtiments publics",
        "Zonnedaken op openbare gebouwen",
        "Solar roofs on public buildings",
    ),
];

/// Loads the follow-up of `panel`: recommendations, a handover 120 days before `now`, two
/// published answers and a verdict.
// Each actor is a different demonstration account; a struct of them would only be used here.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn load(
    store: &Store,
    panel: &Panel,
    organiser: &Actor,
    staff: &Actor,
    government: &Actor,
    commission: &Actor,
    members: &[klero_store::Account],
    now: i64,
) -> Result<(), DemoError> {
    // The recommendations come from the panel's own deliberation: adopted, reported on and
    // handed over 120 days ago.
    let handover = add_days(brussels_today(now), -120);
    crate::deliberation::earlier(store, panel, organiser, staff, members, handover, now).await?;
    let accepted = content(AnswerInput::parse(&form(&[
        ("position", "accepted"),
        (
            "measures_fr",
            "Cahier des charges des cantines revu : 50 % de produits bio et locaux dès la rentrée 2027.",
        ),
        (
            "measures_nl",
            "Bestek van de kantines herzien: 50 % biologische en lokale producten vanaf het schooljaar 2027.",
        ),
        ("department", "Bruxelles Environnement / Leefmilieu Brussel"),
        ("budget", "€ 2,4 millions sur 3 ans"),
        ("deadline", "2027-09-01"),
        ("progress", "30"),
        (
            "milestones",
            "2027-02-01 Appel d'offres\n2027-09-01 Premiers repas",
        ),
    ])))?;
    let rejected = content(AnswerInput::parse(&form(&[
        ("position", "rejected"),
        (
            "justification_fr",
            "Les communes sont compétentes pour l'affectation des terrains ; la Région ne dispose pas de terrains dans chaque quartier et le budget 2027 ne permet pas d'en acquérir. La Région soutiendra les projets communaux par appel à projets.",
        ),
        (
            "justification_nl",
            "De gemeenten zijn bevoegd voor de bestemming van gronden; het Gewest heeft niet in elke wijk gronden en de begroting 2027 laat geen aankopen toe. Het Gewest steunt gemeentelijke projecten via een projectoproep.",
        ),
    ])))?;
    store
        .save_answer(panel, 1, 1, &accepted, government, now)
        .await?;
    store
        .save_answer(panel, 2, 1, &rejected, government, now)
        .await?;
    store.publish_round(panel, 1, government, now).await?;
    let verdict = content(VerdictInput::parse(&form(&[
        ("verdict", "not_satisfied"),
        (
            "comment",
            "Un appel à projets ne remplace pas un potager par quartier.",
        ),
    ])))?;
    store
        .save_verdict(panel, 2, 1, &verdict, commission, now)
        .await?;
    Ok(())
}
