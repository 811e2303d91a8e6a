//! klero-store's tests. Every test runs twice, on SQLite and on PostgreSQL (a fresh database
//! each), because the platform promises the same behaviour on both.

mod accounts;
mod assemblies;
mod followup;
mod invitations;
mod programme;
mod recruitment;
mod selection;
mod staffing;
mod summit;
mod throttles;

use klero_domain::input::{AssemblyInput, Email, RawForm};
use klero_store::{Account, Actor, Store};
use klero_test_db::{Kind, TestDb};

/// Declares `async fn $name(store: Store)` tests, run once per backend.
macro_rules! on_both {
    ($(fn $name:ident($store:ident) $body:block)*) => {
        $(
            mod $name {
                use super::*;
                async fn run($store: Store) $body
                #[tokio::test]
                async fn sqlite() {
                    let db = crate::fresh(klero_test_db::Kind::Sqlite).await;
                    run(db.1).await;
                }
                #[tokio::test]
                async fn postgres() {
                    let db = crate::fresh(klero_test_db::Kind::Postgres).await;
                    run(db.1.clone()).await;
                    db.1.close().await;
                }
            }
        )*
    };
}
pub(crate) use on_both;

pub(crate) async fn fresh(kind: Kind) -> (TestDb, Store) {
    let db = TestDb::new(kind).await;
    let store = Store::connect(&db.url).await.expect("connect and migrate");
    (db, store)
}

pub(crate) const NOW: i64 = 1_800_000_000;

pub(crate) fn email(text: &str) -> Email {
    Email::parse(text).expect("valid address")
}

pub(crate) async fn person(store: &Store, address: &str, name: &str) -> Account {
    store
        .create_account(&email(address), name, "correct horse battery", false, NOW)
        .await
        .expect("account")
}

pub(crate) fn actor(account: &Account) -> Actor {
    Actor::Person {
        id: account.id.clone(),
        name: account.display_name.clone(),
    }
}

pub(crate) fn form(fields: &[(&str, &str)]) -> RawForm {
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

pub(crate) fn assembly_input(slug: &str) -> AssemblyInput {
    AssemblyInput::parse(&form(&[
        ("slug", slug),
        ("kind", "permanent"),
        ("title_fr", "Assemblée citoyenne"),
        ("title_nl", "Burgerassemblee"),
    ]))
    .expect("valid assembly")
}
