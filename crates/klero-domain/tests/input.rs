//! Form input: every problem at once, each with its field.

use klero_domain::assembly::{AssemblyKind, Date, Stage};
use klero_domain::input::{AccountInput, AssemblyInput, InviteInput, PanelInput, RawForm};
use klero_domain::lang::Lang;

fn form(fields: &[(&str, &str)]) -> RawForm {
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn an_assembly_needs_a_slug_a_kind_and_a_title_in_some_language() {
    let errors = AssemblyInput::parse(&form(&[("slug", "A b"), ("kind", "forever")]))
        .expect_err("three problems");
    assert_eq!(errors.get("slug"), Some("error-slug-characters"));
    assert_eq!(errors.get("kind"), Some("error-choose-one"));
    assert_eq!(errors.get("title"), Some("error-title-one-language"));

    let ok = AssemblyInput::parse(&form(&[
        ("slug", "brussels-climate"),
        ("kind", "permanent"),
        ("title_fr", "Assemblée citoyenne pour le climat"),
    ]))
    .expect("valid");
    assert_eq!(ok.kind, AssemblyKind::Permanent);
    assert_eq!(ok.title.best(Lang::Nl).map(|(l, _)| l), Some(Lang::Fr));
    assert!(ok.description.is_empty());
}

#[test]
fn a_title_that_is_too_long_is_named_by_its_language_field() {
    let long = "x".repeat(201);
    let errors = AssemblyInput::parse(&form(&[
        ("slug", "abc"),
        ("kind", "one_off"),
        ("title_de", &long),
    ]))
    .expect_err("too long");
    assert_eq!(errors.get("title_de"), Some("error-too-long"));
}

#[test]
fn a_panel_checks_its_size_dates_and_stage() {
    let errors = PanelInput::parse(&form(&[
        ("theme_nl", "Wonen"),
        ("size", "0"),
        ("starts_on", "2027-02-30"),
        ("ends_on", "2027-01-01"),
        ("stage", "done"),
    ]))
    .expect_err("problems");
    assert_eq!(errors.get("size"), Some("error-panel-size"));
    assert_eq!(errors.get("starts_on"), Some("error-date"));
    assert_eq!(errors.get("stage"), Some("error-choose-one"));

    let errors = PanelInput::parse(&form(&[
        ("theme_nl", "Wonen"),
        ("size", "100"),
        ("starts_on", "2027-03-01"),
        ("ends_on", "2027-02-28"),
        ("stage", "recruitment"),
    ]))
    .expect_err("ends before it starts");
    assert_eq!(errors.get("ends_on"), Some("error-ends-before-start"));

    let ok = PanelInput::parse(&form(&[
        ("theme_en", "Housing"),
        ("size", "100"),
        ("starts_on", "2028-02-29"),
        ("ends_on", "2028-06-30"),
        ("stage", "follow_up"),
    ]))
    .expect("valid");
    assert_eq!(ok.stage, Stage::FollowUp);
    assert_eq!(ok.starts_on.to_string(), "2028-02-29");
}

#[test]
fn dates_exist_or_are_refused() {
    assert!(Date::parse("2024-02-29").is_some());
    assert!(Date::parse("2100-02-29").is_none());
    assert!(Date::parse("2000-02-29").is_some());
    assert!(Date::parse("2027-04-31").is_none());
    assert!(Date::parse("27-04-01").is_none());
    assert!(Date::parse("2027-4-1").is_none());
}

#[test]
fn invitations_need_an_address_and_a_role() {
    let errors = InviteInput::parse(&form(&[("email", "not an address"), ("role", "king")]))
        .expect_err("two problems");
    assert_eq!(errors.0.len(), 2);
    let ok = InviteInput::parse(&form(&[("email", " Anne@Example.BE "), ("role", "staff")]))
        .expect("valid");
    assert_eq!(ok.email.as_str(), "anne@example.be");
}

#[test]
fn passwords_are_long_enough_and_confirmed() {
    let short = AccountInput::parse(&form(&[
        ("display_name", "Anne"),
        ("password", "short"),
        ("password_confirm", "short"),
    ]));
    assert_eq!(
        short.expect_err("short").get("password"),
        Some("error-password-length")
    );
    let mismatch = AccountInput::parse(&form(&[
        ("display_name", ""),
        ("password", "long enough pass"),
        ("password_confirm", "long enough pas"),
    ]))
    .expect_err("mismatch");
    assert_eq!(
        mismatch.get("password_confirm"),
        Some("error-password-mismatch")
    );
    assert_eq!(mismatch.get("display_name"), Some("error-display-name"));
}
