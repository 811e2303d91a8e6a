//! Languages: parsing, negotiation with the browser, and texts in several languages.

use klero_domain::lang::{Lang, Localised};

#[test]
fn codes_parse_whatever_the_case_and_region() {
    assert_eq!(Lang::parse("fr-BE"), Some(Lang::Fr));
    assert_eq!(Lang::parse(" NL "), Some(Lang::Nl));
    assert_eq!(Lang::parse("de_AT"), Some(Lang::De));
    assert_eq!(Lang::parse("es"), None);
    assert_eq!(Lang::parse(""), None);
}

#[test]
fn the_browser_preference_with_the_highest_quality_wins() {
    assert_eq!(Lang::negotiate("es-ES,fr;q=0.8,nl;q=0.9"), Some(Lang::Nl));
    assert_eq!(Lang::negotiate("de-DE, en;q=0.5"), Some(Lang::De));
    assert_eq!(Lang::negotiate("es, it;q=0.9"), None);
    assert_eq!(Lang::negotiate("fr;q=0, en;q=0.1"), Some(Lang::En));
    assert_eq!(Lang::negotiate(";;;q=,"), None);
}

#[test]
fn a_text_falls_back_to_a_written_language_and_says_which() {
    let title = Localised::new()
        .with(Lang::Fr, "  Assemblée citoyenne ")
        .with(Lang::De, "");
    assert_eq!(
        title.best(Lang::Fr),
        Some((Lang::Fr, "Assemblée citoyenne"))
    );
    assert_eq!(
        title.best(Lang::Nl),
        Some((Lang::Fr, "Assemblée citoyenne"))
    );
    assert_eq!(title.exact(Lang::De), None);
    assert_eq!(Localised::new().best(Lang::En), None);
}
