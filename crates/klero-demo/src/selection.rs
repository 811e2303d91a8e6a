//! The deliberating panel's draw, as the demonstration shows it: 450 volunteers, quotas on
//! gender, age and language (labelled in the four languages), the pool frozen with its lottery
//! and commitment, then drawn with a public seed, exactly as the platform's ceremony does. The
//! draw page, its lottery and its verification bundle are then there to see and check.

use crate::{DemoError, residents};
use klero_bundle::{BundleInput, Prepared};
use klero_domain::assembly::Panel;
use klero_domain::labels::QuotaLabels;
use klero_domain::lang::Lang;
use klero_select::{Algorithm, Instance, Settings};
use klero_store::{
    Actor, Contact, Letter, NewDraw, PoolEntry, SelectionInputs, SelectionQuota, Store,
};

/// Volunteers in the pool.
const VOLUNTEERS: usize = 450;
/// The seed drawn in public at the demonstration's ceremony.
pub const DEMO_SEED: &str = "4 19 27 33 41 - Lotto 2026-09-05";

/// The categories: id, labels (nl, fr, en, de), and values with their labels.
type Labelled = (&'static str, [&'static str; 4]);
const CATEGORIES: [(Labelled, &[Labelled]); 3] = [
    (
        ("gender", ["geslacht", "genre", "gender", "Geschlecht"]),
        &[
            ("female", ["vrouw", "femme", "woman", "Frau"]),
            ("male", ["man", "homme", "man", "Mann"]),
        ],
    ),
    (
        ("age", ["leeftijd", "âge", "age", "Alter"]),
        &[
            (
                "16-29",
                [
                    "16 tot 29 jaar",
                    "16 à 29 ans",
                    "16 to 29",
                    "16 bis 29 Jahre",
                ],
            ),
            (
                "30-44",
                [
                    "30 tot 44 jaar",
                    "30 à 44 ans",
                    "30 to 44",
                    "30 bis 44 Jahre",
                ],
            ),
            (
                "45-64",
                [
                    "45 tot 64 jaar",
                    "45 à 64 ans",
                    "45 to 64",
                    "45 bis 64 Jahre",
                ],
            ),
            (
                "65+",
                [
                    "65 jaar en ouder",
                    "65 ans et plus",
                    "65 and over",
                    "65 Jahre und älter",
                ],
            ),
        ],
    ),
    (
        ("language", ["taal", "langue", "language", "Sprache"]),
        &[
            (
                "nl",
                ["Nederlands", "néerlandais", "Dutch", "Niederländisch"],
            ),
            ("fr", ["Frans", "français", "French", "Französisch"]),
        ],
    ),
];

fn age_band(birth_year: u32) -> &'static str {
    // Ages on the panel's first day (2026).
    match 2026_u32.saturating_sub(birth_year) {
        0..=29 => "16-29",
        30..=44 => "30-44",
        45..=64 => "45-64",
        _ => "65+",
    }
}

