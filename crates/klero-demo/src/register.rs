//! A synthetic population register: residents of the 19 Brussels communes with invented names
//! and addresses, in the communes' real proportions, drawn reproducibly from a seed. It has the
//! columns a register extract has (id, names, address, commune, sex, birth year, language), so
//! recruitment (the invitation lottery) can be tried on it.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha20Rng;
use std::io::Write;

/// The 19 communes with their approximate populations (2024, thousands) and postcodes.
const COMMUNES: [(&str, u32, u32); 19] = [
    ("Anderlecht", 125, 1070),
    ("Auderghem", 35, 1160),
    ("Berchem-Sainte-Agathe", 26, 1082),
    ("Bruxelles", 196, 1000),
    ("Etterbeek", 49, 1040),
    ("Evere", 43, 1140),
    ("Forest", 57, 1190),
    ("Ganshoren", 25, 1083),
    ("Ixelles", 88, 1050),
    ("Jette", 53, 1090),
    ("Koekelberg", 22, 1081),
    ("Molenbeek-Saint-Jean", 98, 1080),
    ("Saint-Gilles", 50, 1060),
    ("Saint-Josse-ten-Noode", 27, 1210),
    ("Schaerbeek", 134, 1030),
    ("Uccle", 85, 1180),
    ("Watermael-Boitsfort", 25, 1170),
    ("Woluwe-Saint-Lambert", 58, 1200),
    ("Woluwe-Saint-Pierre", 42, 1150),
];

const FIRST: [&str; 24] = [
    "Amina", "Lucas", "Sofia", "Noah", "Lina", "Adam", "Emma", "Mohamed", "Julie", "Thomas",
    "Sarah", "Youssef", "Marie", "Louis", "Fatima", "Arthur", "Inès", "Jan", "Anneleen", "Pieter",
    "Ana", "Mateusz", "Elif", "Kofi",
];
const LAST: [&str; 24] = [
    "Peeters",
    "Janssens",
    "Dubois",
    "Lambert",
    "El Amrani",
    "Maes",
    "Martin",
    "Claes",
    "Benali",
    "Dupont",
    "Wouters",
    "Nowak",
    "Yilmaz",
    "Mertens",
    "Leroy",
    "Goossens",
    "Diallo",
    "Simon",
    "Willems",
    "Rossi",
    "Laurent",
    "De Smet",
    "Mbala",
    "Ferreira",
];
const STREETS: [&str; 12] = [
    "Rue de la Loi",
    "Chaussée de Wavre",
    "Avenue Louise",
    "Rue Haute",
    "Boulevard Anspach",
    "Rue du Midi",
    "Chaussée d'Ixelles",
    "Avenue de Tervueren",
    "Rue Royale",
    "Rue Neuve",
    "Chaussée de Gand",
    "Avenue Brugmann",
];

/// One synthetic resident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resident {
    /// Register number (synthetic).
    pub id: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Street and number.
    pub street: String,
    /// Postcode.
    pub postcode: u32,
    /// Commune.
    pub commune: &'static str,
    /// `F` or `M` as in the register.
    pub sex: &'static str,
    /// Year of birth.
    pub birth_year: u32,
    /// Language of administrative contact (`fr` or `nl`).
    pub language: &'static str,
}

/// Draws `count` residents from `seed`. Several residents share an address (households).
pub fn residents(count: usize, seed: u64) -> Vec<Resident> {
    resident_stream(count, seed).collect()
}

/// The same residents as [`residents`], one at a time: a register of any size can be written
/// without holding it (the benchmark of `klero invite` writes 12 million rows).
pub fn resident_stream(count: usize, seed: u64) -> impl Iterator<Item = Resident> {
    let mut rng = ChaCha20Rng::seed_from_u64(seed);
    let total: u32 = COMMUNES.iter().map(|c| c.1).sum();
    let mut made = 0usize;
    let mut left_in_household = 0usize;
    let mut home = (String::new(), LAST[0], COMMUNES[0]);
    std::iter::from_fn(move || {
        if made >= count {
            return None;
        }
        if left_in_household == 0 {
            let mut pick = rng.random_range(0..total);
            let commune = *COMMUNES
                .iter()
                .find(|c| {
                    if pick < c.1 {
                        true
                    } else {
                        pick -= c.1;
                        false
                    }
                })
                .unwrap_or(&COMMUNES[0]);
            let street = format!(
                "{} {}",
                STREETS[rng.random_range(0..STREETS.len())],
                rng.random_range(1..300)
            );
            let last = LAST[rng.random_range(0..LAST.len())];
            // A household of one to four adults at one address.
            let household = 1
                + usize::from(rng.random_bool(0.45))
                + usize::from(rng.random_bool(0.2))
                + usize::from(rng.random_bool(0.1));
            left_in_household = household.min(count - made);
            home = (street, last, commune);
        }
        left_in_household -= 1;
        made += 1;
        let (street, last, commune) = &home;
        Some(Resident {
            id: format!("BXL{made:07}"),
            first_name: FIRST[rng.random_range(0..FIRST.len())].to_owned(),
            last_name: (*last).to_owned(),
            street: street.clone(),
            postcode: commune.2,
            commune: commune.0,
            sex: if rng.random_bool(0.51) { "F" } else { "M" },
            birth_year: rng.random_range(1935..=2010),
            language: if rng.random_bool(0.85) { "fr" } else { "nl" },
        })
    })
}

/// Writes `residents` as a register extract in CSV.
pub fn write_register<R: std::borrow::Borrow<Resident>>(
    residents: impl IntoIterator<Item = R>,
    out: impl Write,
) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "id",
        "first_name",
        "last_name",
        "street",
        "postcode",
        "commune",
        "sex",
        "birth_year",
        "language",
    ])?;
    for r in residents {
        let r = r.borrow();
        writer.write_record([
            r.id.as_str(),
            &r.first_name,
            &r.last_name,
            &r.street,
            &r.postcode.to_string(),
            r.commune,
            r.sex,
            &r.birth_year.to_string(),
            r.language,
        ])?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_register_is_reproducible_and_follows_the_communes() {
        let a = residents(5_000, 7);
        assert_eq!(a, residents(5_000, 7));
        assert_ne!(a, residents(5_000, 8));
        assert_eq!(a.len(), 5_000);
        let in_brussels_city = a.iter().filter(|r| r.commune == "Bruxelles").count();
        // Bruxelles is 196 of 1,238 thousand: about 15.8 %.
        assert!(
            (650..=950).contains(&in_brussels_city),
            "{in_brussels_city}"
        );
        let shared = a.windows(2).filter(|w| w[0].street == w[1].street).count();
        assert!(shared > 500, "households share addresses: {shared}");
    }

    #[test]
    fn the_register_is_written_as_csv() {
        let mut out = Vec::new();
        write_register(residents(3, 1), &mut out).expect("written");
        let text = String::from_utf8(out).expect("utf-8");
        assert_eq!(text.lines().count(), 4);
        assert!(text.starts_with(
            "id,first_name,last_name,street,postcode,commune,sex,birth_year,language\n"
        ));
    }
}
