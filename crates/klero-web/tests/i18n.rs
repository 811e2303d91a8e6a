//! The four languages: every message exists in each, every key the pages use exists, and the
//! reader's language is chosen from the cookie, then the browser, then English.

use crate::harness::TestApp;
use klero_domain::access::Role;
use klero_domain::assembly::{AssemblyKind, Stage};
use klero_domain::lang::Lang;
use klero_domain::summit::voting::{BallotKind, Eligibility, Group, LEVELS};
use klero_store::{SelectionRefusal, SummitRefusal};
use klero_test_db::Kind;
use std::collections::BTreeSet;
use std::path::Path;

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn keys(lang: &str) -> BTreeSet<String> {
    let text =
        std::fs::read_to_string(crate_dir().join(format!("locales/{lang}/main.ftl"))).expect("ftl");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.to_owned()))
        .collect()
}

/// The string literals that follow each of `openers` in `text`, when they look like keys.
fn literals_after(text: &str, openers: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for opener in openers {
        for piece in text.split(opener).skip(1) {
            let Some(end) = piece.find('"') else { continue };
            let key = &piece[..end];
            if !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
            {
                found.push(key.to_owned());
            }
        }
    }
    found
}

/// Every key passed to `t("...")`/`t1("...")` in templates and sources, every form-error key
/// the domain returns, and every key built from an enum.
fn used_keys() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for dir in [
        "templates",
        "src",
        "src/routes",
        "src/routes/followup",
        "src/routes/summit",
        "src/routes/selection",
    ] {
        for entry in std::fs::read_dir(crate_dir().join(dir)).expect("dir") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                let text = std::fs::read_to_string(&path).expect("read");
                used.extend(literals_after(&text, &[".t(\"", ".t1(\"", ".t2(\""]));
            }
        }
    }
    for file in ["input.rs", "assembly.rs", "summit/voting.rs"] {
        let text = std::fs::read_to_string(crate_dir().join("../klero-domain/src").join(file))
            .expect("domain");
        used.extend(
            literals_after(&text, &["\"error-"])
                .into_iter()
                .map(|k| format!("error-{k}")),
        );
    }
    for group in Group::ALL {
        used.insert(format!("group-{}", group.as_str().replace('_', "-")));
    }
    for eligibility in Eligibility::ALL {
        let name = eligibility.as_str().replace('_', "-");
        used.insert(format!("vote-eligibility-{name}"));
    }
    for state in ["draft", "open", "closed"] {
        used.insert(format!("vote-state-{state}"));
    }
    for kind in BallotKind::NAMES {
        used.insert(format!("vote-kind-{}", kind.replace('_', "-")));
    }
    for level in 1..=LEVELS {
        used.insert(format!("ballot-level-{level}"));
    }
    for key in [
        "vote-make-open",
        "vote-make-closed",
        "attendance-expected",
        "vote-code-unknown",
        "vote-code-needed",
        "vote-code-throttled",
    ] {
        used.insert(key.to_owned());
    }
    for state in ["none", "open", "frozen", "drawn"] {
        used.insert(format!("selection-state-{state}"));
    }
    for status in ["pool", "member", "reserve", "withdrawn", "replaced"] {
        used.insert(format!("selection-status-{status}"));
    }
    for reply in ["confirmed", "declined"] {
        used.insert(format!("selection-reply-{reply}"));
        used.insert(format!("reply-done-{reply}"));
    }
    for refusal in [
        SelectionRefusal::Frozen,
        SelectionRefusal::NoPool,
        SelectionRefusal::NotFrozen,
        SelectionRefusal::Changed,
        SelectionRefusal::CommitmentMismatch,
        SelectionRefusal::NotDrawn,
        SelectionRefusal::NotMember,
        SelectionRefusal::NotWithdrawn,
    ] {
        used.insert(format!("refused-{}", refusal.key()));
    }
    for refusal in summit_refusals() {
        used.insert(format!("refused-{}", refusal.key()));
    }
    for role in Role::ALL {
        used.insert(format!("role-{}", role.as_str()));
    }
    for stage in Stage::ALL {
        used.insert(format!("stage-{}", stage.as_str()));
    }
    for kind in AssemblyKind::ALL {
        used.insert(format!("kind-{}", kind.as_str()));
    }
    for page in [
        "not-found",
        "forbidden",
        "csrf",
        "bad-request",
        "unavailable",
        "internal",
    ] {
        used.insert(format!("error-{page}-title"));
        used.insert(format!("error-{page}-text"));
    }
    used
}

/// Every refusal of the summit store (each has its message).
fn summit_refusals() -> Vec<SummitRefusal> {
    vec![
        SummitRefusal::DuplicateKey(String::new()),
        SummitRefusal::UnknownParticipant,
        SummitRefusal::AlreadyCheckedIn,
        SummitRefusal::NotCheckedIn,
        SummitRefusal::CodeTaken,
        SummitRefusal::CodeUnknown,
        SummitRefusal::NotEligible,
        SummitRefusal::UnknownVote,
        SummitRefusal::VoteNotOpen,
        SummitRefusal::VoteNotEditable,
        SummitRefusal::StateChange { from: "", to: "" },
        SummitRefusal::InvalidBallot,
    ]
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    let english = keys("en");
    assert!(english.len() > 100);
    for lang in Lang::ALL {
        let other = keys(lang.code());
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn every_key_the_pages_use_exists() {
    let english = keys("en");
    let missing: Vec<_> = used_keys()
        .into_iter()
        .filter(|k| !english.contains(k))
        .collect();
    assert!(missing.is_empty(), "keys used but not defined: {missing:?}");
}

#[test]
fn messages_are_translated_not_copied() {
    for lang in [Lang::Nl, Lang::Fr, Lang::De] {
        let title = klero_web::i18n::message(lang, "error-csrf-title");
        assert_ne!(
            title,
            klero_web::i18n::message(Lang::En, "error-csrf-title"),
            "{lang}"
        );
        let with =
            klero_web::i18n::message_with(lang, "login-throttled", &[("minutes", "7".into())]);
        assert!(
            with.contains('7') && !with.contains('\u{2068}'),
            "{lang}: {with}"
        );
    }
    assert_eq!(
        klero_web::i18n::message(Lang::De, "no-such-key"),
        "no-such-key"
    );
}

#[tokio::test]
async fn the_language_comes_from_the_cookie_then_the_browser_then_english() {
    let app = TestApp::new(Kind::Sqlite).await;
    let mut client = app.client();
    assert!(client.get("/").await.body.contains("<html lang=\"en\">"));
    client.accept_language = Some("de-BE, fr;q=0.5".into());
    assert!(client.get("/").await.body.contains("<html lang=\"de\">"));
    client.get("/lang/nl?next=/").await;
    let page = client.get("/").await.body;
    assert!(page.contains("<html lang=\"nl\">"));
    assert!(page.contains("aria-current=\"true\" lang=\"nl\""));
}