/// Draws `panel` from a pool of volunteers and records the freeze and the draw.
pub(crate) async fn load(
    store: &Store,
    panel: &Panel,
    actor: &Actor,
    now: i64,
) -> Result<(), DemoError> {
    let people = residents(VOLUNTEERS, 3_333);
    let entries: Vec<PoolEntry> = people
        .iter()
        .enumerate()
        .map(|(i, r)| PoolEntry {
            key: format!("V{:04}", i + 1),
            values: vec![
                if r.sex == "F" { "female" } else { "male" }.to_owned(),
                age_band(r.birth_year).to_owned(),
                r.language.to_owned(),
            ],
            household: None,
        })
        .collect();
    // Quotas around the pool's own shares (three seats either way), so the demonstration is
    // feasible whatever the synthetic register holds.
    let k = panel.size;
    let mut quotas = Vec::new();
    for (c, ((feature, _), values)) in CATEGORIES.iter().enumerate() {
        for (value, _) in values.iter() {
            let count = entries.iter().filter(|e| e.values[c] == *value).count();
            let share = u32::try_from(count * k as usize / VOLUNTEERS).unwrap_or(k);
            quotas.push(SelectionQuota {
                feature: (*feature).to_owned(),
                value: (*value).to_owned(),
                min: share.saturating_sub(3),
                max: (share + 4).min(k),
                min_flex: None,
                max_flex: None,
            });
        }
    }
    let contacts = entries
        .iter()
        .zip(&people)
        .map(|(e, r)| Contact {
            key: e.key.clone(),
            name: format!("{} {}", r.first_name, r.last_name),
            email: String::new(),
            address: format!("{}, {} {}", r.street, r.postcode, r.commune),
        })
        .collect();
    let settings = Settings {
        algorithm: Algorithm::Leximin,
        lottery_panels: klero_select::DEFAULT_LOTTERY_PANELS,
        reserves: k.div_ceil(10).max(1),
    };
    let inputs = SelectionInputs {
        panel_size: k,
        lottery_panels: settings.lottery_panels,
        reserves: settings.reserves,
        features_file: "quotas.csv".into(),
        people_file: "volunteers.csv".into(),
        quotas: quotas.clone(),
        people: entries.clone(),
        contacts,
    };
    store
        .replace_selection_inputs(panel, &inputs, actor, now)
        .await?;
    let mut labels = QuotaLabels::new();
    for ((feature, names), values) in CATEGORIES {
        for (lang, name) in Lang::ALL.into_iter().zip(names) {
            labels.set(feature, None, lang, name);
        }
        for (value, names) in values {
            for (lang, name) in Lang::ALL.into_iter().zip(names) {
                labels.set(feature, Some(value), lang, name);
            }
        }
    }
    store.set_quota_labels(panel, &labels, actor, now).await?;

    let instance = instance(&quotas, &entries, k)?;
    let prepared: Prepared = klero_bundle::prepare(&instance, &settings, &mut |_| {})
        .map_err(|e| DemoError::Content(format!("the demonstration's draw: {e}")))?;
    let version = store
        .selection(&panel.id)
        .await?
        .ok_or_else(|| DemoError::Content("no selection".into()))?
        .version;
    let lottery = String::from_utf8(prepared.bytes.clone())
        .map_err(|_| DemoError::Content("lottery not text".into()))?;
    store
        .freeze_selection(
            panel,
            version,
            &prepared.commitment.to_hex(),
            &lottery,
            actor,
            now,
        )
        .await?;
    let outcome = prepared
        .draw(&instance, DEMO_SEED)
        .map_err(|e| DemoError::Content(format!("the demonstration's draw: {e}")))?;
    let files = klero_bundle::render_bundle(
        BundleInput {
            instance: &instance,
            id_column: "id",
            follow_up: None,
            labels: &labels,
        },
        &outcome,
    )
    .map_err(|e| DemoError::Content(format!("the demonstration's bundle: {e}")))?;
    let id = |i: &usize| instance.people()[*i].id.clone();
    let draw = NewDraw {
        seed: outcome.seed.clone(),
        commitment: outcome.commitment().to_hex(),
        chosen: outcome.panel.iter().map(id).collect(),
        reserves: outcome.reserves.iter().map(id).collect(),
        withdrawn: Vec::new(),
        files: files
            .into_iter()
            .map(|(name, bytes)| (name, String::from_utf8_lossy(&bytes).into_owned()))
            .collect(),
    };
    // Nobody in the demonstration has an e-mail address: no message is queued.
    let compose = |_: &klero_store::Notice| Letter {
        subject: String::new(),
        body: String::new(),
    };
    store
        .record_draw(panel, &draw, actor, &compose, now)
        .await?;
    Ok(())
}

/// The engine's instance over the pool, as the platform rebuilds it from the stored rows.
fn instance(
    quotas: &[SelectionQuota],
    entries: &[PoolEntry],
    k: u32,
) -> Result<Instance, DemoError> {
    klero_store::engine_instance(quotas, entries, k)
        .map_err(|e| DemoError::Content(format!("the demonstration's pool: {e:?}")))
}
