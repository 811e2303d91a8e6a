//! Writes sample letters to a PDF file, to look at the layout:
//! `cargo run -p klero-letters --example sample -- letters.pdf`. The first letter is in French
//! and Dutch, the second has a text long enough to be set smaller, the third a very long word.

use klero_letters::{Batch, Letter, LetterText, render};

fn text(lang: &str, body: &str, code_label: &str) -> LetterText {
    LetterText {
        lang: lang.into(),
        body: body.into(),
        code_label: code_label.into(),
    }
}

fn letter(code: &str, texts: Vec<LetterText>) -> Letter {
    Letter {
        sender: None,
        address: vec![
            "Madame Anaïs Van den Bossche-Lefèvre".into(),
            "Chaussée de Waterloo 1234 boîte 56".into(),
            "1180 Uccle".into(),
        ],
        code: code.into(),
        url: format!("https://assemblee.brussels/i/{}", code.replace('-', "")),
        texts,
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "letters.pdf".into());
    let fr = text(
        "fr",
        "Madame, Monsieur,\n\nVous avez été tiré·e au sort parmi les habitant·es de la Région \
         bruxelloise pour participer à l’Assemblée citoyenne sur le climat. Les participant·es \
         reçoivent un défraiement de 150 € par journée ; ni expérience ni connaissance préalable \
         ne sont nécessaires.\n\nInscrivez-vous avant le 15 mars sur {url} avec votre code \
         {code}.\n\nAvec nos salutations distinguées,\nLe secrétariat de l’Assemblée",
        "Votre code personnel",
    );
    let nl = text(
        "nl",
        "Geachte mevrouw, geachte heer,\n\nU bent bij loting gekozen onder de inwoners van het \
         Brussels Gewest om deel te nemen aan de Burgerassemblee over het klimaat. Deelnemers \
         krijgen een vergoeding van 150 € per dag.\n\nSchrijf u vóór 15 maart in op {url} met uw \
         code {code}.\n\nMet vriendelijke groeten,\nHet secretariaat",
        "Uw persoonlijke code",
    );
    let long = text(
        "de",
        &format!(
            "{}\n\n",
            "Sehr geehrte Damen und Herren, Grüße aus der Straße. ".repeat(12)
        )
        .repeat(4),
        "Ihr persönlicher Code",
    );
    let word = text(
        "en",
        &format!("A long word: {}.", "Supercalifragilistic".repeat(25)),
        "Your personal code",
    );
    let batch = Batch {
        title: "Sample invitations".into(),
        sender: vec![
            "Assemblée citoyenne bruxelloise — Brusselse Burgerassemblee".into(),
            "Rue du Lombard 69, 1000 Bruxelles".into(),
        ],
        phone: "+32 2 555 01 00".into(),
        email: "info@assemblee.brussels".into(),
        letters: vec![
            letter("K7QM-4TXR-9HCW", vec![fr.clone(), nl]),
            letter("B3ZP-8KDL-2WQA", vec![long, fr]),
            letter("H5NV-7RJE-4YTC", vec![word]),
        ],
    };
    std::fs::write(&path, render(&batch)?)?;
    println!("wrote {path}");
    Ok(())
}
