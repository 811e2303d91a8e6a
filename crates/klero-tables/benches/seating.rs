//! Seats a synthetic summit (1,000 people, Dutch and French with a fifth bilingual, a few German
//! speakers, four balance columns) at 100 tables over 4 rounds and prints the time and the
//! figures: `cargo bench -p klero-tables --bench seating`.

use std::time::Instant;

use klero_tables::{Person, Room, Settings, seat};

/// SplitMix64: a fixed synthetic room, independent of the library's random stream.
struct Synthetic(u64);

impl Synthetic {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// An index drawn with the given weights.
    fn pick(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut x = self.next() % total;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

/// The synthetic room: 1,000 people.
pub fn room() -> Room {
    let mut random = Synthetic(2024);
    let genders = ["woman", "man", "x"];
    let ages = ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"];
    let areas = [
        "Anderlecht",
        "Brussels",
        "Etterbeek",
        "Ixelles",
        "Molenbeek",
        "Schaerbeek",
        "Uccle",
        "Woluwe",
    ];
    let stakeholders = ["citizen", "civil society", "business", "expert"];
    let people = (0..1000)
        .map(|i| {
            let languages: &[&str] = match i {
                0..12 => &["de", "fr"],
                12..20 => &["de", "nl"],
                _ => match random.pick(&[45, 35, 20]) {
                    0 => &["nl"],
                    1 => &["fr"],
                    _ => &["nl", "fr"],
                },
            };
            Person {
                id: format!("p{i:04}"),
                languages: languages.iter().map(|l| (*l).to_owned()).collect(),
                values: vec![
                    genders[random.pick(&[49, 49, 2])].to_owned(),
                    ages[random.pick(&[12, 17, 17, 18, 18, 18])].to_owned(),
                    areas[random.pick(&[10, 15, 8, 14, 12, 16, 13, 12])].to_owned(),
                    stakeholders[random.pick(&[70, 15, 10, 5])].to_owned(),
                ],
                pin: None,
            }
        })
        .collect();
    Room {
        people,
        balance: ["gender", "age", "area", "stakeholder"]
            .map(str::to_owned)
            .to_vec(),
        ..Room::default()
    }
}

fn main() {
    let room = room();
    let mut settings = Settings::new(10, 4);
    settings.seed = "bench".to_owned();
    let start = Instant::now();
    let seating = match seat(&room, &settings) {
        Ok(seating) => seating,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    let report = &seating.report;
    println!("people                 {}", report.people);
    println!(
        "tables                 {} ({})",
        seating.table_languages.len(),
        report
            .tables_per_language
            .iter()
            .map(|(l, k)| format!("{l}: {k}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!("rounds                 {}", report.rounds);
    println!("time                   {seconds:.3} s");
    println!("repeated pairs         {}", report.repeated_pairs);
    println!(
        "table sizes            {} to {}",
        report.smallest_table, report.largest_table
    );
    println!("language violations    {}", report.language_violations);
    for b in &report.balance {
        println!(
            "{:<22} max deviation from proportional {:.2}, table-rounds outside floor/ceil {}",
            b.column, b.max_deviation, b.tables_outside
        );
    }
}
