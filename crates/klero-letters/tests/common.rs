//! Letters and batches to render, and a reader for the PDF that comes out.

use klero_letters::{Batch, Letter, LetterText};

/// The French text of the Brussels letter.
pub fn french() -> LetterText {
    LetterText {
        lang: "fr".into(),
        body: "Madame, Monsieur,\n\nVous avez été tiré·e au sort parmi les habitant·es de la Région \
               bruxelloise pour participer à l’Assemblée citoyenne sur le climat. Les participant·es \
               reçoivent un défraiement de 150 € par journée. Ni expérience ni connaissance préalable \
               ne sont nécessaires : votre point de vue compte.\n\nInscrivez-vous avant le 15 mars sur \
               {url} avec votre code {code}, ou appelez-nous au 02 123 45 67.\n\nAvec nos salutations \
               distinguées,\nLe secrétariat de l’Assemblée"
            .into(),
        code_label: "Votre code personnel".into(),
    }
}

/// The Dutch text of the Brussels letter.
pub fn dutch() -> LetterText {
    LetterText {
        lang: "nl".into(),
        body: "Geachte mevrouw, geachte heer,\n\nU bent bij loting gekozen onder de inwoners van het \
               Brussels Gewest om deel te nemen aan de Burgerassemblee over het klimaat. Deelnemers \
               krijgen een vergoeding van 150 € per dag. Ervaring of voorkennis is niet nodig: uw \
               mening telt. Coördinatie en tolken zijn voorzien.\n\nSchrijf u vóór 15 maart in op \
               {url} met uw code {code}.\n\nMet vriendelijke groeten,\nHet secretariaat"
            .into(),
        code_label: "Uw persoonlijke code".into(),
    }
}

/// A letter numbered `n`, with a code and URL of its own.
pub fn letter(n: usize, texts: Vec<LetterText>) -> Letter {
    let code = format!("K7QM-{n:04}-9HCW");
    Letter {
        sender: None,
        address: vec![
            format!("Résident·e n° {n}"),
            "Rue de la Loi 16 boîte 3".into(),
            "1000 Bruxelles".into(),
        ],
        url: format!("https://assemblee.brussels/i/{code}"),
        code,
        texts,
    }
}

/// A batch of `count` letters in the given languages.
pub fn batch(count: usize, texts: &[LetterText]) -> Batch {
    Batch {
        title: "Assemblée citoyenne — invitations".into(),
        sender: vec![
            "Assemblée citoyenne bruxelloise".into(),
            "Parlement bruxellois, rue du Lombard 69".into(),
            "1000 Bruxelles".into(),
        ],
        phone: "+32 2 555 01 00".into(),
        email: "info@assemblee.brussels".into(),
        letters: (0..count).map(|n| letter(n, texts.to_vec())).collect(),
    }
}
