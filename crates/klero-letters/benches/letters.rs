//! Renders 10,000 bilingual (French and Dutch) letters and prints the time, the pages and the
//! size of the PDF, and the process's peak memory: `cargo bench -p klero-letters`.

use std::time::Instant;

use klero_letters::{Batch, Letter, LetterText, render};

const LETTERS: usize = 10_000;

fn texts() -> Vec<LetterText> {
    vec![
        LetterText {
            lang: "fr".into(),
            body: "Madame, Monsieur,\n\nVous avez été tiré·e au sort parmi les habitant·es de la \
                   Région bruxelloise pour participer à l’Assemblée citoyenne sur le climat. Les \
                   participant·es reçoivent un défraiement de 150 € par journée.\n\nInscrivez-vous \
                   avant le 15 mars sur {url} avec votre code {code}.\n\nAvec nos salutations \
                   distinguées,\nLe secrétariat de l’Assemblée"
                .into(),
            code_label: "Votre code personnel".into(),
        },
        LetterText {
            lang: "nl".into(),
            body:
                "Geachte mevrouw, geachte heer,\n\nU bent bij loting gekozen onder de inwoners van \
                   het Brussels Gewest om deel te nemen aan de Burgerassemblee over het klimaat. \
                   Deelnemers krijgen een vergoeding van 150 € per dag.\n\nSchrijf u vóór 15 maart \
                   in op {url} met uw code {code}.\n\nMet vriendelijke groeten,\nHet secretariaat"
                    .into(),
            code_label: "Uw persoonlijke code".into(),
        },
    ]
}

fn main() {
    let texts = texts();
    let batch = Batch {
        title: "Invitations".into(),
        sender: vec![
            "Assemblée citoyenne bruxelloise".into(),
            "Rue du Lombard 69, 1000 Bruxelles".into(),
        ],
        phone: "+32 2 555 01 00".into(),
        email: "info@assemblee.brussels".into(),
        letters: (0..LETTERS)
            .map(|n| {
                let code = format!("K7QM-{:04}-{:04}", n / 7, n % 9973);
                Letter {
                    sender: None,
                    address: vec![
                        format!("Habitant·e {n}"),
                        format!("Rue de la Loi {}", n % 200),
                        "1000 Bruxelles".into(),
                    ],
                    url: format!("https://assemblee.brussels/i/{code}"),
                    code,
                    texts: texts.clone(),
                }
            })
            .collect(),
    };
    let start = Instant::now();
    let pdf = match render(&batch) {
        Ok(pdf) => pdf,
        Err(e) => {
            eprintln!("render failed: {e}");
            std::process::exit(1);
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    // Measured before the check below parses the PDF again.
    let peak = peak_memory();
    let pages = lopdf::Document::load_mem(&pdf).map_or(0, |document| document.get_pages().len());
    println!(
        "{LETTERS} letters: {seconds:.2} s, {pages} pages, {:.1} MB PDF, peak memory {peak}",
        pdf.len() as f64 / 1e6,
    );
}

/// The process's peak resident memory, as Linux reports it.
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmHWM:"))
                .map(|line| line.trim_start_matches("VmHWM:").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into())
}
